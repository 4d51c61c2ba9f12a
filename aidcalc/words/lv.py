"""Latvian (lv): qualifiers, list and range words and language inference, as plain data.

Curated by the project from news text in Latvian (aid announcements and reports); no outside
word list is copied. No news cues (``VERBS``): Latvian is read for its amounts only, not yet a
news language.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Letters this language writes that tell it among the supported languages of its script: its
# long vowels and softened consonants; "ū", "č", "š", "ž" are left out, Lithuanian writing
# them as well (shared letters count less: aidcalc.parsing.language).
LETTERS = "āēīģķļņ"

# Frequent small words that tell the language of a text (``aidcalc.parsing.language``); "un"
# (French, Spanish), "ir", "ar", "bet", "tas", "jau", "kas" (Lithuanian), "no", "par" and "vai"
# (Portuguese "goes") are left out.
STOP_WORDS = "uz kā arī lai tika tiek šo šī kurš latvija latvijas"

# Words before an amount that qualify it, per kind (``Amount.qualifier``). "Gandrīz", "teju"
# (almost) and "nepilni" (not quite, in its cases) fall short of the amount; "līdz" (up to) is
# its ceiling, and after "no" (from) the top of a range (below).
# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``): "ne
# vairāk kā" (no more than) is a ceiling.
NEGATIONS = ("ne",)

QUALIFIERS = {
    "approx": ["aptuveni", "apmēram", "ap"],
    "over": ["vairāk nekā", "vairāk kā", "vairāk par", "vismaz", "pāri"],
    "under": [
        "gandrīz",
        "teju",
        "nepilni",
        "nepilnus",
        "nepilniem",
        "mazāk nekā",
        "mazāk kā",
        "mazāk par",
    ],
    "up_to": ["līdz", "līdz pat", "maksimāli"],
}

# Its qualifiers that other languages write as ordinary words: "ap" (about) is the English
# agency's name ("AP"): read only in a Latvian amount.
GATED_QUALIFIERS = ("ap",)

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 un 12 miljoni eiro"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("un",)
LIST_OR = ("vai",)

# Words that join the low and high ends of a range: "no 5 līdz 7 miljoniem eiro" (from … to),
# "starp 5 un 7 miljoniem eiro" (between … and; "un" only after "starp").
RANGE_JOINERS = ("līdz", "un")
RANGE_JOINERS_ALONE = ("līdz",)
RANGE_OPENERS = ("starp",)
# "No" (from) opens a range only with a joiner of its language ("no 5 līdz 7").
RANGE_FROM = ("no",)
