"""English (en): qualifiers, range words, restatement links, news cues, date words, language
inference, place short forms and sentence abbreviations, as plain data.

Curated by the project from news text in English (aid announcements and reports); no outside
word list is copied.

Also the English number words of ``aidcalc.parsing.numbers`` (written out by the project) and
the English names of EU bodies and country short forms of ``aidcalc.countries``.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

from decimal import Decimal

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``).
NEGATIONS = ("no", "not", "not be", "never")

QUALIFIERS = {
    "approx": [
        "about",
        "approximately",
        "approx.",
        "approx",
        "around",
        "roughly",
        "some",
        "circa",
        "c.",
        "ca.",
        "~",
        "≈",
        "an estimated",
        "estimated",
        "close to",
        "nearly about",
        "some estimated",
    ],
    "over": [
        "over",
        "more than",
        "at least",
        "upwards of",
        "in excess of",
        "above",
        "exceeding",
        "no less than",
        "not less than",
        "over and above",
        "a minimum of",
        "minimum of",
        "at minimum",
        "exceeds",
        "exceeded",
        "has exceeded",
        "surpasses",
        "surpassed",
        "has surpassed",
    ],
    "under": [
        "less than",
        "below",
        "under",
        "nearly",
        "almost",
        "just under",
        "fewer than",
        "not quite",
    ],
    "up_to": [
        "up to",
        "as much as",
        "as many as",
        "a maximum of",
        "maximum of",
        "at most",
        "no more than",
    ],
}

# Qualifiers written after the amount, at the end of its clause ("€5 million or more"):
# over, and "or less", at most (``aidcalc.parsing.grammar``: a word for "than" after
# them is no end)
QUALIFIERS_AFTER = {"or more": "over", "or less": "up_to"}

# Verbs of exceeding ("exceeds"): an amount they stand before in its clause, its subject
# between ("Seit Kriegsbeginn übersteigt die Hilfe 30 Mrd. Euro"), is a lower bound,
# qualifier ``over`` (aidcalc.news.exceeds).
EXCEED_VERBS = "exceeds exceeded surpasses surpassed"

# Ordinary English words that other languages use as qualifiers: such a word is read as
# a qualifier only when the amount's language is the qualifier's.
GATED_QUALIFIERS = ("do", "tot", "per", "a")

# Words that join main and minor units ("20 dollars and 43 cents").
CONJUNCTIONS = ("and",)

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = (
    "or",
    "i e",
    "ie",
    "i.e",
    "that is",
    "equivalent to",
    "equal to",
    "the equivalent of",
    "worth",
    "approximately",
)

# Words between a scale word and a currency name that tell the language ("millions of").
FILLERS = ("of",)

# Words after which a currency name may lead its number ("at dollar 22.5 million"); the words
# that introduce a value do too ("a package worth dollari 4", "a deal totalling ringgit 42m").
NAME_MAY_FOLLOW = ("at", "of", "for", "by", "to", "from", "in", "worth", "totalling", "totaling",
                   "costing")  # fmt: skip

# Words that join the low and high ends of a range.
RANGE_JOINERS = ("to", "and", "or")

# Joiners that make a range without an opener ("300 to 400 million").
RANGE_JOINERS_ALONE = ("to",)

# Words that open a range ("between").
RANGE_OPENERS = ("between", "from")

# News cues (``aidcalc.news.cues``): a cue is a word or phrase, ``*`` ends a prefix, ``####``
# stands for a year. Verbs whose subject gives or gets; "aux" are auxiliaries. A stem takes
# English words only: "promise*", "promisi*", not "promis*", which took the French "promis".
VERBS = {
    # "spending" alone is the noun ("defence spending of $2bn"), no giving verb: only after a
    # form of "be" is it one ("is spending")
    "give": (
        "provid* pledg* announc* allocat* commit* disburs* donat* gave give* send* "
        "sent approv* offer* deliver* earmark* contribut* promise* promisi* transferr* "
        "granted spent spend spends is spending are spending was spending were spending "
        "be spending been spending suppli* supply* unveil* pay* paid lend* lent added adds "
        # "the UK confirmed £283m in new grants": a pledge confirmed is given (a clause of
        # "confirmed" with no giving verb gave the amount to the country before, CAN)
        "confirmed confirms confirming "
        # "France matched Germany's €5m pledge": the subject gives as much (the possessor's
        # amount is the subject's pledge too); not "match", which is a noun as often ("watched
        # the match"), and a give verb there took the amount of the clause after
        "matched"
    ),
    # thanking reverses the roles as receiving does: the one thanked gives
    "receive": "receiv* get gets got obtain* thank*",
    "aux": "has have had will would is are was were shall",
}

# Words that tell a pledge's category.
CATEGORIES = {
    "military": (
        "military* drone* missile* ammunition munition* shells artillery air defen* "
        "anti-aircraft armored* armoured* tank tanks electronic warfare weapon* "
        "arms howitzer* helicopter* fighter jet* rocket* projectile* explosive* "
        "UAV* counter-drone* defen* aid defen* package* security assistance"
    ),
    "financial": (
        "budget support budgetary support budget aid loan* grant grants financial "
        "macro-financial macrofinancial credit* guarantee* Ukraine Facility"
    ),
    "humanitarian": (
        "humanitarian winter* energy aid energy generator* medical shelter* food refugee*"
    ),
}

# Words that make an amount a running total: "cumulative" always (the level verbs "stood at",
# "stands at" too: a stock, "Germany's aid stood at €16bn"); "already" only for an amount its
# clause dates by no month or year of its own ("already in February 2023 gave €5m": that
# month's gift); "as_of", a running total's date, only in a sentence of no intention or future
# ("had allocated €114bn by the end of 2024"; not "will deliver €5bn by the end of 2025").
BASIS = {
    "cumulative": (
        "since in total so far to date altogether a total of total of overall thus "
        "far up to now has provided have provided has given have given has "
        "delivered have delivered has supplied have supplied"
        " total to now stands at"
        " from the start of from the beginning of"
        " stood at stands at standing at"
    ),
    "already": "already",
    "as_of": "by the end of #### as of",
}

# Words that make an amount a pledge: announced, planned, promised, future.
INTENTION = {
    "pledge": "announc* plan* pledg* promis* will intend* vow* would aim* expect* ready to decid*",
}

# Words that tell the measure of an amount (docs/extraction.md, "Measure").
MEASURE = {
    "allocation": (
        "allocat* earmark* provided provides providing deliver* supplied sent "
        "transferred donated handed over "
        # the past of giving: given is delivered ("Germany gave €3bn", "has given")
        "gave has given have given had given"
    ),
    # money received ("received … from", "надійшло від") has been paid out: a disbursement
    "disbursement": ("disburs* paid out received got"),
    "commitment": "commit*",
}

# The future tense (a month after the publication month is then ahead, not behind).
FUTURE = {
    "future": "will shall",
}

# Cues above that are phrases of several words.
CUE_PHRASES = (
    "air defen*",
    "electronic warfare",
    "fighter jet*",
    "defen* aid",
    "defen* package*",
    "security assistance",
    "budget support",
    "budgetary support",
    "budget aid",
    "Ukraine Facility",
    "energy aid",
    "in total",
    "so far",
    "to date",
    "a total of",
    "total of",
    "thus far",
    "up to now",
    "has provided",
    "have provided",
    "has given",
    "have given",
    "has delivered",
    "have delivered",
    "has supplied",
    "have supplied",
    "ready to",
    "handed over",
    "had given",
    "paid out",
)

# Words before a date that make it the start of a period, not the value date.
SINCE = ("since",)

# Words before a bare year that make it a value date ("in 2023").
IN_YEAR = ("in", "in the year", "during the year", "in the course of")  # "in the year 2023"
# Phrases before a list of years, each the year of one amount of a list before it ("€5m, €6m
# and €7m in 2024, 2025 and 2026": aidcalc.news.dates.respective_years).
IN_YEARS = ("in the years", "for", "over")

# Phrases naming a year relative to the publication date, with the years they add to its
# year (aidcalc.news.dates): "last year" is -1.
RELATIVE_YEARS = (
    ("last year", -1),
    ("this year", 0),
    ("a year ago", -1),
    ("next year", 1),
    ("in the coming year", 1),
)
# Phrases naming a year from the year named before them in the sentence, with the years they
# add to it (aidcalc.news.dates): "the year before" is -1.
ANCHORED_YEARS = (
    ("the year before", -1),
    ("a year earlier", -1),
    ("one year earlier", -1),
    ("a year before", -1),
    ("the previous year", -1),
    ("the preceding year", -1),
    ("a year later", 1),
    ("the following year", 1),
    ("the year after", 1),
)
# Nouns of a country's economy (GDP): a year right after them, or before them, is the
# year of that measure and dates no amount (aidcalc.news.dates).
ECONOMY_NOUNS = (
    "GDP",
    "GNI",
    "GNP",
)
# Relative pronouns opening a clause after a comma ("Japan, which gave $1bn in 2023, …"): a date
# in that clause is its own amount's, never the date of the rest of the sentence.
RELATIVE_WORDS = "which who whom whose"
# Words right before a RELATIVE_YEARS phrase that make it a comparison, no date ("the same as
# last year", "up from last year").
# Words opening a clause after a comma that liken the sentence's giving to another's
# ("France pledged €5m, matching the pledge of Germany", "…, as did Germany"): a country
# in that clause is compared with, no recipient (``aidcalc.news.donors``).
LIKENESS_OPENERS = (
    "like",
    "unlike",
    "matching",
    "as did",
    "as does",
    "as do",
    "as has",
    "as have",
    "as had",
    "just as",
    "similar to",
    "the same as",
    "as much as",
    "double",
    "twice",
    "half",
    "more than",
    "less than",
    "compared with",
    "compared to",
    "in line with",
)

COMPARED_WORDS = (
    "as",
    "than",
    "from",
    "with",
    "to",
    "over",
)

# Words or letters after a day number ("4th", "12 d.").
DAY_SUFFIXES = ("th", "st", "nd", "rd")
# Words between a day, its month and its year ("the 3rd of March", "March of 2025").
DATE_LINKS = ("of",)

# Month abbreviations CLDR does not list.
EXTRA_MONTH_ABBREVIATIONS = {
    "sept": 9,
}

# Frequent function words, for telling the language of a text.
STOP_WORDS = "the and of to in is with for has have that was will from by on"

# Short forms and codes of countries in news text (matched exactly, case kept; in
# inflected languages a stem).
PLACE_SHORT_FORMS = {
    "U.S.": "USA",
    "U.S.A.": "USA",
    "US": "USA",
    "USA": "USA",
    "UK": "GBR",
    "U.K.": "GBR",
    "Britain": "GBR",
    "Turkey": "TUR",
    "EU": "EU",
    "European Commission": "EU",
    "Czech Republic": "CZE",
    "Holland": "NLD",
    "UAE": "ARE",
    "Gaza": "PSE",
    "Gaza Strip": "PSE",
    "West Bank": "PSE",
    "Republic of Korea": "KOR",
    # "Korea" alone is South Korea in aid news: the Republic of Korea pledges, and the press
    # writes it plainly; North Korea (PRK) only when written so ("North Korea", a longer form
    # that wins over this one). In every language's text, since English forms always count.
    "Korea": "KOR",
    # short forms and codes the press writes, and the World Bank's spellings of the countries
    # whose CLDR name differs ("&" for "and", no diacritics, another order): every country of
    # data/worldbank is found by its English name there (tests/news/test_givers_12.py)
    "NZ": "NZL",
    "Hong Kong": "HKG",
    "HK": "HKG",
    "Macau": "MAC",
    "Macao": "MAC",
    "Antigua and Barbuda": "ATG",
    "Bosnia and Herzegovina": "BIH",
    "Cote d'Ivoire": "CIV",
    "Ivory Coast": "CIV",
    "Congo, Dem. Rep.": "COD",
    "Democratic Republic of the Congo": "COD",
    "DR Congo": "COD",
    "DRC": "COD",
    "Congo, Rep.": "COG",
    "Republic of the Congo": "COG",
    "Cabo Verde": "CPV",
    "Curacao": "CUW",
    "Kyrgyz Republic": "KGZ",
    "St. Kitts and Nevis": "KNA",
    "Saint Kitts and Nevis": "KNA",
    "Lao PDR": "LAO",
    "Myanmar": "MMR",
    "Burma": "MMR",
    "Korea, Dem. People's Rep.": "PRK",
    "Sao Tome and Principe": "STP",
    "Turks and Caicos Islands": "TCA",
    "Trinidad and Tobago": "TTO",
    "Turkiye": "TUR",
    "Türkiye": "TUR",
    "St. Vincent and the Grenadines": "VCT",
    "Saint Vincent and the Grenadines": "VCT",
    "Virgin Islands (U.S.)": "VIR",
    "Viet Nam": "VNM",
    "Palestine": "PSE",
}

# How many letters may follow a place name's form in a word (inflection, endings).
EXTRA_LETTERS = 1

# Abbreviations that end in a period inside a sentence (folded, without the period).
ABBREVIATIONS = (
    "mr mrs ms dr prof gen col lt sen rep gov st jr sr no nr vs approx ca cf fig "
    "vol pp e.g i.e eg ie inc ltd corp co dept min"
)

# Endings that make a country a possessor, not a subject ("Russia's invasion").
POSSESSIVE_ENDINGS = ("'s", "’s")

# Names of EU bodies that give aid as "the EU" (CLDR names the union, not its bodies).
EU_INSTITUTIONS = (
    "EU",
    "EU institutions",
    "EU (Commission and Council)",
    "European Commission",
    "Council of the European Union",
    "Council of the EU",
    "European Council",
    "European Peace Facility",
)

# Short forms that are neither ISO codes nor CLDR names; CLDR's aliases already give
# UK -> GB.
COUNTRY_SHORT_FORMS = {
    "U.S.A.": "USA",
    "United States of America": "USA",
    "Great Britain": "GBR",
    "Britain": "GBR",
}

# English number words (``aidcalc.parsing.numbers`` reads them: "three hundred million",
# "half a billion").
UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

# Words that multiply what comes before them ("hundred", "million").
MULTIPLIERS = {
    "hundred": 100,
    "thousand": 1000,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "dozen": 12,
}

# Fractions that can lead a scale ("half a billion", "three quarters billion").
FRACTIONS = {
    "half": Decimal("0.5"),
    "quarter": Decimal("0.25"),
    "quarters": Decimal("0.25"),
}

# Ordinal fractions, which are not read: a third is no Decimal (0.333…), and the others are rare
# in money. Before "of" and a spelled number ("a third of a billion", "two-fifths of a
# billion") the text is refused, never read as the number after "of".
UNREAD_FRACTIONS = (
    "third",
    "thirds",
    "fourth",  # "three-fourths of a billion" (quarters are read: "three quarters of …")
    "fourths",
    "fifth",
    "fifths",
    "sixth",
    "sixths",
    "seventh",
    "sevenths",
    "eighth",
    "eighths",
    "ninth",
    "ninths",
    "tenth",
    "tenths",
)
FRACTION_LINKS = ("of",)

# Articles that stand for one before a scale ("a billion").
ARTICLES = ("a", "an")

# --- Who gives (aidcalc.news.institutions, aidcalc.news.donors) -------------------------------
# A block of its own: the words that tell which country or body a pledge's giver is.

# Institutions and offices that act for a country or body, {code: phrases} (cue syntax: ``*``
# ends a prefix; matching ignores case). Code "" is an office of whichever country is named
# beside it ("the Dutch defence ministry", "the government of Canada"), else of the country the
# article is about; a named institution maps to its own code ("the Pentagon" -> USA).
INSTITUTIONS = {
    "": (
        "government",
        "federal government",
        "cabinet",
        "parliament",
        "defence ministry",
        "defense ministry",
        "ministry of defence",
        "ministry of defense",
        "foreign ministry",
        "ministry of foreign affairs",
        "finance ministry",
        "ministry of finance",
        "prime minister's office",
        "presidential office",
        "prime minister",
        "president",
        "chancellor",
        "defence minister",
        "defense minister",
        "foreign minister",
        "finance minister",
        "armed forces",
    ),
    "USA": (
        "Pentagon",
        "White House",
        "State Department",
        "Department of Defense",
        "U.S. Congress",
        "USAID",
    ),
    "GBR": ("Downing Street", "Whitehall", "FCDO", "UK Export Finance"),
    "DEU": ("Bundestag", "Bundeswehr", "KfW", "GIZ"),
    "FRA": ("Elysee", "Élysée", "Quai d'Orsay", "AFD", "Agence française de développement"),
    # national development agencies and export banks, named in every language
    "JPN": ("JICA", "JBIC", "Japan International Cooperation Agency"),
    "KOR": ("KOICA", "Korea Eximbank"),
    # national parliaments stand for their country as giver ("Stortinget vedtok å gi Ukraina
    # …"), named in every language as each country's constitution names them (the Riksdag, the
    # Storting, the Folketing, the Eduskunta, the Sejm, the Poslanecká sněmovna, the Tweede
    # Kamer, the Cortes Generales, the Seimas, the Saeima, the Riigikogu; the Bundestag is
    # above). A prefix takes the definite forms and cases ("Stortinget", "Folketingets"); the
    # Finnish and Lithuanian forms whose stem changes are listed
    "NOR": ("Norad", "Storting*"),
    "DNK": ("Danida", "Folketing*"),
    "SWE": ("Riksdag*",),
    "FIN": ("Eduskunta", "Eduskunnan", "Eduskunnassa"),
    "POL": ("Sejm*",),
    "CZE": ("Poslaneck* sněmovn*",),
    "NLD": ("Tweede Kamer",),
    "ESP": ("Cortes Generales",),
    "LTU": ("Seimas", "Seimo", "Seime"),
    "LVA": ("Saeima*",),
    "EST": ("Riigikogu*",),
    "EU": (
        "European Commission",
        "European Council",
        "Council of the EU",
        "Council of the European Union",
        "European Parliament",
        "European Peace Facility",
    ),
    "EIB": ("European Investment Bank", "EIB"),
    "EBRD": ("European Bank for Reconstruction and Development", "EBRD"),
    "WBG": ("World Bank", "World Bank Group"),
    "IMF": ("International Monetary Fund", "IMF"),
    # the regional development banks and funds aid news names (their own names and acronyms;
    # data/geo/organisations.csv): each is a giver of its own, never a country's office
    "IDB": ("Inter-American Development Bank", "IDB", "IADB"),
    "AFDB": ("African Development Bank", "AfDB"),
    "ADB": ("Asian Development Bank", "ADB", "AsDB"),
    "ISDB": ("Islamic Development Bank", "IsDB"),
    "AIIB": ("Asian Infrastructure Investment Bank", "AIIB"),
    "NDB": ("NDB", "BRICS bank"),
    "CEB": ("Council of Europe Development Bank", "CEB"),
    "CAFDB": ("Development Bank of Latin America*",),
}

# Nouns whose owner gives: a country written as their possessor or adjective ("the EU's
# funding", "Greek aid") is the giver.
AID_NOUNS = (
    "aid assistance support funding funds package* contribution* donation* help pledge* "
    "loan* grant*"
)

# Words before a country that make it the giver ("supplied by Slovakia", "from Berlin") or the
# recipient ("to Ukraine", "for Kyiv"); DETERMINERS may stand between ("to the Netherlands").
# Phrases that make the money of a sentence a collective one, with no single donor
# ("pledges from 14 governments", "together with other lenders, Japan …").
COLLECTIVE_DONORS = (
    "together with other*",
    "along with other*",
    "jointly with other*",
    "pledges from",
    "contributions from",
    "commitments from",
    "donors at",
    "international donors",
    "donor countries",
    "countries pledged",
    "countries have pledged",
    "donors meeting",
    "donors gathered",
    "donors pledged",
    "donors have pledged",
    "donors promised",
    "G7 countries",
    "the G7 pledged",
    "in total, donors",
    "pledges totalling",
    "pledges totaling",
    "the conference raised",
)

AGENT_MARKERS = "by from"
# Words before a country after a part of a whole that name where the part comes from, its
# giver ("Of that, €1bn will come from Germany"; aidcalc.news.donors.part_source).
PART_SOURCES = "from"
# Auxiliaries of the passive: before a giving verb's participle ("Egypt was given £5 million by
# Britain") they make the subject the receiver and the agent after "by" the giver.
PASSIVE_AUXILIARIES = "was were is are be been being"
RECIPIENT_MARKERS = "to for into"
# Words before a way or model of giving ("through the Danish model"): a nationality adjective
# after them names no actor (aidcalc.news.donors).
MEANS_MARKERS = "through via under following"
DETERMINERS = "the"

# Words joining an office or aid noun to its country written after it ("the government of
# Canada").
GENITIVE_LINKS = "of"
# Nouns of a state's form between an office and its country ("the Republic of Poland", "the Kingdom
# of Norway"): the country still owns the office (aidcalc.news.donors).
STATE_NOUNS = "republic kingdom federation commonwealth"
# Stems of a fund's or programme's noun, held in a word ("the energy fund of Ukraine"):
# the country its genitive link names owns the fund and receives, never gives
# (aidcalc.news.donors).
FUND_NOUNS = ("fund", "programme", "program", "facility")

# Words after which a capital is where an office sits ("the defence ministry in Berlin").
SEAT_LINKS = "in"
# Meetings named by their city ("the Paris conference"): that capital is a venue, no actor.
MEETING_WORDS = "conference summit meeting talks"
# Verbs of being between an amount and the same money in another currency ("C$40 million is
# roughly US$28 million"): the second restates the first (aidcalc.news.restated).
COPULAS = "is was equals equivalent amounts corresponds"
# Subjects naming the money said just before, opening a sentence that only restates it in another
# currency ("This sum is about $10.8 million"): that amount is the same money, no second pledge
# (aidcalc.news.restated).
RESTATING_SUBJECTS = (
    "this sum",
    "this amount",
    "that sum",
    "that amount",
    "the sum",
    "the amount",
    "this money",
    "the figure",
    "this figure",
)

# Words that make an amount part of the one before it ("€2 billion, including €245 million";
# "€150 million of it").
PART_BEFORE = (
    "of which",
    "led by",
    "including",
    "incl.",
    "among them",
    "out of which",
    "of this sum",
    "of this amount",
    "of the money",
    "comprising",
    "split between",
    "divided between",
    "broken down into",
    "consisting of",
    "made up of",
    "includes",
    "include",
    "included",
    "of this",
    "of that",
    "leading with",
    "in the lead with",
    "at the top with",
    "topping the list with",
    "under the package",
    "within the package",
    "under this package",
    "within this package",
)
# Verbs saying a package holds what follows ("The package includes …"): an amount after one
# is a part of the package, which may stand a few sentences before (aidcalc.news.parts).
PART_CONTENTS = (
    "includes",
    "include",
    "comprises",
    "consists of",
    "contains",
)
PART_AFTER = ("of it", "of this", "of that", "of the total", "of the sum")
# Words of a share before a phrase of PART_AFTER that make the amount after it that share
# ("most of it, €2bn, …"; fractions and percentages are shares too: "a third of it (€1bn)").
PART_SHARES = (
    "all",
    "bulk",
    "half",
    "majority",
    "most",
    "much",
    "part",
    "portion",
    "remainder",
    "rest",
    "share",
    "some",
)
# Nouns after a PART_BEFORE phrase making it one of time or kind, no part ("of this year's").
PART_NOT_BEFORE = ("year", "week", "month", "kind", "sort", "type")
# Words that bind a phrase of PART_BEFORE opening with "of" into a phrase of their own: "on
# top of that, €2bn" is more money, "because of that" a reason, no part.
PART_NOT_AFTER = (
    "ahead",
    "because",
    "independently",
    "instead",
    "irrespective",
    "outside",
    "regardless",
    "spite",
    "top",
)

# Words saying the givers before them give one sum together: no single donor.
JOINT_DONORS = ("jointly", "between them")
# Words between a list item's giver and its amount saying it is more ("and Japan another
# $2bn"): the giver still opens the item.
FURTHER_AMOUNT = ("another", "a further", "an additional", "further", "additional")
# Words in an amount's clause saying it is given once more ("gave €3bn again"): a new
# pledge, never a repeat of an earlier row (aidcalc.news.dedup.says_further).
AGAIN_WORDS = (
    "again",
    "once more",
)
# Words right after an amount saying it comes on top of an earlier one ("DKK 9.7bn more"):
# a new pledge, never a repeat of the earlier one.
FURTHER_AFTER = ("more", "extra")
# Words that make an amount the sum of the amounts beside it ("a combined €5bn", "in total").
SUM_WORDS = (
    "combined",
    "in total",
    "in all",
    "altogether",
    "a total of",
    "total to",
    "total of",
    "the total",
    "between them",
)
# Words right before a whole whose parts follow ("Of the €5bn, €3bn came from …").
WHOLE_BEFORE = ("of the", "out of the", "of this", "of that")
# The label of a table row or list item that is the sum of the items before it ("Total | €5bn",
# "- Total: €5bn", "…; total €5bn"), folded: such a row has no giver of its own.
TOTAL_LABELS = (
    "total",
    "totals",
    "sum",
    "overall",
    "grand total",
    "subtotal",
    "sub-total",
    "total pledged",
    "total so far",
    "in total",
    "altogether",
)
# Labels of a list item or table row of givers no name says ("- Others: €1bn",
# aidcalc.news.lists): money of no one country.
OTHER_LABELS = (
    "others",
    "other",
    "other donors",
    "other countries",
    "rest",
    "the rest",
    "remaining donors",
    "misc",
    "miscellaneous",
)
# A quote's speaker: the verbs of saying after a quote, the words of the first person plural
# inside it, and the endings of a giving, asking or needing verb in the first person plural for
# a language that drops the pronoun (“We will give …,” said the Japanese prime minister: Japan
# gives; “We need …,” said the Ukrainian president: Ukraine asks).
SPEECH_VERBS = (
    "said says told tells added adds stated states declared declares wrote announced according"
)
WE_WORDS = "we our us ours"
WE_ENDINGS = ()
# Words pairing several givers with several amounts in order: no joint sum.
RESPECTIVELY = ("respectively",)
# The thanking verbs among the receiving ones: the one thanked gives ("thanked Berlin for
# €3bn"), and a later amount is not that giver's by default (aidcalc.news.donors).
THANKING = ("thank*",)

# National news agencies, as a dateline names them ("OSLO (NTB)", "[서울=연합뉴스]"), {name: the
# country whose press it is}: an office of no named country in their copy is that country's
# (aidcalc.news.candidates). Agencies of the world's press (Reuters, AP, AFP) name none.
NEWS_AGENCIES = {
    "Yonhap": "KOR",
    "연합뉴스": "KOR",
    "Kyodo": "JPN",
    "共同": "JPN",
    "Xinhua": "CHN",
    "新华社": "CHN",
    "NTB": "NOR",
    "TT": "SWE",
    "Ritzau": "DNK",
    "STT": "FIN",
    "dpa": "DEU",
    "APA": "AUT",
    "ANP": "NLD",
    "Belga": "BEL",
    "ANSA": "ITA",
    "EFE": "ESP",
    "Europa Press": "ESP",
    "Lusa": "PRT",
    "PAP": "POL",
    "ČTK": "CZE",
    "TASR": "SVK",
    "Hina": "HRV",
    "BTA": "BGR",
    "Agerpres": "ROU",
    "ELTA": "LTU",
    "LETA": "LVA",
    "ERR": "EST",
    "ANA-MPA": "GRC",
    "Ukrinform": "UKR",
}

# Multilateral lenders that pledge in their own name, {code: names}: the documented donor codes
# beside ISO 3166 and ``EU`` (``aidcalc.countries`` accepts them; ``INSTITUTIONS`` finds them).
MULTILATERAL_DONORS = {
    "EIB": ("European Investment Bank",),
    "EBRD": ("European Bank for Reconstruction and Development",),
    "WBG": ("World Bank", "World Bank Group"),
    "IMF": ("International Monetary Fund",),
}

# Words between a part and its whole when only the whole writes the currency: the part is in
# the whole's currency ("3 billion of the 9 billion euros"; ``aidcalc.parsing.shared``).
PART_OF_LINKS = ("of", "of the", "out of", "out of the")

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("and", "as well as")
LIST_OR = ("or",)

# The word for the decimal mark in a number spelled out ("two point five"): a decimal
# written in words, read in English, refused in the others (never the part after it).
DECIMAL_WORDS = ("point",)

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = (
    "of which",
    "of this",
    "of that",
    "including",
    "another",
    "a further",
    "and another",
    "and a further",
    "plus another",
)
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("for", "to", "in", "on")
# Verbs of money going somewhere after such an amount ("4 millions iront à …").
PART_VERBS = (
    "go",
    "goes",
    "went",  # "€4, 6 and 9 million went to three regions"
    "going",
)

# Words that may stand between a scaled number and the currency name it counts ("900 million
# emergency euros", "20 million additional dollars").
AMOUNT_ADJECTIVES = (
    "additional",
    "extra",
    "new",
    "fresh",
    "emergency",
    "more",
    "further",
    "much-needed",
    "badly needed",
    "humanitarian",
    "military",
    "taxpayer",
    "taxpayers'",
    "federal",
    "public",
)

# English currency names that are ordinary English words: "real" counts after a number only when
# no other word follows it ("20 real", "2 million real in aid"; not "5 real problems").
ORDINARY_NAMES = ("real", "sum")  # "a sum that would be worth …" read UZS 1 (session 24)

# Everyday English words CLDR also gives as a currency name (``COMMON_NOUNS``): a currency only
# after a scaled number, or in a sentence of money (``MONEY_CONTEXT``), or in a text naming a
# country that pays in it (``aidcalc.parsing.atoms.is_ordinary_here``). Found by crossing the
# English one-word currency names of the lexicon with English word frequencies (wordfreq, Zipf 3
# or more: real, won, gold, mark, silver, dollars, crown, pounds, marks, pound, bucks, sterling,
# euro, platinum, rand, dong, euros, yen, yuan, sol, francs, crowns, rupees, quid, pesos, som,
# soles, shilling(s), palladium, lei, lev, franc, rupee, rubles, kip, peso) and keeping those whose
# everyday sense a bare number stands before in news: "won", the past of "win" ("12 won and 3
# lost", "25 won, 10 drawn"). The others are handled elsewhere ("real": ``ORDINARY_NAMES``; "mark":
# ``words.currency.CONTEXT_NAMES``; "pound": the weight rules), are money before a number ("5
# crowns", "5 kip": a sleep is not counted so), or are no English word ("rand", "lek", "som",
# "taka", "pula").
COMMON_NOUNS = "won"
# Words of money: one in the sentence makes a ``COMMON_NOUNS`` name after a bare number money
# ("a budget of 500 won", "a loan worth 300 won").
MONEY_CONTEXT = (
    "worth budget budgets aid loan loans grant grants fund funds funding donation donations "
    "donated price prices cost costs paid pay pays payment salary wage wages fine fined money "
    "cash spend spent spending invest invested investment tax taxes fee fees"
)

# Words that make an amount asked for or refused rather than given (``aidcalc.news.candidates``:
# the row is kept, with status "rejected" and the reason in ``evidence``).
NOT_GIVING = {
    # skipped: "not only" is no negation, and "in need" ("Ukrainians in need") no request
    "contrast": "not only not just in need",
    "request": (
        "asked asks asking request* urged urging sought seeks seeking called for calls for "
        "calling for called on calls on calling on appeal*"
    ),
    "wish": "wants want needs need needed",
    "denial": "denied denies denying",
    "refusal": "refus* declin* rejected rejects vetoed blocked",
    "negation": (
        "not never cannot didn't doesn't don't won't wouldn't hasn't haven't hadn't isn't "
        "wasn't aren't weren't can't couldn't shouldn't"
    ),
}
# Words after a request that open what the one asked is to do ("asked Germany to give …"):
# a giving verb after one is the thing asked for, no gift (aidcalc.news.not_giving).
REQUEST_LINKS = "to"

# Phrases of the NOT_GIVING cues above.
CUE_PHRASES = (
    *CUE_PHRASES,
    "not only",
    "not just",
    "in need",
    "called for",
    "calls for",
    "calling for",
    "called on",
    "calls on",
    "calling on",
)

# A change of a value, not a range: the word before the first number, the word between the
# two, and verbs of change (``*`` ends a prefix), one standing before the first
# ("rose from €5bn to €8bn": two amounts).
CHANGE_FROM = ("from", "by")  # "rose by €3bn to €8bn": the change, then the value
CHANGE_TO = ("to",)
CHANGE_BY = ("by",)  # of CHANGE_FROM: the change, never the value before
CHANGE_VERBS = (
    "rose", "rise", "rises", "risen", "rising", "increas*", "grew", "grow", "grows", "grown",
    "growing", "fell", "fall", "falls", "fallen", "falling", "dropp*", "drop", "drops",
    "declin*", "decreas*", "climb*", "jump*", "doubl*", "tripl*", "halv*", "cut", "cuts",
    "cutting", "rais*", "lower*", "reduc*", "slash*", "boost*", "shrank", "shrink*", "shrunk",
    "revis*", "upgrad*", "topp*", "went", "gone", "moved", "changed", "widen*", "upp*",
    "narrow*", "expand*", "grow*", "hik*", "trimm*",
    # issue 9 parser9: verbs of change the press uses that the table lacked
    "lift*", "stepped", "ramped", "scaled", "brought", "bumped",
)  # fmt: skip

# Words before an amount that give the value before a change ("€8bn this year, up from €5bn":
# the second is the value before), and words before a value compared with, which is the value
# before unless its clause names a country ("compared with $5bn in 2023", not "versus $5bn
# from the United States").
CHANGE_CUES = ("up from", "down from", "previously", "formerly")
PREVIOUS_VALUE_CUES = (
    "compared with",
    "compared to",
    "versus",
    "vs.",
    "vs",
    "against",
)

# Words glued by a hyphen after an amount that qualify it, as ``Amount.qualifier`` kinds
# ("€5bn-plus", "a $2 billion-plus package": more than).
HYPHEN_QUALIFIERS = {"plus": "over"}

# Nouns that label a numbered part before a dash ("Tranche 2 – 500 Mio. €", "Phase 3 – €2m"):
# the number after one is the label's, never a range's low end (issue 9 faults6 A8); nor the
# first group of a number grouped by spaces ("Article 3 250 euros": Article 3, EUR 250;
# aidcalc.parsing.numbered). "art." is the abbreviation, matched with its dot.
LABEL_NOUNS = (
    "tranche",
    "phase",
    "package",
    "stage",
    "round",
    "part",
    "section",
    "article",
    "annex",
    "option",
    "step",
    "item",
    "chapter",
    "lot",
    "batch",
    "pillar",
    "window",
    "resolution",
    "zone",
    "paragraph",
    "clause",
    "art.",
    # names of the weapon systems aid news lists whose model number follows them after a
    # space ("the Leopard 2 500 million euro package" is a Leopard 2 and EUR 500 million, read
    # EUR 2,500 million until session 23); written alike in every language; a designation
    # glued to its number ("F-16", "MiG-29", "Leopard-2") is ``numbered.designated``'s
    "leopard",
    "challenger",
    "marder",
    "piranha",
    "dingo",
    "wiesel",
    "bergepanzer",
    "nasams",
    "patriot",
)

# the word for "plus" between two numbers: a sum ("2 plus 3"), never a list
PLUS_WORDS = ("plus",)

# the word for "minus" right before an amount, its sign ("minus €5 million": a negative
# value); never between two amounts, where it subtracts
MINUS_WORDS = ("minus",)

# A product in words before an amount ("3 times £50m"): words after a count that multiply
# it, one-word factors, and a word for "each" after them (aidcalc.parsing.products).
MULTIPLY_WORDS = ("times",)
FACTOR_WORDS = ("twice", "thrice")
# Verbs multiplying an amount ("doubled its €5m pledge", "verdoppelte seine Zusage von 5 Mio.
# Euro"): the amount after them is the value before the change, the new one not written, no
# pledge (aidcalc.news.beside; "*" ends a prefix)
MULTIPLIED_VERBS = "doubled doubles doubling tripled triples tripling trebled quadrupled"

# Words right before the size of a change stated without the value after ("an increase of
# €800m"): a pledge row of the amount added, none of a cut (aidcalc.news.changes).
CHANGE_ALONE = {
    "up": [
        "an increase of", "increase of", "a rise of", "rise of", "a boost of", "boost of",
        "a top-up of", "top-up of", "increased by", "rose by", "raised by", "boosted by", "grew by",
        "went up by", "up by", "up",
    ],
    "down": [
        "a cut of", "cut of", "a reduction of", "reduction of", "a decrease of", "decrease of",
        "cut by", "reduced by", "fell by", "dropped by", "decreased by", "lowered by", "slashed by",
        "down by", "down",
    ],
}  # fmt: skip

# Words that may follow a value before written without its currency: its time, not a noun it
# counts ("5bn a year ago", not "5 million people"; aidcalc.parsing.changes).
BEFORE_VALUE_TIMES = ("a", "an", "last", "earlier", "before", "the", "previously", "in")

# What may follow "plus" written apart after an amount for it to mean "more than" ("It gave €5bn
# plus to Kyiv", "€5bn plus."): a function word or the clause's end; a noun or an amount after
# it is added ("€5bn plus interest", "€5bn plus €2bn": a sum, no qualifier). faults8 item 4.
# Qualifier words that are the particle of a phrasal verb right after it: "handed over €250,000
# worth of drones" transfers the amount, no bound ("over" is "more than" elsewhere: "gave over
# €5 million"). "paid over" is left out: "paid over £1m" mostly means more than £1m.
VERB_PARTICLES = {
    "over": frozenset(
        f"{verb}{ending}"
        for verb, endings in (
            ("hand", ("", "s", "ed", "ing")),
            ("turn", ("", "s", "ed", "ing")),
            ("sign", ("", "s", "ed", "ing")),
            ("take", ("", "s", "n")),
            ("took", ("",)),
            ("taking", ("",)),
        )
        for ending in endings
    ),
}
PLUS_AFTER_AMOUNT = "plus"
PLUS_THEN = (
    "to",
    "for",
    "in",
    "into",
    "from",
    "on",
    "by",
    "was",
    "were",
    "is",
    "are",
    "will",
    "has",
    "have",
    "had",
    "that",
    "which",
    "so",
    "last",
    "this",
)

# Words that open a sentence as its subject and name no one ("It pledged …", "Ils ont
# promis …"): a capitalised first word that is none of them and stands right before a giving
# verb (one auxiliary between at most) or a possessive is an unknown giver's name ("Korea
# pledged …"), never the earlier donor. Only for a language whose sentences open with their
# subject (not es/it/pl/uk, which drop it: "Allí prometió"; not nl/de, verb second).
SUBJECT_PRONOUNS = (
    "it",
    "they",
    "he",
    "she",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "both",
    "others",
    "officials",
    "donors",
    "allies",
    "someone",
    "somebody",
)

# Words right beside a single amount given by several joined givers, saying each gives it
# ("Spain and Italy pledged €20m each", "jeweils 20 Millionen"): one row per giver.
EACH_WORDS = ("each", "apiece")

# A running total said after a new amount ("…, bringing its total to $12bn"; session 7 trial 9).
CUE_PHRASES = (
    *CUE_PHRASES,
    "total to",
    "now stands at",
    "stood at",
    "stands at",
    "standing at",
    "by the end of ####",
    "as of",
)

# Money beside a pledge that is no pledge of the sentence's giver (``aidcalc.news.beside``):
# phrases right after an amount that make it a difference ("€1bn more than France"), phrases
# right before one that set it against the pledge ("short of the €5bn …"), and the relative
# pronouns that may open another actor's clause after it ("the €5bn that Kyiv requested").
COMPARED_AFTER = (
    "more than",
    "less than",
    "fewer than",
    "higher than",
    "lower than",
    "greater than",
    "larger than",
    "bigger than",
    "smaller than",
)
SET_AGAINST = (
    "short of",
    "a fraction of",
    "fraction of",
    "compared with",
    "compared to",
    "against",
    "versus",
    "next to",
)
RELATIVE_PRONOUNS = "that which"
# Words opening a relative clause after a comma (", which has asked for …,"): a request
# inside it governs only the amounts of that clause (aidcalc.news.not_giving).
RELATIVE_CLAUSE_WORDS = "which who whom whose that"
# Verbs of an actor spending on itself: money so spent is no aid.
SPENDING_VERBS = "spend spends spent spending"
# Budget nouns: an amount that is their value is the owner's own money, no aid.
OWN_BUDGETS = (
    "military budget",
    "defence budget",
    "defense budget",
    "army budget",
    "state budget",
    "national budget",
    "military spending",
    "defence spending",
    "defense spending",
)
# Possessives of the subject after a spending verb's amount: spent on itself ("its army").
OWN_POSSESSIVES = "its their his her own"
# Nouns of an actor's own ends after a possessive of OWN_POSSESSIVES ("for its army", "for its own
# citizens"): money an actor sets aside for them is its own, no aid (aidcalc.news.beside).
OWN_ENDS = (
    "army armies armed military troops soldiers citizens people population households "
    "farmers industry economy budget pensions pensioners defence defense police "
    "borders"
)

# A value before a change written after the value after ("raised its aid to €8bn, after €5bn
# last year"): the word before it, then a phrase of a past period after it
# (``aidcalc.parsing.changes``).
AFTER_VALUE_WORDS = ("after",)
PAST_PERIODS = (
    "last year",
    "a year earlier",
    "a year ago",
    "the year before",
    "the previous year",
    "in the previous year",
    "a year before",
)

# Phrases of the rate a restatement was converted at, written after it ("€3bn – roughly $3.2bn
# at current rates –"): part of the aside (``aidcalc.parsing.restatements``).
RATE_PHRASES = (
    "at current rates",
    "at current exchange rates",
    "at today's rates",
    "at the current rate",
    "at the current exchange rate",
    "at current prices",
)

# A running total said after a new amount: a verb, up to a few words ("…" in a frame), then a
# word for "to" right before the amount ("…, bringing their combined aid to more than €12bn"):
# that amount is cumulative (``aidcalc.news.candidates.bases_of``).
TOTAL_FRAMES = ("bringing … to", "brings … to", "brought … to", "taking … to")
# A new level set for a whole: a verb of raising, up to a few words, "to" right before the
# amount, and among those words a noun of ``LEVEL_NOUNS`` ("raise the envelope to €135bn"): the
# whole's new size, no new money (cumulative; trial 15, F8); so is a pledge or commitment
# raised ("raised its pledge by €2m to €5m": counted as a new €5m until session 23). "Raised
# its aid to €8bn, after €5bn last year" names no such whole: a year's amount, new.
RAISE_FRAMES = (
    "raise … to",
    "raises … to",
    "raised … to",
    "raising … to",
    "increase … to",
    "increases … to",
    "increased … to",
    "increasing … to",
    "lift … to",
    "lifted … to",
    "boost … to",
    "boosted … to",
    # probe 24: other verbs of raising a pledge
    "upped … to",
    "topped up … to",
    "expanded … to",
    "expands … to",
    # a passive: the whole before the auxiliary ("Germany's pledge was raised to €5m")
    "raised to",
    "increased to",
    "upped to",
    "topped up to",
    "lifted to",
    "boosted to",
)
LEVEL_NOUNS = "envelope* framework* ceiling* programme* program* fund facility pledge* commitment*"

# The whole a share is taken of, after a share word and before an amount set off ("a third of
# the package (€1.3bn)"): that amount is a part of the amount before (``aidcalc.news.parts``);
# "…" is one word, a determiner or a possessive ("of Germany's package").
SHARE_WHOLES = (
    "of … package",
    "of … new package",
    "of … aid",
    "of … amount",
    "of … money",
    "of … funds",
    "of … funding",
    "of … pledge",
)
# Words between a share and the whole it is taken of, written after it as an amount ("a third
# of the €9bn"): that amount is the whole, no second pledge of the giver.
SHARE_OF_LINKS = ("of", "out of")
# The rest of a whole, set off right before an amount ("The rest, €1.5bn, …"): a part of it.
REST_WORDS = ("the rest", "the remainder", "the balance", "the remaining", "remaining")

# Phrases naming the calendar week before the publication's (aidcalc.news.dates,
# docs/extraction.md): a date approximate to the week, dated by the month of its Thursday.
RELATIVE_WEEKS = (("last week", -1),)

# Phrases beside an amount that make it a yearly amount, one year's instalment of a
# period (aidcalc.news.yearly): "€4bn a year", "jährlich 4 Mrd. Euro", "4 mld zł rocznie".
PER_YEAR = (
    "a year",
    "per year",
    "per annum",
    "annually",
    "each year",
    "every year",
    "yearly",
    "a year each",
)
# Words right after a PER_YEAR phrase that make it a time, no rate ("a year ago").
PER_YEAR_NOT_BEFORE = ("ago", "after", "before", "earlier", "later", "on", "since", "from")
# A rate per unit, no total: these words right after an amount, then a lower-case noun
# ("€500 per family").
# No pledge row counts it (aidcalc.news.beside); a PER_YEAR phrase is yearly instead.
PER_UNIT = ("per",)
# Nouns of the parts a sum is paid in: "two tranches of €5m" is one of several, no total
# (aidcalc.news.beside)
PART_UNIT_NOUNS = (
    "tranche",
    "tranches",
    "instalment",
    "instalments",
    "installment",
    "installments",
    "payment",
    "payments",
    "shipment",
    "shipments",
    "batch",
    "batches",
)
# Times after a slash or a pace ("€5m/month"): money given at a pace, no rate of a unit
PACE_NOUNS = ("year", "yr", "month", "week", "day")
# and whole phrases with their noun of a unit ("€200 a head", "€200 for every displaced person";
# "a" alone is no rate: "€5m a few days ago", "a second time")
PER_UNIT_PHRASES = (
    "for every", "for each", "a head", "a person", "a family", "a household", "a child",
    "a refugee",
)  # fmt: skip
# (a time is no unit here: "NOK 1bn a month" is money given at a pace, a candidate)
# Words after a word of PER_UNIT that make no rate ("per cent": a share; "per capita" is one)
PER_UNIT_NOT = ("cent", "centum", "se", "annum")
# Words before a year, or before an IN_YEAR phrase, that make the year the end of a period,
# no value date ("until the end of 2027"; aidcalc.news.dates); UNTIL_LINKS may stand between.
UNTIL = ("until", "till", "through")
UNTIL_LINKS = ("the", "end", "of")
# words joining the two years of a span ("2025 to 2027"), beside UNTIL (aidcalc.news.yearly)
SPAN_LINKS = ("to",)
# phrases saying an amount is spread over several years ("multi-year"; a stem may end a word),
# found in its clause (aidcalc.news.yearly.several_years)
SEVERAL_YEARS = ("over several years", "multi-year", "multiyear", "over the medium term")
# Words between an amount and a figure the parser reads as no amount ("60 million", no
# currency) that put the figure in a clause of another time, a comparison or a past
# perfect's auxiliary: "…; in 2023 it had given 60 million" dates the figure only
# (aidcalc.news.figures).
OTHER_TIME_WORDS = ("had", "compared with", "compared to")

# Money that is no gift, whoever's it is (aidcalc.news.other_money): {kind: words}; a word
# ending in "*" stands for every word it begins, words with a space for that phrase.
OTHER_MONEY = {
    # a need stated as a noun (KINDS_STATED: no gift in a clause with no giving verb)
    "need": (
        "financing needs",
        "funding needs",
        "financing gap",
        "funding gap",
        "reconstruction needs",
        "recovery needs",
    ),
    "damage": "destroy destroyed destroys destroying destruction damage damaged damages wrecked",
    "fire": "fired firing",
    "loss": "lost lose loses losing loss losses",
    "cost": (
        "cost of the war",
        "costs of the war",
        "war costs",
    ),
    "trade": "trade traded exports exported imports imported sold sells",
    "revenue": "revenue revenues earned earns earnings income",
    "debt": "debt debts owes owed",
    # Figures stated, not given: they count in a clause with no giving verb (KINDS_STATED).
    "estimate": (
        "estimates",
        "estimate",
        "estimated at",
        "is put at",
        "are put at",
        "was put at",
        "will cost",
        "would cost",
        "could cost",
        "may cost",
        "might cost",
        "to cost",
        "reconstruction costs",
        "puts the cost",
        "put the cost",
        "cost of rebuilding",
        "cost of reconstruction",
        "cost of recovery",
        "recovery costs",
    ),
    "stock": ("reserves", "gdp", "deficit", "external financing", "external funding"),
    "conditional": (
        "would mean",
        "would amount to",
        "would represent",
        "would equal",
        "would come to",
        "would be equivalent to",
    ),
    # A figure stated by a valuation verb: no pledge unless aid is its subject (KINDS_STATED).
    "valuation": (
        "stands at",
        "stood at",
        "amounts to",
        "amounted to",
        "totals",
        "totalled",
        "totaled",
        "comes to",
        "came to",
    ),
    # the price of a thing, stated: no gift in a clause with no giving verb (KINDS_STATED)
    "price": "cost costs price",
}
# Words that may stand between an amount and a word of OTHER_MONEY after it ("€2bn in
# damage"); any other word between ("€500m for damage repair") keeps it apart.
OTHER_MONEY_LINKS = "in of"

# Words in a quote naming its speakers as the givers of money it receives ("Ukraine will get
# €2bn from us"): the speaker's country gives (aidcalc.news.donors, rule 4).
FROM_US = ("from us",)
# Words opening a clause of another subject after an amount ("…, while France will consider
# …", "…, tandis que la France envisage …"): the country right after them (articles between)
# is the subject of its clause, whatever its verb (aidcalc.news.donors, rule 4).
CONTRAST_OPENERS = ("while", "whereas")
# Words for a country's givers ("Ukraine's allies", "die Verbündeten der Ukraine"): as the
# subject of a giving verb, with that country as possessor or genitive, the money is several
# givers' (collective) and that country receives it (aidcalc.news.donors, rule 3).
ALLY_WORDS = ("allies", "partners", "backers", "supporters", "donors", "friends")
# Words right before a giving verb (one word may stand between: "was also promised") that make
# it a passive whose subject receives ("Ukraine was promised $2bn by its allies"): the one
# after an agent marker gives (aidcalc.news.donors, rule 3). Not before a gerund ("is giving")
# nor an infinitive ("is to give").
SUBJECT_RECEIVES = ("was", "were", "is", "are", "be", "been", "being", "get", "gets", "got")
# Words between a list item's giver and its amount after the first one ("…, Germany leading with
# €4bn", "…, darunter Deutschland mit 4 Mrd. Euro"): that country gives that amount.
ITEM_WITH = ("leading with", "in the lead with", "at the top with", "topping the list with", "with")

# Phrases of the running-total words of BASIS above (a start, "from the start of").
CUE_PHRASES = (
    *CUE_PHRASES,
    "from the start of",
    "from the beginning of",
    *(f"{be} spending" for be in ("is", "are", "was", "were", "be", "been")),
)

# A whole named after a part (aidcalc.news.beside, rule 6; docs/extraction.md): the part, a link
# (``SHARE_OF_LINKS``, or one of ``WHOLE_FROM`` that names a whole only with a noun), then a noun
# phrase and the whole's amount. ``WHOLE_NOUNS`` are the nouns of such a phrase, as stems a word
# holds (any ending, any compound: "pakiet" in "pakietu", "paket" in "Hilfspaket");
# ``WHOLE_WORTH`` the words between that noun and the whole's amount ("worth", "o wartości").
WHOLE_FROM = ("from",)
WHOLE_NOUNS = (
    "envelope",
    "package",
    "facilit",
    "fund",
    "budget",
    "pot",
    "tranche",
    "programme",
    "program",
    "total",
    "sum",
    "amount",
    "pledge",
    "commitment",
    "allocation",
    "instrument",
    "mechanism",
    "loan",
)
WHOLE_WORTH = ("worth", "of", "totalling", "totaling", "valued at", "amounting to")

# Headings of a pasted table's column that numbers its rows: identifiers, no money
# (aidcalc.news.header_tables).
ID_HEADERS = ("no", "no.", "number", "id")

# Headings of a pasted table's label column that name recipients, not givers
# (aidcalc.news.article_tables).
RECIPIENT_HEADERS = (
    "recipient",
    "recipients",
    "beneficiary",
    "recipient country",
    "purpose",
    "purposes",
    "destination",
)

# A numeric date may be written month first ("02/12/2025", US) or day first ("12/02/2025", UK,
# India): one whose two numbers are both up to 12 is read neither way (aidcalc.news.dates).
MONTH_FIRST_DATES = True

# A correction note (aidcalc.news.corrections): its label before a colon ("Correction:"), the
# phrases naming the figure an earlier version gave (retracted), and a "not" before a retracted
# figure in the note ("…, not 257 million").
CORRECTION_LABELS = ("correction", "corrections", "clarification")
EARLIER_VERSION = ("an earlier version", "a previous version", "an earlier edition")
CORRECTION_NOT = ("not",)
# Words in a sentence naming an earlier version that introduce the right figure after the
# retracted one ("…; the correct figure is …"; aidcalc.news.corrections).
# Phrases naming what was reported before ("it was earlier reported"): a retracted figure only when
# a word of CORRECT_FIGURE follows in the same sentence (aidcalc.news.corrections).
EARLIER_REPORT = (
    "it was earlier reported",
    "it was initially reported",
    "it was previously reported",
    "earlier reports said",
    "had earlier been reported",
    "was initially reported",
)
CORRECT_FIGURE = (
    "correct",
    "right figure",
    "actual figure",
    "in fact",
    "actually",
    "clarified",
    "corrected",
    "revised",
)

# A person's titles (aidcalc.news.persons): a country name right after one, perhaps after
# first names, is a surname ("o primeiro-ministro, Luís Montenegro").
PERSON_TITLES = (
    "president",
    "prime minister",
    "premier",
    "chancellor",
    "minister",
    "secretary",
    "senator",
    "ambassador",
    "king",
    "queen",
    "mr",
    "mrs",
    "ms",
    "dr",
    "general",
)

# Phrases opening a sentence that break down a total said a sentence or a few before; "#" is
# the number the total is restated by (aidcalc.news.parts.opens_breakdown).
BREAKDOWN_OPENERS = (
    "of this",
    "of that",
    "of this sum",
    "of this amount",
    "of that amount",
    "of the total",
    "of the money",
    "out of this",
    "out of that",
    "of these funds",
    "of the #",
    "out of the #",
)

# Nouns of war and invasion (our own list, issue F10/F11 of trial 13): a demonym right beside
# one ("Russian invasion", "invasão russa") names the aggressor, never a recipient
# (aidcalc.news.donors).
WAR_NOUNS = "invasion* war wars aggression attack* offensive occupation"
# Words saying a sentence's money comes on top of what an earlier sentence stated ("will also
# give"): its row is new, never the earlier sentence's running total (aidcalc.news.candidates).
ON_TOP = (
    "also",
    "additionally",
    "in addition",
    "on top of that",
    "as well",
    "new package",
    "new aid package",
)
# Phrases restating the value of a package named before ("total value of"): the package's own
# pledge, not a running total of all aid (aidcalc.news.candidates.bases_of).
PACKAGE_VALUE = ("total value of", "combined value of", "overall value of", "total worth of")

# Words of a state's budget or spending frame: with a year beside them, the amounts after them
# are that year's allocation of the budget's country (aidcalc.news.budget_lines).
BUDGET_NOUNS = "budget budgets"

# Phrases dating a sentence's money on the day of the sentence before it ("the same day"):
# aidcalc.news.candidates takes the day of the latest earlier row that states one.
SAME_DAY = ("the same day", "that same day", "on the same day")

# The word for "today": the day its text counts from, a dateline's when one stands above it
# (aidcalc.news.dates.today_date).
TODAY = ("today",)
# Channel words (issue actors15): phrases, folded, before the organisations that pay the money
# out for a giver ("via UNDP and the EU"): such an organisation, and the ones joined to it, is a
# channel, neither giver nor recipient (aidcalc.news.donors).
CHANNEL_WORDS = (
    "through",
    "via",
)
# Venue words (issue actors15): stems of the nouns of an event ("ceremony", "conference",
# "summit", "meeting"); a place after one and a word of place ("at a ceremony in Paris") is
# where it happens, never a giver or recipient (aidcalc.news.donors).
VENUE_WORDS = (
    "ceremon",
    "conferenc",
    "summit",
    "meeting",
    "talks",
    "gathering",
    "forum",
)

# Verbs of a sum of aid (pledgefaults16), an aid noun (``AID_NOUNS``, no whole's noun of
# ``WHOLE_NOUNS``) their subject before them and the amount right after them: a sum reached
# (``REACH_VERBS``: the aid given so far, cumulative, an allocation: "Germany's aid to Ukraine
# reached €5bn") or a sum the aid came to (``SUM_VERBS``: an allocation, its basis left to the
# other words; a year's aid may come to it). ``REACH_VERBS_AFTER``: verb last, the amount right
# before it (``aidcalc.news.reached``).
# The present of a standing total is one too ("now stands at", "is now": the aid so far).
REACH_VERBS = (
    "reached",
    "has reached",
    "have reached",
    "stands at",
    "now stands at",
    "is now",
    "now totals",
    "remains at",
)
# A ranking after a sum of aid set off by commas: "Japan's contribution, at about $12bn,
# remains the largest" ranks the whole so far (``aidcalc.news.reached``).
RANKING_AFTER = ("remains the larg*", "remains the bigg*", "is the larg*", "is the bigg*")
SUM_VERBS = ("amounted to", "totalled", "totaled", "stood at")

# Participles of acts of war (pledgefaults16): a country right after one, an agent's word or
# determiners between ("occupied by Russia", "оккупированные Россией"), or after an agent's
# word right before one ("von Russland besetzten"), wages the war: no actor of aid
# (``aidcalc.news.donors.aggressor``).
WAR_PARTICIPLES = "occupied seized annexed destroyed shelled bombed"

# Nouns of an appeal or a call for money, and forms of asking the request verbs miss
# (aidcalc.news.not_giving): money an appeal asks for is a request, no pledge of the one
# appealing. Merged into NOT_GIVING's "request" cues (aidcalc.words.build).
APPEAL_WORDS = ("response plan", "response plans", "funding call", "call for funds")

# Head nouns of an organisation's name ("*" ends a prefix; a leading "*" a compound's head):
# one in the subject of a giving verb where no known giver stands names a giver the gazetteer
# does not know, never an earlier sentence's donor (aidcalc.news.donors).
ORGANISATION_NOUNS = (
    "bank",
    "banks",
    "fund",
    "agency",
    "foundation",
    "programme",
    "organisation",
    "organization",
)

# Words between a noun of an event and the country it is about ("the conference on Lebanon"):
# that country receives the event's money, never gives it (aidcalc.news.donors).
EVENT_TOPICS = "on for about"

# Nouns after a currency's name or code that make it the first part of a compound noun: "the
# 20 euro area states", "the 19 euro countries", "500 EUR-pallets". The number before counts
# the compound, never money (probe 23: each read EUR 20, 19, 500, silently). A face value
# ("20 euro notes") is no compound here: the number is the value of each.
CURRENCY_COMPOUNDS = (
    "area",
    "zone",
    "countries",
    "country",
    "states",
    "members",
    "nations",
    "economies",
    "governments",
    "summit",
    "summits",
)

# Words right before a year that make it an attribute of a noun after a currency written as an
# adjective ("The 2024 euro budget", "Its 2023 dollar pledges"): the year of the thing, or an
# amount used as an adjective? Refused (``aidcalc.parsing.currency_beside.year_before_noun``).
# Without such a word ("Families get 2000 euro support") the number is the amount, as in the
# languages whose noun follows its amount.
YEAR_ATTRIBUTE_BEFORE = ("the", "its", "their", "his", "her", "our", "this", "that", "at")
# Words right before a year that make it a time or the year of a price basis, whatever follows
# the currency after it ("worth $50bn in 2022 dollars", "in constant 2015 US dollars", "Since
# 2022 euros have flowed", "In 2024 euro prices rose"): refused too, as an amount is rarely
# written after them (read USD 2,022 and the like until session 24).
YEAR_BASIS_BEFORE = (
    "in", "since", "until", "till", "during", "after", "fiscal", "adjusted",
    "constant", "real", "nominal", "current",
)  # fmt: skip
# Those of them before which a round hundred is a price basis too ("in constant 2000 dollars");
# after the others it is as often an amount ("until 2000 euros of income").
YEAR_BASIS_ONLY = ("constant", "real", "nominal")

# Goods named after a currency ("500 Euro pallets", "500 EUR-pallets": a standard pallet's
# name): after the currency's name or code the number counts the goods, with or without a
# determiner before it.
CURRENCY_NAMED_GOODS = ("pallet", "pallets")

# Coins and notes after a currency: a face value counted ("10 thousand 2 euro coins"): a
# bare number after a thousand before it is no addend (``number_spans.face_value_after``).
COIN_NOUNS = ("coin", "coins", "note", "notes", "banknote", "banknotes")  # "bills": invoices too

# Possessive determiners: after a verb of change they make its object the giver's own
# ("raised its total commitment … by €2m to €5m": a change, ``aidcalc.parsing.changes``).
POSSESSIVE_DETERMINERS = ("its", "their", "his", "her", "our")
