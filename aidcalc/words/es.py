"""Spanish (es): qualifiers and the small words around amounts (range words, conjunctions,
fillers), as plain data.

Curated by the project from news text in Spanish; no outside word list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``).
NEGATIONS = ("no",)

QUALIFIERS = {
    "approx": [
        "unos",
        "unas",
        "alrededor de",
        "aproximadamente",
        "cerca de",
        "en torno a",
        "ronda los",
        "ronda las",
        "rondan los",
        "rondan las",
    ],
    "over": [
        "más de",
        "al menos",
        "por encima de",
        "como mínimo",
        "supera",
        "superan",
        "superó",
        "supera los",
        "supera las",
        "superan los",
        "sobrepasa",
        "sobrepasa los",
    ],
    "under": ["menos de", "casi"],
    "up_to": ["hasta", "como máximo", "un máximo de"],
}

# Qualifiers written after the amount, at the end of its clause ("5 millones de euros o más"):
# over, and "or less", at most (``aidcalc.parsing.grammar``: a word for "than" after
# them is no end)
QUALIFIERS_AFTER = {"o más": "over", "o menos": "up_to"}

# Verbs of exceeding ("exceeds"): an amount they stand before in its clause, its subject
# between ("Seit Kriegsbeginn übersteigt die Hilfe 30 Mrd. Euro"), is a lower bound,
# qualifier ``over`` (aidcalc.news.exceeds).
EXCEED_VERBS = "supera superan superó superaron sobrepasa sobrepasan"

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("es decir", "o sea", "equivalentes a", "lo que equivale a", "o")

# Words that join main and minor units ("20 dollars and 43 cents").
CONJUNCTIONS = ("y", "con")

# Words between a scale word and a currency name that tell the language ("millions of").
FILLERS = ("de",)

# Words after which a currency name may lead its number ("at dollar 22.5 million").
NAME_MAY_FOLLOW = ("en", "de", "a")

# Words that join the low and high ends of a range.
RANGE_JOINERS = ("a", "y", "hasta")

# Joiners that make a range without an opener ("300 to 400 million").
RANGE_JOINERS_ALONE = ("a",)

# Words that open a range ("between").
RANGE_OPENERS = ("entre",)
# Articles that may stand before each end of a range after an opener ("tra i 5 e i 10").
RANGE_ARTICLES = ("los", "las")

# Words before a range's low end that open it only with one of this language's joiners
# after that end ("from 2 to 3 million"); ordinary words elsewhere, so never a range opener
# alone.
RANGE_FROM = ("de", "desde")

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("y", "e", "así como")
LIST_OR = ("o", "u")

# The word for the decimal mark in a number spelled out ("two point five"): a decimal
# written in words, read in English, refused in the others (never the part after it).
DECIMAL_WORDS = ("coma",)

# Fractions before a spelled number, which are not read (a third is no Decimal): the
# text is refused, never read as the number after them; ``FRACTION_LINKS`` may stand
# between ("a third of a billion").
UNREAD_FRACTIONS = (
    "tercio",
    "tercios",
    "cuartos",
    "quinto",
    "décimo",
    "mitad",
    "cuarta",
    "cuartas",
    "partes",
)
FRACTION_LINKS = ("de",)

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = (
    "de los cuales",
    "de las cuales",
    "de los que",
    "de las que",
    "otros",
    "otras",
    "y otros",
    "y otras",
    "incluidos",
    "incluidas",
)
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("para", "a", "en")
# A reflexive pronoun before a verb after such an amount ("4 millones se destinarán a …").
REFLEXIVE_PRONOUNS = ("se",)

# Words that may stand between a scaled number and the currency name it counts ("900 million
# emergency euros", "20 million additional dollars").
AMOUNT_ADJECTIVES = ("nuevos", "adicionales", "más")

# Everyday words, people and places CLDR also gives as a currency name: "Colón" (Columbus; a
# Panamanian city), "real" (royal), "sol" (the sun), "quetzal" (a bird), "Balboa", "Bolívar",
# "Lempira" (people, and places named after them).
COMMON_NOUNS = "colón real sol quetzal balboa bolívar lempira"
# --- News (aidcalc.news) ----------------------------------------------------------------------
# Our own lists, written for this project after the verbs and nouns Spanish aid news uses. A
# cue is a word or phrase, ``*`` ends a prefix, ``####`` stands for a year. Future forms are
# listed one by one: the tense is an ending, not a prefix. MEASURE holds past forms only, so a
# future ("se destinarán") leaves the measure to INTENTION.
VERBS = {
    "give": (
        "anunci* promet* prometi* aport* donó donará* donaron donar* entreg* destin* otorg* "
        "conced* concedi* proporcion* envi* asign* desembols* compromet* financi* dará darán "
        "dio dieron transfiri* transfer* suministr* aprob* daremos"
    ),
    # thanking reverses the roles as receiving does: the one thanked gives
    "receive": "recib* obtendrá* obtuvo obtiene* agradeci* agradece*",
    "aux": "ha han había habían va van irá irán será serán",
}

CATEGORIES = {
    "military": (
        "militar* defensa dron* misil* munici* armament* armas tanque* artiller* blindad* "
        "proyectil*"
    ),
    "financial": "préstamo* presupuest* financier* macrofinanc* subvenci*",
    "humanitarian": (
        "humanitari* invierno energ* eléctric* generador* médic* medicament* alimentari* "
        "refugiad* hospital* escuela* reconstrucción"
    ),
}

BASIS = {
    "cumulative": "en total desde hasta ahora hasta la fecha en conjunto acumulad*",
    "already": "ya",
}

INTENTION = {
    "pledge": (
        "anunci* promet* prometi* prevé previst* planea* aprob* decidi* decidió "
        "destinará* aportará* enviará* dará darán donará* otorgará* concederá* "
        "proporcionará* entregará*"
    ),
}

MEASURE = {
    "allocation": (
        "entregó entregaron entregad* destinó destinaron destinad* asignó asignad* aportó "
        "aportad* proporcionó proporcionad* envió enviad* suministró suministrad* otorgó "
        "otorgad* concedió concedid* donó donad* transferid* "
        # the past of giving: given is delivered ("Alemania dio 3.000 millones", "ha dado")
        "dio dieron dado"
    ),
    # money received ("received … from", "надійшло від") has been paid out: a disbursement
    "disbursement": ("desembols* pagó pagad* abonad* recibió recibido recibieron"),
    "commitment": "compromet* comprometi*",
}

FUTURE = {
    "future": "será serán va van enviará entregará dará darán donará aportará destinará*",
}

CUE_PHRASES = ("en total", "hasta ahora", "hasta la fecha", "en conjunto")

# Frequent function words, for telling the language of a news text (aidcalc.news.language).
STOP_WORDS = "el la los las y de del que en por para con una es se al"

# Letters that tell this language among the supported ones of its script ("ó", "Unión",
# "millón", is Slovak, Polish and Portuguese too: a shared letter counts less,
# aidcalc.parsing.language). "á", "é", "í", "ú" ("aérea", "según", "país") it writes as Czech,
# Slovak and Portuguese do ("é" French and Italian too), listed by each.
LETTERS = "ñóáéíú"

SINCE = ("desde",)
IN_YEAR = ("en", "en el año", "durante el año", "en el transcurso de")  # "en el año 2023"
# Phrases before a list of years, each the year of one amount of a list before it ("€5m, €6m
# and €7m in 2024, 2025 and 2026": aidcalc.news.dates.respective_years).
IN_YEARS = ("en los años", "para")
# Words between a day, its month and its year ("el 3 de marzo de 2025", "del 2025").
DATE_LINKS = ("de", "del")
# The ordinal sign of the first day of a month ("1.º de marzo").
DAY_SUFFIXES = ("º",)

# Phrases naming a year relative to the publication date, with the years they add to its
# year (aidcalc.news.dates): "last year" is -1.
RELATIVE_YEARS = (
    ("el año pasado", -1),
    ("este año", 0),
    ("en este año", 0),
    ("el pasado año", -1),
    ("el año anterior", -1),
    ("el próximo año", 1),
    ("el año que viene", 1),
    ("el año próximo", 1),
)
# Phrases naming a year from the year named before them in the sentence, with the years they
# add to it (aidcalc.news.dates): "the year before" is -1.
ANCHORED_YEARS = (
    ("un año antes", -1),
    ("el año previo", -1),
    ("un año después", 1),
    ("el año siguiente", 1),
)
# Nouns of a country's economy (GDP): a year right after them, or before them, is the
# year of that measure and dates no amount (aidcalc.news.dates).
ECONOMY_NOUNS = ("PIB",)
# Relative pronouns opening a clause after a comma ("Japan, which gave $1bn in 2023, …"): a date
# in that clause is its own amount's, never the date of the rest of the sentence.
RELATIVE_WORDS = "que quien quienes cual cuales cuyo cuya"
# Words right before a RELATIVE_YEARS phrase that make it a comparison, no date ("the same as
# last year", "up from last year").
# Words opening a clause after a comma that liken the sentence's giving to another's
# ("France pledged €5m, matching the pledge of Germany", "…, as did Germany"): a country
# in that clause is compared with, no recipient (``aidcalc.news.donors``).
LIKENESS_OPENERS = (
    "como",
    "al igual que",
    "igual que",
    "tanto como",
    "más que",
    "menos que",
    "a diferencia de",
)

COMPARED_WORDS = (
    "como",
    "más que",
    "menos que",
    "respecto a",
    "respecto de",
)

PLACE_SHORT_FORMS = {"UE": "EU", "EE UU": "USA", "EEUU": "USA", "EE.UU.": "USA", "Palestina": "PSE"}
EXTRA_LETTERS = 3
ABBREVIATIONS = "sr sra dña d"

INSTITUTIONS = {
    "": (
        "gobierno*",
        "gobierno* federal*",
        "consejo de ministros",
        "parlamento*",
        "ministerio de defensa",
        "ministerio de asuntos exteriores",
        "ministerio de exteriores",
        "ministerio de hacienda",
        "ministerio*",
        "ministro de exteriores",
        "ministro de asuntos exteriores",
        "ministro de defensa",
        "ministro*",
        "ministra*",
        "presidente*",
        "presidenta*",
        "primer ministro",
        "canciller*",
        "fuerzas armadas",
        "ejecutivo",
    ),
    "ESP": ("Moncloa", "AECID", "Congreso de los Diputados"),
    "USA": ("Pentágono", "Casa Blanca", "Departamento de Estado", "Congreso estadounidense"),
    "EU": (
        "Comisión Europea",
        "Consejo Europeo",
        "Consejo de la UE",
        "Parlamento Europeo",
        "Fondo Europeo de Apoyo a la Paz",
    ),
    "EIB": ("Banco Europeo de Inversiones", "BEI"),
    "EBRD": ("Banco Europeo para la Reconstrucción y el Desarrollo", "BERD"),
    "WBG": ("Banco Mundial",),
    "IMF": ("Fondo Monetario Internacional", "FMI"),
    "IDB": ("Banco Interamericano de Desarrollo", "Banco Interamericano", "BID"),
    "AFDB": ("Banco Africano de Desarrollo", "BAfD"),
    "ADB": ("Banco Asiático de Desarrollo", "BAsD"),
    "ISDB": ("Banco Islámico de Desarrollo", "BIsD"),
    "AIIB": ("Banco Asiático de Inversión en Infraestructura", "BAII"),
    "NDB": ("Banco de los BRICS",),
    "CEB": ("Banco de Desarrollo del Consejo de Europa",),
    "CAFDB": ("Banco de Desarrollo de América Latina*", "CAF"),
}

AID_NOUNS = (
    "ayuda* apoyo* contribuci* financiaci* paquete* donaci* préstamo* subvenci* promesa* "
    "compromiso*"
)

# Phrases that make the money of a sentence a collective one, with no single donor
# ("pledges from 14 governments", "together with other lenders, Japan …").
COLLECTIVE_DONORS = (
    "junto con otros",
    "junto a otros",
    "las promesas de",
    "los compromisos de",
    "los donantes",
    "países donantes",
    "los países del G7",
    "se prometieron en total",
    "en total se prometieron",
)

AGENT_MARKERS = "por"
# Words before a country after a part of a whole that name where the part comes from, its
# giver ("Of that, €1bn will come from Germany"; aidcalc.news.donors.part_source).
PART_SOURCES = "de del desde"
# Auxiliaries of the passive ("Egipto fue dotado de … por el Reino Unido"): the subject
# receives, the agent after "por" gives.
PASSIVE_AUXILIARIES = "fue fueron es son sido será serán"
RECIPIENT_MARKERS = "a al para hacia"
# Words before a way or model of giving ("through the Danish model"): a nationality adjective
# after them names no actor (aidcalc.news.donors).
MEANS_MARKERS = "mediante según vía"
DETERMINERS = "la el los las"
GENITIVE_LINKS = "de del"
# Nouns of a state's form between an office and its country ("el Gobierno de la República de
# Polonia"): the country still owns the office (aidcalc.news.donors).
STATE_NOUNS = "república reino"
# Stems of a fund's or programme's noun, held in a word ("el fondo de energía de Ucrania"):
# the country its genitive link names owns the fund and receives, never gives
# (aidcalc.news.donors).
FUND_NOUNS = ("fondo", "programa")
SEAT_LINKS = "en"
# Meetings named by their city ("the Paris conference"): that capital is a venue, no actor.
MEETING_WORDS = "conferencia cumbre reunión"
# Verbs of being between an amount and the same money in another currency ("C$40 million is
# roughly US$28 million"): the second restates the first (aidcalc.news.restated).
COPULAS = "es son era equivale equivalente corresponde"
# Subjects naming the money said just before, opening a sentence that only restates it in another
# currency ("Esta cantidad equivale a unos 10,8 millones de dólares"): that amount is the same
# money, no second pledge (aidcalc.news.restated).
RESTATING_SUBJECTS = (
    "esta cantidad",
    "esa cantidad",
    "esta suma",
    "esa suma",
    "este importe",
    "ese importe",
    "dicha cantidad",
    "dicho importe",
    "la cantidad",
    "la suma",
)

PART_BEFORE = (
    "de los cuales",
    "del total,",
    "de ese total",
    "de este total",
    "de las cuales",
    "de los que",
    "de las que",
    "incluidos",
    "incluidas",
    "entre ellos",
    "de esa cantidad",
    "de esta cantidad",
    "de ese importe",
    "de esa suma",
    "que comprende",
    "repartidos entre",
    "divididos entre",
    "incluye",
    "comprende",
    "a la cabeza con",
    "en cabeza con",
    "en el marco del paquete",
    "en el marco de este paquete",
    "dentro del paquete",
)
# Verbs saying a package holds what follows: an amount after one is a part of it.
PART_CONTENTS = (
    "incluye",
    "comprende",
    "contiene",
    "se compone de",
)
PART_AFTER = ("de esa cantidad", "de ese importe", "de esa suma")

# Words saying the givers before them give one sum together: no single donor.
JOINT_DONORS = ("conjuntamente", "juntos", "juntas")
# Words between a list item's giver and its amount saying it is more ("and Japan another
# $2bn"): the giver still opens the item.
FURTHER_AMOUNT = ("otros", "otras", "otro", "otra", "adicionales")
# Words in an amount's clause saying it is given once more ("gave €3bn again"): a new
# pledge, never a repeat of an earlier row (aidcalc.news.dedup.says_further).
AGAIN_WORDS = (
    "de nuevo",
    "nuevamente",
    "otra vez",
)
# Words right after an amount saying it comes on top of an earlier one ("DKK 9.7bn more"):
# a new pledge, never a repeat of the earlier one.
FURTHER_AFTER = ("más", "adicionales", "extra")
# Words that make an amount the sum of the amounts beside it ("a combined €5bn", "in total").
SUM_WORDS = ("en total", "en conjunto", "un total de", "combinados")
# Words right before a whole whose parts follow ("Of the €5bn, €3bn came from …").
WHOLE_BEFORE = ("de los", "de las", "de esos", "de estos")
# Labels of a table row or list item that sums the items before it (aidcalc.news.lists).
TOTAL_LABELS = ("total", "subtotal", "suma", "en total")
# Labels of a list item or table row of givers no name says ("- Others: €1bn",
# aidcalc.news.lists): money of no one country.
OTHER_LABELS = ("otros", "otros donantes", "otros países", "resto")
# A quote's speaker: the verbs of saying after a quote, the words of the first person plural
# inside it, and the endings of a giving, asking or needing verb in the first person plural for
# a language that drops the pronoun (“We will give …,” said the Japanese prime minister: Japan
# gives; “We need …,” said the Ukrainian president: Ukraine asks).
SPEECH_VERBS = (
    "dijo dice afirmó afirma declaró declara aseguró asegura señaló añadió informó anunció según"
)
WE_WORDS = "nosotros nosotras nuestro nuestra nuestros nuestras hemos"
WE_ENDINGS = ("amos", "emos", "imos")
# Words pairing several givers with several amounts in order: no joint sum.
RESPECTIVELY = ("respectivamente",)
# The thanking verbs among the receiving ones: the one thanked gives ("thanked Berlin for
# €3bn"), and a later amount is not that giver's by default (aidcalc.news.donors).
THANKING = (
    "agradec*",
    "agradeci*",
)
# The country whose offices this language's press names without naming it ("the
# government"): the donor of such an office when no country is named (an assumption).
HOME_COUNTRY = "ESP"
# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("un millón"): {word: value}.
# Number words num2words does not spell: the apocopated twenty-one ("veintiún millones").
NUMBER_WORDS = {"veintiún": 21, "veintiun": 21, "veintiuna": 21}

COUNT_WORDS = {
    # the apocopated twenty-one before a masculine noun ("veintiún millones"): one word
    "veintiún": "21",
    "veintiun": "21",
    "veintiuna": "21",
    "un": "1",
    "una": "1",
    "uno": "1",
    "medio": "0.5",
    "media": "0.5",
    # a quarter of a scale, after "un" and before "de" ("un cuarto de millón": 250,000); the
    # plural "cuartos" stays unread ("tres cuartos de millón": three quarters, a product)
    "cuarto": "0.25",
    # small counts, read the same way before a scale word of this language ("tre miljarder")
    "dos": "2",
    "tres": "3",
    "cuatro": "4",
    "cinco": "5",
    "seis": "6",
    "siete": "7",
    "ocho": "8",
    "nueve": "9",
    "diez": "10",
    "cien": "100",
}

# Scale phrases that are a number by themselves ("mil millones": a thousand million).
WHOLE_SCALES = ("mil millones",)

# Words that make an amount asked for or refused rather than given (``aidcalc.news.candidates``:
# the row is kept, with status "rejected" and the reason in ``evidence``).
NOT_GIVING = {
    "contrast": "no solo no sólo",
    "request": (
        "pidió pide piden pidieron pedimos solicit* reclam* exig* petición instó instaron exhort* "
        "urgió"
    ),
    "wish": (
        "quiere necesita queremos necesitamos"
        " necesitaba necesitaban necesitaría necesidad* necesitan"
    ),
    "denial": "desmint*",
    "refusal": "rechaz* negó niega negaron bloque*",
    "negation": "no nunca",
}
# Words after a request that open what the one asked is to do ("asked Germany to give …"):
# a giving verb after one is the thing asked for, no gift (aidcalc.news.not_giving).
REQUEST_LINKS = "que"

# Phrases of the NOT_GIVING cues above.
CUE_PHRASES = (*CUE_PHRASES, "no solo", "no sólo")

# A change of a value, not a range: the word before the first number, the word between the
# two, and verbs of change (``*`` ends a prefix), one standing before the first
# ("pasó de 2 a 3 millones": two amounts).
CHANGE_FROM = ("de", "desde")
# "hasta" after a verb of change is its "to", no ceiling ("aumentó hasta 50 millones": the value
# after; issue 9, amountfaults16), as "a porté jusqu'à" and "porta fino a" are
CHANGE_TO = ("a", "hasta")
CHANGE_VERBS = (
    "pasó", "pasa", "pasará", "pasado", "aument*", "subió", "sube", "subido", "bajó", "baja",
    "bajado", "creció", "crece", "crecido", "cayó", "cae", "caído", "reduj*", "reduce*",
    "reducido", "duplic*", "elev*", "increment*", "recort*", "disminu*",
    # issue 9 parser9: verbs of change the press uses that the table lacked
    "amplía", "amplían", "ampliará", "amplió", "ampliado", "ampliar", "rebaj*", "subir",
    "subirá", "reducir",
)  # fmt: skip

# Words before an amount that give a value it is compared with, not a new one
# ("3 millones, frente a 2 millones": the second is the value before).
PREVIOUS_VALUE_CUES = (
    "frente a",
    "en comparación con",
    "comparado con",
)

# Nouns that label a numbered part before a dash ("Tranche 2 – 500 Mio. €", "Phase 3 – €2m"):
# the number after one is the label's, never a range's low end (issue 9 faults6 A8)
LABEL_NOUNS = (
    "tramo",
    "fase",
    "paquete",
    "etapa",
    "artículo",
    "anexo",
    "lote",
    "capítulo",
    "sección",
    "parte",
    "pilar",
    "resolución",
    "zona",
    "párrafo",
    "art.",
)

# the word for "plus" between two numbers: a sum ("2 más 3"), never a list
PLUS_WORDS = ("más",)

# A product in words before an amount ("3 times £50m"): words after a count that multiply
# it, one-word factors, and a word for "each" after them (aidcalc.parsing.products).
MULTIPLY_WORDS = ("veces",)
# Verbs multiplying an amount ("doubled its €5m pledge", "verdoppelte seine Zusage von 5 Mio.
# Euro"): the amount after them is the value before the change, the new one not written, no
# pledge (aidcalc.news.beside; "*" ends a prefix)
MULTIPLIED_VERBS = "duplic* triplic* cuadruplic*"

# Words right before the size of a change stated without the value after ("an increase of
# €800m"): a pledge row of the amount added, none of a cut (aidcalc.news.changes).
CHANGE_ALONE = {
    "up": ["un aumento de", "aumento de", "un incremento de", "incremento de"],
    "down": ["un recorte de", "recorte de", "una reducción de", "reducción de"],
}  # fmt: skip

# Words that may follow a value before written without its currency: its time, not a noun it
# counts ("5bn a year ago", not "5 million people"; aidcalc.parsing.changes).
BEFORE_VALUE_TIMES = ("el", "hace", "antes", "en")

# Words right beside a single amount given by several joined givers, saying each gives it
# ("Spain and Italy pledged €20m each", "jeweils 20 Millionen"): one row per giver.
EACH_WORDS = ("cada uno", "cada una")

# Money beside a pledge that is no pledge of the sentence's giver (``aidcalc.news.beside``):
# a difference ("1.000 millones más que Francia"), money set against the pledge ("lejos de
# los 5.000 millones …") and relative pronouns ("los 5.000 millones que pidió Kiev").
COMPARED_AFTER = ("más que", "menos que", "más de lo que", "menos de lo que")
SET_AGAINST = (
    "una fracción de",
    "lejos de",
    "frente a",
    "comparado con",
    "en comparación con",
)
RELATIVE_PRONOUNS = "que"
# Words opening a relative clause after a comma (", which has asked for …,"): a request
# inside it governs only the amounts of that clause (aidcalc.news.not_giving).
RELATIVE_CLAUSE_WORDS = "que quien quienes cual"
# Verbs of an actor spending on itself: money so spent is no aid.
SPENDING_VERBS = "gasta gastan gastó gastado gastaba"
# Budget nouns: an amount that is their value is the owner's own money, no aid.
OWN_BUDGETS = ("presupuesto militar", "presupuesto de defensa", "gasto militar", "gasto en defensa")
# Possessives of the subject after a spending verb's amount: spent on itself ("its army").
OWN_POSSESSIVES = "su sus propio propia propios propias"
# Nouns of an actor's own ends after a possessive of OWN_POSSESSIVES: its own money, no aid.
OWN_ENDS = (
    "ejército fuerzas militares tropas soldados ciudadanos población familias hogares "
    "agricultores industria economía presupuesto defensa policía fronteras pensiones "
    "pensionistas"
)

# A value before a change written after the value after ("raised its aid to €8bn, after €5bn
# last year"): the word before it, then a phrase of a past period after it
# (``aidcalc.parsing.changes``).
AFTER_VALUE_WORDS = ("tras", "después de")
PAST_PERIODS = (
    "el año pasado",
    "el año anterior",
    "un año antes",
    "hace un año",
)

# Phrases of the rate a restatement was converted at, written after it ("€3bn – roughly $3.2bn
# at current rates –"): part of the aside (``aidcalc.parsing.restatements``).
RATE_PHRASES = ("al cambio actual", "al tipo de cambio actual", "al cambio de hoy")

# A running total said after a new amount: a verb, up to a few words ("…" in a frame), then a
# word for "to" right before the amount ("…, bringing their combined aid to more than €12bn"):
# that amount is cumulative (``aidcalc.news.candidates.bases_of``).
TOTAL_FRAMES = ("elevando … a", "llevando … a", "lo que eleva … a")
# A new level set for a whole (trial 15, F8): a verb of raising, up to a few words, the word for
# "to" right before the amount, and among those words a noun of ``LEVEL_NOUNS``: the whole's new
# size, no new money (cumulative).
RAISE_FRAMES = (
    "elevar … a",
    "eleva … a",
    "elevó … a",
    "aumentar … a",
    "aumenta … a",
    "aumentó … a",
    "ampliar … a",
    "amplió … a",
    "elevar … hasta",
    "eleva … hasta",
    "elevó … hasta",
    "aumentar … hasta",
    "aumenta … hasta",
    "aumentó … hasta",
    "ampliar … hasta",
    "amplió … hasta",
    # probe 24: the perfect ("ha aumentado"), "incrementar"
    "aumentado … a",
    "aumentado … hasta",
    "elevado … a",
    "elevado … hasta",
    "incrementó … a",
    "incrementó … hasta",
    "incrementado … a",
    "incrementado … hasta",
)
# singular forms: "conferencia de promesas" names a meeting, no whole raised
LEVEL_NOUNS = "fondo* programa* marco* techo* paquete* dotación* compromiso promesa"

# The whole a share is taken of, after a share word and before an amount set off ("a third of
# the package (€1.3bn)"): that amount is a part of the amount before (``aidcalc.news.parts``).
SHARE_WHOLES = ("del paquete", "de la ayuda", "de la suma", "del importe", "de los fondos")
SHARE_OF_LINKS = ("de", "del")
REST_WORDS = ("el resto", "los restantes", "las restantes", "el restante", "la restante")

# Phrases naming the calendar week before the publication's (aidcalc.news.dates,
# docs/extraction.md): a date approximate to the week, dated by the month of its Thursday.
RELATIVE_WEEKS = (
    ("la semana pasada", -1),
    ("la pasada semana", -1),
)

# Phrases beside an amount that make it a yearly amount, one year's instalment of a
# period (aidcalc.news.yearly): "€4bn a year", "jährlich 4 Mrd. Euro", "4 mld zł rocznie".
PER_YEAR = (
    "al año",
    "por año",
    "anualmente",
    "cada año",
    "anuales",
)
# A rate per unit, no total: these words right after an amount, then a lower-case noun
# ("500 euros por familia" (not "por España")).
# No pledge row counts it (aidcalc.news.beside); a PER_YEAR phrase is yearly instead.
PER_UNIT = ("por",)
# Nouns of the parts a sum is paid in: "two tranches of €5m" is one of several, no total
# (aidcalc.news.beside)
PART_UNIT_NOUNS = ("tramo", "tramos", "pago", "pagos")
# Times after a slash or a pace ("€5m/month"): money given at a pace, no rate of a unit
PACE_NOUNS = ("año", "mes", "semana", "día")
# Words after a word of PER_UNIT that make no rate (idioms, percent, a determiner)
PER_UNIT_NOT = (
    "ciento",
    "segunda",
    "primera",
    "tercera",
    "medio",
    "parte",
    "lo",
    "eso",
    "ejemplo",
    "ello",
    "otra",
    "su",
    "ciento",
)

# Words before a year, or before an IN_YEAR phrase, that make the year the end of a period,
# no value date ("hasta finales de 2027"; aidcalc.news.dates); UNTIL_LINKS may stand between.
UNTIL = ("hasta",)
UNTIL_LINKS = ("el", "año", "finales", "fines", "de", "del")
# words joining the two years of a span ("2025 to 2027"), beside UNTIL (aidcalc.news.yearly)
SPAN_LINKS = ("a", "al")
# Words between an amount and a figure the parser reads as no amount ("60 million", no
# currency) that put the figure in a clause of another time, a comparison or a past
# perfect's auxiliary: "…; en 2023 había aportado 15 millones" dates the figure only
# (aidcalc.news.figures).
OTHER_TIME_WORDS = ("había", "habían", "frente a", "en comparación con", "comparado con")

# Money that is no gift, whoever's it is (aidcalc.news.other_money): {kind: words}; a word
# ending in "*" stands for every word it begins, words with a space for that phrase.
OTHER_MONEY = {
    # a need stated as a noun (KINDS_STATED: no gift in a clause with no giving verb)
    "need": (
        "necesidades de financiación",
        "necesidades de financiamiento",
        "brecha de financiación",
    ),
    "damage": "destruyó destruido destruida destruidos destrucción daños dañado dañada",
    "fire": "disparó",
    "loss": "perdió perdido pérdidas pérdida",
    "trade": "comercio exportaciones importaciones vendió",
    "revenue": "ingresos",
    "debt": "deuda deudas",
    # Figures stated, not given: they count in a clause with no giving verb (KINDS_STATED).
    "estimate": (
        "costará costarán costaría costarían estima estiman estimado estimada estimados "
        "estimadas cifran cifró"
    ),
    "stock": ("reservas", "pib", "déficit", "financiación externa"),
    "conditional": "supondría supondrían significaría equivaldría representaría",
    # A figure stated by a valuation verb: no pledge unless aid is its subject (KINDS_STATED).
    "valuation": ("asciende a", "ascienden a", "ascendió a", "ascendieron a"),
    # the price of a thing, stated: no gift in a clause with no giving verb (KINDS_STATED)
    "price": "costo costos coste costes cuesta costará precio",
}
# Words that may stand between an amount and a word of OTHER_MONEY after it ("€2bn in
# damage"); any other word between ("€500m for damage repair") keeps it apart.
OTHER_MONEY_LINKS = "en de"

# Words in a quote naming its speakers as the givers of money it receives ("Ukraine will get
# €2bn from us"): the speaker's country gives (aidcalc.news.donors, rule 4).
FROM_US = ("de nuestra parte", "de nosotros")
# Words opening a clause of another subject after an amount ("…, while France will consider
# …", "…, tandis que la France envisage …"): the country right after them (articles between)
# is the subject of its clause, whatever its verb (aidcalc.news.donors, rule 4).
CONTRAST_OPENERS = ("mientras que", "mientras")
# Words for a country's givers ("Ukraine's allies", "die Verbündeten der Ukraine"): as the
# subject of a giving verb, with that country as possessor or genitive, the money is several
# givers' (collective) and that country receives it (aidcalc.news.donors, rule 3).
ALLY_WORDS = ("aliados", "socios", "donantes")
# Words between a list item's giver and its amount after the first one ("…, Germany leading with
# €4bn", "…, darunter Deutschland mit 4 Mrd. Euro"): that country gives that amount.
ITEM_WITH = ("a la cabeza con", "en cabeza con", "con")

# A whole named after a part (aidcalc.news.beside, rule 6; docs/extraction.md): the part, a link
# (``SHARE_OF_LINKS``, or one of ``WHOLE_FROM`` that names a whole only with a noun), then a noun
# phrase and the whole's amount. ``WHOLE_NOUNS`` are the nouns of such a phrase, as stems a word
# holds (any ending, any compound: "pakiet" in "pakietu", "paket" in "Hilfspaket");
# ``WHOLE_WORTH`` the words between that noun and the whole's amount ("worth", "o wartości").
WHOLE_NOUNS = (
    "paquete",
    "fondo",
    "partida",
    "presupuesto",
    "programa",
    "tramo",
    "importe",
    "suma",
    "total",
    "dotación",
    "préstamo",
    "instrumento",
    "mecanismo",
    "plan",
    "bolsa",
)
WHOLE_WORTH = (
    "de",
    "por valor de",
    "valorado en",
    "valorada en",
    "por un total de",
    "por un importe de",
    "dotado con",
    "dotada con",
)

# Headings of a pasted table's column that numbers its rows: identifiers, no money
# (aidcalc.news.header_tables).
ID_HEADERS = ("n.º", "nº", "núm.", "número")

# Headings of a pasted table's label column that name recipients, not givers
# (aidcalc.news.article_tables).
RECIPIENT_HEADERS = ("destinatario", "beneficiario", "país receptor", "destino", "finalidad")

# A correction note (aidcalc.news.corrections): its label before a colon ("Correction:"), the
# phrases naming the figure an earlier version gave (retracted), and a "not" before a retracted
# figure in the note ("…, not 257 million").
CORRECTION_LABELS = ("corrección", "fe de erratas", "rectificación")
EARLIER_VERSION = ("una versión anterior", "una versión previa")
CORRECTION_NOT = ("no", "y no")
# Words in a sentence naming an earlier version that introduce the right figure after the
# retracted one ("…; the correct figure is …"; aidcalc.news.corrections).
# Phrases naming what was reported before ("it was earlier reported"): a retracted figure only when
# a word of CORRECT_FIGURE follows in the same sentence (aidcalc.news.corrections).
EARLIER_REPORT = ("inicialmente se informó", "se había informado", "en un principio se informó")
CORRECT_FIGURE = ("correcta", "correcto", "en realidad", "corrigió", "rectificó")

# A person's titles (aidcalc.news.persons): a country name right after one, perhaps after
# first names, is a surname ("o primeiro-ministro, Luís Montenegro").
PERSON_TITLES = (
    "presidente",
    "presidenta",
    "primer ministro",
    "primera ministra",
    "ministro",
    "ministra",
    "canciller",
    "embajador",
    "embajadora",
    "señor",
    "señora",
)

# Phrases opening a sentence that break down a total said a sentence or a few before; "#" is
# the number the total is restated by (aidcalc.news.parts.opens_breakdown).
BREAKDOWN_OPENERS = (
    "de ellos",
    "de ellas",
    "de esa cantidad",
    "de esta cantidad",
    "de ese importe",
    "de este importe",
    "de esa suma",
    "de esta suma",
    "del total",
    "de los #",
    "de estos #",
)
# The rest of a whole, right after an amount ("10 millions restants"): a part too.
REST_AFTER = ("restantes", "restante")

# Nouns of war and invasion (our own list, issue F10/F11 of trial 13): a demonym right beside
# one ("Russian invasion", "invasão russa") names the aggressor, never a recipient
# (aidcalc.news.donors).
WAR_NOUNS = "invasión invasion* guerra* agresión agresion* ataque* ofensiva* ocupación"
# Words saying a sentence's money comes on top of what an earlier sentence stated ("will also
# give"): its row is new, never the earlier sentence's running total (aidcalc.news.candidates).
ON_TOP = ("también", "además", "adicionalmente", "asimismo")
# Phrases restating the value of a package named before ("total value of"): the package's own
# pledge, not a running total of all aid (aidcalc.news.candidates.bases_of).
PACKAGE_VALUE = ("valor total de", "un valor total de", "valor global de")

# Words of a state's budget or spending frame: with a year beside them, the amounts after them
# are that year's allocation of the budget's country (aidcalc.news.budget_lines).
BUDGET_NOUNS = "presupuesto presupuestos"

# Phrases dating a sentence's money on the day of the sentence before it ("the same day"):
# aidcalc.news.candidates takes the day of the latest earlier row that states one.
SAME_DAY = ("el mismo día", "ese mismo día")

# The word for "today": the day its text counts from, a dateline's when one stands above it
# (aidcalc.news.dates.today_date).
TODAY = ("hoy",)
# Channel words (issue actors15): phrases, folded, before the organisations that pay the money
# out for a giver ("via UNDP and the EU"): such an organisation, and the ones joined to it, is a
# channel, neither giver nor recipient (aidcalc.news.donors).
CHANNEL_WORDS = (
    "a través de",
    "vía",
    "por medio de",
    "mediante",
    "por conducto de",
)
# Venue words (issue actors15): stems of the nouns of an event ("ceremony", "conference",
# "summit", "meeting"); a place after one and a word of place ("at a ceremony in Paris") is
# where it happens, never a giver or recipient (aidcalc.news.donors).
VENUE_WORDS = (
    "ceremonia",
    "conferencia",
    "cumbre",
    "reunión",
    "encuentro",
    "foro",
)

# Verbs of a sum of aid (pledgefaults16), an aid noun (``AID_NOUNS``, no whole's noun of
# ``WHOLE_NOUNS``) their subject before them and the amount right after them: a sum reached
# (``REACH_VERBS``: the aid given so far, cumulative, an allocation: "Germany's aid to Ukraine
# reached €5bn") or a sum the aid came to (``SUM_VERBS``: an allocation, its basis left to the
# other words; a year's aid may come to it). ``REACH_VERBS_AFTER``: verb last, the amount right
# before it (``aidcalc.news.reached``).
REACH_VERBS = (
    "alcanzó",
    "ha alcanzado",
    # the present of a standing total: the aid so far
    "asciende ya a",
    "asciende ahora a",
    "alcanza ya",
)
RANKING_AFTER = ("sigue siendo la mayor", "sigue siendo el mayor", "es la mayor", "es el mayor")
SUM_VERBS = ("ascendió a", "ascendía a")

# Participles of acts of war (pledgefaults16): a country right after one, an agent's word or
# determiners between ("occupied by Russia", "оккупированные Россией"), or after an agent's
# word right before one ("von Russland besetzten"), wages the war: no actor of aid
# (``aidcalc.news.donors.aggressor``).
WAR_PARTICIPLES = "ocupad* anexionad* destruid* bombardead*"

# Nouns of an appeal or a call for money, and forms of asking the request verbs miss
# (aidcalc.news.not_giving): money an appeal asks for is a request, no pledge of the one
# appealing. Merged into NOT_GIVING's "request" cues (aidcalc.words.build).
APPEAL_WORDS = ("llamamiento*", "plan de respuesta humanitaria")

# Head nouns of an organisation's name ("*" ends a prefix; a leading "*" a compound's head):
# one in the subject of a giving verb where no known giver stands names a giver the gazetteer
# does not know, never an earlier sentence's donor (aidcalc.news.donors).
ORGANISATION_NOUNS = (
    "banco",
    "fondo",
    "agencia",
    "fundación",
    "programa",
    "organización",
    "corporación",
)

# Words between a noun of an event and the country it is about ("the conference on Lebanon"):
# that country receives the event's money, never gives it (aidcalc.news.donors).
EVENT_TOPICS = "sobre para"

# Coins and notes after a currency: a face value counted ("10 thousand 2 euro coins"): a
# bare number after a thousand before it is no addend (``number_spans.face_value_after``).
COIN_NOUNS = ("moneda", "monedas", "billete", "billetes")

# Possessive determiners: after a verb of change they make its object the giver's own
# ("raised its total commitment … by €2m to €5m": a change, ``aidcalc.parsing.changes``).
POSSESSIVE_DETERMINERS = ("su", "sus")
