"""Finnish (fi): qualifiers and the small words around amounts, as plain data.

Curated by the project from news text in Finnish about aid and budgets; no outside word list is
copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Letters this language writes that tell it among the supported languages of its script (shared
# letters count less: aidcalc.parsing.language).
LETTERS = "äö"

# Frequent small words that tell the language of a text (``aidcalc.parsing.language``).
STOP_WORDS = "ja on ei se että oli ovat myös kuin mutta tai sekä joka mukaan jo noin nyt yli"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``).
NEGATIONS = ("ei",)

QUALIFIERS = {
    "approx": ["noin", "suunnilleen", "arviolta", "likimain"],
    "over": ["yli", "vähintään", "runsaat", "ainakin"],
    "under": ["alle", "lähes", "miltei", "vajaat"],
    "up_to": ["jopa", "enintään", "korkeintaan"],
}

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("eli", "tai", "mikä vastaa")

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("ja",)
LIST_OR = ("tai",)

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = ("joista", "josta", "ja lisäksi")
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("varten",)

# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("puoli miljardia"): {word: value}.
COUNT_WORDS = {
    # one and a half in one word ("anderhalf miljoen")
    "puolitoista": "1.5",
    "yksi": "1",
    "yhden": "1",
    "puoli": "0.5",
    # small counts, read the same way before a scale word of this language ("tre miljarder")
    "kaksi": "2",
    "kolme": "3",
    "neljä": "4",
    "viisi": "5",
    "kuusi": "6",
    "seitsemän": "7",
    "kahdeksan": "8",
    "yhdeksän": "9",
    "kymmenen": "10",
    "sata": "100",
}

# Scale words that are a number alone: Finnish writes "a billion euros" with no word for one
# ("Suomi antaa miljardi euroa", "miljoona euroa").
WHOLE_SCALES = ("miljardi", "miljoona")
