"""Polish (pl): qualifiers, range words, restatement links, news cues, date words, language
inference, place short forms and sentence abbreviations, as plain data.

Curated by the project from news text in Polish (aid announcements and reports); no outside word
list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``).
NEGATIONS = ("nie",)

QUALIFIERS = {
    "approx": ["około", "ok.", "blisko", "mniej więcej", "szacunkowo"],
    "over": [
        "ponad",
        "więcej niż",
        "co najmniej",
        "przeszło",
        "powyżej",
        "nieco ponad",
        "przekracza",
        "przekraczają",
        "przekroczyła",
        "przekroczył",
        "przekroczyło",
        "przekroczyły",
    ],
    "under": ["mniej niż", "prawie", "niespełna", "poniżej", "niemal"],
    "up_to": ["do", "nawet", "maksymalnie", "co najwyżej", "najwyżej"],
}

# Qualifiers written after the amount, at the end of its clause ("5 mln zł lub więcej"):
# over, and "or less", at most (``aidcalc.parsing.grammar``: a word for "than" after
# them is no end)
QUALIFIERS_AFTER = {"lub więcej": "over", "lub mniej": "up_to"}

# Verbs of exceeding ("exceeds"): an amount they stand before in its clause, its subject
# between ("Seit Kriegsbeginn übersteigt die Hilfe 30 Mrd. Euro"), is a lower bound,
# qualifier ``over`` (aidcalc.news.exceeds).
EXCEED_VERBS = "przekracza przekraczają przekroczyła przekroczył przekroczyło przekroczyły"

# Words that join main and minor units ("20 dollars and 43 cents").
CONJUNCTIONS = ("i",)

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = (
    "czyli",
    "lub",
    "to jest",
    "ok",
    "co stanowi równowartość",
    "stanowi to równowartość",
    "co stanowi",
    "równowartość",
    "w przeliczeniu",
)

# Words that join the low and high ends of a range.
RANGE_JOINERS = ("do", "i", "a")  # "między 2 a 3 mln": "a" only after an opener
# "do" between two numbers joins a range without "od" ("5 do 6 mln zł": 5 to 6 million, not
# 5 and then up to 6 million)
RANGE_JOINERS_ALONE = ("do",)

# Words that open a range ("between").
RANGE_OPENERS = ("od", "pomiędzy", "między")

# News cues (``aidcalc.news.cues``): a cue is a word or phrase, ``*`` ends a prefix, ``####``
# stands for a year. Verbs whose subject gives or gets; "aux" are auxiliaries.
VERBS = {
    "give": (
        "przekaz* przekaż* przezna* udziel* zapowi* obieca* zobowiąz* wypłaci* wypłacon* dostarcz* "
        "ogłosi* przeleje przelał* sfinansuj* przyzna* finansuj* wyśl* wysła* wysył* "
        "zadeklarował* dołoży*"
    ),
    # thanking reverses the roles as receiving does: the one thanked gives
    "receive": (
        "otrzyma* otrzymuje dostanie dostał* dostaje wpłynęł* wpłynie wpływa "
        "podziękował* dziękuje dziękował*"
    ),
    "aux": "będzie będą ma mają",
}

# Words that tell a pledge's category.
CATEGORIES = {
    "military": (
        "wojskow* dron* rakiet* amunicj* pocisk* obron* powietrzn* przeciwlotnicz* "
        "opancerz* walk* elektroniczn* broń broni* czołg* artyler* śmigłow* "
        "wybuchow* obronn* bezzałogow*"
    ),
    "financial": "budżet* pożycz* kredyt* grant* dotacj* finansow* makrofinansow*",
    "humanitarian": "humanitarn* zim* energetyczn* energi* generator* medyczn* żywnoś* uchodźc*",
}

# Words that make an amount a running total.
BASIS = {
    "cumulative": "łącznie od początku do tej pory dotychczas w sumie od #### ogółem całkowit*",
    "already": "już",
}

# Words that make an amount a pledge: announced, planned, promised, future.
INTENTION = {
    "pledge": (
        "zapowi* ogłos* planuj* planowa* obieca* obiecuj* zamierza* przekaże przeznaczy "
        "będzie będą zdecydowa*"
    ),
}

# Words that tell the measure of an amount (docs/extraction.md, "Measure").
MEASURE = {
    "allocation": (
        "przeznacz* przydziel* przekazał* przekazan* dostarczył* dostarczon* udzielił* "
        "podarował* "
        # the past of giving: given is delivered ("Niemcy dały Ukrainie 3 mld euro")
        "dał dała dało dały dali"
    ),
    # money received ("received … from", "надійшло від") has been paid out: a disbursement
    "disbursement": (
        "wypłac* wypłat* przelan* przelał* wpłynęł* "
        "otrzymała otrzymał otrzymało otrzymali wpłynęło wpłynęła wpłynęły wpłynął dostała dostał"
    ),
    "commitment": "zobowiąz*",
}

# The future tense (a month after the publication month is then ahead, not behind).
FUTURE = {
    "future": "będzie będą przekaże przeznaczy",
}

# Cues above that are phrases of several words.
CUE_PHRASES = (
    "obron* powietrzn*",
    "walk* elektroniczn*",
    "od początku",
    "do tej pory",
    "w sumie",
    "od ####",
)

# Words before a date that make it the start of a period, not the value date.
SINCE = ("od",)

# Words before a bare year that make it a value date ("in 2023").
IN_YEAR = ("w", "we", "w roku", "w ciągu roku")  # "w roku 2023"
# Phrases before a list of years, each the year of one amount of a list before it ("€5m, €6m
# and €7m in 2024, 2025 and 2026": aidcalc.news.dates.respective_years).
IN_YEARS = ("w latach", "na lata")

# Phrases naming a year relative to the publication date, with the years they add to its
# year (aidcalc.news.dates): "last year" is -1.
RELATIVE_YEARS = (
    ("w zeszłym roku", -1),
    ("rok temu", -1),
    ("w ubiegłym roku", -1),
    ("w tym roku", 0),
    ("w bieżącym roku", 0),
    ("tego roku", 0),
    ("w przyszłym roku", 1),
    ("przyszłego roku", 1),
)
# Phrases naming a year from the year named before them in the sentence, with the years they
# add to it (aidcalc.news.dates): "the year before" is -1.
ANCHORED_YEARS = (
    ("rok wcześniej", -1),
    ("w poprzednim roku", -1),
    ("rok przedtem", -1),
    ("rok później", 1),
    ("w następnym roku", 1),
)
# Nouns of a country's economy (GDP): a year right after them, or before them, is the
# year of that measure and dates no amount (aidcalc.news.dates).
ECONOMY_NOUNS = ("PKB",)
# Relative pronouns opening a clause after a comma ("Japan, which gave $1bn in 2023, …"): a date
# in that clause is its own amount's, never the date of the rest of the sentence.
RELATIVE_WORDS = "który która które którego której których którym którymi którzy"
# Words right before a RELATIVE_YEARS phrase that make it a comparison, no date ("the same as
# last year", "up from last year").
# Words opening a clause after a comma that liken the sentence's giving to another's
# ("France pledged €5m, matching the pledge of Germany", "…, as did Germany"): a country
# in that clause is compared with, no recipient (``aidcalc.news.donors``).
LIKENESS_OPENERS = (
    "jak",
    "tak jak",
    "podobnie jak",
    "tyle co",
    "więcej niż",
    "mniej niż",
    "w przeciwieństwie do",
)

COMPARED_WORDS = (
    "niż",
    "tak jak",
    "podobnie jak",
)

# The "in <month>" case, derived from CLDR's wide month names: (the CLDR context it is
# derived from, (ending, replacement) pairs, the first that fits is used).
MONTH_IN_CASE = ("format", (("a", "u"),))

# "In <month>" forms the rule above does not give.
IRREGULAR_MONTHS = {
    "lutym": 2,
    "listopadzie": 11,
}

# Frequent function words, for telling the language of a text.
# "Ukraina" as Norwegian, Swedish, Finnish and Lithuanian write it too (one point to each).
STOP_WORDS = "i w z na się że do nie jest dla oraz przez od po ukraina"

# Letters that tell this language among the supported ones of its script ("ó", "który", is
# Slovak, Spanish and Portuguese too: a shared letter counts less, aidcalc.parsing.language).
LETTERS = "łśźżćńó"

# Endings of words this language writes that tell it (aidcalc.parsing.language): the feminine
# adjective "-ej" ("pomocy wojskowej"), Slovak as well.
WORD_ENDINGS = "ej"

# Short forms and codes of countries in news text (matched exactly, case kept; in
# inflected languages a stem).
PLACE_SHORT_FORMS = {
    "USA": "USA",
    "UE": "EU",
    "Komisj Europejsk": "EU",
    "Wielk Brytani": "GBR",
    "Unii Europejskiej": "EU",
    "Unię Europejską": "EU",
    # the genitive and locative of "Niemcy", which no stem of it starts ("od Niemiec", "w
    # Niemczech"; issue 9 parser9)
    "Niemiec": "DEU",
    "Niemczech": "DEU",
    # the Gaza Strip in its cases (F17: "Strefa Gazy" in a table, "w Strefie Gazy" in a text)
    "Strefa Gazy": "PSE",
    "Strefy Gazy": "PSE",
    "Strefie Gazy": "PSE",
    "Strefę Gazy": "PSE",
    "Strefą Gazy": "PSE",
    "Palestyn": "PSE",
    "Gazy": "PSE",
    "Gazie": "PSE",
}

# Country names in a case whose stem the nominative's does not start ("Egipt": "w Egipcie";
# "Niger": "w Nigrze", "do Nigru", its "e" dropped): never a subject (aidcalc.places).
PLACE_CASE_FORMS = {
    "Egipcie": "EGY",
    "Nigrze": "NER",
    "Nigru": "NER",
    "Nigrowi": "NER",
}

# How many letters may follow a place name's form in a word (inflection, endings).
EXTRA_LETTERS = 4

# Case endings tell the subject from the recipient; CLDR names lose their final vowel
# to become stems.
INFLECTED = True

# The endings of a country's name in the oblique cases after a consonant (aidcalc.places):
# a name too short to be a stem ("Чад", "Čad": Chad) is found in them too ("Чаду", "Čadu").
NAME_CASE_ENDINGS = "u owi em zie"

# Abbreviations that end in a period inside a sentence (folded, without the period).
ABBREVIATIONS = "r tys mld zł ok np m.in tzw ul godz"

# Abbreviations that still end a sentence before a capital letter: a currency written
# last ("500 mln zł. Kijów …", never "5 Mio. Euro").
ENDING_ABBREVIATIONS = "zł"

# --- Who gives (aidcalc.news.institutions, aidcalc.news.donors) -------------------------------
# A block of its own: the words that tell which country or body a pledge's giver is (see en.py
# for what each name means).

INSTITUTIONS = {
    "": (
        "rząd*",
        "rząd* federaln*",
        "gabinet*",
        "parlament*",
        "ministerstw* obrony",
        "ministerstw* spraw zagranicznych",
        "ministerstw* finansów",
        "ministerstw*",
        "premier*",
        "prezydent*",
        "kanclerz*",
        "minister* obrony",
        "minister* spraw zagranicznych",
        "minister* finansów",
        "sił* zbrojn*",
    ),
    "POL": (
        "Ministerstw* Obrony Narodowej",
        "MON",
        "Sejm*",
        "Kancelari* Premiera",
        "KPRM",
        "Wojsk* Polsk*",
    ),
    "USA": ("Pentagon*", "Biał* Dom*", "Białym Domu", "Kongres* USA", "Departament* Stanu"),
    "DEU": ("Bundestag*", "Bundeswehr*"),
    "EU": (
        "Komisj* Europejsk*",
        "Rad* Europejsk*",
        "Rad* UE",
        "Parlament* Europejsk*",
        "Europejsk* Instrument* na rzecz Pokoju",
    ),
    "EIB": ("Europejsk* Bank* Inwestycyjn*", "EBI"),
    "EBRD": ("Europejsk* Bank* Odbudowy i Rozwoju", "EBOiR"),
    "WBG": ("Bank* Światow*",),
    "IMF": ("Międzynarodow* Fundusz* Walutow*", "MFW"),
    "IDB": ("Międzyamerykańsk* Bank* Rozwoju",),
    "AFDB": ("Afrykańsk* Bank* Rozwoju",),
    "ADB": ("Azjatyck* Bank* Rozwoju",),
    "ISDB": ("Islamsk* Bank* Rozwoju",),
    "AIIB": ("Azjatyck* Bank* Inwestycji Infrastrukturalnych",),
    "CEB": ("Bank* Rozwoju Rady Europy",),
}

AID_NOUNS = (
    "pomoc* wsparci* pakiet* wkład* finansowani* pożyczk* kredyt* grant* deklaracj* zobowiązani*"
)

# Phrases that make the money of a sentence a collective one, with no single donor
# ("pledges from 14 governments", "together with other lenders, Japan …").
COLLECTIVE_DONORS = (
    "wspólnie z innymi",
    "razem z innymi",
    "zobowiązania od",
    "darczyńcy",
    "kraje G7",
    "łącznie zadeklarowano",
    "zadeklarowano łącznie",
)

AGENT_MARKERS = "przez od"
# Words before a country after a part of a whole that name where the part comes from, its
# giver ("Of that, €1bn will come from Germany"; aidcalc.news.donors.part_source).
PART_SOURCES = "z ze od"
RECIPIENT_MARKERS = "dla do"
# Words before a way or model of giving ("through the Danish model"): a nationality adjective
# after them names no actor (aidcalc.news.donors).
MEANS_MARKERS = "według poprzez"
GENITIVE_LINKS = ""
# Nouns of a state's form between an office and its country ("rząd Rzeczypospolitej Polskiej",
# "Republiki Litewskiej"): the country still owns the office (aidcalc.news.donors).
STATE_NOUNS = "republiki rzeczypospolitej królestwa"
# The genitive endings no other case shares, on a country's name right after an aid noun
# ("pomoc Polski", "wsparcie Litwy", "pomoc Kanady"): that country gives. Not "-ji"/"-ii"
# ("Francji", "Japonii": genitive, dative and locative alike) nor "-ie" ("Ukrainie", dative).
# "dative": the dative (and locative) of a name in "-a": "-ie" after a softened consonant
# ("Ukrainie", "Litwie", "Mjanmie", "Kanadzie", "Kubie"), "-ce" / "-dze" / "-rze" after k, g, r
# ("Afryce"; pledges18: "mie", "bie", "cie" were missing); "-ii" / "-ji" names ("Mołdawii",
# "Francji") share the genitive's form and tell neither case
NAME_ENDINGS = {"owner": "y ki gi", "dative": "ie ce dze rze"}
SEAT_LINKS = "w we"
# Meetings named by their city ("the Paris conference"): that capital is a venue, no actor.
MEETING_WORDS = "konferencja konferencji konferencję szczyt szczycie"
# Verbs of being between an amount and the same money in another currency ("C$40 million is
# roughly US$28 million"): the second restates the first (aidcalc.news.restated).
COPULAS = "to jest odpowiada równowartość wynosi"
# Subjects naming the money said just before, opening a sentence that only restates it in another
# currency ("Ta kwota to równowartość około 43 mln zł"): that amount is the same money, no second
# pledge (aidcalc.news.restated).
RESTATING_SUBJECTS = (
    "ta kwota",
    "kwota ta",
    "ta suma",
    "suma ta",
    "te środki",
    "kwota",
    "suma",
)

PART_BEFORE = (
    "z czego",
    "w tym",
    "spośród których",
    "z tej kwoty",
    "z tego",
    "z tej sumy",
    "obejmuje",
    "obejmujący",
    "podzielone na",
    "podzielone między",
    "w ramach pakietu",
    "w ramach tego pakietu",
    "w ramach tej kwoty",
    "w ramach tej sumy",
    "w ramach tych środków",
)
# Verbs saying a package holds what follows: an amount after one is a part of it.
PART_CONTENTS = (
    "obejmuje",
    "zawiera",
    "w skład … wchodzi",
    "w skład … wchodzą",
    "w skład … wejdzie",
    "w skład … wejdą",
)
PART_AFTER = ("z tego",)
# Nouns right after "w tym" that make it "in this …" (time, purpose), no part: "w tym roku 1 mld
# zł" is this year's money.
PART_NOT_BEFORE = (
    "roku",
    "miesiącu",
    "tygodniu",
    "kwartale",
    "półroczu",
    "dniu",
    "czasie",
    "okresie",
    "momencie",
    "samym",
    "celu",
    "zakresie",
    "przypadku",
    "powodu",
)

# Words saying the givers before them give one sum together: no single donor.
JOINT_DONORS = ("wspólnie",)
# Words between a list item's giver and its amount saying it is more ("and Japan another
# $2bn"): the giver still opens the item.
FURTHER_AMOUNT = ("kolejne", "kolejnych", "dodatkowe", "dodatkowych", "jeszcze")
# Words in an amount's clause saying it is given once more ("gave €3bn again"): a new
# pledge, never a repeat of an earlier row (aidcalc.news.dedup.says_further).
AGAIN_WORDS = (
    "ponownie",
    "znowu",
    "znów",
)
# Words right after an amount saying it comes on top of an earlier one ("DKK 9.7bn more"):
# a new pledge, never a repeat of the earlier one.
FURTHER_AFTER = ("więcej", "dodatkowo")
# Words that make an amount the sum of the amounts beside it ("a combined €5bn", "in total").
SUM_WORDS = ("łącznie", "w sumie", "razem", "ogółem")
# Words right before a whole whose parts follow ("Of the €5bn, €3bn came from …").
WHOLE_BEFORE = ("z", "spośród", "z tych")
# Labels of a table row or list item that sums the items before it (aidcalc.news.lists).
TOTAL_LABELS = ("razem", "suma", "łącznie", "ogółem", "w sumie", "suma częściowa")
# Labels of a list item or table row of givers no name says ("- Others: €1bn",
# aidcalc.news.lists): money of no one country.
OTHER_LABELS = ("pozostali", "pozostałe", "inni", "inne", "inni darczyńcy", "pozostałe kraje")
# A quote's speaker: the verbs of saying after a quote, the words of the first person plural
# inside it, and the endings of a giving, asking or needing verb in the first person plural for
# a language that drops the pronoun (“We will give …,” said the Japanese prime minister: Japan
# gives; “We need …,” said the Ukrainian president: Ukraine asks).
SPEECH_VERBS = (
    "powiedział* oświadczył* podkreślił* dodał* mówi napisał* poinformował* ogłosił* według"
)
WE_WORDS = "my nasz* nam nas"
WE_ENDINGS = ("emy", "imy", "amy", "ymy")
# Words pairing several givers with several amounts in order: no joint sum.
RESPECTIVELY = ("odpowiednio",)
# The thanking verbs among the receiving ones: the one thanked gives ("thanked Berlin for
# €3bn"), and a later amount is not that giver's by default (aidcalc.news.donors).
THANKING = (
    "podziękował*",
    "dziękuj*",
    "dziękował*",
)
# The country whose offices this language's press names without naming it ("the
# government"): the donor of such an office when no country is named (an assumption).
HOME_COUNTRY = "POL"

# Words between a part and its whole when only the whole writes the currency: the part is in
# the whole's currency ("3 mld z 9 mld euro"; ``aidcalc.parsing.shared``).
PART_OF_LINKS = ("z", "ze")

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("i", "oraz", "a także")
LIST_OR = ("lub", "albo")

# The word for the decimal mark in a number spelled out ("two point five"): a decimal
# written in words, read in English, refused in the others (never the part after it).
DECIMAL_WORDS = ("przecinek",)

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = ("z czego", "z tego", "w tym", "kolejne", "kolejnych", "dalsze", "a kolejne", "a")
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("na", "dla", "do", "w")
# Verbs of money going somewhere after such an amount ("4 millions iront à …").
PART_VERBS = (
    "trafi",
    "trafią",
    "pójdzie",
    "pójdą",
    "idzie",
    "idą",
)

# Words that may stand between a scaled number and the currency name it counts ("900 million
# emergency euros", "20 million additional dollars").
AMOUNT_ADJECTIVES = ("dodatkowych", "nowych", "kolejnych")

# Everyday words CLDR also gives as a currency name: "pula" (a pool, a stake), "kina" (of the
# cinema), "lew" (a lion), "lek" (a medicine), "kuna" (a marten). A currency only after a scaled
# number (``aidcalc.parsing.cldr``).
COMMON_NOUNS = "pula kina lew lek kuna lat"  # "lat": years ("na 5 lat"), not Latvian lats
# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("pół miliarda"): {word: value}.
COUNT_WORDS = {
    "jeden": "1",
    "jedna": "1",
    "jedną": "1",
    "jednego": "1",
    "pół": "0.5",
    # small counts, read the same way before a scale word of this language ("tre miljarder")
    "półtora": "1.5",
    "dwa": "2",
    "dwie": "2",
    "trzy": "3",
    "cztery": "4",
    "pięć": "5",
    "sześć": "6",
    "siedem": "7",
    "osiem": "8",
    "dziewięć": "9",
    "dziesięć": "10",
    "sto": "100",
}

# Scale words that are a number alone, with no word for one before them: the million and the
# billion in the nominative or accusative ("Rząd przekazał milion złotych", one million zloty).
WHOLE_SCALES = ("milion", "miliard")

# Words that make an amount asked for or refused rather than given (``aidcalc.news.candidates``:
# the row is kept, with status "rejected" and the reason in ``evidence``).
NOT_GIVING = {
    "contrast": "nie tylko",
    # "zwróciła się do UE o …" (turned to the EU for …): asked
    "request": (
        "prosi* poprosi* zaapelow* zażąda* żąda* apelow* apeluj* zwrócił* się zwraca się "
        "zwracają się wezwał* wzywa*"
    ),
    "wish": "chce potrzebuje chcemy potrzebujemy potrzebowa* potrzeb* zapotrzebowan*",
    "denial": "zaprzeczy* zdementow*",
    "refusal": "odmówi* odmawia* odrzuci* zablokow*",
    "negation": "nie nigdy",
}
# Words after a request that open what the one asked is to do ("asked Germany to give …"):
# a giving verb after one is the thing asked for, no gift (aidcalc.news.not_giving).
REQUEST_LINKS = "aby żeby by"

# Phrases of the NOT_GIVING cues above.
CUE_PHRASES = (*CUE_PHRASES, "nie tylko", "zwrócił* się", "zwraca się", "zwracają się")

# A change of a value, not a range: the word before the first number, the word between the
# two, and verbs of change (``*`` ends a prefix), one standing before the first
# ("wzrosła z 2 do 3 mld zł": two amounts).
CHANGE_FROM = ("z", "ze", "od", "o")
CHANGE_TO = ("do",)
CHANGE_BY = ("o",)  # of CHANGE_FROM: the change, never the value before
CHANGE_VERBS = (
    "wzrós*", "wzrosł*", "wzrasta*", "spadł*", "spada*", "zwiększ*", "zmniejsz*", "podniesi*",
    "podniósł", "podniosł*", "podwoi*", "obniż*", "zmalał*", "urósł", "urosł*", "ograniczon*",
    "ograniczył*", "zredukowa*",
    # issue 9 parser9: verbs of change the press uses that the table lacked
    "podnieś*", "podwyższ*", "obciął", "obcięł*", "obcina*",
    # lists15b: future and infinitive forms the table lacked, so that "do" after them was
    # read "up to" ("budżet wzrośnie do 4 mld euro": it will rise to 4bn)
    "wzroś*", "wzrosn*", "urośnie", "urosn*", "spadnie", "spadną", "spaść", "zmaleje",
    "zmaleją", "zmaleć", "podnos*",
)  # fmt: skip

# Words before an amount that give a value it is compared with, not a new one
# ("3 mld zł wobec 2 mld zł": the second is the value before).
PREVIOUS_VALUE_CUES = (
    "wobec",
    "w porównaniu z",
    "w porównaniu do",
)

# Nouns that label a numbered part before a dash ("Tranche 2 – 500 Mio. €", "Phase 3 – €2m"):
# the number after one is the label's, never a range's low end (issue 9 faults6 A8)
LABEL_NOUNS = (
    "transza",
    "faza",
    "pakiet",
    "etap",
    "artykuł",
    "załącznik",
    "część",
    "rozdział",
    "filar",
    "rezolucja",
    "strefa",
    "ustęp",
    "punkt",
    "art.",
    "pkt",
)

# the word for "plus" between two numbers: a sum ("2 plus 3"), never a list
PLUS_WORDS = ("plus",)

# the word for "minus" right before an amount, its sign ("minus €5 million": a negative
# value); never between two amounts, where it subtracts
MINUS_WORDS = ("minus",)

# A product in words before an amount ("3 times £50m"): words after a count that multiply
# it, one-word factors, and a word for "each" after them (aidcalc.parsing.products).
MULTIPLY_WORDS = ("razy",)
FACTOR_WORDS = ("dwukrotnie", "trzykrotnie")
# Verbs multiplying an amount ("doubled its €5m pledge", "verdoppelte seine Zusage von 5 Mio.
# Euro"): the amount after them is the value before the change, the new one not written, no
# pledge (aidcalc.news.beside; "*" ends a prefix)
MULTIPLIED_VERBS = "podwoi* potroi* podwaja* potraja*"
PRODUCT_EACH = ("po",)

# Words right before the size of a change stated without the value after ("an increase of
# €800m"): a pledge row of the amount added, none of a cut (aidcalc.news.changes).
CHANGE_ALONE = {
    "up": [
        "wzrost o", "zwiększenie o", "wzrosła o", "wzrósł o", "zwiększył o", "zwiększyła o",
        "zwiększono o",
    ],
    "down": [
        "spadek o", "zmniejszenie o", "cięcie o", "spadła o", "spadł o", "zmniejszył o",
        "zmniejszyła o", "obniżono o",
    ],
}  # fmt: skip

# Words that may follow a value before written without its currency: its time, not a noun it
# counts ("5bn a year ago", not "5 million people"; aidcalc.parsing.changes).
BEFORE_VALUE_TIMES = ("rok", "przed", "wcześniej", "w")

# Words right beside a single amount given by several joined givers, saying each gives it
# ("Spain and Italy pledged €20m each", "jeweils 20 Millionen"): one row per giver.
EACH_WORDS = ("każdy", "każda", "po")

# Money beside a pledge that is no pledge of the sentence's giver (``aidcalc.news.beside``):
# a difference ("1 mld euro więcej niż Francja"), money set against the pledge ("ułamek
# 60 mld euro …") and relative pronouns ("5 mld euro, których żądał Kijów").
COMPARED_AFTER = (
    "więcej niż",
    "mniej niż",
    "więcej od",
    "mniej od",
    "wyższa niż",
    "wyższy niż",
    "wyższe niż",
    "niższa niż",
    "niższy niż",
    "niższe niż",
)
SET_AGAINST = ("ułamek", "w porównaniu z", "w porównaniu do", "wobec", "daleko od")
RELATIVE_PRONOUNS = "które których którą który"
# Words opening a relative clause after a comma (", which has asked for …,"): a request
# inside it governs only the amounts of that clause (aidcalc.news.not_giving).
RELATIVE_CLAUSE_WORDS = "który która które którego której których którzy"
# Verbs of an actor spending on itself: money so spent is no aid.
SPENDING_VERBS = "wydaje wydają wydał wydała wydało"
# Budget nouns: an amount that is their value is the owner's own money, no aid.
OWN_BUDGETS = (
    "budżet obronny",
    "budżet wojskowy",
    "wydatki wojskowe",
    "wydatki na obronę",
    "budżetu obronnego",
    "budżetu wojskowego",
)
# Possessives of the subject after a spending verb's amount: spent on itself ("its army").
OWN_POSSESSIVES = "swoje swoją swój swojej swoich swym swoim własne własną własny"
# Nouns of an actor's own ends after a possessive of OWN_POSSESSIVES: its own money, no aid.
OWN_ENDS = (
    "armię armii armia wojsko wojska siły żołnierzy obywateli ludność ludności "
    "gospodarstwa rolników przemysł gospodarkę budżet obronę obronność policję "
    "granice emerytury emerytów"
)

# A value before a change written after the value after ("raised its aid to €8bn, after €5bn
# last year"): the word before it, then a phrase of a past period after it
# (``aidcalc.parsing.changes``).
AFTER_VALUE_WORDS = ("po",)
PAST_PERIODS = (
    "w ubiegłym roku",
    "w zeszłym roku",
    "w poprzednim roku",
    "rok wcześniej",
    "rok temu",
)

# Phrases of the rate a restatement was converted at, written after it ("€3bn – roughly $3.2bn
# at current rates –"): part of the aside (``aidcalc.parsing.restatements``).
RATE_PHRASES = (
    "po obecnym kursie",
    "po aktualnym kursie",
    "po dzisiejszym kursie",
    "według obecnego kursu",
)

# A running total said after a new amount: a verb, up to a few words ("…" in a frame), then a
# word for "to" right before the amount ("…, bringing their combined aid to more than €12bn"):
# that amount is cumulative (``aidcalc.news.candidates.bases_of``).
TOTAL_FRAMES = ("co zwiększa … do", "podnosząc … do", "zwiększając … do")

# A new level set for a whole: a verb of raising, "…", a word for "to" right before the amount,
# a noun of ``LEVEL_NOUNS`` in the frame or just before it (see en.py): cumulative, no new money.
RAISE_FRAMES = (
    "zwiększyła … do",
    "zwiększył … do",
    "zwiększyło … do",
    "zwiększyli … do",
    "zwiększyły … do",
    "zwiększy … do",
    "zwiększyć … do",
    "podniosła … do",
    "podniósł … do",
    "podniosło … do",
    "podnieśli … do",
    "podniosły … do",
    "podniesie … do",
    "podnieść … do",
)
LEVEL_NOUNS = "zobowiązani* deklaracj* fundusz* program* pakiet* limit*"

# The whole a share is taken of, after a share word and before an amount set off ("a third of
# the package (€1.3bn)"): that amount is a part of the amount before (``aidcalc.news.parts``).
SHARE_WHOLES = ("pakietu", "pomocy", "kwoty", "sumy", "środków")
SHARE_OF_LINKS = ("z", "ze")
REST_WORDS = (
    "reszta",
    "resztę",
    "pozostała część",
    "pozostałą część",
    "pozostałe",
    "pozostałych",
    "pozostałą kwotę",
)
# Words of a share before a phrase of PART_AFTER or SHARE_WHOLES ("połowa z tego").
PART_SHARES = (
    "jedna trzecia",
    "jedną trzecią",
    "połowa",
    "połowę",
    "część",
    "większość",
    "ćwierć",
    "reszta",
)

# Phrases naming the calendar week before the publication's (aidcalc.news.dates,
# docs/extraction.md): a date approximate to the week, dated by the month of its Thursday.
RELATIVE_WEEKS = (
    ("w zeszłym tygodniu", -1),
    ("w ubiegłym tygodniu", -1),
    ("w poprzednim tygodniu", -1),
)
# Forms of the days of the week that CLDR's names lack (the case after "on"), 1 = Monday
WEEKDAY_FORMS = {
    "środę": 3,
    "sobotę": 6,
    "niedzielę": 7,
}

# Phrases beside an amount that make it a yearly amount, one year's instalment of a
# period (aidcalc.news.yearly): "€4bn a year", "jährlich 4 Mrd. Euro", "4 mld zł rocznie".
PER_YEAR = (
    "rocznie",
    "co roku",
    "na rok",
    "każdego roku",
    "corocznie",
)
# A rate per unit, no total: these phrases right after an amount (a preposition that is
# also "for" or "to" elsewhere, so only with its noun of a unit). No pledge row counts it
# (aidcalc.news.beside); a PER_YEAR phrase is yearly instead.
PER_UNIT_PHRASES = (
    "na osobę",
    "na osobe",
    "na rodzinę",
    "na dziecko",
    "na dzień",
    "na miesiąc",
    "na głowę",
    "na gospodarstwo",
    "na uchodźcę",
    "za dzień",
    "miesięcznie na osobę",
)

# Words before a year, or before an IN_YEAR phrase, that make the year the end of a period,
# no value date ("do 2027 r."; aidcalc.news.dates); UNTIL_LINKS may stand between.
UNTIL = ("do",)
UNTIL_LINKS = ("końca", "roku")
# phrases saying an amount is spread over several years ("multi-year"; a stem may end a word),
# found in its clause (aidcalc.news.yearly.several_years)
SEVERAL_YEARS = ("wieloletni", "w ciągu kilku lat")
# Words between an amount and a figure the parser reads as no amount ("60 million", no
# currency) that put the figure in a clause of another time, a comparison or a past
# perfect's auxiliary: "…, w porównaniu z 60 mln w 2023 r." dates the figure only
# (aidcalc.news.figures).
OTHER_TIME_WORDS = ("w porównaniu z", "w porównaniu do", "wobec")

# Money that is no gift, whoever's it is (aidcalc.news.other_money): {kind: words}; a word
# ending in "*" stands for every word it begins, words with a space for that phrase.
OTHER_MONEY = {
    # a need stated as a noun (KINDS_STATED: no gift in a clause with no giving verb)
    "need": (
        "luka finansowa",
        "luki finansowej",
        "lukę finansową",
        "potrzeby finansowe",
        "potrzeb finansowych",
    ),
    "damage": "zniszczy* zniszczeni* zniszczeń szkody szkód uszkodz*",
    "fire": "wystrzelił* wystrzelon*",
    "loss": "stracił* straty strat stratach utracon*",
    "trade": "handel handlu eksport eksportu importu sprzedał sprzedała sprzedali",
    "revenue": "dochody dochodów przychody wpływy",
    "debt": "dług długi długu długów zadłużeni*",
    # Figures stated, not given: they count in a clause with no giving verb (KINDS_STATED).
    "estimate": "kosztować kosztuje kosztowałaby szacuje* szacowan* oszacowa* wycenia* wyceni*",
    "stock": (
        "rezerwy",
        "rezerw",
        "rezerwach",
        "pkb",
        "deficyt",
        "deficytu",
        "finansowanie zewnętrzne",
        "finansowania zewnętrznego",
    ),
    "conditional": "oznaczałoby oznaczałaby oznaczałyby wyniosłoby wyniosłaby kosztowałoby",
    # A figure stated by a valuation verb: no pledge unless aid is its subject (KINDS_STATED).
    "valuation": "wynosi wynoszą wynosiła wynosiły wynosił wyniosła wyniosły wyniósł wyniosło",
    # the price of a thing, stated: no gift in a clause with no giving verb (KINDS_STATED)
    "price": "koszt koszty kosztem cena ceny",
}

# Words in a quote naming its speakers as the givers of money it receives ("Ukraine will get
# €2bn from us"): the speaker's country gives (aidcalc.news.donors, rule 4).
FROM_US = ("od nas",)
# Words opening a clause of another subject after an amount ("…, while France will consider
# …", "…, tandis que la France envisage …"): the country right after them (articles between)
# is the subject of its clause, whatever its verb (aidcalc.news.donors, rule 4).
CONTRAST_OPENERS = ("podczas gdy", "natomiast", "zaś", "a")
# Words for a country's givers ("Ukraine's allies", "die Verbündeten der Ukraine"): as the
# subject of a giving verb, with that country as possessor or genitive, the money is several
# givers' (collective) and that country receives it (aidcalc.news.donors, rule 3).
ALLY_WORDS = ("sojusznicy", "partnerzy", "darczyńcy")
# Words between a list item's giver and its amount after the first one ("…, Germany leading with
# €4bn", "…, darunter Deutschland mit 4 Mrd. Euro"): that country gives that amount.
ITEM_WITH = ("na czele z kwotą", "z kwotą")

# A whole named after a part (aidcalc.news.beside, rule 6; docs/extraction.md): the part, a link
# (``SHARE_OF_LINKS``, or one of ``WHOLE_FROM`` that names a whole only with a noun), then a noun
# phrase and the whole's amount. ``WHOLE_NOUNS`` are the nouns of such a phrase, as stems a word
# holds (any ending, any compound: "pakiet" in "pakietu", "paket" in "Hilfspaket");
# ``WHOLE_WORTH`` the words between that noun and the whole's amount ("worth", "o wartości").
WHOLE_NOUNS = (
    "pakiet",
    "fundusz",
    "pul",
    "transz",
    "budżet",
    "program",
    "kwot",
    "sum",
    "instrument",
    "mechanizm",
    "kredyt",
    "pożyczk",
    "plan",
)
WHOLE_WORTH = (
    "o wartości",
    "o łącznej wartości",
    "wartego",
    "wartej",
    "wartym",
    "w wysokości",
    "na kwotę",
    "opiewającego na",
)

# Headings of a pasted table's column that numbers its rows: identifiers, no money
# (aidcalc.news.header_tables).
ID_HEADERS = ("nr", "nr.", "lp.", "lp", "numer")

# Headings of a pasted table's label column that name recipients, not givers
# (aidcalc.news.article_tables).
RECIPIENT_HEADERS = ("odbiorca", "beneficjent", "kraj odbiorca", "cel", "przeznaczenie")

# A correction note (aidcalc.news.corrections): its label before a colon ("Correction:"), the
# phrases naming the figure an earlier version gave (retracted), and a "not" before a retracted
# figure in the note ("…, not 257 million").
CORRECTION_LABELS = ("sprostowanie", "korekta")
EARLIER_VERSION = ("we wcześniejszej wersji", "w poprzedniej wersji")
CORRECTION_NOT = ("nie", "a nie")
# Words in a sentence naming an earlier version that introduce the right figure after the
# retracted one ("…; the correct figure is …"; aidcalc.news.corrections).
# Phrases naming what was reported before ("it was earlier reported"): a retracted figure only when
# a word of CORRECT_FIGURE follows in the same sentence (aidcalc.news.corrections).
EARLIER_REPORT = ("wcześniej podawano", "wcześniej informowano", "początkowo podawano")
CORRECT_FIGURE = (
    "prawidłowa",
    "prawidłowy",
    "prawidłowo",
    "poprawna",
    "poprawny",
    "właściwa",
    "właściwy",
    "w rzeczywistości",
)

# A person's titles (aidcalc.news.persons): a country name right after one, perhaps after
# first names, is a surname ("o primeiro-ministro, Luís Montenegro").
PERSON_TITLES = (
    "prezydent",
    "premier",
    "minister",
    "ministra",
    "kanclerz",
    "ambasador",
    "pan",
    "pani",
)

# Phrases opening a sentence that break down a total said a sentence or a few before; "#" is
# the number the total is restated by (aidcalc.news.parts.opens_breakdown).
BREAKDOWN_OPENERS = ("z tego", "z tej kwoty", "z tej sumy", "z czego", "z tych środków", "z tych #")

# Nouns of war and invasion (our own list, issue F10/F11 of trial 13): a demonym right beside
# one ("Russian invasion", "invasão russa") names the aggressor, never a recipient
# (aidcalc.news.donors).
WAR_NOUNS = "inwazj* wojn* agresj* atak* napa* ofensyw* okupacj*"
# Words saying a sentence's money comes on top of what an earlier sentence stated ("will also
# give"): its row is new, never the earlier sentence's running total (aidcalc.news.candidates).
ON_TOP = ("również", "także", "dodatkowo", "ponadto", "też")
# Phrases restating the value of a package named before ("total value of"): the package's own
# pledge, not a running total of all aid (aidcalc.news.candidates.bases_of).
PACKAGE_VALUE = ("łącznej wartości", "o łącznej wartości", "całkowitej wartości", "łączna wartość")

# Words of a state's budget or spending frame: with a year beside them, the amounts after them
# are that year's allocation of the budget's country (aidcalc.news.budget_lines).
BUDGET_NOUNS = "budżet budżecie budżetu"

# Phrases dating a sentence's money on the day of the sentence before it ("the same day"):
# aidcalc.news.candidates takes the day of the latest earlier row that states one.
SAME_DAY = ("tego samego dnia", "w tym samym dniu", "tego dnia")

# The word for "today": the day its text counts from, a dateline's when one stands above it
# (aidcalc.news.dates.today_date).
TODAY = ("dziś", "dzisiaj")
# Channel words (issue actors15): phrases, folded, before the organisations that pay the money
# out for a giver ("via UNDP and the EU"): such an organisation, and the ones joined to it, is a
# channel, neither giver nor recipient (aidcalc.news.donors).
CHANNEL_WORDS = (
    "za pośrednictwem",
    "poprzez",
    "via",
)
# Venue words (issue actors15): stems of the nouns of an event ("ceremony", "conference",
# "summit", "meeting"); a place after one and a word of place ("at a ceremony in Paris") is
# where it happens, never a giver or recipient (aidcalc.news.donors).
VENUE_WORDS = (
    "ceremoni",
    "uroczystoś",
    "konferencj",
    "szczyt",
    "spotkani",
    "forum",
)

# Verbs of a sum of aid (pledgefaults16), an aid noun (``AID_NOUNS``, no whole's noun of
# ``WHOLE_NOUNS``) their subject before them and the amount right after them: a sum reached
# (``REACH_VERBS``: the aid given so far, cumulative, an allocation: "Germany's aid to Ukraine
# reached €5bn") or a sum the aid came to (``SUM_VERBS``: an allocation, its basis left to the
# other words; a year's aid may come to it). ``REACH_VERBS_AFTER``: verb last, the amount right
# before it (``aidcalc.news.reached``).
REACH_VERBS = (
    "osiągnęła",
    "osiągnął",
    "osiągnęło",
    "osiągnęły",
    # the present of a standing total: the aid so far
    "wynosi obecnie",
    "wynosi już",
    "sięga obecnie",
)
RANKING_AFTER = ("pozostaje największ*", "jest największ*")
SUM_VERBS = ("wyniosła", "wyniósł", "wyniosło", "wyniosły")

# Participles of acts of war (pledgefaults16): a country right after one, an agent's word or
# determiners between ("occupied by Russia", "оккупированные Россией"), or after an agent's
# word right before one ("von Russland besetzten"), wages the war: no actor of aid
# (``aidcalc.news.donors.aggressor``).
WAR_PARTICIPLES = "okupowan* zajęt* anektowan* zniszczon* ostrzelan*"

# "Year" abbreviated after a year ("2023 r."): its period ends a sentence unless a short
# date phrase opens the sentence with it (aidcalc.news.sentences; pledgefaults16).
YEAR_ABBREVIATIONS = "r"

# Nouns of an appeal or a call for money, and forms of asking the request verbs miss
# (aidcalc.news.not_giving): money an appeal asks for is a request, no pledge of the one
# appealing. Merged into NOT_GIVING's "request" cues (aidcalc.words.build).
APPEAL_WORDS = ("apel", "apelu", "apelem", "apele", "apeli")

# Head nouns of an organisation's name ("*" ends a prefix; a leading "*" a compound's head):
# one in the subject of a giving verb where no known giver stands names a giver the gazetteer
# does not know, never an earlier sentence's donor (aidcalc.news.donors).
ORGANISATION_NOUNS = ("bank*", "fundusz*", "agencj*", "fundacj*", "organizacj*")

# Words between a noun of an event and the country it is about ("the conference on Lebanon"):
# that country receives the event's money, never gives it (aidcalc.news.donors).
EVENT_TOPICS = "sprawie rzecz dla"

# Coins and notes after a currency: a face value counted ("10 thousand 2 euro coins"): a
# bare number after a thousand before it is no addend (``number_spans.face_value_after``).
COIN_NOUNS = ("monet", "monety", "monetę", "banknotów", "banknoty")

# Possessive determiners: after a verb of change they make its object the giver's own
# ("raised its total commitment … by €2m to €5m": a change, ``aidcalc.parsing.changes``).
POSSESSIVE_DETERMINERS = ("swoje", "swój", "swoją", "swoich")
