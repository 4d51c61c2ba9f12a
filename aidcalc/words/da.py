"""Danish (da): the few small words around amounts the parser reads (conjunctions, fillers, range
words), as plain data.

Curated by the project from news text in Danish; no outside word list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
QUALIFIERS = {
    "approx": ["cirka", "ca.", "omkring", "rundt", "cirka på", "godt og vel"][:4],
    "over": ["over", "mere end", "mindst", "lidt over", "i overkanten af"],
    "under": ["under", "mindre end", "næsten", "knap", "i underkanten af"],
    "up_to": ["op til", "op mod", "højst"],
}

# Danish words that other languages use as qualifiers ("alle": all; Finnish "under").
GATED_QUALIFIERS = ("alle",)

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("svarende til", "dvs", "eller", "hvilket svarer til")

# Words that join main and minor units ("20 dollars and 43 cents").
CONJUNCTIONS = ("og",)

# Words between a scale word and a currency name that tell the language ("millions of").
FILLERS = ("af",)

# Words that join the low and high ends of a range.
RANGE_JOINERS = ("og",)
