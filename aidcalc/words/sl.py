"""Slovenian (sl): qualifiers, news cues and the small words around amounts, as plain data.

Curated by the project from news text in Slovenian about aid and budgets (session 14); no
outside word list is copied. The scale words ("milijon", "milijona", "milijonov", "milijarda",
"milijarde", "milijard", "mio.", "mrd.") come from CLDR, as every language's do.

Slovenian writes no letter of its own among the supported Latin-script languages ("č", "š",
"ž" are Croatian, Czech and Slovak too): it is told by its small words ("in", "ki", "bo",
"tudi", "še", "kot") and by the news words it spells its own way ("milijonov", "evrov",
"pomoči", "doslej").

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Frequent function words, for telling the language of a text (aidcalc.parsing.language): the
# ones Slovenian shares with Croatian, Czech and Slovak ("je", "na", "za", "se") and its own
# ("in", "bodo", "tudi", "še", "kot", "ter"). Left out, though frequent: the words that are
# English words or names too, which made an English sentence of no English stop word
# Slovenian ("so": "would do so"; "bo", "ki", "pa", "ni": "Bo", "Ban Ki-moon", "Pa.";
# "lani": the name "Lani", then read as "last year"), and "bil" (was), the scale word "bil."
# of Slovenian, Czech and English alike, whose power the text's language then told ("EUR 6.4
# bil." became 10^12).
STOP_WORDS = (
    "je da se na za v z s bodo bomo tudi še kot ter po pri od do iz ali "
    "bila bilo bili doslej"
    # the news words Slovenian spells its own way (Croatian "milijuna", "eura", "pomoći",
    # "rekao"; Czech "milionů", "pomoci"): said of Slovenian money and aid, and of no other
    # language's
    " milijonov milijona milijard evrov pomoč pomoči dejal dejala skoraj približno"
    " ministrstvo ministrstva ukrajino leto leta"
)

# Letters this language writes that tell it among the supported languages of its script (shared
# letters count less: aidcalc.parsing.language).
LETTERS = "čšž"

# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``).
NEGATIONS = ("ne",)

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
# ("nad", over, is left out: it is the code of the Namibian dollar, NAD.)
QUALIFIERS = {
    "approx": ["približno", "okoli", "okrog", "pribl.", "cca", "cca."],
    "over": ["več kot", "več od", "vsaj", "najmanj", "dobrih"],
    "under": ["manj kot", "manj od", "skoraj", "slabih", "nekaj manj kot"],
    "up_to": ["do", "največ", "vse do"],
}

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("oziroma", "tj", "to je", "ali")

# Words that open a range ("od 2 do 3 milijonov", "med 2 in 3 milijoni": between 2 and 3
# million) and join its ends. "in" is also the English word and "med" the Scandinavian
# "with": "in" joins only after an opener of its language ("med"), and "med" opens only
# before a joiner of its language (``aidcalc.parsing.atoms.range_frame``), so "$5m in aid"
# and "med 2 och 3 miljoner kronor" keep their reading.
RANGE_JOINERS = ("do", "in")
RANGE_JOINERS_ALONE = ("do",)
RANGE_OPENERS = ("od", "med")

# Words joining a list of numbers that share one currency and scale written once, at the
# end: LIST_AND gives several amounts ("2 in 3 milijone evrov": EUR 2 million and EUR 3
# million), LIST_OR a range ("5 ali 6 milijonov evrov"). "in" is also the English word: as a
# list word it counts only where the words around tell Slovenian, or nothing tells a language.
LIST_AND = ("in", "ter", "oziroma")
LIST_OR = ("ali",)

# The word for the decimal mark in a number spelled out: refused, never read.
DECIMAL_WORDS = ("vejica", "cela", "celih")

# Words after a comma that start another amount whose currency is elided ("90 milijonov
# evrov, od tega 60 milijonov").
BREAKDOWN_LINKS = ("od tega", "od česar", "še", "in še")
# Words that may follow such an elided amount: what the money is for.
PURPOSE_WORDS = ("za", "na", "v")

# Words between a scaled number and the currency name it counts.
AMOUNT_ADJECTIVES = ("dodatnih", "novih")

# Words for one (or a half) and small counts before a scale word of this language ("ena
# milijarda", "pol milijona", "dve milijardi"): {word: value}.
COUNT_WORDS = {
    "ena": "1",
    "eno": "1",
    "pol": "0.5",
    "dve": "2",
    "dva": "2",
    "tri": "3",
    "štiri": "4",
    "pet": "5",
    "šest": "6",
    "sedem": "7",
    "osem": "8",
    "devet": "9",
    "deset": "10",
    "sto": "100",
}

# Scale words that are a number alone: the accusative "milijardo" (one billion: "Komisija je
# namenila milijardo evrov") and "milijon" (one million).
WHOLE_SCALES = ("milijardo", "milijon")

# --- News (aidcalc.news) ------------------------------------------------------------------------
# Cues as in hr.py: ``*`` ends a prefix, ``####`` stands for a year. Slovenian marks the
# recipient by its case ("Ukrajini", dative), so names are matched by stems (INFLECTED).
VERBS = {
    "give": (
        "namenil* obljubil* obljublja* zagotovil* zagotavlja* poslal* pošilja* podaril* "
        "predal* doniral* dal dala dalo dali daje dajejo nakazal* prispeval* prispeva* "
        "dodelil* odobril* financira* napovedal*"
    ),
    # thanking reverses the roles as receiving does: the one thanked gives
    "receive": "prejel* prejme* prejema* dobil* dobi zahvalil*",
    "aux": "je so bo bodo bi",
}

CATEGORIES = {
    "military": "vojašk* vojsk* orožj* streliv* dron* raket* protizračn* oklepn* obrambn* tank*",
    "financial": "proračun* posojil* kredit* finančn* nepovratn* jamstv*",
    "humanitarian": "humanitarn* zim* energet* generator* agregat* zdravil* hran* begun*",
}

BASIS = {
    "cumulative": "skupaj doslej do zdaj od začetka od ####",
    "already": "že",
}

INTENTION = {
    "pledge": "napovedal* obljubil* obljublja* načrtuje* namerava* odločil* bo bodo",
}

MEASURE = {
    "allocation": "namenil* dodelil* podaril* predal* poslal* doniral* dal dala dali",
    "disbursement": "izplača* izplačal* izplačan* nakazal* prejela prejel",
    "commitment": "zavez*",
}

FUTURE = {
    "future": "bo bodo bomo prihodnje naslednje",
}

CUE_PHRASES = ("do zdaj", "od začetka", "od ####", "ne le", "ne samo")

PLACE_SHORT_FORMS = {
    "EU": "EU",
    "ZDA": "USA",
    "Gaza": "PSE",  # no CLDR name
    "Velika Britanija": "GBR",
    "Velik Britanij": "GBR",
    # Palestine as the press names it (CLDR has only the territories)
    "Palestina": "PSE",
}
# Short forms in a case other than the nominative: never a subject. Palestine and Gaza in the other
# cases.
PLACE_CASE_FORMS = {
    "Palestini": "PSE",
    "Palestino": "PSE",
    "Palestine": "PSE",
    "Gazi": "PSE",
    "Gazo": "PSE",
    "Gaze": "PSE",
    # "Jemen" drops its "e" in the other cases ("v Jemnu", "Jemnu"): no stem of it starts them
    "Jemna": "YEM",
    "Jemnu": "YEM",
    "Jemnom": "YEM",
}
EXTRA_LETTERS = 4
INFLECTED = True

# The endings of a country's name in the oblique cases after a consonant (aidcalc.places):
# a name too short to be a stem ("Чад", "Čad": Chad) is found in them too ("Чаду", "Čadu"),
# and so is a name that drops its last vowel before them (``FLEETING_VOWELS``: "Egipat",
# "Egipta"; "Jemen", "Jemnu").
NAME_CASE_ENDINGS = "a u om"
FLEETING_VOWELS = "e"

ABBREVIATIONS = "mio mrd tis npr"

INSTITUTIONS = {
    "": (
        "Vlad*",
        "ministrstv* za obrambo",
        "ministrstv* za zunanje zadeve",
        "ministrstv* za finance",
        "ministrstv*",
        "premier*",
        "predsedni*",
        "državn* zbor*",
        "obrambn* minist*",
    ),
    "EU": ("Evropsk* komisij*", "Evropsk* unij*", "Evropsk* parlament*", "Svet* EU"),
    "EIB": ("Evropsk* investicijsk* bank*",),
    "WBG": ("Svetovn* bank*",),
    "IMF": ("Mednarodn* denarn* sklad*", "IMF"),
}

AID_NOUNS = "pomoč* podpor* paket* svežnj* sveženj donacij*"
COLLECTIVE_DONORS = (
    "skupaj z drugimi",
    "skupaj obljubljeno",
    "skupaj so obljubili",
    "skupaj zbrano",
)
AGENT_MARKERS = ""
RECIPIENT_MARKERS = "za"
# Words before a way or model of giving: a nationality adjective after them names no actor.
MEANS_MARKERS = "prek preko"
GENITIVE_LINKS = ""
# Nouns of a state's form between an office and its country ("Vlada Republike Slovenije",
# "Kraljevine Norveške"): the country still owns the office (aidcalc.news.donors).
STATE_NOUNS = "republike kraljevine"
# The genitive endings no other case shares, on a country's name right after an aid noun
# ("pomoč Slovenije", "podpora Nemčije"): that country gives (dative "Sloveniji", "Ukrajini").
# ``dative``: endings of the dative, never a genitive: such a name right after a noun of
# war ("vojne Ukrajini") is the one the money goes to, not the aggressor (news.donors.aggressor).
NAME_ENDINGS = {"owner": "e", "dative": "i u"}
SEAT_LINKS = "v"
# Verbs of being between an amount and the same money in another currency.
COPULAS = "je znaša ustreza"
# Subjects naming the money said just before, opening a sentence that only restates it in another
# currency: that amount is the same money, no second pledge (aidcalc.news.restated).
RESTATING_SUBJECTS = ("ta znesek", "ta vsota", "ta denar", "znesek")
PART_BEFORE = ("od tega", "od česar", "vključno z")
PART_AFTER = ()

# Money asked for, denied, refused or not given (aidcalc.news.not_giving).
NOT_GIVING = {
    "contrast": "ne le ne samo",
    "request": "zaprosil* prosi* zahteva* zahtev* pozval* poziva*",
    "wish": "potrebuje potreb* želi",
    "denial": "zanika*",
    "refusal": "zavrnil* zavrača*",
    "negation": "ne ni niso nikoli",
}
# Words after a request that open what the one asked is to do ("asked Germany to give …"):
# a giving verb after one is the thing asked for, no gift (aidcalc.news.not_giving).
REQUEST_LINKS = "naj da"

# Dates (aidcalc.news.dates): "v letu 2023", "leta 2023" (in 2023) is a value date, and
# "lani" (last year) the year before the publication's.
IN_YEAR = ("v", "leta", "v letu")
SINCE = ("od",)  # "od februarja 2022": a running period, not the date
RELATIVE_YEARS = (
    ("lani", -1),
    ("lansko leto", -1),
    ("letos", 0),
    ("prihodnje leto", 1),
    ("naslednje leto", 1),
)
ECONOMY_NOUNS = ("BDP",)

# "in March" is the locative "v marcu", from the nominative CLDR gives ("marec", "januar",
# "september", "maj", "april", "avgust"); the genitive of a date ("15. marca", and "marca"
# alone for "in March") is listed whole.
MONTH_IN_CASE = (
    "format",
    (
        ("ec", "cu"),
        ("er", "ru"),
        ("ar", "arju"),
        ("j", "ju"),
        ("l", "lu"),
        ("t", "tu"),
    ),
)
IRREGULAR_MONTHS = {
    "januarja": 1,
    "februarja": 2,
    "marca": 3,
    "aprila": 4,
    "maja": 5,
    "junija": 6,
    "julija": 7,
    "avgusta": 8,
    "septembra": 9,
    "oktobra": 10,
    "novembra": 11,
    "decembra": 12,
}

# A change of a value, not a range ("se je povečal s 3 na 5 milijonov evrov": two amounts).
CHANGE_FROM = ("s", "z", "za")
CHANGE_TO = ("na",)
CHANGE_BY = ("za",)  # of CHANGE_FROM: the change, never the value before
CHANGE_VERBS = (
    "zrasl*", "zrastel", "narasl*", "narastel", "povečal*", "povečan*", "povečuj*",
    "zmanjšal*", "zmanjšan*", "zmanjšuj*", "padel", "padl*", "podvojil*", "dvignil*",
)  # fmt: skip

# the word for "plus" between two numbers: a sum ("2 plus 3"), never a list
PLUS_WORDS = ("plus",)

# the word for "minus" right before an amount, its sign ("minus €5 million": a negative
# value); never between two amounts, where it subtracts
MINUS_WORDS = ("minus",)

# A product in words before an amount ("3-krat po 50 milijonov"), refused.
MULTIPLY_WORDS = ("krat",)
FACTOR_WORDS = ("dvakrat", "trikrat", "dvojno")
PRODUCT_EACH = ("po",)

BEFORE_VALUE_TIMES = ("lani", "leto", "prej", "v")
TOTAL_LABELS = ("skupaj", "vsota", "skupno")

RELATIVE_WEEKS = (
    ("prejšnji teden", -1),
    ("prejšnjega tedna", -1),
)
# Days of the week in the case after "v" ("v sredo") that CLDR's names lack, 1 = Monday
WEEKDAY_FORMS = {
    "sredo": 3,
    "soboto": 6,
    "nedeljo": 7,
}

PER_YEAR = ("letno", "na leto", "vsako leto")

SPENDING_VERBS = "porabi porabijo porabil porabila porabljeno"
OWN_POSSESSIVES = "svojo svoje svoj svoji svojim svojih lastno lastne"

# Money that is no gift, whoever's it is (aidcalc.news.other_money).
OTHER_MONEY = {
    # a need stated as a noun (pledges18): the needer's figure, no gift (KINDS_STATED)
    "need": ("finančne potrebe", "potrebe po financiranju", "finančna vrzel"),
    "damage": "uničil uničila uničen* škode škodo poškodovan*",
    "loss": "izgubil izgubila izgubili izgube izgub",
    "trade": "trgovina trgovine izvoz izvoza uvoz uvoza prodal prodala",
    "revenue": "prihodki prihodkov",
    "debt": "dolg dolgovi dolgov",
    # the price of a thing, stated: no gift in a clause with no giving verb (KINDS_STATED)
    "price": "stroški stroškov stane cena",
}
OTHER_MONEY_LINKS = ""

CORRECTION_LABELS = ("popravek",)
EARLIER_VERSION = ("v prejšnji različici", "v prvotni različici")
CORRECTION_NOT = ("ne", "in ne")
# Phrases naming what was reported before ("it was earlier reported"): a retracted figure only when
# a word of CORRECT_FIGURE follows in the same sentence (aidcalc.news.corrections).
EARLIER_REPORT = ("prej je bilo objavljeno", "sprva je bilo objavljeno", "sprva je bilo navedeno")
CORRECT_FIGURE = ("pravilen", "pravilna", "pravilno", "točen", "točna", "točno", "dejansko")

PERSON_TITLES = (
    "predsednik",
    "predsednica",
    "premier",
    "premierka",
    "minister",
    "ministrica",
    "kancler",
)

CONTRAST_OPENERS = ("medtem", "a", "ter")
BREAKDOWN_OPENERS = ("od tega", "od tega zneska", "od skupnega zneska", "od teh #")
REST_WORDS = ("preostanek", "ostanek", "preostalih", "preostali", "preostala", "preostalo")

WAR_NOUNS = "invazij* vojn* agresij* napad* ofenziv* okupacij*"
ON_TOP = ("tudi", "dodatno", "poleg tega")
PACKAGE_VALUE = ("v skupni vrednosti", "skupna vrednost", "skupno vrednost")

SPAN_LINKS = ("do",)
SEVERAL_YEARS = ("večletn", "v več letih")

# The word for "today": the day its text counts from, a dateline's when one stands above it
# (aidcalc.news.dates.today_date).
TODAY = ("danes",)
# Channel words (issue actors15): phrases, folded, before the organisations that pay the money
# out for a giver ("via UNDP and the EU"): such an organisation, and the ones joined to it, is a
# channel, neither giver nor recipient (aidcalc.news.donors).
CHANNEL_WORDS = (
    "prek",
    "preko",
    "s posredovanjem",
)
# Venue words (issue actors15): stems of the nouns of an event ("ceremony", "conference",
# "summit", "meeting"); a place after one and a word of place ("at a ceremony in Paris") is
# where it happens, never a giver or recipient (aidcalc.news.donors).
VENUE_WORDS = (
    "slovesnost",
    "konferenc",
    "vrh",
    "srečanj",
)

# Nouns of an appeal or a call for money, and forms of asking the request verbs miss
# (aidcalc.news.not_giving): money an appeal asks for is a request, no pledge of the one
# appealing. Merged into NOT_GIVING's "request" cues (aidcalc.words.build).
APPEAL_WORDS = ("apel*",)

# Words for givers (aidcalc.news.donors, rule 3): as a subject, several givers' money; with
# a country as their possessor or genitive, that country receives.
ALLY_WORDS = ("zavezniki", "partnerji", "donatorji")

# Head nouns of an organisation's name ("*" ends a prefix; a leading "*" a compound's head):
# one in the subject of a giving verb where no known giver stands names a giver the gazetteer
# does not know, never an earlier sentence's donor (aidcalc.news.donors).
ORGANISATION_NOUNS = ("bank*", "sklad*", "agencij*")
# The country whose offices this language's press names without naming it ("the
# government"): the donor of such an office when no country is named (an assumption,
# ``home-country``). The language is the official national language of one state only,
# Slovenia (amountfaults17; Croatian, Greek, Turkish and Serbian are official in two states
# each and have none).
HOME_COUNTRY = "SVN"
