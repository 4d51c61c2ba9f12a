"""Romanian (ro): the few small words around amounts the parser reads (conjunctions, fillers,
range words), as plain data.

Curated by the project from news text in Romanian; no outside word list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``).
NEGATIONS = ("nu",)

QUALIFIERS = {
    "approx": ["aproximativ", "circa", "în jur de", "in jur de"],
    "over": [
        "peste",
        "mai mult de",
        "cel puțin",
        "cel putin",
        "minimum",
        "depășește",
        "depășesc",
        "a depășit",
        "au depășit",
        "depaseste",
        "a depasit",
    ],
    "under": ["aproape", "mai puțin de", "mai putin de", "sub"],
    "up_to": ["până la", "pana la", "maximum", "cel mult"],
}

# Verbs of exceeding ("exceeds"): an amount they stand before in its clause, its subject
# between ("Seit Kriegsbeginn übersteigt die Hilfe 30 Mrd. Euro"), is a lower bound,
# qualifier ``over`` (aidcalc.news.exceeds).
EXCEED_VERBS = "depășește depășesc depășit depaseste"

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("adică", "adica", "sau", "echivalentul a", "echivalent a", "echivalentul")

# Words that join main and minor units ("20 dollars and 43 cents").
CONJUNCTIONS = ("și", "si")

# Words between a scale word and a currency name that tell the language ("millions of").
FILLERS = ("de",)

# Words that join the low and high ends of a range ("între 2 și 3 milioane", "de la 2 la 3").
RANGE_JOINERS = ("și", "si", "la")

# Words that open a range ("between").
RANGE_OPENERS = ("între", "intre")

# Words before a range's low end that open it only with one of this language's joiners
# after that end ("from 2 to 3 million"); ordinary words elsewhere, so never a range opener
# alone.
RANGE_FROM = ("la",)

# A change of value is two amounts, not a range ("a majorat ajutorul de la 4 la 8 miliarde de
# euro": the value before and the value after; issue 9 parser9): a verb of change, "(de) la"
# before the first number and "la" between them. "la" alone is no "from" without the verb.
# "de la" whole is "from" after the value after ("a crescut la 8 miliarde de euro de la 5
# miliarde": the value before written second; issue 9 parser10).
CHANGE_FROM = ("la", "de la")
CHANGE_TO = ("la",)
CHANGE_VERBS = (
    "crescut", "crește", "crescând", "scăzut", "scade", "majorat*", "majorea*", "major*",
    "mărit*", "mărește", "redus*", "reduce", "dublat*", "dublea*", "diminuat*", "sporit*",
    "suplimentat*", "ridicat*", "ridică",
)  # fmt: skip

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("și", "si", "respectiv")
LIST_OR = ("sau",)

# The word for the decimal mark in a number spelled out ("two point five"): a decimal
# written in words, read in English, refused in the others (never the part after it).
DECIMAL_WORDS = ("virgulă", "virgula")

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = ("din care", "alte", "și alte", "si alte", "încă", "și încă")
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("pentru", "la", "în")
# A reflexive pronoun before a verb after such an amount ("4 millones se destinarán a …").
REFLEXIVE_PRONOUNS = ("se",)
# Verbs of money going somewhere after such an amount ("4 millions iront à …").
PART_VERBS = (
    "merg",
    "merge",
    "vor",
    "va",
)

# Words that may stand between a scaled number and the currency name it counts ("900 million
# emergency euros", "20 million additional dollars").
AMOUNT_ADJECTIVES = ("noi",)

# --- News (aidcalc.news) ----------------------------------------------------------------------
# Our own lists, written for this project after the verbs and nouns Romanian aid news uses (see
# es.py for the conventions). Romanian writes the article and the case as an ending ("Ucrainei",
# "României"): a name as listed is a subject, with an ending a recipient or owner, so CLDR names
# lose their final vowel to become stems.
VERBS = {
    "give": (
        "anunțat anunţat anunț* promis promite promit oferit oferă ofer* acordat acorda* "
        "acordă donat dona* donează trimis trimite* furnizat furniza* livrat livra* alocat "
        "aloca* plătit plăti* vărsat virat dat da dă contribui* aprobat angajat"
    ),
    # thanking reverses the roles as receiving does: the one thanked gives
    "receive": "primit primește primi* obținut mulțumit mulțumește mulţumit",
    "aux": "a au va vor fost este sunt",
}

CATEGORIES = {
    "military": (
        "militar* apărare* antiaerian* dron* rachet* muniți* muniţi* armament* arme tanc* "
        "artilerie*"
    ),
    "financial": "împrumut* buget* financiar* macrofinanciar* grant*",
    "humanitarian": (
        "umanitar* iarn* energ* electric* generator* medical* medicament* spital* aliment* "
        "refugia* reconstrucți* drumuri"
    ),
}

BASIS = {
    "cumulative": (
        "în total în total de din #### până acum până în prezent cumulat* ajungând la"
        " de la începutul"
    ),
    "already": "deja",
}

INTENTION = {
    "pledge": (
        "anunțat anunţat anunț* promis promite promit va vor aprobat decis intenționează planifică"
    ),
}

MEASURE = {
    "allocation": "oferit acordat donat trimis furnizat livrat alocat dat livrate furnizate",
    # money received ("received … from", "надійшло від") has been paid out: a disbursement
    "disbursement": ("plătit vărsat virat transferat transferată primit"),
    "commitment": "angajat",
}

FUTURE = {
    "future": "va vor",
}

CUE_PHRASES = ("în total", "în total de", "din ####", "până acum", "până în prezent")

# Frequent function words, for telling the language of a news text (aidcalc.news.language).
# "au" (have: "au strâns", "au promis"), the auxiliary of the plural perfect, French writes as
# well ("au", to the), and lists: unlisted, "Lituanienii au strâns 14 milioane de euro" tied
# with French once French listed "de".
STOP_WORDS = "și şi de la în un o cu pentru care din pe a fost este au"

# Letters that tell this language among the supported ones of its script ("ă", "ș", "ț" alone;
# "â" is Portuguese and French too, "î" French: they count less, aidcalc.parsing.language).
LETTERS = "ăâîșțşţ"

SINCE = ("din", "de la")
IN_YEAR = ("în", "în anul")  # "în anul 2023"

# Phrases naming a year relative to the publication date, with the years they add to its
# year (aidcalc.news.dates): "last year" is -1.
RELATIVE_YEARS = (
    ("anul trecut", -1),
    ("anul acesta", 0),
    ("în acest an", 0),
    ("anul precedent", -1),
    ("anul viitor", 1),
)
# Nouns of a country's economy (GDP): a year right after them, or before them, is the
# year of that measure and dates no amount (aidcalc.news.dates).
ECONOMY_NOUNS = ("PIB",)


# "Statele Unite" as a subject; "Moldov" the stem of "Moldova", "Moldovei" (CLDR names only the
# "Republica Moldova").
PLACE_SHORT_FORMS = {
    "UE": "EU",
    "SUA": "USA",
    "Statele Unite": "USA",
    "Olanda": "NLD",
    "Moldova": "MDA",
    "Moldov": "MDA",
    # Palestine as the press names it (CLDR has only the territories)
    "Palestina": "PSE",
}
EXTRA_LETTERS = 4
INFLECTED = True
ABBREVIATIONS = "mil mld dl dna"

INSTITUTIONS = {
    "": (
        "guvern*",
        "guvern* federal*",
        "parlament*",
        "ministerul apărării",
        "ministerul de externe",
        "ministerul afacerilor externe",
        "ministerul finanțelor",
        "minister*",
        "ministr*",
        "premier*",
        "președint*",
        "cancelar*",
        "armat*",
        "executiv*",
    ),
    "ROU": ("Palatul Victoria", "Cotroceni", "MAE"),
    "USA": ("Pentagon*", "Casa Albă", "Departamentul de Stat"),
    "EU": (
        "Comisia Europeană",
        "Comisiei Europene",
        "Consiliul European",
        "Parlamentul European",
        "Instrumentul european pentru pace",
    ),
    "EIB": ("Banca Europeană de Investiții", "BEI"),
    "EBRD": ("Banca Europeană pentru Reconstrucție și Dezvoltare", "BERD"),
    "WBG": ("Banca Mondială", "Băncii Mondiale"),
    "IMF": ("Fondul Monetar Internațional", "FMI"),
}

AID_NOUNS = "ajutor* sprijin* contribuți* finanțare* pachet* donați* împrumut*"

# Phrases that make the money of a sentence a collective one, with no single donor
# ("pledges from 14 governments", "together with other lenders, Japan …").
COLLECTIVE_DONORS = (
    "împreună cu alți",
    "împreună cu alte",
    "promisiunile a",
    "angajamentele a",
    "s-au promis în total",
    "în total s-au promis",
    "s-au angajat în total",
    "donatorii",
)

AGENT_MARKERS = "de către"
# Words before a country after a part of a whole that name where the part comes from, its
# giver ("Of that, €1bn will come from Germany"; aidcalc.news.donors.part_source).
PART_SOURCES = "din de"
# "la" is left out: "de la" is "from".
RECIPIENT_MARKERS = "pentru către spre"
# Words before a way or model of giving ("through the Danish model"): a nationality adjective
# after them names no actor (aidcalc.news.donors).
MEANS_MARKERS = "prin conform"
DETERMINERS = ""
GENITIVE_LINKS = ""
# The genitive ending of a country's name right after an aid noun with its article
# ("ajutorul României", "sprijinul Germaniei"): that country gives; a dative there would
# need a participle between ("ajutorul acordat Ucrainei").
NAME_ENDINGS = {"owner": "ei"}
# "din" too: "cutremurul din Turcia" (the earthquake in Turkey), "Guvernul din București"
SEAT_LINKS = "la în din"
# Verbs of being between an amount and the same money in another currency ("C$40 million is
# roughly US$28 million"): the second restates the first (aidcalc.news.restated).
COPULAS = "este echivalează echivalentă echivalent reprezintă înseamnă"
# Subjects naming the money said just before, opening a sentence that only restates it in another
# currency ("Această sumă reprezintă aproximativ 49,7 milioane de lei"): that amount is the same
# money, no second pledge (aidcalc.news.restated).
RESTATING_SUBJECTS = (
    "această sumă",
    "aceasta sumă",
    "suma aceasta",
    "această sumă de bani",
    "acești bani",
    "suma",
    "valoarea aceasta",
)

PART_BEFORE = (
    "din care",
    "din total,",
    "din acest total",
    "inclusiv",
    "printre care",
    "din această sumă",
    "din acești bani",
    "din suma",
    "dintre care",
    "împărțite între",
    "cuprinde",
    "include",
)
# Verbs saying a package holds what follows: an amount after one is a part of it.
PART_CONTENTS = (
    "cuprinde",
    "include",
    "conține",
)
PART_AFTER = ("din această sumă",)

# Words saying the givers before them give one sum together: no single donor.
JOINT_DONORS = ("împreună", "în comun")
# Words between a list item's giver and its amount saying it is more ("and Japan another
# $2bn"): the giver still opens the item.
FURTHER_AMOUNT = ("încă", "alte", "suplimentare")
# Words in an amount's clause saying it is given once more ("gave €3bn again"): a new
# pledge, never a repeat of an earlier row (aidcalc.news.dedup.says_further).
AGAIN_WORDS = ("din nou",)
# Words right after an amount saying it comes on top of an earlier one ("DKK 9.7bn more"):
# a new pledge, never a repeat of the earlier one.
FURTHER_AFTER = ("în plus", "suplimentare")
# Words that make an amount the sum of the amounts beside it ("a combined €5bn", "in total").
SUM_WORDS = ("în total", "în valoare totală de", "cu totul")
# Words right before a whole whose parts follow ("Of the €5bn, €3bn came from …").
WHOLE_BEFORE = ("din", "din cei", "din cele")
# Labels of a table row or list item that sums the items before it (aidcalc.news.lists).
TOTAL_LABELS = ("total", "subtotal", "în total", "suma")
# Words pairing several givers with several amounts in order: no joint sum.
RESPECTIVELY = ("respectiv",)
# The country whose offices this language's press names without naming it ("the
# government"): the donor of such an office when no country is named (an assumption).
HOME_COUNTRY = "ROU"
# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("un miliard"): {word: value}.
COUNT_WORDS = {
    "jumătate": "0.5",  # "jumătate de miliard": "de" may stand before the scale word
    "sută": "100",  # "o sută de milioane"
    "un": "1",
    "o": "1",
    # small counts, read the same way before a scale word of this language ("tre miljarder")
    "doi": "2",
    "două": "2",
    "trei": "3",
    "patru": "4",
    "cinci": "5",
    "șase": "6",
    "șapte": "7",
    "opt": "8",
    "nouă": "9",
    "zece": "10",
}

# Romanian cardinals num2words spells otherwise: "one" before a masculine noun ("un dolar";
# num2words gives the counting form "unu"), and nine without its diacritic ("noua"); read only
# with ``lang="ro"``. The feminine "o" is left out: alone it would stand before "sută" as a
# number word of its own, and "o sută de milioane" be refused.
NUMBER_WORDS = {"un": 1, "una": 1, "noua": 9}

# Words that make an amount money asked for, denied, refused or not given rather than
# given (aidcalc.news.not_giving): ``contrast`` ("not only") is no negation; a
# ``request`` or ``wish`` is the receiver's, a ``denial`` scopes over its clause, a
# ``negation`` over the giving verb beside it.
NOT_GIVING = {
    "contrast": "nu doar nu numai",
    "request": "cerut cere solicit* cerere* cerând îndemn* chemat cheamă",
    "wish": "vrea nevoie necesarul necesar* nevoi",
    "denial": "neagă negat dezmin*",
    "refusal": "refuz* respins*",
    "negation": "nu niciodată",
}
# Words after a request that open what the one asked is to do ("asked Germany to give …"):
# a giving verb after one is the thing asked for, no gift (aidcalc.news.not_giving).
REQUEST_LINKS = "să sa"

# Phrases of the NOT_GIVING cues above.
CUE_PHRASES = (*CUE_PHRASES, "nu doar", "nu numai")

# Words right beside a single amount given by several joined givers, saying each gives it
# ("Spain and Italy pledged €20m each", "jeweils 20 Millionen"): one row per giver.
EACH_WORDS = ("fiecare",)

# Words that may follow a value before written without its currency: its time, not a noun it
# counts ("de la 5 miliarde anul trecut", "acum un an", "în 2023"; aidcalc.parsing.changes).
BEFORE_VALUE_TIMES = ("anul", "acum", "în", "in", "anterior", "înainte", "inainte")

# A running total said after a new amount ("…, bringing its total to $12bn"; session 7 trial 9).
CUE_PHRASES = (*CUE_PHRASES, "ajungând la")

# Phrases naming the calendar week before the publication's (aidcalc.news.dates,
# docs/extraction.md): a date approximate to the week, dated by the month of its Thursday.
RELATIVE_WEEKS = (("săptămâna trecută", -1),)

# Phrases beside an amount that make it a yearly amount, one year's instalment of a
# period (aidcalc.news.yearly): "€4bn a year", "jährlich 4 Mrd. Euro", "4 mld zł rocznie".
PER_YEAR = (
    "pe an",
    "anual",
    "în fiecare an",
    "anuali",
)
# Words before a year, or before an IN_YEAR phrase, that make the year the end of a period,
# no value date ("până în 2027"; aidcalc.news.dates); UNTIL_LINKS may stand between.
UNTIL = ("până",)
UNTIL_LINKS = ("în", "la", "sfârșitul", "anul", "anului")
# words joining the two years of a span ("2025 to 2027"), beside UNTIL (aidcalc.news.yearly)
SPAN_LINKS = ("la",)

# Verbs of an actor spending on itself: money so spent is no aid.
SPENDING_VERBS = "cheltuiește cheltuie cheltuiesc cheltuit"
# Possessives of the subject after a spending verb's amount: spent on itself ("its army").
OWN_POSSESSIVES = "său sa săi sale propriu propria proprii propriile"

# Money that is no gift, whoever's it is (aidcalc.news.other_money): {kind: words}; a word
# ending in "*" stands for every word it begins, words with a space for that phrase.
OTHER_MONEY = {
    # a need stated as a noun (pledges18): the needer's figure, no gift (KINDS_STATED)
    "need": (
        "nevoi de finanțare",
        "nevoile de finanțare",
        "nevoia de finanțare",
        "necesarul de finanțare",
        "deficitul de finanțare",
        "deficit de finanțare",
    ),
    "damage": "distrus distrusă distruse distrugeri distrugerile pagube pagubelor daune daunelor",
    "loss": "pierdut pierderi pierderile",
    "trade": "comerț comerțul exporturi exporturile importuri importurile vândut",
    "revenue": "venituri veniturile",
    "debt": "datorie datorii datoriile",
    # the price of a thing, stated: no gift in a clause with no giving verb (KINDS_STATED)
    "price": "cost costul costurile costă prețul",
}
# Words that may stand between an amount and a word of OTHER_MONEY after it ("€2bn in
# damage"); any other word between ("€500m for damage repair") keeps it apart.
OTHER_MONEY_LINKS = "de în"

# Phrases of the running-total words of BASIS above (a start, "from the start of").
CUE_PHRASES = (*CUE_PHRASES, "de la începutul")

# A whole named after a part (aidcalc.news.beside, rule 6; docs/extraction.md): the part, a link
# (``SHARE_OF_LINKS``, or one of ``WHOLE_FROM`` that names a whole only with a noun), then a noun
# phrase and the whole's amount. ``WHOLE_NOUNS`` are the nouns of such a phrase, as stems a word
# holds (any ending, any compound: "pakiet" in "pakietu", "paket" in "Hilfspaket");
# ``WHOLE_WORTH`` the words between that noun and the whole's amount ("worth", "o wartości").
SHARE_OF_LINKS = ("din", "dintre")
WHOLE_NOUNS = (
    "pachet",
    "fond",
    "buget",
    "program",
    "tranș",
    "sum",
    "total",
    "împrumut",
    "instrument",
    "mecanism",
)
WHOLE_WORTH = ("de", "în valoare de", "în valoare totală de")

# A correction note (aidcalc.news.corrections): its label before a colon ("Correction:"), the
# phrases naming the figure an earlier version gave (retracted), and a "not" before a retracted
# figure in the note ("…, not 257 million").
CORRECTION_LABELS = ("rectificare", "corecție")
EARLIER_VERSION = ("într-o versiune anterioară",)
CORRECTION_NOT = ("nu", "și nu")
# Words in a sentence naming an earlier version that introduce the right figure after the
# retracted one ("…; the correct figure is …"; aidcalc.news.corrections).
CORRECT_FIGURE = ("corect", "corectă", "corecta", "în realitate")

# A person's titles (aidcalc.news.persons): a country name right after one, perhaps after
# first names, is a surname ("o primeiro-ministro, Luís Montenegro").
PERSON_TITLES = ("președintele", "premierul", "ministrul", "cancelarul")

# Phrases opening a sentence that break down a total said a sentence or a few before; "#" is
# the number the total is restated by (aidcalc.news.parts.opens_breakdown).
BREAKDOWN_OPENERS = (
    "din această sumă",
    "din acești bani",
    "din suma",
    "din total",
    "din cele #",
    "din cei #",
)
# The rest of a whole, set off right before an amount or standing right before it: a
# part of the amount before (aidcalc.news.parts).
REST_WORDS = ("restul", "restul de", "restanții", "restul sumei", "celelalte", "ceilalți")

# Phrases dating a sentence's money on the day of the sentence before it ("the same day"):
# aidcalc.news.candidates takes the day of the latest earlier row that states one.
SAME_DAY = ("în aceeași zi", "în aceeaşi zi", "aceeași zi")

# Phrases right after an amount that make it a difference, no pledge ("30 million more than last
# year"; a comparative and the word for "than"; aidcalc.news.beside).
COMPARED_AFTER = (
    "mai mult decât",
    "mai puțin decât",
    "mai mare decât",
    "mai mic decât",
    "mai mică decât",
)

# Words opening a clause of another subject after an amount ("while"): the country after
# them gives its amounts; after a part, the next part of the list (aidcalc.news.parts).
CONTRAST_OPENERS = ("iar", "în timp ce", "pe când")

# Headings of a pasted table's label column that name recipients or purposes, not givers
# (aidcalc.news.article_tables).
RECIPIENT_HEADERS = ("beneficiar", "destinatar", "scop", "destinație", "destinația")

# The word for "today": the day its text counts from, a dateline's when one stands above it
# (aidcalc.news.dates.today_date).
TODAY = ("astăzi", "azi")
# Channel words (issue actors15): phrases, folded, before the organisations that pay the money
# out for a giver ("via UNDP and the EU"): such an organisation, and the ones joined to it, is a
# channel, neither giver nor recipient (aidcalc.news.donors).
CHANNEL_WORDS = (
    "prin",
    "prin intermediul",
    "via",
)
# Venue words (issue actors15): stems of the nouns of an event ("ceremony", "conference",
# "summit", "meeting"); a place after one and a word of place ("at a ceremony in Paris") is
# where it happens, never a giver or recipient (aidcalc.news.donors).
VENUE_WORDS = (
    "ceremoni",
    "conferinț",
    "conferinţ",
    "summit",
    "reuniun",
    "întâlnir",
    "forum",
)

# Nouns of an appeal or a call for money, and forms of asking the request verbs miss
# (aidcalc.news.not_giving): money an appeal asks for is a request, no pledge of the one
# appealing. Merged into NOT_GIVING's "request" cues (aidcalc.words.build).
APPEAL_WORDS = ("apel", "apelul", "apeluri", "apelului")

# Words for givers (aidcalc.news.donors, rule 3): as a subject, several givers' money; with
# a country as their possessor or genitive, that country receives.
ALLY_WORDS = ("aliații", "aliaţii", "partenerii", "donatorii", "aliați", "parteneri", "donatori")

# Head nouns of an organisation's name ("*" ends a prefix; a leading "*" a compound's head):
# one in the subject of a giving verb where no known giver stands names a giver the gazetteer
# does not know, never an earlier sentence's donor (aidcalc.news.donors).
ORGANISATION_NOUNS = ("banca", "banc*", "fond*", "agenți*", "agenţi*", "fundați*", "fundaţi*")
