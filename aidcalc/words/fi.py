"""Finnish (fi): qualifiers and the small words around amounts, as plain data.

Curated by the project from news text in Finnish about aid and budgets; no outside word list is
copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
QUALIFIERS = {
    "approx": ["noin", "suunnilleen", "arviolta", "likimain"],
    "over": ["yli", "vähintään", "runsaat", "ainakin"],
    "under": ["alle", "lähes", "miltei", "vajaat"],
    "up_to": ["jopa", "enintään", "korkeintaan"],
}

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("eli", "tai", "mikä vastaa")
