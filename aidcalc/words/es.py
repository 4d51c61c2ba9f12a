"""Spanish (es): qualifiers and the small words around amounts (range words, conjunctions,
fillers), as plain data.

Curated by the project from news text in Spanish; no outside word list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
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
    "over": ["más de", "al menos", "por encima de", "como mínimo"],
    "under": ["menos de", "casi"],
    "up_to": ["hasta", "como máximo", "un máximo de"],
}

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

# Words before a range's low end that open it only with one of this language's joiners
# after that end ("from 2 to 3 million"); ordinary words elsewhere, so never a range opener
# alone.
RANGE_FROM = ("de", "desde")

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("y", "e")
LIST_OR = ("o", "u")

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = (
    "de los cuales",
    "de las cuales",
    "otros",
    "otras",
    "y otros",
    "y otras",
    "incluidos",
    "incluidas",
)
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("para", "a", "en")

# Words that may stand between a scaled number and the currency name it counts ("900 million
# emergency euros", "20 million additional dollars").
AMOUNT_ADJECTIVES = ("nuevos", "adicionales", "más")

# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("un millón"): {word: value}.
COUNT_WORDS = {
    "un": "1",
    "una": "1",
    "uno": "1",
    "medio": "0.5",
    "media": "0.5",
}

# Scale phrases that are a number by themselves ("mil millones": a thousand million).
WHOLE_SCALES = ("mil millones",)
