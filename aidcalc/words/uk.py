"""Ukrainian (uk): qualifiers, range words, restatement links, news cues, date words, language
inference, place short forms and sentence abbreviations, as plain data.

Curated by the project from news text in Ukrainian (aid announcements and reports); no outside
word list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Cyrl"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``).
NEGATIONS = ("не",)

QUALIFIERS = {
    "approx": ["близько", "приблизно", "орієнтовно", "майже близько"],
    "over": [
        "понад",
        "більше ніж",
        "більш ніж",
        "більше",
        "щонайменше",
        "не менше ніж",
        "понад як",
        "перевищує",
        "перевищують",
        "перевищила",
        "перевищив",
        "перевищило",
        "перевищили",
        "не менш як",
        "не менше як",
    ],
    "under": ["менше ніж", "менш ніж", "майже", "менше"],
    "up_to": [
        "до",
        "аж до",
        "не більш як",
        "не більше як",
        "не більше ніж",
        "не більш ніж",
        "щонайбільше",
    ],
}

# Qualifiers written after the amount, at the end of its clause ("5 млн грн або більше"):
# over, and "or less", at most (``aidcalc.parsing.grammar``: a word for "than" after
# them is no end)
QUALIFIERS_AFTER = {"або більше": "over", "або менше": "up_to"}

# Verbs of exceeding ("exceeds"): an amount they stand before in its clause, its subject
# between ("Seit Kriegsbeginn übersteigt die Hilfe 30 Mrd. Euro"), is a lower bound,
# qualifier ``over`` (aidcalc.news.exceeds).
EXCEED_VERBS = "перевищує перевищують перевищила перевищив перевищило перевищили"

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("або", "тобто", "що становить")

# Words that join the low and high ends of a range.
RANGE_JOINERS = ("до", "і", "й")

# Joiners that make a range without an opener ("300 to 400 million").
RANGE_JOINERS_ALONE = ("до",)

# Words that open a range ("between").
RANGE_OPENERS = ("між", "від")

# News cues (``aidcalc.news.cues``): a cue is a word or phrase, ``*`` ends a prefix, ``####``
# stands for a year. Verbs whose subject gives or gets; "aux" are auxiliaries.
VERBS = {
    "give": (
        "надал* надав надас* надає надаватиме виділ* передал* передав передас* передає оголос* "
        "пообіця* зобов* спрямув* спрямує профінанс* виплат* "
        # the verb, not the noun "фінансування" ("потребу у … фінансуванні": a need's object)
        "фінансує фінансують фінансувал* фінансував фінансуватим* "
        "обіця* надісла* надішл* затвердил* додал* додав додасть"
    ),
    # thanking reverses the roles as receiving does: the one thanked gives
    "receive": "отрима* одержа* надійш* подякува* дякує",
    "aux": "буде будуть має",
}

# Words that tell a pledge's category.
CATEGORIES = {
    "military": (
        "військов* дрон* безпілот* ракет* боєприпас* снаряд* ППО протиповітрян* "
        "броньован* бронетехні* радіоелектронн* РЕБ збро* артилер* гелікоптер* "
        "вибухівк* оборон*"
    ),
    "financial": "бюджетн* кредит* позик* грант* фінансов* макрофінансов*",
    "humanitarian": (
        "гуманітарн* зимов* зиму зими зима енергет* генератор* медичн* продовольч* біженц*"
    ),
}

# Words that make an amount a running total.
BASIS = {
    "cumulative": (
        "загалом з початку від початку досі на сьогодні станом на всього у сумі з "
        "#### від #### сукупн*"
    ),
    "already": "вже уже",
}

# Words that make an amount a pledge: announced, planned, promised, future.
INTENTION = {
    "pledge": (
        "оголос* план* пообіця* обіця* намір* надасть виділить передасть буде будуть збира* "
        "виріши* ухвали*"
    ),
}

# Words that tell the measure of an amount (docs/extraction.md, "Measure").
MEASURE = {
    "allocation": (
        "виділ* надал* надав передал* передав поставил* поставив спрямувал* спрямував "
        "подарувал* подарував пожертвувал* пожертвував "
        # the past of giving: given is delivered ("Німеччина дала Україні 3 млрд євро")
        "дала дав дали дало"
    ),
    # money received ("received … from", "надійшло від") has been paid out: a disbursement
    "disbursement": (
        "виплач* виплат* перерахува* надійш* "
        "отримала отримав отримали отримало надійшло надійшли надійшов надійшла одержала одержав"
    ),
    "commitment": "зобов*",
}

# The future tense (a month after the publication month is then ahead, not behind).
FUTURE = {
    "future": "буде будуть надасть виділить передасть",
}

# Cues above that are phrases of several words.
CUE_PHRASES = (
    "з початку",
    "від початку",
    "на сьогодні",
    "станом на",
    "у сумі",
    "з ####",
    "від ####",
)

# Words before a date that make it the start of a period, not the value date.
SINCE = ("з", "від")

# Words before a bare year that make it a value date ("in 2023").
IN_YEAR = ("у", "в", "протягом")  # "протягом 2023 року"
# Phrases before a list of years, each the year of one amount of a list before it ("€5m, €6m
# and €7m in 2024, 2025 and 2026": aidcalc.news.dates.respective_years).
IN_YEARS = ("у", "в", "на")

# Phrases naming a year relative to the publication date, with the years they add to its
# year (aidcalc.news.dates): "last year" is -1.
RELATIVE_YEARS = (
    ("торік", -1),
    ("рік тому", -1),
    ("минулого року", -1),
    ("у минулому році", -1),
    ("цього року", 0),
    ("у цьому році", 0),
    ("в цьому році", 0),
    ("цьогоріч", 0),
    ("наступного року", 1),
    ("у наступному році", 1),
    ("в наступному році", 1),
)
# Phrases naming a year from the year named before them in the sentence, with the years they
# add to it (aidcalc.news.dates): "the year before" is -1.
ANCHORED_YEARS = (
    ("роком раніше", -1),
    ("за рік до того", -1),
    ("у попередньому році", -1),
    ("попереднього року", -1),
    ("роком пізніше", 1),
)
# Nouns of a country's economy (GDP): a year right after them, or before them, is the
# year of that measure and dates no amount (aidcalc.news.dates).
ECONOMY_NOUNS = ("ВВП",)
# Relative pronouns opening a clause after a comma ("Japan, which gave $1bn in 2023, …"): a date
# in that clause is its own amount's, never the date of the rest of the sentence.
RELATIVE_WORDS = "який яка яке які якого якої яких якому яким якими"
# Words right before a RELATIVE_YEARS phrase that make it a comparison, no date ("the same as
# last year", "up from last year").
# Words opening a clause after a comma that liken the sentence's giving to another's
# ("France pledged €5m, matching the pledge of Germany", "…, as did Germany"): a country
# in that clause is compared with, no recipient (``aidcalc.news.donors``).
LIKENESS_OPENERS = ("як", "так само як", "як і", "більше ніж", "менше ніж", "на відміну від")

COMPARED_WORDS = (
    "ніж",
    "так само як",
    "порівняно з",
)

# The "in <month>" case, derived from CLDR's wide month names: (the CLDR context it is
# derived from, (ending, replacement) pairs, the first that fits is used).
MONTH_IN_CASE = ("format", (("я", "і"), ("а", "і")))

# "In <month>" forms the rule above does not give.
IRREGULAR_MONTHS = {
    "лютому": 2,
}

# Letters only this language uses among the supported ones of its script.
LETTERS = "іїєґ"

# Small words Ukrainian writes and Russian or Bulgarian write otherwise (Russian "что", "это",
# "уже"; Bulgarian "това", "вече"), scored beside the letters (aidcalc.parsing.language); "ще"
# (still, more) is Bulgarian "will" as well, and counts for both.
TELLING_WORDS = (
    "що та як це цей ця ці який яка яке які також вже ще від було буде був була були році "
    "року після із з й або"
)

# Short forms and codes of countries in news text (matched exactly, case kept; in
# inflected languages a stem).
PLACE_SHORT_FORMS = {
    "США": "USA",
    "ЄС": "EU",
    "Єврокомісі": "EU",
    "Європейськ Союз": "EU",
    "Великобритані": "GBR",
    "Палестин": "PSE",
    "Газі": "PSE",
    "Газу": "PSE",
    "Гази": "PSE",
    # Gaza in the nominative
    "Газа": "PSE",
    # the older name the press still writes beside CLDR's "Молдова"
    "Молдаві": "MDA",
}

# How many letters may follow a place name's form in a word (inflection, endings).
EXTRA_LETTERS = 4

# Case endings tell the subject from the recipient; CLDR names lose their final vowel
# to become stems.
INFLECTED = True

# The endings of a country's name in the oblique cases after a consonant (aidcalc.places):
# a name too short to be a stem ("Чад", "Čad": Chad) is found in them too ("Чаду", "Čadu").
NAME_CASE_ENDINGS = "у ом і"

# Abbreviations that end in a period inside a sentence (folded, without the period).
ABBREVIATIONS = "р ст тис млн млрд грн ін див вул"

# Abbreviations that still end a sentence before a capital letter: a currency written
# last ("500 mln грн. Kijów …", never "5 Mio. Euro").
ENDING_ABBREVIATIONS = "грн"

# --- Who gives (aidcalc.news.institutions, aidcalc.news.donors) -------------------------------
# A block of its own: the words that tell which country or body a pledge's giver is (see en.py
# for what each name means).

INSTITUTIONS = {
    "": (
        "уряд*",
        "федеральн* уряд*",
        "кабінет* міністрів",
        "кабмін*",
        "парламент*",
        "міністерств* оборони",
        "міноборони",
        "міністерств* закордонних справ",
        "МЗС",
        "міністерств* фінансів",
        "мінфін*",
        "міністерств*",
        "прем'єр*",
        "прем’єр*",
        "президент*",
        "канцлер*",
        "міністр* оборони",
        "міністр* закордонних справ",
        "міністр* фінансів",
        "збройн* сил*",
    ),
    "UKR": ("Верховн* Рад*",),
    "USA": ("Пентагон*", "Біл* дім*", "Білому домі", "Конгрес* США", "Держдеп*"),
    "DEU": ("Бундестаг*", "Бундесвер*"),
    "LTU": ("Сейм* Литви",),
    "POL": ("Сейм* Польщі",),
    "EU": (
        "Європейськ* комісі*",
        "Єврокомісі*",
        "Європейськ* рад*",
        "Рад* ЄС",
        "Європарламент*",
        "Європейськ* парламент*",
        "Європейськ* фонд* миру",
    ),
    "EIB": ("Європейськ* інвестиційн* банк*", "ЄІБ"),
    "EBRD": ("Європейськ* банк* реконструкції та розвитку", "ЄБРР"),
    "WBG": ("Світов* банк*",),
    "IMF": ("Міжнародн* валютн* фонд*", "МВФ"),
    "IDB": ("Міжамериканськ* банк* розвитку",),
    "AFDB": ("Африканськ* банк* розвитку",),
    "ADB": ("Азійськ* банк* розвитку",),
    "ISDB": ("Ісламськ* банк* розвитку",),
    "AIIB": ("Азійськ* банк* інфраструктурних інвестицій",),
    "CEB": ("Банк* розвитку Ради Європи",),
}

AID_NOUNS = "допомог* підтримк* пакет* внес* фінансуванн* кредит* грант* позик*"

# Phrases that make the money of a sentence a collective one, with no single donor
# ("pledges from 14 governments", "together with other lenders, Japan …").
COLLECTIVE_DONORS = (
    "разом з іншими",
    "спільно з іншими",
    "обіцянки від",
    "донори",
    "країни-донори",
    "країни G7",
    "від партнерів",
    "від міжнародних партнерів",
    "від союзників",
)

AGENT_MARKERS = "від з"
# Words before a country after a part of a whole that name where the part comes from, its
# giver ("Of that, €1bn will come from Germany"; aidcalc.news.donors.part_source).
PART_SOURCES = "від з із"
RECIPIENT_MARKERS = "для до"
# Words before a way or model of giving ("through the Danish model"): a nationality adjective
# after them names no actor (aidcalc.news.donors).
MEANS_MARKERS = "через за"
GENITIVE_LINKS = ""
# Nouns of a state's form between an office and its country ("Уряд Республіки Польща", "Королівства
# Норвегія"): the country still owns the office (aidcalc.news.donors).
STATE_NOUNS = "республіки королівства"
# The genitive endings no other case shares, on a country's name right after an aid noun
# ("допомога Литви", "підтримка Німеччини"): that country gives; the dative is "Литві",
# "Україні", and "-ії"/"-щі" ("Франції", "Польщі") are genitive and dative alike.
# The instrumental ("Німеччиною", "Литвою", "Нідерландами") names the agent of a passive or of
# an aid noun ("by Germany"), unless a preposition that takes it stands before
# (INSTRUMENTAL_LINKS).
# "dative": the dative (and locative) of a name in "-а" ends in "-і" ("Україні", "Молдові",
# "М'янмі", "Канаді"; pledges18: "мі", "ді" were missing); "-ія" names take "-ії", also the
# genitive's, so they tell neither case
NAME_ENDINGS = {"owner": "и", "agent": "ою ею єю ами ями", "dative": "і"}
INSTRUMENTAL_LINKS = "з із зі за над під перед між поза"
SEAT_LINKS = "у в"
# Meetings named by their city ("the Paris conference"): that capital is a venue, no actor.
MEETING_WORDS = "конференція конференції конференцію саміт саміті"
# Verbs of being between an amount and the same money in another currency ("C$40 million is
# roughly US$28 million"): the second restates the first (aidcalc.news.restated).
COPULAS = "це становить дорівнює відповідає еквівалентна еквівалентно еквівалентний"
# Subjects naming the money said just before, opening a sentence that only restates it in another
# currency ("Ця сума еквівалентна приблизно 43 мільйонам злотих"): that amount is the same money, no
# second pledge (aidcalc.news.restated).
RESTATING_SUBJECTS = (
    "ця сума",
    "сума",
    "ці кошти",
    "цей обсяг",
)

PART_BEFORE = (
    "з них",
    "з яких",
    "з цієї суми",
    "у тому числі",
    "в тому числі",
    "зокрема",
    "з цих коштів",
    "включає",
    "розподілені між",
    "до якого входять",
    "у рамках пакета",
    "в рамках пакета",
    "у межах пакета",
    "в межах пакета",
    "у межах цього пакета",
    "в межах цього пакета",
    "у межах цієї суми",
    "в межах цієї суми",
)
# Verbs saying a package holds what follows: an amount after one is a part of it.
PART_CONTENTS = (
    "включає",
    "містить",
    "складається з",
)
PART_AFTER = ("з них",)

# Words saying the givers before them give one sum together: no single donor.
JOINT_DONORS = ("спільно",)
# Words between a list item's giver and its amount saying it is more ("and Japan another
# $2bn"): the giver still opens the item.
FURTHER_AMOUNT = ("ще", "додатково", "додаткові", "додаткових")
# Words in an amount's clause saying it is given once more ("gave €3bn again"): a new
# pledge, never a repeat of an earlier row (aidcalc.news.dedup.says_further).
AGAIN_WORDS = (
    "знову",
    "вкотре",
)
# Words right after an amount saying it comes on top of an earlier one ("DKK 9.7bn more"):
# a new pledge, never a repeat of the earlier one.
FURTHER_AFTER = ("більше", "додатково")
# Words that make an amount the sum of the amounts beside it ("a combined €5bn", "in total").
SUM_WORDS = ("загалом", "разом", "усього", "всього", "загальною сумою")
# Words right before a whole whose parts follow ("Of the €5bn, €3bn came from …").
WHOLE_BEFORE = ("з", "із", "з цих")
# Labels of a table row or list item that sums the items before it (aidcalc.news.lists).
TOTAL_LABELS = ("всього", "усього", "разом", "загалом", "підсумок", "сума")
# Labels of a list item or table row of givers no name says ("- Others: €1bn",
# aidcalc.news.lists): money of no one country.
OTHER_LABELS = ("інші", "інші донори", "решта")
# A quote's speaker: the verbs of saying after a quote, the words of the first person plural
# inside it, and the endings of a giving, asking or needing verb in the first person plural for
# a language that drops the pronoun (“We will give …,” said the Japanese prime minister: Japan
# gives; “We need …,” said the Ukrainian president: Ukraine asks).
SPEECH_VERBS = (
    "заявив заявила заявили сказав сказала повідомив повідомила повідомили наголосив "
    "наголосила додав додала"
)
WE_WORDS = "ми наш* нам нас"
WE_ENDINGS = ("емо", "имо", "амо", "імо", "ємо")
# Words pairing several givers with several amounts in order: no joint sum.
RESPECTIVELY = ("відповідно",)
# The thanking verbs among the receiving ones: the one thanked gives ("thanked Berlin for
# €3bn"), and a later amount is not that giver's by default (aidcalc.news.donors).
THANKING = (
    "подякува*",
    "дяку*",
)

# Words between a part and its whole when only the whole writes the currency: the part is in
# the whole's currency ("3 млрд із 9 млрд євро"; ``aidcalc.parsing.shared``).
PART_OF_LINKS = ("з", "із", "зі")

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("і", "й", "та", "а також")
LIST_OR = ("або", "чи")

# The word for the decimal mark in a number spelled out ("two point five"): a decimal
# written in words, read in English, refused in the others (never the part after it).
DECIMAL_WORDS = ("кома", "ціла", "цілих")

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = ("з них", "з яких", "у тому числі", "в тому числі", "ще", "і ще", "та ще")
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("на", "для", "в", "у")
# Verbs of money going somewhere after such an amount ("4 millions iront à …").
PART_VERBS = (
    "підуть",
    "піде",
)

# Words that may stand between a scaled number and the currency name it counts ("900 million
# emergency euros", "20 million additional dollars").
AMOUNT_ADJECTIVES = ("додаткових", "нових")

# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("один мільярд"): {word: value}.
COUNT_WORDS = {
    "один": "1",
    "одна": "1",
    "одного": "1",
    "одну": "1",
    # small counts, read the same way before a scale word of this language ("tre miljarder")
    "півтора": "1.5",
    "півтори": "1.5",
    "два": "2",
    "дві": "2",
    "три": "3",
    "чотири": "4",
    "шість": "6",
    "сім": "7",
    "вісім": "8",
    "десять": "10",
    "сто": "100",
}

# Words that make an amount asked for or refused rather than given (``aidcalc.news.candidates``:
# the row is kept, with status "rejected" and the reason in ``evidence``).
NOT_GIVING = {
    "contrast": "не лише не тільки",
    "request": (
        "попроси* просить просимо просили просив просила вимага* заклика* звернул* прохання запит*"
    ),
    "wish": "хоче потребує хочемо потребуємо потребува* потреб*",
    "denial": "заперечи* спростува*",
    "refusal": "відмови* відмовля* відхили* заблокува*",
    "negation": "не ніколи",
}
# Words after a request that open what the one asked is to do ("asked Germany to give …"):
# a giving verb after one is the thing asked for, no gift (aidcalc.news.not_giving).
REQUEST_LINKS = "щоб"

# Phrases of the NOT_GIVING cues above.
CUE_PHRASES = (*CUE_PHRASES, "не лише", "не тільки")

# A change of a value, not a range: the word before the first number, the word between the
# two, and verbs of change (``*`` ends a prefix), one standing before the first
# ("зросла з 2 до 3 млрд євро": two amounts).
CHANGE_FROM = ("з", "із", "від", "на")
CHANGE_TO = ("до",)
CHANGE_BY = ("на",)  # of CHANGE_FROM: the change, never the value before
CHANGE_VERBS = (
    "зрос*", "збільш*", "зменш*", "скорот*", "знизи*", "знизил*", "впа*", "підвищ*",
    "подвої*", "виріс", "виросл*",
    # issue 9 parser9: verbs of change the press uses that the table lacked
    "підня*", "нарост*", "урізал*",
)  # fmt: skip

# Words before an amount that give a value it is compared with, not a new one
# ("3 млрд євро проти 2 млрд": the second is the value before).
PREVIOUS_VALUE_CUES = (
    "порівняно з",
    "проти",
    "у порівнянні з",
)

# Nouns that label a numbered part before a dash ("Tranche 2 – 500 Mio. €", "Phase 3 – €2m"):
# the number after one is the label's, never a range's low end (issue 9 faults6 A8)
LABEL_NOUNS = ("транш", "фаза", "пакет", "етап", "стаття", "частина", "розділ")

# the word for "plus" between two numbers: a sum ("2 плюс 3"), never a list
PLUS_WORDS = ("плюс",)

# the word for "minus" right before an amount, its sign ("minus €5 million": a negative
# value); never between two amounts, where it subtracts
MINUS_WORDS = ("мінус",)

# A product in words before an amount ("3 times £50m"): words after a count that multiply
# it, one-word factors, and a word for "each" after them (aidcalc.parsing.products).
MULTIPLY_WORDS = ("рази", "разів")
FACTOR_WORDS = ("двічі", "тричі", "вдвічі", "втричі")
# Verbs multiplying an amount ("doubled its €5m pledge", "verdoppelte seine Zusage von 5 Mio.
# Euro"): the amount after them is the value before the change, the new one not written, no
# pledge (aidcalc.news.beside; "*" ends a prefix)
MULTIPLIED_VERBS = "подвої* потрої* подвою* потрою*"
PRODUCT_EACH = ("по",)

# Words right before the size of a change stated without the value after ("an increase of
# €800m"): a pledge row of the amount added, none of a cut (aidcalc.news.changes).
CHANGE_ALONE = {
    "up": [
        "збільшення на", "зростання на", "зросла на", "зріс на", "збільшили на", "збільшив на",
        "збільшила на",
    ],
    "down": [
        "скорочення на", "зменшення на", "скоротили на", "зменшили на", "зменшився на",
        "зменшилася на",
    ],
}  # fmt: skip

# Words that may follow a value before written without its currency: its time, not a noun it
# counts ("5bn a year ago", not "5 million people"; aidcalc.parsing.changes).
BEFORE_VALUE_TIMES = ("роком", "торік", "раніше", "у", "в")

# Words right beside a single amount given by several joined givers, saying each gives it
# ("Spain and Italy pledged €20m each", "jeweils 20 Millionen"): one row per giver.
EACH_WORDS = ("кожна", "кожен", "кожний", "по")

# Money beside a pledge that is no pledge of the sentence's giver (``aidcalc.news.beside``):
# a difference ("на 1 млрд євро більше, ніж Франція"), money set against the pledge
# ("частка від 60 млрд євро …") and relative pronouns ("5 млрд євро, які просив Київ").
COMPARED_AFTER = (
    "більше ніж",
    "менше ніж",
    "більше, ніж",
    "менше, ніж",
    "більше за",
    "менше за",
    "вища ніж",
    "вищий ніж",
    "вище ніж",
    "нижча ніж",
    "нижчий ніж",
    "нижче ніж",
)
SET_AGAINST = ("частка від", "порівняно з", "проти", "далеко від")
RELATIVE_PRONOUNS = "які яку який"
# Words opening a relative clause after a comma (", which has asked for …,"): a request
# inside it governs only the amounts of that clause (aidcalc.news.not_giving).
RELATIVE_CLAUSE_WORDS = "який яка яке які якого якої яких що"
# Verbs of an actor spending on itself: money so spent is no aid.
SPENDING_VERBS = "витрачає витрачають витратив витратила витратило"
# Budget nouns: an amount that is their value is the owner's own money, no aid.
OWN_BUDGETS = (
    "оборонний бюджет",
    "військовий бюджет",
    "оборонного бюджету",
    "військового бюджету",
    "військові витрати",
    "оборонні витрати",
)
# Possessives of the subject after a spending verb's amount: spent on itself ("its army").
OWN_POSSESSIVES = "свій свою своє свої своєї своїх своїм свого власний власну власні"
# Nouns of an actor's own ends after a possessive of OWN_POSSESSIVES: its own money, no aid.
OWN_ENDS = (
    "армію армії армія військо війська сили військових солдатів громадян населення "
    "домогосподарства фермерів промисловість економіку бюджет оборону поліцію кордони "
    "пенсії пенсіонерів"
)

# A value before a change written after the value after ("raised its aid to €8bn, after €5bn
# last year"): the word before it, then a phrase of a past period after it
# (``aidcalc.parsing.changes``).
AFTER_VALUE_WORDS = ("після",)
PAST_PERIODS = ("торік", "минулого року", "роком раніше", "у попередньому році", "рік тому")

# Phrases of the rate a restatement was converted at, written after it ("€3bn – roughly $3.2bn
# at current rates –"): part of the aside (``aidcalc.parsing.restatements``).
RATE_PHRASES = ("за поточним курсом", "за нинішнім курсом", "за теперішнім курсом")

# A running total said after a new amount: a verb, up to a few words ("…" in a frame), then a
# word for "to" right before the amount ("…, bringing their combined aid to more than €12bn"):
# that amount is cumulative (``aidcalc.news.candidates.bases_of``).
TOTAL_FRAMES = ("довівши … до", "що збільшує … до", "збільшивши … до")

# A new level set for a whole: a verb of raising, "…", a word for "to" right before the amount,
# a noun of ``LEVEL_NOUNS`` in the frame or just before it (see en.py): cumulative, no new money.
RAISE_FRAMES = (
    "збільшила … до",
    "збільшив … до",
    "збільшило … до",
    "збільшили … до",
    "збільшить … до",
    "збільшити … до",
    "підвищила … до",
    "підвищив … до",
    "підвищили … до",
    "підвищити … до",
)
LEVEL_NOUNS = "зобов* фонд* програм* пакет* ліміт*"

# The whole a share is taken of, after a share word and before an amount set off ("a third of
# the package (€1.3bn)"): that amount is a part of the amount before (``aidcalc.news.parts``).
SHARE_WHOLES = ("пакета", "пакету", "допомоги", "суми", "коштів")
SHARE_OF_LINKS = ("з", "із", "зі")
REST_WORDS = ("решта", "решту", "залишок", "решта коштів")
# Words of a share before a phrase of PART_AFTER or SHARE_WHOLES ("połowa z tego").
PART_SHARES = (
    "третина",
    "третину",
    "половина",
    "половину",
    "частина",
    "частину",
    "більшість",
    "решта",
    "чверть",
)

# Phrases naming the calendar week before the publication's (aidcalc.news.dates,
# docs/extraction.md): a date approximate to the week, dated by the month of its Thursday.
RELATIVE_WEEKS = (
    ("минулого тижня", -1),
    ("на минулому тижні", -1),
    ("минулому тижні", -1),
)
# Forms of the days of the week that CLDR's names lack (the case after "on"), 1 = Monday
WEEKDAY_FORMS = {
    "середу": 3,
    "п'ятницю": 5,
    "п’ятницю": 5,
    "суботу": 6,
    "неділю": 7,
}

# Phrases beside an amount that make it a yearly amount, one year's instalment of a
# period (aidcalc.news.yearly): "€4bn a year", "jährlich 4 Mrd. Euro", "4 mld zł rocznie".
PER_YEAR = (
    "щороку",
    "на рік",
    "щорічно",
    "кожного року",
)
# A rate per unit, no total: these phrases right after an amount (a preposition that is
# also "for" or "to" elsewhere, so only with its noun of a unit). No pledge row counts it
# (aidcalc.news.beside); a PER_YEAR phrase is yearly instead.
PER_UNIT_PHRASES = (
    "на людину",
    "на особу",
    "на родину",
    "на сім'ю",
    "на дитину",
    "на день",
    "на місяць",
    "на біженця",
    "на домогосподарство",
)

# Words before an IN_YEAR phrase that make its year the end of a period, no value date
# ("jusqu'en 2027"; aidcalc.news.dates).
UNTIL = ("до",)

# Money that is no gift, whoever's it is (aidcalc.news.other_money): {kind: words}; a word
# ending in "*" stands for every word it begins, words with a space for that phrase.
OTHER_MONEY = {
    # a need stated as a noun (KINDS_STATED: no gift in a clause with no giving verb)
    "need": (
        "фінансові потреби",
        "потреби у фінансуванні",
        "потреба у фінансуванні",
    ),
    "damage": "зруйнува* руйнуван* знищи* знищен* пошкод* збитки збитків",
    "fire": "випустил* випустив",
    "loss": "втратил* втратив втрати втрат",
    "trade": "торгівля торгівлі експорт експорту імпорт імпорту продала продали продав",
    "revenue": "доходи доходів надходжен*",
    "debt": "борг борги боргу боргів заборгован*",
    # Figures stated, not given: they count in a clause with no giving verb (KINDS_STATED).
    "estimate": "оціню* оцінил* оцінив коштуватим* коштуватиме",
    "stock": (
        "резерви",
        "резервів",
        "резервах",
        "ввп",
        "дефіцит",
        "дефіциту",
        "зовнішнього фінансування",
        "зовнішнє фінансування",
    ),
    "conditional": "означало означатиме означало б",
    # A figure stated by a valuation verb: no pledge unless aid is its subject (KINDS_STATED).
    "valuation": "становить становлять становили становив становила склав склала склали",
    # the price of a thing, stated: no gift in a clause with no giving verb (KINDS_STATED)
    "price": "вартість коштує коштуватиме ціна",
}

# Words in a quote naming its speakers as the givers of money it receives ("Ukraine will get
# €2bn from us"): the speaker's country gives (aidcalc.news.donors, rule 4).
FROM_US = ("від нас", "з нашого боку")
# Words opening a clause of another subject after an amount ("…, while France will consider
# …", "…, tandis que la France envisage …"): the country right after them (articles between)
# is the subject of its clause, whatever its verb (aidcalc.news.donors, rule 4).
CONTRAST_OPENERS = ("тоді як", "в той час як", "натомість", "а")
# Words for a country's givers ("Ukraine's allies", "die Verbündeten der Ukraine"): as the
# subject of a giving verb, with that country as possessor or genitive, the money is several
# givers' (collective) and that country receives it (aidcalc.news.donors, rule 3).
ALLY_WORDS = ("союзники", "партнери", "донори")
# Words between a list item's giver and its amount after the first one ("…, Germany leading with
# €4bn", "…, darunter Deutschland mit 4 Mrd. Euro"): that country gives that amount.
ITEM_WITH = ("з сумою", "із сумою")

# A whole named after a part (aidcalc.news.beside, rule 6; docs/extraction.md): the part, a link
# (``SHARE_OF_LINKS``, or one of ``WHOLE_FROM`` that names a whole only with a noun), then a noun
# phrase and the whole's amount. ``WHOLE_NOUNS`` are the nouns of such a phrase, as stems a word
# holds (any ending, any compound: "pakiet" in "pakietu", "paket" in "Hilfspaket");
# ``WHOLE_WORTH`` the words between that noun and the whole's amount ("worth", "o wartości").
WHOLE_NOUNS = (
    "пакет",
    "фонд",
    "бюджет",
    "програм",
    "транш",
    "сум",
    "інструмент",
    "механізм",
    "кредит",
    "позик",
)
WHOLE_WORTH = ("вартістю", "загальною вартістю", "на суму", "обсягом", "у розмірі", "в розмірі")

# Headings of a pasted table's column that numbers its rows: identifiers, no money
# (aidcalc.news.header_tables).
ID_HEADERS = ("№", "номер", "пакет")

# Headings of a pasted table's label column that name recipients, not givers
# (aidcalc.news.article_tables).
RECIPIENT_HEADERS = ("отримувач", "країна-отримувач", "призначення", "мета")

# A correction note (aidcalc.news.corrections): its label before a colon ("Correction:"), the
# phrases naming the figure an earlier version gave (retracted), and a "not" before a retracted
# figure in the note ("…, not 257 million").
CORRECTION_LABELS = ("виправлення", "уточнення")
EARLIER_VERSION = ("у попередній версії", "в попередній версії")
CORRECTION_NOT = ("не", "а не")
# Words in a sentence naming an earlier version that introduce the right figure after the
# retracted one ("…; the correct figure is …"; aidcalc.news.corrections).
# Phrases naming what was reported before ("it was earlier reported"): a retracted figure only when
# a word of CORRECT_FIGURE follows in the same sentence (aidcalc.news.corrections).
EARLIER_REPORT = ("раніше повідомлялося", "раніше повідомляли", "спочатку повідомлялося")
CORRECT_FIGURE = (
    "правильна",
    "правильний",
    "правильно",
    "насправді",
    "уточнило",
    "уточнив",
    "уточнила",
    "уточнили",
)

# A person's titles (aidcalc.news.persons): a country name right after one, perhaps after
# first names, is a surname ("o primeiro-ministro, Luís Montenegro").
PERSON_TITLES = ("президент", "прем'єр-міністр", "прем’єр-міністр", "міністр", "канцлер", "посол")

# Phrases opening a sentence that break down a total said a sentence or a few before; "#" is
# the number the total is restated by (aidcalc.news.parts.opens_breakdown).
BREAKDOWN_OPENERS = ("з них", "із них", "з цієї суми", "з цих коштів", "з цього", "з цих #")

# Nouns of war and invasion (our own list, issue F10/F11 of trial 13): a demonym right beside
# one ("Russian invasion", "invasão russa") names the aggressor, never a recipient
# (aidcalc.news.donors).
WAR_NOUNS = "вторгнен* війн* агресі* напад* наступ* окупаці*"
# Words saying a sentence's money comes on top of what an earlier sentence stated ("will also
# give"): its row is new, never the earlier sentence's running total (aidcalc.news.candidates).
ON_TOP = ("також", "додатково", "крім того", "окрім того")
# Phrases restating the value of a package named before ("total value of"): the package's own
# pledge, not a running total of all aid (aidcalc.news.candidates.bases_of).
PACKAGE_VALUE = ("загальною вартістю", "загальна вартість", "загальну вартість")

# Phrases dating a sentence's money on the day of the sentence before it ("the same day"):
# aidcalc.news.candidates takes the day of the latest earlier row that states one.
SAME_DAY = ("того ж дня", "того самого дня", "в той самий день", "у той самий день", "цього ж дня")

# The word for "today": the day its text counts from, a dateline's when one stands above it
# (aidcalc.news.dates.today_date).
TODAY = ("сьогодні",)
# Channel words (issue actors15): phrases, folded, before the organisations that pay the money
# out for a giver ("via UNDP and the EU"): such an organisation, and the ones joined to it, is a
# channel, neither giver nor recipient (aidcalc.news.donors).
CHANNEL_WORDS = (
    "через",
    "за посередництвом",
)
# Venue words (issue actors15): stems of the nouns of an event ("ceremony", "conference",
# "summit", "meeting"); a place after one and a word of place ("at a ceremony in Paris") is
# where it happens, never a giver or recipient (aidcalc.news.donors).
VENUE_WORDS = (
    "церемоні",
    "конференці",
    "саміт",
    "зустріч",
    "засіданн",
    "форум",
)

# Verbs of a sum of aid (pledgefaults16), an aid noun (``AID_NOUNS``, no whole's noun of
# ``WHOLE_NOUNS``) their subject before them and the amount right after them: a sum reached
# (``REACH_VERBS``: the aid given so far, cumulative, an allocation: "Germany's aid to Ukraine
# reached €5bn") or a sum the aid came to (``SUM_VERBS``: an allocation, its basis left to the
# other words; a year's aid may come to it). ``REACH_VERBS_AFTER``: verb last, the amount right
# before it (``aidcalc.news.reached``).
REACH_VERBS = ("сягнула", "сягнув", "сягнуло", "досягла", "досягнула", "досягло", "досяг")
SUM_VERBS = ("склала", "склав", "склали")

# Participles of acts of war (pledgefaults16): a country right after one, an agent's word or
# determiners between ("occupied by Russia", "оккупированные Россией"), or after an agent's
# word right before one ("von Russland besetzten"), wages the war: no actor of aid
# (``aidcalc.news.donors.aggressor``).
WAR_PARTICIPLES = "окупован* захоплен* анексован* зруйнован* обстріляні обстріляних підконтрольн*"

# "Year" abbreviated after a year ("2023 р."): its period ends a sentence unless a short
# date phrase opens the sentence with it (aidcalc.news.sentences; pledgefaults16).
YEAR_ABBREVIATIONS = "р"

# Nouns of an appeal or a call for money, and forms of asking the request verbs miss
# (aidcalc.news.not_giving): money an appeal asks for is a request, no pledge of the one
# appealing. Merged into NOT_GIVING's "request" cues (aidcalc.words.build).
APPEAL_WORDS = ("проханн*", "звернув*", "звернен*", "заклик*")

# Head nouns of an organisation's name ("*" ends a prefix; a leading "*" a compound's head):
# one in the subject of a giving verb where no known giver stands names a giver the gazetteer
# does not know, never an earlier sentence's donor (aidcalc.news.donors).
ORGANISATION_NOUNS = ("банк*", "фонд*", "агентств*", "організаці*")

# Words between a noun of an event and the country it is about ("the conference on Lebanon"):
# that country receives the event's money, never gives it (aidcalc.news.donors).
EVENT_TOPICS = "щодо для відновлення підтримки"

# Coins and notes after a currency: a face value counted ("10 thousand 2 euro coins"): a
# bare number after a thousand before it is no addend (``number_spans.face_value_after``).
COIN_NOUNS = ("монет", "монети", "банкнот", "банкноти")
