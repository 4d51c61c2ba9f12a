"""Slovak (sk): qualifiers and the small words around amounts, as plain data.

Curated by the project from news text in Slovak about aid and budgets; no outside word list is
copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
QUALIFIERS = {
    "approx": ["približne", "zhruba", "asi", "cca", "cca.", "okolo"],
    "over": ["viac ako", "viac než", "vyše", "najmenej", "aspoň", "minimálne"],
    "under": ["menej ako", "takmer", "skoro", "necelých", "necelé"],
    "up_to": ["až", "až do", "maximálne", "najviac"],
}

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("čiže", "tj", "teda", "v prepočte", "čo je", "čo zodpovedá")
