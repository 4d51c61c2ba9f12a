"""Serbian in Cyrillic script (sr): the letters that tell it and the small words around
amounts, as plain data.

Curated by the project from news text in Serbian (session 14); no outside word list is copied.
The scale words ("милион", "милиона", "милијарда", "милијарде", "милијарди") come from CLDR,
as every language's do. Serbian in Latin script is read with Croatian's words (``hr``), whose
scale words, decimal comma and qualifiers it shares.

Serbian is no news language (it has no ``VERBS``): a Serbian text's amounts are read, and its
pledge rows found only by the language-free steps, as a Russian text's are. Serbia gives little
aid and our corpora hold no Serbian news of giving to take the giving, receiving and asking
words from (docs/extraction.md, "The language of a text").

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Cyrl"

# Letters that tell the language among the supported ones of its script: "ђ", "ћ" Serbian
# only ("помоћ", "Вучић", "Ђорђе"); "ј", "љ", "њ", "џ" Macedonian as well ("Србија",
# "Украјини", "љубав", "њихов", "буџет"). Ukrainian, Russian and Bulgarian write none of them
# (aidcalc.parsing.language, ``cyrillic_language``).
LETTERS = "ђћјљњџ"

# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``).
NEGATIONS = ("не",)

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
QUALIFIERS = {
    "approx": ["око", "приближно", "отприлике"],
    "over": ["више од", "преко", "најмање", "бар"],
    "under": ["мање од", "скоро", "готово", "нешто мање од"],
    "up_to": ["до", "највише"],
}

# Words that join main and minor units ("20 динара и 43 паре").
CONJUNCTIONS = ("и",)

# What may stand between an amount and its restatement in another currency, besides "(" and
# ",": "односно" (that is), "или" (or).
RESTATEMENT_LINKS = ("односно", "тј", "или")

# Words that open a range ("од 2 до 3 милиона") and join its ends.
RANGE_JOINERS = ("до", "и")  # "и" only after "између"
RANGE_JOINERS_ALONE = ("до",)
RANGE_OPENERS = ("од", "између")

# Words joining a list of numbers that share one currency and scale written once, at the end.
LIST_AND = ("и",)
LIST_OR = ("или",)

# Dates (aidcalc.news.dates): "прошле године" (last year) is the year before the
# publication's.
RELATIVE_YEARS = (
    ("прошле године", -1),
    ("лане", -1),
    ("ове године", 0),
    ("следеће године", 1),
)
ECONOMY_NOUNS = ("БДП",)

# Parts of a total (aidcalc.news.parts), in both scripts Serbian is written in: phrases before
# an amount that make it a part of the amount before it in its sentence ("paket od 1,8
# milijardi evra, od čega 520 miliona …", of which; "од којих", of which, plural; "uključujući",
# including), and phrases opening a sentence that break down a total said a sentence or a few
# before ("Od toga", of this; "Od tog iznosa", of this amount; "Od tih 5 miliona", "#" a
# number restating the total).
PART_BEFORE = (
    "od čega",
    "od kojih",
    "od toga",
    "uključujući",
    "од чега",
    "од којих",
    "од тога",
    "укључујући",
)
BREAKDOWN_OPENERS = (
    "od toga",
    "od tog iznosa",
    "od ove sume",
    "od ukupnog iznosa",
    "od tih sredstava",
    "od tih #",
    "од тога",
    "од тог износа",
    "од ове суме",
    "од укупног износа",
    "од тих средстава",
    "од тих #",
)

# Words that make an amount a running total (aidcalc.news.candidates.bases_of), in both scripts:
# "ukupno" (in total), "dosad" and "do sada" (so far), "od početka" (since the start), "od
# 2022." (since 2022); "već" (already) only for an amount its clause dates by no month or year.
BASIS = {
    "cumulative": "ukupno dosad do sada od početka od #### укупно досад до сада од почетка од ####",
    "already": "već већ",
}
CUE_PHRASES = ("do sada", "od početka", "od ####", "до сада", "од почетка", "од ####")
# The total value of one package ("paket ukupne vrednosti 50 miliona evra"): its pledge, no
# running total.
PACKAGE_VALUE = (
    "ukupne vrednosti",
    "ukupna vrednost",
    "ukupnu vrednost",
    "укупне вредности",
    "укупна вредност",
    "укупну вредност",
)
# Dates (aidcalc.news.dates): "od februara 2022." (since February 2022) starts a running period,
# no value date.
SINCE = ("od", "од")
# Verbs of being between an amount and its restatement in another currency; subjects naming the
# money said just before, opening a sentence that only restates it (aidcalc.news.restated).
COPULAS = "je iznosi odgovara је износи одговара"
RESTATING_SUBJECTS = (
    "ovaj iznos",
    "taj iznos",
    "ova suma",
    "ta suma",
    "iznos",
    "овај износ",
    "тај износ",
    "ова сума",
    "износ",
)

# A correction note (aidcalc.news.corrections): its label, the earlier version, the right
# figure.
CORRECTION_LABELS = ("ispravka", "исправка")
EARLIER_VERSION = (
    "u ranijoj verziji",
    "u prethodnoj verziji",
    "у ранијој верзији",
    "у претходној верзији",
)
CORRECTION_NOT = ("ne", "a ne", "не", "а не")
# Phrases naming what was reported before ("it was earlier reported"): a retracted figure only when
# a word of CORRECT_FIGURE follows in the same sentence (aidcalc.news.corrections).
EARLIER_REPORT = (
    "ranije je objavljeno",
    "ranije je navedeno",
    "prethodno je objavljeno",
    "раније је објављено",
    "раније је наведено",
)
CORRECT_FIGURE = (
    "tačan",
    "tačna",
    "tačno",
    "ispravan",
    "ispravna",
    "тачан",
    "тачна",
    "тачно",
    "исправан",
)
