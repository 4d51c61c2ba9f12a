"""Italian (it): qualifiers and the small words around amounts (range words, conjunctions,
fillers), as plain data.

Curated by the project from news text in Italian; no outside word list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
QUALIFIERS = {
    "approx": ["circa", "quasi circa", "intorno a"],
    "over": ["oltre", "più di", "almeno"],
    "under": ["meno di", "quasi"],
    "up_to": ["fino a", "massimo di", "un massimo di"],
}

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("ossia", "cioè", "pari a", "vale a dire", "o")

# Words that join main and minor units ("20 dollars and 43 cents").
CONJUNCTIONS = ("e", "con")

# Words between a scale word and a currency name that tell the language ("millions of").
FILLERS = ("d", "di")

# Words allowed between a scale word and a currency name that do not tell the language.
MORE_FILLERS = ("del", "dei", "degli")

# Words after which a currency name may lead its number ("at dollar 22.5 million").
NAME_MAY_FOLLOW = ("di", "a")

# Words that join the low and high ends of a range.
RANGE_JOINERS = ("a", "e")

# Joiners that make a range without an opener ("300 to 400 million").
RANGE_JOINERS_ALONE = ("a",)

# Words that open a range ("between").
RANGE_OPENERS = ("tra", "fra")

# Words before a range's low end that open it only with one of this language's joiners
# after that end ("from 2 to 3 million"); ordinary words elsewhere, so never a range opener
# alone.
RANGE_FROM = ("da",)

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("e", "ed")
LIST_OR = ("o", "oppure")

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = ("di cui", "altri", "altre", "e altri", "e altre", "tra cui")
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("per", "a", "in", "al", "alla")

# Words that may stand between a scaled number and the currency name it counts ("900 million
# emergency euros", "20 million additional dollars").
AMOUNT_ADJECTIVES = ("nuovi", "ulteriori", "altri")

# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("un miliardo"): {word: value}.
COUNT_WORDS = {
    "un": "1",
    "uno": "1",
    "una": "1",
    "mezzo": "0.5",
    "mezza": "0.5",
}
