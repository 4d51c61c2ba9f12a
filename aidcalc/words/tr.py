"""Turkish (tr): qualifiers and the small words around amounts, as plain data.

Curated by the project from news text in Turkish about aid and budgets; no outside word list is
copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
QUALIFIERS = {
    "approx": ["yaklaşık", "yaklaşık olarak", "tahminen", "aşağı yukarı"],
    "over": ["en az", "en azından"],
    "under": ["neredeyse"],
    "up_to": ["en fazla", "azami"],
}

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("yani", "ya da", "veya")
