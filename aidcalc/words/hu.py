"""Hungarian (hu): qualifiers, list and range words and language inference, as plain data.

Curated by the project from news text in Hungarian (aid announcements and reports); no outside
word list is copied. No news cues (``VERBS``): Hungarian is read for its amounts only, not yet a
news language.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Letters this language writes that tell it among the supported languages of its script: the
# long "ő" and "ű" only Hungarian writes (two points a word), and its accented vowels, which
# Czech, Slovak, Spanish, German or Turkish write as well (one point each, as they already
# were: aidcalc.parsing.language); its small words below then tell it from those.
LETTERS = "áéíóöúüőű"

# Frequent small words that tell the language of a text (``aidcalc.parsing.language``); "a",
# "az", "is", "de", "van", "meg" and "nem" are left out, being as frequent in other supported
# languages (Turkish "az", English "is", Dutch "van", Norwegian "meg", Portuguese "nem").
STOP_WORDS = "és hogy egy már csak mint vagy volt lesz szerint pedig amely ukrajna"

# Words before an amount that qualify it, per kind (``Amount.qualifier``). "Több mint" is also
# written with the comma of a comparison ("több, mint"); "közel" (near) and "csaknem",
# "majdnem" (almost) fall short of the amount; "akár" (as much as) is its ceiling.
# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``): "nem
# több mint" (no more than) is a ceiling, "nem kevesebb mint" a floor.
NEGATIONS = ("nem",)

QUALIFIERS = {
    "approx": [
        "mintegy",
        "körülbelül",
        "kb",
        "kb.",
        "nagyjából",
        "hozzávetőleg",
        "megközelítőleg",
    ],
    "over": ["több mint", "több, mint", "legalább", "minimum"],
    "under": ["csaknem", "majdnem", "közel", "kevesebb mint", "kevesebb, mint"],
    "up_to": ["legfeljebb", "akár", "maximum"],
}

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 és 12 millió euró"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("és",)
LIST_OR = ("vagy",)

# Hungarian writes "between" after the range, as Finnish does ("5 és 7 millió euró között"):
# "és" (and) joins a range only with one of these closing it, else it is a list.
RANGE_JOINERS = ("és",)
RANGE_CLOSERS = ("között", "közötti")
CLOSED_RANGE_JOINERS = ("és",)
