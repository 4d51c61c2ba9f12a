"""Italian (it): qualifiers and the small words around amounts (range words, conjunctions,
fillers), as plain data.

Curated by the project from news text in Italian; no outside word list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Letters this language writes that tell it among the supported languages of its script (shared
# letters count less: aidcalc.parsing.language).
# "é" ("perché", "né") as French, Spanish, Portuguese, Czech and Slovak write it, listed by each.
LETTERS = "àèìòùé"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``).
NEGATIONS = ("non",)

QUALIFIERS = {
    "approx": ["circa", "quasi circa", "intorno a"],
    "over": [
        "oltre",
        "più di",
        "almeno",
        "supera",
        "superano",
        "ha superato",
        "supera i",
        "supera gli",
        "superano i",
    ],
    "under": ["meno di", "quasi"],
    "up_to": ["fino a", "massimo di", "un massimo di", "al massimo", "al più"],
}

# Qualifiers written after the amount, at the end of its clause ("5 milioni di euro o più"):
# over, and "or less", at most (``aidcalc.parsing.grammar``: a word for "than" after
# them is no end)
QUALIFIERS_AFTER = {"o più": "over", "o meno": "up_to"}

# Verbs of exceeding ("exceeds"): an amount they stand before in its clause, its subject
# between ("Seit Kriegsbeginn übersteigt die Hilfe 30 Mrd. Euro"), is a lower bound,
# qualifier ``over`` (aidcalc.news.exceeds).
EXCEED_VERBS = "supera superano superato superata"

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("ossia", "ovvero", "cioè", "pari a", "vale a dire", "o")

# Words that join main and minor units ("20 dollars and 43 cents").
CONJUNCTIONS = ("e", "con")

# Words between a scale word and a currency name that tell the language ("millions of").
FILLERS = ("d", "di")

# Words allowed between a scale word and a currency name that do not tell the language.
MORE_FILLERS = ("del", "dei", "degli")

# Words after which a currency name may lead its number ("at dollar 22.5 million").
NAME_MAY_FOLLOW = ("di", "a")

# Words that join the low and high ends of a range.
RANGE_JOINERS = ("a", "e")

# Joiners that make a range without an opener ("300 to 400 million").
RANGE_JOINERS_ALONE = ("a",)

# Words that open a range ("between").
RANGE_OPENERS = ("tra", "fra")
# Articles that may stand before each end of a range after an opener ("tra i 5 e i 10").
RANGE_ARTICLES = ("i", "gli", "le")

# Words before a range's low end that open it only with one of this language's joiners
# after that end ("from 2 to 3 million"); ordinary words elsewhere, so never a range opener
# alone.
RANGE_FROM = ("da",)

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("e", "ed", "nonché")
LIST_OR = ("o", "oppure")

# The word for the decimal mark in a number spelled out ("two point five"): a decimal
# written in words, read in English, refused in the others (never the part after it).
DECIMAL_WORDS = ("virgola",)

# Fractions before a spelled number, which are not read (a third is no Decimal): the
# text is refused, never read as the number after them; ``FRACTION_LINKS`` may stand
# between ("a third of a billion").
UNREAD_FRACTIONS = (
    "terzo",
    "terzi",
    "quinto",
    "quinti",
    "decimo",
    "decimi",
    "metà",
    "quarto",
    "quarti",
)
FRACTION_LINKS = ("di",)

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = ("di cui", "altri", "altre", "e altri", "e altre", "tra cui")
# Words that may follow such an elided amount: what the money is for ("60 million for").
# "all'" (the atom "all" and an apostrophe: "3 milioni all'UNICEF") is "a" and an article.
PURPOSE_WORDS = ("per", "a", "in", "al", "alla", "allo", "ai", "agli", "alle", "all'")
# A reflexive pronoun before a verb after such an amount ("4 millones se destinarán a …").
REFLEXIVE_PRONOUNS = ("si",)
# Verbs of money going somewhere after such an amount ("4 millions iront à …").
PART_VERBS = (
    "andranno",
    "andrà",
    "vanno",
    "va",
)

# Words that may stand between a scaled number and the currency name it counts ("900 million
# emergency euros", "20 million additional dollars").
AMOUNT_ADJECTIVES = ("nuovi", "ulteriori", "altri")

# --- News (aidcalc.news) ----------------------------------------------------------------------
# Our own lists, written for this project after the verbs and nouns Italian aid news uses (see
# es.py for the conventions: future forms one by one, MEASURE past forms only).
VERBS = {
    "give": (
        "annunci* promess* promett* promise stanzi* fornit* fornir* fornisc* fornì dar* darà "
        "daranno dato diede donat* donerà* consegnat* consegner* invier* inviat* invia "
        "erogat* erogherà* erog* impegnat* concess* concederà* destinat* destiner* "
        "assegnat* versat* mett* a disposizione approvat*"
    ),
    # thanking reverses the roles as receiving does: the one thanked gives
    "receive": "ricev* ottenut* otterrà* ringrazi*",
    "aux": "ha hanno aveva avevano sarà saranno è sono stato stata state stati",
}

CATEGORIES = {
    "military": (
        "militar* difesa aerea difesa dron* missil* munizion* armi arma armament* carri "
        "artiglieri* blindat*"
    ),
    "financial": "prestit* bilancio finanziari* macrofinanziari* sovvenzion*",
    "humanitarian": (
        "umanitari* inverno energ* elettric* generator* medic* ospedal* aliment* rifugiat* "
        "sminamento scuol* ricostruzione"
    ),
}

BASIS = {
    "cumulative": "in totale complessivamente finora fino ad oggi dall'inizio dal ####",
    "already": "già",
}

INTENTION = {
    "pledge": (
        "annunci* promess* promett* promise previst* prevede* intende* approvat* decis* "
        "fornirà* forniranno darà daranno donerà* consegnerà* invierà* invieranno erogherà* "
        "concederà* destinerà* stanzierà*"
    ),
}

MEASURE = {
    "allocation": (
        "stanziat* stanzia fornit* fornì dato diede diedero donat* consegnat* inviat* concess* "
        "destinat* assegnat*"
    ),
    # money received ("received … from", "надійшло від") has been paid out: a disbursement
    "disbursement": ("erogat* versat* pagat* ricevuto ricevuti ricevette"),
    "commitment": "impegnat* impegn*",
}

FUTURE = {
    "future": "sarà saranno fornirà darà daranno invierà consegnerà erogherà concederà",
}

CUE_PHRASES = ("in totale", "fino ad oggi", "difesa aerea", "a disposizione", "dal ####")

# Frequent function words, for telling the language of a news text (aidcalc.news.language).
# "l" is the elided article ("l'Italia"), which French writes too.
STOP_WORDS = "il lo la gli le e di del della che per con una è dei alla all dell nell l"

SINCE = ("dal", "da")
IN_YEAR = ("nel", "in", "nell'anno", "nel corso del", "nel corso dell'anno")  # "nell'anno 2023"
# Phrases before a list of years, each the year of one amount of a list before it ("€5m, €6m
# and €7m in 2024, 2025 and 2026": aidcalc.news.dates.respective_years).
IN_YEARS = ("negli anni", "per il", "nel")
# The ordinal sign of the first day of a month ("il 1º marzo").
DAY_SUFFIXES = ("º",)

# Phrases naming a year relative to the publication date, with the years they add to its
# year (aidcalc.news.dates): "last year" is -1.
RELATIVE_YEARS = (
    ("l'anno scorso", -1),
    ("lo scorso anno", -1),
    ("quest'anno", 0),
    ("nel corrente anno", 0),
    ("l'anno passato", -1),
    ("l'anno prossimo", 1),
    ("il prossimo anno", 1),
    ("l'anno venturo", 1),
)
# Phrases naming a year from the year named before them in the sentence, with the years they
# add to it (aidcalc.news.dates): "the year before" is -1.
ANCHORED_YEARS = (
    ("un anno prima", -1),
    ("l'anno precedente", -1),
    ("l'anno prima", -1),
    ("un anno dopo", 1),
    ("l'anno successivo", 1),
)
# Nouns of a country's economy (GDP): a year right after them, or before them, is the
# year of that measure and dates no amount (aidcalc.news.dates).
ECONOMY_NOUNS = ("PIL",)
# Relative pronouns opening a clause after a comma ("Japan, which gave $1bn in 2023, …"): a date
# in that clause is its own amount's, never the date of the rest of the sentence.
RELATIVE_WORDS = "che cui quale quali"
# Words right before a RELATIVE_YEARS phrase that make it a comparison, no date ("the same as
# last year", "up from last year").
# Words opening a clause after a comma that liken the sentence's giving to another's
# ("France pledged €5m, matching the pledge of Germany", "…, as did Germany"): a country
# in that clause is compared with, no recipient (``aidcalc.news.donors``).
LIKENESS_OPENERS = ("come", "così come", "al pari di", "più che", "meno che", "a differenza di")

COMPARED_WORDS = (
    "come",
    "più che",
    "meno che",
    "rispetto a",
    "rispetto al",
)

PLACE_SHORT_FORMS = {"UE": "EU", "USA": "USA", "Usa": "USA", "Ue": "EU", "Palestina": "PSE"}
EXTRA_LETTERS = 3
ABBREVIATIONS = "sig dott on"

INSTITUTIONS = {
    "": (
        "governo*",
        "governo* federal*",
        "consiglio dei ministri",
        "parlament*",
        "ministero della difesa",
        "ministero degli esteri",
        "ministero dell'economia",
        "ministero*",
        "ministro degli esteri",
        "ministro della difesa",
        "ministro dell'economia",
        "ministr*",
        "president*",
        "premier",
        "cancellier*",
        "forze armate",
        "esecutivo",
    ),
    "ITA": ("Palazzo Chigi", "Farnesina"),
    "USA": ("Pentagono", "Casa Bianca", "Dipartimento di Stato"),
    "EU": (
        "Commissione europea",
        "Consiglio europeo",
        "Consiglio dell'UE",
        "Parlamento europeo",
        "Strumento europeo per la pace",
    ),
    "EIB": ("Banca europea per gli investimenti", "BEI"),
    "EBRD": ("Banca europea per la ricostruzione e lo sviluppo", "BERS"),
    "WBG": ("Banca mondiale",),
    "IMF": ("Fondo monetario internazionale", "FMI"),
    "IDB": ("Banca interamericana di sviluppo", "BID"),
    "AFDB": ("Banca africana di sviluppo",),
    "ADB": ("Banca asiatica di sviluppo",),
    "ISDB": ("Banca islamica di sviluppo",),
    "AIIB": ("Banca asiatica d'investimento per le infrastrutture",),
    "CEB": ("Banca di sviluppo del Consiglio d'Europa",),
}

AID_NOUNS = "aiut* sostegn* contribut* finanziament* pacchett* donazion* prestit*"

# Phrases that make the money of a sentence a collective one, with no single donor
# ("pledges from 14 governments", "together with other lenders, Japan …").
COLLECTIVE_DONORS = (
    "insieme ad altri",
    "insieme con altri",
    "le promesse di",
    "gli impegni di",
    "i donatori",
    "paesi donatori",
    "i paesi del G7",
    "in totale sono stati promessi",
    "sono stati promessi complessivamente",
    "sono state promesse complessivamente",
    "complessivamente sono stati promessi",
    "sono stati promessi in totale",
)

AGENT_MARKERS = "da dal dalla dall dai dalle"
# Words before a country after a part of a whole that name where the part comes from, its
# giver ("Of that, €1bn will come from Germany"; aidcalc.news.donors.part_source).
PART_SOURCES = "da dal dalla dall dai dalle"
# Auxiliaries of the passive ("All'Egitto sono stati concessi … dal Regno Unito"): the agent
# after "da" gives.
PASSIVE_AUXILIARIES = "stato stata stati state fu furono viene vengono venne vennero"
RECIPIENT_MARKERS = "a al alla all ai alle per verso"
# Words before a way or model of giving ("through the Danish model"): a nationality adjective
# after them names no actor (aidcalc.news.donors).
MEANS_MARKERS = "tramite secondo"
DETERMINERS = "la il lo l i gli le"
GENITIVE_LINKS = "di del della dell dei degli"
# Nouns of a state's form between an office and its country ("il governo della Repubblica di
# Polonia"): the country still owns the office (aidcalc.news.donors).
STATE_NOUNS = "repubblica regno"
# Stems of a fund's or programme's noun, held in a word ("il fondo energetico dell'Ucraina"):
# the country its genitive link names owns the fund and receives, never gives
# (aidcalc.news.donors).
FUND_NOUNS = ("fondo", "programma")
# "a Roma" (a seat) and "in Sudan" ("per aiuti umanitari in Sudan": where the aid goes)
SEAT_LINKS = "a in"
# Meetings named by their city ("the Paris conference"): that capital is a venue, no actor.
MEETING_WORDS = "conferenza vertice riunione"
# Verbs of being between an amount and the same money in another currency ("C$40 million is
# roughly US$28 million"): the second restates the first (aidcalc.news.restated).
COPULAS = "è sono era equivale pari corrisponde"
# Subjects naming the money said just before, opening a sentence that only restates it in another
# currency ("Questa somma equivale a circa 10,8 milioni di dollari"): that amount is the same money,
# no second pledge (aidcalc.news.restated).
RESTATING_SUBJECTS = (
    "questa somma",
    "tale somma",
    "questo importo",
    "tale importo",
    "questa cifra",
    "la somma",
    "l'importo",
    "la cifra",
)

PART_BEFORE = (
    "di cui",
    "del totale,",
    "di questo totale",
    "tra cui",
    "compresi",
    "inclusi",
    "di questa somma",
    "di questo importo",
    "di questi",
    "suddivisi tra",
    "ripartiti tra",
    "comprende",
    "include",
    "comprendente",
    "in testa con",
    "nell'ambito del pacchetto",
    "nel quadro del pacchetto",
    "nell'ambito di questo pacchetto",
)
# Verbs saying a package holds what follows: an amount after one is a part of it.
PART_CONTENTS = (
    "comprende",
    "include",
    "contiene",
    "si compone di",
)
PART_AFTER = ("di questa somma", "di questo importo")

# Words saying the givers before them give one sum together: no single donor.
JOINT_DONORS = ("insieme", "congiuntamente")
# Words between a list item's giver and its amount saying it is more ("and Japan another
# $2bn"): the giver still opens the item.
FURTHER_AMOUNT = ("altri", "altre", "ulteriori")
# Words in an amount's clause saying it is given once more ("gave €3bn again"): a new
# pledge, never a repeat of an earlier row (aidcalc.news.dedup.says_further).
AGAIN_WORDS = (
    "di nuovo",
    "nuovamente",
    "ancora una volta",
)
# Words right after an amount saying it comes on top of an earlier one ("DKK 9.7bn more"):
# a new pledge, never a repeat of the earlier one.
FURTHER_AFTER = ("in più", "aggiuntivi", "aggiuntive")
# Words that make an amount the sum of the amounts beside it ("a combined €5bn", "in total").
SUM_WORDS = ("in totale", "complessivamente", "un totale di", "per un totale di", "in tutto")
# Words right before a whole whose parts follow ("Of the €5bn, €3bn came from …").
WHOLE_BEFORE = ("dei", "degli", "delle", "su")
# Labels of a table row or list item that sums the items before it (aidcalc.news.lists).
TOTAL_LABELS = ("totale", "subtotale", "somma", "in totale")
# A quote's speaker: the verbs of saying after a quote, the words of the first person plural
# inside it, and the endings of a giving, asking or needing verb in the first person plural for
# a language that drops the pronoun (“We will give …,” said the Japanese prime minister: Japan
# gives; “We need …,” said the Ukrainian president: Ukraine asks).
SPEECH_VERBS = (
    "detto dichiarato affermato dice dichiara afferma sottolineato aggiunto riferito "
    "annunciato annunciata annunciati"
)
WE_WORDS = "noi nostr* abbiamo"
WE_ENDINGS = ("remo", "iamo")
# Words pairing several givers with several amounts in order: no joint sum.
RESPECTIVELY = ("rispettivamente",)
# The thanking verbs among the receiving ones: the one thanked gives ("thanked Berlin for
# €3bn"), and a later amount is not that giver's by default (aidcalc.news.donors).
THANKING = ("ringrazi*",)
# The country whose offices this language's press names without naming it ("the
# government"): the donor of such an office when no country is named (an assumption).
HOME_COUNTRY = "ITA"
# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("un miliardo"): {word: value}.
COUNT_WORDS = {
    "un": "1",
    "uno": "1",
    "una": "1",
    "mezzo": "0.5",
    "mezza": "0.5",
    # a quarter of a scale, after "un" ("un quarto di milione di euro": 250,000)
    "quarto": "0.25",
    # small counts, read the same way before a scale word of this language ("tre miljarder")
    "due": "2",
    "tre": "3",
    "quattro": "4",
    "cinque": "5",
    "sei": "6",
    "sette": "7",
    "otto": "8",
    "nove": "9",
    "dieci": "10",
    "cento": "100",
}

# Words that make an amount asked for or refused rather than given (``aidcalc.news.candidates``:
# the row is kept, with status "rejected" and the reason in ``evidence``).
NOT_GIVING = {
    "contrast": "non solo non soltanto",
    "request": "chiesto chiede chiese chiedono chiediamo richiest* sollecit* esort*",
    "wish": "vuole bisogno fabbisogn* necessità",
    "denial": "smentit* smentisce negato",
    "refusal": "rifiut* respint* respinge bloccat*",
    "negation": "non mai",
}
# Words after a request that open what the one asked is to do ("asked Germany to give …"):
# a giving verb after one is the thing asked for, no gift (aidcalc.news.not_giving).
REQUEST_LINKS = "di"

# Phrases of the NOT_GIVING cues above.
CUE_PHRASES = (*CUE_PHRASES, "non solo", "non soltanto")

# A change of a value, not a range: the word before the first number, the word between the
# two, and verbs of change (``*`` ends a prefix), one standing before the first
# ("è passato da 2 a 3 miliardi": two amounts).
CHANGE_FROM = ("da", "di")
CHANGE_TO = ("a",)
CHANGE_BY = ("di",)  # of CHANGE_FROM: the change ("ha aumentato … di 2 milioni a 5")
CHANGE_VERBS = (
    "passat*", "passa", "passò", "aumentat*", "aumenta", "salit*", "sale", "salì",
    "cresciut*", "cresce", "crebbe", "sces*", "calat*", "cala", "ridott*", "riduce",
    "raddoppiat*", "diminuit*", "portat*",
    # issue 9 parser9: verbs of change the press uses that the table lacked
    "porta", "portano", "porterà", "portare", "alza", "alzano", "alzato", "alzare", "alzerà",
    "innalz*", "elev*", "increment*", "tagli*", "riduc*", "raddoppi*", "abbass*",
)  # fmt: skip

# Words before an amount that give a value it is compared with, not a new one
# ("3 miliardi, contro 2 miliardi": the second is the value before).
PREVIOUS_VALUE_CUES = (
    "rispetto a",
    "contro",
    "a fronte di",
)

# Nouns that label a numbered part before a dash ("Tranche 2 – 500 Mio. €", "Phase 3 – €2m"):
# the number after one is the label's, never a range's low end (issue 9 faults6 A8)
LABEL_NOUNS = (
    "tranche",
    "fase",
    "pacchetto",
    "tappa",
    "articolo",
    "allegato",
    "lotto",
    "capitolo",
    "sezione",
    "parte",
    "pilastro",
    "risoluzione",
    "zona",
    "paragrafo",
    "art.",
)

# the word for "plus" between two numbers: a sum ("2 più 3"), never a list
PLUS_WORDS = ("più",)

# A product in words before an amount ("3 times £50m"): words after a count that multiply
# it, one-word factors, and a word for "each" after them (aidcalc.parsing.products).
MULTIPLY_WORDS = ("volte",)
# Verbs multiplying an amount ("doubled its €5m pledge", "verdoppelte seine Zusage von 5 Mio.
# Euro"): the amount after them is the value before the change, the new one not written, no
# pledge (aidcalc.news.beside; "*" ends a prefix)
MULTIPLIED_VERBS = "raddoppi* triplic* quadruplic*"

# Words right beside a single amount given by several joined givers, saying each gives it
# ("Spain and Italy pledged €20m each", "jeweils 20 Millionen"): one row per giver.
EACH_WORDS = ("ciascuno", "ciascuna", "a testa")

# Money beside a pledge that is no pledge of the sentence's giver (``aidcalc.news.beside``):
# a difference ("1 miliardo in più della Francia") and money set against the pledge.
COMPARED_AFTER = ("in più della", "in più del", "in più di", "in meno della", "in meno del",
                  "in meno di", "più che", "meno che")  # fmt: skip
SET_AGAINST = ("una frazione dei", "una frazione di", "lontano dai", "rispetto ai", "contro")
RELATIVE_PRONOUNS = "che"
# Words opening a relative clause after a comma (", which has asked for …,"): a request
# inside it governs only the amounts of that clause (aidcalc.news.not_giving).
RELATIVE_CLAUSE_WORDS = "che cui quale"
# Verbs of an actor spending on itself: money so spent is no aid.
SPENDING_VERBS = "spende spendono speso spendeva"
# Budget nouns: an amount that is their value is the owner's own money, no aid.
OWN_BUDGETS = ("bilancio militare", "bilancio della difesa", "spesa militare", "spese militari")
# Possessives of the subject after a spending verb's amount: spent on itself ("its army").
OWN_POSSESSIVES = "suo sua suoi sue loro proprio propria"
# Nouns of an actor's own ends after a possessive of OWN_POSSESSIVES: its own money, no aid.
OWN_ENDS = (
    "esercito forze militari truppe soldati cittadini popolazione famiglie "
    "agricoltori industria economia bilancio difesa polizia confini pensioni "
    "pensionati"
)

# A value before a change written after the value after ("raised its aid to €8bn, after €5bn
# last year"): the word before it, then a phrase of a past period after it
# (``aidcalc.parsing.changes``).
AFTER_VALUE_WORDS = ("dopo",)
PAST_PERIODS = ("l'anno scorso", "l'anno precedente", "un anno prima")

# Phrases of the rate a restatement was converted at, written after it ("€3bn – roughly $3.2bn
# at current rates –"): part of the aside (``aidcalc.parsing.restatements``).
RATE_PHRASES = ("al cambio attuale", "al tasso di cambio attuale", "al cambio odierno")

# A running total said after a new amount: a verb, up to a few words ("…" in a frame), then a
# word for "to" right before the amount ("…, bringing their combined aid to more than €12bn"):
# that amount is cumulative (``aidcalc.news.candidates.bases_of``).
TOTAL_FRAMES = ("portando … a", "il che porta … a")

# The whole a share is taken of, after a share word and before an amount set off ("a third of
# the package (€1.3bn)"): that amount is a part of the amount before (``aidcalc.news.parts``).
SHARE_WHOLES = ("del pacchetto", "degli aiuti", "della somma", "dell'importo")

# Phrases naming the calendar week before the publication's (aidcalc.news.dates,
# docs/extraction.md): a date approximate to the week, dated by the month of its Thursday.
RELATIVE_WEEKS = (
    ("la settimana scorsa", -1),
    ("la scorsa settimana", -1),
    ("settimana scorsa", -1),
)

# Phrases beside an amount that make it a yearly amount, one year's instalment of a
# period (aidcalc.news.yearly): "€4bn a year", "jährlich 4 Mrd. Euro", "4 mld zł rocznie".
PER_YEAR = (
    "all'anno",
    "l'anno",
    "ogni anno",
    "annualmente",
    "annui",
    "per anno",
)
# A rate per unit, no total: these phrases right after an amount (a preposition that is
# also "for" or "to" elsewhere, so only with its noun of a unit). No pledge row counts it
# (aidcalc.news.beside); a PER_YEAR phrase is yearly instead.
PER_UNIT_PHRASES = (
    "a famiglia",
    "a persona",
    "al giorno",
    "al mese",
    "a testa",
    "per famiglia",
    "per persona",
    "a settimana",
)
# Nouns of the parts a sum is paid in: "two tranches of €5m" is one of several, no total
# (aidcalc.news.beside)
PART_UNIT_NOUNS = ("tranche", "rata", "rate", "pagamento", "pagamenti")
# Times after a slash or a pace ("€5m/month"): money given at a pace, no rate of a unit
PACE_NOUNS = ("anno", "mese", "settimana", "giorno")

# Words right after a PER_YEAR phrase that make it a time, no rate ("a year ago").
PER_YEAR_NOT_BEFORE = (
    "scorso",
    "prossimo",
    "passato",
    "precedente",
    "successivo",
    "prima",
    "dopo",
    "venturo",
)
# Words before a year, or before an IN_YEAR phrase, that make the year the end of a period,
# no value date ("fino al 2027"; aidcalc.news.dates); UNTIL_LINKS may stand between.
UNTIL = ("fino",)
UNTIL_LINKS = ("al", "a", "tutto", "il", "fine", "del")
# words joining the two years of a span ("2025 to 2027"), beside UNTIL (aidcalc.news.yearly)
SPAN_LINKS = ("al", "a")
# Words between an amount and a figure the parser reads as no amount ("60 million", no
# currency) that put the figure in a clause of another time, a comparison or a past
# perfect's auxiliary: "…, rispetto a 60 milioni nel 2023" dates the figure only
# (aidcalc.news.figures).
OTHER_TIME_WORDS = ("aveva", "avevano", "rispetto a", "a fronte di", "contro")

# Money that is no gift, whoever's it is (aidcalc.news.other_money): {kind: words}; a word
# ending in "*" stands for every word it begins, words with a space for that phrase.
OTHER_MONEY = {
    # a need stated as a noun (KINDS_STATED: no gift in a clause with no giving verb)
    "need": (
        "fabbisogno finanziario",
        "necessità di finanziamento",
    ),
    "damage": "distrutto distrutta distrutti distrutte distruzione danni danno danneggiat*",
    "loss": "perso persi perdite perdita",
    "trade": "commercio esportazioni importazioni venduto venduti",
    "revenue": "entrate ricavi",
    "debt": "debito debiti",
    # Figures stated, not given: they count in a clause with no giving verb (KINDS_STATED).
    "estimate": (
        "costare costerà costeranno costerebbe stima stimano stimato stimata stimati stimate"
    ),
    "stock": (
        "riserve",
        "pil",
        "deficit",
        "disavanzo",
        "finanziamento esterno",
        "finanziamenti esterni",
    ),
    "conditional": "significherebbe comporterebbe equivarrebbe rappresenterebbe",
    # A figure stated by a valuation verb: no pledge unless aid is its subject (KINDS_STATED).
    "valuation": ("ammonta a", "ammontano a", "ammontava a", "ammontavano a"),
    # the price of a thing, stated: no gift in a clause with no giving verb (KINDS_STATED)
    "price": "costo costi costa costerà prezzo",
}
# Words that may stand between an amount and a word of OTHER_MONEY after it ("€2bn in
# damage"); any other word between ("€500m for damage repair") keeps it apart.
OTHER_MONEY_LINKS = "di in"

# Words between a share and the whole it is taken of, written after it as an amount ("3 miliardi
# dei 9 miliardi", "un terzo su 9 miliardi").
SHARE_OF_LINKS = ("di", "dei", "degli", "delle", "su", "sui", "del", "della", "dello", "dell")

# Words in a quote naming its speakers as the givers of money it receives ("Ukraine will get
# €2bn from us"): the speaker's country gives (aidcalc.news.donors, rule 4).
FROM_US = ("da noi", "da parte nostra")
# Words opening a clause of another subject after an amount ("…, while France will consider
# …", "…, tandis que la France envisage …"): the country right after them (articles between)
# is the subject of its clause, whatever its verb (aidcalc.news.donors, rule 4).
CONTRAST_OPENERS = ("mentre", "invece")
# Words for a country's givers ("Ukraine's allies", "die Verbündeten der Ukraine"): as the
# subject of a giving verb, with that country as possessor or genitive, the money is several
# givers' (collective) and that country receives it (aidcalc.news.donors, rule 3).
ALLY_WORDS = ("alleati", "partner", "donatori")
# "vedersi" before a giving verb: its subject receives ("l'Ucraina si è vista promettere 2
# miliardi dagli alleati"; aidcalc.news.donors, rule 3).
SUBJECT_RECEIVES = (
    "si è vista",
    "si è visto",
    "si sono visti",
    "si sono viste",
    "si vede",
    "si vedrà",
    "si vedono",
)
# Words between a list item's giver and its amount after the first one ("…, Germany leading with
# €4bn", "…, darunter Deutschland mit 4 Mrd. Euro"): that country gives that amount.
ITEM_WITH = ("in testa con", "con")

# A whole named after a part (aidcalc.news.beside, rule 6; docs/extraction.md): the part, a link
# (``SHARE_OF_LINKS``, or one of ``WHOLE_FROM`` that names a whole only with a noun), then a noun
# phrase and the whole's amount. ``WHOLE_NOUNS`` are the nouns of such a phrase, as stems a word
# holds (any ending, any compound: "pakiet" in "pakietu", "paket" in "Hilfspaket");
# ``WHOLE_WORTH`` the words between that noun and the whole's amount ("worth", "o wartości").
WHOLE_FROM = ("dal", "dalla", "dallo", "dai", "dagli", "dalle", "dall")
WHOLE_NOUNS = (
    "pacchett",
    "fond",
    "stanziament",
    "bilanci",
    "programm",
    "tranch",
    "import",
    "somm",
    "total",
    "dotazion",
    "plafond",
    "prestit",
    "strument",
    "meccanism",
    "piano",
)
WHOLE_WORTH = ("da", "di", "del valore di", "dal valore di", "pari a", "per un totale di")

# Headings of a pasted table's column that numbers its rows: identifiers, no money
# (aidcalc.news.header_tables).
ID_HEADERS = ("n.", "n°", "numero")

# Headings of a pasted table's label column that name recipients, not givers
# (aidcalc.news.article_tables).
RECIPIENT_HEADERS = (
    "destinatario",
    "beneficiario",
    "paese beneficiario",
    "destinazione",
    "finalità",
    "scopo",
)

# A correction note (aidcalc.news.corrections): its label before a colon ("Correction:"), the
# phrases naming the figure an earlier version gave (retracted), and a "not" before a retracted
# figure in the note ("…, not 257 million").
CORRECTION_LABELS = ("rettifica", "correzione", "errata corrige")
EARLIER_VERSION = (
    "una versione precedente",
    "nella precedente versione",
    "una precedente versione",
)
CORRECTION_NOT = ("non", "e non")
# Words in a sentence naming an earlier version that introduce the right figure after the
# retracted one ("…; the correct figure is …"; aidcalc.news.corrections).
# Phrases naming what was reported before ("it was earlier reported"): a retracted figure only when
# a word of CORRECT_FIGURE follows in the same sentence (aidcalc.news.corrections).
EARLIER_REPORT = ("inizialmente era stato riferito", "in un primo momento si era parlato")
CORRECT_FIGURE = ("corretta", "corretto", "esatta", "esatto", "in realtà", "rettificato")

# A person's titles (aidcalc.news.persons): a country name right after one, perhaps after
# first names, is a surname ("o primeiro-ministro, Luís Montenegro").
PERSON_TITLES = (
    "presidente",
    "premier",
    "ministro",
    "ministra",
    "cancelliere",
    "ambasciatore",
    "ambasciatrice",
    "signor",
    "signora",
)

# Phrases opening a sentence that break down a total said a sentence or a few before; "#" is
# the number the total is restated by (aidcalc.news.parts.opens_breakdown).
BREAKDOWN_OPENERS = (
    "di questi",
    "di queste",
    "di questa somma",
    "di questo importo",
    "di questo stanziamento",
    "del totale",
    "dei #",
    "delle #",
)
# The rest of a whole, set off right before an amount or standing right before it: a
# part of the amount before (aidcalc.news.parts).
REST_WORDS = ("il resto", "i restanti", "le restanti", "il restante", "i rimanenti", "le rimanenti")
# The rest of a whole, right after an amount ("10 millions restants"): a part too.
REST_AFTER = ("restanti", "rimanenti", "restante", "rimanente")

# Nouns of war and invasion (our own list, issue F10/F11 of trial 13): a demonym right beside
# one ("Russian invasion", "invasão russa") names the aggressor, never a recipient
# (aidcalc.news.donors).
WAR_NOUNS = "invasione invasion* guerra* aggressione aggression* attacc* offensiva* occupazione"
# Words saying a sentence's money comes on top of what an earlier sentence stated ("will also
# give"): its row is new, never the earlier sentence's running total (aidcalc.news.candidates).
ON_TOP = ("anche", "inoltre", "in aggiunta", "altresì")
# Phrases restating the value of a package named before ("total value of"): the package's own
# pledge, not a running total of all aid (aidcalc.news.candidates.bases_of).
PACKAGE_VALUE = ("valore complessivo di", "valore totale di", "un valore complessivo di")

# Words of a state's budget or spending frame: with a year beside them, the amounts after them
# are that year's allocation of the budget's country (aidcalc.news.budget_lines).
BUDGET_NOUNS = "bilancio"

# Phrases dating a sentence's money on the day of the sentence before it ("the same day"):
# aidcalc.news.candidates takes the day of the latest earlier row that states one.
SAME_DAY = ("lo stesso giorno", "nello stesso giorno", "il giorno stesso", "quello stesso giorno")

# The word for "today": the day its text counts from, a dateline's when one stands above it
# (aidcalc.news.dates.today_date).
TODAY = ("oggi",)
# Channel words (issue actors15): phrases, folded, before the organisations that pay the money
# out for a giver ("via UNDP and the EU"): such an organisation, and the ones joined to it, is a
# channel, neither giver nor recipient (aidcalc.news.donors).
CHANNEL_WORDS = (
    "tramite",
    "attraverso",
    "per il tramite di",
    "per mezzo di",
)
# Venue words (issue actors15): stems of the nouns of an event ("ceremony", "conference",
# "summit", "meeting"); a place after one and a word of place ("at a ceremony in Paris") is
# where it happens, never a giver or recipient (aidcalc.news.donors).
VENUE_WORDS = (
    "cerimonia",
    "conferenza",
    "vertice",
    "riunione",
    "incontro",
    "forum",
)

# Verbs of a sum of aid (pledgefaults16), an aid noun (``AID_NOUNS``, no whole's noun of
# ``WHOLE_NOUNS``) their subject before them and the amount right after them: a sum reached
# (``REACH_VERBS``: the aid given so far, cumulative, an allocation: "Germany's aid to Ukraine
# reached €5bn") or a sum the aid came to (``SUM_VERBS``: an allocation, its basis left to the
# other words; a year's aid may come to it). ``REACH_VERBS_AFTER``: verb last, the amount right
# before it (``aidcalc.news.reached``).
REACH_VERBS = (
    "ha raggiunto",
    "raggiunse",
    # the present of a standing total: the aid so far
    "ammonta ora a",
    "ammonta ormai a",
)
RANKING_AFTER = ("resta il più", "resta la più", "rimane il più", "rimane la più")
SUM_VERBS = ("è ammontato a", "è ammontata a", "ammontava a")

# Participles of acts of war (pledgefaults16): a country right after one, an agent's word or
# determiners between ("occupied by Russia", "оккупированные Россией"), or after an agent's
# word right before one ("von Russland besetzten"), wages the war: no actor of aid
# (``aidcalc.news.donors.aggressor``).
WAR_PARTICIPLES = "occupat* annessi annesse distrutt* bombardat*"

# Nouns of an appeal or a call for money, and forms of asking the request verbs miss
# (aidcalc.news.not_giving): money an appeal asks for is a request, no pledge of the one
# appealing. Merged into NOT_GIVING's "request" cues (aidcalc.words.build).
APPEAL_WORDS = ("appello", "appelli", "piano di risposta umanitaria")

# Head nouns of an organisation's name ("*" ends a prefix; a leading "*" a compound's head):
# one in the subject of a giving verb where no known giver stands names a giver the gazetteer
# does not know, never an earlier sentence's donor (aidcalc.news.donors).
ORGANISATION_NOUNS = ("banca", "fondo", "agenzia", "fondazione", "programma", "organizzazione")

# Words between a noun of an event and the country it is about ("the conference on Lebanon"):
# that country receives the event's money, never gives it (aidcalc.news.donors).
EVENT_TOPICS = "su sul sulla sullo per"

# The word for a thousand inside one glued compound number ("duemilacinquecento, milleduecento"):
# read as [count] thousand [rest], each part a number word of the language under a
# thousand (aidcalc.parsing.number_spans, issue 9 item 16).
GLUED_THOUSANDS = ("mila", "mille")

# Coins and notes after a currency: a face value counted ("10 thousand 2 euro coins"): a
# bare number after a thousand before it is no addend (``number_spans.face_value_after``).
COIN_NOUNS = ("moneta", "monete", "banconota", "banconote")

# A new level set for a whole ("raise … to", ``aidcalc.news.candidates.bases_of``): the verb,
# "…" up to ten words, the word for "to" before the amount; with a noun of LEVEL_NOUNS the
# amount is the whole's new size (probe 24: "ha aumentato il suo impegno … a 5 milioni").
RAISE_FRAMES = (
    "aumentato … a",
    "aumenta … a",
    "alzato … a",
    "portato … a",
    "elevato … a",
    "innalzato … a",
)
LEVEL_NOUNS = "impegno impegni fondo* fondi programma* pacchetto* tetto* promessa promesse"

# Possessive determiners: after a verb of change they make its object the giver's own
# ("raised its total commitment … by €2m to €5m": a change, ``aidcalc.parsing.changes``).
POSSESSIVE_DETERMINERS = ("suo", "sua", "suoi", "loro")
