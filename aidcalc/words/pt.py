"""Portuguese (pt): qualifiers and the small words around amounts (range words, conjunctions,
fillers), as plain data.

Curated by the project from news text in Portuguese; no outside word list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
QUALIFIERS = {
    "approx": ["cerca de", "aproximadamente", "por volta de"],
    "over": ["mais de", "pelo menos"],
    "under": ["menos de", "quase"],
    "up_to": ["até", "no máximo", "um máximo de"],
}

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("ou seja", "o equivalente a", "equivalentes a", "ou")

# Words that join main and minor units ("20 dollars and 43 cents").
CONJUNCTIONS = ("e",)

# Words between a scale word and a currency name that tell the language ("millions of").
FILLERS = ("de",)

# Words after which a currency name may lead its number ("at dollar 22.5 million").
NAME_MAY_FOLLOW = ("em", "de", "a")

# Words that join the low and high ends of a range.
RANGE_JOINERS = ("a", "e")

# Joiners that make a range without an opener ("300 to 400 million").
RANGE_JOINERS_ALONE = ("a",)

# Words that open a range ("between").
RANGE_OPENERS = ("entre",)
