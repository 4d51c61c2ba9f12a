"""Macedonian (mk): the letters that tell it and the small words around amounts, as plain data.

Curated by the project from news text in Macedonian (session 14); no outside word list is
copied. The scale words ("милион", "милиони", "милијарда", "милијарди") come from CLDR, as
every language's do. Macedonian is no news language (no ``VERBS``), as Serbian is not
(``sr``).

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Cyrl"

# Letters that tell the language among the supported ones of its script: "ќ", "ѓ", "ѕ"
# Macedonian only ("ќе", will; "Ѓорѓи"; "ѕид"); "ј", "љ", "њ", "џ" Serbian as well
# (aidcalc.parsing.language, ``cyrillic_language``).
LETTERS = "ќѓѕјљњџ"

# Small words Macedonian writes and the other supported Cyrillic languages write otherwise:
# "ќе" (will; Serbian "ће", Bulgarian "ще"), "во" (in), "со" (with), "помош" (aid; Serbian
# "помоћ", Bulgarian "помощ"), "денари" (denars).
TELLING_WORDS = "ќе во со помош денари"

# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``).
NEGATIONS = ("не",)

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
QUALIFIERS = {
    "approx": ["околу", "приближно"],
    "over": ["повеќе од", "над", "најмалку"],
    "under": ["помалку од", "речиси", "скоро"],
    "up_to": ["до", "најмногу"],
}

# Words that join main and minor units.
CONJUNCTIONS = ("и",)

# Words that open a range ("од 2 до 3 милиони") and join its ends.
RANGE_JOINERS = ("до", "и")  # "и" only after "меѓу"
RANGE_JOINERS_ALONE = ("до",)
RANGE_OPENERS = ("од", "меѓу")

# Words joining a list of numbers that share one currency and scale written once, at the end.
LIST_AND = ("и",)

# Parts of a total (aidcalc.news.parts): phrases before an amount that make it a part of the
# amount before it in its sentence ("од кои", of which; "од нив", of them; "вклучувајќи",
# including), and phrases opening a sentence that break down a total said a sentence or a few
# before ("Од нив, 500.000 евра …", of them; "Од тоа", of that; "Од оваа сума", of this sum;
# "Од тие 2 милиони", "#" a number restating the total).
PART_BEFORE = ("од кои", "од нив", "од тоа", "вклучувајќи")
BREAKDOWN_OPENERS = (
    "од нив",
    "од тоа",
    "од оваа сума",
    "од овој износ",
    "од вкупниот износ",
    "од овие средства",
    "од тие #",
)

# Words that make an amount a running total (aidcalc.news.candidates.bases_of): "вкупно",
# "вкупната" (in total, the total), "досега" (so far), "од почетокот" (since the start), "од
# 2022" (since 2022).
BASIS = {
    "cumulative": "вкупн* досега од почетокот од ####",
}
CUE_PHRASES = ("од почетокот", "од ####")
# The total value of one package ("пакет во вкупна вредност од 50 милиони евра"): its pledge, no
# running total.
PACKAGE_VALUE = ("вкупна вредност", "вкупната вредност", "вкупен износ")
# Dates (aidcalc.news.dates): "од октомври 2023" (since October 2023) starts a running period,
# no value date.
SINCE = ("од",)
# Verbs of being between an amount and its restatement in another currency; subjects naming the
# money said just before, opening a sentence that only restates it (aidcalc.news.restated).
COPULAS = "е изнесува одговара"
RESTATING_SUBJECTS = ("овој износ", "оваа сума", "овие средства", "износот", "сумата")

# A correction note (aidcalc.news.corrections): its label, the earlier version, the right
# figure.
CORRECTION_LABELS = ("исправка", "корекција")
EARLIER_VERSION = ("во претходната верзија", "во претходна верзија", "во поранешната верзија")
CORRECTION_NOT = ("не", "а не")
# Phrases naming what was reported before ("it was earlier reported"): a retracted figure only when
# a word of CORRECT_FIGURE follows in the same sentence (aidcalc.news.corrections).
EARLIER_REPORT = ("претходно беше објавено", "претходно беше наведено", "претходно беше соопштено")
CORRECT_FIGURE = ("точната", "точен", "точна", "точно", "правилната", "правилна")
