"""Serbian in Cyrillic script (sr): the letters that tell it and the small words around
amounts, as plain data.

Curated by the project from news text in Serbian (session 14); no outside word list is copied.
The scale words ("милион", "милиона", "милијарда", "милијарде", "милијарди") come from CLDR,
as every language's do. A Serbian text in Latin script given no ``lang`` is scored as Croatian
(``hr``), whose scale words, decimal comma and qualifiers it shares, and told as Serbian when
it holds more of the words below that Croatian writes otherwise (``LATIN_TELLING_WORDS``:
"Nemačka", "evra") than of Croatian's; its pledge rows are then read with the Latin forms
below, as with ``lang="sr"``.

Serbian is a news language (trial 16): its giving, receiving and intention verbs, measures,
categories, offices, role words, case endings and other money are below, in both scripts
(Croatian's words where the two share them, in the ekavian forms Serbian writes, then the
Cyrillic ones), and its country names are CLDR's in both scripts (``NAME_LOCALES_ALSO``;
docs/extraction.md, "The language of a text").

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Cyrl"

# Letters that tell the language among the supported ones of its script: "ђ", "ћ" Serbian
# only ("помоћ", "Вучић", "Ђорђе"); "ј", "љ", "њ", "џ" Macedonian as well ("Србија",
# "Украјини", "љубав", "њихов", "буџет"). Ukrainian, Russian and Bulgarian write none of them
# (aidcalc.parsing.language, ``cyrillic_language``).
LETTERS = "ђћјљњџ"

# Serbian in Latin script is scored as Croatian (the same letters and small words); these
# are its words that Croatian writes otherwise, as evidence for Serbian in the language
# inference (``aidcalc.news.language``, against Croatian's ``LATIN_TELLING_WORDS``): the
# ekavian "e" where Croatian writes "ije"/"je" ("Nemačka"/"Njemačka", "svet"/"svijet",
# "dve"/"dvije", "pre"/"prije", "vrednosti"/"vrijednosti", "dodelila"/"dodijelila",
# "predsednik"/"predsjednik"), and the words of its own ("evra"/"eura", "Evropska"/"Europska",
# "hiljada"/"tisuća", "tokom"/"tijekom", "takođe"/"također", "saopštila"/"priopćila").
LATIN_TELLING_WORDS = (
    "nemačka nemačke nemačkoj nemačku nemački nemačkog nemačkim "
    "svet sveta svetu svetska svetske svetski svetskoj svetsku svetskog svetskih "
    "dve pre posle deo dela delu gde uvek vrednosti vrednost vrednošću "
    "dodelila dodelio dodelile dodelili dodeljeno dodeljena dodeljen dodeliti dodela dodele "
    "predsednik predsednika predsednica predsednice obezbedila obezbedio obezbediti "
    "izveštaj izveštaju izveštaja saopštila saopštio saopštenje saopštenju "
    "evra evro evrima evropska evropske evropskoj evropsku evropski evropskog evropskih "
    "hiljada hiljade tokom takođe nedelje mera mere meru merama reč reči rečima "
    "lek leka lekove lekova lekovi bezbednost bezbednosti biće "
    "finansija finansijska finansijske finansijski finansijsku finansijskog "
    "sistem sisteme sistema sistemi odbrana odbrane odbranu odbrani protivvazdušne "
    # the months (Croatian's are Slavic: "siječanj", "veljača", "ožujak" …)
    "januar januara januaru februar februara februaru mart marta martu avgust avgusta avgustu "
    "septembar septembra septembru oktobar oktobra oktobru novembar novembra novembru "
    "decembar decembra decembru"
)

# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``).
NEGATIONS = ("не",)

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
QUALIFIERS = {
    "approx": ["око", "приближно", "отприлике"],
    "over": ["више од", "преко", "најмање", "бар"],
    "under": ["мање од", "скоро", "готово", "нешто мање од"],
    "up_to": ["до", "највише"],
}

# Words that join main and minor units ("20 динара и 43 паре").
CONJUNCTIONS = ("и",)

# What may stand between an amount and its restatement in another currency, besides "(" and
# ",": "односно" (that is), "или" (or).
RESTATEMENT_LINKS = ("односно", "тј", "или")

# Words that open a range ("од 2 до 3 милиона") and join its ends.
RANGE_JOINERS = ("до", "и")  # "и" only after "између"
RANGE_JOINERS_ALONE = ("до",)
RANGE_OPENERS = ("од", "између")

# Words joining a list of numbers that share one currency and scale written once, at the end.
LIST_AND = ("и",)
LIST_OR = ("или",)

# Dates (aidcalc.news.dates): "прошле године" (last year) is the year before the
# publication's.
RELATIVE_YEARS = (
    ("прошле године", -1),
    ("лане", -1),
    ("ове године", 0),
    ("следеће године", 1),
)
ECONOMY_NOUNS = ("БДП",)

# Parts of a total (aidcalc.news.parts), in both scripts Serbian is written in: phrases before
# an amount that make it a part of the amount before it in its sentence ("paket od 1,8
# milijardi evra, od čega 520 miliona …", of which; "од којих", of which, plural; "uključujući",
# including), and phrases opening a sentence that break down a total said a sentence or a few
# before ("Od toga", of this; "Od tog iznosa", of this amount; "Od tih 5 miliona", "#" a
# number restating the total).
# --- News (aidcalc.news) ------------------------------------------------------------------------
# Serbian news is written in both scripts, so each table below holds both: the Latin forms are
# Croatian's (hr.py) where the two share the word, in the ekavian forms Serbian writes ("dodeli",
# "Nemačka", "odbrane", "Svetska banka"; hr "dodijeli", "Njemačka", "obrane", "Svjetska banka"),
# then the Cyrillic ones. Cues as in hr.py: ``*`` ends a prefix, ``####`` stands for a year;
# Serbian marks the recipient by its case ("Ukrajini", "Украјини", dative), so names are
# matched by stems (INFLECTED) and only the nominative ("Nemačka") may be a subject.
# Curated by the project (session 16, trial 16); no outside word list is copied.
VERBS = {
    "give": (
        "dala dao dalo dali daje daju dati doni* poslal* posla* šalje pošalj* isporuči* "
        "isporučuje obeća* izdvoj* dodel* odobri* uplati* finansir* pruži* pruža* najavi* "
        "obezbedi* obezbeđuje "
        "дала дао дало дали даје дају дати дони* послал* посла* шаље пошаљ* испоручи* "
        "испоручује обећа* издвој* додел* одобри* уплати* финансир* пружи* пружа* најави* "
        "обезбеди* обезбеђује"
    ),
    # thanking reverses the roles as receiving does: the one thanked gives
    "receive": "prima* primi* dobi* zahvali* прима* прими* доби* захвали*",
    "aux": "je su će bi је су ће би",
}

CATEGORIES = {
    "military": (
        "vojn* oružj* oružan* municij* dron* projektil* raket* protivvazdušn* oklopn* "
        "artiljerij* odbramben* tenk* "
        "војн* оружј* оружан* муниц* дрон* пројектил* ракет* противваздушн* оклопн* "
        "артиљериј* одбрамбен* тенк*"
    ),
    "financial": (
        "budžet* zajam* zajm* kredit* finansijsk* bespovratn* garancij* "
        "буџет* зајам* зајм* кредит* финансијск* бесповратн* гаранциј*"
    ),
    "humanitarian": (
        "humanitarn* zim* energet* generator* medicin* hran* izbegl* "
        "хуманитарн* зим* енергет* генератор* медицин* хран* избегл*"
    ),
}

INTENTION = {
    "pledge": (
        "najavi* obeća* planira* namerava* odluči* će најави* обећа* планира* намерава* одлучи* ће"
    ),
}

MEASURE = {
    "allocation": (
        "dala dao dali isporuči* izdvoji* dodeli* donira* poslal* pružil* darovao darovala "
        "darovali дала дао дали испоручи* издвоји* додели* донира* послал* пружил* даровао "
        "даровала даровали"
    ),
    # received money is paid out ("Turska je od Japana dobila …"), as hr's "primila"
    "disbursement": (
        "isplati* isplaćen* uplati* primila primio dobila dobio dobili "
        "исплати* исплаћен* уплати* примила примио добила добио добили"
    ),
    # an approved package or loan ("odobrila paket", "одобрила зајам") is committed, whatever
    # a later clause says of its parts ("od čega će … biti isplaćeno")
    "commitment": "obavez* odobri* обавез* одобри*",
}

FUTURE = {
    "future": "će ćemo ćete hoće sledećeg narednog ће ћемо ћете хоће следећег наредног",
}

# Short forms CLDR does not give, in both scripts (the nominative, a subject), and the same in
# the other cases ("za Gazu", "Гази": never a subject).
PLACE_SHORT_FORMS = {
    "EU": "EU",
    "SAD": "USA",
    "Gaza": "PSE",
    "Moldova": "MDA",
    "Palestina": "PSE",
    "Velika Britanija": "GBR",
    "Velik Britanij": "GBR",
    # the United States in full as the press writes it (CLDR: "Sjedinjene Države"), and its
    # stems for the other cases ("Sjedinjenim Američkim Državama")
    "Sjedinjene Američke Države": "USA",
    "Sjedinjen Američk Držav": "USA",
    "ЕУ": "EU",
    "САД": "USA",
    "Газа": "PSE",
    "Молдова": "MDA",
    "Палестина": "PSE",
    "Велика Британија": "GBR",
    "Велик Британиј": "GBR",
    "Сједињене Америчке Државе": "USA",
    "Сједињен Америчк Држав": "USA",
}
PLACE_CASE_FORMS = {
    "Gazi": "PSE",
    "Gazu": "PSE",
    "Gaze": "PSE",
    "Moldovi": "MDA",
    "Moldovu": "MDA",
    "Moldove": "MDA",
    "Palestini": "PSE",
    "Palestinu": "PSE",
    "Palestine": "PSE",
    "Гази": "PSE",
    "Газу": "PSE",
    "Газе": "PSE",
    "Молдови": "MDA",
    "Молдову": "MDA",
    "Молдове": "MDA",
    "Палестини": "PSE",
    "Палестину": "PSE",
    "Палестине": "PSE",
}
# CLDR locales whose country names Serbian text writes too: Serbian in its other script
# ("Nemačka", "Švajcarska", "Evropska unija"), beside CLDR's Cyrillic ones (``aidcalc.places``).
NAME_LOCALES_ALSO = ("sr_Latn",)
EXTRA_LETTERS = 4
INFLECTED = True

# The endings of a country's name in the oblique cases after a consonant (aidcalc.places):
# a name too short to be a stem ("Чад", "Čad": Chad) is found in them too ("Чаду", "Čadu"),
# and so is a name that drops its last vowel before them (``FLEETING_VOWELS``: "Egipat",
# "Egipta"; "Jemen", "Jemnu").
NAME_CASE_ENDINGS = "a u om e а у ом е"

FLEETING_VOWELS = "aа"

INSTITUTIONS = {
    "": (
        "Vlad*",
        "ministarstv* odbrane",
        "ministarstv* spoljnih poslova",
        "ministarstv* finansija",
        "ministarstv*",
        "premijer*",
        "predsedni*",
        "skupštin*",
        "Влад*",
        "министарств* одбране",
        "министарств* спољних послова",
        "министарств* финансија",
        "министарств*",
        "премијер*",
        "председни*",
        "скупштин*",
    ),
    "EU": (
        "Evropsk* komisij*",
        "Evropsk* unij*",
        "Evropsk* parlament*",
        "Savet* EU",
        "Савет* ЕУ",
        "Европск* комисиј*",
        "Европск* униј*",
        "Европск* парламент*",
    ),
    "EIB": ("Evropsk* investicion* bank*", "Европск* инвестицион* банк*"),
    "EBRD": ("Evropsk* bank* za obnovu i razvoj", "Европск* банк* за обнову и развој"),
    "WBG": ("Svetsk* bank*", "Светск* банк*"),
    "IMF": ("Međunarodn* monetarn* fond*", "MMF", "Међународн* монетарн* фонд*", "ММФ"),
}

AID_NOUNS = "pomoć* podršk* paket* donacij* помоћ* подршк* пакет* донациј*"
AGENT_MARKERS = "od од"
# Words before a country after a part of a whole that name where the part comes from, its giver
# (aidcalc.news.donors.part_source).
PART_SOURCES = "iz od из од"
RECIPIENT_MARKERS = "za за"
MEANS_MARKERS = "putem prema путем према"
# Case endings on a country's name right after an aid noun ("pomoć Nemačke": the genitive,
# its giver) and of the dative ("Ukrajini", "Турској": the one given to), in both scripts
# (aidcalc.news.donors).
NAME_ENDINGS = {"owner": "e е", "dative": "i oj u и ој у"}
SEAT_LINKS = "u у"
# Nouns of a state's form between an office and its country ("Vlada Republike Srbije"): the
# country still owns the office (aidcalc.news.donors).
STATE_NOUNS = "republike kraljevine републике краљевине"

# Money asked for, denied, refused or not given (aidcalc.news.not_giving).
NOT_GIVING = {
    "contrast": "ne samo не само",
    "request": (
        "zatraži* traži* zamoli* moli* zahtev* затражи* тражи* замоли* моли* захтев* pozva* "
        "poziva* позва* позива*"
    ),
    "wish": "treba želi potreb* треба жели потреб*",
    "denial": "demantova* porekl* poriče демантова* порекл* пориче",
    "refusal": "odbi* odbij* одби* одбиј*",
    "negation": "ne neće nije nisu nikada не неће није нису никада",
}
# Words after a request that open what the one asked is to do ("asked Germany to give …"):
# a giving verb after one is the thing asked for, no gift (aidcalc.news.not_giving).
REQUEST_LINKS = "da да"

# Dates (aidcalc.news.dates): "u 2023." (in 2023) is a value date.
IN_YEAR = ("u", "у")

# A person's titles (aidcalc.news.persons): a country name right after one is a surname.
PERSON_TITLES = (
    "predsednik",
    "predsednica",
    "premijer",
    "premijerka",
    "ministar",
    "ministarka",
    "kancelar",
    "председник",
    "председница",
    "премијер",
    "премијерка",
    "министар",
    "министарка",
    "канцелар",
)

# Words opening a clause of another subject after an amount ("…, dok Nemačka daje …"): the
# country right after them is the subject of its clause (aidcalc.news.donors, rule 4).
CONTRAST_OPENERS = ("dok", "a", "te", "док", "а", "те")
REST_WORDS = ("ostatak", "preostalih", "preostali", "остатак", "преосталих", "преостали")

# Nouns of war and invasion: a demonym beside one names the aggressor, never a recipient.
WAR_NOUNS = (
    "invazij* rat* agresij* napad* ofanziv* okupacij* инвазиј* рат* агресиј* напад* офанзив*"
)
# Words saying a sentence's money comes on top of what an earlier sentence stated.
ON_TOP = ("takođe", "dodatno", "osim toga", "i još", "такође", "додатно", "осим тога", "и још")

# Verbs of an actor spending on itself, and possessives of the subject after their amount
# ("troši … na svoju vojsku": spent on itself, no aid).
SPENDING_VERBS = "troši troše potrošio potrošila potrošeno троши троше потрошио потрошила потрошено"
OWN_POSSESSIVES = "svoju svoje svoj svojoj svojim svojih своју своје свој својој својим својих"

# Parts of a total and "since" (identical to branch trialfixb16's tables, which every news
# language must have: keep one copy when both are merged).
PART_BEFORE = (
    "od čega",
    "od kojih",
    "od toga",
    "uključujući",
    "од чега",
    "од којих",
    "од тога",
    "укључујући",
)
BREAKDOWN_OPENERS = (
    "od toga",
    "od tog iznosa",
    "od ove sume",
    "od ukupnog iznosa",
    "od tih sredstava",
    "od tih #",
    "од тога",
    "од тог износа",
    "од ове суме",
    "од укупног износа",
    "од тих средстава",
    "од тих #",
)

# Words that make an amount a running total (aidcalc.news.candidates.bases_of), in both scripts:
# "ukupno" (in total), "dosad" and "do sada" (so far), "od početka" (since the start), "od
# 2022." (since 2022); "već" (already) only for an amount its clause dates by no month or year.
BASIS = {
    "cumulative": "ukupno dosad do sada od početka od #### укупно досад до сада од почетка од ####",
    "already": "već већ",
}
CUE_PHRASES = ("do sada", "od početka", "od ####", "до сада", "од почетка", "од ####")
# The total value of one package ("paket ukupne vrednosti 50 miliona evra"): its pledge, no
# running total.
PACKAGE_VALUE = (
    "ukupne vrednosti",
    "ukupna vrednost",
    "ukupnu vrednost",
    "укупне вредности",
    "укупна вредност",
    "укупну вредност",
)
# Dates (aidcalc.news.dates): "od februara 2022." (since February 2022) starts a running period,
# no value date.
SINCE = ("od", "од")
# Verbs of being between an amount and its restatement in another currency; subjects naming the
# money said just before, opening a sentence that only restates it (aidcalc.news.restated).
COPULAS = "je iznosi odgovara је износи одговара"
RESTATING_SUBJECTS = (
    "ovaj iznos",
    "taj iznos",
    "ova suma",
    "ta suma",
    "iznos",
    "овај износ",
    "тај износ",
    "ова сума",
    "износ",
)

# A correction note (aidcalc.news.corrections): its label, the earlier version, the right
# figure.
CORRECTION_LABELS = ("ispravka", "исправка")
EARLIER_VERSION = (
    "u ranijoj verziji",
    "u prethodnoj verziji",
    "у ранијој верзији",
    "у претходној верзији",
)
CORRECTION_NOT = ("ne", "a ne", "не", "а не")
# Phrases naming what was reported before ("it was earlier reported"): a retracted figure only when
# a word of CORRECT_FIGURE follows in the same sentence (aidcalc.news.corrections).
EARLIER_REPORT = (
    "ranije je objavljeno",
    "ranije je navedeno",
    "prethodno je objavljeno",
    "раније је објављено",
    "раније је наведено",
)
CORRECT_FIGURE = (
    "tačan",
    "tačna",
    "tačno",
    "ispravan",
    "ispravna",
    "тачан",
    "тачна",
    "тачно",
    "исправан",
)

# Money that is no gift, whoever's it is (aidcalc.news.other_money).
OTHER_MONEY = {
    # a need stated as a noun (pledges18): the needer's figure, no gift (KINDS_STATED)
    "need": (
        "finansijske potrebe",
        "potrebe za finansiranjem",
        "финансијске потребе",
        "потребе за финансирањем",
    ),
    "damage": (
        "uništio uništila uništen* razorio razorila štete štetu oštećen* "
        "уништио уништила уништен* разорио разорила штете штету оштећен*"
    ),
    "loss": "izgubio izgubila izgubili gubitke gubici gubitaka изгубио изгубила губитке губици",
    "trade": (
        "trgovina trgovine trgovinu izvoz izvoza uvoz uvoza trgovin* "
        "трговина трговине трговину извоз извоза увоз увоза"
    ),
    "revenue": "prihodi prihoda приходи прихода",
    "debt": "dug dugovi dugova дуг дугови дугова",
    "price": "troškovi troškova košta cena cene трошкови трошкова кошта цена цене",
}
OTHER_MONEY_LINKS = "u у"

# The word for "today", channel words before an organisation that pays the money out for a
# giver ("putem UNDP-a"), and stems of the nouns of an event ("na konferenciji u Briselu":
# where, never who) (aidcalc.news.donors).
TODAY = ("danas", "данас")
CHANNEL_WORDS = ("putem", "preko", "posredstvom", "путем", "преко", "посредством")
VENUE_WORDS = (
    "ceremonij",
    "konferencij",
    "samit",
    "sastank",
    "sastan",
    "церемониј",
    "конференциј",
    "самит",
    "састанк",
    "састан",
)

# Nouns of an appeal or a call for money, and forms of asking the request verbs miss
# (aidcalc.news.not_giving): money an appeal asks for is a request, no pledge of the one
# appealing. Merged into NOT_GIVING's "request" cues (aidcalc.words.build).
APPEAL_WORDS = ("apel*", "апел*")

# Words for givers (aidcalc.news.donors, rule 3): as a subject, several givers' money; with
# a country as their possessor or genitive, that country receives.
ALLY_WORDS = ("saveznici", "partneri", "donatori", "савезници", "партнери", "донатори")

# Head nouns of an organisation's name ("*" ends a prefix; a leading "*" a compound's head):
# one in the subject of a giving verb where no known giver stands names a giver the gazetteer
# does not know, never an earlier sentence's donor (aidcalc.news.donors).
ORGANISATION_NOUNS = ("bank*", "fond*", "agencij*", "банк*", "фонд*", "агенциј*")
