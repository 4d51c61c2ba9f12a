"""Croatian (hr): qualifiers and the small words around amounts, as plain data.

Curated by the project from news text in Croatian about aid and budgets; no outside word list is
copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Frequent function words, for telling the language of a text (aidcalc.parsing.language).
STOP_WORDS = (
    "i u na je da se za od s su koji kao što ili te do iz koja koje ali nakon prema tijekom "
    "godine će"
    # "now" and "so far" ("do sada", "dosad"), which Czech and Slovak write otherwise
    " sada dosad"
    # words Croatian and Serbian write alike and Czech and Slovak otherwise ("být", "byl",
    # "není", "tento", "už", "ještě", "nový", "zákon"): a sentence with "je" alone tied
    # Croatian with Czech and Slovak, and the tie went to Czech
    " biti bio bila bilo bili nije ovaj ovo već još novi zakon"
)

# Letters this language writes that tell it among the supported languages of its script (shared
# letters count less: aidcalc.parsing.language).
LETTERS = "čćđšž"

# Croatian words that Serbian in Latin script writes otherwise (the ijekavian "ije"/"je",
# and Croatian's own words: "eura", "Europska", "tisuća", "tijekom", "također"), the
# counterparts of Serbian's ``LATIN_TELLING_WORDS`` (``aidcalc.news.language``).
LATIN_TELLING_WORDS = (
    "njemačka njemačke njemačkoj njemačku njemački njemačkog njemačkim "
    "svijet svijeta svijetu svjetska svjetske svjetski svjetskoj svjetsku svjetskog svjetskih "
    "dvije prije poslije dio dijela dijelu gdje uvijek vrijednosti vrijednost vrijednošću "
    "dodijelila dodijelio dodijelile dodijelili dodijeljeno dodijeljena dodijeljen dodijeliti "
    "dodjela dodjele predsjednik predsjednika predsjednica predsjednice "
    "izvješće izvješću izvješća priopćila priopćio priopćenje priopćenju "
    "eura euro eurima europska europske europskoj europsku europski europskog europskih "
    "tisuća tisuće tijekom također tjedna mjera mjere mjeru mjerama riječ riječi riječima "
    "lijek lijeka lijekove lijekova lijekovi sigurnost sigurnosti "
    "financija financijska financijske financijski financijsku financijskog "
    "sustav sustave sustava sustavi obrana obrane obranu obrani protuzračne "
    "siječanj siječnja siječnju veljača veljače veljači ožujak ožujka ožujku travanj travnja "
    "travnju svibanj svibnja svibnju lipanj lipnja lipnju srpanj srpnja srpnju kolovoz "
    "kolovoza kolovozu rujan rujna rujnu listopad listopada listopadu studeni studenoga "
    "studenog studenom prosinac prosinca prosincu"
)

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``).
NEGATIONS = ("ne",)

QUALIFIERS = {
    "approx": ["oko", "otprilike", "približno", "cca", "cca."],
    "over": [
        "više od",
        "preko",
        "najmanje",
        "barem",
        "premašuje",
        "premašuju",
        "premašila",
        "premašio",
        "premašilo",
        "premašile",
    ],
    "under": ["manje od", "gotovo", "skoro", "nešto manje od"],
    "up_to": ["do", "najviše", "sve do"],
}

# Verbs of exceeding ("exceeds"): an amount they stand before in its clause, its subject
# between ("Seit Kriegsbeginn übersteigt die Hilfe 30 Mrd. Euro"), is a lower bound,
# qualifier ``over`` (aidcalc.news.exceeds).
EXCEED_VERBS = "premašuje premašuju premašila premašio premašilo premašile"

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("odnosno", "tj", "to jest", "ili", "što iznosi")

# Words that join the low and high ends of a range.
RANGE_JOINERS = ("do", "i")
# "do" between two numbers joins a range without "od" ("približno 100 do 200 dolara")
RANGE_JOINERS_ALONE = ("do",)

# Words that open a range ("od 2 do 3 milijuna", "između 2 i 3").
RANGE_OPENERS = ("od", "između")

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("i", "te", "odnosno", "kao i")  # "odnosno": respectively, as Czech "respektive"
LIST_OR = ("ili",)

# The word for the decimal mark in a number spelled out ("two point five"): a decimal
# written in words, read in English, refused in the others (never the part after it).
DECIMAL_WORDS = ("zarez", "cijela", "cijelih")

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = ("od čega", "od toga", "još", "i još")
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("za", "na", "u")

# Words that may stand between a scaled number and the currency name it counts ("900 million
# emergency euros", "20 million additional dollars").
AMOUNT_ADJECTIVES = ("dodatnih", "novih")

# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("jedna milijarda"): {word: value}.
COUNT_WORDS = {
    "jedna": "1",
    "jednu": "1",
    "jedan": "1",
    "jedne": "1",
    "pola": "0.5",
    # small counts, read the same way before a scale word of this language ("tre miljarder")
    "dva": "2",
    "dvije": "2",
    "tri": "3",
    "četiri": "4",
    "pet": "5",
    "šest": "6",
    "sedam": "7",
    "osam": "8",
    "devet": "9",
    "deset": "10",
    "sto": "100",
}

# Croatian cardinals where num2words (which spells Croatian the Serbian way, ``sr``) differs:
# the ijekavian "dvije", "dvjesto"/"dvjesta", "tisuća", "milijun", "milijarda", and hundreds
# written as a count of "stotine" ("dvije stotine"); read only with ``lang="hr"``.
NUMBER_WORDS = {
    "jedna": 1,
    "jedno": 1,
    "jednu": 1,
    "dvije": 2,
    "dvjesto": 200,
    "dvjesta": 200,
    "dvije stotine": 200,
    "tri stotine": 300,
    "četiri stotine": 400,
    "tristo": 300,
    "trista": 300,
    "četiristo": 400,
    "petsto": 500,
    "šeststo": 600,
    "sedamsto": 700,
    "osamsto": 800,
    "devetsto": 900,
    "tisuću": 1000,
    "tisuća": 1000,
    "jedan milijun": 10**6,
    "jedna milijarda": 10**9,
    # five hundred and up take the genitive plural ("pet stotina milijuna kuna"; faults8)
    "pet stotina": 500,
    "šest stotina": 600,
    "sedam stotina": 700,
    "osam stotina": 800,
    "devet stotina": 900,
}

# Scale words that are a number alone: the accusative "a billion" with no word for one
# ("Komise poskytne milijardu eur"), and the million, whose accusative is its nominative
# ("Vlada je poslala milijun eura", one million euros).
WHOLE_SCALES = ("milijardu", "milijun")

# --- News (aidcalc.news) ------------------------------------------------------------------------
# Cues as in lt.py: ``*`` ends a prefix, ``####`` stands for a year. Croatian marks the
# recipient by its case ("Ukrajini", dative), so names are matched by stems (INFLECTED) and
# only the nominative ("Hrvatska") may be a subject.
VERBS = {
    "give": (
        "dala dao dalo dali daje daju dati doni* poslal* posla* šalje pošalj* isporuči* "
        "isporučuje obeća* izdvoj* dodijel* odobri* uplati* financir* pruži* pruža* najavi* "
        # the ekavian forms of Latin Serbian, which is read with these words ("dodelila",
        # "obezbedila"; aidcalc.parsing.language tells it as Croatian)
        "dodel* obezbedi* finansir*"
    ),
    # thanking reverses the roles as receiving does: the one thanked gives
    "receive": "prima* primi* dobi* dobila dobio dobili zahvali*",
    "aux": "je su će bi",
}

CATEGORIES = {
    "military": (
        "vojn* oružj* streljiv* dron* projektil* raket* protuzračn* oklopn* topni* obramben* tenk*"
    ),
    "financial": "proračun* zajam* zajm* kredit* financijsk* bespovratn* jamstv*",
    "humanitarian": "humanitarn* zim* energet* generator* medicin* hran* izbjegl*",
}

BASIS = {
    "cumulative": "ukupno dosad do sada od početka od ####",
    "already": "već",
}

INTENTION = {
    "pledge": "najavi* obeća* planira* namjerava* odluči* će",
}

MEASURE = {
    "allocation": (
        "dala dao dali isporuči* izdvoji* dodijeli* dodeli* doniral* poslal* pružil* donirao "
        "donirala donirali doniralo darovao darovala darovali darovalo"
    ),
    "disbursement": "isplati* isplaćen* uplati* primila primio",
    "commitment": "obvez*",
}

FUTURE = {
    "future": "će ćemo ćete hoće idućeg sljedećeg",
}

CUE_PHRASES = ("do sada", "od početka", "od ####")

PLACE_SHORT_FORMS = {
    "EU": "EU",
    "SAD": "USA",
    "Gaza": "PSE",  # no CLDR name
    "Moldova": "MDA",  # the short name the press writes; CLDR gives "Moldavija"
    # the United Kingdom as the press writes it beside CLDR's "Ujedinjeno Kraljevstvo": the
    # nominative (a subject) and the stems of the other cases
    "Ujedinjena Kraljevina": "GBR",
    "Velika Britanija": "GBR",
    "Ujedinjen Kraljevin": "GBR",
    "Velik Britanij": "GBR",
    # Palestine as the press names it (CLDR has only the territories); the United States without
    # "Američke"
    "Palestina": "PSE",
    "Sjedinjene Države": "USA",
}
# Those short forms in a case other than the nominative ("za Moldovu", "Gazi"): never a subject
# (aidcalc.places)
PLACE_CASE_FORMS = {
    "Gazi": "PSE",
    "Gazu": "PSE",
    "Gaze": "PSE",
    "Moldovi": "MDA",
    "Moldovu": "MDA",
    "Moldove": "MDA",
    # Palestine and the United States in the other cases.
    "Palestini": "PSE",
    "Palestinu": "PSE",
    "Palestine": "PSE",
    "Sjedinjenih Država": "USA",
    "Sjedinjenim Državama": "USA",
}
# CLDR locales whose country names a text read as Croatian writes too: Latin Serbian and
# Bosnian, which ``aidcalc.parsing.language`` tells as Croatian ("Nemačka", "Švajcarska",
# "Evropska unija"; ``aidcalc.places``).
NAME_LOCALES_ALSO = ("sr_Latn", "bs")
EXTRA_LETTERS = 4
INFLECTED = True

# The endings of a country's name in the oblique cases after a consonant (aidcalc.places):
# a name too short to be a stem ("Чад", "Čad": Chad) is found in them too ("Чаду", "Čadu"),
# and so is a name that drops its last vowel before them (``FLEETING_VOWELS``: "Egipat",
# "Egipta"; "Jemen", "Jemnu").
NAME_CASE_ENDINGS = "a u om e"
FLEETING_VOWELS = "a"

ABBREVIATIONS = "mil mlrd tis npr"

INSTITUTIONS = {
    "": (
        "Vlad*",
        "ministarstv* obrane",
        "ministarstv* vanjskih poslova",
        "ministarstv* financija",
        "ministarstv*",
        "premijer*",
        "predsjedni*",
        "sabor*",
        "ministr* obrane",
    ),
    # and the ekavian names of Latin Serbian, read with these words ("Evropska komisija",
    # "Svetska banka")
    "EU": (
        "Europsk* komisij*",
        "Europsk* unij*",
        "Europsk* parlament*",
        "Vijeć* EU",
        "Evropsk* komisij*",
        "Evropsk* unij*",
        "Evropsk* parlament*",
    ),
    "EIB": ("Europsk* investicijsk* bank*", "Evropsk* investicion* bank*"),
    "WBG": ("Svjetsk* bank*", "Svetsk* bank*"),
    "IMF": ("Međunarodn* monetarn* fond*", "MMF"),
}

AID_NOUNS = "pomoć* potpor* paket* donacij*"
COLLECTIVE_DONORS = (
    "zajedno s drugim",
    "ukupno obećano",
    "ukupno je obećano",
    "ukupno su obećali",
    "ukupno prikupljeno",
)
AGENT_MARKERS = "od"
# Words before a country after a part of a whole that name where the part comes from, its
# giver ("Of that, €1bn will come from Germany"; aidcalc.news.donors.part_source).
PART_SOURCES = "iz od"
RECIPIENT_MARKERS = "za"
# Words before a way or model of giving ("through the Danish model"): a nationality adjective
# after them names no actor (aidcalc.news.donors).
MEANS_MARKERS = "putem prema"
GENITIVE_LINKS = ""
# Nouns of a state's form between an office and its country ("Vlada Republike Hrvatske", "Kraljevine
# Norveške"): the country still owns the office (aidcalc.news.donors).
STATE_NOUNS = "republike kraljevine"
# The genitive endings no other case shares, on a country's name right after an aid noun
# ("pomoć Hrvatske", "potpora Njemačke"): that country gives (dative "Hrvatskoj",
# "Ukrajini").
# ``dative``: endings of the dative, never a genitive: such a name right after a noun of
# war ("rata Ukrajini", "Turskoj") is the one the money goes to, not the aggressor
# (news.donors.aggressor).
NAME_ENDINGS = {"owner": "e", "dative": "i oj u"}
SEAT_LINKS = "u"
# Verbs of being between an amount and the same money in another currency ("C$40 million is
# roughly US$28 million"): the second restates the first (aidcalc.news.restated).
COPULAS = "je odgovara iznosi"
# Subjects naming the money said just before, opening a sentence that only restates it in another
# currency: that amount is the same money, no second pledge (aidcalc.news.restated).
RESTATING_SUBJECTS = ("ovaj iznos", "taj iznos", "ova svota", "ta svota", "iznos")
PART_BEFORE = ("od čega", "od toga", "uključujući")
PART_AFTER = ()

# Money asked for, denied, refused or not given (aidcalc.news.not_giving).
NOT_GIVING = {
    "contrast": "ne samo",
    "request": "zatraži* traži* zamoli* moli* zahtjev* pozva* poziva*",
    "wish": "treba želi potreb*",
    "denial": "demantira* porekl* poriče",
    "refusal": "odbi* odbij*",
    "negation": "ne neće nije nisu nikada",
}
# Words after a request that open what the one asked is to do ("asked Germany to give …"):
# a giving verb after one is the thing asked for, no gift (aidcalc.news.not_giving).
REQUEST_LINKS = "da"
CUE_PHRASES = (*CUE_PHRASES, "ne samo")

# Dates (aidcalc.news.dates): "u 2023." (in 2023) is a value date, and "prošle godine" (last
# year) the year before the publication's.
IN_YEAR = ("u",)
SINCE = ("od",)  # "od veljače 2022.": a running period, not the date
RELATIVE_YEARS = (
    ("prošle godine", -1),
    ("lani", -1),
    ("ove godine", 0),
    ("sljedeće godine", 1),
    ("iduće godine", 1),
)
# Nouns of a country's economy (GDP): a year right after them, or before them, is the
# year of that measure and dates no amount (aidcalc.news.dates).
ECONOMY_NOUNS = ("BDP",)

# Dates (aidcalc.news.dates): "in March" is the locative "u ožujku", from the nominative
# CLDR gives ("ožujak", "siječanj", "prosinac", "veljača", "studeni").
MONTH_IN_CASE = (
    "stand-alone",
    (
        ("anj", "nju"),
        ("ak", "ku"),
        ("ac", "cu"),
        ("an", "nu"),
        ("ni", "nom"),
        ("a", "i"),
        ("z", "zu"),
        ("d", "du"),
    ),
)

# A change of a value, not a range: the word before the first number, the word between the
# two, and verbs of change (``*`` ends a prefix), one standing before the first ("porasla je
# s 2 na 3 milijarde kuna": two amounts; "za" gives the change, "porasla za 1 na 3").
CHANGE_FROM = ("s", "sa", "za")
CHANGE_TO = ("na", "do")
CHANGE_BY = ("za",)  # of CHANGE_FROM: the change, never the value before
CHANGE_VERBS = (
    "porasl*", "porast*", "narasl*", "narast*", "povećan*", "povećal*", "povećao",
    "povećav*", "smanjen*", "smanjil*", "smanjio", "smanjuj*", "pala", "pao", "palo", "pale",
    "skočil*", "skočio", "udvostruč*", "podignut*", "podigl*", "podigao",
)  # fmt: skip

# the word for "plus" between two numbers: a sum ("2 plus 3"), never a list
PLUS_WORDS = ("plus",)

# the word for "minus" right before an amount, its sign ("minus €5 million": a negative
# value); never between two amounts, where it subtracts
MINUS_WORDS = ("minus",)

# A product in words before an amount ("3 times £50m"): words after a count that multiply
# it, one-word factors, and a word for "each" after them (aidcalc.parsing.products).
MULTIPLY_WORDS = ("puta",)
FACTOR_WORDS = ("dvaput", "triput", "dvostruko")
PRODUCT_EACH = ("po",)

# Words that may follow a value before written without its currency: its time, not a noun it
# counts ("5bn a year ago", not "5 million people"; aidcalc.parsing.changes).
BEFORE_VALUE_TIMES = ("prošle", "godinu", "ranije", "u")
# Labels of a table row or list item that sums the items before it (aidcalc.news.lists).
TOTAL_LABELS = ("ukupno", "zbroj", "sveukupno")

# Phrases naming the calendar week before the publication's (aidcalc.news.dates,
# docs/extraction.md): a date approximate to the week, dated by the month of its Thursday.
RELATIVE_WEEKS = (
    ("prošli tjedan", -1),
    ("prošlog tjedna", -1),
)
# Forms of the days of the week that CLDR's names lack (the case after "on"), 1 = Monday
WEEKDAY_FORMS = {
    "srijedu": 3,
    "subotu": 6,
    "nedjelju": 7,
}

# Phrases beside an amount that make it a yearly amount, one year's instalment of a
# period (aidcalc.news.yearly): "€4bn a year", "jährlich 4 Mrd. Euro", "4 mld zł rocznie".
PER_YEAR = (
    "godišnje",
    "svake godine",
)

# Verbs of an actor spending on itself: money so spent is no aid.
SPENDING_VERBS = "troši troše potrošio potrošila potrošeno"
# Possessives of the subject after a spending verb's amount: spent on itself ("its army").
OWN_POSSESSIVES = "svoju svoje svoj svojoj svojim svojih vlastitu vlastite"

# Money that is no gift, whoever's it is (aidcalc.news.other_money): {kind: words}; a word
# ending in "*" stands for every word it begins, words with a space for that phrase.
OTHER_MONEY = {
    # a need stated as a noun (pledges18): the needer's figure, no gift (KINDS_STATED)
    "need": ("financijske potrebe", "potrebe za financiranjem", "financijski jaz"),
    "damage": "uništio uništila uništen* razorio razorila štete štetu oštećen*",
    "loss": "izgubio izgubila izgubili gubitke gubici gubitaka",
    "trade": "trgovina trgovine trgovinu izvoz izvoza uvoz uvoza prodao prodala",
    "revenue": "prihodi prihoda",
    "debt": "dug dugovi dugova",
    # the price of a thing, stated: no gift in a clause with no giving verb (KINDS_STATED)
    "price": "troškovi troškova košta cijena",
}
# Words that may stand between an amount and a word of OTHER_MONEY after it ("€2bn in
# damage"); any other word between ("€500m for damage repair") keeps it apart.
OTHER_MONEY_LINKS = "u"

# A correction note (aidcalc.news.corrections): its label before a colon ("Correction:"), the
# phrases naming the figure an earlier version gave (retracted), and a "not" before a retracted
# figure in the note ("…, not 257 million").
CORRECTION_LABELS = ("ispravak",)
EARLIER_VERSION = ("u ranijoj verziji", "u prethodnoj verziji")
CORRECTION_NOT = ("ne", "a ne")
# Words in a sentence naming an earlier version that introduce the right figure after the
# retracted one ("…; the correct figure is …"; aidcalc.news.corrections).
# Phrases naming what was reported before ("it was earlier reported"): a retracted figure only when
# a word of CORRECT_FIGURE follows in the same sentence (aidcalc.news.corrections).
EARLIER_REPORT = (
    "ranije je objavljeno",
    "ranije je navedeno",
    "prethodno je objavljeno",
    "prethodno je navedeno",
)
CORRECT_FIGURE = (
    "točan",
    "točna",
    "točno",
    "ispravan",
    "ispravna",
    "ispravno",
    "precizirano",
    "ispravljeno",
)

# A person's titles (aidcalc.news.persons): a country name right after one, perhaps after
# first names, is a surname ("o primeiro-ministro, Luís Montenegro").
PERSON_TITLES = (
    "predsjednik",
    "predsjednica",
    "premijer",
    "premijerka",
    "ministar",
    "ministrica",
    "kancelar",
)

# Words opening a clause of another subject, or the next item of a breakdown, after an amount
# ("…, a 400.000 eura UNICEF-u", "…, dok Njemačka daje …", "…, te 2 milijuna …"): the country
# right after them is the subject of its clause (aidcalc.news.donors, rule 4), an amount right
# after them goes on the list of parts before (aidcalc.news.parts.continues_parts).
CONTRAST_OPENERS = ("dok", "dočim", "a", "te")
# Phrases opening a sentence that break down a total said a sentence or a few before; "#" is
# the number the total is restated by (aidcalc.news.parts.opens_breakdown).
BREAKDOWN_OPENERS = ("od toga", "od tog iznosa", "od ukupnog iznosa", "od tih #")
# The rest of a whole, set off right before an amount or standing right before it: a
# part of the amount before (aidcalc.news.parts).
REST_WORDS = ("ostatak", "preostalih", "preostali", "preostala", "preostalo")

# Nouns of war and invasion (our own list, issue F10/F11 of trial 13): a demonym right beside
# one ("Russian invasion", "invasão russa") names the aggressor, never a recipient
# (aidcalc.news.donors).
WAR_NOUNS = "invazij* rat* agresij* napad* ofenziv* okupacij*"
# Words saying a sentence's money comes on top of what an earlier sentence stated ("will also
# give"): its row is new, never the earlier sentence's running total (aidcalc.news.candidates).
ON_TOP = ("također", "dodatno", "osim toga", "i još")
# Phrases restating the value of a package named before ("total value of"): the package's own
# pledge, not a running total of all aid (aidcalc.news.candidates.bases_of).
PACKAGE_VALUE = ("ukupne vrijednosti", "ukupna vrijednost", "ukupnu vrijednost")

# words joining the two years of a span ("2025 to 2027"), beside UNTIL (aidcalc.news.yearly)
SPAN_LINKS = ("do",)
# phrases saying an amount is spread over several years ("multi-year"; a stem may end a word),
# found in its clause (aidcalc.news.yearly.several_years)
SEVERAL_YEARS = ("višegodišnj", "tijekom nekoliko godina")

# Phrases right after an amount that make it a difference, no pledge ("30 million more than last
# year"; a comparative and the word for "than"; aidcalc.news.beside).
COMPARED_AFTER = (
    "više nego",
    "manje nego",
    "više od",
    "manje od",
    "veći nego",
    "veća nego",
    "veći od",
    "veća od",
)

# Headings of a pasted table's label column that name recipients or purposes, not givers
# (aidcalc.news.article_tables).
RECIPIENT_HEADERS = ("primatelj", "namjena")

# The word for "today": the day its text counts from, a dateline's when one stands above it
# (aidcalc.news.dates.today_date).
TODAY = ("danas",)
# Channel words (issue actors15): phrases, folded, before the organisations that pay the money
# out for a giver ("via UNDP and the EU"): such an organisation, and the ones joined to it, is a
# channel, neither giver nor recipient (aidcalc.news.donors).
CHANNEL_WORDS = (
    "putem",
    "preko",
    "posredstvom",
)
# Venue words (issue actors15): stems of the nouns of an event ("ceremony", "conference",
# "summit", "meeting"); a place after one and a word of place ("at a ceremony in Paris") is
# where it happens, never a giver or recipient (aidcalc.news.donors).
VENUE_WORDS = (
    "ceremonij",
    "konferencij",
    "summit",
    "sastank",
    "sastan",
)

# Nouns of an appeal or a call for money, and forms of asking the request verbs miss
# (aidcalc.news.not_giving): money an appeal asks for is a request, no pledge of the one
# appealing. Merged into NOT_GIVING's "request" cues (aidcalc.words.build).
APPEAL_WORDS = ("apel*",)

# Words for givers (aidcalc.news.donors, rule 3): as a subject, several givers' money; with
# a country as their possessor or genitive, that country receives.
ALLY_WORDS = ("saveznici", "partneri", "donatori")

# Head nouns of an organisation's name ("*" ends a prefix; a leading "*" a compound's head):
# one in the subject of a giving verb where no known giver stands names a giver the gazetteer
# does not know, never an earlier sentence's donor (aidcalc.news.donors).
ORGANISATION_NOUNS = ("bank*", "fond*", "agencij*", "zaklad*")
