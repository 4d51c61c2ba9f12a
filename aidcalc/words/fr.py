"""French (fr): qualifiers, range words, restatement links, news cues, date words, language
inference, place short forms and sentence abbreviations, as plain data.

Curated by the project from news text in French (aid announcements and reports); no outside word
list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``).
NEGATIONS = ("pas", "ne pas")

QUALIFIERS = {
    "approx": [
        "environ",
        "près de",
        "près d'",
        "quelque",
        "autour de",
        "approximativement",
        "env.",
    ],
    "over": [
        "plus de",
        "au moins",
        "au-delà de",
        "plus d'",
        "dépasse",
        "dépassent",
        "a dépassé",
        "ont dépassé",
        "excède",
        "dépasse les",
        "dépasse désormais",
    ],
    "under": ["moins de", "presque", "moins d'"],
    "up_to": ["jusqu'à", "jusqu'a", "au maximum", "au plus"],
}

# Qualifiers written after the amount, at the end of its clause ("5 millions d'euros ou plus"):
# over, and "or less", at most (``aidcalc.parsing.grammar``: a word for "than" after
# them is no end)
QUALIFIERS_AFTER = {"ou plus": "over", "ou moins": "up_to"}

# Verbs of exceeding ("exceeds"): an amount they stand before in its clause, its subject
# between ("Seit Kriegsbeginn übersteigt die Hilfe 30 Mrd. Euro"), is a lower bound,
# qualifier ``over`` (aidcalc.news.exceeds).
EXCEED_VERBS = "dépasse dépassent dépassé excède excèdent"

# Words that join main and minor units ("20 dollars and 43 cents").
CONJUNCTIONS = ("et",)

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("soit", "ou", "c'est-à-dire", "c est à dire")

# Words between a scale word and a currency name that tell the language ("millions of").
FILLERS = ("d", "de")

# Words after which a currency name may lead its number ("at dollar 22.5 million").
NAME_MAY_FOLLOW = ("en", "de", "à")

# Words that join the low and high ends of a range.
RANGE_JOINERS = ("à", "et")

# Joiners that make a range without an opener ("300 to 400 million").
RANGE_JOINERS_ALONE = ("à",)
# A range word that also gives the price of each ("3 lots à € 5 000 pièce"): between a bare
# number and a top that writes its currency sign first it is that price, not a range.
PRICE_EACH_WORDS = ("à",)

# Words that open a range ("between").
RANGE_OPENERS = ("entre",)
# Articles that may stand before each end of a range after an opener ("tra i 5 e i 10").
RANGE_ARTICLES = ("les",)

# Words before a range's low end that open it only with one of this language's joiners
# after that end ("from 2 to 3 million"); ordinary words elsewhere, so never a range opener
# alone.
RANGE_FROM = ("de",)

# News cues (``aidcalc.news.cues``): a cue is a word or phrase, ``*`` ends a prefix, ``####``
# stands for a year. Verbs whose subject gives or gets; "aux" are auxiliaries.
VERBS = {
    "give": (
        "fournit fourni* débloqu* accord* allou* annonc* promis promet* engag* "
        "versé* verse* donn* livr* octroy* consacr* apport* financ* envoy* enverr* envoi* "
        "attribu* décaiss* offert offrira ajouté ajoute ajoutera"
    ),
    # thanking reverses the roles as receiving does: the one thanked gives
    "receive": "recevr* reçoit reçu* recev* obtien* obtenu* remerci*",
    "aux": "a ont avait avaient va vont sera seront",
}

# Words that tell a pledge's category.
CATEGORIES = {
    "military": (
        "militaire* drone* missile* munition* défense aérienne défense antiaérienne "
        "blindé* char chars guerre électronique arme armes armement* artillerie* "
        "obus hélicoptère* roquette* explosif* projectile*"
    ),
    "financial": (
        "soutien budgétaire aide budgétaire prêt prêts subvention* financi* "
        "macrofinanci* macro-financi*"
    ),
    "humanitarian": (
        "humanitaire* hiver* énergéti* énergie* générateur* médica* alimentaire* réfugié*"
    ),
}

# Words that make an amount a running total.
BASIS = {
    "cumulative": (
        "au total en tout jusqu'à présent jusqu'ici depuis à ce jour total de globalement cumul*"
    ),
    "already": "déjà",
}

# Words that make an amount a pledge: announced, planned, promised, future.
INTENTION = {
    "pledge": "annonc* promis promet* prévoit prévu* va vont compte entend* sera seront décid*",
}

# Words that tell the measure of an amount (docs/extraction.md, "Measure").
MEASURE = {
    "allocation": (
        "allou* allocation* fourni débloqu* livré* livra* transféré* "
        # the past of giving: given is delivered ("L'Allemagne a donné 3 milliards")
        "donné donna donnèrent"
    ),
    # money received ("received … from", "надійшло від") has been paid out: a disbursement
    "disbursement": ("décaiss* versé* versement* reçu reçue reçus"),
    "commitment": "engag*",
}

# The future tense (a month after the publication month is then ahead, not behind).
FUTURE = {
    "future": "va vont sera seront livrera fournira",
}

# Cues above that are phrases of several words.
CUE_PHRASES = (
    "défense aérienne",
    "défense antiaérienne",
    "guerre électronique",
    "soutien budgétaire",
    "aide budgétaire",
    "au total",
    "en tout",
    "jusqu'à présent",
    "à ce jour",
    "total de",
)

# Words before a date that make it the start of a period, not the value date.
SINCE = ("depuis",)

# Words before a bare year that make it a value date ("in 2023").
IN_YEAR = (
    "en",
    "au",
    "en l'an",
    "en l'année",
    "au cours de l'année",
    "dans l'année",
)  # "en l'an 2023"
# Phrases before a list of years, each the year of one amount of a list before it ("€5m, €6m
# and €7m in 2024, 2025 and 2026": aidcalc.news.dates.respective_years).
IN_YEARS = ("pour", "en")
# The ordinal ending of the first day of a month ("le 1er mars").
DAY_SUFFIXES = ("er",)

# Phrases naming a year relative to the publication date, with the years they add to its
# year (aidcalc.news.dates): "last year" is -1.
RELATIVE_YEARS = (
    ("l'an dernier", -1),
    ("l'année dernière", -1),
    ("l'an passé", -1),
    ("l'année passée", -1),
    ("cette année", 0),
    ("l'an prochain", 1),
    ("l'année prochaine", 1),
)
# Phrases naming a year from the year named before them in the sentence, with the years they
# add to it (aidcalc.news.dates): "the year before" is -1.
ANCHORED_YEARS = (
    ("l'année précédente", -1),
    ("un an plus tôt", -1),
    ("l'année d'avant", -1),
    ("un an auparavant", -1),
    ("l'année suivante", 1),
    ("un an plus tard", 1),
)
# Nouns of a country's economy (GDP): a year right after them, or before them, is the
# year of that measure and dates no amount (aidcalc.news.dates).
ECONOMY_NOUNS = ("PIB",)
# Relative pronouns opening a clause after a comma ("Japan, which gave $1bn in 2023, …"): a date
# in that clause is its own amount's, never the date of the rest of the sentence.
RELATIVE_WORDS = "qui lequel laquelle lesquels lesquelles"
# Words right before a RELATIVE_YEARS phrase that make it a comparison, no date ("the same as
# last year", "up from last year").
# Words opening a clause after a comma that liken the sentence's giving to another's
# ("France pledged €5m, matching the pledge of Germany", "…, as did Germany"): a country
# in that clause is compared with, no recipient (``aidcalc.news.donors``).
LIKENESS_OPENERS = (
    "comme",
    "tout comme",
    "à l'instar de",
    "autant que",
    "plus que",
    "moins que",
    "contrairement à",
)

COMPARED_WORDS = (
    "comme",
    "plus que",
    "moins que",
    "qu'en",
    "par rapport à",
)

# Frequent function words, for telling the language of a text.
# "d" and "qu" are the elided "de" and "que" before a vowel ("millions d'euros", "qu'il"), which
# the words of a text split at the apostrophe: Romanian writes neither ("La Belgique a promis
# 100 millions d'euros." scored Romanian on "la" and "a").
# "de" and "en" French writes as Spanish, Portuguese and Romanian do (and "en" the
# Scandinavian languages), and the elided "l" as Italian does, listed by each: unlisted, a
# French sentence whose "é" Spanish shares read Spanish ("L'argent sera versé en mars.").
STOP_WORDS = "le la les et des du est pour une dans sur au aux par qui que d qu de en l"

# Letters that tell this language among the supported ones of its script; a letter several
# languages list counts less for each (aidcalc.parsing.language): French writes "â", "î", "ô"
# too ("théâtre", "île", "côté"), which Romanian or Portuguese share.
LETTERS = "éèêàçùœâîô"

# Short forms and codes of countries in news text (matched exactly, case kept; in
# inflected languages a stem).
PLACE_SHORT_FORMS = {
    "UE": "EU",
    "USA": "USA",
    "Commission européenne": "EU",
    "Grande-Bretagne": "GBR",
    "Palestine": "PSE",
}

# How many letters may follow a place name's form in a word (inflection, endings).
EXTRA_LETTERS = 3

# Abbreviations that end in a period inside a sentence (folded, without the period).
ABBREVIATIONS = "mme mlle cie av"

# --- Who gives (aidcalc.news.institutions, aidcalc.news.donors) -------------------------------
# A block of its own: the words that tell which country or body a pledge's giver is (see en.py
# for what each name means).

INSTITUTIONS = {
    "": (
        "gouvernement*",
        "gouvernement* fédéra*",
        "cabinet",
        "parlement*",
        "ministère de la Défense",
        "ministère des Affaires étrangères",
        "ministère des Finances",
        "ministère*",
        "ministre de la Défense",
        "ministre des Affaires étrangères",
        "ministre des Finances",
        "ministre*",
        "Premier ministre",
        "président*",
        "chancelier*",
        "forces armées",
    ),
    "FRA": (
        "ministère des Armées",
        "ministre des Armées",
        "Élysée",
        "Elysée",
        "Matignon",
        "Quai d'Orsay",
    ),
    "USA": (
        "Pentagone",
        "Maison Blanche",
        "Maison-Blanche",
        "Congrès américain",
        "département d'État",
    ),
    "DEU": ("Bundestag", "Bundeswehr"),
    "GBR": ("Downing Street",),
    "EU": (
        "Commission européenne",
        "Conseil européen",
        "Conseil de l'UE",
        "Conseil de l'Union européenne",
        "Parlement européen",
        "Facilité européenne pour la paix",
    ),
    "EIB": ("Banque européenne d'investissement", "BEI"),
    "EBRD": ("Banque européenne pour la reconstruction et le développement", "BERD"),
    "WBG": ("Banque mondiale",),
    "IMF": ("Fonds monétaire international", "FMI"),
    "IDB": ("Banque interaméricaine de développement", "BID"),
    "AFDB": ("Banque africaine de développement", "BAD"),
    "ADB": ("Banque asiatique de développement", "BAsD"),
    "ISDB": ("Banque islamique de développement", "BIsD"),
    "AIIB": ("Banque asiatique d'investissement dans les infrastructures", "BAII"),
    "CEB": ("Banque de développement du Conseil de l'Europe",),
    "CAFDB": ("Banque de développement de l'Amérique latine",),
}

AID_NOUNS = (
    "aide* soutien* contribution* financement* enveloppe* don dons prêt* subvention* "
    "paquet* engagement* promesse*"
)

# Phrases that make the money of a sentence a collective one, with no single donor
# ("pledges from 14 governments", "together with other lenders, Japan …").
COLLECTIVE_DONORS = (
    "avec d'autres",
    "conjointement avec d'autres",
    "les promesses de",
    "les engagements de",
    "pays ont promis",
    "pays se sont engagés",
    "les donateurs",
    "pays donateurs",
    "les pays du G7",
    "au total ont été promis",
    "la conférence a permis de lever",
    "la conférence a permis de réunir",
)

AGENT_MARKERS = "par"
# Words before a country after a part of a whole that name where the part comes from, its
# giver ("Of that, €1bn will come from Germany"; aidcalc.news.donors.part_source).
PART_SOURCES = "de du des d"
# Auxiliaries of the passive ("L'Égypte a été dotée de … par la France"): the subject
# receives, the agent after "par" gives.
PASSIVE_AUXILIARIES = "été est sont fut furent sera seront"
RECIPIENT_MARKERS = "à au aux pour vers"
# Words before a way or model of giving ("through the Danish model"): a nationality adjective
# after them names no actor (aidcalc.news.donors).
MEANS_MARKERS = "via selon suivant"
DETERMINERS = "la le l les"
GENITIVE_LINKS = "de du des d"
# Nouns of a state's form between an office and its country ("le gouvernement de la République de
# Pologne"): the country still owns the office (aidcalc.news.donors).
STATE_NOUNS = "république royaume"
# Stems of a fund's or programme's noun, held in a word ("le fonds énergétique de l'Ukraine"):
# the country its genitive link names owns the fund and receives, never gives
# (aidcalc.news.donors).
FUND_NOUNS = ("fonds", "programme")
SEAT_LINKS = "à"
# Meetings named by their city ("the Paris conference"): that capital is a venue, no actor.
MEETING_WORDS = "conférence sommet réunion"
# Verbs of being between an amount and the same money in another currency ("C$40 million is
# roughly US$28 million"): the second restates the first (aidcalc.news.restated).
COPULAS = "est était équivaut équivalent équivalente correspond"
# Subjects naming the money said just before, opening a sentence that only restates it in another
# currency ("Cette somme équivaut à environ 10,8 millions de dollars"): that amount is the same
# money, no second pledge (aidcalc.news.restated).
RESTATING_SUBJECTS = (
    "cette somme",
    "ce montant",
    "cette enveloppe",
    "la somme",
    "le montant",
)

PART_BEFORE = (
    "dont",
    "sur le total,",
    "sur ce total",
    "y compris",
    "parmi lesquels",
    "sur cette somme",
    "sur ce montant",
    "de cette somme",
    "de ce montant",
    "comprenant",
    "répartis entre",
    "réparti entre",
    "répartie entre",
    "comprend",
    "inclut",
    "en tête avec",
    "dans le cadre du paquet",
    "dans le cadre de ce paquet",
    "dans le cadre de cette enveloppe",
    "dans le cadre de l'enveloppe",
)
# Verbs saying a package holds what follows: an amount after one is a part of it.
PART_CONTENTS = (
    "comprend",
    "inclut",
    "contient",
    "se compose de",
)
PART_AFTER = ("de cette somme", "de ce montant")

# Words saying the givers before them give one sum together: no single donor.
JOINT_DONORS = ("conjointement",)
# Words between a list item's giver and its amount saying it is more ("and Japan another
# $2bn"): the giver still opens the item.
FURTHER_AMOUNT = ("encore", "autres", "supplémentaires")
# Words in an amount's clause saying it is given once more ("gave €3bn again"): a new
# pledge, never a repeat of an earlier row (aidcalc.news.dedup.says_further).
AGAIN_WORDS = (
    "à nouveau",
    "de nouveau",
)
# Words right after an amount saying it comes on top of an earlier one ("DKK 9.7bn more"):
# a new pledge, never a repeat of the earlier one.
FURTHER_AFTER = ("de plus", "supplémentaires", "en plus")
# Words that make an amount the sum of the amounts beside it ("a combined €5bn", "in total").
SUM_WORDS = ("au total", "en tout", "au total de", "cumulés", "un total de")
# Words right before a whole whose parts follow ("Of the €5bn, €3bn came from …").
WHOLE_BEFORE = ("sur les", "des", "sur ces", "de ces")
# Labels of a table row or list item that sums the items before it (aidcalc.news.lists).
TOTAL_LABELS = ("total", "sous-total", "total général", "somme", "ensemble", "au total")
# Labels of a list item or table row of givers no name says ("- Others: €1bn",
# aidcalc.news.lists): money of no one country.
OTHER_LABELS = ("autres", "autres donateurs", "autres pays", "divers", "reste")
# A quote's speaker: the verbs of saying after a quote, the words of the first person plural
# inside it, and the endings of a giving, asking or needing verb in the first person plural for
# a language that drops the pronoun (“We will give …,” said the Japanese prime minister: Japan
# gives; “We need …,” said the Ukrainian president: Ukraine asks).
SPEECH_VERBS = (
    "déclaré déclare dit affirmé affirme souligné souligne indiqué indique écrit précisé précise"
    " annoncé selon"
)
WE_WORDS = "nous notre nos"
WE_ENDINGS = ()
# Words pairing several givers with several amounts in order: no joint sum.
RESPECTIVELY = ("respectivement",)
# The thanking verbs among the receiving ones: the one thanked gives ("thanked Berlin for
# €3bn"), and a later amount is not that giver's by default (aidcalc.news.donors).
THANKING = ("remerci*",)
# The country whose offices this language's press names without naming it ("the
# government"): the donor of such an office when no country is named (an assumption).
HOME_COUNTRY = "FRA"

# Words between a part and its whole when only the whole writes the currency: the part is in
# the whole's currency ("3 milliards sur les 9 milliards d'euros"; ``aidcalc.parsing.shared``).
PART_OF_LINKS = ("sur", "sur les", "des")

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("et", "ainsi que")
LIST_OR = ("ou",)

# The word for the decimal mark in a number spelled out ("two point five"): a decimal
# written in words, read in English, refused in the others (never the part after it).
DECIMAL_WORDS = ("virgule",)

# Fractions before a spelled number, which are not read (a third is no Decimal): the
# text is refused, never read as the number after them; ``FRACTION_LINKS`` may stand
# between ("a third of a billion").
UNREAD_FRACTIONS = (
    "tiers",
    "cinquième",
    "cinquièmes",
    "dixième",
    "dixièmes",
    "moitié",
    "quart",
    "quarts",
)
FRACTION_LINKS = ("de", "d")

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = ("dont", "parmi lesquels", "et encore", "encore")
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("pour", "à", "en", "au", "aux")
# A reflexive pronoun before a verb after such an amount ("4 millones se destinarán a …").
REFLEXIVE_PRONOUNS = ("se",)
# Verbs of money going somewhere after such an amount ("4 millions iront à …").
PART_VERBS = (
    "iront",
    "ira",
    "vont",
    "va",
)

# Words that may stand between a scaled number and the currency name it counts ("900 million
# emergency euros", "20 million additional dollars").
AMOUNT_ADJECTIVES = ("nouveaux", "supplémentaires")

# Everyday words CLDR also gives as a currency name: "sol" (the ground).
COMMON_NOUNS = "sol"
# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("un milliard"): {word: value}.
COUNT_WORDS = {
    "un": "1",
    "une": "1",
    # a demonstrative points at one ("ce milliard d'euros": this one billion)
    "ce": "1",
    "cet": "1",
    # a quarter of a scale, after "un" ("un quart de million d'euros": 250,000)
    "quart": "0.25",
    # small counts, read the same way before a scale word of this language ("tre miljarder")
    "deux": "2",
    "trois": "3",
    "quatre": "4",
    "cinq": "5",
    "six": "6",
    "sept": "7",
    "huit": "8",
    "neuf": "9",
    "dix": "10",
    "cent": "100",
}

# Words that make an amount asked for or refused rather than given (``aidcalc.news.candidates``:
# the row is kept, with status "rejected" and the reason in ``evidence``).
NOT_GIVING = {
    "contrast": "non seulement pas seulement",
    "request": "demand* sollicit* réclam* exhort*",
    "wish": "veut besoin besoins",
    "denial": "dément* démenti* nié nie",
    "refusal": "refus* rejet* bloqu*",
    "negation": "ne pas jamais",
}
# Words after a request that open what the one asked is to do ("asked Germany to give …"):
# a giving verb after one is the thing asked for, no gift (aidcalc.news.not_giving).
REQUEST_LINKS = "de d"

# Phrases of the NOT_GIVING cues above.
CUE_PHRASES = (*CUE_PHRASES, "non seulement", "pas seulement")

# A change of a value, not a range: the word before the first number, the word between the
# two, and verbs of change (``*`` ends a prefix), one standing before the first
# ("est passée de 2 à 3 milliards": two amounts).
CHANGE_FROM = ("de", "d")
CHANGE_TO = ("à",)
CHANGE_VERBS = (
    "passé", "passée", "passés", "passées", "passe", "passent", "passera", "passait",
    "augment*", "diminu*", "baiss*", "grimp*", "chut*", "recul*", "doublé*", "réduit*",
    "relevé*", "porté", "portée", "portés", "portées", "rehaussé*", "abaissé*", "ramené*",
    # issue 9 parser9: verbs of change the press uses that the table lacked
    "porte", "portent", "porter", "portera", "porteront", "portait", "passer", "relève",
    "relèvent", "relever", "relèvera", "rehauss*", "doubl*", "tripl*", "abaiss*", "ramène",
    "réduire",
)  # fmt: skip

# Words before an amount that give a value it is compared with, not a new one
# ("3 milliards d'euros, contre 2 milliards": the second is the value before).
PREVIOUS_VALUE_CUES = (
    "contre",
    "au lieu de",
    "après",
)

# Nouns that label a numbered part before a dash ("Tranche 2 – 500 Mio. €", "Phase 3 – €2m"):
# the number after one is the label's, never a range's low end (issue 9 faults6 A8)
LABEL_NOUNS = (
    "tranche",
    "phase",
    "étape",
    "paquet",
    "volet",
    "article",
    "annexe",
    "lot",
    "chapitre",
    "section",
    "partie",
    "pilier",
    "résolution",
    "zone",
    "paragraphe",
    "alinéa",
    "art.",
)

# the word for "plus" between two numbers: a sum ("2 plus 3"), never a list
PLUS_WORDS = ("plus",)

# A product in words before an amount ("3 times £50m"): words after a count that multiply
# it, one-word factors, and a word for "each" after them (aidcalc.parsing.products).
MULTIPLY_WORDS = ("fois",)
# Verbs multiplying an amount ("doubled its €5m pledge", "verdoppelte seine Zusage von 5 Mio.
# Euro"): the amount after them is the value before the change, the new one not written, no
# pledge (aidcalc.news.beside; "*" ends a prefix)
MULTIPLIED_VERBS = "doublé doubler doublera doublent triplé tripler triplera quadruplé"

# Words right before the size of a change stated without the value after ("an increase of
# €800m"): a pledge row of the amount added, none of a cut (aidcalc.news.changes).
CHANGE_ALONE = {
    "up": [
        "une hausse de", "hausse de", "une augmentation de", "augmentation de", "augmenté de",
        "relevé de",
    ],
    "down": [
        "une baisse de", "baisse de", "une réduction de", "réduction de", "diminué de", "réduit de",
    ],
}  # fmt: skip

# Words that may follow a value before written without its currency: its time, not a noun it
# counts ("5bn a year ago", not "5 million people"; aidcalc.parsing.changes).
BEFORE_VALUE_TIMES = ("l", "un", "auparavant", "avant", "précédemment", "en", "au")

# Words that open a sentence as its subject and name no one ("It pledged …", "Ils ont
# promis …"): a capitalised first word that is none of them and stands right before a giving
# verb (one auxiliary between at most) or a possessive is an unknown giver's name ("Korea
# pledged …"), never the earlier donor. Only for a language whose sentences open with their
# subject (not es/it/pl/uk, which drop it: "Allí prometió"; not nl/de, verb second).
SUBJECT_PRONOUNS = ("il", "elle", "ils", "elles", "on", "nous", "celui", "ceux", "cela", "ce")

# Words right beside a single amount given by several joined givers, saying each gives it
# ("Spain and Italy pledged €20m each", "jeweils 20 Millionen"): one row per giver.
EACH_WORDS = ("chacun", "chacune")

# Money beside a pledge that is no pledge of the sentence's giver (``aidcalc.news.beside``):
# a difference ("1 milliard d'euros de plus que la France"), money set against the pledge
# ("loin des 5 milliards …") and relative pronouns ("les 5 milliards que Kiev demandait").
COMPARED_AFTER = ("de plus que", "de moins que", "de plus qu", "de moins qu")
SET_AGAINST = (
    "une fraction des",
    "une fraction de",
    "loin des",
    "loin de",
    "comparé aux",
    "comparé à",
    "par rapport aux",
    "par rapport à",
    "contre",
)
RELATIVE_PRONOUNS = "que qu"
# Words opening a relative clause after a comma (", which has asked for …,"): a request
# inside it governs only the amounts of that clause (aidcalc.news.not_giving).
RELATIVE_CLAUSE_WORDS = "qui que qu dont lequel laquelle"
# Verbs of an actor spending on itself: money so spent is no aid.
SPENDING_VERBS = "dépense dépensent dépensé dépensait"
# Budget nouns: an amount that is their value is the owner's own money, no aid.
OWN_BUDGETS = (
    "budget militaire",
    "budget de la défense",
    "budget de défense",
    "dépenses militaires",
    "budget de l'État",
)
# Possessives of the subject after a spending verb's amount: spent on itself ("its army").
OWN_POSSESSIVES = "son sa ses leur leurs propre propres"
# Nouns of an actor's own ends after a possessive of OWN_POSSESSIVES: its own money, no aid.
OWN_ENDS = (
    "armée armées militaires troupes soldats citoyens population ménages agriculteurs "
    "industrie économie budget défense police frontières retraites retraités"
)

# A value before a change written after the value after ("raised its aid to €8bn, after €5bn
# last year"): the word before it, then a phrase of a past period after it
# (``aidcalc.parsing.changes``).
AFTER_VALUE_WORDS = ("après",)
PAST_PERIODS = (
    "l'an dernier",
    "l'an passé",
    "l'année dernière",
    "l'année précédente",
    "un an plus tôt",
    "un an auparavant",
)

# Phrases of the rate a restatement was converted at, written after it ("€3bn – roughly $3.2bn
# at current rates –"): part of the aside (``aidcalc.parsing.restatements``).
RATE_PHRASES = ("au taux actuel", "au taux de change actuel", "au cours actuel", "au taux du jour")

# A running total said after a new amount: a verb, up to a few words ("…" in a frame), then a
# word for "to" right before the amount ("…, bringing their combined aid to more than €12bn"):
# that amount is cumulative (``aidcalc.news.candidates.bases_of``).
TOTAL_FRAMES = ("portant … à", "porte … à", "ce qui porte … à")
# A new level set for a whole (trial 15, F8): a verb of raising, up to a few words, the word for
# "to" right before the amount, and among those words a noun of ``LEVEL_NOUNS``: the whole's new
# size, no new money (cumulative).
RAISE_FRAMES = (
    "relever … à",
    "relève … à",
    "relevé … à",
    "augmenter … à",
    "augmente … à",
    "augmenté … à",
    "porter … à",
    "porté … à",
)
LEVEL_NOUNS = "enveloppe* programme* fonds plafond* paquet* engagement* promesse*"

# The whole a share is taken of, after a share word and before an amount set off ("a third of
# the package (€1.3bn)"): that amount is a part of the amount before (``aidcalc.news.parts``).
SHARE_WHOLES = (
    "du paquet",
    "de l'aide",
    "de l'enveloppe",
    "de la somme",
    "du montant",
    "du programme",
)
SHARE_OF_LINKS = ("de", "du", "des", "d", "sur")
REST_WORDS = ("le reste", "le solde")

# Phrases naming the calendar week before the publication's (aidcalc.news.dates,
# docs/extraction.md): a date approximate to the week, dated by the month of its Thursday.
RELATIVE_WEEKS = (
    ("la semaine dernière", -1),
    ("la semaine passée", -1),
)

# Phrases beside an amount that make it a yearly amount, one year's instalment of a
# period (aidcalc.news.yearly): "€4bn a year", "jährlich 4 Mrd. Euro", "4 mld zł rocznie".
PER_YEAR = (
    "par an",
    "par année",
    "chaque année",
    "annuellement",
    "l'an",
)
# Words right after a PER_YEAR phrase that make it a time, no rate ("a year ago").
PER_YEAR_NOT_BEFORE = ("dernier", "passé", "prochain")
# A rate per unit, no total: these words right after an amount, then a lower-case noun
# ("500 euros par famille" (not "par la France": a determiner or a name follows)).
# No pledge row counts it (aidcalc.news.beside); a PER_YEAR phrase is yearly instead.
PER_UNIT = ("par",)
# Nouns of the parts a sum is paid in: "two tranches of €5m" is one of several, no total
# (aidcalc.news.beside)
PART_UNIT_NOUNS = ("tranche", "tranches", "versement", "versements", "paiement", "paiements")
# Times after a slash or a pace ("€5m/month"): money given at a pace, no rate of a unit
PACE_NOUNS = ("an", "année", "mois", "semaine", "jour")
# Words after a word of PER_UNIT that make no rate (idioms, percent, a determiner)
PER_UNIT_NOT = (
    "ailleurs",
    "décret",
    "voie",
    "le",
    "la",
    "les",
    "exemple",
    "conséquent",
    "contre",
    "rapport",
    "an",
    "année",
)
# Words before a year, or before an IN_YEAR phrase, that make the year the end of a period,
# no value date ("jusqu'en 2027"; aidcalc.news.dates); UNTIL_LINKS may stand between.
UNTIL = ("jusqu",)
UNTIL_LINKS = ("en", "à", "la", "l", "fin", "de", "année")
# words joining the two years of a span ("2025 to 2027"), beside UNTIL (aidcalc.news.yearly)
SPAN_LINKS = ("à", "au")
# phrases saying an amount is spread over several years ("multi-year"; a stem may end a word),
# found in its clause (aidcalc.news.yearly.several_years)
SEVERAL_YEARS = ("pluriannuel", "sur plusieurs années")
# Words between an amount and a figure the parser reads as no amount ("60 million", no
# currency) that put the figure in a clause of another time, a comparison or a past
# perfect's auxiliary: "…, contre 60 millions l'an dernier" dates the figure only
# (aidcalc.news.figures).
OTHER_TIME_WORDS = ("avait", "avaient", "contre", "par rapport à", "comparé à")

# Money that is no gift, whoever's it is (aidcalc.news.other_money): {kind: words}; a word
# ending in "*" stands for every word it begins, words with a space for that phrase.
OTHER_MONEY = {
    # a need stated as a noun (KINDS_STATED: no gift in a clause with no giving verb)
    "need": (
        "besoins de financement",
        "besoin de financement",
        "besoins de reconstruction",
        "déficit de financement",
    ),
    "damage": (
        "détruit détruite détruits détruites détruisant destruction destructions dégâts dommages"
        " endommagé*"
    ),
    "loss": "perdu perdue perd perdent perte pertes",
    "cost": ("coût de la guerre",),
    "trade": "commerce échanges exportations importations vendu vendus",
    "revenue": "recettes revenus",
    "debt": "dette dettes",
    # Figures stated, not given: they count in a clause with no giving verb (KINDS_STATED).
    "estimate": (
        "coûtera coûteront coûterait coûteraient estime estiment estimé estimée estimés "
        "estimées évalue évaluent évalué évaluée évalués évaluées chiffré chiffrée chiffrés"
    ),
    "stock": ("réserves", "pib", "déficit", "financement extérieur", "financements extérieurs"),
    "conditional": (
        "représenterait",
        "représenteraient",
        "signifierait",
        "équivaudrait",
        "reviendrait à",
    ),
    # A figure stated by a valuation verb: no pledge unless aid is its subject (KINDS_STATED).
    "valuation": (
        "s'élève à",
        "s'élèvent à",
        "s'élevait à",
        "s'élevaient à",
        "se monte à",
        "se montent à",
        "s’élève à",
        "s’élèvent à",
    ),
    # the price of a thing, stated: no gift in a clause with no giving verb (KINDS_STATED)
    "price": "coût coûts coûte coûtera prix",
}
# Words that may stand between an amount and a word of OTHER_MONEY after it ("€2bn in
# damage"); any other word between ("€500m for damage repair") keeps it apart.
OTHER_MONEY_LINKS = "de d"

# Words in a quote naming its speakers as the givers of money it receives ("Ukraine will get
# €2bn from us"): the speaker's country gives (aidcalc.news.donors, rule 4).
FROM_US = ("de notre part", "de nous")
# Words opening a clause of another subject after an amount ("…, while France will consider
# …", "…, tandis que la France envisage …"): the country right after them (articles between)
# is the subject of its clause, whatever its verb (aidcalc.news.donors, rule 4).
CONTRAST_OPENERS = ("tandis que", "alors que")
# Words for a country's givers ("Ukraine's allies", "die Verbündeten der Ukraine"): as the
# subject of a giving verb, with that country as possessor or genitive, the money is several
# givers' (collective) and that country receives it (aidcalc.news.donors, rule 3).
ALLY_WORDS = ("alliés", "partenaires", "soutiens", "donateurs", "bailleurs")
# "se voir" before a giving verb: its subject receives ("l'Ukraine s'est vu promettre 2
# milliards par ses alliés"; aidcalc.news.donors, rule 3).
SUBJECT_RECEIVES = (
    "s'est vu",
    "s'est vue",
    "se sont vu",
    "se sont vus",
    "se sont vues",
    "se voit",
    "se voient",
    "se verra",
    "se verront",
    "s'était vu",
    "s'était vue",
)
# Words between a list item's giver and its amount after the first one ("…, Germany leading with
# €4bn", "…, darunter Deutschland mit 4 Mrd. Euro"): that country gives that amount.
ITEM_WITH = ("en tête avec", "avec")

# A whole named after a part (aidcalc.news.beside, rule 6; docs/extraction.md): the part, a link
# (``SHARE_OF_LINKS``, or one of ``WHOLE_FROM`` that names a whole only with a noun), then a noun
# phrase and the whole's amount. ``WHOLE_NOUNS`` are the nouns of such a phrase, as stems a word
# holds (any ending, any compound: "pakiet" in "pakietu", "paket" in "Hilfspaket");
# ``WHOLE_WORTH`` the words between that noun and the whole's amount ("worth", "o wartości").
WHOLE_NOUNS = (
    "enveloppe",
    "paquet",
    "fonds",
    "facilité",
    "budget",
    "programme",
    "tranche",
    "montant",
    "somme",
    "total",
    "cagnotte",
    "plan",
    "prêt",
    "engagement",
    "instrument",
    "mécanisme",
)
WHOLE_WORTH = (
    "de",
    "d",
    "d'un montant de",
    "d'une valeur de",
    "d'un total de",
    "évalué à",
    "évaluée à",
)

# Headings of a pasted table's column that numbers its rows: identifiers, no money
# (aidcalc.news.header_tables).
ID_HEADERS = ("n°", "no", "numéro")

# Headings of a pasted table's label column that name recipients, not givers
# (aidcalc.news.article_tables).
RECIPIENT_HEADERS = (
    "bénéficiaire",
    "bénéficiaires",
    "destinataire",
    "pays bénéficiaire",
    "objet",
    "destination",
)

# A correction note (aidcalc.news.corrections): its label before a colon ("Correction:"), the
# phrases naming the figure an earlier version gave (retracted), and a "not" before a retracted
# figure in the note ("…, not 257 million").
CORRECTION_LABELS = ("correction", "rectificatif", "erratum")
EARLIER_VERSION = (
    "une version précédente",
    "une précédente version",
    "une version antérieure",
    "une première version",
)
CORRECTION_NOT = ("non", "et non", "pas")
# Words in a sentence naming an earlier version that introduce the right figure after the
# retracted one ("…; the correct figure is …"; aidcalc.news.corrections).
# Phrases naming what was reported before ("it was earlier reported"): a retracted figure only when
# a word of CORRECT_FIGURE follows in the same sentence (aidcalc.news.corrections).
EARLIER_REPORT = (
    "il avait d'abord été annoncé",
    "il avait été initialement annoncé",
    "selon de premières informations",
)
CORRECT_FIGURE = (
    "bon chiffre",
    "correct",
    "correcte",
    "exact",
    "exacte",
    "en réalité",
    "rectifié",
    "corrigé",
)

# A person's titles (aidcalc.news.persons): a country name right after one, perhaps after
# first names, is a surname ("o primeiro-ministro, Luís Montenegro").
PERSON_TITLES = (
    "président",
    "présidente",
    "premier ministre",
    "ministre",
    "chancelier",
    "chancelière",
    "ambassadeur",
    "ambassadrice",
    "m",
    "mme",
)

# Phrases opening a sentence that break down a total said a sentence or a few before; "#" is
# the number the total is restated by (aidcalc.news.parts.opens_breakdown).
BREAKDOWN_OPENERS = (
    "dont",
    "sur cette somme",
    "sur ce montant",
    "de cette somme",
    "de ce montant",
    "sur ce total",
    "sur cette enveloppe",
    "sur les #",
    "sur ces #",
)
# The rest of a whole, right after an amount ("10 millions restants"): a part too.
REST_AFTER = ("restants", "restantes", "restant", "restante")

# Nouns of war and invasion (our own list, issue F10/F11 of trial 13): a demonym right beside
# one ("Russian invasion", "invasão russa") names the aggressor, never a recipient
# (aidcalc.news.donors).
WAR_NOUNS = "invasion* guerre* agression* attaque* offensive* occupation*"
# Words saying a sentence's money comes on top of what an earlier sentence stated ("will also
# give"): its row is new, never the earlier sentence's running total (aidcalc.news.candidates).
ON_TOP = ("également", "aussi", "en outre", "de plus", "en plus")
# Phrases restating the value of a package named before ("total value of"): the package's own
# pledge, not a running total of all aid (aidcalc.news.candidates.bases_of).
PACKAGE_VALUE = ("valeur totale de", "une valeur totale de", "valeur globale de")

# Words of a state's budget or spending frame: with a year beside them, the amounts after them
# are that year's allocation of the budget's country (aidcalc.news.budget_lines).
BUDGET_NOUNS = "budget"

# Phrases dating a sentence's money on the day of the sentence before it ("the same day"):
# aidcalc.news.candidates takes the day of the latest earlier row that states one.
SAME_DAY = ("le même jour", "ce même jour")

# The word for "today": the day its text counts from, a dateline's when one stands above it
# (aidcalc.news.dates.today_date).
TODAY = ("aujourd'hui", "aujourd’hui")
# Channel words (issue actors15): phrases, folded, before the organisations that pay the money
# out for a giver ("via UNDP and the EU"): such an organisation, and the ones joined to it, is a
# channel, neither giver nor recipient (aidcalc.news.donors).
CHANNEL_WORDS = ("via", "par l'intermédiaire", "par le biais", "à travers", "par le canal")
# Venue words (issue actors15): stems of the nouns of an event ("ceremony", "conference",
# "summit", "meeting"); a place after one and a word of place ("at a ceremony in Paris") is
# where it happens, never a giver or recipient (aidcalc.news.donors).
VENUE_WORDS = (
    "cérémonie",
    "conférence",
    "sommet",
    "réunion",
    "rencontre",
    "forum",
)

# Verbs of a sum of aid (pledgefaults16), an aid noun (``AID_NOUNS``, no whole's noun of
# ``WHOLE_NOUNS``) their subject before them and the amount right after them: a sum reached
# (``REACH_VERBS``: the aid given so far, cumulative, an allocation: "Germany's aid to Ukraine
# reached €5bn") or a sum the aid came to (``SUM_VERBS``: an allocation, its basis left to the
# other words; a year's aid may come to it). ``REACH_VERBS_AFTER``: verb last, the amount right
# before it (``aidcalc.news.reached``).
REACH_VERBS = (
    "a atteint",
    "ont atteint",
    "atteignait",
    # the present of a standing total: the aid so far
    "atteint désormais",
    "s'élève désormais à",
    "est désormais de",
)
RANKING_AFTER = ("reste la plus", "reste le plus", "demeure la plus", "demeure le plus")
SUM_VERBS = ("s'est élevée à", "s'est élevé à", "s'élevait à")

# Participles of acts of war (pledgefaults16): a country right after one, an agent's word or
# determiners between ("occupied by Russia", "оккупированные Россией"), or after an agent's
# word right before one ("von Russland besetzten"), wages the war: no actor of aid
# (``aidcalc.news.donors.aggressor``).
WAR_PARTICIPLES = "occupé* annexé* détruit* bombardé*"

# Nouns of an appeal or a call for money, and forms of asking the request verbs miss
# (aidcalc.news.not_giving): money an appeal asks for is a request, no pledge of the one
# appealing. Merged into NOT_GIVING's "request" cues (aidcalc.words.build).
APPEAL_WORDS = (
    "appel",
    "appels",
    # the verb of an appeal with its "à" (pledges18: "L'UNICEF appelle à 200 millions")
    "appelle à",
    "appellent à",
    "appelé à",
    "appel de fonds",
    "appel d'urgence",
    "appel éclair",
    "plan de réponse humanitaire",
)

# Head nouns of an organisation's name ("*" ends a prefix; a leading "*" a compound's head):
# one in the subject of a giving verb where no known giver stands names a giver the gazetteer
# does not know, never an earlier sentence's donor (aidcalc.news.donors).
ORGANISATION_NOUNS = ("banque", "fonds", "agence", "fondation", "programme", "organisation")

# Words between a noun of an event and the country it is about ("the conference on Lebanon"):
# that country receives the event's money, never gives it (aidcalc.news.donors).
EVENT_TOPICS = "sur pour"

# Coins and notes after a currency: a face value counted ("10 thousand 2 euro coins"): a
# bare number after a thousand before it is no addend (``number_spans.face_value_after``).
COIN_NOUNS = ("pièce", "pièces", "billet", "billets")

# Possessive determiners: after a verb of change they make its object the giver's own
# ("raised its total commitment … by €2m to €5m": a change, ``aidcalc.parsing.changes``).
POSSESSIVE_DETERMINERS = ("son", "sa", "ses", "leur", "leurs")
