"""Bulgarian (bg): qualifiers and the small words around amounts, as plain data.

Curated by the project from news text in Bulgarian; no outside word list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Cyrl"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
QUALIFIERS = {
    "approx": ["близо", "около", "приблизително", "към"],
    "over": ["над", "повече от", "поне", "не по-малко от"],
    "under": ["под", "по-малко от", "почти", "малко под"],
    "up_to": ["до", "чак до"],
}

# Words that join main and minor units ("20 лева и 43 стотинки").
CONJUNCTIONS = ("и",)

# Words that join the low and high ends of a range ("от 10 до 20 милиона").
RANGE_JOINERS = ("до",)

# Words that open a range.
RANGE_OPENERS = ("от", "между")
