"""German (de): qualifiers, range words, restatement links, news cues, date words, language
inference, place short forms and sentence abbreviations, as plain data.

Curated by the project from news text in German (aid announcements and reports); no outside word
list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``).
NEGATIONS = ("nicht",)

QUALIFIERS = {
    "approx": ["rund", "etwa", "ca.", "circa", "ungefähr", "zirka"],
    "over": [
        "über",
        "mehr als",
        "mindestens",
        "knapp über",
        "ueber",
        "ab",
        "übersteigt",
        "übersteigen",
        "überstieg",
        "überstiegen",
        "übertrifft",
    ],
    "under": ["weniger als", "unter", "fast", "beinahe", "knapp", "nahezu"],
    "up_to": ["bis zu", "maximal", "höchstens", "bis"],
}

# Qualifiers written after the amount, at the end of its clause ("5 Mio. Euro oder mehr"):
# over, and "or less", at most (``aidcalc.parsing.grammar``: a word for "than" after
# them is no end)
QUALIFIERS_AFTER = {"oder mehr": "over", "oder weniger": "up_to"}

# Verbs of exceeding ("exceeds"): an amount they stand before in its clause, its subject
# between ("Seit Kriegsbeginn übersteigt die Hilfe 30 Mrd. Euro"), is a lower bound,
# qualifier ``over`` (aidcalc.news.exceeds).
EXCEED_VERBS = "übersteigt übersteigen überstieg überstiegen übertrifft übertreffen"

# Qualifier forms that, right after one of these nouns (or a compound ending in one, plural
# too), name the worth of the thing and bound nothing: "ein Paket über 1,4 Mrd. Euro" is a
# package of 1.4 billion, "ein Scheck über 50.000 Euro" a cheque for 50,000 (plurals with an
# umlaut are listed as well: "Verträge"). After a word that
# is no such noun ("im Wert von über", "erhielt über") the form stays a bound.
_WORTH_NOUNS = (
    "paket",
    "scheck",
    "vertrag",
    "verträge",
    "auftrag",
    "aufträge",
    "kredit",
    "darlehen",
    "rechnung",
    "anleihe",
    "bürgschaft",
    "vereinbarung",
    "abkommen",
    "überweisung",
    "bestellung",
    "garantie",
    "zusage",
    "zuschuss",
    "tranche",
    "spende",
    "gutschein",
    "deal",
    # nouns of aid: "Hilfe über CZK 800 Mio.", "Militärhilfe über 1 Mrd. Euro", "eine
    # Unterstützung über 50 Mio. Euro" name the aid's amount, as "ein Paket über" does
    "hilfe",
    "unterstützung",
    "förderung",
    "zahlung",
    "zuschüsse",
    "finanzierung",
    # an appeal's sum: "ein Spendenaufruf über 4,2 Mrd. Dollar", "Appell über 300 Mio. Euro"
    "aufruf",
    "appell",
)
WORTH_AFTER_NOUNS = {"über": _WORTH_NOUNS, "ueber": _WORTH_NOUNS}

# Words that join main and minor units ("20 dollars and 43 cents").
CONJUNCTIONS = ("und",)

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("umgerechnet", "oder", "d h", "das sind", "das heißt", "also")

# Words after which a currency name may lead its number ("at dollar 22.5 million").
NAME_MAY_FOLLOW = ("bei", "von", "für")

# Words that join the low and high ends of a range.
RANGE_JOINERS = ("bis", "und")

# Joiners that make a range without an opener ("300 to 400 million").
RANGE_JOINERS_ALONE = ("bis",)

# Words that open a range ("between").
RANGE_OPENERS = ("zwischen", "von")

# News cues (``aidcalc.news.cues``): a cue is a word or phrase, ``*`` ends a prefix, ``####``
# stands for a year. Verbs whose subject gives or gets; "aux" are auxiliaries.
VERBS = {
    "give": (
        "stellt stellte* bereitgestellt bereitstell* zugesagt sagt sagte sagten gewährt* "
        "liefert* überweist überwies kündigt* angekündigt gibt gab spendet* "
        "bewilligt* zahlt* zahlen gezahlt leistet* unterstützt* stockt* finanziert* "
        # the past and perfect forms of promising, assuring, giving, delivering, paying
        "versprach versprachen verspricht versprochen zugesichert sicherte sicherten sichert "
        "gegeben geliefert gespendet geleistet überwiesen vergab vergeben zugewiesen "
        # a split verb joined again at the end of a subordinate clause (", das … zusagte")
        "zusagt zusagte zusagten zusicherte zusicherten"
    ),
    # thanking reverses the roles as receiving does: the one thanked gives
    "receive": "erhält erhielt erhalten bekommt bekam bekommen dankte dankt bedankte* bedankt",
    "aux": "hat haben habe hatte hatten wird werden wurde wurden will",
}

# Words that tell a pledge's category.
CATEGORIES = {
    "military": (
        "militär* Drohne* Rakete* Munition* Flugabwehr* Luftverteidigung* Panzer* "
        "gepanzert* elektronische Kampfführung Waffe* Artillerie* Haubitze* "
        "Hubschrauber* Geschoss* Granate* Rüstung* Sprengstoff*"
    ),
    "financial": (
        "Haushaltshilfe* Budgethilfe* Budgetunterstützung* Haushaltsunterstützung* "
        "Kredit* Darlehen* Zuschuss* Zuschüsse* finanziell* Finanzhilfe* "
        "Makrofinanzhilfe*"
    ),
    "humanitarian": (
        "humanitär* Winter* Energie* Generator* medizinisch* Lebensmittel* Flüchtling*"
    ),
}

# Words that make an amount a running total.
BASIS = {
    "cumulative": (
        "insgesamt bisher bislang seit seither bis jetzt bis heute Gesamtwert* "
        "Gesamtumfang* Gesamthöhe*"
        " damit steigt steigt damit summiert sich"
        " von Beginn an"
    ),
    "already": "bereits schon",
}

# Words that make an amount a pledge: announced, planned, promised, future.
INTENTION = {
    "pledge": (
        "zugesagt zusag* Zusage* angekündigt kündigt* will wollen plant* geplant "
        "versprochen verspr* soll sollen wird werden beschlossen beschließt"
    ),
}

# Words that tell the measure of an amount (docs/extraction.md, "Measure").
MEASURE = {
    "allocation": (
        "zugewiesen zuweis* Zuweisung* bereitgestellt stellte* geliefert lieferte* "
        "überwies* übergeben gewährte* geleistet leistete* "
        # the past of giving: given is delivered ("Deutschland gab … 3 Mrd.", "hat … gegeben")
        "gab gaben gegeben"
    ),
    # money received ("received … from", "надійшло від") has been paid out: a disbursement
    "disbursement": (
        "ausgezahlt auszahl* Auszahlung* erhielt erhielten erhalten bekam bekamen bekommen"
    ),
    "commitment": "verpflichtet* Verpflichtung*",
}

# The future tense (a month after the publication month is then ahead, not behind).
FUTURE = {
    "future": "wird werden soll sollen will wollen",
}

# Cues above that are phrases of several words.
CUE_PHRASES = ("elektronische Kampfführung", "bis jetzt", "bis heute")

# Words before a date that make it the start of a period, not the value date.
SINCE = ("seit",)

# Words before a bare year that make it a value date ("in 2023").
IN_YEAR = (
    "im",
    "in",
    "im jahr",
    "im jahre",
    "in dem jahr",
    "im laufe des jahres",
)  # "im Jahr 2023"
# Phrases before a list of years, each the year of one amount of a list before it ("€5m, €6m
# and €7m in 2024, 2025 and 2026": aidcalc.news.dates.respective_years).
IN_YEARS = ("in den jahren", "für")

# Phrases naming a year relative to the publication date, with the years they add to its
# year (aidcalc.news.dates): "last year" is -1.
RELATIVE_YEARS = (
    ("im vorjahr", -1),
    ("letztes jahr", -1),
    ("im vergangenen jahr", -1),
    ("vergangenes jahr", -1),
    ("im letzten jahr", -1),
    ("in diesem jahr", 0),
    ("im laufenden jahr", 0),
    ("laufenden jahres", 0),
    ("dieses jahr", 0),
    ("voriges jahr", -1),
    ("vergangenen jahres", -1),
    ("letzten jahres", -1),
    ("nächstes jahr", 1),
    ("im nächsten jahr", 1),
    ("im kommenden jahr", 1),
    ("kommendes jahr", 1),
    ("nächsten jahres", 1),
    ("kommenden jahres", 1),
)
# Phrases naming a year from the year named before them in the sentence, with the years they
# add to it (aidcalc.news.dates): "the year before" is -1.
ANCHORED_YEARS = (
    ("im jahr davor", -1),
    ("ein jahr zuvor", -1),
    ("ein jahr früher", -1),
    ("im jahr zuvor", -1),
    ("im vorangegangenen jahr", -1),
    ("ein jahr später", 1),
    ("im jahr darauf", 1),
    ("im folgenden jahr", 1),
)
# Nouns of a country's economy (GDP): a year right after them, or before them, is the
# year of that measure and dates no amount (aidcalc.news.dates).
ECONOMY_NOUNS = (
    "BIP",
    "Bruttoinlandsprodukt",
    "Bruttoinlandsprodukts",
    "Bruttoinlandsproduktes",
)
# Relative pronouns opening a clause after a comma ("Japan, which gave $1bn in 2023, …"): a date
# in that clause is its own amount's, never the date of the rest of the sentence.
RELATIVE_WORDS = "der die das dem den denen dessen deren welche welcher welches welchen welchem"
# Words right before a RELATIVE_YEARS phrase that make it a comparison, no date ("the same as
# last year", "up from last year").
# Words opening a clause after a comma that liken the sentence's giving to another's
# ("France pledged €5m, matching the pledge of Germany", "…, as did Germany"): a country
# in that clause is compared with, no recipient (``aidcalc.news.donors``).
LIKENESS_OPENERS = (
    "wie",
    "ebenso wie",
    "genau wie",
    "so viel wie",
    "ähnlich wie",
    "anders als",
    "mehr als",
    "weniger als",
    "doppelt so viel wie",
    "im vergleich zu",
)

COMPARED_WORDS = (
    "wie",
    "als",
    "gegenüber",
    "zum",
)

# Frequent function words, for telling the language of a text.
# The prepositions and particles a caption or a headline keeps when it drops its articles
# ("Scholz beim Besuch in Kiew", "Hilfe seit Kriegsbeginn"), which no other supported language
# writes: without them the English "in" of such a caption made it English.
STOP_WORDS = (
    "der die das und ist mit für den dem von nicht sich hat wird auf des im zu eine"
    " beim bei seit nach zum zur auch aus"
)

# Letters only this language uses among the supported ones of its script.
LETTERS = "äöüß"

# Short forms and codes of countries in news text (matched exactly, case kept; in
# inflected languages a stem).
PLACE_SHORT_FORMS = {
    "USA": "USA",
    "EU": "EU",
    "EU-Kommission": "EU",
    "Großbritannien": "GBR",
    "Moldau": "MDA",
    "Gazastreifen": "PSE",
    "Westjordanland": "PSE",
    "Palästina": "PSE",
}

# How many letters may follow a place name's form in a word (inflection, endings).
# A main clause may put the subject after its second-place verb ("Im Februar sagte …").
VERB_SECOND = True

EXTRA_LETTERS = 3

# Abbreviations that end in a period inside a sentence (folded, without the period).
ABBREVIATIONS = "z.b bzw ggf d.h u.a usw vgl mio mrd tsd hr fr abs"

# --- Who gives (aidcalc.news.institutions, aidcalc.news.donors) -------------------------------
# A block of its own: the words that tell which country or body a pledge's giver is (see en.py
# for what each name means).

INSTITUTIONS = {
    "": (
        "Regierung*",
        "Bundesregierung*",
        "Landesregierung*",
        "Kabinett*",
        "Parlament*",
        "Verteidigungsministeri*",
        "Außenministeri*",
        "Finanzministeri*",
        "Ministeri*",
        "Kanzleramt*",
        "Bundeskanzleramt*",
        "Bundeskanzler*",
        "Kanzler*",
        "Regierungschef*",
        "Ministerpräsident*",
        "Präsident*",
        "Verteidigungsminister*",
        "Außenminister*",
        "Finanzminister*",
        "Streitkräfte*",
    ),
    "USA": ("Pentagon*", "Weiße* Haus*", "Weißen Haus*", "US-Kongress*"),
    "DEU": ("Bundestag*", "Bundeswehr*", "Bundesrat*"),
    "AUT": ("Bundesheer*", "Nationalrat*"),
    "FRA": ("Élysée*", "Elysée*"),
    "GBR": ("Downing Street",),
    "EU": (
        "EU-Kommission",
        "Europäische* Kommission",
        "Europäischen Kommission",
        "Europäische* Rat*",
        "Europäischen Rat*",
        "Rat der EU",
        "Europäische* Parlament*",
        "Europäischen Parlament*",
        "Europäische* Friedensfazilität",
        "Europäischen Friedensfazilität",
    ),
    "EIB": ("Europäische* Investitionsbank", "Europäischen Investitionsbank", "EIB"),
    "EBRD": ("Osteuropabank", "EBWE", "EBRD"),
    "WBG": ("Weltbank",),
    "IMF": ("Internationale* Währungsfonds*", "Internationalen Währungsfonds*", "IWF"),
    "IDB": ("Interamerikanische* Entwicklungsbank",),
    "AFDB": ("Afrikanische* Entwicklungsbank",),
    "ADB": ("Asiatische* Entwicklungsbank",),
    "ISDB": ("Islamische* Entwicklungsbank",),
    "AIIB": ("Asiatische* Infrastrukturinvestmentbank", "Asiatische* Infrastruktur-Investmentbank"),
    "CEB": ("Entwicklungsbank des Europarat*",),
}

# A name's ending that only the genitive has, after an aid noun: its giver ("die Zusage
# Deutschlands", "die Hilfe Polens"); a name written whole ("Belarus") is no such form.
NAME_ENDINGS = {"owner": "s"}
AID_NOUNS = (
    "Hilfe* Unterstützung* Hilfspaket* Paket* Beitrag* Beiträge* Zusage* Finanzierung* "
    "Kredit* Darlehen* Zuschuss* Spende*"
)

# Phrases that make the money of a sentence a collective one, with no single donor
# ("pledges from 14 governments", "together with other lenders, Japan …").
COLLECTIVE_DONORS = (
    "zusammen mit anderen",
    "gemeinsam mit anderen",
    "Zusagen von",
    "Zusagen aus",
    "die Geber",
    "Geberländer",
    "internationale Geber",
    "die G7-Staaten",
    "Konferenz wurden insgesamt",
    "Geberkonferenz wurden insgesamt",
)

AGENT_MARKERS = "von vom durch seitens aus"
# Words before a country after a part of a whole that name where the part comes from, its
# giver ("Of that, €1bn will come from Germany"; aidcalc.news.donors.part_source).
PART_SOURCES = "aus von vom"
# Auxiliaries of the passive ("Ägypten wurden … zugesagt"): the subject receives, the agent
# after "von" gives.
PASSIVE_AUXILIARIES = "wurde wurden wird werden worden"
RECIPIENT_MARKERS = "an für der dem"
# Words before a way or model of giving ("through the Danish model"): a nationality adjective
# after them names no actor (aidcalc.news.donors).
MEANS_MARKERS = "über nach gemäß"
DETERMINERS = "die der das den dem des"
GENITIVE_LINKS = "der des von"
# Nouns of a state's form between an office and its country ("der Bundesrepublik Deutschland", "des
# Königreichs Norwegen"): the country still owns the office (aidcalc.news.donors).
STATE_NOUNS = "republik bundesrepublik königreichs königreich"
# Stems of a fund's or programme's noun, held in a word ("der Energiefonds von der Ukraine"):
# the country its genitive link names owns the fund and receives, never gives
# (aidcalc.news.donors).
FUND_NOUNS = ("fonds", "programm")
# "im" is "in dem": "für humanitäre Hilfe im Sudan" places the aid as "in" does
SEAT_LINKS = "in im"
# Meetings named by their city ("the Paris conference"): that capital is a venue, no actor.
MEETING_WORDS = "konferenz geberkonferenz gipfel treffen"
# Verbs of being between an amount and the same money in another currency ("C$40 million is
# roughly US$28 million"): the second restates the first (aidcalc.news.restated).
COPULAS = "ist sind war entspricht"
# Subjects naming the money said just before, opening a sentence that only restates it in another
# currency ("Diese Summe entspricht rund 10,8 Millionen Dollar"): that amount is the same money, no
# second pledge (aidcalc.news.restated).
RESTATING_SUBJECTS = (
    "diese Summe",
    "dieser Betrag",
    "die Summe",
    "der Betrag",
    "dieses Geld",
    "diese Mittel",
)

PART_BEFORE = (
    "davon",
    "darunter",
    "einschließlich",
    "inklusive",
    "u.a.",
    "von dieser Summe",
    "von diesem Betrag",
    "bestehend aus",
    "aufgeteilt auf",
    "aufgeteilt in",
    "umfasst",
    "enthält",
    "beinhaltet",
    "an der Spitze mit",
    "vorneweg mit",
    "allen voran",
    "im Rahmen des Pakets",
    "im Rahmen des Paketes",
    "im Rahmen dieses Pakets",
    "im Rahmen dieser Summe",
)
# Words after a PART_BEFORE phrase making it one of reason, no part ("davon unabhängig").
PART_NOT_BEFORE = ("unabhängig", "abgesehen", "ausgenommen")
# Verbs saying a package holds what follows: an amount after one is a part of it.
PART_CONTENTS = (
    "umfasst",
    "enthält",
    "beinhaltet",
    "besteht aus",
)
PART_AFTER = ("davon",)

# Words saying the givers before them give one sum together: no single donor.
JOINT_DONORS = ("gemeinsam", "zusammen")
# Words between a list item's giver and its amount saying it is more ("and Japan another
# $2bn"): the giver still opens the item.
FURTHER_AMOUNT = ("weitere", "weiteren", "zusätzliche", "zusätzlich", "nochmals", "noch einmal")
# Words in an amount's clause saying it is given once more ("gave €3bn again"): a new
# pledge, never a repeat of an earlier row (aidcalc.news.dedup.says_further).
AGAIN_WORDS = (
    "erneut",
    "wieder",
    "abermals",
    "wiederum",
)
# Words right after an amount saying it comes on top of an earlier one ("DKK 9.7bn more"):
# a new pledge, never a repeat of the earlier one.
FURTHER_AFTER = ("mehr", "zusätzlich", "extra")
# Words that make an amount the sum of the amounts beside it ("a combined €5bn", "in total").
SUM_WORDS = ("insgesamt", "zusammen", "gesamt", "in Summe", "Gesamtsumme")
# Words right before a whole whose parts follow ("Of the €5bn, €3bn came from …").
WHOLE_BEFORE = ("von den", "von diesen", "von der")
# Labels of a table row or list item that sums the items before it (aidcalc.news.lists).
TOTAL_LABELS = (
    "gesamt",
    "insgesamt",
    "summe",
    "gesamtsumme",
    "zwischensumme",
    "zusammen",
    "gesamtbetrag",
)
# Labels of a list item or table row of givers no name says ("- Others: €1bn",
# aidcalc.news.lists): money of no one country.
OTHER_LABELS = ("sonstige", "andere", "übrige", "andere geber", "sonstige geber", "rest")
# Thanking verbs among the receiving ones: the one thanked is their object, never their
# subject, even right after the verb ("Selenskyj dankte Berlin für …").
THANKING = ("dankte", "dankt", "dankten", "bedankte*", "bedankt", "gedankt")
# A quote's speaker: the verbs of saying after a quote, the words of the first person plural
# inside it, and the endings of a giving, asking or needing verb in the first person plural for
# a language that drops the pronoun (“We will give …,” said the Japanese prime minister: Japan
# gives; “We need …,” said the Ukrainian president: Ukraine asks).
SPEECH_VERBS = (
    "sagte sagten sagt erklärte erklärten erklärt betonte betont schrieb teilte teilten laut "
    "zufolge"
)
WE_WORDS = "wir unser* uns"
WE_ENDINGS = ()
# Words pairing several givers with several amounts in order: no joint sum.
RESPECTIVELY = ("jeweils", "beziehungsweise", "bzw.")
# The country whose offices this language's press names without naming it ("the
# government"): the donor of such an office when no country is named (an assumption).
HOME_COUNTRY = "DEU"

# Words between a part and its whole when only the whole writes the currency: the part is in
# the whole's currency ("3 Mrd. von 9 Mrd. Euro", "3 Mrd. der 9 Mrd. Euro";
# ``aidcalc.parsing.shared``).
PART_OF_LINKS = ("von", "von den", "der")

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("und", "sowie", "bzw", "beziehungsweise")
LIST_OR = ("oder",)

# The word for the decimal mark in a number spelled out ("two point five"): a decimal
# written in words, read in English, refused in the others (never the part after it).
DECIMAL_WORDS = ("komma",)

# Fractions before a spelled number, which are not read (a third is no Decimal): the
# text is refused, never read as the number after them; ``FRACTION_LINKS`` may stand
# between ("a third of a billion").
UNREAD_FRACTIONS = ("drittel", "viertel", "fünftel", "zehntel", "hälfte")

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = ("davon", "darunter", "weitere", "und weitere", "davon allein", "zusätzlich")
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("für", "an", "zur", "zum", "in")
# Verbs of money going somewhere after such an amount ("4 millions iront à …").
PART_VERBS = (
    "gehen",
    "geht",
    "fließen",
    "fließt",
)

# Words that may stand between a scaled number and the currency name it counts ("900 million
# emergency euros", "20 million additional dollars").
AMOUNT_ADJECTIVES = ("zusätzliche", "zusätzlichen", "weitere", "neue", "frische", "mehr")

# Everyday words CLDR also gives as a currency name: "Rand" (an edge), "Mark" (marrow; a brand).
COMMON_NOUNS = "rand mark"
# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("eine Milliarde"): {word: value}.
COUNT_WORDS = {
    "ein": "1",
    "eine": "1",
    "einer": "1",
    "einen": "1",
    "einem": "1",
    # small counts, read the same way before a scale word of this language ("tre miljarder")
    "zwei": "2",
    "drei": "3",
    "vier": "4",
    "fünf": "5",
    "sechs": "6",
    "sieben": "7",
    "acht": "8",
    "neun": "9",
    "zehn": "10",
    "hundert": "100",
    # a whole and a half in one word ("eineinhalb Milliarden Euro", "anderthalb Millionen")
    "eineinhalb": "1.5",
    "anderthalb": "1.5",
    "zweieinhalb": "2.5",
    "dreieinhalb": "3.5",
    "viereinhalb": "4.5",
    "fünfeinhalb": "5.5",
    # a half after the word for one ("eine halbe Milliarde Euro", "einer halben Million")
    "halbe": "0.5",
    "halben": "0.5",
}

# Words that make an amount asked for or refused rather than given (``aidcalc.news.candidates``:
# the row is kept, with status "rejected" and the reason in ``evidence``).
NOT_GIVING = {
    "contrast": "nicht nur",
    "request": (
        "bat bittet bitten forderte fordert fordern verlangt* ersucht* appellier* gebeten Bitte"
        " aufgerufen aufgefordert"
    ),
    "wish": "braucht brauchen brauche bräuchte brauchte bräuchten brauchten benötig* Bedarf",
    "denial": "dementier* bestritt* bestreitet bestritten",
    "refusal": "lehnte lehnt ablehn* abgelehnt verweigert* weigert* blockiert*",
    "negation": "nicht nie niemals",
}
# Words after a request that open what the one asked is to do ("asked Germany to give …"):
# a giving verb after one is the thing asked for, no gift (aidcalc.news.not_giving).
REQUEST_LINKS = "zu"

# Phrases of the NOT_GIVING cues above.
CUE_PHRASES = (*CUE_PHRASES, "nicht nur")

# A change of a value, not a range: the word before the first number, the word between the
# two, and verbs of change (``*`` ends a prefix), one standing before the first
# ("stieg von 5 auf 8 Milliarden Euro": two amounts).
CHANGE_FROM = ("von", "um")
CHANGE_TO = ("auf",)
CHANGE_BY = ("um",)  # of CHANGE_FROM: the change, never the value before
# "von … auf" states a change without its verb (a range is "von … bis"): the verb may stand
# at the clause's end ("hat ihre Hilfe von 5 auf 8 Milliarden Euro erhöht")
CHANGE_TO_ALONE = ("auf",)
CHANGE_VERBS = (
    "stieg", "steig*", "gestiegen", "sank", "sinkt", "sinken", "gesunken", "erhöh*", "senk*",
    "gesenkt", "wuchs", "wächst", "gewachsen", "verdoppel*", "verdreifach*", "halbier*",
    "kürz*", "gekürzt", "aufgestockt", "stockt*", "reduzier*", "fiel", "fällt", "gefallen",
    "angehoben", "hebt", "hob", "verringer*", "schrumpf*", "geschrumpft", "kletter*",
    "geklettert", "sprang", "gesprungen", "stiegen", "sanken", "wuchsen", "fielen", "sprangen",
    # issue 9 parser9: verbs of change the press uses that the table lacked
    "aufstock*", "aufzustocken", "anheb*", "anzuheben",
)  # fmt: skip

# Words before an amount that give the value before a change ("8 Mrd. Euro, nach zuvor 5 Mrd."),
# and words before a value compared with, the value before unless its clause names a country
# ("gegenüber 5 Mrd. Euro im Vorjahr").
CHANGE_CUES = (
    "nach zuvor", "nach bisher", "statt bisher", "statt zuvor", "von zuvor", "von bisher",
    "zuvor", "bisher", "vorher",
)  # fmt: skip
PREVIOUS_VALUE_CUES = ("gegenüber",)

# Nouns that label a numbered part before a dash ("Tranche 2 – 500 Mio. €", "Phase 3 – €2m"):
# the number after one is the label's, never a range's low end (issue 9 faults6 A8)
LABEL_NOUNS = (
    "tranche",
    "phase",
    "paket",
    "stufe",
    "teil",
    "abschnitt",
    "artikel",
    "anhang",
    "runde",
    "schritt",
    "los",
    "kapitel",
    "punkt",
    "säule",
    "resolution",
    "zone",
    "absatz",
    "ziffer",
    "art.",
)

# the word for "plus" between two numbers: a sum ("2 plus 3"), never a list
PLUS_WORDS = ("plus",)

# the word for "minus" right before an amount, its sign ("minus €5 million": a negative
# value); never between two amounts, where it subtracts
MINUS_WORDS = ("minus",)

# A product in words before an amount ("3 times £50m"): words after a count that multiply
# it, one-word factors, and a word for "each" after them (aidcalc.parsing.products).
MULTIPLY_WORDS = ("mal",)
FACTOR_WORDS = ("zweimal", "dreimal", "viermal", "fünfmal", "zehnmal", "doppelt")
# Verbs multiplying an amount ("doubled its €5m pledge", "verdoppelte seine Zusage von 5 Mio.
# Euro"): the amount after them is the value before the change, the new one not written, no
# pledge (aidcalc.news.beside; "*" ends a prefix)
MULTIPLIED_VERBS = "verdoppel* verdreifach* vervierfach*"

# Words right before the size of a change stated without the value after ("an increase of
# €800m"): a pledge row of the amount added, none of a cut (aidcalc.news.changes).
CHANGE_ALONE = {
    "up": [
        "eine erhöhung um", "erhöhung um", "eine aufstockung um", "aufstockung um", "ein plus von",
        "plus von", "erhöht um", "stieg um", "aufgestockt um",
    ],
    "down": [
        "eine kürzung um", "kürzung um", "ein minus von", "gekürzt um", "sank um", "gesenkt um",
    ],
}  # fmt: skip

# Words that may follow a value before written without its currency: its time, not a noun it
# counts ("5bn a year ago", not "5 million people"; aidcalc.parsing.changes).
BEFORE_VALUE_TIMES = ("im", "vor", "zuvor", "vorher", "letztes", "letzten", "in")

# Words right beside a single amount given by several joined givers, saying each gives it
# ("Spain and Italy pledged €20m each", "jeweils 20 Millionen"): one row per giver.
EACH_WORDS = ("jeweils", "je")

# A running total said after a new amount ("…, bringing its total to $12bn"; session 7 trial 9).
CUE_PHRASES = (*CUE_PHRASES, "damit steigt", "steigt damit", "summiert sich")

# Money beside a pledge that is no pledge of the sentence's giver (``aidcalc.news.beside``):
# a difference ("1 Mrd. Euro mehr als Frankreich"), money set against the pledge ("ein
# Bruchteil der 60 Mrd. Euro …") and relative pronouns ("die 5 Mrd. Euro, die Kiew forderte").
COMPARED_AFTER = (
    "mehr als",
    "weniger als",
    "mehr wie",
    "weniger wie",
    "höher als",
    "niedriger als",
    "größer als",
    "geringer als",
)
SET_AGAINST = (
    "ein Bruchteil",
    "ein Bruchteil der",
    "ein Bruchteil von",
    "Bruchteil der",
    "weit unter",
    "verglichen mit",
    "im Vergleich zu",
    "gegenüber",
)
RELATIVE_PRONOUNS = "die den das der welche welchen"
# Words opening a relative clause after a comma (", which has asked for …,"): a request
# inside it governs only the amounts of that clause (aidcalc.news.not_giving).
RELATIVE_CLAUSE_WORDS = "der die das den dem deren dessen welche welcher welches"
# Verbs of an actor spending on itself: money so spent is no aid.
SPENDING_VERBS = "ausgibt ausgab ausgeben ausgegeben aufwendet aufwendete"
# Budget nouns: an amount that is their value is the owner's own money, no aid.
OWN_BUDGETS = (
    "Verteidigungshaushalt",
    "Verteidigungsetat",
    "Militärhaushalt",
    "Militärbudget",
    "Militäretat",
    "Rüstungsetat",
    "Militärausgaben",
    "Verteidigungsausgaben",
    "Staatshaushalt",
)
# Possessives of the subject after a spending verb's amount: spent on itself ("its army").
OWN_POSSESSIVES = (
    "sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres eigene eigenen eigenes"
)
# Nouns of an actor's own ends after a possessive of OWN_POSSESSIVES: its own money, no aid.
OWN_ENDS = (
    "Armee Armeen Militär Streitkräfte Bundeswehr Truppen Soldaten Bürger Bürgerinnen "
    "Bevölkerung Haushalte Landwirte Bauern Industrie Wirtschaft Haushalt "
    "Verteidigung Rüstung Polizei Grenzen Renten Rentner"
)
# A spending verb split in two (the verb before the amount, its particle closing the clause):
# "gibt jährlich 120 Mrd. Euro für sein Militär aus".
SPENDING_SPLIT = ("gibt aus", "gab aus", "geben aus", "wendet auf", "wandte auf")

# A value before a change written after the value after ("raised its aid to €8bn, after €5bn
# last year"): the word before it, then a phrase of a past period after it
# (``aidcalc.parsing.changes``).
AFTER_VALUE_WORDS = ("nach",)
PAST_PERIODS = (
    "im Vorjahr",
    "im vergangenen Jahr",
    "im letzten Jahr",
    "ein Jahr zuvor",
    "ein Jahr davor",
    "vor einem Jahr",
    "letztes Jahr",
)

# Phrases of the rate a restatement was converted at, written after it ("€3bn – roughly $3.2bn
# at current rates –"): part of the aside (``aidcalc.parsing.restatements``).
RATE_PHRASES = (
    "zum aktuellen Kurs",
    "zum derzeitigen Kurs",
    "zum heutigen Kurs",
    "nach aktuellem Kurs",
    "nach heutigem Kurs",
)

# A running total said after a new amount: a verb, up to a few words ("…" in a frame), then a
# word for "to" right before the amount ("…, bringing their combined aid to more than €12bn"):
# that amount is cumulative (``aidcalc.news.candidates.bases_of``).
TOTAL_FRAMES = ("damit steigt … auf", "womit … auf", "was … auf")
# A new level set for a whole (trial 15, F8): a verb of raising, up to a few words, the word for
# "to" right before the amount, and among those words a noun of ``LEVEL_NOUNS``: the whole's new
# size, no new money (cumulative).
RAISE_FRAMES = (
    "erhöht … auf",
    "erhöhte … auf",
    "erhöhten … auf",
    "stockt … auf",
    "stockte … auf",
    "hebt … auf",
    "hob … auf",
)
LEVEL_NOUNS = "rahmen* programm* paket* hilfspaket* fonds* obergrenze* zusage*"
# The same said with the verb after the amount ("den Rahmen auf 135 Mrd. Euro zu erhöhen"): the
# word for "to" right before the amount, "…" the amount, the verb right after it.
RAISE_FRAMES_AFTER = (
    "auf … erhöhen",
    "auf … zu erhöhen",
    "auf … erhöht",
    "auf … aufstocken",
    "auf … aufzustocken",
    "auf … aufgestockt",
    "auf … anheben",
    "auf … anzuheben",
    "auf … angehoben",
)

# The whole a share is taken of, after a share word and before an amount set off ("a third of
# the package (€1.3bn)"): that amount is a part of the amount before (``aidcalc.news.parts``).
SHARE_WHOLES = (
    "des Pakets",
    "des Hilfspakets",
    "der Hilfe",
    "der Summe",
    "des Betrags",
    "der Mittel",
    "des Geldes",
)
SHARE_OF_LINKS = ("der", "des", "von")
REST_WORDS = (
    "der Rest",
    "den Rest",
    "die restlichen",
    "restliche",
    "restlichen",
    "die übrigen",
    "die verbleibenden",
)

# Phrases naming the calendar week before the publication's (aidcalc.news.dates,
# docs/extraction.md): a date approximate to the week, dated by the month of its Thursday.
RELATIVE_WEEKS = (
    ("letzte woche", -1),
    ("letzter woche", -1),
    ("vergangene woche", -1),
    ("in der vergangenen woche", -1),
    ("in der letzten woche", -1),
    ("vorige woche", -1),
)

# Phrases beside an amount that make it a yearly amount, one year's instalment of a
# period (aidcalc.news.yearly): "€4bn a year", "jährlich 4 Mrd. Euro", "4 mld zł rocznie".
PER_YEAR = (
    "jährlich",
    "pro jahr",
    "im jahr",
    "jedes jahr",
    "per anno",
    "alljährlich",
)
# Words right after a PER_YEAR phrase that make it a time, no rate ("a year ago").
PER_YEAR_NOT_BEFORE = ("zuvor", "später", "nach", "danach", "vorher", "davor", "darauf")
# A rate per unit, no total: these words right after an amount, then a lower-case noun
# ("500 Euro pro Familie", "5 Euro je Flüchtling").
# No pledge row counts it (aidcalc.news.beside); a PER_YEAR phrase is yearly instead.
PER_UNIT = ("pro", "je")
# Times after a slash or a pace ("€5m/month"): money given at a pace, no rate of a unit
PACE_NOUNS = ("jahr", "monat", "woche", "tag")
# Words after a word of PER_UNIT that make no rate (idioms, percent, a determiner)
PER_UNIT_NOT = ("nach", "mal")  # folded: "je nach Bedarf", "pro Mal"
# Words before a year, or before an IN_YEAR phrase, that make the year the end of a period,
# no value date ("bis Ende 2027"; aidcalc.news.dates); UNTIL_LINKS may stand between.
UNTIL = ("bis",)
UNTIL_LINKS = ("ende", "zum", "jahr", "einschließlich", "jahresende")
# phrases saying an amount is spread over several years ("multi-year"; a stem may end a word),
# found in its clause (aidcalc.news.yearly.several_years)
SEVERAL_YEARS = ("mehrjährig", "über mehrere jahre")
# Words between an amount and a figure the parser reads as no amount ("60 million", no
# currency) that put the figure in a clause of another time, a comparison or a past
# perfect's auxiliary: "…, gegenüber 60 Millionen im Vorjahr" dates the figure only
# (aidcalc.news.figures).
OTHER_TIME_WORDS = ("hatte", "hatten", "gegenüber", "im vergleich zu")

# Money that is no gift, whoever's it is (aidcalc.news.other_money): {kind: words}; a word
# ending in "*" stands for every word it begins, words with a space for that phrase.
OTHER_MONEY = {
    # the price of a thing, stated: no gift in a clause with no giving verb (KINDS_STATED)
    "price": "Kosten Preis Baukosten Gesamtkosten",
    "damage": (
        "zerstört* zerstörung* beschädigt* schaden schäden schadens kriegsschäden sachschäden"
    ),
    "fire": "abgefeuert feuerte feuerten",
    "loss": "verlor verloren verlust verluste verlusten einbußen",
    "cost": "kriegskosten",
    "trade": "handel handelsvolumen exporte exporten importe importen verkaufte verkauft",
    "revenue": "einnahmen erlöse umsatz",
    "debt": "schulden schuldet verschuldung",
    # a need stated as the head of a compound ("Kiew bezifferte seinen Finanzbedarf auf …"):
    # no gift in a clause with no giving verb (KINDS_STATED)
    "need": (
        "Bedarfs Finanzbedarf* Finanzierungsbedarf* Wiederaufbaubedarf* Hilfsbedarf* "
        "Mittelbedarf* Investitionsbedarf* Gesamtbedarf* Kreditbedarf* Finanzierungslücke*"
    ),
    # Figures stated, not given: they count in a clause with no giving verb (KINDS_STATED).
    "estimate": (
        "kostet",
        "kosten",
        "koste",
        "kosten wird",
        "wiederaufbaukosten",
        "beziffert*",
        "beziffern",
        "geschätzt",
        "veranschlagt",
    ),
    "stock": (
        "reserven devisenreserven währungsreserven bip bruttoinlandsprodukt defizit "
        "haushaltsdefizit auslandsfinanzierung außenfinanzierung"
    ),
    "conditional": (
        "bedeuten",
        "bedeuten würde",
        "entspräche",
        "entsprächen",
        "ausmachen würde",
        "kosten würde",
    ),
    # A figure stated by a valuation verb: no pledge unless aid is its subject (KINDS_STATED).
    "valuation": (
        "beläuft sich",
        "belaufen sich",
        "belief sich",
        "beliefen sich",
        "beträgt",
        "betragen",
        "betrug",
        "betrugen",
    ),
}
# Words that may stand between an amount and a word of OTHER_MONEY after it ("€2bn in
# damage"); any other word between ("€500m for damage repair") keeps it apart.
OTHER_MONEY_LINKS = "an"

# Words in a quote naming its speakers as the givers of money it receives ("Ukraine will get
# €2bn from us"): the speaker's country gives (aidcalc.news.donors, rule 4).
FROM_US = ("von uns",)
# Words opening a clause of another subject after an amount ("…, while France will consider
# …", "…, tandis que la France envisage …"): the country right after them (articles between)
# is the subject of its clause, whatever its verb (aidcalc.news.donors, rule 4).
CONTRAST_OPENERS = ("während", "wohingegen")
# Words for a country's givers ("Ukraine's allies", "die Verbündeten der Ukraine"): as the
# subject of a giving verb, with that country as possessor or genitive, the money is several
# givers' (collective) and that country receives it (aidcalc.news.donors, rule 3).
ALLY_WORDS = ("Verbündeten", "Verbündete", "Partner", "Partnerländer", "Unterstützer", "Geber")
# Words between a list item's giver and its amount after the first one ("…, Germany leading with
# €4bn", "…, darunter Deutschland mit 4 Mrd. Euro"): that country gives that amount.
ITEM_WITH = ("an der Spitze mit", "vorneweg mit", "vorn mit", "mit")

# Phrases of the running-total words of BASIS above (a start, "from the start of").
CUE_PHRASES = (*CUE_PHRASES, "von Beginn an")

# A whole named after a part (aidcalc.news.beside, rule 6; docs/extraction.md): the part, a link
# (``SHARE_OF_LINKS``, or one of ``WHOLE_FROM`` that names a whole only with a noun), then a noun
# phrase and the whole's amount. ``WHOLE_NOUNS`` are the nouns of such a phrase, as stems a word
# holds (any ending, any compound: "pakiet" in "pakietu", "paket" in "Hilfspaket");
# ``WHOLE_WORTH`` the words between that noun and the whole's amount ("worth", "o wartości").
WHOLE_FROM = ("aus",)
WHOLE_NOUNS = (
    "paket",
    "fonds",
    "topf",
    "tranche",
    "programm",
    "budget",
    "haushalt",
    "rahmen",
    "summe",
    "betrag",
    "zusage",
    "fazilität",
    "kredit",
    "instrument",
    "mechanismus",
)
WHOLE_WORTH = ("von", "im Wert von", "in Höhe von", "im Umfang von", "über")

# Headings of a pasted table's column that numbers its rows: identifiers, no money
# (aidcalc.news.header_tables).
ID_HEADERS = ("nr", "nr.", "nummer", "lfd. nr.", "pos.")

# Headings of a pasted table's label column that name recipients, not givers
# (aidcalc.news.article_tables).
RECIPIENT_HEADERS = (
    "empfänger",
    "empfängerland",
    "empfängerländer",
    "begünstigte",
    "zweck",
    "verwendungszweck",
    "verwendung",
)

# A correction note (aidcalc.news.corrections): its label before a colon ("Correction:"), the
# phrases naming the figure an earlier version gave (retracted), and a "not" before a retracted
# figure in the note ("…, not 257 million").
CORRECTION_LABELS = ("korrektur", "berichtigung", "richtigstellung")
EARLIER_VERSION = (
    "in einer früheren fassung",
    "in einer früheren version",
    "in einer vorherigen fassung",
    "in einer vorherigen version",
)
CORRECTION_NOT = ("nicht",)
# Words in a sentence naming an earlier version that introduce the right figure after the
# retracted one ("…; the correct figure is …"; aidcalc.news.corrections).
# Phrases naming what was reported before ("it was earlier reported"): a retracted figure only when
# a word of CORRECT_FIGURE follows in the same sentence (aidcalc.news.corrections).
EARLIER_REPORT = (
    "zunächst hieß es",
    "zuvor hieß es",
    "ursprünglich hieß es",
    "zunächst war berichtet worden",
)
CORRECT_FIGURE = (
    "richtig",
    "richtige",
    "korrekt",
    "korrekte",
    "tatsächlich",
    "korrigierte",
    "präzisierte",
)

# A person's titles (aidcalc.news.persons): a country name right after one, perhaps after
# first names, is a surname ("o primeiro-ministro, Luís Montenegro").
PERSON_TITLES = (
    "präsident",
    "präsidentin",
    "kanzler",
    "kanzlerin",
    "bundeskanzler",
    "bundeskanzlerin",
    "minister",
    "ministerin",
    "premierminister",
    "premierministerin",
    "ministerpräsident",
    "ministerpräsidentin",
    "herr",
    "frau",
    "botschafter",
    "botschafterin",
)

# Phrases opening a sentence that break down a total said a sentence or a few before; "#" is
# the number the total is restated by (aidcalc.news.parts.opens_breakdown).
BREAKDOWN_OPENERS = (
    "davon",
    "hiervon",
    "von dieser Summe",
    "von diesem Betrag",
    "von dem Betrag",
    "von der Summe",
    "von dem Geld",
    "von den #",
    "von diesen #",
)

# Nouns of war and invasion (our own list, issue F10/F11 of trial 13): a demonym right beside
# one ("Russian invasion", "invasão russa") names the aggressor, never a recipient
# (aidcalc.news.donors).
WAR_NOUNS = "invasion* krieg* angriffskrieg* angriff* aggression* überfall* besatzung* offensive*"
# Words saying a sentence's money comes on top of what an earlier sentence stated ("will also
# give"): its row is new, never the earlier sentence's running total (aidcalc.news.candidates).
ON_TOP = (
    "zusätzlich",
    "außerdem",
    "darüber hinaus",
    "ebenfalls",
    "auch",
    "neues Paket",
    "neues Hilfspaket",
)
# Phrases restating the value of a package named before ("total value of"): the package's own
# pledge, not a running total of all aid (aidcalc.news.candidates.bases_of).
PACKAGE_VALUE = ("gesamtwert von", "im gesamtwert von", "einen gesamtwert von", "gesamtvolumen von")

# Words of a state's budget or spending frame: with a year beside them, the amounts after them
# are that year's allocation of the budget's country (aidcalc.news.budget_lines).
BUDGET_NOUNS = "Haushalt Haushalts Bundeshaushalt* Haushaltsentwurf* Haushaltsplan* Etat Etats"

# Phrases dating a sentence's money on the day of the sentence before it ("the same day"):
# aidcalc.news.candidates takes the day of the latest earlier row that states one.
SAME_DAY = ("am selben Tag", "am gleichen Tag", "am selben Tage", "gleichentags")

# The word for "today": the day its text counts from, a dateline's when one stands above it
# (aidcalc.news.dates.today_date).
TODAY = ("heute",)
# Channel words (issue actors15): phrases, folded, before the organisations that pay the money
# out for a giver ("via UNDP and the EU"): such an organisation, and the ones joined to it, is a
# channel, neither giver nor recipient (aidcalc.news.donors).
CHANNEL_WORDS = (
    "über",
    "via",
    "mittels",
)
# Venue words (issue actors15): stems of the nouns of an event ("ceremony", "conference",
# "summit", "meeting"); a place after one and a word of place ("at a ceremony in Paris") is
# where it happens, never a giver or recipient (aidcalc.news.donors).
VENUE_WORDS = (
    "zeremonie",
    "feier",
    "konferenz",
    "geberkonferenz",
    "gipfel",
    "treffen",
    "tagung",
    "veranstaltung",
    "forum",
)

# Verbs of a sum of aid (pledgefaults16), an aid noun (``AID_NOUNS``, no whole's noun of
# ``WHOLE_NOUNS``) their subject before them and the amount right after them: a sum reached
# (``REACH_VERBS``: the aid given so far, cumulative, an allocation: "Germany's aid to Ukraine
# reached €5bn") or a sum the aid came to (``SUM_VERBS``: an allocation, its basis left to the
# other words; a year's aid may come to it). ``REACH_VERBS_AFTER``: verb last, the amount right
# before it (``aidcalc.news.reached``).
REACH_VERBS = (
    "erreichte",
    "erreichten",
    "summierte sich auf",
    "summierten sich auf",
    # the present of a standing total: the aid so far
    "liegt inzwischen bei",
    "liegt mittlerweile bei",
    "liegt nun bei",
    "beträgt inzwischen",
    "beträgt mittlerweile",
    "beträgt nun",
)
RANKING_AFTER = ("bleibt der größte", "bleibt die größte", "ist der größte", "ist die größte")
SUM_VERBS = ("belief sich auf", "beliefen sich auf")

# Participles of acts of war (pledgefaults16): a country right after one, an agent's word or
# determiners between ("occupied by Russia", "оккупированные Россией"), or after an agent's
# word right before one ("von Russland besetzten"), wages the war: no actor of aid
# (``aidcalc.news.donors.aggressor``).
WAR_PARTICIPLES = "besetzt* annektiert* zerstört* beschossen*"

# Nouns of an appeal or a call for money, and forms of asking the request verbs miss
# (aidcalc.news.not_giving): money an appeal asks for is a request, no pledge of the one
# appealing. Merged into NOT_GIVING's "request" cues (aidcalc.words.build).
APPEAL_WORDS = (
    # "UNICEF rief zu 200 Millionen Dollar für den Sudan auf": the separable "aufrufen", its
    # finite form before the money (pledges18)
    "rief",
    "riefen",
    "ruft",
    "rufen",
    "aufgerufen",
    "Aufruf*",
    "Spendenaufruf*",
    "Hilfsaufruf*",
    "Nothilfeaufruf*",
    "Appell*",
    "Hilfsappell*",
    "Spendenappell*",
    "Hilfsersuchen*",
)

# Head nouns of an organisation's name ("*" ends a prefix; a leading "*" a compound's head):
# one in the subject of a giving verb where no known giver stands names a giver the gazetteer
# does not know, never an earlier sentence's donor (aidcalc.news.donors).
ORGANISATION_NOUNS = (
    "Bank",
    "*bank",
    "Fonds",
    "*fonds",
    "Agentur",
    "*agentur",
    "Stiftung",
    "*stiftung",
)

# Words between a noun of an event and the country it is about ("the conference on Lebanon"):
# that country receives the event's money, never gives it (aidcalc.news.donors).
EVENT_TOPICS = "für zu zum zur über"

# The word for a thousand inside one glued compound number ("zweitausendfünfhundert"):
# read as [count] thousand [rest], each part a number word of the language under a
# thousand (aidcalc.parsing.number_spans, issue 9 item 16).
GLUED_THOUSANDS = ("tausend",)

# Nouns after a currency's name that make it the first part of a compound written apart ("die
# 20 Euro Länder", "300 Euro Paletten"): the number counts the compound (see en.py).
CURRENCY_COMPOUNDS = (
    "länder",
    "staaten",
    "mitgliedstaaten",
    "mitgliedsstaaten",
    "mitgliedsländer",
    "mitglieder",
    "raum",
    "zone",
    "gipfel",
)

# Goods named after a currency ("300 Euro Paletten": a standard pallet's name): after the currency's
# name or code the number counts the goods, with or without a determiner before it.
CURRENCY_NAMED_GOODS = ("palette", "paletten")

# Coins and notes after a currency: a face value counted ("10 thousand 2 euro coins"): a
# bare number after a thousand before it is no addend (``number_spans.face_value_after``).
COIN_NOUNS = ("münze", "münzen", "stück", "stücke", "schein", "scheine", "banknote", "banknoten")

# Words before a year that make it a time whatever currency follows ("Seit 2022 Euro
# … fließen"): refused, not 2,022 (``aidcalc.parsing.currency_beside.year_before_noun``).
YEAR_BASIS_BEFORE = ("seit",)

# Possessive determiners: after a verb of change they make its object the giver's own
# ("raised its total commitment … by €2m to €5m": a change, ``aidcalc.parsing.changes``).
POSSESSIVE_DETERMINERS = ("seine", "seinen", "ihre", "ihren")
