"""Macedonian (mk): the letters that tell it and the small words around amounts, as plain data.

Curated by the project from news text in Macedonian (session 14); no outside word list is
copied. The scale words ("милион", "милиони", "милијарда", "милијарди") come from CLDR, as
every language's do.

Macedonian is a news language (mk16b, trial 16): its giving, receiving and intention verbs,
measures, categories, offices, role words and other money are below (docs/extraction.md, "The
language of a text").

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

# --- News (aidcalc.news) ----------------------------------------------------------------------
# Macedonian is a news language (mk16b, trial 16): its giving, receiving and intention verbs,
# measures, categories, offices, role words and other money are below, in our own lists (see
# es.py for the conventions; ``*`` ends a prefix). Macedonian, like Bulgarian (bg.py), has no
# noun cases: the recipient follows "на" (to) or "за" (for), the giver "од" (from, by), and "на"
# also joins an office to its country ("Владата на Северна Македонија"; ``GENITIVE_LINKS``).
# Curated by the project (session 16); no outside word list is copied.
VERBS = {
    "give": (
        "даде дадоа дал дала дало дава даваат донира* дари* испрати* испраќа* вети* ветува* одвои* "
        "одвојува* додели* доделува* одобри* одобрува* обезбеди* обезбедува* финансира* "
        "исплати* уплати* достави* доставува* испорача* испорачува* најави* пренесе*"
    ),
    # thanking reverses the roles as receiving does: the one thanked gives
    "receive": "прими* прима* доби* добива* благодари*",
    "aux": "ќе е се би беше",
}

CATEGORIES = {
    "military": (
        "воен* оружј* оружен* муниц* дрон* проектил* ракет* противвоздушн* оклопн* "
        "артилериј* одбранбен* тенк*"
    ),
    "financial": "буџет* заем заемот заеми кредит* финансиск* неповратн* гаранциј*",
    "humanitarian": "хуманитарн* зим* генератор* медицин* храна храната бегалц*",
}

INTENTION = {
    "pledge": "најави* вети* ветува* планира* намерава* одлучи* ќе",
}

MEASURE = {
    "allocation": "даде дадоа дала дал одвои одвоија додели доделија испрати испратија",
    # received money is paid out ("Турција доби од Јапонија …")
    "disbursement": "исплати* исплатен* уплати* прими примија доби добила добил добија",
    # an approved package or loan ("одобри заем") is committed
    "commitment": "обврз* одобри*",
}

FUTURE = {
    "future": "ќе следната наредната следниот наредниот",
}

# Short forms CLDR does not give (CLDR: "Обединето Кралство", "Соединети Американски Држави",
# "Палестински Територии").
PLACE_SHORT_FORMS = {
    "ЕУ": "EU",
    "САД": "USA",
    "Газа": "PSE",
    "Палестина": "PSE",
    "Велика Британија": "GBR",
    "Британија": "GBR",
    "Молдова": "MDA",
}
# How many letters may follow a place name's form in a word: the definite article
# ("Украина", "Украината") and adjective endings.
EXTRA_LETTERS = 3

INSTITUTIONS = {
    "": (
        "Влад*",
        "министерств* за одбрана",
        "министерств* за надворешни работи",
        "министерств* за финансии",
        "министерств*",
        "премиер*",
        "претседател*",
        "собрани*",
    ),
    "EU": ("Европск* комисиј*", "Европск* униј*", "Европск* парламент*", "Совет* на ЕУ"),
    "EIB": ("Европск* инвестициск* банк*",),
    "EBRD": ("Европск* банк* за обнова и развој",),
    "WBG": ("Светск* банк*",),
    "IMF": ("Меѓународн* монетарен фонд*", "Меѓународн* монетарн* фонд*", "ММФ"),
}
# Words joining an office or aid noun to its country ("Владата на Северна Македонија",
# "помошта на Норвешка": "на" is "of" there, and "to" before the recipient).
GENITIVE_LINKS = "на"

# Nouns of aid whose possessor or adjective is the giver ("помошта на Норвешка").
AID_NOUNS = "помош* поддршк* пакет* донациј* грант*"
AGENT_MARKERS = "од"
# Words before a country after a part of a whole that name where the part comes from, its giver
# (aidcalc.news.donors.part_source).
PART_SOURCES = "од"
RECIPIENT_MARKERS = "на за во"
MEANS_MARKERS = "преку според"
SEAT_LINKS = "во"
# Nouns of a state's form between an office and its country ("Владата на Република Северна
# Македонија"): the country still owns the office (aidcalc.news.donors).
STATE_NOUNS = "република кралство"

# Money asked for, denied, refused or not given (aidcalc.news.not_giving).
NOT_GIVING = {
    "contrast": "не само",
    "request": "побара* бара* барање* апел* молба повика* повикува*",
    "wish": "треба потреб* потребни",
    "denial": "демантира* негира*",
    "refusal": "одби* одбива*",
    "negation": "не нема немаше никогаш",
}
# Words after a request that open what the one asked is to do ("asked Germany to give …"):
# a giving verb after one is the thing asked for, no gift (aidcalc.news.not_giving).
REQUEST_LINKS = "да"

# Dates (aidcalc.news.dates): "во 2023 година" (in 2023) is a value date; "минатата година"
# (last year) is the year before the publication's.
IN_YEAR = ("во",)
RELATIVE_YEARS = (
    ("минатата година", -1),
    ("оваа година", 0),
    ("следната година", 1),
)

# A person's titles (aidcalc.news.persons): a country name right after one is a surname.
PERSON_TITLES = (
    "претседател",
    "претседателот",
    "претседателката",
    "премиер",
    "премиерот",
    "премиерката",
    "министер",
    "министерот",
    "министерката",
    "канцелар",
    "канцеларот",
)

# Words opening a clause of another subject after an amount ("…, додека Велика Британија
# вети …", while): the country right after them is the subject of its clause
# (aidcalc.news.donors, rule 4).
CONTRAST_OPENERS = ("додека", "а")
REST_WORDS = ("остатокот", "преостанатите", "преостанатиот")

# Nouns of war and invasion: a demonym beside one names the aggressor, never a recipient.
WAR_NOUNS = "инвазиј* војна војната агресиј* напад* офанзив* окупациј*"
# Words saying a sentence's money comes on top of what an earlier sentence stated.
ON_TOP = ("исто така", "дополнително", "дополнителни", "освен тоа")

# Verbs of an actor spending on itself, and possessives of the subject after their amount
# ("троши … за својата војска": spent on itself, no aid).
SPENDING_VERBS = "троши трошат потроши потрошила потрошено"
OWN_POSSESSIVES = "својата својот своите своја свој свое"

# Money that is no gift, whoever's it is (aidcalc.news.other_money).
OTHER_MONEY = {
    # a need stated as a noun (pledges18): the needer's figure, no gift (KINDS_STATED)
    "need": (
        "финансиски потреби",
        "финансиските потреби",
        "потреби за финансирање",
        "потребите за финансирање",
    ),
    "damage": "уништи уништил* уништен* штета штетата штети оштетен*",
    "loss": "загуби загубил* загуба загубата загубите",
    "trade": "трговија трговијата извоз извозот увоз увозот",
    "revenue": "приходи приходите",
    "debt": "долг долгот долгови",
    "price": "трошоци трошоците чини цена цената",
}
OTHER_MONEY_LINKS = "во"

# The word for "today", channel words before an organisation that pays the money out for a
# giver ("преку УНДП"), and stems of the nouns of an event ("на конференцијата во Брисел":
# where, never who) (aidcalc.news.donors).
TODAY = ("денес",)
CHANNEL_WORDS = ("преку", "посредство на")
VENUE_WORDS = ("церемониј", "конференциј", "самит", "средба", "состанок")

# Words for givers (aidcalc.news.donors, rule 3): as a subject, several givers' money; with
# a country as their possessor or genitive, that country receives.
ALLY_WORDS = ("сојузниците", "партнерите", "донаторите", "сојузници", "партнери", "донатори")

# Head nouns of an organisation's name ("*" ends a prefix; a leading "*" a compound's head):
# one in the subject of a giving verb where no known giver stands names a giver the gazetteer
# does not know, never an earlier sentence's donor (aidcalc.news.donors).
ORGANISATION_NOUNS = ("банк*", "фонд*", "агенциј*")
# The country whose offices this language's press names without naming it ("the
# government"): the donor of such an office when no country is named (an assumption,
# ``home-country``). The language is the official national language of one state only,
# North Macedonia (amountfaults17; Croatian, Greek, Turkish and Serbian are official in two states
# each and have none).
HOME_COUNTRY = "MKD"
