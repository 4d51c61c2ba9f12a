"""Greek (el): qualifiers and the small words around amounts, as plain data.

Curated by the project from news text in Greek about aid and budgets; no outside word list is
copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Grek"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
QUALIFIERS = {
    "approx": ["περίπου", "γύρω στα", "γύρω στο"],
    "over": ["πάνω από", "περισσότερα από", "περισσότερο από", "τουλάχιστον", "άνω των"],
    "under": ["λιγότερα από", "λιγότερο από", "σχεδόν", "κάτω από"],
    "up_to": ["έως", "μέχρι", "έως και", "μέχρι και"],
}

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("δηλαδή", "ή", "ήτοι")

# Words that join the low and high ends of a range.
RANGE_JOINERS = ("έως", "ως", "μέχρι", "και")

# Joiners that make a range without an opener ("2 έως 3 εκατ.").
RANGE_JOINERS_ALONE = ("έως", "ως")

# Words that open a range ("από 2 έως 3", "μεταξύ 2 και 3").
RANGE_OPENERS = ("από", "μεταξύ")

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("και",)
LIST_OR = ("ή",)

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = ("εκ των οποίων", "από τα οποία", "άλλα", "και άλλα")
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("για", "σε")

# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("ένα δισεκατομμύριο"): {word: value}.
COUNT_WORDS = {
    "ένα": "1",
    "ένας": "1",
    "μία": "1",
    "μια": "1",
    "μισό": "0.5",
}
