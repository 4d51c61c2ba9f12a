"""Estonian (et): qualifiers, list and range words and language inference, as plain data.

Curated by the project from news text in Estonian (aid announcements and reports); no outside
word list is copied. No news cues (``VERBS``): Estonian is read for its amounts only, not yet a
news language.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Letters this language writes that tell it among the supported languages of its script: "ä",
# "ö", "ü", shared with German, Finnish, Swedish and Turkish (one point each, as they already
# were: aidcalc.parsing.language); its small words below then tell it. Its own "õ" is left
# out: Portuguese lists it alone ("milhões"), and sharing it would halve those points.
LETTERS = "äöü"

# Frequent small words that tell the language of a text (``aidcalc.parsing.language``); "ja",
# "on", "ei", "oli" (Finnish too), "et", "mis" (French) and "see" (English) are left out.
STOP_WORDS = "ning ka seda aga või kes pole kui samuti ütles eesti ukrainale"

# Words before an amount that qualify it, per kind (``Amount.qualifier``). "Ligi" (nearly) and
# "peaaegu" (almost) fall short of the amount; "kuni" (up to) is its ceiling before it, and
# joins a range between two numbers (below).
# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``): "mitte
# rohkem kui" (no more than) is a ceiling.
NEGATIONS = ("mitte",)

QUALIFIERS = {
    "approx": ["umbes", "ligikaudu", "umbkaudu"],
    "over": ["üle", "vähemalt", "rohkem kui", "enam kui"],
    "under": ["peaaegu", "ligi", "vähem kui"],
    "up_to": ["kuni", "maksimaalselt", "kõige rohkem"],
}

# "Alla" (under: "alla 5 miljoni euro") is left out: it is Italian "to the" before the names of
# countries ("e alla Moldavia 1 miliardo") and Swedish "all", and as a qualifier word, even
# gated, it cut such an Italian list item from the currency written before it.

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 ja 12 miljonit eurot"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("ja",)
LIST_OR = ("või",)

# Words that join the low and high ends of a range ("5 kuni 7 miljonit eurot"), with no opener.
RANGE_JOINERS = ("kuni",)
RANGE_JOINERS_ALONE = ("kuni",)
