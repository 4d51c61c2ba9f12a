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

# Joiners that make a range without an opener ("2 tot 3 miljoen").
RANGE_JOINERS_ALONE = ("tot",)

# Words before a range's low end that open it only with one of this language's joiners
# after that end ("from 2 to 3 million"); ordinary words elsewhere, so never a range opener
# alone.
RANGE_FROM = ("van",)

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("en",)
LIST_OR = ("of",)

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = ("waarvan", "nog eens", "en nog eens", "waaronder")
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("voor", "aan", "naar", "in")

# Words that may stand between a scaled number and the currency name it counts ("900 million
# emergency euros", "20 million additional dollars").
AMOUNT_ADJECTIVES = ("extra", "nieuwe", "meer")

# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("een miljard"): {word: value}.
COUNT_WORDS = {
    "een": "1",
    "één": "1",
    "half": "0.5",
    "halve": "0.5",
}
