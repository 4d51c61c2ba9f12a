"""Romanian (ro): the few small words around amounts the parser reads (conjunctions, fillers,
range words), as plain data.

Curated by the project from news text in Romanian; no outside word list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Words that join main and minor units ("20 dollars and 43 cents").
CONJUNCTIONS = ("și", "si")

# Words between a scale word and a currency name that tell the language ("millions of").
FILLERS = ("de",)
