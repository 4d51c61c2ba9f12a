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
RANGE_JOINERS = ("a", "y")

# Joiners that make a range without an opener ("300 to 400 million").
RANGE_JOINERS_ALONE = ("a",)

# Words that open a range ("between").
RANGE_OPENERS = ("entre",)
