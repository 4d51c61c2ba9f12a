"""Czech (cs): qualifiers and the small words around amounts, as plain data.

Curated by the project from news text in Czech about aid and budgets; no outside word list is
copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
QUALIFIERS = {
    "approx": ["přibližně", "zhruba", "asi", "cca", "cca.", "kolem", "okolo"],
    "over": ["více než", "přes", "nejméně", "alespoň", "minimálně", "víc než"],
    "under": ["méně než", "téměř", "skoro", "necelých", "necelé"],
    "up_to": ["až", "až do", "maximálně", "nejvýše"],
}

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("čili", "tj", "tedy", "v přepočtu", "což je", "což odpovídá")
