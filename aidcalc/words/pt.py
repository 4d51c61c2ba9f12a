"""Portuguese (pt): qualifiers and the small words around amounts (range words, conjunctions,
fillers), as plain data.

Curated by the project from news text in Portuguese; no outside word list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
QUALIFIERS = {
    "approx": ["cerca de", "aproximadamente", "por volta de"],
    "over": ["mais de", "pelo menos"],
    "under": ["menos de", "quase"],
    "up_to": ["até", "no máximo", "um máximo de"],
}

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("ou seja", "o equivalente a", "equivalentes a", "ou")

# Words that join main and minor units ("20 dollars and 43 cents").
CONJUNCTIONS = ("e",)

# Words between a scale word and a currency name that tell the language ("millions of").
FILLERS = ("de",)

# Words after which a currency name may lead its number ("at dollar 22.5 million").
NAME_MAY_FOLLOW = ("em", "de", "a")

# Words that join the low and high ends of a range.
RANGE_JOINERS = ("a", "e", "até")

# Joiners that make a range without an opener ("300 to 400 million").
RANGE_JOINERS_ALONE = ("a",)

# Words that open a range ("between").
RANGE_OPENERS = ("entre",)

# Words before a range's low end that open it only with one of this language's joiners
# after that end ("from 2 to 3 million"); ordinary words elsewhere, so never a range opener
# alone.
RANGE_FROM = ("de",)

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("e",)
LIST_OR = ("ou",)

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = ("dos quais", "das quais", "outros", "outras", "e outros", "e outras")
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("para", "a", "em", "ao")

# Words that may stand between a scaled number and the currency name it counts ("900 million
# emergency euros", "20 million additional dollars").
AMOUNT_ADJECTIVES = ("novos", "adicionais", "mais")

# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("um bilhão"): {word: value}.
COUNT_WORDS = {
    "um": "1",
    "uma": "1",
    "meio": "0.5",
    "meia": "0.5",
}

# Scale phrases that are a number by themselves ("mil milhões": a thousand million).
WHOLE_SCALES = ("mil milhões",)
