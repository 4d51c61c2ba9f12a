"""Swedish (sv): the few small words around amounts the parser reads (conjunctions, fillers,
range words), as plain data.

Curated by the project from news text in Swedish; no outside word list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Words that join main and minor units ("20 dollars and 43 cents").
CONJUNCTIONS = ("och",)

# Words between a scale word and a currency name that tell the language ("millions of").
FILLERS = ("af", "av")

# Words that join the low and high ends of a range.
RANGE_JOINERS = ("och",)

# Words that open a range ("between").
RANGE_OPENERS = ("mellan",)
