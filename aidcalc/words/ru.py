"""Russian (ru): qualifiers and the small words around amounts (range words, conjunctions,
fillers), as plain data.

Curated by the project from news text in Russian; no outside word list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Cyrl"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``).
NEGATIONS = ("не",)

QUALIFIERS = {
    "approx": ["около", "примерно", "порядка"],
    "over": [
        "более",
        "свыше",
        "больше",
        "не менее",
        "превышает",
        "превышают",
        "превысила",
        "превысил",
        "превысило",
        "превысили",
    ],
    "under": ["менее", "почти", "меньше"],
    "up_to": ["до", "вплоть до"],
}

# Verbs of exceeding ("exceeds"): an amount they stand before in its clause, its subject
# between ("Seit Kriegsbeginn übersteigt die Hilfe 30 Mrd. Euro"), is a lower bound,
# qualifier ``over`` (aidcalc.news.exceeds).
EXCEED_VERBS = "превышает превышают превысила превысил превысило превысили"

# Words that join main and minor units ("20 dollars and 43 cents").
CONJUNCTIONS = ("и",)

# Words that join the low and high ends of a range.
RANGE_JOINERS = ("до", "и")  # "и" only after an opener: "между 2 и 3 млн"

# Joiners that make a range without an opener ("300 to 400 million").
RANGE_JOINERS_ALONE = ("до",)

# Words that open a range ("between").
RANGE_OPENERS = ("от", "между")

# Letters only this language uses among the supported ones of its script. The hard sign "ъ" is
# no such letter (Bulgarian writes it in most texts, as a vowel): Russian writes it only before
# "е", "ё", "я" ("объявил", "съезд"), the pairs below, which Bulgarian does not write ("ъю"
# it does: "съюз", union; Russian "союз").
LETTERS = "ыэё"
LETTER_PAIRS = "ъе ъё ъя"

# Small words Russian writes and Ukrainian or Bulgarian write otherwise (Ukrainian "що", "це",
# "також", "вже", "після"; Bulgarian "това", "също", "вече", "след"), scored beside the letters
# (aidcalc.parsing.language): a Russian sentence often has no "ы", "э" or "ё" ("Министр
# финансов заявил, что бюджет будет исполнен."). "и" is Bulgarian too, no Ukrainian word;
# "уже" (already) is Ukrainian too (after a vowel, for "вже"), so neither's.
TELLING_WORDS = (
    "что чтобы это этот эта эти как также который которая которое которые было будет был была "
    "были году года после ещё еще он она они его её ее их миллион миллиона миллионов "
    "миллиард миллиарда миллиардов и "
    # news words (actors15): Ukrainian writes "підтримка", "склала", "пообіцяла", "уряд",
    # "Україна"; Bulgarian "подкрепа", "правителство", "Украйна" ("помощь" is left to no
    # language: aidcalc.parsing.language)
    "поддержка составила составил составило составили составит пообещала пообещал "
    "пообещали передаст передала передал предоставит правительство украина украине украину "
    "украины"
)

# Dates (aidcalc.news.dates): "в прошлом году" (last year) is the year before the publication's.
RELATIVE_YEARS = (
    ("в прошлом году", -1),
    ("в минувшем году", -1),
    ("в этом году", 0),
    ("в текущем году", 0),
    ("в следующем году", 1),
    ("в будущем году", 1),
)
# Phrases naming a year from the year named before them in the sentence, with the years they
# add to it (aidcalc.news.dates): "the year before" is -1.
ANCHORED_YEARS = (
    ("годом ранее", -1),
    ("годом раньше", -1),
    ("в предыдущем году", -1),
    ("годом позже", 1),
)
# Nouns of a country's economy (GDP): a year right after them, or before them, is the
# year of that measure and dates no amount (aidcalc.news.dates).
ECONOMY_NOUNS = ("ВВП",)

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("и",)
LIST_OR = ("или",)

# The word for the decimal mark in a number spelled out ("two point five"): a decimal
# written in words, read in English, refused in the others (never the part after it).
DECIMAL_WORDS = ("запятая", "целая", "целых")

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = ("из них", "из которых", "в том числе", "ещё", "еще", "и ещё", "и еще")
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("на", "для", "в")

# Words that may stand between a scaled number and the currency name it counts ("900 million
# emergency euros", "20 million additional dollars").
AMOUNT_ADJECTIVES = ("дополнительных", "новых")

# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("один миллиард"): {word: value}.
COUNT_WORDS = {
    "один": "1",
    "одна": "1",
    "одного": "1",
    "одну": "1",
    # small counts, read the same way before a scale word of this language ("tre miljarder")
    "полтора": "1.5",
    "полторы": "1.5",
    "два": "2",
    "две": "2",
    "три": "3",
    "четыре": "4",
    "пять": "5",
    "шесть": "6",
    "семь": "7",
    "восемь": "8",
    "девять": "9",
    "десять": "10",
    "сто": "100",
}

# A change of a value, not a range: the word before the first number, the word between the
# two, and verbs of change (``*`` ends a prefix), one standing before the first
# ("выросла с 2 до 3 млрд": two amounts).
CHANGE_FROM = ("с", "со", "на")
CHANGE_TO = ("до",)
CHANGE_BY = ("на",)  # of CHANGE_FROM: the change, never the value before
CHANGE_VERBS = (
    "вырос*", "рос*", "увелич*", "уменьш*", "сократ*", "сниз*", "упал*", "упа*", "повыс*",
    "удвои*",
)  # fmt: skip

# the word for "plus" between two numbers: a sum ("2 плюс 3"), never a list
PLUS_WORDS = ("плюс",)

# the word for "minus" right before an amount, its sign ("minus €5 million": a negative
# value); never between two amounts, where it subtracts
MINUS_WORDS = ("минус",)

# A product in words before an amount ("3 times £50m"): words after a count that multiply
# it, one-word factors, and a word for "each" after them (aidcalc.parsing.products).
MULTIPLY_WORDS = ("раза", "раз")
FACTOR_WORDS = ("дважды", "трижды", "вдвое", "втрое")
PRODUCT_EACH = ("по",)

# Words that may follow a value before written without its currency: its time, not a noun it
# counts ("5bn a year ago", not "5 million people"; aidcalc.parsing.changes).
BEFORE_VALUE_TIMES = ("годом", "ранее", "в")
# Labels of a table row or list item that sums the items before it (aidcalc.news.lists).
TOTAL_LABELS = ("итого", "всего", "сумма")

# Phrases naming the calendar week before the publication's (aidcalc.news.dates,
# docs/extraction.md): a date approximate to the week, dated by the month of its Thursday.
RELATIVE_WEEKS = (
    ("на прошлой неделе", -1),
    ("на минувшей неделе", -1),
)
# Forms of the days of the week that CLDR's names lack (the case after "on"), 1 = Monday
WEEKDAY_FORMS = {
    "среду": 3,
    "пятницу": 5,
    "субботу": 6,
}
# CLDR day names that are everyday words too ("среда": environment): no day alone
NOT_WEEKDAYS = ("среда",)

# Phrases beside an amount that make it a yearly amount, one year's instalment of a
# period (aidcalc.news.yearly): "€4bn a year", "jährlich 4 Mrd. Euro", "4 mld zł rocznie".
PER_YEAR = (
    "ежегодно",
    "в год",
    "на год",
    "каждый год",
)
# Words before an IN_YEAR phrase that make its year the end of a period, no value date
# ("jusqu'en 2027"; aidcalc.news.dates).
UNTIL = ("до",)

# A whole named after a part (aidcalc.news.beside, rule 6; docs/extraction.md): the part, a link
# (``SHARE_OF_LINKS``, or one of ``WHOLE_FROM`` that names a whole only with a noun), then a noun
# phrase and the whole's amount. ``WHOLE_NOUNS`` are the nouns of such a phrase, as stems a word
# holds (any ending, any compound: "pakiet" in "pakietu", "paket" in "Hilfspaket");
# ``WHOLE_WORTH`` the words between that noun and the whole's amount ("worth", "o wartości").
SHARE_OF_LINKS = ("из", "изо")
WHOLE_NOUNS = (
    "пакет",
    "фонд",
    "бюджет",
    "программ",
    "транш",
    "сумм",
    "инструмент",
    "механизм",
    "кредит",
    "займ",
)
WHOLE_WORTH = ("стоимостью", "общей стоимостью", "на сумму", "объёмом", "объемом", "в размере")

# A correction note (aidcalc.news.corrections): its label before a colon ("Correction:"), the
# phrases naming the figure an earlier version gave (retracted), and a "not" before a retracted
# figure in the note ("…, not 257 million").
CORRECTION_LABELS = ("исправление", "поправка")
EARLIER_VERSION = ("в предыдущей версии", "в более ранней версии")
CORRECTION_NOT = ("не", "а не")
# Words in a sentence naming an earlier version that introduce the right figure after the
# retracted one ("…; the correct figure is …"; aidcalc.news.corrections).
# Phrases naming what was reported before ("it was earlier reported"): a retracted figure only when
# a word of CORRECT_FIGURE follows in the same sentence (aidcalc.news.corrections).
EARLIER_REPORT = (
    "ранее сообщалось",
    "ранее сообщали",
    "первоначально сообщалось",
    "изначально сообщалось",
    "ранее говорилось",
)
CORRECT_FIGURE = (
    "правильная",
    "правильный",
    "правильно",
    "на самом деле",
    "уточнило",
    "уточнил",
    "уточнила",
    "уточнили",
    "исправило",
    "исправил",
)

# Nouns of war and invasion (our own list, issue F10/F11 of trial 13): a demonym right beside
# one ("Russian invasion", "invasão russa") names the aggressor, never a recipient
# (aidcalc.news.donors).
WAR_NOUNS = "вторжени* войн* агресси* нападени* наступлени* оккупаци*"
# Words saying a sentence's money comes on top of what an earlier sentence stated ("will also
# give"): its row is new, never the earlier sentence's running total (aidcalc.news.candidates).
ON_TOP = ("также", "дополнительно", "кроме того")
# Phrases restating the value of a package named before ("total value of"): the package's own
# pledge, not a running total of all aid (aidcalc.news.candidates.bases_of).
PACKAGE_VALUE = ("общей стоимостью", "общая стоимость", "общую стоимость")

# Phrases right after an amount that make it a difference, no pledge ("30 million more than last
# year"; a comparative and the word for "than"; aidcalc.news.beside).
COMPARED_AFTER = ("больше чем", "меньше чем", "выше чем", "ниже чем")

# The rest of a whole, set off right before an amount or standing right before it: a
# part of the amount before (aidcalc.news.parts).
REST_WORDS = ("остальные", "оставшиеся", "остаток")

# Words opening a clause of another subject after an amount ("while"): the country after
# them gives its amounts; after a part, the next part of the list (aidcalc.news.parts).
CONTRAST_OPENERS = ("тогда как", "в то время как", "а")

# Headings of a pasted table's label column that name recipients or purposes, not givers
# (aidcalc.news.article_tables).
RECIPIENT_HEADERS = ("получатель", "назначение", "цель")

# Phrases opening a sentence that break down a total said a sentence or a few before ("Of
# this"; "#" a number restating the total): its amounts are parts of the giver's latest total
# (aidcalc.news.parts.opens_breakdown).
BREAKDOWN_OPENERS = (
    "из этой суммы",
    "из этих средств",
    "из них",
    "из общей суммы",
    "из этого пакета",
    "из #",
)

# --- News words (aidcalc.news): with VERBS Russian is a news language (issue actors15) ---------
# Curated by the project from Russian news text on aid, in the layout of uk.py (see en.py for
# what each name means). Russian inflects country names as Ukrainian does: "Германия выделила
# Украине …" (a nominative giver, a dative receiver), "помощь Германии", "со стороны Франции".

# News cues (``aidcalc.news.cues``): a cue is a word or phrase, ``*`` ends a prefix, ``####``
# stands for a year. Verbs whose subject gives or gets; "aux" are auxiliaries.
VERBS = {
    "give": (
        "выделил* выделя* выделит предостав* передал* передаст передаёт передает "
        "пообеща* обеща* направил* направит направля* выплатил* выплатит профинансир* "
        "финансирует финансируют финансировал* объявил* одобрил* утвердил* отправил* "
        "пожертвова*"
    ),
    # thanking reverses the roles as receiving does: the one thanked gives
    "receive": "получил* получит получа* поступил* поступит поблагодари* благодарит",
    "aux": "будет будут",
}

# Words that tell a pledge's category.
CATEGORIES = {
    "military": (
        "военн* дрон* беспилот* ракет* боеприпас* снаряд* ПВО противовоздушн* бронетехник* "
        "оружи* артиллери* вертолёт* вертолет* оборон*"
    ),
    "financial": "бюджетн* кредит* заём займ* грант* финансов* макрофинансов*",
    "humanitarian": "гуманитарн* зимн* энергетич* генератор* медицинск* продовольств* беженц*",
}

# Words that make an amount a running total.
BASIS = {
    "cumulative": "всего с начала на сегодня по состоянию на в общей сложности с #### совокупн*",
    "already": "уже",
}

# Words that make an amount a pledge: announced, planned, promised, future.
INTENTION = {
    "pledge": (
        "объяв* план* пообеща* обеща* намер* предоставит выделит передаст будет будут "
        "собира* реши* утверд*"
    ),
}

# Words that tell the measure of an amount (docs/extraction.md, "Measure").
MEASURE = {
    "allocation": (
        "выделил* предоставил* передал* поставил* направил* пожертвовал* подарил* "
        # the past of giving: given is delivered ("Германия дала Украине 3 млрд евро")
        "дала дал дали дало"
    ),
    # money received ("получила от", "поступило от") has been paid out: a disbursement
    "disbursement": "выплач* выплатил* перечисл* поступил* получила получил получили получило",
    "commitment": "обязат* обязал*",
}

# The future tense (a month after the publication month is then ahead, not behind).
FUTURE = {
    "future": "будет будут предоставит выделит передаст направит",
}

# Cues above that are phrases of several words.
CUE_PHRASES = (
    "с начала",
    "на сегодня",
    "по состоянию на",
    "в общей сложности",
    "с ####",
)

# Words before a date that make it the start of a period, not the value date.
SINCE = ("с", "со")
# Words before a bare year that make it a value date ("в 2023 году").
IN_YEAR = ("в", "во", "в течение")

# Short forms and codes of countries in news text (matched exactly, case kept; in inflected
# languages a stem): CLDR gives "Соединенные Штаты", "Великобритания", "Палестинские
# территории".
PLACE_SHORT_FORMS = {
    "США": "USA",
    "ЕС": "EU",
    "Еврокомисси": "EU",
    "Европейск Союз": "EU",
    "Британи": "GBR",
    "Великобритани": "GBR",
    "Палестин": "PSE",
    "Газ": "PSE",
    # Gaza in its cases: a stem of three letters is too short to be matched alone
    "Газа": "PSE",
    "Газе": "PSE",
    "Газу": "PSE",
    "Газы": "PSE",
    "Евросоюз": "EU",
    # the older names the press still writes beside CLDR's "Молдова", "Беларусь"
    "Молдави": "MDA",
    "Белорусси": "BLR",
}

# How many letters may follow a place name's form in a word (inflection, endings).
EXTRA_LETTERS = 4

# Case endings tell the subject from the recipient; CLDR names lose their final vowel to
# become stems ("Германия": "Германи", which "Германии" holds).
INFLECTED = True

# The endings of a country's name in the oblique cases after a consonant (aidcalc.places):
# a name too short to be a stem ("Чад", "Čad": Chad) is found in them too ("Чаду", "Čadu").
NAME_CASE_ENDINGS = "а у ом е"

# Abbreviations that end in a period inside a sentence (folded, without the period).
ABBREVIATIONS = "г гг млн млрд тыс руб долл т д др см ул"

# --- Who gives (aidcalc.news.institutions, aidcalc.news.donors) -------------------------------
INSTITUTIONS = {
    "": (
        "правительств*",
        "федеральн* правительств*",
        "кабинет* министров",
        "парламент*",
        "министерств* обороны",
        "минобороны",
        "министерств* иностранных дел",
        "МИД",
        "министерств* финансов",
        "минфин*",
        "министерств*",
        "премьер*",
        "президент*",
        "канцлер*",
        "министр* обороны",
        "министр* иностранных дел",
        "министр* финансов",
    ),
    "USA": ("Пентагон*", "Бел* дом*", "Конгресс* США", "Госдеп*"),
    "DEU": ("Бундестаг*", "Бундесвер*"),
    "EU": (
        "Европейск* комисси*",
        "Еврокомисси*",
        "Европейск* совет*",
        "Совет* ЕС",
        "Европарламент*",
        "Европейск* парламент*",
        "Европейск* фонд* мира",
    ),
    "EIB": ("Европейск* инвестиционн* банк*", "ЕИБ"),
    "EBRD": ("Европейск* банк* реконструкции и развития", "ЕБРР"),
    "WBG": ("Всемирн* банк*",),
    "IMF": ("Международн* валютн* фонд*", "МВФ"),
    "IDB": ("Межамериканск* банк* развития",),
    "AFDB": ("Африканск* банк* развития",),
    "ADB": ("Азиатск* банк* развития",),
    "ISDB": ("Исламск* банк* развития",),
    "AIIB": ("Азиатск* банк* инфраструктурных инвестиций",),
    "CEB": ("Банк* развития Совета Европы",),
}

AID_NOUNS = "помощ* поддержк* пакет* взнос* финансировани* кредит* грант* заём займ*"

# Phrases that make the money of a sentence a collective one, with no single donor.
COLLECTIVE_DONORS = (
    "вместе с другими",
    "совместно с другими",
    "обещания от",
    "доноры",
    "страны-доноры",
    "страны G7",
    "от партнёров",
    "от партнеров",
    "от союзников",
)

# "со стороны Франции" (on the part of France): the word before the country is "стороны"
AGENT_MARKERS = "от стороны"
# Words before a country after a part of a whole that name where the part comes from.
PART_SOURCES = "от из"
RECIPIENT_MARKERS = "для"
# Words before a way or model of giving: a nationality adjective after them is no actor.
MEANS_MARKERS = "через по"
GENITIVE_LINKS = ""
# Nouns of a state's form between an office and its country ("Правительство Республики Польша"): the
# country still owns the office (aidcalc.news.donors).
STATE_NOUNS = "республики королевства"
# The genitive endings no other case shares, on a country's name right after an aid noun
# ("помощь Литвы", "поддержка Польши"): that country gives; the dative is "Литве", "Польше",
# and "-ии" ("Германии", "Франции") is genitive, dative and locative alike.
# The instrumental ("Германией", "Литвой", "Нидерландами") names the agent of a passive or of
# an aid noun ("by Germany"), unless a preposition that takes it stands before
# (INSTRUMENTAL_LINKS).
NAME_ENDINGS = {
    "owner": "ы ши жи щи чи ки",
    "agent": "ей ой ами ями",
    # the dative (and locative) of a name of the first declension: its "-а" / "-я" becomes "-е"
    # ("Украине", "Молдове", "Мьянме", "Канаде"); a name that does not decline ("Кабо-Верде")
    # is written whole and is no case form (pledges18: "ме", "де" were missing)
    "dative": "е",
}
INSTRUMENTAL_LINKS = "с со за над под перед между"
SEAT_LINKS = "в во на"
# Meetings named by their city ("the Paris conference"): that capital is a venue, no actor.
MEETING_WORDS = "конференция конференции конференцию саммит саммите"
# Verbs of being between an amount and the same money in another currency.
COPULAS = (
    "это составляет равно равна равняется соответствует эквивалентна эквивалентно эквивалентен"
)
# Subjects naming the money said just before, opening a sentence that only restates it in another
# currency: that amount is the same money, no second pledge (aidcalc.news.restated).
RESTATING_SUBJECTS = (
    "эта сумма",
    "данная сумма",
    "указанная сумма",
    "эти средства",
    "этот объем",
    "сумма",
)

PART_BEFORE = (
    "из них",
    "из которых",
    "из этой суммы",
    "в том числе",
    "включая",
    "включает",
    "в рамках пакета",
    "в рамках этого пакета",
    "в рамках этой суммы",
)
PART_CONTENTS = ("включает", "содержит", "состоит из")
PART_AFTER = ("из них",)
JOINT_DONORS = ("совместно",)
FURTHER_AMOUNT = ("ещё", "еще", "дополнительно", "дополнительные", "дополнительных")
AGAIN_WORDS = ("снова", "вновь", "очередной")
FURTHER_AFTER = ("больше", "дополнительно")
SUM_WORDS = ("в общей сложности", "всего", "итого", "общей суммой")
WHOLE_BEFORE = ("из", "из этих")
OTHER_LABELS = ("другие", "другие доноры", "остальные")
SPEECH_VERBS = (
    "заявил заявила заявили сказал сказала сообщил сообщила сообщили подчеркнул "
    "подчеркнула добавил добавила"
)
WE_WORDS = "мы наш* нам нас"
WE_ENDINGS = ("ем", "им", "ём")
RESPECTIVELY = ("соответственно",)
THANKING = ("поблагодари*", "благодар*")
PART_OF_LINKS = ("из", "изо")

# Words that make an amount asked for or refused rather than given (aidcalc.news.candidates).
NOT_GIVING = {
    "contrast": "не только",
    # "обратилась к ЕС за …" (turned to the EU for …): asked; the reflexive forms only ("обратил
    # внимание", drew attention, asks for nothing)
    "request": (
        "попроси* просит просим просили просил просила требу* призыва* призвал* запрос* "
        "обратилась обратился обратились обращается обращаются"
    ),
    "wish": "хочет нуждается хотим нуждаемся потребност*",
    "denial": "опроверг* отрица*",
    "refusal": "отказа* отказыва* отклони* заблокир*",
    "negation": "не никогда",
}
# Words after a request that open what the one asked is to do ("asked Germany to give …"):
# a giving verb after one is the thing asked for, no gift (aidcalc.news.not_giving).
REQUEST_LINKS = "чтобы"
CUE_PHRASES = (*CUE_PHRASES, "не только")

# Words opening a relative clause after a comma: a request inside it governs only its amounts.
RELATIVE_CLAUSE_WORDS = "который которая которое которые которого которой которых что"
# Verbs of an actor spending on itself: money so spent is no aid.
SPENDING_VERBS = "тратит тратят потратил потратила потратило расходует"
OWN_BUDGETS = (
    "оборонный бюджет",
    "военный бюджет",
    "оборонного бюджета",
    "военного бюджета",
    "военные расходы",
    "оборонные расходы",
)
OWN_POSSESSIVES = "свой свою своё свое свои своей своих своим своего собственный собственные"
OWN_ENDS = (
    "армию армии армия войска силы военных солдат граждан население промышленность экономику "
    "бюджет оборону полицию границы пенсии"
)

# Money that is no gift, whoever's it is (aidcalc.news.other_money): {kind: words}.
OTHER_MONEY = {
    "need": ("финансовые потребности", "потребности в финансировании"),
    "damage": "разруш* уничтож* повреж* ущерб* убытк*",
    "loss": "потерял* потери потерь",
    "trade": "торговля торговли экспорт экспорта импорт импорта продала продали продал",
    "revenue": "доходы доходов поступлени*",
    "debt": "долг долги долга долгов задолженност*",
    "estimate": "оценива* оценил* оценила обойдётся обойдется",
    "stock": ("резервы", "резервов", "ввп", "дефицит", "дефицита", "внешнего финансирования"),
    "conditional": "означало означало бы будет означать",
    "valuation": "составляет составляют составил составила составили составило",
    "price": "стоимость стоит будет стоить цена",
}

FROM_US = ("от нас", "с нашей стороны")
ALLY_WORDS = ("союзники", "партнёры", "партнеры", "доноры")
ITEM_WITH = ("с суммой",)
PERSON_TITLES = ("президент", "премьер-министр", "министр", "канцлер", "посол")

# Channel words (issue actors15): phrases, folded, before the organisations that pay the money
# out for a giver ("через ПРООН и ЕС"): no giver or recipient (aidcalc.news.donors).
CHANNEL_WORDS = ("через", "по линии", "при посредничестве", "посредством")
# Venue words (issue actors15): stems of the nouns of an event; a place after one and a word of
# place ("на церемонии в Париже") is where it happens, no actor (aidcalc.news.donors).
VENUE_WORDS = ("церемони", "конференци", "саммит", "встреч", "заседани", "форум")

# Verbs of a sum of aid (pledgefaults16), an aid noun (``AID_NOUNS``, no whole's noun of
# ``WHOLE_NOUNS``) their subject before them and the amount right after them: a sum reached
# (``REACH_VERBS``: the aid given so far, cumulative, an allocation: "Germany's aid to Ukraine
# reached €5bn") or a sum the aid came to (``SUM_VERBS``: an allocation, its basis left to the
# other words; a year's aid may come to it). ``REACH_VERBS_AFTER``: verb last, the amount right
# before it (``aidcalc.news.reached``).
REACH_VERBS = (
    "достигла",
    "достиг",
    "достигло",
    "достигли",
    # the present of a standing total: the aid so far
    "составляет сейчас",
    "составляет уже",
    "на сегодня составляет",
)
RANKING_AFTER = ("остается крупнейш*", "остаётся крупнейш*", "является крупнейш*")
SUM_VERBS = ("составила", "составил", "составило", "составили")

# Participles of acts of war (pledgefaults16): a country right after one, an agent's word or
# determiners between ("occupied by Russia", "оккупированные Россией"), or after an agent's
# word right before one ("von Russland besetzten"), wages the war: no actor of aid
# (``aidcalc.news.donors.aggressor``).
WAR_PARTICIPLES = "оккупирован* захвачен* аннексирован* разрушен* обстрелян* подконтрольн*"

# "Year" abbreviated after a year ("2023 г."): its period ends a sentence unless a short
# date phrase opens the sentence with it (aidcalc.news.sentences; pledgefaults16).
YEAR_ABBREVIATIONS = "г"

# Nouns of an appeal or a call for money, and forms of asking the request verbs miss
# (aidcalc.news.not_giving): money an appeal asks for is a request, no pledge of the one
# appealing. Merged into NOT_GIVING's "request" cues (aidcalc.words.build).
APPEAL_WORDS = ("просьб*", "обращени*")

# Head nouns of an organisation's name ("*" ends a prefix; a leading "*" a compound's head):
# one in the subject of a giving verb where no known giver stands names a giver the gazetteer
# does not know, never an earlier sentence's donor (aidcalc.news.donors).
ORGANISATION_NOUNS = ("банк*", "фонд*", "агентств*", "организаци*")

# Words between a noun of an event and the country it is about ("the conference on Lebanon"):
# that country receives the event's money, never gives it (aidcalc.news.donors).
EVENT_TOPICS = "по для восстановлению поддержки"
