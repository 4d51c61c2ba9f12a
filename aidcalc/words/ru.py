"""Russian (ru): qualifiers and the small words around amounts (range words, conjunctions,
fillers), as plain data.

Curated by the project from news text in Russian; no outside word list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Cyrl"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
QUALIFIERS = {
    "approx": ["около", "примерно", "порядка"],
    "over": ["более", "свыше", "больше", "не менее"],
    "under": ["менее", "почти", "меньше"],
    "up_to": ["до", "вплоть до"],
}

# Words that join main and minor units ("20 dollars and 43 cents").
CONJUNCTIONS = ("и",)

# Words that join the low and high ends of a range.
RANGE_JOINERS = ("до",)

# Joiners that make a range without an opener ("300 to 400 million").
RANGE_JOINERS_ALONE = ("до",)

# Words that open a range ("between").
RANGE_OPENERS = ("от",)

# Letters only this language uses among the supported ones of its script.
LETTERS = "ыэъё"
