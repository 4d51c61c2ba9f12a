"""Turkish (tr): qualifiers and the small words around amounts, as plain data.

Curated by the project from news text in Turkish about aid and budgets; no outside word list is
copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Frequent small words that tell the language of a text (``aidcalc.parsing.language``); "ğ"
# and the dotless "ı" are written by no other supported Latin-script language; "ş", "ç", "ö"
# and "ü" are shared (Romanian, French, German, Finnish, Swedish), a point to each lister: a
# short Turkish sentence ("Türkiye … gönderdi") read German on "ü" and "ö" alone without them.
STOP_WORDS = "ve bir bu için ile olarak olan daha çok ama gibi kadar ancak"
LETTERS = "ğışçöü"

# Dates (aidcalc.news.dates): "geçen yıl" (last year) is the year before the publication's.
RELATIVE_YEARS = (
    ("geçen yıl", -1),
    ("geçtiğimiz yıl", -1),
    ("geçen sene", -1),
    ("bu yıl", 0),
    ("gelecek yıl", 1),
    ("önümüzdeki yıl", 1),
)
# Nouns of a country's economy (GDP): a year right after them, or before them, is the
# year of that measure and dates no amount (aidcalc.news.dates).
ECONOMY_NOUNS = ("GSYİH",)

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
QUALIFIERS = {
    "approx": ["yaklaşık", "yaklaşık olarak", "tahminen", "aşağı yukarı"],
    "over": ["en az", "en azından"],
    "under": ["neredeyse"],
    "up_to": ["en fazla", "azami"],
}

# Qualifiers written after the amount (Turkish postpositions): "1 milyar doları aşkın" (more
# than), "50 milyon dolar civarında" (around), read only in a Turkish text.
QUALIFIERS_AFTER = {
    "aşkın": "over",
    "civarında": "approx",
    "üzerinde": "over",
    # after the ablative, "5 milyon dolardan fazla" (more than 5 million)
    "fazla": "over",
}

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("yani", "ya da", "veya")

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("ve",)
# Words joining a range's ends, with no opener before ("5 ila 6 milyon": 5 to 6 million).
RANGE_JOINERS = ("ila", "ile")
RANGE_JOINERS_ALONE = ("ila",)
# Words after a range that close it, and the joiners ("ile": and, with) that make a range only
# with one of them: "5 ile 10 milyon dolar arasında" is between 5 and 10 million.
RANGE_CLOSERS = ("arasında", "arasındaki", "arası")
CLOSED_RANGE_JOINERS = ("ile",)

LIST_OR = ("veya", "ya da")

# The word for the decimal mark in a number spelled out ("two point five"): a decimal
# written in words, read in English, refused in the others (never the part after it).
DECIMAL_WORDS = ("virgül",)

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = ("bunun", "ayrıca", "ve ayrıca")
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("için",)

# Phrases before an amount that make it part of the one before it ("bunun 40 milyon doları":
# of this, 40 million dollars; read by ``aidcalc.news.parts`` in a Turkish text).
PART_BEFORE = ("bunun", "bundan", "bu miktarın", "bu tutarın", "bu paranın")

# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("yarım milyar"): {word: value}.
# One word for "and a half" after a count before a scale word ("iki buçuk milyar": 2.5 billion).
AND_A_HALF = ("buçuk",)

COUNT_WORDS = {
    "yarım": "0.5",
    "bir": "1",
    # small counts, read the same way before a scale word of this language ("tre miljarder")
    "iki": "2",
    "üç": "3",
    "dört": "4",
    "beş": "5",
    "altı": "6",
    "yedi": "7",
    "sekiz": "8",
    "dokuz": "9",
    "on": "10",
    "yüz": "100",
}

# A running total, not new money (``aidcalc.news.cues``; read in a Turkish text although
# Turkish has no giving verbs of its own here): "şimdiye kadar", "bugüne kadar", "toplam".
BASIS = {
    # "2022'den bu yana", "savaşın başından beri", "Şubat 2022'den itibaren": since
    "cumulative": (
        "şimdiye kadar bugüne kadar bugüne dek şu ana kadar toplam toplamda bu yana beri itibaren"
    ),
}
CUE_PHRASES = (
    "şimdiye kadar",
    "bugüne kadar",
    "bugüne dek",
    "şu ana kadar",
    "bu yana",
    # verbs of two words (MEASURE)
    "söz verdi",
    "sözü verdi",
    "söz verdiği",
    "sözü verdiği",
    "taahhüt etti",
    "taahhüt edildi",
    "vaat etti",
    "karar verdi",
    "tahsis etti",
    "tahsis edildi",
)

# Phrases naming the calendar week before the publication's (aidcalc.news.dates,
# docs/extraction.md): a date approximate to the week, dated by the month of its Thursday.
RELATIVE_WEEKS = (
    ("geçen hafta", -1),
    ("geçtiğimiz hafta", -1),
)

# Phrases beside an amount that make it a yearly amount, one year's instalment of a
# period (aidcalc.news.yearly): "€4bn a year", "jährlich 4 Mrd. Euro", "4 mld zł rocznie".
PER_YEAR = (
    "yıllık",
    "her yıl",
    "yılda",
)

# Verbs of an actor spending on itself: money so spent is no aid.
SPENDING_VERBS = "harcıyor harcadı harcar"

# Money that is no gift, whoever's it is (aidcalc.news.other_money, read in a Turkish text
# although Turkish is no news language): {kind: words}; a word ending in "*" stands for every
# word it begins. "maliyeti" (its cost), "hasar" (damage), "kayıp" and "zarar" (losses).
OTHER_MONEY = {
    # a need stated as a noun (pledges18: "finansman ihtiyacı", the financing need; "finansman
    # açığı", the financing gap): the needer's figure, no gift (KINDS_STATED)
    "need": ("finansman ihtiyac*", "finansman açığı", "finansman açığını"),
    "damage": "hasar* tahrip yıktı yıkıldı",
    "loss": "kayıp* kaybetti zarar*",
    "debt": "borç*",
    # the price of a thing, stated: no gift in a clause with no giving verb (KINDS_STATED)
    "price": "maliyet* masraf* fiyat* tutuyor",
}

# News words (aidcalc.news): with VERBS Turkish is a news language. Turkish puts the verb last
# and marks a country's role by a case ending after an apostrophe ("Ukrayna'ya": to Ukraine),
# read by ``CASE_SUFFIXES``; "yardım sözü verdi" (promised aid) is "verdi" (gave) after a noun.
VERBS = {
    "give": (
        "verdi verecek veriyor verecektir vermişti gönderdi gönderecek gönderiyor "
        "sağladı sağlayacak sağlıyor ayırdı ayıracak bağışladı bağışlayacak bağışlıyor aktardı "
        "aktaracak tahsis taahhüt vaat açıkladı açıklayacak duyurdu ödedi ödeyecek"
    ),
    "receive": "aldı alacak alıyor teşekkür",
}
# The future of the passive ("verilecek", will be given; "sağlanacak", will be provided).
PASSIVE_FUTURE = (
    "verilecek verilecektir sağlanacak ayrılacak bağışlanacak gönderilecek aktarılacak "
    "ödenecek edilecek edilecektir"
)
# Announced, promised, planned or future money is a pledge: "taahhüt etti" (pledged), "söz
# verdi" (promised: "gave a word"), "vaat etti" (vowed), "karar verdi" (decided) and the
# future in "-ecek/-acak" ("verecek", will give).
INTENTION = {
    "pledge": (
        "söz sözü taahhüt vaat* açıkladı açıklayacak duyurdu planlıyor planladı karar "
        "verecek verecektir sağlayacak ayıracak bağışlayacak gönderecek aktaracak ödeyecek "
        "edecek edecektir " + PASSIVE_FUTURE
    ),
}
# The measure from the verb, last in a Turkish clause (docs/extraction.md, "Measure"): the
# past of giving is delivered money, an allocation ("verdi" gave, "bağışladı" donated,
# "sağladı" provided, "ayırdı" allocated, "gönderdi" sent), as "gave"/"dał"/"дала" are; money
# paid or received is a disbursement ("ödedi" paid, "aldı" received). "Söz verdi" (promised)
# is the verb "verdi" after the noun "söz" (word): the phrase is a pledge, so that the
# "verdi" in it is no allocation (a phrase is matched whole, before the word inside it).
MEASURE = {
    "allocation": (
        "verdi vermişti verdiği bağışladı bağışlanan ayırdı ayrılan gönderdi gönderilen "
        "sağladı sağlanan aktardı aktarılan teslim tahsis etti tahsis edildi"
    ),
    "disbursement": "ödedi ödendi ödenen aldı aldığı",
    "pledge": (
        "söz verdi sözü verdi söz verdiği sözü verdiği taahhüt etti taahhüt edildi vaat etti "
        "karar verdi"
    ),
}
# The future tense (a month after the publication month is then ahead, not behind).
FUTURE = {
    "future": (
        "verecek verecektir sağlayacak ayıracak bağışlayacak gönderecek aktaracak ödeyecek "
        "edecek edecektir " + PASSIVE_FUTURE
    ),
}
CATEGORIES = {
    "military": "askeri silah* mühimmat* füze* tank* hava savunma*",
    "financial": "kredi* hibe* bütçe*",
    "humanitarian": "insani enerji* jeneratör* gıda* sağlık*",
}
# The role of a country from the case ending after its apostrophe: the dative receives
# ("Ukrayna'ya", "Almanya'ya"), the ablative gives ("Japonya'dan"), the genitive owns
# ("Türkiye'nin yardımı"): a possessor, never the subject (aidcalc.news.donors, rule 2).
# The locative names where something happens ("Ankara'da düzenlenen tören", the ceremony held
# in Ankara): a ``place``, no actor; its adjective ("Suriye'deki depremzedeler", the
# earthquake victims in Syria) names where the ones helped are: the recipient.
CASE_SUFFIXES = {
    "recipient": "ya ye a e na ne daki deki taki teki ndaki ndeki",
    "place": "da de ta te nda nde",
    "agent": "dan den tan ten ndan nden",
    "owner": "nın nin nun nün ın in un ün",
}
EXTRA_LETTERS = 3
INSTITUTIONS = {
    "": (
        "hükümet*",
        "bakanlı*",
        "cumhurbaşkan*",
        "başbakan*",
        "meclis*",
    ),
    "EU": ("Avrupa Birliği*", "Avrupa Komisyonu*", "AB"),
    # the disaster agency and the development agency of Turkey
    "TUR": ("AFAD", "TİKA"),
    "WBG": ("Dünya Bankası*",),
    "IMF": ("Uluslararası Para Fonu*", "IMF"),
}
AID_NOUNS = "yardım* destek* paket* hibe*"
# Phrases that make the money of a sentence a collective one, with no single donor: the
# donors ("bağışçılar konferansında toplam 7 milyar avro taahhüt edildi"), the donor countries.
COLLECTIVE_DONORS = (
    "bağışçılar*",
    "bağışçı ülkeler*",
    "diğer ülkelerle birlikte",
)
# The dative endings (after the apostrophe) of the one asked before a request verb, which closes
# the clause ("Ukrayna Almanya'ya 1 milyar dolarlık yardım çağrısı yaptı": the appeal is made to
# Germany; aidcalc.news.not_giving.request_roles); the ablative ("Almanya'dan", from Germany)
# is the agent case, asked already.
ASKED_AFTER = ("'ya", "'ye", "'a", "'e", "’ya", "’ye", "’a", "’e")
NOT_GIVING = {
    "request": "talep* istedi istiyor çağırdı çağırıyor çağırmıştı",
    "wish": "ihtiyaç*",
}
PLACE_SHORT_FORMS = {
    "ABD": "USA",
    "AB": "EU",
    # Gaza and Palestine as the press names it (CLDR has only the territories)
    "Gazze": "PSE",
    "Filistin": "PSE",
    # England for the United Kingdom, as the Turkish press names it (CLDR: "Birleşik Krallık")
    "İngiltere": "GBR",
}

# A correction note (aidcalc.news.corrections): its label before a colon ("Correction:"), the
# phrases naming the figure an earlier version gave (retracted), and a "not" before a retracted
# figure in the note ("…, not 257 million").
CORRECTION_LABELS = ("düzeltme",)
EARLIER_VERSION = ("haberin önceki versiyonunda", "önceki bir versiyonunda")
CORRECTION_NOT = ("değil",)

# Phrases dating a sentence's money on the day of the sentence before it ("the same day"):
# aidcalc.news.candidates takes the day of the latest earlier row that states one.
SAME_DAY = ("aynı gün", "aynı gün içinde")
# Words in a sentence naming an earlier version that introduce the right figure after the
# retracted one ("…; the correct figure is …"; aidcalc.news.corrections).
CORRECT_FIGURE = ("doğru", "doğrusu")

# The rest of a whole, set off right before an amount or standing right before it: a
# part of the amount before (aidcalc.news.parts).
REST_WORDS = ("kalan", "geri kalan")

# Phrases opening a sentence that break down a total said a sentence or a few before it
# ("Bu tutarın 250 milyon avrosu …": of this amount, 250 million euros …; the genitive of a
# demonstrative and a noun of money, the part's amount after it): its amounts are parts of
# the giver's latest total (aidcalc.news.parts.opens_breakdown). Not the bare "bunun",
# "bunların": "Bunun yanı sıra …" (besides this) opens no breakdown.
# Subjects naming the money said just before, opening a sentence that only restates it
# in another currency ("Bu tutar yaklaşık 10,8 milyon dolara denk geliyor"): that amount
# is the same money, no second pledge (aidcalc.news.restated).
RESTATING_SUBJECTS = (
    "bu tutar",
    "bu miktar",
    "bu meblağ",
    "bu para",
    "söz konusu tutar",
    "söz konusu miktar",
    "tutar",
    "miktar",
)
# Verbs of being that close a verb-final clause, after the amount restating the one before
# ("… 10 milyon avroluk tutar yaklaşık 10,8 milyon dolara denk geliyor": is equal to): that
# amount restates it (aidcalc.news.restated).
COPULAS_AFTER = "denk eşit karşılık tekabül eşdeğer"

BREAKDOWN_OPENERS = (
    "bu tutarın",
    "bu miktarın",
    "bu meblağın",
    "bu paranın",
    "bu fonun",
    "bu paketin",
    "söz konusu tutarın",
    "söz konusu miktarın",
    "toplam tutarın",
)

# Headings of a pasted table's label column that name recipients or purposes, not givers
# (aidcalc.news.article_tables).
RECIPIENT_HEADERS = ("alıcı", "amaç")

# The word for "today": the day its text counts from, a dateline's when one stands above it
# (aidcalc.news.dates.today_date).
TODAY = ("bugün",)
# Channel words (issue actors15): phrases, folded, before the organisations that pay the money
# out for a giver ("via UNDP and the EU"): such an organisation, and the ones joined to it, is a
# channel, neither giver nor recipient (aidcalc.news.donors).
CHANNEL_WORDS = ()  # a postposition after the organisation: CHANNEL_AFTER
# Postpositions after an organisation that pays the money out for a giver, its case ending
# between ("Dünya Bankası aracılığıyla"): a channel, no giver (pledgefaults16).
CHANNEL_AFTER = ("aracılığıyla", "vasıtasıyla", "üzerinden", "kanalıyla")
# Venue words (issue actors15): stems of the nouns of an event ("ceremony", "conference",
# "summit", "meeting"); a place after one and a word of place ("at a ceremony in Paris") is
# where it happens, never a giver or recipient (aidcalc.news.donors).
VENUE_WORDS = (
    "tören",
    "konferans",
    "zirve",
    "toplantı",
)

# Verbs of a sum of aid (pledgefaults16), an aid noun (``AID_NOUNS``, no whole's noun of
# ``WHOLE_NOUNS``) their subject before them and the amount right after them: a sum reached
# (``REACH_VERBS``: the aid given so far, cumulative, an allocation: "Germany's aid to Ukraine
# reached €5bn") or a sum the aid came to (``SUM_VERBS``: an allocation, its basis left to the
# other words; a year's aid may come to it). ``REACH_VERBS_AFTER``: verb last, the amount right
# before it (``aidcalc.news.reached``).
REACH_VERBS_AFTER = ("ulaştı", "buldu")

# Words after a date, its ablative ending between, that make it the start of a period, not a
# value date: "Şubat 2022'den itibaren", "2022'den beri", "2022'den bu yana" (since;
# pledgefaults16).
SINCE_AFTER = ("itibaren", "beri", "yana")

# Nouns of an appeal or a call for money, and forms of asking the request verbs miss
# (aidcalc.news.not_giving): money an appeal asks for is a request, no pledge of the one
# appealing. Merged into NOT_GIVING's "request" cues (aidcalc.words.build).
APPEAL_WORDS = ("çağrı*",)

# Words for givers (aidcalc.news.donors, rule 3): as a subject, several givers' money; with
# a country as their possessor or genitive, that country receives.
ALLY_WORDS = ("müttefikler", "ortaklar", "bağışçılar")

# Head nouns of an organisation's name ("*" ends a prefix; a leading "*" a compound's head):
# one in the subject of a giving verb where no known giver stands names a giver the gazetteer
# does not know, never an earlier sentence's donor (aidcalc.news.donors).
ORGANISATION_NOUNS = ("banka*", "*bankası", "fonu", "ajans*")
