"""Dutch (nl): qualifiers and the small words around amounts (range words, conjunctions,
fillers), as plain data.

Curated by the project from news text in Dutch; no outside word list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
QUALIFIERS = {
    "approx": ["ongeveer", "circa", "zo'n"],
    "over": ["meer dan", "ruim", "minstens"],
    "under": ["minder dan", "bijna", "nagenoeg"],
    "up_to": ["tot", "maximaal"],
}

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("oftewel", "ofwel", "omgerekend", "of")

# Words that join main and minor units ("20 dollars and 43 cents").
CONJUNCTIONS = ("en",)

# Words between a scale word and a currency name that tell the language ("millions of").
FILLERS = ("van",)

# Words that join the low and high ends of a range.
RANGE_JOINERS = ("tot", "en")

# Words that open a range ("between").
RANGE_OPENERS = ("tussen",)
