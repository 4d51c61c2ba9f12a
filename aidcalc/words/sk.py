"""Slovak (sk): qualifiers and the small words around amounts, as plain data.

Curated by the project from news text in Slovak about aid and budgets; no outside word list is
copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Frequent function words, for telling the language of a text (aidcalc.parsing.language).
STOP_WORDS = (
    "a v na sa je že s z do pre k o by sú ako aj ktoré vo zo ktorý ktorá tiež"
    # "so far", which Czech writes "dosud"
    " doteraz"
    # "last year", which Czech writes "loni" or "vloni"
    " vlani"
    # "will be" and "said", which Czech writes "budou", "řekl"
    " budú povedal povedala"
)

# Endings of words only this language writes among the supported ones of its script (shared
# endings count less, as shared letters: aidcalc.parsing.language): the infinitive "-ovať"
# (Czech "-ovat"), and the feminine adjective "-ej" ("vojenskej pomoci"), Polish as well
# ("wojskowej").
WORD_ENDINGS = "ovať ej"

# Letters this language writes that tell it among the supported languages of its script (shared
# letters count less: aidcalc.parsing.language).
# "ó" ("milión", "miliónov") is no Czech letter, which writes "milion"; Spanish, Portuguese
# and Polish list it too.
# "é", "í", "ú" ("nové", "vláde", "únia") it writes as Czech, French, Spanish and Portuguese do.
LETTERS = "ľĺŕôäčšžýáóéíú"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``).
NEGATIONS = ("nie",)

QUALIFIERS = {
    "approx": ["približne", "zhruba", "asi", "cca", "cca.", "okolo"],
    "over": [
        "viac ako",
        "viac než",
        "vyše",
        "najmenej",
        "aspoň",
        "minimálne",
        "presahuje",
        "presahujú",
        "presiahla",
        "presiahol",
        "presiahlo",
        "prevyšuje",
    ],
    "under": ["menej ako", "takmer", "skoro", "necelých", "necelé"],
    "up_to": ["až", "až do", "maximálne", "najviac"],
}

# Verbs of exceeding ("exceeds"): an amount they stand before in its clause, its subject
# between ("Seit Kriegsbeginn übersteigt die Hilfe 30 Mrd. Euro"), is a lower bound,
# qualifier ``over`` (aidcalc.news.exceeds).
EXCEED_VERBS = "presahuje presahujú presiahla presiahol presiahlo presiahli prevyšuje"

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("čiže", "tj", "teda", "v prepočte", "čo je", "čo zodpovedá")

# Words that join the low and high ends of a range.
RANGE_JOINERS = ("do", "až", "a")

# Joiners that make a range without an opener ("2 až 3 miliony").
RANGE_JOINERS_ALONE = ("až",)

# Words that open a range ("od 2 do 3 milionů", "mezi 2 a 3").
RANGE_OPENERS = ("od", "medzi")

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("a", "respektíve", "resp")
LIST_OR = ("alebo",)

# The word for the decimal mark in a number spelled out ("two point five"): a decimal
# written in words, read in English, refused in the others (never the part after it).
DECIMAL_WORDS = ("celá", "celé", "celých")

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = ("z toho", "z ktorých", "ďalších", "ďalšie", "a ďalších", "a ďalšie")
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("na", "pre", "do")

# Words that may stand between a scaled number and the currency name it counts ("900 million
# emergency euros", "20 million additional dollars").
AMOUNT_ADJECTIVES = ("ďalších", "nových")

# Everyday words CLDR also gives as a currency name: "lev" (a lion).
COMMON_NOUNS = "lev"
# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("pol miliardy"): {word: value}.
COUNT_WORDS = {
    "jedna": "1",
    "jednu": "1",
    "jeden": "1",
    "jednej": "1",
    "pol": "0.5",
    # small counts, read the same way before a scale word of this language ("tre miljarder")
    "dva": "2",
    "dve": "2",
    "tri": "3",
    "štyri": "4",
    "päť": "5",
    "šesť": "6",
    "sedem": "7",
    "osem": "8",
    "deväť": "9",
    "desať": "10",
    "sto": "100",
}

# Scale words that are a number alone: the accusative "a billion" with no word for one
# ("Komise poskytne miliardu eur"), and the million, whose accusative is its nominative
# ("Vláda poslala milión eur", one million euros).
WHOLE_SCALES = ("miliardu", "milión")

# --- News (aidcalc.news) ------------------------------------------------------------------------
# Cues as in cs.py (``*`` ends a prefix, ``####`` stands for a year). Slovak marks the recipient
# by its case ("Ukrajine", dative), so names are matched by stems (INFLECTED) and only the
# nominative ("Slovensko") may be a subject.
VERBS = {
    "give": (
        "poskyt* daruj* daroval* dá dal dala dalo dali sľúbil* prisľúbil* pošle pošlú poslal* "
        "dodal* dodá* vyčlenil* vyčlen* uvoľnil* vyplatil* venoval* schválil* oznámil* "
        "prispel* financuj*"
    ),
    # thanking reverses the roles as receiving does: the one thanked gives
    "receive": "dostane dostal* získ* prijal* poďakoval* ďakuje",
    "aux": "bude budú je sú bol bola bolo boli",
}

CATEGORIES = {
    "military": (
        "vojensk* obran* protivzdušn* dron* striel* munícia munície zbran* tank* delostrel*"
    ),
    "financial": "pôžičk* úver* rozpočt* finančn* makrofinančn* grant*",
    "humanitarian": "humanitárn* zim* energ* elektr* generátor* zdravot* potravin* utečen*",
}

BASIS = {
    "cumulative": "celkovo celkom doteraz dosiaľ od roku od #### od začiatku",
    "already": "už",
}

INTENTION = {
    "pledge": (
        "sľúbil* prisľúbil* oznámil* plánuj* chce schválil* rozhodl* bude budú poskytne "
        "poskytnú pošle pošlú dá vyčlení"
    ),
}

MEASURE = {
    "allocation": "poskytol poskytla poskytlo poskytli daroval* dal dala dalo dali poslal* dodal*",
    # money received ("dostala od") has been paid out: a disbursement
    "disbursement": "vyplatil* vyplaten* previedol zaplatil* dostala dostal získala",
    "commitment": "zaviazal* záväz*",
}

FUTURE = {
    "future": "bude budú poskytne poskytnú pošle pošlú dá dodá vyčlení",
}

CUE_PHRASES = ("od roku", "od ####", "od začiatku")

SINCE = ("od",)
IN_YEAR = ("v", "vo", "v roku")  # "v roku 2023"

# Phrases naming a year relative to the publication date, with the years they add to its
# year (aidcalc.news.dates): "last year" is -1.
RELATIVE_YEARS = (
    ("vlani", -1),
    ("minulý rok", -1),
    ("v minulom roku", -1),
    ("minulého roku", -1),
    ("tento rok", 0),
    ("v tomto roku", 0),
    ("tohto roku", 0),
    ("lani", -1),
    ("budúci rok", 1),
    ("v budúcom roku", 1),
    ("budúceho roku", 1),
)
# Nouns of a country's economy (GDP): a year right after them, or before them, is the
# year of that measure and dates no amount (aidcalc.news.dates).
ECONOMY_NOUNS = ("HDP",)
# Relative pronouns opening a clause after a comma ("Japan, which gave $1bn in 2023, …"): a date
# in that clause is its own amount's, never the date of the rest of the sentence.
RELATIVE_WORDS = "ktorý ktorá ktoré ktorú ktorého ktorí"
# Words right before a RELATIVE_YEARS phrase that make it a comparison, no date ("the same as
# last year", "up from last year").
COMPARED_WORDS = (
    "než",
    "ako",
)


# the official names in the nominative ("Slovenská republika poskytla …"), as in cs.py
PLACE_SHORT_FORMS = {
    "EÚ": "EU",
    "EU": "EU",
    "USA": "USA",
    "Slovenská republika": "SVK",
    "Česká republika": "CZE",
    "Gaza": "PSE",  # no CLDR name
    # Palestine as the press names it (CLDR has only the territories)
    "Palestína": "PSE",
}
# Short forms in a case other than the nominative ("Gaze pôjde …", "pre Gazu", "pásmo Gazy"):
# never a subject (aidcalc.places)
PLACE_CASE_FORMS = {
    "Gaze": "PSE",
    "Gazu": "PSE",
    "Gazy": "PSE",
    # Palestine in the other cases.
    "Palestíne": "PSE",
    "Palestínu": "PSE",
    "Palestíny": "PSE",
    # Kenya ("Keňa") in the dative and locative, its "ň" written "n" before "i"
    "Keni": "KEN",
}
EXTRA_LETTERS = 4
INFLECTED = True

# The endings of a country's name in the oblique cases after a consonant (aidcalc.places):
# a name too short to be a stem ("Чад", "Čad": Chad) is found in them too ("Чаду", "Čadu").
NAME_CASE_ENDINGS = "u om e"

ABBREVIATIONS = "mil mld tis tzv napr atď"

INSTITUTIONS = {
    "": (
        "vlád*",
        "parlament*",
        "ministerstv* obrany",
        "ministerstv* zahraničných vecí",
        "ministerstv* financií",
        "ministerstv*",
        "minist*",
        "premiér*",
        "prezident*",
    ),
    "EU": ("Európsk* komisi*", "Európsk* rad*", "Európsk* parlament*"),
    "EIB": ("Európsk* investičn* bank*",),
    "WBG": ("Svetov* bank*",),
    "IMF": ("Medzinárodn* menov* fond*", "MMF"),
}

AID_NOUNS = "pomoc* podpor* balík* príspev*"
COLLECTIVE_DONORS = (
    "spolu s ďalšími",
    "celkovo bolo prisľúbených",
    "celkovo prisľúbili",
)
AGENT_MARKERS = "od"
# Words before a country after a part of a whole that name where the part comes from, its
# giver ("Of that, €1bn will come from Germany"; aidcalc.news.donors.part_source).
PART_SOURCES = "z zo od"
RECIPIENT_MARKERS = "pre"
# Words before a way or model of giving ("through the Danish model"): a nationality adjective
# after them names no actor (aidcalc.news.donors).
MEANS_MARKERS = "podľa prostredníctvom"
GENITIVE_LINKS = ""
# Nouns of a state's form between an office and its country ("vláda Republiky Slovinsko"): the
# country still owns the office (aidcalc.news.donors).
STATE_NOUNS = "republiky kráľovstva"
# The genitive endings no other case shares, on a country's name right after an aid noun
# ("pomoc Slovenska", "podpora Litvy"): that country gives (dative "Slovensku", "Ukrajine").
# ``dative``: endings of the dative, never a genitive: such a name right after a noun of
# war ("vojny Ukrajine") is the one the money goes to, not the aggressor (news.donors.aggressor).
NAME_ENDINGS = {"owner": "a y", "dative": "e u"}
SEAT_LINKS = "v"
# Verbs of being between an amount and the same money in another currency ("C$40 million is
# roughly US$28 million"): the second restates the first (aidcalc.news.restated).
COPULAS = "je zodpovedá predstavuje činí"
# Subjects naming the money said just before, opening a sentence that only restates it in another
# currency: that amount is the same money, no second pledge (aidcalc.news.restated).
RESTATING_SUBJECTS = ("táto suma", "táto čiastka", "suma", "čiastka")
PART_BEFORE = (
    "z toho",
    "z čoho",
    "vrátane",
    "v rámci balíka",
    "v rámci balíčka",
    "v rámci tohto balíka",
    "v rámci tejto sumy",
)
PART_AFTER = ()
# Nouns right after "z toho" that make it "for this …" (a reason), no part.
PART_NOT_BEFORE = ("dôvodu",)

# Money asked for, denied, refused or not given (aidcalc.news.not_giving); negation is a
# prefix ("neposkytne"), so the negated verbs are refusals.
NOT_GIVING = {
    "contrast": "nielen",
    "request": "požiadal* žiada* žiadal* žiadosť* vyzval* vyzvať vyzýva* naliehal*",
    "wish": "potrebuje potreb*",
    "denial": "poprel* popiera",
    "refusal": "odmietl* odmieta zablokoval* neposkyt* nedal* nedá nepošle",
}
# Words after a request that open what the one asked is to do ("asked Germany to give …"):
# a giving verb after one is the thing asked for, no gift (aidcalc.news.not_giving).
REQUEST_LINKS = "aby"

# Dates (aidcalc.news.dates): "in March" is the locative "v marci"; the locatives are not
# one ending away from a CLDR form, so all twelve are listed.
IRREGULAR_MONTHS = {
    "januári": 1,
    "februári": 2,
    "marci": 3,
    "apríli": 4,
    "máji": 5,
    "júni": 6,
    "júli": 7,
    "auguste": 8,
    "septembri": 9,
    "októbri": 10,
    "novembri": 11,
    "decembri": 12,
}


# Words before an amount that give a value it is compared with, not a new one ("3 miliardy eur,
# oproti 2 miliardám loni": the second is the value before, unless its clause names another
# giver; issue 9 parser9).
PREVIOUS_VALUE_CUES = ("oproti", "v porovnaní s", "v porovnaní so")
# Labels of a table row or list item that sums the items before it (aidcalc.news.lists).
TOTAL_LABELS = ("spolu", "celkom", "súčet", "úhrnom")

# Words in an amount's clause saying it is given once more ("gave €3bn again"): a new
# pledge, never a repeat of an earlier row (aidcalc.news.dedup.says_further).
AGAIN_WORDS = (
    "znovu",
    "opäť",
)

# Phrases naming the calendar week before the publication's (aidcalc.news.dates,
# docs/extraction.md): a date approximate to the week, dated by the month of its Thursday.
RELATIVE_WEEKS = (
    ("minulý týždeň", -1),
    ("minulého týždňa", -1),
)
# Forms of the days of the week that CLDR's names lack (the case after "on"), 1 = Monday
WEEKDAY_FORMS = {
    "stredu": 3,
    "sobotu": 6,
    "nedeľu": 7,
}

# Phrases beside an amount that make it a yearly amount, one year's instalment of a
# period (aidcalc.news.yearly): "€4bn a year", "jährlich 4 Mrd. Euro", "4 mld zł rocznie".
PER_YEAR = (
    "ročne",
    "každý rok",
    "za rok",
    "každoročne",
)
# A rate per unit, no total: these phrases right after an amount (a preposition that is
# also "for" or "to" elsewhere, so only with its noun of a unit). No pledge row counts it
# (aidcalc.news.beside); a PER_YEAR phrase is yearly instead.
PER_UNIT_PHRASES = (
    "na osobu",
    "na rodinu",
    "na dieťa",
    "na deň",
    "na mesiac",
    "na hlavu",
    "na utečenca",
    "na domácnosť",
)

# Words before a year, or before an IN_YEAR phrase, that make the year the end of a period,
# no value date ("do roku 2027"; aidcalc.news.dates); UNTIL_LINKS may stand between.
UNTIL = ("do", "až")
UNTIL_LINKS = ("konca", "roku")
# phrases saying an amount is spread over several years ("multi-year"; a stem may end a word),
# found in its clause (aidcalc.news.yearly.several_years)
SEVERAL_YEARS = ("viacročn", "počas niekoľkých rokov")
# Words between an amount and a figure the parser reads as no amount ("60 million", no
# currency) that put the figure in a clause of another time, a comparison or a past
# perfect's auxiliary: "…, oproti 60 miliónom v roku 2023" dates the figure only
# (aidcalc.news.figures).
OTHER_TIME_WORDS = ("oproti", "v porovnaní s")

# Verbs of an actor spending on itself: money so spent is no aid.
SPENDING_VERBS = "míňa minul minula vydáva vynakladá vynaložil vynaložila"
# Possessives of the subject after a spending verb's amount: spent on itself ("its army").
OWN_POSSESSIVES = "svoju svoje svoj svojho svojim svojimi vlastné vlastnú"

# Money that is no gift, whoever's it is (aidcalc.news.other_money): {kind: words}; a word
# ending in "*" stands for every word it begins, words with a space for that phrase.
OTHER_MONEY = {
    # a need stated as a noun (pledges18): the needer's figure, no gift (KINDS_STATED)
    "need": (
        "finančné potreby",
        "potreba financovania",
        "potreby financovania",
        "finančná medzera",
    ),
    "damage": "zničil* zničen* škody škôd poškoden*",
    "loss": "stratil* straty strát",
    "trade": "obchod obchodu vývoz vývozu dovoz dovozu predal predala predalo",
    "revenue": "príjmy príjmov",
    "debt": "dlh dlhy dlhov",
    # the price of a thing, stated: no gift in a clause with no giving verb (KINDS_STATED)
    "price": "náklady nákladov stojí cena",
}
# Words that may stand between an amount and a word of OTHER_MONEY after it ("€2bn in
# damage"); any other word between ("€500m for damage repair") keeps it apart.
OTHER_MONEY_LINKS = "na"

# A correction note (aidcalc.news.corrections): its label before a colon ("Correction:"), the
# phrases naming the figure an earlier version gave (retracted), and a "not" before a retracted
# figure in the note ("…, not 257 million").
CORRECTION_LABELS = ("oprava",)
EARLIER_VERSION = ("v predchádzajúcej verzii", "v staršej verzii", "v pôvodnej verzii")
CORRECTION_NOT = ("nie", "a nie")
# Words in a sentence naming an earlier version that introduce the right figure after the
# retracted one ("…; the correct figure is …"; aidcalc.news.corrections).
CORRECT_FIGURE = ("správna", "správny", "správne", "v skutočnosti")

# A person's titles (aidcalc.news.persons): a country name right after one, perhaps after
# first names, is a surname ("o primeiro-ministro, Luís Montenegro").
PERSON_TITLES = (
    "prezident",
    "prezidentka",
    "premiér",
    "minister",
    "ministerka",
    "kancelár",
    "veľvyslanec",
)

# Phrases opening a sentence that break down a total said a sentence or a few before; "#" is
# the number the total is restated by (aidcalc.news.parts.opens_breakdown).
BREAKDOWN_OPENERS = ("z toho", "z tejto sumy", "z tejto čiastky", "z týchto peňazí", "z týchto #")
# The rest of a whole, set off right before an amount or standing right before it: a
# part of the amount before (aidcalc.news.parts).
REST_WORDS = ("zvyšok", "zvyšné", "zvyšných", "zostávajúcich", "zostávajúce")

# Nouns of war and invasion (our own list, issue F10/F11 of trial 13): a demonym right beside
# one ("Russian invasion", "invasão russa") names the aggressor, never a recipient
# (aidcalc.news.donors).
WAR_NOUNS = "invázi* invaz* vojn* agresi* útok* okupáci*"
# Words saying a sentence's money comes on top of what an earlier sentence stated ("will also
# give"): its row is new, never the earlier sentence's running total (aidcalc.news.candidates).
ON_TOP = ("tiež", "takisto", "navyše", "dodatočne", "okrem toho")
# Phrases restating the value of a package named before ("total value of"): the package's own
# pledge, not a running total of all aid (aidcalc.news.candidates.bases_of).
PACKAGE_VALUE = ("celkovej hodnote", "v celkovej hodnote", "celková hodnota", "celkovú hodnotu")

# Phrases dating a sentence's money on the day of the sentence before it ("the same day"):
# aidcalc.news.candidates takes the day of the latest earlier row that states one.
SAME_DAY = ("v ten istý deň", "v rovnaký deň", "toho istého dňa")

# Phrases right after an amount that make it a difference, no pledge ("30 million more than last
# year"; a comparative and the word for "than"; aidcalc.news.beside).
COMPARED_AFTER = (
    "viac ako",
    "viac než",
    "menej ako",
    "menej než",
    "vyššia ako",
    "vyšší ako",
    "vyššie ako",
    "nižšia ako",
    "nižší ako",
    "nižšie ako",
)

# Words opening a clause of another subject after an amount ("while"): the country after
# them gives its amounts; after a part, the next part of the list (aidcalc.news.parts).
CONTRAST_OPENERS = ("zatiaľ čo", "kým")

# Headings of a pasted table's label column that name recipients or purposes, not givers
# (aidcalc.news.article_tables).
RECIPIENT_HEADERS = ("príjemca", "účel")

# The word for "today": the day its text counts from, a dateline's when one stands above it
# (aidcalc.news.dates.today_date).
TODAY = ("dnes",)
# Channel words (issue actors15): phrases, folded, before the organisations that pay the money
# out for a giver ("via UNDP and the EU"): such an organisation, and the ones joined to it, is a
# channel, neither giver nor recipient (aidcalc.news.donors).
CHANNEL_WORDS = (
    "prostredníctvom",
    "cez",
    "skrz",
)
# Venue words (issue actors15): stems of the nouns of an event ("ceremony", "conference",
# "summit", "meeting"); a place after one and a word of place ("at a ceremony in Paris") is
# where it happens, never a giver or recipient (aidcalc.news.donors).
VENUE_WORDS = (
    "ceremóni",
    "konferenci",
    "summit",
    "stretnut",
    "rokovan",
)

# the word for "plus" between two numbers: a sum ("2 plus 3"), never a list
PLUS_WORDS = ("plus",)

# the word for "minus" right before an amount, its sign ("minus €5 million": a negative
# value); never between two amounts, where it subtracts
MINUS_WORDS = ("mínus",)

# A change of a value, not a range: the word before the first number, the word between the
# two, and verbs of change (``*`` ends a prefix), one standing before the first ("vzrástla z 2
# na 3 miliardy": two amounts); "do" after such a verb is its "to", no ceiling ("zvýšila až
# do 50 mil. eur": the value after; issue 9, amountfaults16), as in Czech.
CHANGE_FROM = ("z", "zo")
CHANGE_TO = ("na", "do")
CHANGE_VERBS = (
    "vzrástl*", "rastie", "stúpl*", "stúpa", "klesl*", "klesá", "zvýš*", "zníž*", "navýš*",
    "zdvojnásob*",
)  # fmt: skip
# Participles of acts of war (pledgefaults16): a country right after one, an agent's word or
# determiners between ("occupied by Russia", "оккупированные Россией"), or after an agent's
# word right before one ("von Russland besetzten"), wages the war: no actor of aid
# (``aidcalc.news.donors.aggressor``).
WAR_PARTICIPLES = "okupovan* anektovan* zničen*"

# Nouns of an appeal or a call for money, and forms of asking the request verbs miss
# (aidcalc.news.not_giving): money an appeal asks for is a request, no pledge of the one
# appealing. Merged into NOT_GIVING's "request" cues (aidcalc.words.build).
APPEAL_WORDS = ("apel*",)

# Words for givers (aidcalc.news.donors, rule 3): as a subject, several givers' money; with
# a country as their possessor or genitive, that country receives.
ALLY_WORDS = ("spojenci", "partneri", "darcovia")

# Head nouns of an organisation's name ("*" ends a prefix; a leading "*" a compound's head):
# one in the subject of a giving verb where no known giver stands names a giver the gazetteer
# does not know, never an earlier sentence's donor (aidcalc.news.donors).
ORGANISATION_NOUNS = ("bank*", "fond*", "agentúr*", "nadáci*")
# The country whose offices this language's press names without naming it ("the
# government"): the donor of such an office when no country is named (an assumption,
# ``home-country``). The language is the official national language of one state only,
# Slovakia (amountfaults17; Croatian, Greek, Turkish and Serbian are official in two states
# each and have none).
HOME_COUNTRY = "SVK"
