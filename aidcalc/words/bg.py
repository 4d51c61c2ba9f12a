"""Bulgarian (bg): qualifiers and the small words around amounts, as plain data.

Curated by the project from news text in Bulgarian; no outside word list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Cyrl"

# Letters that tell the language among the supported ones of its script: the vowel "ъ"
# ("България", "към", "въоръжение", "Министърът"); Russian writes "ъ" only before "е", "ё",
# "я" (its ``LETTER_PAIRS``), which counts for Russian instead (aidcalc.parsing.language). A
# word ending in "щ" is Bulgarian as well ("помощ", "мощ"; Russian and Ukrainian "помощь",
# "допомога"): ``WORD_ENDINGS``.
WORD_ENDINGS = "щ"
LETTERS = "ъ"

# Small words Bulgarian writes and Russian or Ukrainian write otherwise (Russian "будет",
# "это", "после", "через"; Ukrainian "буде", "це", "після"), scored beside the letters: "ще"
# (will; Ukrainian "still", counted for both), "са" (are), "е" (is), the scale words with one
# "л" (Russian "миллиона", Ukrainian "мільйона"), "Украйна" (Russian "Украина", Ukrainian
# "Україна"). "и" (and) is Russian too.
TELLING_WORDS = (
    "ще са е към във със това тази този тези която които който което също след през според "
    "досега вече беше бяха бе чрез обаче милион милиона милиони милиард милиарда милиарди "
    "лева лв украйна и"
)

# Dates (aidcalc.news.dates): "миналата година" (last year) is the year before the
# publication's.
# Words before a date that start a running period ("от февруари 2022", "откакто"): the
# date is its start, not the statement's date.
SINCE = ("от", "откакто")
# Words before a bare year that make it a value date: "през 2023 г.", "в 2023 г." (in 2023;
# pledgefaults16: before, "През 2023 г." dated its amount by the publication)
IN_YEAR = ("през", "в", "във")
RELATIVE_YEARS = (
    ("миналата година", -1),
    ("лани", -1),
    ("тази година", 0),
    ("догодина", 1),
    ("следващата година", 1),
)
# Nouns of a country's economy (GDP): a year right after them, or before them, is the
# year of that measure and dates no amount (aidcalc.news.dates).
ECONOMY_NOUNS = ("БВП",)

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``).
NEGATIONS = ("не",)

QUALIFIERS = {
    "approx": ["близо", "около", "приблизително", "към"],
    "over": [
        "над",
        "повече от",
        "поне",
        "не по-малко от",
        "надхвърля",
        "надхвърлят",
        "надхвърли",
        "надминава",
    ],
    "under": ["под", "по-малко от", "почти", "малко под"],
    "up_to": ["до", "чак до"],
}

# Verbs of exceeding ("exceeds"): an amount they stand before in its clause, its subject
# between ("Seit Kriegsbeginn übersteigt die Hilfe 30 Mrd. Euro"), is a lower bound,
# qualifier ``over`` (aidcalc.news.exceeds).
EXCEED_VERBS = "надхвърля надхвърлят надхвърли надминава"

# Words that join main and minor units ("20 лева и 43 стотинки").
CONJUNCTIONS = ("и",)

# What may stand between an amount and its restatement in another currency, besides "(" and
# ",": "т.е." (that is; its dots are punctuation, as in English "i e"), "тоест", "или" (or),
# "равняващи се на" (equal to).
RESTATEMENT_LINKS = ("т е", "тоест", "или", "равняващи се на", "което се равнява на")

# Words that join the low and high ends of a range ("от 10 до 20 милиона").
RANGE_JOINERS = ("до", "и")  # "и" only after an opener: "между 2 и 3 милиона"

# Words that open a range.
RANGE_OPENERS = ("от", "между")

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("и",)
LIST_OR = ("или",)

# The word for the decimal mark in a number spelled out ("two point five"): a decimal
# written in words, read in English, refused in the others (never the part after it).
DECIMAL_WORDS = ("цяло", "цели", "запетая")

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = ("от които", "още", "и още")
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("за", "на")

# Words that may stand between a scaled number and the currency name it counts ("900 million
# emergency euros", "20 million additional dollars").
AMOUNT_ADJECTIVES = ("допълнителни", "нови")

# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("един милиард"): {word: value}.
COUNT_WORDS = {
    "един": "1",
    "една": "1",
    "едно": "1",
    "половин": "0.5",
    # small counts, read the same way before a scale word of this language ("два милиарда")
    "два": "2",
    "две": "2",
    "три": "3",
    "четири": "4",
    "пет": "5",
    "шест": "6",
    "седем": "7",
    "осем": "8",
    "девет": "9",
    "десет": "10",
    "сто": "100",
}

# Scale words that are a number alone, with no word for one before them: the million and
# the billion ("Правителството отпусна милион евро", one million euros).
WHOLE_SCALES = ("милион", "милиард")

# Cardinal numbers in a Bulgarian text (num2words does not spell Bulgarian): units with their
# gender forms, teens and tens with the spoken short forms ("двайсет"), hundreds, and the tens
# joined to a unit by "и" ("двадесет и пет"); read only with ``lang="bg"``.
_UNITS = {
    "един": 1,
    "една": 1,
    "едно": 1,
    "два": 2,
    "две": 2,
    "три": 3,
    "четири": 4,
    "пет": 5,
    "шест": 6,
    "седем": 7,
    "осем": 8,
    "девет": 9,
}
_TEENS = {
    "десет": 10,
    "единадесет": 11,
    "единайсет": 11,
    "дванадесет": 12,
    "дванайсет": 12,
    "тринадесет": 13,
    "тринайсет": 13,
    "четиринадесет": 14,
    "четиринайсет": 14,
    "петнадесет": 15,
    "петнайсет": 15,
    "шестнадесет": 16,
    "шестнайсет": 16,
    "седемнадесет": 17,
    "седемнайсет": 17,
    "осемнадесет": 18,
    "осемнайсет": 18,
    "деветнадесет": 19,
    "деветнайсет": 19,
}
_TENS = {
    "двадесет": 20,
    "двайсет": 20,
    "тридесет": 30,
    "трийсет": 30,
    "четиридесет": 40,
    "четирийсет": 40,
    "петдесет": 50,
    "шестдесет": 60,
    "седемдесет": 70,
    "осемдесет": 80,
    "деветдесет": 90,
}
_HUNDREDS = {
    "сто": 100,
    "двеста": 200,
    "триста": 300,
    "четиристотин": 400,
    "петстотин": 500,
    "шестстотин": 600,
    "седемстотин": 700,
    "осемстотин": 800,
    "деветстотин": 900,
}
NUMBER_WORDS = {
    **_UNITS,
    **_TEENS,
    **_TENS,
    **_HUNDREDS,
    **{f"{ten} и {unit}": t + u for ten, t in _TENS.items() for unit, u in _UNITS.items()},
    **{
        f"{h} и {w}": hv + v
        for h, hv in _HUNDREDS.items()
        for w, v in {**_UNITS, **_TEENS, **_TENS}.items()
    },
    **{
        f"{h} {ten} и {unit}": hv + t + u
        for h, hv in _HUNDREDS.items()
        for ten, t in _TENS.items()
        for unit, u in _UNITS.items()
    },
    "хиляда": 1000,
    "един милион": 10**6,
    "един милиард": 10**9,
}

# Phrases naming the calendar week before the publication's (aidcalc.news.dates,
# docs/extraction.md): a date approximate to the week, dated by the month of its Thursday.
RELATIVE_WEEKS = (("миналата седмица", -1),)
# Forms of the days of the week that CLDR's names lack (the case after "on"), 1 = Monday
WEEKDAY_FORMS = {
    "сряда": 3,
}

# Phrases beside an amount that make it a yearly amount, one year's instalment of a
# period (aidcalc.news.yearly): "€4bn a year", "jährlich 4 Mrd. Euro", "4 mld zł rocznie".
PER_YEAR = (
    "годишно",
    "на година",
    "всяка година",
)

# Verbs of an actor spending on itself: money so spent is no aid.
SPENDING_VERBS = "харчи похарчи изразходва"

# --- News (aidcalc.news) ----------------------------------------------------------------------
# Our own lists, written for this project after the verbs Bulgarian aid news uses (see es.py for
# the conventions): giving and receiving verbs make Bulgarian a news language, so that a
# Bulgarian sentence ("България ще отпусне на Украйна 30 милиона лева помощ.") has its giver
# and recipient. Bulgarian has no noun cases: the recipient follows "на" (to).
VERBS = {
    "give": (
        "отпусн* отпуска* дари дарил* дариха дарява* предостав* изпрат* изпраща* обеща* "
        "даде дадоха дава дават дала дали достав* финансира* осигур* преведе преведоха "
        "превежда* обяви обявил* обявиха обявява*"
    ),
    # thanking reverses the roles as receiving does: the one thanked gives
    "receive": "получ* благодари*",
    "aux": "ще е са бяха беше",
}

INTENTION = {
    "pledge": "ще обеща* обещава* предвижда* планира* обяви обявил* обявиха обявява*",
}

MEASURE = {
    "allocation": (
        "отпусна отпуснала отпуснаха дари дарила дариха предостави предоставила предоставиха "
        "изпрати изпратила изпратиха даде дала дадоха достави достави доставила доставиха"
    ),
    "disbursement": "изплати изплатила изплатиха преведе превела преведоха получи получила",
}

FUTURE = {
    "future": "ще",
}

# Nouns of aid whose possessor or adjective is the giver ("помощта на България", "Greek
# aid"; aidcalc.news.donors); a star ends a stem.
AID_NOUNS = "помощ* подкреп* пакет* финансиран* кредит* грант* дарени* принос*"
AGENT_MARKERS = "от"
# Words before a country after a part of a whole that name where the part comes from, its
# giver ("Of that, €1bn will come from Germany"; aidcalc.news.donors.part_source).
PART_SOURCES = "от"
# Phrases opening an amount that is part of the one before it ("of them", "of which", "of the
# sum", "including"): the part is linked to its package, never counted twice.
# Verbs of being between an amount and its restatement in another currency.
COPULAS = "е са възлиза съответства отговаря равнява се"
# Subjects naming the money said just before, opening a sentence that only restates it in another
# currency: that amount is the same money, no second pledge (aidcalc.news.restated).
RESTATING_SUBJECTS = ("тази сума", "тези средства", "сумата")
PART_BEFORE = (
    "от тях",
    "от които",
    "от сумата",
    "от тази сума",
    "от средствата",
    "в това число",
    "включително",
)
PART_AFTER = ()
# Words saying a sentence's money comes on top of an earlier one's ("also", "a new package"): a
# row that would take its basis from an earlier sentence's running total is new then.
ON_TOP = ("също", "освен това", "допълнително", "нов пакет", "нова помощ")
RECIPIENT_MARKERS = "на за в във"
# How many letters may follow a place name's form in a word: the definite article ("Украйна",
# "Украйната") and adjective endings.
EXTRA_LETTERS = 3
# Short forms and codes of countries in news text (matched exactly, case kept).
PLACE_SHORT_FORMS = {
    "САЩ": "USA",
    "ЕС": "EU",
    "Европейският съюз": "EU",
    "Великобритания": "GBR",
    "Газа": "PSE",  # no CLDR name: "За Газа България ще дари …"
    # Palestine as the press names it (CLDR has only the territories)
    "Палестина": "PSE",
}

# Money that is no gift, whoever's it is (aidcalc.news.other_money): damage, losses, trade,
# revenues, debts.
OTHER_MONEY = {
    # a need stated as a noun (pledges18): the needer's figure, no gift (KINDS_STATED)
    "need": (
        "финансови нужди",
        "финансовите нужди",
        "нужди от финансиране",
        "нуждите от финансиране",
        "финансов недостиг",
    ),
    "damage": "унищожи унищожил* унищожен* щети щетите разруши разрушил* разрушен*",
    "loss": "загуби загубил* загуба загубата загубите",
    "trade": "търговия търговията износ износа внос вноса продаде продала",
    "revenue": "приходи приходите",
    "debt": "дълг дълга дългове",
    # the price of a thing, stated: no gift in a clause with no giving verb (KINDS_STATED)
    "price": "цена цената струва струваше разходите",
    # figures stated, not given ("оценява … на", puts … at): only in a clause with no giving
    # verb (KINDS_STATED)
    "estimate": "оценява оценяват оцени оцениха оценени оценен* оценка оценката оценките",
}
OTHER_MONEY_LINKS = "в"

# Money asked for or needed (aidcalc.news.not_giving): a request ("поиска", asked; "призова",
# called for) or a need ("нуждите", the needs; "необходими", needed) is no pledge of anyone.
NOT_GIVING = {
    "contrast": "не само",
    "request": (
        "поиска поискаха поискал* иска искат искаше искането искане призова призоваха "
        "призив* апел* молба молбата призова* приканва* прикани*"
    ),
    "wish": "нужди нуждите нужда нуждае нуждаят нуждаеше необходими необходимите нужни",
}
# Words after a request that open what the one asked is to do ("asked Germany to give …"):
# a giving verb after one is the thing asked for, no gift (aidcalc.news.not_giving).
REQUEST_LINKS = "да"
CUE_PHRASES = (
    "общата стойност",
    "от началото на войната",
    "от началото на инвазията",
    "от началото",
    "до момента",
    "до днес",
    "не само",
)

# Offices and bodies that act for a country or body (aidcalc.news.institutions); code "" for
# an office of the country named beside it.
INSTITUTIONS = {
    "": (
        "правителств*",
        "министерств* на отбраната",
        "министерств* на външните работи",
        "министерств* на финансите",
        "министерств*",
        "министър-председател*",
        "премиер*",
        "президент*",
        "Народн* събрание*",
    ),
    "EU": ("Европейск* комисия*", "Европейск* съюз*", "Европейск* парламент*", "Съвет* на ЕС"),
    "IMF": ("Международн* валутен фонд*", "МВФ"),
}
# Words joining an office to its country ("правителството на България": "на" is "of" there,
# and "to" before the recipient).
GENITIVE_LINKS = "на"

# A correction note (aidcalc.news.corrections): its label before a colon ("Correction:"), the
# phrases naming the figure an earlier version gave (retracted), and a "not" before a retracted
# figure in the note ("…, not 257 million").
CORRECTION_LABELS = ("корекция", "поправка")
EARLIER_VERSION = (
    "в предишна версия",
    "в предишната версия",
    "в по-ранна версия",
    "в по-ранната версия",
    "в първоначалната версия",
    "в първоначална версия",
    "в първоначалния вариант",
    "в предишния вариант",
    "в по-ранен вариант",
)
CORRECTION_NOT = ("не", "а не")
# Words in a sentence naming an earlier version that introduce the right figure after the
# retracted one ("…; the correct figure is …"; aidcalc.news.corrections).
CORRECT_FIGURE = ("правилната", "правилна", "правилно", "вярната", "вярно")

# A person's titles (aidcalc.news.persons): a country name right after one, perhaps after
# first names, is a surname ("o primeiro-ministro, Luís Montenegro").
PERSON_TITLES = ("президентът", "премиерът", "министър", "министърът", "канцлерът")

# Words opening a clause of another subject after an amount ("…, а САЩ обявиха помощ от 500
# млн. долара", "…, докато Румъния …").
CONTRAST_OPENERS = ("а", "докато", "като същевременно")

# Words that make an amount a running total: "от началото на войната общата стойност …
# надхвърля 1 млрд. лева" (since the start of the war, the total value exceeds).
BASIS = {
    "cumulative": (
        "общата стойност общо досега надхвърля надхвърлят от началото на войната насам "
        "от началото на инвазията от началото "
        "до момента до днес"
    ),
    "already": "вече",
}

# Phrases right after an amount that make it a difference, no pledge ("30 million more than last
# year"; a comparative and the word for "than"; aidcalc.news.beside).
COMPARED_AFTER = (
    "повече от",
    "по-малко от",
    "повече отколкото",
    "по-малко отколкото",
    "по-висока от",
    "по-ниска от",
)

# The rest of a whole, set off right before an amount or standing right before it: a
# part of the amount before (aidcalc.news.parts).
REST_WORDS = ("останалите", "остатъкът")

# Phrases opening a sentence that break down a total said a sentence or a few before it
# ("От тази сума 250 милиона евро …"): its amounts are parts of the giver's latest total
# (aidcalc.news.parts.opens_breakdown); "#" a number the total is restated by.
BREAKDOWN_OPENERS = (
    "от тях",
    "от тази сума",
    "от общата сума",
    "от тези средства",
    "от тези #",
)

# Headings of a pasted table's label column that name recipients or purposes, not givers
# (aidcalc.news.article_tables).
RECIPIENT_HEADERS = ("получател", "предназначение", "цел")

# The word for "today": the day its text counts from, a dateline's when one stands above it
# (aidcalc.news.dates.today_date).
TODAY = ("днес",)
# Channel words (issue actors15): phrases, folded, before the organisations that pay the money
# out for a giver ("via UNDP and the EU"): such an organisation, and the ones joined to it, is a
# channel, neither giver nor recipient (aidcalc.news.donors).
CHANNEL_WORDS = (
    "чрез",
    "посредством",
    "по линия на",
)
# Venue words (issue actors15): stems of the nouns of an event ("ceremony", "conference",
# "summit", "meeting"); a place after one and a word of place ("at a ceremony in Paris") is
# where it happens, never a giver or recipient (aidcalc.news.donors).
VENUE_WORDS = (
    "церемони",
    "конференци",
    "среща",
    "срещата",
    "форум",
)

# "Year" abbreviated after a year ("2023 г."): its period ends a sentence unless a short
# date phrase opens the sentence with it (aidcalc.news.sentences; pledgefaults16).
YEAR_ABBREVIATIONS = "г"

# Words for givers (aidcalc.news.donors, rule 3): as a subject, several givers' money; with
# a country as their possessor or genitive, that country receives.
ALLY_WORDS = ("съюзниците", "партньорите", "донорите", "съюзници", "партньори", "донори")

# Head nouns of an organisation's name ("*" ends a prefix; a leading "*" a compound's head):
# one in the subject of a giving verb where no known giver stands names a giver the gazetteer
# does not know, never an earlier sentence's donor (aidcalc.news.donors).
ORGANISATION_NOUNS = ("банк*", "фонд*", "агенци*")
# The country whose offices this language's press names without naming it ("the
# government"): the donor of such an office when no country is named (an assumption,
# ``home-country``). The language is the official national language of one state only,
# Bulgaria (amountfaults17; Croatian, Greek, Turkish and Serbian are official in two states
# each and have none).
HOME_COUNTRY = "BGR"
