"""Swedish (sv): the few small words around amounts the parser reads (conjunctions, fillers,
range words), as plain data.

Curated by the project from news text in Swedish; no outside word list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
QUALIFIERS = {
    "approx": ["cirka", "ca", "ca.", "runt", "omkring", "ungefär"],
    "over": ["över", "mer än", "minst", "drygt"],
    "under": ["under", "mindre än", "nästan", "knappt"],
    "up_to": ["upp till", "högst"],
}

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("motsvarande", "dvs", "eller", "vilket motsvarar")

# Words that join main and minor units ("20 dollars and 43 cents").
CONJUNCTIONS = ("och",)

# Words between a scale word and a currency name that tell the language ("millions of").
FILLERS = ("af", "av")

# Words that join the low and high ends of a range.
RANGE_JOINERS = ("och", "till")

# Joiners that make a range without an opener ("2 till 3 miljoner").
RANGE_JOINERS_ALONE = ("till",)

# Words that open a range ("between").
RANGE_OPENERS = ("mellan",)

# Words before a range's low end that open it only with one of this language's joiners
# after that end ("from 2 to 3 million"); ordinary words elsewhere, so never a range opener
# alone.
RANGE_FROM = ("från",)

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("och",)
LIST_OR = ("eller",)

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = ("varav", "ytterligare", "och ytterligare")
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("till", "för")

# Words that may stand between a scaled number and the currency name it counts ("900 million
# emergency euros", "20 million additional dollars").
AMOUNT_ADJECTIVES = ("extra", "nya", "fler")

# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("en miljard"): {word: value}.
COUNT_WORDS = {
    "en": "1",
    "ett": "1",
    "halv": "0.5",
    "halvt": "0.5",
}
