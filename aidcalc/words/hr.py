"""Croatian (hr): qualifiers and the small words around amounts, as plain data.

Curated by the project from news text in Croatian about aid and budgets; no outside word list is
copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
QUALIFIERS = {
    "approx": ["oko", "otprilike", "približno", "cca", "cca."],
    "over": ["više od", "preko", "najmanje", "barem"],
    "under": ["manje od", "gotovo", "skoro", "nešto manje od"],
    "up_to": ["do", "najviše", "sve do"],
}

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("odnosno", "tj", "to jest", "ili", "što iznosi")
