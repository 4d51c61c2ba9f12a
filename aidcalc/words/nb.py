"""Norwegian Bokmål (nb): the few small words around amounts the parser reads (conjunctions,
fillers, range words), as plain data.

Curated by the project from news text in Norwegian Bokmål; no outside word list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Words that join main and minor units ("20 dollars and 43 cents").
CONJUNCTIONS = ("og",)

# Words between a scale word and a currency name that tell the language ("millions of").
FILLERS = ("av",)

# Words that join the low and high ends of a range.
RANGE_JOINERS = ("og",)

# Words that open a range ("between").
RANGE_OPENERS = ("mellom",)
