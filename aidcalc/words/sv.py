"""Swedish (sv): the few small words around amounts the parser reads (conjunctions, fillers,
range words), as plain data.

Curated by the project from news text in Swedish; no outside word list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Letters this language writes that tell it among the supported languages of its script (shared
# letters count less: aidcalc.parsing.language).
LETTERS = "åäö"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``).
NEGATIONS = ("inte", "ej")

QUALIFIERS = {
    "approx": ["cirka", "ca", "ca.", "runt", "omkring", "ungefär"],
    "over": [
        "över",
        "mer än",
        "minst",
        "drygt",
        "överstiger",
        "översteg",
        "överskrider",
    ],
    "under": ["under", "mindre än", "nästan", "knappt", "närmare"],
    "up_to": ["upp till", "högst"],
}

# Qualifiers written after the amount, at the end of its clause ("5 miljoner kronor eller mer"):
# over, and "or less", at most (``aidcalc.parsing.grammar``: a word for "than" after
# them is no end)
QUALIFIERS_AFTER = {"eller mer": "over", "eller mindre": "up_to"}

# Verbs of exceeding ("exceeds"): an amount they stand before in its clause, its subject
# between ("Seit Kriegsbeginn übersteigt die Hilfe 30 Mrd. Euro"), is a lower bound,
# qualifier ``over`` (aidcalc.news.exceeds).
EXCEED_VERBS = "överstiger översteg överskrider"

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("motsvarande", "dvs", "det vill säga", "eller", "vilket motsvarar")

# Words that join main and minor units ("20 dollars and 43 cents").
CONJUNCTIONS = ("och",)

# Words between a scale word and a currency name that tell the language ("millions of").
FILLERS = ("af", "av")

# Words that join the low and high ends of a range.
RANGE_JOINERS = ("och", "till")

# Joiners that make a range without an opener ("2 till 3 miljoner").
RANGE_JOINERS_ALONE = ("till",)

# Words that open a range ("between").
RANGE_OPENERS = ("mellan",)

# Words before a range's low end that open it only with one of this language's joiners
# after that end ("from 2 to 3 million"); ordinary words elsewhere, so never a range opener
# alone.
RANGE_FROM = ("från",)

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("och", "respektive")
LIST_OR = ("eller",)

# The word for the decimal mark in a number spelled out ("two point five"): a decimal
# written in words, read in English, refused in the others (never the part after it).
DECIMAL_WORDS = ("komma",)

# Fractions before a spelled number, which are not read (a third is no Decimal): the
# text is refused, never read as the number after them; ``FRACTION_LINKS`` may stand
# between ("a third of a billion").
UNREAD_FRACTIONS = (
    "tredjedel",
    "tredjedelar",
    "fjärdedel",
    "fjärdedelar",
    "femtedel",
    "tiondel",
    "hälften",
)
FRACTION_LINKS = ("av",)

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = ("varav", "ytterligare", "och ytterligare")
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("till", "för")
# Verbs of money going somewhere after such an amount ("4 millions iront à …").
PART_VERBS = (
    "går",
    "ska",
)

# Words that may stand between a scaled number and the currency name it counts ("900 million
# emergency euros", "20 million additional dollars").
AMOUNT_ADJECTIVES = ("extra", "nya", "fler")

# Everyday words CLDR also gives as a currency name: "lek" (a game), "tala" (to speak).
COMMON_NOUNS = "lek tala"
# --- News (aidcalc.news) ----------------------------------------------------------------------
# Our own lists, written for this project after the verbs and nouns Swedish aid news uses (see
# es.py for the conventions).
VERBS = {
    "give": (
        "tillkännager tillkännagav tillkännagett aviserar aviserade aviserat meddelar meddelade "
        "ge ger gav gett givit skänker skänkte skänkt lovar lovade lovat utlovade utlovat "
        "bidrar bidrog bidragit skickar skickade skickat levererar levererade levererat "
        "levererades anslår anslog anslagit betalar betalade betalat betalade betalar "
        "tillför tillförde avsätter avsatte avsatt beslutat beslutade åtagit lånar "
        "beviljar beviljade beviljat utlovar"
    ),
    # thanking reverses the roles as receiving does: the one thanked gives
    "receive": "får fick fått tar emot tog emot tackade tackar",
    "aux": "har hade ska skall kommer blir blev är",
}

CATEGORIES = {
    "military": (
        "militär* försvar* drönare* robot* ammunition* vapen* stridsvagn* artilleri* luftvärn*"
    ),
    "financial": "lån budgetstöd* finansi* makrofinansi*",
    "humanitarian": (
        "humanitär* vinter* vinterhjälp* energi* el* generator* medicin* sjukhus* livsmedel* "
        "flykting* återuppbygg* minröjning*"
    ),
}

BASIS = {
    "cumulative": (
        "sammanlagt totalt sedan hittills i hela vilket gör att stödet det samlade stödet"
    ),
    "already": "redan",
}

INTENTION = {
    "pledge": (
        "lovar lovade lovat utlovade utlovat ska skall kommer att planerar beslutat "
        "beslutade skänker ger "
        # announcing (as "announc*" in en.py): money announced is pledged
        "tillkännager tillkännagav tillkännagett aviserar aviserade aviserat meddelar meddelade"
    ),
}

MEASURE = {
    "allocation": (
        "gav gett givit skänkte skänkt levererade levererat levererades skickade skickat "
        "anslog anslagit avsatte avsatt tillförde"
    ),
    # money received ("received … from", "надійшло від") has been paid out: a disbursement
    "disbursement": ("betalade betalat betalats utbetalat fick"),
    "commitment": "åtagit åtog",
}

FUTURE = {
    "future": "ska skall kommer att",
}

CUE_PHRASES = ("kommer att", "tar emot", "tog emot", "betalade ut", "i hela")

# Frequent function words, for telling the language of a news text (aidcalc.news.language).
# Also the Swedish spellings of the news words Danish and Norwegian write otherwise ("ger",
# "gav", "gett", "nästa", "hittills", "efter"; "i" all three write).
STOP_WORDS = (
    "och att det som en av för med till på är har inte den ett från också mellan hade några bara "
    "mycket i ger gav gett nästa hittills efter ytterligare fick lovade bidrog bidragit"
    # words the Scandinavian press shares with one neighbour only, listed by each writing it:
    # "regeringen" (Danish too), "Ukraina" (Norwegian too; Danish writes "Ukraine")
    " regeringen ukraina"
)

SINCE = ("sedan",)
IN_YEAR = ("i", "under", "under år", "under året", "år")  # "under år 2023"

# Phrases naming a year relative to the publication date, with the years they add to its
# year (aidcalc.news.dates): "last year" is -1.
RELATIVE_YEARS = (
    ("förra året", -1),
    ("i fjol", -1),
    ("i år", 0),
    ("nästa år", 1),
)
# Phrases naming a year from the year named before them in the sentence, with the years they
# add to it (aidcalc.news.dates): "the year before" is -1.
ANCHORED_YEARS = (
    ("året innan", -1),
    ("ett år tidigare", -1),
    ("föregående år", -1),
    ("året därpå", 1),
    ("ett år senare", 1),
)
# Nouns of a country's economy (GDP): a year right after them, or before them, is the
# year of that measure and dates no amount (aidcalc.news.dates).
ECONOMY_NOUNS = ("BNP",)

PLACE_SHORT_FORMS = {
    "EU": "EU",
    "USA": "USA",
    # Palestine as the press names it (CLDR has only the territories)
    "Palestina": "PSE",
}
# A main clause may put the subject after its second-place verb ("Im Februar sagte …").
VERB_SECOND = True

EXTRA_LETTERS = 2
ABBREVIATIONS = "bl.a t.ex dvs ca milj mdr kr"

# Abbreviations that still end a sentence before a capital letter: a currency written
# last ("500 mln kr. Kijów …", never "5 Mio. Euro").
ENDING_ABBREVIATIONS = "kr"

INSTITUTIONS = {
    "": (
        "regering*",
        "försvarsdepartement*",
        "utrikesdepartement*",
        "finansdepartement*",
        "departement*",
        "försvarsminister*",
        "utrikesminister*",
        "finansminister*",
        "biståndsminister*",
        "statsminister*",
        "minister*",
        "president*",
        "förbundskansler*",
        "försvarsmakt*",
    ),
    "SWE": ("Rosenbad", "Sida", "Försvarsmakten"),
    "USA": ("Pentagon", "Vita huset", "utrikesdepartementet i Washington"),
    "EU": (
        "EU-kommissionen",
        "Europeiska kommissionen",
        "Europeiska rådet",
        "Europaparlamentet",
        "Europeiska fredsfaciliteten",
    ),
    "EIB": ("Europeiska investeringsbanken", "EIB"),
    "EBRD": ("Europeiska banken för återuppbyggnad och utveckling", "EBRD"),
    "WBG": ("Världsbanken",),
    "IMF": ("Internationella valutafonden", "IMF"),
}

AID_NOUNS = "stöd* bistånd* bidrag* stödpaket* paket* lån* finansiering*"

# Phrases that make the money of a sentence a collective one, with no single donor
# ("pledges from 14 governments", "together with other lenders, Japan …").
COLLECTIVE_DONORS = (
    "tillsammans med andra",
    "löften från",
    "åtaganden från",
    "givarna",
    "givarländerna",
    "G7-länderna",
    "utlovades totalt",
    "totalt utlovades",
)

AGENT_MARKERS = "av från"
# Words before a country after a part of a whole that name where the part comes from, its
# giver ("Of that, €1bn will come from Germany"; aidcalc.news.donors.part_source).
PART_SOURCES = "från"
RECIPIENT_MARKERS = "till åt för"
# Words before a way or model of giving ("through the Danish model"): a nationality adjective
# after them names no actor (aidcalc.news.donors).
MEANS_MARKERS = "via genom enligt"
DETERMINERS = "den det de"
GENITIVE_LINKS = ""
SEAT_LINKS = "i"
# Verbs of being between an amount and the same money in another currency ("C$40 million is
# roughly US$28 million"): the second restates the first (aidcalc.news.restated).
COPULAS = "är var motsvarar"
# Subjects naming the money said just before, opening a sentence that only restates it in another
# currency: that amount is the same money, no second pledge (aidcalc.news.restated).
RESTATING_SUBJECTS = ("detta belopp", "denna summa", "beloppet", "summan")

PART_BEFORE = (
    "varav",
    "inklusive",
    "däribland",
    "av pengarna",
    "av summan",
    "av beloppet",
    "av dessa",
)
# Verbs saying a package holds what follows: an amount after one is a part of it.
PART_CONTENTS = (
    "omfattar",
    "innehåller",
    "består av",
)
PART_AFTER = ("av dessa", "av summan", "av beloppet")

# Words saying the givers before them give one sum together: no single donor.
JOINT_DONORS = ("tillsammans", "gemensamt")
# Words between a list item's giver and its amount saying it is more ("and Japan another
# $2bn"): the giver still opens the item.
FURTHER_AMOUNT = ("ytterligare", "ännu")
# Words in an amount's clause saying it is given once more ("gave €3bn again"): a new
# pledge, never a repeat of an earlier row (aidcalc.news.dedup.says_further).
AGAIN_WORDS = (
    "igen",
    "återigen",
)
# Words that make an amount the sum of the amounts beside it ("a combined €5bn", "in total").
SUM_WORDS = ("totalt", "sammanlagt", "tillsammans", "sammantaget")
# Words right before a whole whose parts follow ("Of the €5bn, €3bn came from …").
WHOLE_BEFORE = ("av de", "av dessa")
# Labels of a table row or list item that sums the items before it (aidcalc.news.lists).
TOTAL_LABELS = ("totalt", "summa", "delsumma", "sammanlagt")
# Thanking verbs among the receiving ones: the one thanked is their object, never their
# subject, even right after the verb ("Selenskyj dankte Berlin für …").
THANKING = ("tackade", "tackar", "tackat")
# A quote's speaker: the verbs of saying after a quote, the words of the first person plural
# inside it, and the endings of a giving, asking or needing verb in the first person plural for
# a language that drops the pronoun (“We will give …,” said the Japanese prime minister: Japan
# gives; “We need …,” said the Ukrainian president: Ukraine asks).
SPEECH_VERBS = "sa sade säger förklarade skrev meddelade uppgav"
WE_WORDS = "vi vår vårt våra oss"
WE_ENDINGS = ()
# Words pairing several givers with several amounts in order: no joint sum.
RESPECTIVELY = ("respektive",)
# The country whose offices this language's press names without naming it ("the
# government"): the donor of such an office when no country is named (an assumption).
HOME_COUNTRY = "SWE"
# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("en miljard"): {word: value}.
COUNT_WORDS = {
    "en": "1",
    "ett": "1",
    "halv": "0.5",
    "halvt": "0.5",
    # small counts, read the same way before a scale word of this language ("tre miljarder")
    "två": "2",
    "tre": "3",
    "fyra": "4",
    "fem": "5",
    "sex": "6",
    "sju": "7",
    "åtta": "8",
    "nio": "9",
    "tio": "10",
    "hundra": "100",
}

# Words that make an amount money asked for, denied, refused or not given rather than
# given (aidcalc.news.not_giving): ``contrast`` ("not only") is no negation; a
# ``request`` or ``wish`` is the receiver's, a ``denial`` scopes over its clause, a
# ``negation`` over the giving verb beside it.
NOT_GIVING = {
    "contrast": "inte bara inte endast",
    "request": "bad ber begär* vädja* bett uppmana*",
    "wish": "behöver behov behövs",
    "denial": "förneka*",
    "refusal": "vägra* avvisa* blockera*",
    "negation": "inte aldrig ej",
}
# Words after a request that open what the one asked is to do ("asked Germany to give …"):
# a giving verb after one is the thing asked for, no gift (aidcalc.news.not_giving).
REQUEST_LINKS = "att"

# Phrases of the NOT_GIVING cues above.
CUE_PHRASES = (*CUE_PHRASES, "inte bara", "inte endast")

# A change of a value, not a range: the word before the first number, the word between the
# two, and verbs of change (``*`` ends a prefix), one standing before the first
# ("ökade från 2 till 3 miljarder": two amounts).
CHANGE_FROM = ("från",)
CHANGE_TO = ("till",)
CHANGE_VERBS = (
    "ökade", "ökar", "ökat", "steg", "stiger", "stigit", "sjönk", "sjunker", "sjunkit",
    "föll", "faller", "fallit", "fördubblad*", "fördubbla*", "sänkt*", "sänker", "höjd*",
    "höjer", "höjt", "minskade", "minskar", "minskat",
)  # fmt: skip

# the word for "plus" between two numbers: a sum ("2 plus 3"), never a list
PLUS_WORDS = ("plus",)

# the word for "minus" right before an amount, its sign ("minus €5 million": a negative
# value); never between two amounts, where it subtracts
MINUS_WORDS = ("minus",)

# A product in words before an amount ("3 times £50m"): words after a count that multiply
# it, one-word factors, and a word for "each" after them (aidcalc.parsing.products).
MULTIPLY_WORDS = ("gånger",)

# A running total said after a new amount ("…, bringing its total to $12bn"; session 7 trial 9).
CUE_PHRASES = (*CUE_PHRASES, "vilket gör att stödet", "det samlade stödet")

# Phrases naming the calendar week before the publication's (aidcalc.news.dates,
# docs/extraction.md): a date approximate to the week, dated by the month of its Thursday.
RELATIVE_WEEKS = (
    ("förra veckan", -1),
    ("i förra veckan", -1),
)

# Days of the week in the form after "i" that CLDR lacks, "i tisdags" for last Tuesday
# (aidcalc.news.dates).
WEEKDAY_FORMS = {
    "måndags": 1,
    "tisdags": 2,
    "onsdags": 3,
    "torsdags": 4,
    "fredags": 5,
    "lördags": 6,
    "söndags": 7,
}

# Phrases beside an amount that make it a yearly amount, one year's instalment of a
# period (aidcalc.news.yearly): "€4bn a year", "jährlich 4 Mrd. Euro", "4 mld zł rocznie".
PER_YEAR = (
    "per år",
    "om året",
    "årligen",
    "varje år",
    "i året",
)
# A rate per unit, no total: these words right after an amount, then a lower-case noun
# ("500 kronor per familj").
# No pledge row counts it (aidcalc.news.beside); a PER_YEAR phrase is yearly instead.
PER_UNIT = ("per",)
# Times after a slash or a pace ("€5m/month"): money given at a pace, no rate of a unit
PACE_NOUNS = ("år", "månad", "vecka", "dag")
# Words after a word of PER_UNIT that make no rate (idioms, percent, a determiner)
PER_UNIT_NOT = ("omgående", "capita", "automatik")

# Words before a year, or before an IN_YEAR phrase, that make the year the end of a period,
# no value date ("fram till 2027"; aidcalc.news.dates); UNTIL_LINKS may stand between.
UNTIL = ("till",)
UNTIL_LINKS = ("och", "med", "år", "slutet", "av", "utgången")
# Words between an amount and a figure the parser reads as no amount ("60 million", no
# currency) that put the figure in a clause of another time, a comparison or a past
# perfect's auxiliary: "…, jämfört med 60 miljoner i fjol" dates the figure only
# (aidcalc.news.figures).
OTHER_TIME_WORDS = ("hade", "jämfört med", "mot")

# Verbs of an actor spending on itself: money so spent is no aid.
SPENDING_VERBS = "spenderar spenderade spenderat"
# Possessives of the subject after a spending verb's amount: spent on itself ("its army").
OWN_POSSESSIVES = "sin sitt sina egen eget egna"

# Money that is no gift, whoever's it is (aidcalc.news.other_money): {kind: words}; a word
# ending in "*" stands for every word it begins, words with a space for that phrase.
OTHER_MONEY = {
    # a need stated as a noun (KINDS_STATED: no gift in a clause with no giving verb)
    "need": ("finansieringsbehov*",),
    "damage": "förstörde förstört förstörelse* skador skadorna",
    "loss": "förlorade förlorat förlust förluster",
    "trade": "handel handeln export exporten import importen sålde",
    "revenue": "intäkter",
    "debt": "skuld skulder",
    # Figures stated, not given: they count in a clause with no giving verb (KINDS_STATED).
    "estimate": "kosta kostar uppskatta* beräknas",
    "stock": "reserver valutareserv* bnp underskott*",
    "conditional": ("innebära", "betyda", "skulle innebära", "skulle betyda", "motsvara"),
    # A figure stated by a valuation verb: no pledge unless aid is its subject (KINDS_STATED).
    "valuation": ("uppgår till", "uppgick till"),
    # the price of a thing, stated: no gift in a clause with no giving verb (KINDS_STATED)
    "price": "kostnad kostnaden kostnader kostar kostade priset",
}
# Words that may stand between an amount and a word of OTHER_MONEY after it ("€2bn in
# damage"); any other word between ("€500m for damage repair") keeps it apart.
OTHER_MONEY_LINKS = "i"

# A whole named after a part (aidcalc.news.beside, rule 6; docs/extraction.md): the part, a link
# (``SHARE_OF_LINKS``, or one of ``WHOLE_FROM`` that names a whole only with a noun), then a noun
# phrase and the whole's amount. ``WHOLE_NOUNS`` are the nouns of such a phrase, as stems a word
# holds (any ending, any compound: "pakiet" in "pakietu", "paket" in "Hilfspaket");
# ``WHOLE_WORTH`` the words between that noun and the whole's amount ("worth", "o wartości").
SHARE_OF_LINKS = ("av",)
WHOLE_FROM = ("från", "ur")
WHOLE_NOUNS = (
    "paket",
    "fond",
    "budget",
    "program",
    "tranch",
    "belopp",
    "summa",
    "total",
    "lån",
    "ram",
    "instrument",
)
WHOLE_WORTH = ("på", "värt", "värd", "om", "till ett värde av")

# Headings of a pasted table's column that numbers its rows: identifiers, no money
# (aidcalc.news.header_tables).
ID_HEADERS = ("nr", "nr.", "paket", "stödpaket")

# Headings of a pasted table's label column that name recipients, not givers
# (aidcalc.news.article_tables).
RECIPIENT_HEADERS = ("mottagare", "mottagarland", "ändamål", "syfte")

# A correction note (aidcalc.news.corrections): its label before a colon ("Correction:"), the
# phrases naming the figure an earlier version gave (retracted), and a "not" before a retracted
# figure in the note ("…, not 257 million").
CORRECTION_LABELS = ("rättelse", "korrigering")
EARLIER_VERSION = ("i en tidigare version", "en tidigare version")
CORRECTION_NOT = ("inte", "ej")
# Words in a sentence naming an earlier version that introduce the right figure after the
# retracted one ("…; the correct figure is …"; aidcalc.news.corrections).
CORRECT_FIGURE = ("rätt", "riktig", "riktiga", "korrekt", "korrekta")

# A person's titles (aidcalc.news.persons): a country name right after one, perhaps after
# first names, is a surname ("o primeiro-ministro, Luís Montenegro").
PERSON_TITLES = (
    "president",
    "statsminister",
    "minister",
    "utrikesminister",
    "försvarsminister",
    "förbundskansler",
    "ambassadör",
)

# Phrases opening a sentence that break down a total said a sentence or a few before; "#" is
# the number the total is restated by (aidcalc.news.parts.opens_breakdown).
BREAKDOWN_OPENERS = ("därav", "av dessa", "av beloppet", "av summan", "av pengarna", "av de #")
# The rest of a whole, set off right before an amount or standing right before it: a
# part of the amount before (aidcalc.news.parts).
REST_WORDS = (
    "resten",
    "de återstående",
    "det återstående",
    "återstående",
    "de resterande",
    "de övriga",
    "resterande",
    "övriga",
)
# Words opening a clause of another subject after an amount ("while"): the country after
# them gives its amounts (aidcalc.news.donors); after a part's comma, the next part.
CONTRAST_OPENERS = ("medan", "medan däremot")

# Nouns of war and invasion (our own list, issue F10/F11 of trial 13): a demonym right beside
# one ("Russian invasion", "invasão russa") names the aggressor, never a recipient
# (aidcalc.news.donors).
WAR_NOUNS = "invasion* krig* anfall* angrepp* anfallskrig* aggression* ockupation*"
# Words saying a sentence's money comes on top of what an earlier sentence stated ("will also
# give"): its row is new, never the earlier sentence's running total (aidcalc.news.candidates).
ON_TOP = ("också", "även", "dessutom", "därutöver")
# Phrases restating the value of a package named before ("total value of"): the package's own
# pledge, not a running total of all aid (aidcalc.news.candidates.bases_of).
PACKAGE_VALUE = (
    "totala värdet",
    "sammanlagda värdet",
    "ett totalt värde av",
    "ett sammanlagt värde av",
)

# Words of a state's budget or spending frame: with a year beside them, the amounts after them
# are that year's allocation of the budget's country (aidcalc.news.budget_lines).
BUDGET_NOUNS = "budget* statsbudget* ramen"

# Phrases dating a sentence's money on the day of the sentence before it ("the same day"):
# aidcalc.news.candidates takes the day of the latest earlier row that states one.
SAME_DAY = ("samma dag", "under samma dag")

# Phrases right after an amount that make it a difference, no pledge ("30 million more than last
# year"; a comparative and the word for "than"; aidcalc.news.beside).
COMPARED_AFTER = ("mer än", "mera än", "mindre än", "högre än", "lägre än", "större än")

# A new level set for a whole (trial 15, F8): a verb of raising, up to a few words, the word for
# "to" right before the amount, and among those words a noun of ``LEVEL_NOUNS`` ("höja ramen
# till 135 miljarder"): the whole's new size, no new money (cumulative;
# ``aidcalc.news.candidates.bases_of``).
RAISE_FRAMES = (
    "höja … till",
    "höjer … till",
    "höjde … till",
    "öka … till",
    "ökar … till",
    "ökade … till",
)
LEVEL_NOUNS = "ram* programm* fond* paket* åtagande*"
# The word for "today": the day its text counts from, a dateline's when one stands above it
# (aidcalc.news.dates.today_date).
TODAY = ("i dag", "idag")
# Channel words (issue actors15): phrases, folded, before the organisations that pay the money
# out for a giver ("via UNDP and the EU"): such an organisation, and the ones joined to it, is a
# channel, neither giver nor recipient (aidcalc.news.donors).
CHANNEL_WORDS = (
    "via",
    "genom",
)
# Venue words (issue actors15): stems of the nouns of an event ("ceremony", "conference",
# "summit", "meeting"); a place after one and a word of place ("at a ceremony in Paris") is
# where it happens, never a giver or recipient (aidcalc.news.donors).
VENUE_WORDS = (
    "ceremoni",
    "konferens",
    "givarkonferens",
    "toppmöte",
    "möte",
)

# Nouns of an appeal or a call for money, and forms of asking the request verbs miss
# (aidcalc.news.not_giving): money an appeal asks for is a request, no pledge of the one
# appealing. Merged into NOT_GIVING's "request" cues (aidcalc.words.build).
APPEAL_WORDS = ("upprop*", "nödupprop*")

# Words for givers (aidcalc.news.donors, rule 3): as a subject, several givers' money; with
# a country as their possessor or genitive, that country receives.
ALLY_WORDS = ("allierade", "partnerna", "givarna", "givarländerna")

# Head nouns of an organisation's name ("*" ends a prefix; a leading "*" a compound's head):
# one in the subject of a giving verb where no known giver stands names a giver the gazetteer
# does not know, never an earlier sentence's donor (aidcalc.news.donors).
ORGANISATION_NOUNS = ("bank*", "*banken", "fond*", "*fonden", "myndighet*")

# The word for a thousand inside one glued compound number ("tvåtusenfemhundra"):
# read as [count] thousand [rest], each part a number word of the language under a
# thousand (aidcalc.parsing.number_spans, issue 9 item 16).
GLUED_THOUSANDS = ("tusen",)
