"""Romanian (ro): the few small words around amounts the parser reads (conjunctions, fillers,
range words), as plain data.

Curated by the project from news text in Romanian; no outside word list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
QUALIFIERS = {
    "approx": ["aproximativ", "circa", "în jur de", "in jur de"],
    "over": ["peste", "mai mult de", "cel puțin", "cel putin", "minimum"],
    "under": ["aproape", "mai puțin de", "mai putin de", "sub"],
    "up_to": ["până la", "pana la", "maximum"],
}

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("adică", "adica", "sau", "echivalentul a")

# Words that join main and minor units ("20 dollars and 43 cents").
CONJUNCTIONS = ("și", "si")

# Words between a scale word and a currency name that tell the language ("millions of").
FILLERS = ("de",)
