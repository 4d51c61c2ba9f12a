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

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("и",)
LIST_OR = ("или",)

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = ("от които", "още", "и още")
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("за", "на")

# Words that may stand between a scaled number and the currency name it counts ("900 million
# emergency euros", "20 million additional dollars").
AMOUNT_ADJECTIVES = ("допълнителни", "нови")

# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("един милиард"): {word: value}.
COUNT_WORDS = {
    "един": "1",
    "една": "1",
    "едно": "1",
    "половин": "0.5",
}
