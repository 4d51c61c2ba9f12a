"""Czech (cs): qualifiers and the small words around amounts, as plain data.

Curated by the project from news text in Czech about aid and budgets; no outside word list is
copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``).
NEGATIONS = ("ne",)

QUALIFIERS = {
    "approx": ["přibližně", "zhruba", "asi", "cca", "cca.", "kolem", "okolo"],
    "over": [
        "více než",
        "přes",
        "nejméně",
        "alespoň",
        "minimálně",
        "víc než",
        "přesahuje",
        "přesahují",
        "přesáhla",
        "přesáhl",
        "přesáhlo",
        "přesáhly",
        "převyšuje",
    ],
    "under": ["méně než", "téměř", "skoro", "necelých", "necelé"],
    "up_to": ["až", "až do", "maximálně", "nejvýše"],
}

# Verbs of exceeding ("exceeds"): an amount they stand before in its clause, its subject
# between ("Seit Kriegsbeginn übersteigt die Hilfe 30 Mrd. Euro"), is a lower bound,
# qualifier ``over`` (aidcalc.news.exceeds).
EXCEED_VERBS = "přesahuje přesahují přesáhla přesáhl přesáhlo přesáhly převyšuje převyšují"

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("čili", "tj", "tedy", "v přepočtu", "což je", "což odpovídá")

# Words that join the low and high ends of a range.
RANGE_JOINERS = ("do", "až", "a")

# Joiners that make a range without an opener ("2 až 3 miliony").
RANGE_JOINERS_ALONE = ("až",)

# Words that open a range ("od 2 do 3 milionů", "mezi 2 a 3").
RANGE_OPENERS = ("od", "mezi")

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("a", "respektive", "resp")
LIST_OR = ("nebo",)

# The word for the decimal mark in a number spelled out ("two point five"): a decimal
# written in words, read in English, refused in the others (never the part after it).
DECIMAL_WORDS = ("celá", "celé", "celých")

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = ("z toho", "z nichž", "dalších", "další", "a dalších", "a další")
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("na", "pro", "do")
# A reflexive pronoun before a verb after such an amount ("4 millones se destinarán a …").
REFLEXIVE_PRONOUNS = ("se",)
# Verbs of money going somewhere after such an amount ("4 millions iront à …").
PART_VERBS = (
    "půjdou",
    "půjde",
    "jdou",
    "jde",
    "poputuje",
    "poputují",
)

# Words that may stand between a scaled number and the currency name it counts ("900 million
# emergency euros", "20 million additional dollars").
AMOUNT_ADJECTIVES = ("dalších", "nových")

# Everyday words CLDR also gives as a currency name: "lev" (a lion).
COMMON_NOUNS = "lev"
# --- News (aidcalc.news) ----------------------------------------------------------------------
# Our own lists, written for this project after the verbs and nouns Czech aid news uses (see
# es.py for the conventions). Czech has cases: a name in the nominative is a subject, in another
# case a recipient or owner, so CLDR names lose their final vowel to become stems.
VERBS = {
    "give": (
        "poskyt* daruj* daroval* dá dal dala dalo daly slíbil* slib* přislíbil* "
        "přisl* pošle pošlou poslal* dodal* dodá* vyčlenil* vyčlen* uvolnil* uvoln* "
        "vyplatil* vyplat* věnoval* věnuj* schválil* oznámil* přispěl* přispěj* financuj*"
    ),
    # thanking reverses the roles as receiving does: the one thanked gives
    "receive": "dostane dostal* obdrž* získ* poděkoval* děkuje",
    "aux": "bude budou je jsou byl byla bylo byly",
}

CATEGORIES = {
    "military": (
        "vojensk* obran* protivzdušn* dron* střel* munic* zbran* tank* dělostřel* obrněn*"
    ),
    "financial": "půjčk* úvěr* rozpočt* finanční* makrofinanční* grant*",
    "humanitarian": (
        "humanitární* zim* energ* elektř* generátor* zdravot* nemocnic* potravin* uprchl* "
        "obnov* odminování*"
    ),
}

BASIS = {
    "cumulative": (
        "celkem dosud doposud od roku od #### od začátku souhrnně čímž pomoc čímž celková"
    ),
    "already": "již už",
}

INTENTION = {
    "pledge": (
        "slíbil* slib* přislíbil* přisl* oznámil* plánuj* hodlá chce schválil* rozhodl* "
        "bude budou poskytne poskytnou pošle pošlou dá daruje darují dodá dodají vyčlení"
    ),
}

MEASURE = {
    "allocation": (
        "poskytl* poskytnut* daroval* dal dala dalo daly poslal* dodal* vyčlenil* uvolnil* věnoval*"
    ),
    # money received ("received … from", "надійшло від") has been paid out: a disbursement
    "disbursement": (
        "vyplatil* vyplacen* převedl* zaplatil* obdržela obdržel obdrželo získala dostala"
    ),
    "commitment": "zavázal* závaz*",
}

FUTURE = {
    "future": "bude budou poskytne poskytnou pošle pošlou dá dodá vyčlení",
}

CUE_PHRASES = ("od roku", "od ####", "od začátku")

# Frequent function words, for telling the language of a news text (aidcalc.news.language).
# "budou" (will be), which Slovak writes "budú".
STOP_WORDS = "a v na se je že s z do pro k o by jsou jako za budou"

# Letters this language writes that tell it among the supported languages of its script (shared
# letters count less: aidcalc.parsing.language). "é", "í", "ú" ("nové", "příští", "úvěr") it
# writes as Slovak, French, Spanish and Portuguese do, listed by each: unlisted, "é" was French
# alone, two points ("Německo pošle nové systémy" read French).
LETTERS = "ěřůčšžýáéíú"

SINCE = ("od",)
IN_YEAR = ("v", "ve", "v roce", "během roku")  # "v roce 2023"

# Phrases naming a year relative to the publication date, with the years they add to its
# year (aidcalc.news.dates): "last year" is -1.
RELATIVE_YEARS = (
    ("loni", -1),
    ("vloni", -1),
    ("minulý rok", -1),
    ("v minulém roce", -1),
    ("v loňském roce", -1),
    ("letos", 0),
    ("v tomto roce", 0),
    ("tento rok", 0),
    ("minulého roku", -1),
    ("v příštím roce", 1),
    ("příští rok", 1),
    ("příštího roku", 1),
)
# Phrases naming a year from the year named before them in the sentence, with the years they
# add to it (aidcalc.news.dates): "the year before" is -1.
ANCHORED_YEARS = (
    ("o rok dříve", -1),
    ("o rok dřív", -1),
    ("v předchozím roce", -1),
    ("předchozího roku", -1),
    ("o rok později", 1),
)
# Nouns of a country's economy (GDP): a year right after them, or before them, is the
# year of that measure and dates no amount (aidcalc.news.dates).
ECONOMY_NOUNS = ("HDP",)
# Relative pronouns opening a clause after a comma ("Japan, which gave $1bn in 2023, …"): a date
# in that clause is its own amount's, never the date of the rest of the sentence.
RELATIVE_WORDS = "který která které kterou kterého kteří jenž jež"
# Words right before a RELATIVE_YEARS phrase that make it a comparison, no date ("the same as
# last year", "up from last year").
COMPARED_WORDS = (
    "než",
    "jako",
)


# the official names in the nominative ("Česká republika poskytla …"): CLDR gives "Česko", and
# a name found by its stem alone is taken for a case form, never the subject
PLACE_SHORT_FORMS = {
    "EU": "EU",
    "USA": "USA",
    "Spojen stát": "USA",
    "Česká republika": "CZE",
    "Slovenská republika": "SVK",
    "Palestin": "PSE",
    "Gaze": "PSE",
    "Gazu": "PSE",
    "Gazy": "PSE",
}
# Kenya ("Keňa") in the dative and locative, its "ň" written "n" before "i": never a subject
PLACE_CASE_FORMS = {"Keni": "KEN"}
EXTRA_LETTERS = 4
INFLECTED = True

# The endings of a country's name in the oblique cases after a consonant (aidcalc.places):
# a name too short to be a stem ("Чад", "Čad": Chad) is found in them too ("Чаду", "Čadu").
NAME_CASE_ENDINGS = "u em e ě"

ABBREVIATIONS = "mil mld tis kč tzv např atd apod"

# Abbreviations that still end a sentence before a capital letter: a currency written
# last ("500 mln kč. Kijów …", never "5 Mio. Euro").
ENDING_ABBREVIATIONS = "kč"

INSTITUTIONS = {
    "": (
        "vlád*",
        "spolkov* vlád*",
        "parlament*",
        "sněmovn*",
        "ministerstv* obrany",
        "ministerstv* zahraničí",
        "ministerstv* financí",
        "ministerstv*",
        "ministr*",
        "ministryn*",
        "premiér*",
        "prezident*",
        "kancléř*",
        "armád*",
    ),
    "CZE": ("Strakov* akademi*", "Pražsk* hrad*", "Černínsk* palác*"),
    "USA": ("Pentagon*", "Bíl* dům", "Bílém domě", "Bílého domu", "ministerstv* zahraničí USA"),
    "EU": (
        "Evropsk* komis*",
        "Evropsk* rad*",
        "Rad* EU",
        "Evropsk* parlament*",
        "Evropsk* mírov* nástroj*",
    ),
    "EIB": ("Evropsk* investiční* bank*", "EIB"),
    "EBRD": ("Evropsk* bank* pro obnovu a rozvoj", "EBRD"),
    "WBG": ("Světov* bank*",),
    "IMF": ("Mezinárodní* měnov* fond*", "MMF"),
}

AID_NOUNS = "pomoc* podpor* příspěv* financování* balíč* dar dary půjčk*"

# Phrases that make the money of a sentence a collective one, with no single donor
# ("pledges from 14 governments", "together with other lenders, Japan …").
COLLECTIVE_DONORS = (
    "spolu s dalšími",
    "společně s dalšími",
    "sliby od",
    "dárci",
    "dárcovské země",
    "země G7",
    "celkem bylo přislíbeno",
    "bylo přislíbeno celkem",
)

AGENT_MARKERS = "od"
# Words before a country after a part of a whole that name where the part comes from, its
# giver ("Of that, €1bn will come from Germany"; aidcalc.news.donors.part_source).
PART_SOURCES = "z ze od"
RECIPIENT_MARKERS = "pro do na"
# Words before a way or model of giving ("through the Danish model"): a nationality adjective
# after them names no actor (aidcalc.news.donors).
MEANS_MARKERS = "podle prostřednictvím"
DETERMINERS = ""
GENITIVE_LINKS = ""
# Nouns of a state's form between an office and its country ("vláda Republiky Slovinsko"): the
# country still owns the office (aidcalc.news.donors).
STATE_NOUNS = "republiky království"
# The genitive endings no other case shares, on a country's name right after an aid noun
# ("pomoc Německa", "podpora Ukrajiny"): that country gives (dative "Německu", "Ukrajině").
# ``dative``: endings of the dative, never a genitive: such a name right after a noun of
# war ("války Ukrajině") is the one the money goes to, not the aggressor (news.donors.aggressor).
NAME_ENDINGS = {"owner": "a y", "dative": "ě u"}
SEAT_LINKS = "v ve"
# Verbs of being between an amount and the same money in another currency ("C$40 million is
# roughly US$28 million"): the second restates the first (aidcalc.news.restated).
COPULAS = "je činí odpovídá"
# Subjects naming the money said just before, opening a sentence that only restates it in another
# currency ("Tato částka odpovídá zhruba 10,8 milionu dolarů"): that amount is the same money, no
# second pledge (aidcalc.news.restated).
RESTATING_SUBJECTS = (
    "tato částka",
    "tato suma",
    "částka",
    "suma",
)

PART_BEFORE = (
    "z toho",
    "z čehož",
    "včetně",
    "mimo jiné",
    "z této částky",
    "z těchto peněz",
    "v rámci balíku",
    "v rámci balíčku",
    "v rámci tohoto balíku",
    "v rámci tohoto balíčku",
    "v rámci této částky",
)
# Verbs saying a package holds what follows: an amount after one is a part of it.
PART_CONTENTS = (
    "zahrnuje",
    "obsahuje",
    "se skládá z",
)
PART_AFTER = ("z této částky",)
# Nouns right after "z toho" that make it "for this …" (a reason), no part.
PART_NOT_BEFORE = ("důvodu",)

# Words saying the givers before them give one sum together: no single donor.
JOINT_DONORS = ("společně", "spolu")
# Words between a list item's giver and its amount saying it is more ("and Japan another
# $2bn"): the giver still opens the item.
FURTHER_AMOUNT = ("dalších", "další", "dalšího")
# Words in an amount's clause saying it is given once more ("gave €3bn again"): a new
# pledge, never a repeat of an earlier row (aidcalc.news.dedup.says_further).
AGAIN_WORDS = (
    "znovu",
    "opět",
)
# Words that make an amount the sum of the amounts beside it ("a combined €5bn", "in total").
SUM_WORDS = ("celkem", "dohromady", "celkově")
# Words right before a whole whose parts follow ("Of the €5bn, €3bn came from …").
WHOLE_BEFORE = ("z", "ze")
# Labels of a table row or list item that sums the items before it (aidcalc.news.lists).
TOTAL_LABELS = ("celkem", "součet", "úhrnem", "mezisoučet")
# A quote's speaker: the verbs of saying after a quote, the words of the first person plural
# inside it, and the endings of a giving, asking or needing verb in the first person plural for
# a language that drops the pronoun (“We will give …,” said the Japanese prime minister: Japan
# gives; “We need …,” said the Ukrainian president: Ukraine asks).
SPEECH_VERBS = "řekl řekla uvedl uvedla prohlásil prohlásila dodal dodala"
WE_WORDS = "my náš naše naši nám nás"
WE_ENDINGS = ("eme", "íme", "áme")
# Words pairing several givers with several amounts in order: no joint sum.
RESPECTIVELY = ("v uvedeném pořadí", "respektive")
# The thanking verbs among the receiving ones: the one thanked gives ("thanked Berlin for
# €3bn"), and a later amount is not that giver's by default (aidcalc.news.donors).
THANKING = (
    "poděkoval*",
    "děkuj*",
)
# The country whose offices this language's press names without naming it ("the
# government"): the donor of such an office when no country is named (an assumption).
HOME_COUNTRY = "CZE"
# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("půl miliardy"): {word: value}.
COUNT_WORDS = {
    "jedna": "1",
    "jednu": "1",
    "jeden": "1",
    "jedné": "1",
    "půl": "0.5",
    # small counts, read the same way before a scale word of this language ("tre miljarder")
    "dva": "2",
    "dvě": "2",
    "tři": "3",
    "čtyři": "4",
    "pět": "5",
    "šest": "6",
    "sedm": "7",
    "osm": "8",
    "devět": "9",
    "deset": "10",
    "sto": "100",
}

# Scale words that are a number alone: the accusative "a billion" with no word for one
# ("Komise poskytne miliardu eur"), and the million, whose accusative is its nominative
# ("Vláda poslala milion korun", one million crowns).
WHOLE_SCALES = ("miliardu", "milion")

# Words that make an amount money asked for, denied, refused or not given rather than
# given (aidcalc.news.not_giving): ``contrast`` ("not only") is no negation; a
# ``request`` or ``wish`` is the receiver's, a ``denial`` scopes over its clause, a
# ``negation`` over the giving verb beside it.
NOT_GIVING = {
    "request": "požádal* žádá* žádal* žádost* vyzval* vyzvat vyzývá* naléhal*",
    "wish": "chce potřebuje chceme potřebujeme potřeb*",
    "denial": "popřel* popírá",
    "refusal": "odmítl* odmítá zablokoval* neposkyt* nedal* nedá nevyčlen* nepošle",
    "contrast": "nejen",
}
# Words after a request that open what the one asked is to do ("asked Germany to give …"):
# a giving verb after one is the thing asked for, no gift (aidcalc.news.not_giving).
REQUEST_LINKS = "aby"

# Dates (aidcalc.news.dates): "in March" is the locative "v březnu", from the genitive CLDR
# gives ("března"); two months form it otherwise.
MONTH_IN_CASE = ("format", (("a", "u"),))
IRREGULAR_MONTHS = {"červenci": 7, "prosinci": 12}

# A change of a value, not a range: the word before the first number, the word between the
# two, and verbs of change (``*`` ends a prefix), one standing before the first
# ("vzrostla z 2 na 3 miliardy": two amounts).
CHANGE_FROM = ("z", "ze", "o")
CHANGE_BY = ("o",)  # of CHANGE_FROM: the change ("zvýšilo … o 2 miliony eur na 5")
# "do" too: "zvýšila až do 50 mil. Kč" is the value after, no ceiling (issue 9, amountfaults16)
CHANGE_TO = ("na", "do")
CHANGE_VERBS = (
    "vzrostl*", "roste", "stoupl*", "stoupá", "klesl*", "klesá", "zvýš*", "sníž*",
    "zdvojnásob*",
    # issue 9 parser9: verbs of change the press uses that the table lacked
    "navýš*", "zvedl*", "zvedá",
)  # fmt: skip

# Nouns that label a numbered part before a dash ("Tranche 2 – 500 Mio. €", "Phase 3 – €2m"):
# the number after one is the label's, never a range's low end (issue 9 faults6 A8)
LABEL_NOUNS = ("tranše", "fáze", "balíček", "etapa", "článek", "příloha", "část", "kapitola")

# the word for "plus" between two numbers: a sum ("2 plus 3"), never a list
PLUS_WORDS = ("plus",)

# the word for "minus" right before an amount, its sign ("minus €5 million": a negative
# value); never between two amounts, where it subtracts
MINUS_WORDS = ("mínus",)

# A product in words before an amount ("3 times £50m"): words after a count that multiply
# it, one-word factors, and a word for "each" after them (aidcalc.parsing.products).
MULTIPLY_WORDS = ("krát",)
FACTOR_WORDS = ("dvakrát", "třikrát")
PRODUCT_EACH = ("po",)

# Hundreds as the press writes them, in two words ("pět set milionů korun", "dvě stě milionů"):
# num2words spells them as one ("pětset", "dvěstě"); read only with ``lang="cs"`` (faults8 item 5).
NUMBER_WORDS = {
    "dvě stě": 200,
    "tři sta": 300,
    "čtyři sta": 400,
    "pět set": 500,
    "šest set": 600,
    "sedm set": 700,
    "osm set": 800,
    "devět set": 900,
}


# Words before an amount that give a value it is compared with, not a new one ("3 miliardy eur,
# oproti 2 miliardám loni": the second is the value before, unless its clause names another
# giver; issue 9 parser9).
PREVIOUS_VALUE_CUES = ("oproti", "ve srovnání s", "ve srovnání se")

# A running total said after a new amount ("…, bringing its total to $12bn"; session 7 trial 9).
CUE_PHRASES = (*CUE_PHRASES, "čímž pomoc", "čímž celková")

# Phrases naming the calendar week before the publication's (aidcalc.news.dates,
# docs/extraction.md): a date approximate to the week, dated by the month of its Thursday.
RELATIVE_WEEKS = (
    ("minulý týden", -1),
    ("minulého týdne", -1),
)
# Forms of the days of the week that CLDR's names lack (the case after "on"), 1 = Monday
WEEKDAY_FORMS = {
    "středu": 3,
    "sobotu": 6,
    "neděli": 7,
    "pondělí": 1,
}

# Phrases beside an amount that make it a yearly amount, one year's instalment of a
# period (aidcalc.news.yearly): "€4bn a year", "jährlich 4 Mrd. Euro", "4 mld zł rocznie".
PER_YEAR = (
    "ročně",
    "každý rok",
    "za rok",
    "každoročně",
)
# A rate per unit, no total: these phrases right after an amount (a preposition that is
# also "for" or "to" elsewhere, so only with its noun of a unit). No pledge row counts it
# (aidcalc.news.beside); a PER_YEAR phrase is yearly instead.
PER_UNIT_PHRASES = (
    "na osobu",
    "na rodinu",
    "na dítě",
    "na den",
    "na měsíc",
    "na hlavu",
    "na uprchlíka",
    "na domácnost",
)

# Words before a year, or before an IN_YEAR phrase, that make the year the end of a period,
# no value date ("až do roku 2027"; aidcalc.news.dates); UNTIL_LINKS may stand between.
UNTIL = ("do", "až")
UNTIL_LINKS = ("konce", "roku")
# Words between an amount and a figure the parser reads as no amount ("60 million", no
# currency) that put the figure in a clause of another time, a comparison or a past
# perfect's auxiliary: "…, oproti 60 milionům v roce 2023" dates the figure only
# (aidcalc.news.figures).
OTHER_TIME_WORDS = ("oproti", "ve srovnání s", "ve srovnání se")

# Verbs of an actor spending on itself: money so spent is no aid.
SPENDING_VERBS = "utrácí utratil utratila vydává vynakládá vynaložil vynaložila"
# Possessives of the subject after a spending verb's amount: spent on itself ("its army").
OWN_POSSESSIVES = "svou svoji své svůj svého svým svými vlastní"

# Money that is no gift, whoever's it is (aidcalc.news.other_money): {kind: words}; a word
# ending in "*" stands for every word it begins, words with a space for that phrase.
OTHER_MONEY = {
    # a need stated as a noun (KINDS_STATED: no gift in a clause with no giving verb)
    "need": (
        "finanční potřeby",
        "potřeby financování",
    ),
    "damage": "zničil* zničen* škody škod poškoz*",
    "loss": "ztratil* ztráty ztrát",
    "trade": "obchod obchodu vývoz vývozu dovoz dovozu prodal prodala prodalo",
    "revenue": "příjmy příjmů",
    "debt": "dluh dluhy dluhů",
    # Figures stated, not given: they count in a clause with no giving verb (KINDS_STATED).
    "estimate": ("odhaduj*", "odhadl*", "vyčísl*", "bude stát", "by stála", "by stálo"),
    "stock": "rezervy rezerv hdp deficit deficitu schodek schodku",
    "conditional": "znamenalo znamenala znamenaly představovalo představovala",
    # A figure stated by a valuation verb: no pledge unless aid is its subject (KINDS_STATED).
    "valuation": "činí činil činila činily činilo",
    # the price of a thing, stated: no gift in a clause with no giving verb (KINDS_STATED)
    "price": "náklady nákladů stojí cena",
}
# Words that may stand between an amount and a word of OTHER_MONEY after it ("€2bn in
# damage"); any other word between ("€500m for damage repair") keeps it apart.
OTHER_MONEY_LINKS = "na"

# A whole named after a part (aidcalc.news.beside, rule 6; docs/extraction.md): the part, a link
# (``SHARE_OF_LINKS``, or one of ``WHOLE_FROM`` that names a whole only with a noun), then a noun
# phrase and the whole's amount. ``WHOLE_NOUNS`` are the nouns of such a phrase, as stems a word
# holds (any ending, any compound: "pakiet" in "pakietu", "paket" in "Hilfspaket");
# ``WHOLE_WORTH`` the words between that noun and the whole's amount ("worth", "o wartości").
SHARE_OF_LINKS = ("z", "ze")
WHOLE_NOUNS = (
    "balík",
    "balíč",
    "fond",
    "rozpoč",
    "program",
    "tranš",
    "částk",
    "sum",
    "úvěr",
    "nástroj",
    "mechanism",
)
WHOLE_WORTH = ("v hodnotě", "ve výši", "o objemu", "o hodnotě", "za")

# Headings of a pasted table's column that numbers its rows: identifiers, no money
# (aidcalc.news.header_tables).
ID_HEADERS = ("č.", "číslo", "balík")

# Headings of a pasted table's label column that name recipients, not givers
# (aidcalc.news.article_tables).
RECIPIENT_HEADERS = ("příjemce", "země příjemce", "účel")

# A correction note (aidcalc.news.corrections): its label before a colon ("Correction:"), the
# phrases naming the figure an earlier version gave (retracted), and a "not" before a retracted
# figure in the note ("…, not 257 million").
CORRECTION_LABELS = ("oprava",)
EARLIER_VERSION = ("v dřívější verzi", "v předchozí verzi", "v původní verzi")
CORRECTION_NOT = ("ne", "a ne", "nikoli")
# Words in a sentence naming an earlier version that introduce the right figure after the
# retracted one ("…; the correct figure is …"; aidcalc.news.corrections).
# Phrases naming what was reported before ("it was earlier reported"): a retracted figure only when
# a word of CORRECT_FIGURE follows in the same sentence (aidcalc.news.corrections).
EARLIER_REPORT = ("dříve bylo uvedeno", "původně bylo uvedeno")
CORRECT_FIGURE = ("správná", "správný", "správně", "ve skutečnosti", "opravilo", "upřesnilo")

# A person's titles (aidcalc.news.persons): a country name right after one, perhaps after
# first names, is a surname ("o primeiro-ministro, Luís Montenegro").
PERSON_TITLES = (
    "prezident",
    "prezidentka",
    "premiér",
    "premiérka",
    "ministr",
    "ministryně",
    "kancléř",
    "velvyslanec",
)

# Phrases opening a sentence that break down a total said a sentence or a few before; "#" is
# the number the total is restated by (aidcalc.news.parts.opens_breakdown).
BREAKDOWN_OPENERS = ("z toho", "z této částky", "z této sumy", "z těchto peněz", "z těchto #")
# The rest of a whole, set off right before an amount or standing right before it: a
# part of the amount before (aidcalc.news.parts).
REST_WORDS = ("zbytek", "zbývající", "zbývajících", "zbylých", "zbylé")

# Nouns of war and invasion (our own list, issue F10/F11 of trial 13): a demonym right beside
# one ("Russian invasion", "invasão russa") names the aggressor, never a recipient
# (aidcalc.news.donors).
WAR_NOUNS = "invaz* válk* válc* agres* útok* útoč* okupac*"
# Words saying a sentence's money comes on top of what an earlier sentence stated ("will also
# give"): its row is new, never the earlier sentence's running total (aidcalc.news.candidates).
ON_TOP = ("také", "rovněž", "navíc", "dodatečně", "kromě toho")
# Phrases restating the value of a package named before ("total value of"): the package's own
# pledge, not a running total of all aid (aidcalc.news.candidates.bases_of).
PACKAGE_VALUE = ("celkové hodnotě", "v celkové hodnotě", "celková hodnota", "celkovou hodnotu")

# Words of a state's budget or spending frame: with a year beside them, the amounts after them
# are that year's allocation of the budget's country (aidcalc.news.budget_lines).
BUDGET_NOUNS = "rozpočt* rozpočet"

# Phrases dating a sentence's money on the day of the sentence before it ("the same day"):
# aidcalc.news.candidates takes the day of the latest earlier row that states one.
SAME_DAY = ("téhož dne", "tentýž den", "ve stejný den", "týž den")

# Phrases right after an amount that make it a difference, no pledge ("30 million more than last
# year"; a comparative and the word for "than"; aidcalc.news.beside).
COMPARED_AFTER = (
    "více než",
    "víc než",
    "méně než",
    "vyšší než",
    "nižší než",
    "větší než",
    "menší než",
)

# Words opening a clause of another subject after an amount ("while"): the country after
# them gives its amounts; after a part, the next part of the list (aidcalc.news.parts).
CONTRAST_OPENERS = ("zatímco",)

# The word for "today": the day its text counts from, a dateline's when one stands above it
# (aidcalc.news.dates.today_date).
TODAY = ("dnes",)
# Channel words (issue actors15): phrases, folded, before the organisations that pay the money
# out for a giver ("via UNDP and the EU"): such an organisation, and the ones joined to it, is a
# channel, neither giver nor recipient (aidcalc.news.donors).
CHANNEL_WORDS = (
    "prostřednictvím",
    "přes",
    "skrze",
)
# Venue words (issue actors15): stems of the nouns of an event ("ceremony", "conference",
# "summit", "meeting"); a place after one and a word of place ("at a ceremony in Paris") is
# where it happens, never a giver or recipient (aidcalc.news.donors).
VENUE_WORDS = (
    "ceremoni",
    "konferenc",
    "summit",
    "setkání",
    "schůz",
)

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
ALLY_WORDS = ("spojenci", "partneři", "dárci")

# Head nouns of an organisation's name ("*" ends a prefix; a leading "*" a compound's head):
# one in the subject of a giving verb where no known giver stands names a giver the gazetteer
# does not know, never an earlier sentence's donor (aidcalc.news.donors).
ORGANISATION_NOUNS = ("bank*", "fond*", "agentur*", "nadace")

# Coins and notes after a currency: a face value counted ("10 thousand 2 euro coins"): a
# bare number after a thousand before it is no addend (``number_spans.face_value_after``).
COIN_NOUNS = ("mincí", "mince", "bankovek", "bankovky")

# A new level set for a whole ("raise … to", ``aidcalc.news.candidates.bases_of``): the verb,
# "…" up to ten words, the word for "to" before the amount; with a noun of LEVEL_NOUNS the
# amount is the whole's new size (probe 24: "zvýšilo svůj závazek … na 5 milionů eur").
RAISE_FRAMES = (
    "zvýšilo … na",
    "zvýšil … na",
    "zvýšila … na",
    "zvýšili … na",
    "navýšilo … na",
    "navýšil … na",
    "navýšila … na",
)
# singular forms: "konference o příslibech" names a meeting, no whole raised
LEVEL_NOUNS = "závazek závazku fond* program* balíč* strop* příslib příslibu"

# Possessive determiners: after a verb of change they make its object the giver's own
# ("raised its total commitment … by €2m to €5m": a change, ``aidcalc.parsing.changes``).
POSSESSIVE_DETERMINERS = ("svůj", "svoje", "svou")
