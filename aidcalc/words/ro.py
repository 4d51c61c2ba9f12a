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

# Words that join the low and high ends of a range ("între 2 și 3 milioane", "de la 2 la 3").
RANGE_JOINERS = ("și", "si", "la")

# Words that open a range ("between").
RANGE_OPENERS = ("între", "intre")

# Words before a range's low end that open it only with one of this language's joiners
# after that end ("from 2 to 3 million"); ordinary words elsewhere, so never a range opener
# alone.
RANGE_FROM = ("la",)

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("și", "si")
LIST_OR = ("sau",)

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = ("din care", "alte", "și alte", "si alte", "încă", "și încă")
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("pentru", "la", "în")

# Words that may stand between a scaled number and the currency name it counts ("900 million
# emergency euros", "20 million additional dollars").
AMOUNT_ADJECTIVES = ("noi",)

# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("un miliard"): {word: value}.
COUNT_WORDS = {
    "un": "1",
    "o": "1",
}
