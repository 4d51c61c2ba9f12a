"""Curated vocabulary, data only: the words around amounts that CLDR does not have.

Qualifiers ("over", "rund", "понад"), range words, restatement links and fillers, per language,
curated by the project from news text in each language; ``currency.py`` holds the currency
supplements. Nothing here imports aidcalc, and code reads these tables, never its own copies.
"""

# fmt: off
# (the word tables below read best packed, a few entries a line)

# Qualifiers are not in CLDR: the words of news text, per language.
QUALIFIER_FORMS = {
    "approx": {
        "en": ["about", "approximately", "approx.", "approx", "around", "roughly", "some",
               "circa", "c.", "ca.", "~", "≈", "an estimated", "estimated", "close to",
               "nearly about", "some estimated"],
        "de": ["rund", "etwa", "ca.", "circa", "ungefähr", "zirka"],
        "fr": ["environ", "près de", "quelque", "autour de", "approximativement", "env."],
        "lt": ["apie", "maždaug", "apytiksliai", "per apie"],
        "uk": ["близько", "приблизно", "орієнтовно", "майже близько"],
        "pl": ["około", "ok.", "blisko", "mniej więcej", "szacunkowo"],
        "ru": ["около", "примерно", "порядка"],
        "es": ["unos", "unas", "alrededor de", "aproximadamente", "cerca de"],
        "it": ["circa", "quasi circa", "intorno a"],
        "pt": ["cerca de", "aproximadamente", "por volta de"],
        "nl": ["ongeveer", "circa", "zo'n"],
    },
    "over": {
        "en": ["over", "more than", "at least", "upwards of", "in excess of", "above",
               "exceeding", "no less than", "not less than", "over and above"],
        "de": ["über", "mehr als", "mindestens", "knapp über", "ueber"],
        "fr": ["plus de", "au moins", "au-delà de", "plus d'"],
        "lt": ["daugiau nei", "daugiau negu", "daugiau kaip", "virš", "ne mažiau kaip",
               "ne mažiau nei"],
        "uk": ["понад", "більше ніж", "більш ніж", "більше", "щонайменше", "не менше ніж",
               "понад як"],
        "pl": ["ponad", "więcej niż", "co najmniej", "przeszło", "powyżej"],
        "ru": ["более", "свыше", "больше", "не менее"],
        "es": ["más de", "al menos", "por encima de"],
        "it": ["oltre", "più di", "almeno"],
        "pt": ["mais de", "pelo menos"],
        "nl": ["meer dan", "ruim", "minstens"],
    },
    "under": {
        "en": ["less than", "below", "under", "nearly", "almost", "just under", "fewer than",
               "not quite"],
        "de": ["weniger als", "unter", "fast", "beinahe", "knapp", "nahezu"],
        "fr": ["moins de", "presque", "moins d'", "près d'"],
        "lt": ["mažiau nei", "mažiau negu", "beveik", "mažiau kaip"],
        "uk": ["менше ніж", "менш ніж", "майже", "менше"],
        "pl": ["mniej niż", "prawie", "niespełna", "poniżej"],
        "ru": ["менее", "почти", "меньше"],
        "es": ["menos de", "casi"],
        "it": ["meno di", "quasi"],
        "pt": ["menos de", "quase"],
        "nl": ["minder dan", "bijna", "nagenoeg"],
    },
    "up_to": {
        "en": ["up to", "as much as", "as many as", "a maximum of", "maximum of"],
        "de": ["bis zu", "maximal", "höchstens"],
        "fr": ["jusqu'à", "jusqu'a", "au maximum", "au plus"],
        "lt": ["iki", "net iki"],
        "uk": ["до", "аж до"],
        "pl": ["do", "nawet", "maksymalnie"],
        "ru": ["до", "вплоть до"],
        "es": ["hasta"],
        "it": ["fino a"],
        "pt": ["até"],
        "nl": ["tot", "maximaal"],
    },
}

# Qualifiers that are ordinary words in English: read only when the amount's language is theirs.
GATED_QUALIFIERS = frozenset({"do", "tot", "per", "a"})

# "20 dollars and 43 cents": the words that join main and minor units.
CONJUNCTIONS = frozenset({"and", "og", "und", "et", "y", "e", "i", "ir", "och", "en", "și", "si",
                          "и", "con"})

# What may stand between an amount and its restatement in another currency, besides "(" and ",".
RESTATEMENT_LINKS = frozenset({
    "or", "or about", "i e", "ie", "that is", "equivalent to", "equal to", "the equivalent of",
    "worth", "umgerechnet", "oder", "d h", "das sind", "soit", "ou", "tai", "arba", "tai yra",
    "або", "тобто", "що становить", "czyli", "lub", "to jest", "ok", "approximately", "t y",
    "i.e", "soit environ", "c'est-à-dire", "c est à dire", "das heißt", "also",
})

# Words between a scale and a currency name that tell the language ("2 billions d'euros").
FILLER_LANGS = {
    "of": frozenset({"en"}), "d": frozenset({"fr", "it"}),
    "de": frozenset({"fr", "es", "pt", "ro"}),
    "di": frozenset({"it"}), "af": frozenset({"da", "sv"}), "av": frozenset({"sv", "nb"}),
    "van": frozenset({"nl"}),
}

# Words after which a currency name may lead its number ("at dollar 22.5 million").
NAME_MAY_FOLLOW_WORDS = frozenset({"at", "of", "for", "by", "to", "from", "in", "en", "em", "di",
                                   "de", "à", "a", "bei", "von", "für"})

# Words that join the low and high ends of a range; "between"-words open one.
RANGE_JOINERS = {"-", "–", "—", "to", "and", "bis", "à", "a", "et", "y", "e", "iki", "ir", "до",
                 "і", "й", "do", "i", "tot", "en", "och", "og", "und", "or"}
# Joiners that make a range without an opener ("$1-2 billion", "300 to 400 million").
RANGE_JOINERS_ALONE = {"-", "–", "—", "to", "bis", "à", "iki", "до", "a"}
RANGE_OPENERS = {"between", "from", "zwischen", "von", "entre", "tarp", "nuo", "між", "від",
                 "od", "pomiędzy", "między", "от", "tra", "fra", "tussen", "mellan", "mellom"}

# Words allowed between a scale word and the currency name ("millions d'euros", "millions of").
FILLERS = {"of", "de", "d", "'", "’", "di", "del", "dei", "degli", "af", "av", "van"}
# fmt: on
