"""Finnish (fi): qualifiers and the small words around amounts, as plain data.

Curated by the project from news text in Finnish about aid and budgets; no outside word list is
copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Letters this language writes that tell it among the supported languages of its script (shared
# letters count less: aidcalc.parsing.language).
LETTERS = "äö"
# Letters Finnish writes side by side, anywhere in a word, and the other supported languages
# of its script do not: its long vowels "ää", "öö", "yy" ("lisää", "Pääministeri", "syyskuu");
# "uu" ("uuden", "kuukausi") Dutch writes as well ("duur"), one point to each. A headline of
# no small word ("Hallitus lisää tukea Ukrainalle") tied Finnish with German, Swedish and
# Slovak on its "ä", and German, listed first, won (aidcalc.parsing.language).
LETTER_PAIRS = "ää öö yy uu"

# Frequent small words that tell the language of a text (``aidcalc.parsing.language``).
# "Ukraina" as Norwegian, Swedish, Polish and Lithuanian write it too (one point to each).
STOP_WORDS = (
    "ja on ei se että oli ovat myös kuin mutta tai sekä joka mukaan jo noin nyt yli ukraina"
)

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``).
NEGATIONS = ("ei",)

QUALIFIERS = {
    "approx": ["noin", "suunnilleen", "arviolta", "likimain"],
    "over": ["yli", "vähintään", "runsaat", "ainakin"],
    "under": ["alle", "lähes", "miltei", "vajaat", "melkein"],
    "up_to": ["jopa", "enintään", "korkeintaan"],
}

# Verbs of exceeding ("exceeds"): an amount they stand before in its clause, its subject
# between ("Seit Kriegsbeginn übersteigt die Hilfe 30 Mrd. Euro"), is a lower bound,
# qualifier ``over`` (aidcalc.news.exceeds).
EXCEED_VERBS = "ylittää ylitti ylittävät"

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("eli", "tai", "mikä vastaa")

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("ja",)
# Finnish writes "between" after the range ("2 ja 3 miljoonan euron välillä"): "ja" (and)
# joins a range only with one of these closing it, else it is a list.
RANGE_JOINERS = ("ja",)
RANGE_CLOSERS = ("välillä", "välille", "välinen", "välisen")
CLOSED_RANGE_JOINERS = ("ja",)
# Words pairing the givers with the amounts in their order ("respectively").
RESPECTIVELY = ("vastaavasti",)
LIST_OR = ("tai",)

# The word for the decimal mark in a number spelled out ("two point five"): a decimal
# written in words, read in English, refused in the others (never the part after it).
DECIMAL_WORDS = ("pilkku",)

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = ("joista", "josta", "ja lisäksi")
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("varten",)

# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("puoli miljardia"): {word: value}.
COUNT_WORDS = {
    # one and a half in one word ("anderhalf miljoen")
    "puolitoista": "1.5",
    "yksi": "1",
    "yhden": "1",
    "puoli": "0.5",
    # small counts, read the same way before a scale word of this language ("tre miljarder")
    "kaksi": "2",
    "kolme": "3",
    "neljä": "4",
    "viisi": "5",
    "kuusi": "6",
    "seitsemän": "7",
    "kahdeksan": "8",
    "yhdeksän": "9",
    "kymmenen": "10",
    "sata": "100",
    # the same in the genitive and the illative, as news write them before a scale word in
    # the same case ("yli kolmen miljardin euron", "kahteen miljardiin euroon"); seitsemän,
    # kahdeksan, yhdeksän and kymmenen read the same in the genitive
    "kahden": "2",
    "kolmen": "3",
    "neljän": "4",
    "viiden": "5",
    "kuuden": "6",
    "sadan": "100",
    "kahteen": "2",
    "kolmeen": "3",
    "neljään": "4",
    "viiteen": "5",
    "kuuteen": "6",
    "seitsemään": "7",
    "kahdeksaan": "8",
    "yhdeksään": "9",
    "kymmeneen": "10",
    "sataan": "100",
}

# Scale words that are a number alone: Finnish writes "a billion euros" with no word for one
# ("Suomi antaa miljardi euroa", "miljoona euroa").
WHOLE_SCALES = ("miljardi", "miljoona")

# --- News (aidcalc.news) ------------------------------------------------------------------------
# Cues as in lt.py: ``*`` ends a prefix, ``####`` stands for a year. Finnish marks the recipient
# by a case ending ("Ukrainalle", "Ukrainaan"), so names are matched by stems (INFLECTED) and
# only the nominative ("Suomi", "Ruotsi") may be a subject.
VERBS = {
    "give": (
        "anta* antoi antanut antavat anna lahjoitt* myönt* myönsi lupas* lupaa lupautu* "
        "toimitt* lähett* maksa* maksoi rahoitt* osoitt* ilmoitt* sitoutu* kohdist* tukee "
        "tukevat tukenut tukeneet"
    ),
    # thanking reverses the roles as receiving does: the one thanked gives
    "receive": "saa sai saanut saivat saavat vastaanott* kiitti kiittää",
    "aux": "on ovat oli olivat",
}

CATEGORIES = {
    "military": (
        "puolustus* ase* ammu* drooni* ohjus* tyki* panssari* sotilaal* sotilas* ilmatorjun* sota*"
    ),
    "financial": "budjet* laina* lainan avustus* takau* makrotaloud*",
    "humanitarian": "humanitaar* talvi* energi* sähkö* lääk* ruoka* pakolai*",
}

BASIS = {
    "cumulative": (
        "yhteensä kaikkiaan tähän mennessä vuodesta #### alkaen sodan alusta jolloin tuki "
        # the postposition after its year or start: "vuodesta 2022 lähtien", "helmikuusta 2022
        # lähtien", "sodan alusta lähtien" (since)
        "#### lähtien alusta lähtien "
        "kokonaisarvo* kokonaismäärä* kokonaissumma*"
    ),
    "already": "jo",
}

INTENTION = {
    "pledge": "ilmoitt* lupas* lupaa lupautu* aiko* suunnit* päätt* tulee",
}

MEASURE = {
    # past forms only: the Finnish present ("lahjoittaa", "antaa") speaks of the future
    "allocation": (
        "toimitti toimittanut lahjoitti lahjoittanut antoi antanut myönsi myöntänyt osoitti"
    ),
    "disbursement": "maksoi maksanut maksettu sai saanut",
    "commitment": "sitoutu*",
}

# Finnish has no future tense: "aikoo" (intends), "tulee" (will) and "ensi" (next) say it.
FUTURE = {
    "future": "aiko* tulee tulevat ensi",
}

CUE_PHRASES = (
    "tähän mennessä",
    "vuodesta #### alkaen",
    "sodan alusta",
    "#### lähtien",
    "alusta lähtien",
)

PLACE_SHORT_FORMS = {
    "EU": "EU",
    "USA": "USA",
    "Yhdysval": "USA",
    # Gaza and Palestine as the press names it (CLDR has only the territories): "Gazaan",
    # "Palestiinalle" by the extra letters
    "Gaza": "PSE",
    "Palestiina": "PSE",
}
# Short forms in a case other than the nominative: never a subject. The cases of "Turkki" whose stem
# loses its double k ("Turkin maanjäristys").
PLACE_CASE_FORMS = {
    "Turkin": "TUR",
    "Turkille": "TUR",
    "Turkissa": "TUR",
    "Turkista": "TUR",
    "Turkilta": "TUR",
}
EXTRA_LETTERS = 5
INFLECTED = True
ABBREVIATIONS = "milj mrd esim"

INSTITUTIONS = {
    "": (
        "hallitu*",
        "puolustusministeriö*",
        "ulkoministeriö*",
        "valtiovarainministeriö*",
        "ministeriö*",
        "pääministeri*",
        "presidentti*",
        "eduskun*",
        "puolustusministeri*",
        "ulkoministeri*",
    ),
    "EU": ("Euroopan komissi*", "Euroopan unioni*", "Euroopan parlament*"),
    "EIB": ("Euroopan investointipank*",),
    "WBG": ("Maailmanpank*",),
    "IMF": ("Kansainvälinen valuuttarahasto*", "IMF"),
}

AID_NOUNS = "apu* tuki* tuke* avun paketti* paketi* lahjoitus*"
COLLECTIVE_DONORS = (
    "yhdessä muiden",
    "luvattiin yhteensä",
    "yhteensä luvattiin",
)
AGENT_MARKERS = ""
RECIPIENT_MARKERS = ""
# Words before a way or model of giving ("through the Danish model"): a nationality adjective
# after them names no actor (aidcalc.news.donors).
MEANS_MARKERS = ""
GENITIVE_LINKS = ""
SEAT_LINKS = ""
# Verbs of being between an amount and the same money in another currency ("C$40 million is
# roughly US$28 million"): the second restates the first (aidcalc.news.restated).
COPULAS = "on vastaa"
# Subjects naming the money said just before, opening a sentence that only restates it in another
# currency: that amount is the same money, no second pledge (aidcalc.news.restated).
RESTATING_SUBJECTS = ("tämä summa", "tämä rahamäärä", "summa", "rahamäärä")
PART_BEFORE = ("joista", "josta", "mukaan lukien")
# The allative ending on a country's name marks the one given to ("Suomen Ukrainalle
# toimittama apu", the aid Finland delivered to Ukraine), wherever the name stands.
NAME_ENDINGS = {"recipient": "lle"}
PART_AFTER = ()

# Money asked for, denied, refused or not given (aidcalc.news.not_giving); "ei" negates the
# verb after it ("ei anna").
NOT_GIVING = {
    "contrast": "ei vain ei ainoastaan",
    "request": "pyysi pyytää pyytänyt vaati* vetosi pyytävät kehott* kehotti",
    "wish": "tarvitsee haluaa tarve tarpeen tarvitaan tarvitsevat tarpeet tarpeita",
    "denial": "kiisti kiistää",
    "refusal": "kieltäytyi kieltäytyy torju*",
    "negation": "ei eivät eikä",
}
CUE_PHRASES = (*CUE_PHRASES, "ei vain", "ei ainoastaan")

# Dates (aidcalc.news.dates): "vuonna 2023" (in the year 2023) is a value date, and "viime
# vuonna" (last year) the year before the publication's.
IN_YEAR = ("vuonna",)
RELATIVE_YEARS = (
    ("viime vuonna", -1),
    ("edellisvuonna", -1),
    ("tänä vuonna", 0),
    ("ensi vuonna", 1),
)
# Nouns of a country's economy (GDP): a year right after them, or before them, is the
# year of that measure and dates no amount (aidcalc.news.dates).
ECONOMY_NOUNS = ("BKT",)

# Dates (aidcalc.news.dates): "in March" is the inessive "maaliskuussa", from the partitive
# CLDR gives ("maaliskuuta").
MONTH_IN_CASE = ("format", (("uuta", "uussa"),))

# A running total said after a new amount ("…, bringing its total to $12bn"; session 7 trial 9).
CUE_PHRASES = (*CUE_PHRASES, "jolloin tuki")
# Labels of a table row or list item that sums the items before it (aidcalc.news.lists).
TOTAL_LABELS = ("yhteensä", "summa", "välisumma")

# Words in an amount's clause saying it is given once more ("gave €3bn again"): a new
# pledge, never a repeat of an earlier row (aidcalc.news.dedup.says_further).
AGAIN_WORDS = (
    "jälleen",
    "uudelleen",
)

# Phrases naming the calendar week before the publication's (aidcalc.news.dates,
# docs/extraction.md): a date approximate to the week, dated by the month of its Thursday.
RELATIVE_WEEKS = (("viime viikolla", -1),)
# Forms of the days of the week that CLDR's names lack (the case after "on"), 1 = Monday
WEEKDAY_FORMS = {
    "maanantaina": 1,
    "tiistaina": 2,
    "keskiviikkona": 3,
    "torstaina": 4,
    "perjantaina": 5,
    "lauantaina": 6,
    "sunnuntaina": 7,
}

# Phrases beside an amount that make it a yearly amount, one year's instalment of a
# period (aidcalc.news.yearly): "€4bn a year", "jährlich 4 Mrd. Euro", "4 mld zł rocznie".
PER_YEAR = (
    "vuodessa",
    "vuosittain",
    "joka vuosi",
    "vuosittaista",
)
# Words before a year that make it the end of a period, no value date
# ("vuoteen 2027 asti"; aidcalc.news.dates).
UNTIL = ("vuoteen",)

# Verbs of an actor spending on itself: money so spent is no aid.
SPENDING_VERBS = "käyttää käyttävät käytti käyttänyt kuluttaa"
# Possessives of the subject after a spending verb's amount: spent on itself ("its army").
OWN_POSSESSIVES = "oma oman omaan omia omiin"

# Money that is no gift, whoever's it is (aidcalc.news.other_money): {kind: words}; a word
# ending in "*" stands for every word it begins, words with a space for that phrase.
OTHER_MONEY = {
    "damage": "tuhosi tuhonnut tuhot tuhoja vahingot vahinkoja vaurio*",
    "loss": "menetti menettänyt menetykset menetyksiä tappiot tappioita",
    "trade": "kauppa kaupan vienti viennin vientiä tuonti tuonnin tuontia myi",
    "revenue": "tulot tuloja",
    "debt": "velka velkaa velat",
    # the price of a thing, stated: no gift in a clause with no giving verb (KINDS_STATED)
    "price": "kustannus kustannukset kustannuksia hinta",
    # a need as the head of a compound ("rahoitustarve", the need of financing)
    "need": "rahoitustarve* rahoitustarpe* jälleenrakennustarve* jälleenrakennustarpe*",
    # figures stated, not given ("arvioi", estimates): only in a clause with no giving verb
    "estimate": "arvioi arvioivat arvioidaan arvioitu arvioidut arvioiden",
}

# Headings of a pasted table's column that numbers its rows: identifiers, no money
# (aidcalc.news.header_tables).
ID_HEADERS = ("nro", "n:o", "paketti", "tukipaketti")

# Headings of a pasted table's label column that name recipients, not givers
# (aidcalc.news.article_tables).
RECIPIENT_HEADERS = ("vastaanottaja", "vastaanottajamaa", "kohde", "käyttötarkoitus", "tarkoitus")

# A correction note (aidcalc.news.corrections): its label before a colon ("Correction:"), the
# phrases naming the figure an earlier version gave (retracted), and a "not" before a retracted
# figure in the note ("…, not 257 million").
CORRECTION_LABELS = ("korjaus", "oikaisu")
EARLIER_VERSION = ("aiemmassa versiossa", "aikaisemmassa versiossa")
CORRECTION_NOT = ("eikä", "ei")
# Words in a sentence naming an earlier version that introduce the right figure after the
# retracted one ("…; the correct figure is …"; aidcalc.news.corrections).
CORRECT_FIGURE = ("oikea", "oikein", "todellisuudessa")

# A person's titles (aidcalc.news.persons): a country name right after one, perhaps after
# first names, is a surname ("o primeiro-ministro, Luís Montenegro").
PERSON_TITLES = (
    "presidentti",
    "pääministeri",
    "ministeri",
    "ulkoministeri",
    "puolustusministeri",
    "liittokansleri",
)

# Phrases opening a sentence that break down a total said a sentence or a few before; "#" is
# the number the total is restated by (aidcalc.news.parts.opens_breakdown).
BREAKDOWN_OPENERS = (
    "tästä",
    "tästä summasta",
    "tästä määrästä",
    "summasta",
    "näistä",
    "näistä #",
)
# The rest of a whole, set off right before an amount or standing right before it: a
# part of the amount before (aidcalc.news.parts).
REST_WORDS = ("loput", "loppu", "loppuosa", "jäljelle jäävät", "jäljellä olevat")

# Nouns of war and invasion (our own list, issue F10/F11 of trial 13): a demonym right beside
# one ("Russian invasion", "invasão russa") names the aggressor, never a recipient
# (aidcalc.news.donors).
WAR_NOUNS = "hyökkäy* hyökkäyssod* sod* sota* invaasi* aggressi* miehity*"
# Words saying a sentence's money comes on top of what an earlier sentence stated ("will also
# give"): its row is new, never the earlier sentence's running total (aidcalc.news.candidates).
ON_TOP = ("myös", "lisäksi", "niin ikään")
# Phrases restating the value of a package named before ("total value of"): the package's own
# pledge, not a running total of all aid (aidcalc.news.candidates.bases_of).
# ("kokonaisarvo" alone is left out: "avun kokonaisarvo nousee … miljardiin", the total value
# of all aid rising to, is the running total of BASIS above.)
PACKAGE_VALUE = ("kokonaisarvoltaan", "paketin arvo", "paketin kokonaisarvo")

# Words of a state's budget or spending frame: with a year beside them, the amounts after them
# are that year's allocation of the budget's country (aidcalc.news.budget_lines).
BUDGET_NOUNS = "talousarvi* budjeti*"

# Phrases right after an amount that make it a difference, no pledge ("30 million more than last
# year"; a comparative and the word for "than"; aidcalc.news.beside).
COMPARED_AFTER = (
    "enemmän kuin",
    "vähemmän kuin",
    "suurempi kuin",
    "pienempi kuin",
    "korkeampi kuin",
)

# Words opening a clause of another subject after an amount ("while"): the country after
# them gives its amounts; after a part, the next part of the list (aidcalc.news.parts).
CONTRAST_OPENERS = ("kun taas",)

# The word for "today": the day its text counts from, a dateline's when one stands above it
# (aidcalc.news.dates.today_date).
TODAY = ("tänään",)
# Channel words (issue actors15): phrases, folded, before the organisations that pay the money
# out for a giver ("via UNDP and the EU"): such an organisation, and the ones joined to it, is a
# channel, neither giver nor recipient (aidcalc.news.donors).
CHANNEL_WORDS = ()  # a postposition after the organisation: CHANNEL_AFTER
# Postpositions after an organisation that pays the money out for a giver, its case ending
# between ("Maailmanpankin kautta"): a channel, no giver (pledgefaults16).
CHANNEL_AFTER = ("kautta", "välityksellä")
# Venue words (issue actors15): stems of the nouns of an event ("ceremony", "conference",
# "summit", "meeting"); a place after one and a word of place ("at a ceremony in Paris") is
# where it happens, never a giver or recipient (aidcalc.news.donors).
VENUE_WORDS = (
    "seremonia",
    "konferenssi",
    "huippukokou",
    "kokoukse",
    "kokous",
)

# Words after a date that make it the start of a period, not a value date: "helmikuusta 2022
# lähtien", "vuodesta 2022 alkaen" (since; pledgefaults16).
SINCE_AFTER = ("lähtien", "alkaen")

# Nouns of an appeal or a call for money, and forms of asking the request verbs miss
# (aidcalc.news.not_giving): money an appeal asks for is a request, no pledge of the one
# appealing. Merged into NOT_GIVING's "request" cues (aidcalc.words.build).
APPEAL_WORDS = ("vetoomu*",)

# Words for givers (aidcalc.news.donors, rule 3): as a subject, several givers' money; with
# a country as their possessor or genitive, that country receives.
ALLY_WORDS = ("liittolaiset", "kumppanit", "avunantajat", "lahjoittajat")

# Head nouns of an organisation's name ("*" ends a prefix; a leading "*" a compound's head):
# one in the subject of a giving verb where no known giver stands names a giver the gazetteer
# does not know, never an earlier sentence's donor (aidcalc.news.donors).
ORGANISATION_NOUNS = (
    "pankki*",
    "*pankki",
    "*pankin",
    "rahasto*",
    "*rahasto",
    "virasto*",
    "*virasto",
)
# The country whose offices this language's press names without naming it ("the
# government"): the donor of such an office when no country is named (an assumption,
# ``home-country``). The language is the official national language of one state only,
# Finland (amountfaults17; Croatian, Greek, Turkish and Serbian are official in two states
# each and have none).
HOME_COUNTRY = "FIN"
