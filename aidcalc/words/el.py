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
