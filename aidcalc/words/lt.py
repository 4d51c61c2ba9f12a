"""Lithuanian (lt): qualifiers, range words, restatement links, news cues, date words, language
inference, place short forms and sentence abbreviations, as plain data.

Curated by the project from news text in Lithuanian (aid announcements and reports); no outside
word list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``).
NEGATIONS = ("ne",)

QUALIFIERS = {
    "approx": ["apie", "maždaug", "apytiksliai", "per apie"],
    "over": [
        "daugiau nei",
        "daugiau negu",
        "daugiau kaip",
        "virš",
        "ne mažiau kaip",
        "ne mažiau nei",
        "viršija",
        "viršijo",
        "mažiausiai",
    ],
    "under": ["mažiau nei", "mažiau negu", "beveik", "mažiau kaip"],
    "up_to": ["iki", "net iki", "ne daugiau kaip", "ne daugiau nei", "daugiausia"],
}

# Verbs of exceeding ("exceeds"): an amount they stand before in its clause, its subject
# between ("Seit Kriegsbeginn übersteigt die Hilfe 30 Mrd. Euro"), is a lower bound,
# qualifier ``over`` (aidcalc.news.exceeds).
EXCEED_VERBS = "viršija viršijo"

# Words that join main and minor units ("20 dollars and 43 cents").
CONJUNCTIONS = ("ir",)

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("tai", "arba", "tai yra", "t y")

# Words that join the low and high ends of a range.
RANGE_JOINERS = ("iki", "ir")

# Joiners that make a range without an opener ("300 to 400 million").
RANGE_JOINERS_ALONE = ("iki",)

# Words that open a range ("between").
RANGE_OPENERS = ("tarp", "nuo")

# News cues (``aidcalc.news.cues``): a cue is a word or phrase, ``*`` ends a prefix, ``####``
# stands for a year. Verbs whose subject gives or gets; "aux" are auxiliaries.
VERBS = {
    "give": (
        "skyr* paskyr* skirs skiria suteik* perdav* perduo* paskelb* įsipareigoj* "
        "paaukoj* pažadėj* žada pervedė pervest* finansuo* išmokėj* skirti"
    ),
    # thanking reverses the roles as receiving does: the one thanked gives
    "receive": "gaus gavo gauna gaut* padėkojo dėkoja",
    "aux": "yra bus buvo",
}

# Words that tell a pledge's category.
CATEGORIES = {
    "military": (
        "karin* ginkl* dron* rakiet* raket* šaudmen* oro gynyb* šarvuot* "
        "elektronin* karyb* elektronin* kov* artilerij* sraigtasparn* sprogmen* "
        "gynyb* sviedin* bepiloč*"
    ),
    "financial": "biudžet* paskol* dotacij* finansin* subsidij*",
    "humanitarian": "humanitarin* žiem* energet* generator* medicin* maist* pabėgėl*",
}

# Words that make an amount a running total.
BASIS = {
    "cumulative": "iš viso iki šiol nuo karo nuo invazijos nuo #### pradžios bendr* sum*",
    "already": "jau",
}

# Words that make an amount a pledge: announced, planned, promised, future.
INTENTION = {
    "pledge": ("paskelb* planuo* ketin* nusprend* žada žadėj* pažadėj* skirs suteiks perduos bus"),
}

# Words that tell the measure of an amount (docs/extraction.md, "Measure").
MEASURE = {
    "allocation": "skyr* paskyr* skiria* skirt* skyrim* suteikė perdavė paaukojo padovanojo",
    # money received ("received … from", "надійшло від") has been paid out: a disbursement
    "disbursement": ("išmokė* išmokėt* pervest* pervedė gavo"),
    "commitment": "įsipareig*",
}

# The future tense (a month after the publication month is then ahead, not behind).
FUTURE = {
    "future": "bus skirs suteiks perduos",
}

# Cues above that are phrases of several words.
CUE_PHRASES = (
    "oro gynyb*",
    "elektronin* karyb*",
    "elektronin* kov*",
    "iš viso",
    "iki šiol",
    "nuo karo",
    "nuo invazijos",
    "nuo ####",
    "bendr* sum*",
)

# Words before a date that make it the start of a period, not the value date.
SINCE = ("nuo",)

# Words before a bare year that make it a value date ("in 2023").
IN_YEAR = ("per",)

# Phrases naming a year relative to the publication date, with the years they add to its
# year (aidcalc.news.dates): "last year" is -1.
RELATIVE_YEARS = (
    ("pernai", -1),
    ("praėjusiais metais", -1),
    ("šiais metais", 0),
    ("kitais metais", 1),
)
# Nouns of a country's economy (GDP): a year right after them, or before them, is the
# year of that measure and dates no amount (aidcalc.news.dates).
ECONOMY_NOUNS = ("BVP",)

# Words or letters after a day number ("4th", "12 d.").
DAY_SUFFIXES = ("d",)

# The "in <month>" case, derived from CLDR's wide month names: (the CLDR context it is
# derived from, (ending, replacement) pairs, the first that fits is used).
MONTH_IN_CASE = ("stand-alone", (("is", "į"), ("as", "ą"), ("a", "ą"), ("ė", "ę")))

# Frequent function words, for telling the language of a text.
# "Ukraina" as Norwegian, Swedish, Polish and Finnish write it too (one point to each).
STOP_WORDS = "ir kad su į yra bus iš nuo taip buvo jau dėl kaip bei ukraina"

# Letters this language writes that tell it among the supported languages of its script (shared
# letters count less: aidcalc.parsing.language).
LETTERS = "ėįųūčšž"

# Short forms and codes of countries in news text (matched exactly, case kept; in
# inflected languages a stem).
PLACE_SHORT_FORMS = {
    "JAV": "USA",
    "ES": "EU",
    "Europos Komisij": "EU",
    "Didžioji Britanij": "GBR",
    # Palestine as the press names it (CLDR has only the territories)
    "Palestina": "PSE",
    # Georgia's own name, official in Lithuanian beside CLDR's "Gruzija"
    "Sakartvel": "GEO",
}
# Short forms in a case other than the nominative: never a subject. Palestine and Gaza in the other
# cases.
PLACE_CASE_FORMS = {
    "Palestinai": "PSE",
    "Palestinos": "PSE",
    "Palestinoje": "PSE",
    "Gazos": "PSE",
    "Gazai": "PSE",
    "Gazoje": "PSE",
}

# How many letters may follow a place name's form in a word (inflection, endings).
EXTRA_LETTERS = 4

# Case endings tell the subject from the recipient; CLDR names lose their final vowel
# to become stems.
INFLECTED = True
# The dative endings of a country's name ("Ukrainai", "Izraeliui"): before an office, the one
# given to, never its owner (aidcalc.news.donors).
NAME_ENDINGS = {"dative": "ai ui iui"}

# The endings of a country's name in the oblique cases after a consonant (aidcalc.places):
# a name too short to be a stem ("Чад", "Čad": Chad) is found in them too ("Чаду", "Čadu").
NAME_CASE_ENDINGS = "ui o e ą"

# Abbreviations that end in a period inside a sentence (folded, without the period).
ABBREVIATIONS = "m d p val mln mlrd tūkst gen plk"

# --- Who gives (aidcalc.news.institutions, aidcalc.news.donors) -------------------------------
# A block of its own: the words that tell which country or body a pledge's giver is (see en.py
# for what each name means).

INSTITUTIONS = {
    "": (
        "Vyriausyb*",
        "ministrų kabinet*",
        "parlament*",
        "gynybos ministerij*",
        "užsienio reikalų ministerij*",
        "finansų ministerij*",
        "ministerij*",
        "premjer*",
        "ministr* pirminink*",
        "prezident*",
        "kancler*",
        "gynybos ministr*",
        "užsienio reikalų ministr*",
        "finansų ministr*",
        "ginkluotosios pajėgos",
    ),
    "LTU": (
        "Krašto apsaugos ministerij*",
        "Krašto apsaugos ministr*",
        "KAM",
        "Seim*",
        "Lietuvos kariuomen*",
    ),
    "USA": ("Pentagon*", "Baltieji rūmai", "Baltuosiuose rūmuose", "Baltųjų rūmų", "Kongres*"),
    "DEU": ("Bundestag*", "Bundesver*"),
    "EU": (
        "Europos Komisij*",
        "Europos Vadov* Taryb*",
        "Europos Sąjungos Taryb*",
        "Europos Parlament*",
        "Europos taikos priemon*",
    ),
    "EIB": ("Europos investicijų bank*", "EIB"),
    "EBRD": ("Europos rekonstrukcijos ir plėtros bank*", "ERPB"),
    "WBG": ("Pasaulio bank*",),
    "IMF": ("Tarptautin* valiutos fond*", "TVF"),
}

AID_NOUNS = "param* pagalb* paket* indėl* finansavim* parama paskol* dotacij*"

# Phrases that make the money of a sentence a collective one, with no single donor
# ("pledges from 14 governments", "together with other lenders, Japan …").
COLLECTIVE_DONORS = (
    "kartu su kitomis",
    "kartu su kitais",
    "pažadai iš",
)

AGENT_MARKERS = "iš"
# Words before a country after a part of a whole that name where the part comes from, its
# giver ("Of that, €1bn will come from Germany"; aidcalc.news.donors.part_source).
PART_SOURCES = "iš"
RECIPIENT_MARKERS = "į"
# Words before a way or model of giving ("through the Danish model"): a nationality adjective
# after them names no actor (aidcalc.news.donors).
MEANS_MARKERS = "pagal"
GENITIVE_LINKS = ""
# Nouns of a state's form between an office and its country ("Lietuvos Respublikos Vyriausybė"
# (before), "Vyriausybė Lenkijos Respublikos"): the country still owns the office
# (aidcalc.news.donors).
STATE_NOUNS = "respublikos karalystės"
SEAT_LINKS = ""
# Verbs of being between an amount and the same money in another currency ("C$40 million is
# roughly US$28 million"): the second restates the first (aidcalc.news.restated).
COPULAS = "yra atitinka prilygsta sudaro"
# Subjects naming the money said just before, opening a sentence that only restates it in another
# currency: that amount is the same money, no second pledge (aidcalc.news.restated).
RESTATING_SUBJECTS = ("ši suma", "šios lėšos", "suma")

PART_BEFORE = ("iš jų", "iš kurių", "iš to", "įskaitant", "tarp jų", "iš šios sumos", "iš šių lėšų")
PART_AFTER = ("iš jų",)

# Words saying the givers before them give one sum together: no single donor.
JOINT_DONORS = ("kartu",)
# Words between a list item's giver and its amount saying it is more ("and Japan another
# $2bn"): the giver still opens the item.
FURTHER_AMOUNT = ("dar", "papildomai")
# Words in an amount's clause saying it is given once more ("gave €3bn again"): a new
# pledge, never a repeat of an earlier row (aidcalc.news.dedup.says_further).
AGAIN_WORDS = (
    "vėl",
    "dar kartą",
)
# Words that make an amount the sum of the amounts beside it ("a combined €5bn", "in total").
SUM_WORDS = ("iš viso", "kartu", "bendrai")
# Words right before a whole whose parts follow ("Of the €5bn, €3bn came from …").
WHOLE_BEFORE = ("iš",)
# Labels of a table row or list item that sums the items before it (aidcalc.news.lists).
TOTAL_LABELS = ("iš viso", "viso", "suma")
# Words pairing several givers with several amounts in order: no joint sum.
RESPECTIVELY = ("atitinkamai",)
# The country whose offices this language's press names without naming it ("the
# government"): the donor of such an office when no country is named (an assumption).
HOME_COUNTRY = "LTU"

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("ir",)
LIST_OR = ("arba",)

# The word for the decimal mark in a number spelled out ("two point five"): a decimal
# written in words, read in English, refused in the others (never the part after it).
DECIMAL_WORDS = ("kablelis",)

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = ("iš jų", "iš kurių", "dar", "ir dar")
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("skirta", "skirti", "—")

# Words that may stand between a scaled number and the currency name it counts ("900 million
# emergency euros", "20 million additional dollars").
AMOUNT_ADJECTIVES = ("papildomų", "naujų")

# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("vienas milijardas"): {word: value}.
COUNT_WORDS = {
    "vienas": "1",
    "viena": "1",
    "vieną": "1",
    "vieno": "1",
    "pusė": "0.5",
    "pusę": "0.5",
}

# Words that make an amount money asked for, denied, refused or not given rather than
# given (aidcalc.news.not_giving): ``contrast`` ("not only") is no negation; a
# ``request`` or ``wish`` is the receiver's, a ``denial`` scopes over its clause, a
# ``negation`` over the giving verb beside it.
NOT_GIVING = {
    "contrast": "ne tik",
    "request": "prašė paprašė prašo prašome prašym* ragin*",
    "wish": "nori reikia poreik* reikės",
    "denial": "paneigė neigia",
    "refusal": "atsisakė atsisako atmetė neskyr* neskirs nesutei* neperdav*",
    "negation": "niekada",
}

# Phrases of the NOT_GIVING cues above.
CUE_PHRASES = (*CUE_PHRASES, "ne tik")

# Nouns that label a numbered part before a dash ("Tranche 2 – 500 Mio. €", "Phase 3 – €2m"):
# the number after one is the label's, never a range's low end (issue 9 faults6 A8)
LABEL_NOUNS = ("tranšas", "tranšą", "etapas", "paketas", "dalis", "straipsnis")

# A change of a value, not a range: the word before the first number, the word between the
# two, and verbs of change (``*`` ends a prefix), one standing before the first
# ("parama išaugo nuo 5 iki 8 mln. eurų": two amounts).
CHANGE_FROM = ("nuo",)
CHANGE_TO = ("iki",)
CHANGE_VERBS = ("išaug*", "padidėj*", "padidin*", "sumažėj*", "sumažin*", "ūgtelėj*",
                "krito", "nukrito", "smuko", "pakilo", "padvigubėj*")  # fmt: skip

# A product in words before an amount ("3 times £50m"): words after a count that multiply
# it, one-word factors, and a word for "each" after them (aidcalc.parsing.products).
MULTIPLY_WORDS = ("kartus", "kartų")
FACTOR_WORDS = ("dukart", "triskart")
PRODUCT_EACH = ("po",)

# Phrases naming the calendar week before the publication's (aidcalc.news.dates,
# docs/extraction.md): a date approximate to the week, dated by the month of its Thursday.
RELATIVE_WEEKS = (("praėjusią savaitę", -1),)
# Forms of the days of the week that CLDR's names lack (the case after "on"), 1 = Monday
WEEKDAY_FORMS = {
    "pirmadienį": 1,
    "antradienį": 2,
    "trečiadienį": 3,
    "ketvirtadienį": 4,
    "penktadienį": 5,
    "šeštadienį": 6,
    "sekmadienį": 7,
}

# Phrases beside an amount that make it a yearly amount, one year's instalment of a
# period (aidcalc.news.yearly): "€4bn a year", "jährlich 4 Mrd. Euro", "4 mld zł rocznie".
PER_YEAR = (
    "per metus",
    "kasmet",
    "kiekvienais metais",
)
# Words before a year that make it the end of a period, no value date
# ("iki 2027 m."; aidcalc.news.dates).
UNTIL = ("iki",)

# Verbs of an actor spending on itself: money so spent is no aid.
SPENDING_VERBS = "išleidžia išleido išleista"
# Possessives of the subject after a spending verb's amount: spent on itself ("its army").
OWN_POSSESSIVES = "savo"

# Money that is no gift, whoever's it is (aidcalc.news.other_money): {kind: words}; a word
# ending in "*" stands for every word it begins, words with a space for that phrase.
OTHER_MONEY = {
    # a need stated as a noun (pledges18): the needer's figure, no gift (KINDS_STATED)
    "need": (
        "finansavimo poreikis",
        "finansavimo poreikiai",
        "finansavimo poreikių",
        "finansavimo spraga",
        "finansavimo trūkumas",
    ),
    "damage": "sunaikino sunaikinta sunaikint* žala žalos",
    "loss": "prarado prarasta nuostoli*",
    "trade": "prekyba prekybos eksportas eksporto importas importo pardavė",
    "revenue": "pajamos pajamų",
    "debt": "skola skolos skolų",
    # the price of a thing, stated: no gift in a clause with no giving verb (KINDS_STATED)
    "price": "kaina kainuoja kainuos kaštai",
}

# A correction note (aidcalc.news.corrections): its label before a colon ("Correction:"), the
# phrases naming the figure an earlier version gave (retracted), and a "not" before a retracted
# figure in the note ("…, not 257 million").
CORRECTION_LABELS = ("patikslinimas", "pataisymas")
EARLIER_VERSION = ("ankstesnėje versijoje",)
CORRECTION_NOT = ("ne", "o ne")
# Words in a sentence naming an earlier version that introduce the right figure after the
# retracted one ("…; the correct figure is …"; aidcalc.news.corrections).
# Phrases naming what was reported before ("it was earlier reported"): a retracted figure only when
# a word of CORRECT_FIGURE follows in the same sentence (aidcalc.news.corrections).
EARLIER_REPORT = ("anksčiau buvo nurodyta", "anksčiau buvo pranešta", "anksčiau skelbta")
CORRECT_FIGURE = ("teisinga", "teisingas", "teisingai", "patikslino", "patikslinta")

# A person's titles (aidcalc.news.persons): a country name right after one, perhaps after
# first names, is a surname ("o primeiro-ministro, Luís Montenegro").
PERSON_TITLES = (
    "prezidentas",
    "prezidentė",
    "premjeras",
    "premjerė",
    "ministras",
    "ministrė",
    "kancleris",
)

# Phrases opening a sentence that break down a total said a sentence or a few before; "#" is
# the number the total is restated by (aidcalc.news.parts.opens_breakdown).
BREAKDOWN_OPENERS = ("iš jų", "iš šios sumos", "iš to", "iš šių lėšų", "iš šių #")
# The rest of a whole, set off right before an amount or standing right before it: a
# part of the amount before (aidcalc.news.parts).
REST_WORDS = ("likę", "likusieji", "likusius", "likusi", "likusią", "likusios")

# Nouns of war and invasion (our own list, issue F10/F11 of trial 13): a demonym right beside
# one ("Russian invasion", "invasão russa") names the aggressor, never a recipient
# (aidcalc.news.donors).
WAR_NOUNS = "invazij* kar* agresij* puolim* okupacij*"
# Words saying a sentence's money comes on top of what an earlier sentence stated ("will also
# give"): its row is new, never the earlier sentence's running total (aidcalc.news.candidates).
ON_TOP = ("taip pat", "papildomai", "be to", "dar")
# Phrases restating the value of a package named before ("total value of"): the package's own
# pledge, not a running total of all aid (aidcalc.news.candidates.bases_of).
PACKAGE_VALUE = ("bendra vertė", "bendros vertės", "bendrą vertę", "bendra verte")

# Phrases right after an amount that make it a difference, no pledge ("30 million more than last
# year"; a comparative and the word for "than"; aidcalc.news.beside).
COMPARED_AFTER = (
    "daugiau nei",
    "mažiau nei",
    "daugiau negu",
    "mažiau negu",
    "didesnė nei",
    "didesnis nei",
    "mažesnė nei",
    "mažesnis nei",
)

# Words opening a clause of another subject after an amount ("while"): the country after
# them gives its amounts; after a part, the next part of the list (aidcalc.news.parts).
CONTRAST_OPENERS = ("o", "tuo tarpu")

# Headings of a pasted table's label column that name recipients or purposes, not givers
# (aidcalc.news.article_tables).
RECIPIENT_HEADERS = ("gavėjas", "paskirtis")

# The word for "today": the day its text counts from, a dateline's when one stands above it
# (aidcalc.news.dates.today_date).
TODAY = ("šiandien",)
# Channel words (issue actors15): phrases, folded, before the organisations that pay the money
# out for a giver ("via UNDP and the EU"): such an organisation, and the ones joined to it, is a
# channel, neither giver nor recipient (aidcalc.news.donors).
CHANNEL_WORDS = (
    "per",
    "per tarpininką",
)
# Venue words (issue actors15): stems of the nouns of an event ("ceremony", "conference",
# "summit", "meeting"); a place after one and a word of place ("at a ceremony in Paris") is
# where it happens, never a giver or recipient (aidcalc.news.donors).
VENUE_WORDS = (
    "ceremonij",
    "konferencij",
    "susitikim",
    "viršūnių",
    "forum",
)

# Nouns of an appeal or a call for money, and forms of asking the request verbs miss
# (aidcalc.news.not_giving): money an appeal asks for is a request, no pledge of the one
# appealing. Merged into NOT_GIVING's "request" cues (aidcalc.words.build).
APPEAL_WORDS = ("kreipim*", "raginim*")

# Words for givers (aidcalc.news.donors, rule 3): as a subject, several givers' money; with
# a country as their possessor or genitive, that country receives.
ALLY_WORDS = ("sąjungininkai", "partneriai", "donorai", "rėmėjai")

# Head nouns of an organisation's name ("*" ends a prefix; a leading "*" a compound's head):
# one in the subject of a giving verb where no known giver stands names a giver the gazetteer
# does not know, never an earlier sentence's donor (aidcalc.news.donors).
ORGANISATION_NOUNS = ("bank*", "fond*", "agentūr*")
