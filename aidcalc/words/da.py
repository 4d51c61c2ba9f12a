"""Danish (da): the few small words around amounts the parser reads (conjunctions, fillers, range
words), as plain data.

Curated by the project from news text in Danish; no outside word list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Letters this language writes that tell it among the supported languages of its script (shared
# letters count less: aidcalc.parsing.language).
LETTERS = "æøå"
# Letters Danish writes side by side where Norwegian writes others: "øj" ("høj", "støj";
# Norwegian "høy", "støy"), scored as its letters are (aidcalc.parsing.language).
LETTER_PAIRS = "øj"

# Frequent small words that tell the language of a text (``aidcalc.parsing.language``): the
# ones Danish shares with Norwegian and a few it writes otherwise ("af", "efter", "mellem"); the
# small words all three Scandinavian languages write ("har", "i", "det", "på"), lest Swedish win
# on them alone; and the news verbs and words Danish spells its own way ("giver", "givet",
# "næste", "hidtil", "modtager": Norwegian "gir", "gitt", "neste", "hittil", "mottar").
STOP_WORDS = (
    "og af til er ikke også efter mellem blev havde nogle hvad kun meget har i det som en med på "
    "fra giver gav givet næste hidtil indtil yderligere modtager modtog fik gik vedtog lovede "
    "bidrager bidrog"
    " heraf hvoraf deraf"
    # the news words Danish spells otherwise than Norwegian ("sier", "blir", "møtte",
    # "regjeringen", "gjennom", "noe"); "regeringen" is Swedish too
    " siger bliver mødte regeringen gennem noget"
)

# Dates (aidcalc.news.dates): "i 2023" (in 2023) is a value date, and "i fjor" (last year) the
# year before the publication's.
IN_YEAR = ("i", "i året")
SINCE = ("siden",)  # "siden februar 2022": a running period, not the date
RELATIVE_YEARS = (
    ("i fjor", -1),
    ("sidste år", -1),
    ("i år", 0),
    ("næste år", 1),
)
# Nouns of a country's economy (GDP): a year right after them, or before them, is the
# year of that measure and dates no amount (aidcalc.news.dates).
ECONOMY_NOUNS = ("BNP",)

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``).
NEGATIONS = ("ikke",)

QUALIFIERS = {
    "approx": ["cirka", "ca.", "omkring", "rundt", "cirka på", "godt og vel"][:4],
    "over": [
        "over",
        "mere end",
        "mindst",
        "lidt over",
        "i overkanten af",
        "overstiger",
        "oversteg",
        "overskrider",
    ],
    "under": ["under", "mindre end", "næsten", "knap", "i underkanten af"],
    "up_to": ["op til", "op mod", "højst"],
}

# Verbs of exceeding ("exceeds"): an amount they stand before in its clause, its subject
# between ("Seit Kriegsbeginn übersteigt die Hilfe 30 Mrd. Euro"), is a lower bound,
# qualifier ``over`` (aidcalc.news.exceeds).
EXCEED_VERBS = "overstiger oversteg overskrider"

# Danish words that other languages use as qualifiers ("alle": all; Finnish "under").
GATED_QUALIFIERS = ("alle",)

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("svarende til", "dvs", "det vil sige", "eller", "hvilket svarer til")

# Words that join main and minor units ("20 dollars and 43 cents").
CONJUNCTIONS = ("og",)

# Words between a scale word and a currency name that tell the language ("millions of").
FILLERS = ("af",)

# Words that join the low and high ends of a range.
RANGE_JOINERS = ("og", "til")

# Joiners that make a range without an opener ("2 til 3 millioner").
RANGE_JOINERS_ALONE = ("til",)

# Words that open a range ("between").
RANGE_OPENERS = ("mellem",)

# Words before a range's low end that open it only with one of this language's joiners
# after that end ("from 2 to 3 million"); ordinary words elsewhere, so never a range opener
# alone.
RANGE_FROM = ("fra",)

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("og", "henholdsvis")
LIST_OR = ("eller",)

# The word for the decimal mark in a number spelled out ("two point five"): a decimal
# written in words, read in English, refused in the others (never the part after it).
DECIMAL_WORDS = ("komma",)

# Fractions before a spelled number, which are not read (a third is no Decimal): the
# text is refused, never read as the number after them; ``FRACTION_LINKS`` may stand
# between ("a third of a billion").
UNREAD_FRACTIONS = ("tredjedel", "tredjedele", "fjerdedel", "femtedel", "tiendedel", "halvdelen")
FRACTION_LINKS = ("af",)

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = ("heraf", "hvoraf", "yderligere", "og yderligere")
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("til", "for")

# Phrases before or after an amount that make it part of the one before it ("of which"; read by
# ``aidcalc.news.parts`` in a Danish text).
PART_BEFORE = ("heraf", "hvoraf", "deraf", "herunder", "inklusive", "af beløbet", "af disse")
PART_AFTER = ("af beløbet",)

# Words that may stand between a scaled number and the currency name it counts ("900 million
# emergency euros", "20 million additional dollars").
AMOUNT_ADJECTIVES = ("ekstra", "nye", "flere")

# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("en milliard"): {word: value}.
COUNT_WORDS = {
    # one and a half in one word ("anderhalf miljoen")
    "halvanden": "1.5",
    "halvandet": "1.5",
    "en": "1",
    "et": "1",
    "én": "1",
    "halv": "0.5",
    "halvt": "0.5",
    # small counts, read the same way before a scale word of this language ("tre miljarder")
    "to": "2",
    "tre": "3",
    "fire": "4",
    "fem": "5",
    "seks": "6",
    "syv": "7",
    "otte": "8",
    "ni": "9",
    "ti": "10",
    "hundrede": "100",
}

# A change of a value, not a range: the word before the first number, the word between the
# two, and verbs of change (``*`` ends a prefix), one standing before the first
# ("steg fra 2 til 3 milliarder": two amounts).
CHANGE_FROM = ("fra",)
CHANGE_TO = ("til",)
CHANGE_VERBS = (
    "steg", "stiger", "steget", "faldt", "falder", "faldet", "øgede", "øger", "øget", "sank",
    "synker", "fordoblet", "fordoble*", "reduceret", "reducerer", "hævet", "hævede",
)  # fmt: skip

# A running total, not new money (``aidcalc.news.cues``): "har hidtil givet", "i alt", "siden 2022".
BASIS = {
    "cumulative": "hidtil indtil nu i alt samlet sammenlagt siden til dato så langt",
    "already": "allerede",
}
CUE_PHRASES = ("indtil nu", "i alt", "til dato", "så langt")

# --- News (aidcalc.news) ----------------------------------------------------------------------
# Our own lists, written for this project after the verbs and nouns Danish aid news uses (see
# es.py for the conventions). Giving and receiving verbs make Danish a news language: the
# subject of "modtager" / "får" receives and the "fra" agent gives, as in the other languages.
VERBS = {
    "give": (
        "annoncerer annoncerede annonceret meddeler meddelte bebuder bebudede bebudet "
        "giver gav givet donerer donerede doneret lover lovede lovet sender sendte sendt "
        "leverer leverede leveret bidrager bidrog bidraget yder ydede ydet bevilger bevilgede "
        "bevilget afsætter afsatte afsat udbetaler udbetalte udbetalt betaler betalte betalt "
        "låner lånte besluttet vedtog vedtaget"
    ),
    # thanking reverses the roles as receiving does: the one thanked gives
    "receive": "modtager modtog modtaget får fik fået takker takkede",
    "aux": "har havde skal vil bliver blev er",
}

INTENTION = {
    "pledge": (
        "lover lovede lovet skal vil planlægger besluttet vedtog giver "
        # announcing (as "announc*" in en.py): money announced is pledged
        "annoncerer annoncerede annonceret meddeler meddelte bebuder bebudede bebudet"
    ),
}

# as in sv.py: past giving and delivering is an allocation, money received a disbursement
MEASURE = {
    "allocation": (
        "gav givet donerede doneret sendte sendt leverede leveret ydede ydet afsatte afsat"
    ),
    "disbursement": "udbetalte udbetalt betalte betalt fik",
}

FUTURE = {
    "future": "skal vil",
}

# The country whose offices this language's press names without naming it ("regeringen").
HOME_COUNTRY = "DNK"
VERB_SECOND = True

INSTITUTIONS = {
    "": (
        "regering*",
        "forsvarsministeri*",
        "udenrigsministeri*",
        "finansministeri*",
        "ministeri*",
        "forsvarsminister*",
        "udenrigsminister*",
        "finansminister*",
        "statsminister*",
        "minister*",
        "præsident*",
        "forsvar*",
    ),
    "DNK": ("Danida", "Forsvarsministeriet", "Udenrigsministeriet"),
    "USA": ("Pentagon", "Det Hvide Hus"),
    "EU": ("EU-Kommissionen", "Europa-Kommissionen", "Det Europæiske Råd", "Europa-Parlamentet"),
    "EIB": ("Den Europæiske Investeringsbank", "EIB"),
    "WBG": ("Verdensbanken",),
    "IMF": ("Den Internationale Valutafond", "IMF"),
}

AID_NOUNS = "støtte* bistand* bidrag* hjælp* pakke* donation* lån*"

AGENT_MARKERS = "af fra"
# Words before a country after a part of a whole that name where the part comes from, its
# giver ("Of that, €1bn will come from Germany"; aidcalc.news.donors.part_source).
PART_SOURCES = "fra"
# "for" as "til": the one a programme, fund or aid is for ("Støtteprogrammet for Ukraine") receives
RECIPIENT_MARKERS = "til for"
# Words before a way or model of giving ("via den danske model"), as in en.py.
MEANS_MARKERS = "via gennem ifølge"
DETERMINERS = "den det de"
GENITIVE_LINKS = ""
SEAT_LINKS = "i"
# Verbs of being between an amount and the same money in another currency ("C$40 million is
# roughly US$28 million"): the second restates the first (aidcalc.news.restated).
COPULAS = "er var svarer modsvarer"
# Subjects naming the money said just before, opening a sentence that only restates it in another
# currency: that amount is the same money, no second pledge (aidcalc.news.restated).
RESTATING_SUBJECTS = ("dette beløb", "denne sum", "beløbet", "summen")
# How many letters may follow a country name in this language ("Danmarks", "Norges"), as in sv.py.
EXTRA_LETTERS = 2
PLACE_SHORT_FORMS = {
    "EU": "EU",
    "USA": "USA",
    # Palestine as the press names it (CLDR has only the territories)
    "Palæstina": "PSE",
}
# Words between a list item's giver and its amount saying it is more ("and Japan another
# $2bn"), as in sv.py.
FURTHER_AMOUNT = ("yderligere", "endnu")

# Phrases naming the calendar week before the publication's (aidcalc.news.dates,
# docs/extraction.md): a date approximate to the week, dated by the month of its Thursday.
RELATIVE_WEEKS = (
    ("i sidste uge", -1),
    ("sidste uge", -1),
    ("i forrige uge", -1),
)

# Days of the week in the form after "i" that CLDR lacks, "i tirsdags" for last Tuesday
# (aidcalc.news.dates).
WEEKDAY_FORMS = {
    "mandags": 1,
    "tirsdags": 2,
    "onsdags": 3,
    "torsdags": 4,
    "fredags": 5,
    "lørdags": 6,
    "søndags": 7,
}

# Phrases beside an amount that make it a yearly amount, one year's instalment of a
# period (aidcalc.news.yearly): "€4bn a year", "jährlich 4 Mrd. Euro", "4 mld zł rocznie".
PER_YEAR = (
    "om året",
    "årligt",
    "hvert år",
    "pr. år",
    "per år",
    "om år",
)
# A rate per unit, no total: these words right after an amount, then a lower-case noun
# ("500 kroner per familie").
# No pledge row counts it (aidcalc.news.beside); a PER_YEAR phrase is yearly instead.
PER_UNIT = ("per", "pr.")
# Words after a word of PER_UNIT that make no rate (idioms, percent, a determiner)
PER_UNIT_NOT = ("i", "dags", "capita")

# Words before a year, or before an IN_YEAR phrase, that make the year the end of a period,
# no value date ("frem til 2028"; aidcalc.news.dates); UNTIL_LINKS may stand between.
UNTIL = ("til", "indtil")
UNTIL_LINKS = ("og", "med", "udgangen", "af", "år", "året")
# Words between an amount and a figure the parser reads as no amount ("60 million", no
# currency) that put the figure in a clause of another time, a comparison or a past
# perfect's auxiliary: "…, sammenlignet med 60 mio. sidste år" dates the figure only
# (aidcalc.news.figures).
OTHER_TIME_WORDS = ("havde", "sammenlignet med", "mod")

# Verbs of an actor spending on itself: money so spent is no aid.
SPENDING_VERBS = "bruger brugte brugt"
# Possessives of the subject after a spending verb's amount: spent on itself ("its army").
OWN_POSSESSIVES = "sit sin sine egen eget egne"

# Money that is no gift, whoever's it is (aidcalc.news.other_money): {kind: words}; a word
# ending in "*" stands for every word it begins, words with a space for that phrase.
OTHER_MONEY = {
    # a need stated as a noun (KINDS_STATED: no gift in a clause with no giving verb)
    "need": ("finansieringsbehov*",),
    "damage": "ødelagde ødelagt ødelæggelse* skader skaderne",
    "loss": "mistede mistet tabte tabt tab",
    "trade": "handel handlen eksport eksporten import importen solgte",
    "revenue": "indtægter",
    "debt": "gæld",
    # the price of a thing, stated: no gift in a clause with no giving verb (KINDS_STATED)
    "price": "omkostninger omkostningerne koster kostede prisen",
}
# Words that may stand between an amount and a word of OTHER_MONEY after it ("€2bn in
# damage"); any other word between ("€500m for damage repair") keeps it apart.
OTHER_MONEY_LINKS = "i"

# Words that make an amount asked for rather than given (aidcalc.news.not_giving): a
# ``request`` or ``wish`` (a need) is the receiver's.
NOT_GIVING = {
    "contrast": "ikke kun ikke blot",
    "request": "bad beder bedt anmodet anmoder anmodning* opfordr*",
    "wish": "behov* brug for",
}
# Words after a request that open what the one asked is to do ("asked Germany to give …"):
# a giving verb after one is the thing asked for, no gift (aidcalc.news.not_giving).
REQUEST_LINKS = "at"
CUE_PHRASES = (*CUE_PHRASES, "brug for", "ikke kun", "ikke blot")

# Words right before a giving verb's participle that make it a passive whose subject receives
# ("Ukraine blev lovet 2 milliarder kroner"; aidcalc.news.donors, rule 3).
SUBJECT_RECEIVES = ("blev", "bliver", "blevet")

# Words of a state's budget or spending frame: with a year beside them, the amounts after them
# are that year's allocation of the budget's country (aidcalc.news.budget_lines).
BUDGET_NOUNS = "budget* finanslov* ramme rammen"

# Headings of a pasted table's column that numbers its rows: identifiers, no money
# (aidcalc.news.header_tables).
ID_HEADERS = ("nr", "nr.", "pakke", "donationspakke", "løbenummer")

# Headings of a pasted table's label column that name recipients, not givers
# (aidcalc.news.article_tables).
RECIPIENT_HEADERS = ("modtager", "modtagerland", "modtagere", "formål")

# A correction note (aidcalc.news.corrections): its label before a colon ("Correction:"), the
# phrases naming the figure an earlier version gave (retracted), and a "not" before a retracted
# figure in the note ("…, not 257 million").
CORRECTION_LABELS = ("rettelse", "korrektion")
EARLIER_VERSION = ("i en tidligere version", "en tidligere version")
CORRECTION_NOT = ("ikke",)
# Words in a sentence naming an earlier version that introduce the right figure after the
# retracted one ("…; the correct figure is …"; aidcalc.news.corrections).
CORRECT_FIGURE = ("rigtig", "rigtige", "korrekt", "korrekte")

# A person's titles (aidcalc.news.persons): a country name right after one, perhaps after
# first names, is a surname ("o primeiro-ministro, Luís Montenegro").
PERSON_TITLES = (
    "præsident",
    "statsminister",
    "minister",
    "udenrigsminister",
    "forsvarsminister",
    "kansler",
    "ambassadør",
)

# Phrases opening a sentence that break down a total said a sentence or a few before; "#" is
# the number the total is restated by (aidcalc.news.parts.opens_breakdown).
BREAKDOWN_OPENERS = ("heraf", "deraf", "af beløbet", "af dette beløb", "af disse", "af de #")
# The rest of a whole, set off right before an amount or standing right before it: a
# part of the amount before (aidcalc.news.parts).
REST_WORDS = (
    "resten",
    "de resterende",
    "det resterende",
    "den resterende",
    "de øvrige",
    "resterende",
    "øvrige",
)
# Words opening a clause of another subject after an amount ("while"): the country after
# them gives its amounts (aidcalc.news.donors); after a part's comma, the next part.
CONTRAST_OPENERS = ("mens", "hvorimod")

# Nouns of war and invasion (our own list, issue F10/F11 of trial 13): a demonym right beside
# one ("Russian invasion", "invasão russa") names the aggressor, never a recipient
# (aidcalc.news.donors).
WAR_NOUNS = "invasion* krig* angreb* angrebskrig* aggression* besættelse*"
# Words saying a sentence's money comes on top of what an earlier sentence stated ("will also
# give"): its row is new, never the earlier sentence's running total (aidcalc.news.candidates).
ON_TOP = ("desuden", "også", "derudover", "yderligere", "ny pakke", "ny støttepakke")
# Phrases restating the value of a package named before ("total value of"): the package's own
# pledge, not a running total of all aid (aidcalc.news.candidates.bases_of).
PACKAGE_VALUE = ("samlet værdi af", "samlede værdi af", "en samlet værdi af", "samlet værdi på")

# Phrases dating a sentence's money on the day of the sentence before it ("the same day"):
# aidcalc.news.candidates takes the day of the latest earlier row that states one.
SAME_DAY = ("samme dag",)

# Phrases right after an amount that make it a difference, no pledge ("30 million more than last
# year"; a comparative and the word for "than"; aidcalc.news.beside).
COMPARED_AFTER = ("mere end", "mindre end", "højere end", "lavere end", "større end")

# A new level set for a whole (trial 15, F8): a verb of raising, up to a few words, the word for
# "to" right before the amount, and among those words a noun of ``LEVEL_NOUNS`` ("øke rammen
# til 135 milliarder"): the whole's new size, no new money (cumulative;
# ``aidcalc.news.candidates.bases_of``).
RAISE_FRAMES = (
    "øge … til",
    "øger … til",
    "øgede … til",
    "hæve … til",
    "hæver … til",
    "hævede … til",
    "forhøje … til",
    "forhøjede … til",
    # the perfect ("har hævet sit tilsagn til"), probe 24b
    "hævet … til",
    "øget … til",
    "forhøjet … til",
)
LEVEL_NOUNS = "ramme* program* fond* pakke* tilsagn*"
# The word for "today": the day its text counts from, a dateline's when one stands above it
# (aidcalc.news.dates.today_date).
TODAY = ("i dag",)
# Channel words (issue actors15): phrases, folded, before the organisations that pay the money
# out for a giver ("via UNDP and the EU"): such an organisation, and the ones joined to it, is a
# channel, neither giver nor recipient (aidcalc.news.donors).
CHANNEL_WORDS = (
    "via",
    "gennem",
    "igennem",
)
# Venue words (issue actors15): stems of the nouns of an event ("ceremony", "conference",
# "summit", "meeting"); a place after one and a word of place ("at a ceremony in Paris") is
# where it happens, never a giver or recipient (aidcalc.news.donors).
VENUE_WORDS = (
    "ceremoni",
    "konference",
    "donorkonference",
    "topmøde",
    "møde",
)

# the word for "plus" between two numbers: a sum ("2 plus 3"), never a list
PLUS_WORDS = ("plus",)

# the word for "minus" right before an amount, its sign ("minus €5 million": a negative
# value); never between two amounts, where it subtracts
MINUS_WORDS = ("minus",)

# Nouns of an appeal or a call for money, and forms of asking the request verbs miss
# (aidcalc.news.not_giving): money an appeal asks for is a request, no pledge of the one
# appealing. Merged into NOT_GIVING's "request" cues (aidcalc.words.build).
APPEAL_WORDS = ("nødappel*", "appel", "appellen")

# Words for givers (aidcalc.news.donors, rule 3): as a subject, several givers' money; with
# a country as their possessor or genitive, that country receives.
ALLY_WORDS = ("allierede", "partnerne", "donorerne", "donorlandene")

# Head nouns of an organisation's name ("*" ends a prefix; a leading "*" a compound's head):
# one in the subject of a giving verb where no known giver stands names a giver the gazetteer
# does not know, never an earlier sentence's donor (aidcalc.news.donors).
ORGANISATION_NOUNS = ("bank*", "*banken", "fond*", "*fonden", "agentur*")

# The word for a thousand inside one glued compound number ("totusind femhundrede"):
# read as [count] thousand [rest], each part a number word of the language under a
# thousand (aidcalc.parsing.number_spans, issue 9 item 16).
GLUED_THOUSANDS = ("tusind",)
