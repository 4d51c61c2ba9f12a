"""Dutch (nl): qualifiers and the small words around amounts (range words, conjunctions,
fillers), as plain data.

Curated by the project from news text in Dutch; no outside word list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Letters this language writes that tell it among the supported languages of its script (shared
# letters count less: aidcalc.parsing.language).
LETTERS = "ë"
# Letters written side by side that tell Dutch among the supported languages: "uu" ("duur",
# "buurland"), Finnish's as well ("uuden"), one point to each (aidcalc.parsing.language).
LETTER_PAIRS = "uu"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``).
NEGATIONS = ("niet",)

QUALIFIERS = {
    "approx": ["ongeveer", "circa", "zo'n"],
    "over": [
        "meer dan",
        "ruim",
        "minstens",
        "overschrijdt",
        "overstijgt",
        "overtreft",
    ],
    "under": ["minder dan", "bijna", "nagenoeg"],
    "up_to": ["tot", "maximaal", "hooguit", "ten hoogste"],
}

# Qualifiers written after the amount, at the end of its clause ("5 miljoen euro of meer"):
# over, and "or less", at most (``aidcalc.parsing.grammar``: a word for "than" after
# them is no end)
QUALIFIERS_AFTER = {"of meer": "over", "of minder": "up_to"}

# Verbs of exceeding ("exceeds"): an amount they stand before in its clause, its subject
# between ("Seit Kriegsbeginn übersteigt die Hilfe 30 Mrd. Euro"), is a lower bound,
# qualifier ``over`` (aidcalc.news.exceeds).
EXCEED_VERBS = "overschrijdt overschreed overstijgt oversteeg overtreft"

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("oftewel", "ofwel", "omgerekend", "of")

# Words that join main and minor units ("20 dollars and 43 cents").
CONJUNCTIONS = ("en",)

# Words between a scale word and a currency name that tell the language ("millions of").
FILLERS = ("van",)

# Words that join the low and high ends of a range; "à" (from French) is the press's usual
# range word between two numbers ("2 à 3 miljard", Van Dale: "à" 'tot, of').
RANGE_JOINERS = ("tot", "en", "à")

# Words that open a range ("between").
RANGE_OPENERS = ("tussen",)
# Articles that may stand before each end of a range after an opener ("tra i 5 e i 10").
RANGE_ARTICLES = ("de", "het")

# Joiners that make a range without an opener ("2 tot 3 miljoen", "2 à 3 miljard").
RANGE_JOINERS_ALONE = ("tot", "à")
# A range word that also gives the price of each ("50 à € 2 miljoen per stuk"): between a
# bare number and a top that writes its currency sign first it is that price, not a range.
PRICE_EACH_WORDS = ("à",)

# Words before a range's low end that open it only with one of this language's joiners
# after that end ("from 2 to 3 million"); ordinary words elsewhere, so never a range opener
# alone.
RANGE_FROM = ("van",)

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("en",)
LIST_OR = ("of",)

# The word for the decimal mark in a number spelled out ("two point five"): a decimal
# written in words, read in English, refused in the others (never the part after it).
DECIMAL_WORDS = ("komma",)

# Fractions before a spelled number, which are not read (a third is no Decimal): the
# text is refused, never read as the number after them; ``FRACTION_LINKS`` may stand
# between ("a third of a billion").
UNREAD_FRACTIONS = ("derde", "derden", "vijfde", "vijfden", "tiende", "tienden", "helft")
FRACTION_LINKS = ("van",)

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = ("waarvan", "nog eens", "en nog eens", "waaronder")
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("voor", "aan", "naar", "in")
# Verbs of money going somewhere after such an amount ("4 millions iront à …").
PART_VERBS = (
    "gaat",
    "gaan",
)

# Words that may stand between a scaled number and the currency name it counts ("900 million
# emergency euros", "20 million additional dollars").
AMOUNT_ADJECTIVES = ("extra", "nieuwe", "meer")

# Everyday words CLDR also gives as a currency name: "kip" (a chicken), "rand" (an edge).
COMMON_NOUNS = "kip rand"
# --- News (aidcalc.news) ----------------------------------------------------------------------
# Our own lists, written for this project after the verbs and nouns Dutch aid news uses (see
# es.py for the conventions). Dutch splits its verbs ("zegde … toe", "trekt … uit"): the
# finite part is listed as a giving verb, the particle adds nothing.
VERBS = {
    "give": (
        "geeft geven gaf gaven gegeven schenkt schonk geschonken zegt zegde zegden toegezegd "
        "belooft beloofde beloofd stelt stelde beschikbaar trekt trok uitgetrokken levert "
        "leverde geleverd stuurt stuurde gestuurd kondigt kondigde aangekondigd maakt maakte "
        "overgemaakt betaalt betaalde betaald keert keerde uitgekeerd investeert reserveert "
        "gereserveerd doneert toegekend "
        # the plural past of the same verbs ("Duitsland en Frankrijk beloofden …")
        "beloofden schonken stelden leverden stuurden betaalden"
    ),
    # thanking reverses the roles as receiving does: the one thanked gives
    "receive": "krijgt kreeg ontvangt ontving ontvangen bedankte dankte",
    "aux": "heeft hebben had hadden zal zullen gaat gaan wordt worden werd werden is",
}

CATEGORIES = {
    "military": (
        "militair* defensie* drone* raket* munitie wapen* tank* artillerie* luchtverdediging* "
        "luchtafweer*"
    ),
    "financial": "lening* begrotingssteun* financi* macrofinanci* subsidie*",
    "humanitarian": (
        "humanitai* winter* energie* stroom* generator* medisch* ziekenhui* voedsel* "
        "vluchteling* wederopbouw"
    ),
}

BASIS = {
    "cumulative": (
        "in totaal sinds tot nu toe tot dusver totaal opgeteld"
        " waarmee de steun waarmee de hulp komt daarmee op"
        " sinds het begin"
    ),
    "already": "reeds inmiddels",
}

INTENTION = {
    "pledge": (
        "zegt zegde zegden toegezegd belooft beloofde beloofd kondigt kondigde aangekondigd "
        "zal zullen gaat gaan wil reserveert gereserveerd stelt beschikbaar besloten"
    ),
}

MEASURE = {
    "allocation": (
        "trekt trok uitgetrokken levert leverde geleverd gegeven gaf gaven stuurde gestuurd"
    ),
    # money received ("received … from", "надійшло від") has been paid out: a disbursement
    "disbursement": (
        "overgemaakt betaald betaalde keert keerde uitgekeerd uitbetaald ontving ontvangen kreeg"
    ),
    "commitment": "verplicht*",
}

FUTURE = {
    "future": "zal zullen gaat gaan volgend",
}

CUE_PHRASES = ("in totaal", "tot nu toe", "tot dusver")

# Frequent function words, for telling the language of a news text (aidcalc.news.language).
STOP_WORDS = "de het een en van voor met dat op aan is zijn niet ook wordt"

SINCE = ("sinds", "sedert")
IN_YEAR = ("in", "in het jaar", "in de loop van")  # "in het jaar 2023"
# Phrases before a list of years, each the year of one amount of a list before it ("€5m, €6m
# and €7m in 2024, 2025 and 2026": aidcalc.news.dates.respective_years).
IN_YEARS = ("in de jaren", "voor")

# Phrases naming a year relative to the publication date, with the years they add to its
# year (aidcalc.news.dates): "last year" is -1.
RELATIVE_YEARS = (
    ("vorig jaar", -1),
    ("verleden jaar", -1),
    ("dit jaar", 0),
    ("afgelopen jaar", -1),
    ("het afgelopen jaar", -1),
    ("volgend jaar", 1),
    ("komend jaar", 1),
    ("het komende jaar", 1),
)
# Phrases naming a year from the year named before them in the sentence, with the years they
# add to it (aidcalc.news.dates): "the year before" is -1.
ANCHORED_YEARS = (
    ("een jaar eerder", -1),
    ("het jaar ervoor", -1),
    ("het jaar daarvoor", -1),
    ("het voorgaande jaar", -1),
    ("een jaar later", 1),
    ("het jaar daarop", 1),
)
# Nouns of a country's economy (GDP): a year right after them, or before them, is the
# year of that measure and dates no amount (aidcalc.news.dates).
ECONOMY_NOUNS = (
    "bbp",
    "bnp",
)
# Relative pronouns opening a clause after a comma ("Japan, which gave $1bn in 2023, …"): a date
# in that clause is its own amount's, never the date of the rest of the sentence.
RELATIVE_WORDS = "die dat welke wat"
# Words right before a RELATIVE_YEARS phrase that make it a comparison, no date ("the same as
# last year", "up from last year").
# Words opening a clause after a comma that liken the sentence's giving to another's
# ("France pledged €5m, matching the pledge of Germany", "…, as did Germany"): a country
# in that clause is compared with, no recipient (``aidcalc.news.donors``).
LIKENESS_OPENERS = ("zoals", "net als", "evenals", "meer dan", "minder dan")

COMPARED_WORDS = (
    "dan",
    "als",
)

PLACE_SHORT_FORMS = {"EU": "EU", "VS": "USA", "Palestina": "PSE"}
# A main clause may put the subject after its second-place verb ("Im Februar sagte …").
VERB_SECOND = True

EXTRA_LETTERS = 3
ABBREVIATIONS = "dhr mevr mr dr ca mln mld"

INSTITUTIONS = {
    "": (
        "regering*",
        "kabinet*",
        "parlement*",
        "ministerie van Defensie",
        "ministerie van Buitenlandse Zaken",
        "ministerie van Financiën",
        "ministerie*",
        "minister*",
        "premier*",
        "president*",
        "bondskanselier*",
        "krijgsmacht*",
    ),
    "NLD": ("Tweede Kamer", "Binnenhof", "Torentje"),
    "USA": ("Pentagon", "Witte Huis", "ministerie van Buitenlandse Zaken van de VS"),
    "EU": (
        "Europese Commissie",
        "Europese Raad",
        "Raad van de EU",
        "Europees Parlement",
        "Europese Vredesfaciliteit",
    ),
    "EIB": ("Europese Investeringsbank", "EIB"),
    "EBRD": ("Europese Bank voor Wederopbouw en Ontwikkeling", "EBWO"),
    "WBG": ("Wereldbank",),
    "IMF": ("Internationaal Monetair Fonds", "IMF"),
    "IDB": ("Inter-Amerikaanse Ontwikkelingsbank",),
    "AFDB": ("Afrikaanse Ontwikkelingsbank",),
    "ADB": ("Aziatische Ontwikkelingsbank",),
    "ISDB": ("Islamitische Ontwikkelingsbank",),
    "AIIB": ("Aziatische Infrastructuurinvesteringsbank",),
    "CEB": ("Ontwikkelingsbank van de Raad van Europa",),
}

AID_NOUNS = "steun* hulp* bijdrage* financiering* pakket* donatie* lening*"

# Phrases that make the money of a sentence a collective one, with no single donor
# ("pledges from 14 governments", "together with other lenders, Japan …").
COLLECTIVE_DONORS = (
    "samen met andere",
    "toezeggingen van",
    "de toezeggingen van",
    "de donoren",
    "donorlanden",
    "de G7-landen",
)

AGENT_MARKERS = "door van"
# Words before a country after a part of a whole that name where the part comes from, its
# giver ("Of that, €1bn will come from Germany"; aidcalc.news.donors.part_source).
PART_SOURCES = "uit van"
# Auxiliaries of the passive ("Egypte werd … toegezegd door het Verenigd Koninkrijk"): the
# agent after "door" gives.
PASSIVE_AUXILIARIES = "werd werden wordt worden"
RECIPIENT_MARKERS = "aan voor naar"
# Words before a way or model of giving ("through the Danish model"): a nationality adjective
# after them names no actor (aidcalc.news.donors).
MEANS_MARKERS = "via volgens middels"
DETERMINERS = "de het"
GENITIVE_LINKS = "van"
# Nouns of a state's form between an office and its country ("de regering van de Republiek Polen"):
# the country still owns the office (aidcalc.news.donors).
STATE_NOUNS = "republiek koninkrijk"
# Stems of a fund's or programme's noun, held in a word ("het energiefonds van Oekraïne"):
# the country its genitive link names owns the fund and receives, never gives
# (aidcalc.news.donors).
FUND_NOUNS = ("fonds", "programma")
SEAT_LINKS = "in"
# Meetings named by their city ("the Paris conference"): that capital is a venue, no actor.
MEETING_WORDS = "conferentie donorconferentie top"
# Verbs of being between an amount and the same money in another currency ("C$40 million is
# roughly US$28 million"): the second restates the first (aidcalc.news.restated).
COPULAS = "is zijn was komt overeen gelijk staat"
# Subjects naming the money said just before, opening a sentence that only restates it in another
# currency ("Dit bedrag komt overeen met zo'n 10,8 miljoen dollar"): that amount is the same money,
# no second pledge (aidcalc.news.restated).
RESTATING_SUBJECTS = (
    "dit bedrag",
    "dat bedrag",
    "deze som",
    "die som",
    "het bedrag",
)

PART_BEFORE = (
    "waarvan",
    "waaronder",
    "inclusief",
    "daarvan",
    "hiervan",
    "van dat bedrag",
    "van dit bedrag",
    "bestaande uit",
    "verdeeld over",
    "omvat",
    "bevat",
)
# Verbs saying a package holds what follows: an amount after one is a part of it.
PART_CONTENTS = (
    "omvat",
    "bevat",
    "bestaat uit",
)
PART_AFTER = ("daarvan",)

# Words saying the givers before them give one sum together: no single donor.
JOINT_DONORS = ("samen", "gezamenlijk")
# Words between a list item's giver and its amount saying it is more ("and Japan another
# $2bn"): the giver still opens the item.
FURTHER_AMOUNT = ("nog", "extra", "nogmaals")
# Words in an amount's clause saying it is given once more ("gave €3bn again"): a new
# pledge, never a repeat of an earlier row (aidcalc.news.dedup.says_further).
AGAIN_WORDS = (
    "opnieuw",
    "wederom",
)
# Words right after an amount saying it comes on top of an earlier one ("DKK 9.7bn more"):
# a new pledge, never a repeat of the earlier one.
FURTHER_AFTER = ("meer", "extra")
# Words that make an amount the sum of the amounts beside it ("a combined €5bn", "in total").
SUM_WORDS = ("in totaal", "samen", "totaal")
# Words right before a whole whose parts follow ("Of the €5bn, €3bn came from …").
WHOLE_BEFORE = ("van de", "van die", "van deze")
# Labels of a table row or list item that sums the items before it (aidcalc.news.lists).
TOTAL_LABELS = ("totaal", "subtotaal", "som", "in totaal")
# Thanking verbs among the receiving ones: the one thanked is their object, never their
# subject, even right after the verb ("Selenskyj dankte Berlin für …").
THANKING = ("bedankte", "bedankt", "dankte", "dankt")
# A quote's speaker: the verbs of saying after a quote, the words of the first person plural
# inside it, and the endings of a giving, asking or needing verb in the first person plural for
# a language that drops the pronoun (“We will give …,” said the Japanese prime minister: Japan
# gives; “We need …,” said the Ukrainian president: Ukraine asks).
SPEECH_VERBS = "zei zegt verklaarde verklaart schreef meldde volgens"
WE_WORDS = "wij we onze ons"
WE_ENDINGS = ()
# Words pairing several givers with several amounts in order: no joint sum.
RESPECTIVELY = ("respectievelijk",)
# The country whose offices this language's press names without naming it ("the
# government"): the donor of such an office when no country is named (an assumption).
HOME_COUNTRY = "NLD"
# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("een miljard"): {word: value}.
COUNT_WORDS = {
    # one and a half in one word ("anderhalf miljoen")
    "anderhalf": "1.5",
    "anderhalve": "1.5",
    "een": "1",
    "één": "1",
    "half": "0.5",
    "halve": "0.5",
    # small counts, read the same way before a scale word of this language ("tre miljarder")
    "twee": "2",
    "drie": "3",
    "vier": "4",
    "vijf": "5",
    "zes": "6",
    "zeven": "7",
    "acht": "8",
    "negen": "9",
    "tien": "10",
    "honderd": "100",
}

# Words that make an amount asked for or refused rather than given (``aidcalc.news.candidates``:
# the row is kept, with status "rejected" and the reason in ``evidence``).
NOT_GIVING = {
    "contrast": "niet alleen",
    "request": (
        "vroeg vraagt vragen vroegen verzocht* eiste eist eisen gevraagd verzoek* opgeroepen riep "
        "roept"
    ),
    "wish": "nodig behoefte*",
    "denial": "ontkende ontkent",
    "refusal": "weiger* afgewezen wees blokkeer*",
    "negation": "niet nooit",
}
# Words after a request that open what the one asked is to do ("asked Germany to give …"):
# a giving verb after one is the thing asked for, no gift (aidcalc.news.not_giving).
REQUEST_LINKS = "om te"

# Compound cardinals written with hyphens, the older or careful spelling of "tweeënveertig"
# ("twee-en-veertig", "drie-en-twintig"); num2words spells only the closed form. Read only
# with ``lang="nl"``.
_UNITS = {
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
}
_TENS = {
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
}
NUMBER_WORDS = {f"{unit}-en-{ten}": u + t for unit, u in _UNITS.items() for ten, t in _TENS.items()}

# Phrases of the NOT_GIVING cues above.
CUE_PHRASES = (*CUE_PHRASES, "niet alleen")

# A change of a value, not a range: the word before the first number, the word between the
# two, and verbs of change (``*`` ends a prefix), one standing before the first
# ("steeg van 2 naar 3 miljard": two amounts).
CHANGE_FROM = ("van",)
CHANGE_TO = ("naar", "tot")
# "van … naar" states a change without its verb (a range is "van … tot")
CHANGE_TO_ALONE = ("naar",)
CHANGE_VERBS = (
    "steeg", "stijgt", "gestegen", "daalde", "daalt", "gedaald", "verhoog*", "verlaag*",
    "verdubbel*", "groeide", "groeit", "gegroeid", "zakte", "gezakt", "verminderd*",
    # lists15b: the infinitive, plural and other forms the table lacked, so that "tot" after
    # them was read "up to" ("het kader verhogen tot 4 miljard euro": raise it to 4bn);
    # Dutch doubles the vowel in "verhoog-" but not in "verhogen", "verlagen" (Van Dale)
    "verhogen", "verlagen", "stijgen", "stegen", "dalen", "daalden", "groeien", "groeiden",
    "zakken", "zakten", "zakt", "verminderen", "vermindert", "ophogen", "opgehoogd",
    "optrekken", "opgetrokken", "uitbreiden", "uitgebreid",
)  # fmt: skip

# Words before an amount that give a value it is compared with, not a new one
# ("3 miljard, tegenover 2 miljard": the second is the value before).
PREVIOUS_VALUE_CUES = (
    "tegenover",
    "vergeleken met",
)

# Nouns that label a numbered part before a dash ("Tranche 2 – 500 Mio. €", "Phase 3 – €2m"):
# the number after one is the label's, never a range's low end (issue 9 faults6 A8)
LABEL_NOUNS = (
    "tranche",
    "fase",
    "pakket",
    "stap",
    "artikel",
    "bijlage",
    "deel",
    "hoofdstuk",
    "pijler",
)

# the word for "plus" between two numbers: a sum ("2 plus 3"), never a list
PLUS_WORDS = ("plus",)

# A product in words before an amount ("3 times £50m"): words after a count that multiply
# it, one-word factors, and a word for "each" after them (aidcalc.parsing.products).
MULTIPLY_WORDS = ("keer", "maal")
FACTOR_WORDS = ("tweemaal", "driemaal", "viermaal")
# Verbs multiplying an amount ("doubled its €5m pledge", "verdoppelte seine Zusage von 5 Mio.
# Euro"): the amount after them is the value before the change, the new one not written, no
# pledge (aidcalc.news.beside; "*" ends a prefix)
MULTIPLIED_VERBS = "verdubbel* verdrievoudig* verviervoudig*"

# Words right before the size of a change stated without the value after ("an increase of
# €800m"): a pledge row of the amount added, none of a cut (aidcalc.news.changes).
CHANGE_ALONE = {
    "up": ["een verhoging van", "verhoging van", "een stijging van", "stijging van"],
    "down": ["een verlaging van", "verlaging van", "een daling van", "daling van"],
}  # fmt: skip

# Words that may follow a value before written without its currency: its time, not a noun it
# counts ("5bn a year ago", not "5 million people"; aidcalc.parsing.changes).
BEFORE_VALUE_TIMES = ("vorig", "een", "eerder", "in")

# Words right beside a single amount given by several joined givers, saying each gives it
# ("Spain and Italy pledged €20m each", "jeweils 20 Millionen"): one row per giver.
EACH_WORDS = ("elk", "ieder", "per land")

# A running total said after a new amount ("…, bringing its total to $12bn"; session 7 trial 9).
CUE_PHRASES = (*CUE_PHRASES, "waarmee de steun", "waarmee de hulp", "komt daarmee op")

# Phrases naming the calendar week before the publication's (aidcalc.news.dates,
# docs/extraction.md): a date approximate to the week, dated by the month of its Thursday.
RELATIVE_WEEKS = (
    ("vorige week", -1),
    ("afgelopen week", -1),
    ("verleden week", -1),
)

# Phrases beside an amount that make it a yearly amount, one year's instalment of a
# period (aidcalc.news.yearly): "€4bn a year", "jährlich 4 Mrd. Euro", "4 mld zł rocznie".
PER_YEAR = (
    "per jaar",
    "jaarlijks",
    "elk jaar",
    "ieder jaar",
)
# A rate per unit, no total: these words right after an amount, then a lower-case noun
# ("500 euro per gezin").
# No pledge row counts it (aidcalc.news.beside); a PER_YEAR phrase is yearly instead.
PER_UNIT = ("per",)
# Times after a slash or a pace ("€5m/month"): money given at a pace, no rate of a unit
PACE_NOUNS = ("jaar", "maand", "week", "dag")
# Words after a word of PER_UNIT that make no rate (idioms, percent, a determiner)
PER_UNIT_NOT = ("direct", "omgaande", "saldo", "abuis", "ongeluk", "slot")

# Words before a year, or before an IN_YEAR phrase, that make the year the end of a period,
# no value date ("tot en met 2027"; aidcalc.news.dates); UNTIL_LINKS may stand between.
UNTIL = ("tot",)
UNTIL_LINKS = ("en", "met", "eind", "het", "jaar")
# Words between an amount and a figure the parser reads as no amount ("60 million", no
# currency) that put the figure in a clause of another time, a comparison or a past
# perfect's auxiliary: "…, tegenover 60 miljoen vorig jaar" dates the figure only
# (aidcalc.news.figures).
OTHER_TIME_WORDS = ("had", "hadden", "tegenover", "vergeleken met")

# Verbs of an actor spending on itself: money so spent is no aid.
SPENDING_VERBS = "besteedt besteden besteedde besteed uitgeeft uitgaf uitgegeven"
# Possessives of the subject after a spending verb's amount: spent on itself ("its army").
OWN_POSSESSIVES = "zijn haar hun eigen"
# A spending verb split in two (the verb before the amount, its particle closing the clause).
SPENDING_SPLIT = ("geeft uit", "gaf uit", "geven uit")

# Money that is no gift, whoever's it is (aidcalc.news.other_money): {kind: words}; a word
# ending in "*" stands for every word it begins, words with a space for that phrase.
OTHER_MONEY = {
    # a need stated as a noun (KINDS_STATED: no gift in a clause with no giving verb)
    "need": (
        "financieringsbehoefte*",
        "financieringstekort*",
    ),
    "damage": "vernietigd vernietigde verwoest verwoestte schade",
    "loss": "verloor verloren verlies verliezen",
    "trade": "handel export import verkocht",
    "revenue": "inkomsten opbrengst opbrengsten",
    "debt": "schuld schulden",
    # Figures stated, not given: they count in a clause with no giving verb (KINDS_STATED).
    "estimate": "kost kosten geschat geraamd",
    "stock": ("reserves", "bbp", "tekort", "begrotingstekort", "externe financiering"),
    "conditional": ("betekenen", "zou betekenen", "neerkomen op", "zou neerkomen op"),
    # A figure stated by a valuation verb: no pledge unless aid is its subject (KINDS_STATED).
    "valuation": "bedraagt bedragen bedroeg bedroegen",
    # the price of a thing, stated: no gift in a clause with no giving verb (KINDS_STATED)
    "price": "kosten kost kostte prijs",
}
# Words that may stand between an amount and a word of OTHER_MONEY after it ("€2bn in
# damage"); any other word between ("€500m for damage repair") keeps it apart.
OTHER_MONEY_LINKS = "aan"

# Phrases of the running-total words of BASIS above (a start, "from the start of").
CUE_PHRASES = (*CUE_PHRASES, "sinds het begin")

# A whole named after a part (aidcalc.news.beside, rule 6; docs/extraction.md): the part, a link
# (``SHARE_OF_LINKS``, or one of ``WHOLE_FROM`` that names a whole only with a noun), then a noun
# phrase and the whole's amount. ``WHOLE_NOUNS`` are the nouns of such a phrase, as stems a word
# holds (any ending, any compound: "pakiet" in "pakietu", "paket" in "Hilfspaket");
# ``WHOLE_WORTH`` the words between that noun and the whole's amount ("worth", "o wartości").
SHARE_OF_LINKS = ("van",)
WHOLE_FROM = ("uit",)
WHOLE_NOUNS = (
    "pakket",
    "fonds",
    "budget",
    "pot",
    "programma",
    "tranche",
    "bedrag",
    "som",
    "totaal",
    "faciliteit",
    "lening",
    "instrument",
)
WHOLE_WORTH = ("van", "ter waarde van", "t.w.v.", "met een waarde van")

# Words of a state's budget or spending frame: with a year beside them, the amounts after them
# are that year's allocation of the budget's country (aidcalc.news.budget_lines).
BUDGET_NOUNS = "begroting*"

# Headings of a pasted table's column that numbers its rows: identifiers, no money
# (aidcalc.news.header_tables).
ID_HEADERS = ("nr", "nr.", "nummer")

# Headings of a pasted table's label column that name recipients, not givers
# (aidcalc.news.article_tables).
RECIPIENT_HEADERS = ("ontvanger", "ontvangend land", "doel", "bestemming")

# A correction note (aidcalc.news.corrections): its label before a colon ("Correction:"), the
# phrases naming the figure an earlier version gave (retracted), and a "not" before a retracted
# figure in the note ("…, not 257 million").
CORRECTION_LABELS = ("correctie", "rectificatie")
EARLIER_VERSION = ("in een eerdere versie", "een eerdere versie", "in een vorige versie")
CORRECTION_NOT = ("niet",)
# Words in a sentence naming an earlier version that introduce the right figure after the
# retracted one ("…; the correct figure is …"; aidcalc.news.corrections).
# Phrases naming what was reported before ("it was earlier reported"): a retracted figure only when
# a word of CORRECT_FIGURE follows in the same sentence (aidcalc.news.corrections).
EARLIER_REPORT = ("eerder werd gemeld", "aanvankelijk werd gemeld")
CORRECT_FIGURE = (
    "juist",
    "juiste",
    "correct",
    "correcte",
    "in werkelijkheid",
    "gecorrigeerd",
    "rechtgezet",
)

# A person's titles (aidcalc.news.persons): a country name right after one, perhaps after
# first names, is a surname ("o primeiro-ministro, Luís Montenegro").
PERSON_TITLES = (
    "president",
    "premier",
    "minister",
    "bondskanselier",
    "ambassadeur",
    "de heer",
    "mevrouw",
)

# Phrases opening a sentence that break down a total said a sentence or a few before; "#" is
# the number the total is restated by (aidcalc.news.parts.opens_breakdown).
BREAKDOWN_OPENERS = (
    "hiervan",
    "daarvan",
    "van dat bedrag",
    "van dit bedrag",
    "van het totaal",
    "van de #",
    "van deze #",
)
# The rest of a whole, set off right before an amount or standing right before it: a
# part of the amount before (aidcalc.news.parts).
REST_WORDS = (
    "de rest",
    "het restant",
    "de resterende",
    "het resterende",
    "de overige",
    "resterende",
    "overige",
)

# Nouns of war and invasion (our own list, issue F10/F11 of trial 13): a demonym right beside
# one ("Russian invasion", "invasão russa") names the aggressor, never a recipient
# (aidcalc.news.donors).
WAR_NOUNS = "invasie* oorlog* aanval* agressie* offensief* bezetting*"
# Words saying a sentence's money comes on top of what an earlier sentence stated ("will also
# give"): its row is new, never the earlier sentence's running total (aidcalc.news.candidates).
ON_TOP = ("ook", "daarnaast", "bovendien", "eveneens", "verder")
# Phrases restating the value of a package named before ("total value of"): the package's own
# pledge, not a running total of all aid (aidcalc.news.candidates.bases_of).
PACKAGE_VALUE = ("totale waarde van", "een totale waarde van", "gezamenlijke waarde van")

# Phrases dating a sentence's money on the day of the sentence before it ("the same day"):
# aidcalc.news.candidates takes the day of the latest earlier row that states one.
SAME_DAY = ("dezelfde dag", "diezelfde dag", "op dezelfde dag")

# Phrases right after an amount that make it a difference, no pledge ("30 million more than last
# year"; a comparative and the word for "than"; aidcalc.news.beside).
COMPARED_AFTER = ("meer dan", "minder dan", "hoger dan", "lager dan", "groter dan", "kleiner dan")

# Words opening a clause of another subject after an amount ("while"): the country after
# them gives its amounts; after a part, the next part of the list (aidcalc.news.parts).
CONTRAST_OPENERS = ("terwijl",)

# The word for "today": the day its text counts from, a dateline's when one stands above it
# (aidcalc.news.dates.today_date).
TODAY = ("vandaag",)
# Channel words (issue actors15): phrases, folded, before the organisations that pay the money
# out for a giver ("via UNDP and the EU"): such an organisation, and the ones joined to it, is a
# channel, neither giver nor recipient (aidcalc.news.donors).
CHANNEL_WORDS = (
    "via",
    "middels",
    "door middel van",
)
# Venue words (issue actors15): stems of the nouns of an event ("ceremony", "conference",
# "summit", "meeting"); a place after one and a word of place ("at a ceremony in Paris") is
# where it happens, never a giver or recipient (aidcalc.news.donors).
VENUE_WORDS = (
    "ceremonie",
    "plechtigheid",
    "conferentie",
    "donorconferentie",
    "top",
    "bijeenkomst",
    "vergadering",
)

# Nouns of an appeal or a call for money, and forms of asking the request verbs miss
# (aidcalc.news.not_giving): money an appeal asks for is a request, no pledge of the one
# appealing. Merged into NOT_GIVING's "request" cues (aidcalc.words.build).
APPEAL_WORDS = ("oproep*", "noodoproep*", "hulpoproep*", "donatieoproep*", "humanitair responsplan")

# Head nouns of an organisation's name ("*" ends a prefix; a leading "*" a compound's head):
# one in the subject of a giving verb where no known giver stands names a giver the gazetteer
# does not know, never an earlier sentence's donor (aidcalc.news.donors).
ORGANISATION_NOUNS = ("bank", "*bank", "fonds", "*fonds", "agentschap", "stichting", "organisatie")

# Words for a country's givers (aidcalc.news.donors, rule 3): as a subject, several givers.
ALLY_WORDS = ("bondgenoten", "partners", "donoren", "geldschieters")

# Words between a noun of an event and the country it is about ("the conference on Lebanon"):
# that country receives the event's money, never gives it (aidcalc.news.donors).
EVENT_TOPICS = "over voor"

# The word for a thousand inside one glued compound number ("tweeduizend, tweeduizendvijfhonderd"):
# read as [count] thousand [rest], each part a number word of the language under a
# thousand (aidcalc.parsing.number_spans, issue 9 item 16).
GLUED_THOUSANDS = ("duizend",)

# Nouns after a currency's name that make it the first part of a compound written apart ("de
# 20 euro landen", "300 euro pallets"): the number counts the compound (see en.py).
CURRENCY_COMPOUNDS = (
    "landen",
    "lidstaten",
    "zone",
    "top",
)

# Goods named after a currency ("300 euro pallets": a standard pallet's name): after the currency's
# name or code the number counts the goods, with or without a determiner before it.
CURRENCY_NAMED_GOODS = ("pallet", "pallets")

# A new level set for a whole ("raise … to", ``aidcalc.news.candidates.bases_of``): the verb,
# "…" up to ten words, the word for "to" before the amount; with a noun of LEVEL_NOUNS the
# amount is the whole's new size ("verhoogde zijn toezegging … tot 5 miljoen euro").
RAISE_FRAMES = (
    "verhoogde … tot",
    "verhoogt … tot",
    "verhoogd … tot",
    "verhoogde … naar",
    "verhoogt … naar",
    "verhoogd … naar",
)
LEVEL_NOUNS = "toezegging* kader* fonds* programma* pakket* plafond*"

# Words before a year that make it a time whatever currency follows ("Seit 2022 Euro
# … fließen"): refused, not 2,022 (``aidcalc.parsing.currency_beside.year_before_noun``).
YEAR_BASIS_BEFORE = ("sinds",)

# Possessive determiners: after a verb of change they make its object the giver's own
# ("raised its total commitment … by €2m to €5m": a change, ``aidcalc.parsing.changes``).
POSSESSIVE_DETERMINERS = ("zijn", "haar", "hun")
