"""Currency vocabulary CLDR does not spell: symbol, name and scale supplements, defaults.

Data only; imports nothing from aidcalc. Everything CLDR has (currency names with plural and
case forms, symbols, compact scale words) is read from CLDR through babel by
``aidcalc.parsing.cldr`` and never copied here. What is here is the project's own curation from
news and finance text: wire-service abbreviations (``bn``, ``mln``, ``C$``, ``US$``), local
symbols as the press writes them (``грн``, ``zł``, ``Kč``, ``лв``), pre-euro abbreviations
(``DM``, ``öS``, ``FF``), and minor-unit words for the hundredth of a main unit (ISO 4217 gives
the number of minor units, not their names).
"""

from decimal import Decimal

# fmt: off
# (the word tables below read best packed, a few entries a line)

# Single letters are too common to take from every locale; only these stand for a scale.
SINGLE_LETTER_SCALES = {"k": 3, "m": 6, "b": 9, "t": 12}

# SI prefixes that stand for a scale only glued to a currency sign after a number: "3 G€", the
# French finance press's giga-euro (a milliard; "k€", "M€" and "T€" are single-letter scales).
GLUED_PREFIXES = {"G": {"en": 9, "fr": 9}}

# Scale abbreviations whose letter case tells their language, read as written, never folded:
# the Portuguese "mM" (mil milhões, 10^9: CLDR pt_PT's compact "0 mM"; "2,5 mM€") is no
# English "MM" or "mm" (a million), which no writer spells with a small m first.
CASED_SCALES = {"mM": {"pt": 9}, "mM.": {"pt": 9}}

# Codes a language's accounts prefix with "M" for a thousand, {language: codes}: Chilean and
# other Latin American statements write "MUSD 500" as they write "MUS$ 500", miles de dólares
# (USD 500,000), where the Nordic and English finance press's "MUSD" is a million (issue 9,
# amounts17b). Read so in a text of that language; with no language told, the million is read
# and the default recorded (``scale-default``).
THOUSAND_PREFIXED_CODES = {"es": frozenset({"USD"})}

# Scale abbreviations CLDR does not spell in any locale's compact formats (news and finance usage).
SCALE_SUPPLEMENT = {
    "en": {
        # the finance press's "MM" (a thousand thousand) and "MMM" (a thousand million):
        # without "mmm", "US$5 MMM" read USD 5
        "mn": 6, "mln": 6, "mm": 6, "mmm": 9, "bn": 9, "bln": 9, "bil": 9, "tn": 12,
        # dotted as the Ukrainian, Russian and Baltic press write English ("UAH 2 bln."):
        # without them CLDR's Dutch "bln." (a biljoen, 10^12) read "€1 bln. to Kyiv" in English
        "mln.": 6, "bln.": 9, "bil.": 9,
        # and "bn." as English writes it before a currency ("5 bn. EUR"), read as at a sentence
        # end ("EUR 5 bn."): without it CLDR's French and Swedish "bn." (10^12) read it silently
        "bn.": 9,
        "trn": 12, "thousand": 3, "thousands": 3, "millions": 6, "billions": 9, "trillions": 12,
        # the thousand as English dictionaries give it clipped (Merriam-Webster's and Collins's
        # informal "thou", "5 thou"; "thous.", "ths." in statistical tables: "UAH 500 ths."):
        # without them "$5 thou" read USD 5 (issue 9, amountfaults16)
        "thou": 3, "thous": 3, "thous.": 3, "ths": 3, "ths.": 3,
        "crore": 7, "crores": 7, "cr": 7, "lakh": 5, "lakhs": 5, "lac": 5, "lacs": 5,
    },
    # French press: "4,2 Mds €", "1 Md€"
    "fr": {"mds": 9, "mds.": 9},
    # Japanese and Chinese write 千 before a group unit ("5千万円", "约5千万美元"); CLDR's
    # compact formats start at 万 and give 千 to Cantonese alone, which left a Japanese or
    # Chinese qualifier before it unread
    "ja": {"千": 3},
    "zh": {"千": 3},
    # Greek press: "1,5 εκατ. ευρώ", "500 εκατομμυρίων ευρώ" (the genitive CLDR lacks)
    "el": {"εκατ": 6, "εκατ.": 6, "εκατομμυρίων": 6, "δισεκατομμυρίων": 9, "δισεκ": 9,
           "δισεκ.": 9},
    # Finnish cases CLDR lacks: the genitive before "euron" ("3,1 miljardin euron arvosta") and
    # the adessive ("2,7 miljardilla eurolla"); CLDR spells only the partitive "miljardia"
    # dative and instrumental plurals CLDR's compact forms lack ("дорівнює 45 мільярдам євро",
    # "с 10 миллиардами долларов"), and the Lithuanian accusative ("2 milijonus eurų")
    "uk": {"тисячам": 3, "мільйонам": 6, "мільярдам": 9, "тисячами": 3, "мільйонами": 6,
           "мільярдами": 9},
    "ru": {"тысячам": 3, "миллионам": 6, "миллиардам": 9, "тысячами": 3, "миллионами": 6,
           "миллиардами": 9},
    "lt": {"tūkstančius": 3, "milijonus": 6, "milijardus": 9},
    # the accusative singular after "one" ("dá jednu miliardu korun", "daje jednu milijardu")
    "cs": {"miliardu": 9,
           # the dative, instrumental and locative CLDR's compact forms lack ("oproti 3
           # miliardám eur", "se 3 miliardami eur", "o 2 milionech"; issue 9 parser9)
           "milionům": 6, "miliardám": 9, "milionami": 6, "miliardami": 9, "milionech": 6,
           "miliardách": 9, "tisícům": 3, "tisíci": 3},
    "sk": {"miliardu": 9,
           "miliónom": 6, "miliardám": 9, "miliónmi": 6, "miliardami": 9, "miliónoch": 6,
           "miliardách": 9},
    "hr": {"milijardu": 9},
    # the Serbian accusative singular ("предвиђа 1,5 милијарду динара"; session 14)
    "sr": {"милијарду": 9},
    # the Slovenian accusative plural after three and four ("namenila 3 milijone evrov"), and
    # the dative, locative and instrumental plurals ("s 3 milijardami evrov"; session 14)
    "sl": {"milijone": 6, "milijonom": 6, "milijonih": 6, "milijoni": 6, "milijardam": 9,
           "milijardah": 9, "milijardami": 9},
    # the Polish dative plural of "miliard" and locative of "milion" ("wobec 3 miliardom
    # euro", "o 3 milionach euro"; issue 9 parser9)
    "pl": {"miliardom": 9, "milionach": 6},
    "fi": {"tuhannen": 3, "miljoonan": 6, "miljardin": 9, "biljoonan": 12, "tuhannella": 3,
           "miljoonalla": 6, "miljardilla": 9,
           # the illative ("nousee 4,3 miljoonaan euroon": rises to 4.3 million euros)
           "miljoonaan": 6, "miljardiin": 9},
    # Latvian cases CLDR lacks: the accusative and dative plurals ("piešķīra 5 miljonus eiro",
    # "no 5 līdz 7 miljoniem eiro"); CLDR spells the nominative "miljoni" and genitive "miljonu"
    "lv": {"miljonus": 6, "miljoniem": 6, "miljardus": 9, "miljardiem": 9},
    # the German press's thousand ("500 Tsd. Euro"): CLDR's German compact forms write none
    "de": {"tsd": 3, "tsd.": 3},
    # the Swedish press's "miljarder" before "kr" ("2,5 mdr kr"; CLDR writes only "md")
    "sv": {"mdr": 9, "mdr.": 9},
    # the Spanish "millardo", a thousand million ("1,2 millardos de euros"); CLDR writes none
    "es": {"millardo": 9, "millardos": 9},
    # the Icelandic press's million ("100 millj. kr."); CLDR writes only "m."
    "is": {"millj": 6, "millj.": 6},
}

# A scale abbreviation glued to the currency symbol after it, one word the press writes after a
# number: {language: {word: (exponent, the symbol it ends with)}}. The Swedish press writes
# "500 mkr" and "500 mnkr" (miljoner kronor) and "6,5 mdkr" (miljarder kronor); the "kr" is
# then read as a lone "kr" is (``aidcalc.parsing.resolve``). Read only right after a number.
GLUED_SCALE_SYMBOLS = {
    "sv": {"mkr": (6, "kr"), "mnkr": (6, "kr"), "mdkr": (9, "kr")},
}

# Stop words of a language that its news text also writes as its own scale abbreviation ("$5 mil",
# "$5 mill": millions), so they stay scales there although another locale's scale word is the
# same string. "bill" is not one: in English it is a noun (an invoice, a law), and a Norwegian
# "5 bill. kroner" is read as a scale only with its currency after it (aidcalc.parsing.atoms).
OWN_SCALE_ABBREVIATIONS = {"en": {"mil", "mill"}}

# Prefixed dollars and other symbols of news text that CLDR gives differently or not at all.
SYMBOL_SUPPLEMENT = {
    "US$": "USD", "U.S.$": "USD", "CAN$": "CAD", "CAD$": "CAD", "AU$": "AUD",
    "A$": "AUD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "SG$": "SGD", "NT$": "TWD",
    "R$": "BRL", "MX$": "MXN", "Mex$": "MXN", "₴": "UAH", "грн": "UAH", "грн.": "UAH",
    "zł": "PLN", "zl": "PLN", "Kč": "CZK", "R": "ZAR", "€": "EUR", "₹": "INR",
    "₩": "KRW", "руб": "RUB", "руб.": "RUB", "Fr.": "CHF", "SFr": "CHF",
    # the rouble's letter as Russian text writes it today ("500 р."); CLDR gives it only to
    # the rouble withdrawn in 1998 (RUR), a code no word of today's text means
    "р": "RUB", "р.": "RUB",
    "stg": "GBP", "лв": "BGN", "лв.": "BGN", "元": "CNY",
    "DM": "DEM", "öS": "ATS", "hfl": "NLG", "Lit.": "ITL", "FF": "FRF", "Pta": "ESP",
    "Ptas": "ESP",
    # the Slovak koruna's and the drachma's signs as their press wrote them ("100 mil. Sk")
    "Sk": "SKK", "Δρχ.": "GRD",
    "ரூ": "LKR",
    # news spellings: Turkish lira, Swiss franc, Qatari riyal, Kuwaiti dinar, UAE dirham
    # a spaced or trailing letter: "hk $ 10.05 billion", "10,05 milliards de $ hk", "$CAD"
    "hk $": "HKD", "HK $": "HKD", "$ hk": "HKD", "$ HK": "HKD", "$CAD": "CAD",
    # the Bangladeshi taka and the Kenyan shilling as their press writes them
    "Tk": "BDT", "KSh": "KES",
"SFr.": "CHF", "sFr.": "CHF", "QR": "QAR", "KD": "KWD", "Dhs": "AED",
    "Dhs.": "AED",
    # Scandinavian press abbreviations of the Norwegian krone ("10 nkr", "NKr 5 mill."), the
    # lev capitalised at a sentence start ("15 Лв и 50 Ст")
    "nkr": "NOK", "NKr": "NOK", "Nkr": "NOK", "Лв": "BGN", "Лв.": "BGN",
    # local dollar signs as their countries' press writes them (Jamaica, Trinidad and Tobago,
    # Uruguay: "$U 500" is no US dollar), and the Vietnamese shorthand of the dong ("200.000 đ")
    "J$": "JMD", "TT$": "TTD", "$U": "UYU", "đ": "VND",
    # the US dollar as the River Plate press writes it ("U$D 90 millones", "U$S 10")
    "U$D": "USD", "U$S": "USD",
    # the German press's hyphenated US dollar sign ("500 Mio. US-$"), as its "US-Dollar"
    "US-$": "USD",
    # letters glued before a dollar or pound sign name the country, as its press writes them:
    # Namibia, Zimbabwe (the last Zimbabwe dollar, ZWL), Canada, Colombia, Argentina, Uruguay,
    # Guyana, Egypt and Lebanon ("N$50 million", "CDN$5m", "COL$ 5.000 millones", "E£5 million",
    # "L£500 million", "£L 500 million"); a glued prefix not listed is refused, never read as "$"
    "N$": "NAD", "Z$": "ZWL", "CDN$": "CAD", "Cdn$": "CAD", "Can$": "CAD", "COL$": "COP",
    "Col$": "COP", "Arg$": "ARS", "AR$": "ARS", "UY$": "UYU", "G$": "GYD", "GY$": "GYD",
    "E£": "EGP", "LE£": "EGP", "L£": "LBP", "£L": "LBP", "£E": "EGP", "LL£": "LBP",
}

# The two CFA francs: West Africa's (XOF, BCEAO) and Central Africa's (XAF, BEAC). CLDR gives
# "FCFA" to XAF and "F CFA" to XOF, but the press of both zones writes either for its own franc;
# the country the text names tells them apart (``aidcalc.parsing.context``), else it is refused.
CFA = ("XAF", "XOF")

# Symbols news text gives several currencies; the text's country tells them apart
# (``aidcalc.parsing.context``), else they are refused as ambiguous. "SR": the Saudi riyal in
# Gulf news, the Seychelles rupee in CLDR; "Dh": the UAE and the Moroccan dirham.
# "Rs" is the rupee of India, Pakistan, Sri Lanka, Nepal, Mauritius and the Seychelles alike:
# the country the text names decides, else the default order (INR), recorded as an assumption.
RUPEES = ("INR", "PKR", "LKR", "NPR", "MUR", "SCR")
# "£" is the pound of the United Kingdom and also, in the English-language press of their
# countries, of Egypt, Syria, Lebanon, Sudan and South Sudan, and of the three territories
# pegged to sterling (Falkland Islands, Gibraltar, Saint Helena): the country the text names
# decides ("Egypt got £5 million": EGP), else the default order (GBP), recorded as an assumption.
POUNDS = ("GBP", "EGP", "SYP", "LBP", "SDG", "SSP", "FKP", "GIP", "SHP")
# "Bs" and "Bs." are the Bolivian boliviano (BOB) and the Venezuelan bolívar (VES; CLDR still
# gives "Bs." to VEF, withdrawn in 2018): both countries' press write both, with and without the
# full stop, so the country the text names decides, else the amount is refused.
BOLIVARES = ("BOB", "VES")
# "Sh" is the shilling of Kenya, Uganda and Tanzania in each country's English-language press
SHILLINGS = ("KES", "UGX", "TZS")
# "C$" is the Canadian dollar in news English and the Nicaraguan córdoba's own sign (CLDR
# es_NI): the country the text names decides, else CAD (``SHARED_SYMBOL_DEFAULTS``), said so
CORDOBA_SIGN = ("CAD", "NIO")
# "TL" is the Turkish lira's sign before the 2005 redenomination (TRL) and again since 2009
# (TRY): the year the sentence states decides, else today's (``resolve.dated_predecessor``)
TURKISH_LIRA_SIGN = ("TRY", "TRL")
SHARED_SYMBOL_SUPPLEMENT = {"C$": CORDOBA_SIGN, "c $": CORDOBA_SIGN, "C $": CORDOBA_SIGN,
                            "TL": TURKISH_LIRA_SIGN,
                            "£": POUNDS, "Bs": BOLIVARES, "Bs.": BOLIVARES, "Sh": SHILLINGS,
                            "SR": ("SAR", "SCR"), "Dh": ("AED", "MAD"), "Dh.": ("AED", "MAD"),
                            "FCFA": CFA, "F CFA": CFA, "F.CFA": CFA, "F. CFA": CFA, "CFAF": CFA,
                            "Rs": RUPEES, "Rs.": RUPEES}

# The code a shared sign outside the default order (``DEFAULT_PRIORITY``) is read as when no
# language or country tells which, recorded as ``default-currency``: {candidates: code}.
SHARED_SYMBOL_DEFAULTS = {frozenset(CORDOBA_SIGN): "CAD"}

# Names in news English that CLDR spells otherwise.
NAME_SUPPLEMENT = {
    "en": {
        "Czech crowns": "CZK", "Czech crown": "CZK", "Swedish crowns": "SEK",
        "Norwegian crowns": "NOK", "Danish crowns": "DKK", "greenbacks": "USD", "bucks": "USD",
        "quid": "GBP", "sterling": "GBP", "pounds sterling": "GBP", "euro": "EUR",
        "hryvnia": "UAH", "hryvnias": "UAH", "hryvnyas": "UAH", "zloty": "PLN", "zlotys": "PLN",
        "zlotych": "PLN", "renminbi": "CNY", "rmb": "CNY", "yuan": "CNY",
        # the American press's dotted country ("2.3 billion U.S. dollars"; CLDR: "US dollars")
        "U.S. dollars": "USD", "U.S. dollar": "USD",
    },
    # a CFA franc named with its issuing bank (West Africa's BCEAO, Central Africa's BEAC)
    "fr": {"francs CFA BCEAO": "XOF", "franc CFA BCEAO": "XOF", "FCFA BCEAO": "XOF",
           "francs CFA BEAC": "XAF", "franc CFA BEAC": "XAF", "FCFA BEAC": "XAF"},
    # the pound sterling by its German name (CLDR: "Britisches Pfund"); bare "Pfund" is shared
    "de": {"Pfund Sterling": "GBP", "Pfund Sterlinge": "GBP",
           # the press's long form of "US-Dollar" (Duden: US-amerikanisch)
           "US-amerikanischer Dollar": "USD", "US-amerikanische Dollar": "USD"},
    # Turkish news writes the euro "avro" (CLDR: "Euro") and sterling "sterlin" ("15 milyon
    # sterlin"; CLDR: "İngiliz sterlini")
    "tr": {"avro": "EUR", "sterlin": "GBP"},
    # Korean news writes the won "원" after the number ("2억 원"; CLDR: "대한민국 원")
    # … and the yen and the yuan bare ("2억 엔", "5억 위안"; CLDR: "일본 엔화", "중국 위안화"),
    # and "미불" (the US dollar, 美弗, as press releases write it: "30만미불")
    "ko": {"원": "KRW", "엔": "JPY", "위안": "CNY", "미불": "USD"},
    # news abbreviations: "понад 10 млрд дол. США", and the dollar of a country named short
    # ("2 млрд кан. дол.", "австрал. дол.": never the Argentine austral, "амер. дол.")
    "uk": {"дол. США": "USD", "дол США": "USD", "дол.": "USD", "доларів США": "USD",
           "кан. дол.": "CAD", "канад. дол.": "CAD", "австрал. дол.": "AUD",
           "амер. дол.": "USD"},
    # Russian slang for the dollar, as English "bucks" ("42 бакса")
    "ru": {"бакс": "USD", "бакса": "USD", "баксов": "USD", "баксы": "USD",
           "долл. США": "USD", "долл США": "USD", "долл.": "USD", "дол. США": "USD",
           "кан. долл.": "CAD", "канад. долл.": "CAD", "австрал. долл.": "AUD",
           "амер. долл.": "USD"},
    # Norwegian press spellings: the baht as often misspelt ("10 bhat", "thailandske bhat"), the
    # New Zealand dollar with the English country name ("new zealandske dollar", "nz dollar")
    "nb": {"bhat": "THB", "new zealandske dollar": "NZD", "new zealandske dollars": "NZD",
           "nz dollar": "NZD", "nz dollars": "NZD"},
    # Romanian speech and press write the leu's code as a plural noun ("10 roni"); amounts of
    # before the 2005 redenomination (10,000 old lei to 1 new leu) are "lei vechi" (ROL), the
    # new ones, when set against them, "lei noi" or "lei grei" (RON)
    "ro": {"roni": "RON", "lei vechi": "ROL", "leu vechi": "ROL", "lei noi": "RON",
           "leu nou": "RON", "lei grei": "RON", "leu greu": "RON"},
    # the peseta is Spain's: Andorra's (ADP) was a unit of account at par with it, and Spain's
    # convertible-account pesetas (ESA, ESB) were bank units, none written in news text
    "es": {"peseta": "ESP", "pesetas": "ESP",
           # plurals of the press CLDR gives only with the country adjective ("yenes japoneses")
           "yenes": "JPY", "yuanes": "CNY"},
    # … and the real's plural bare ("5 mil reais"): CLDR's Portuguese plural carries the
    # adjective ("reais brasileiros") and gives the bare word to Luxembourgish alone, so that a
    # frame of another language decided the "mil" (issue 9, amounts17b: BRL 5 million)
    "pt": {"iene": "JPY", "ienes": "JPY", "reais": "BRL"},
    # the złoty bare, as Polish news writes it ("do 300 mln złotych"): CLDR's Polish names
    # carry the adjective ("złotych polskich") and give the bare cases to Sorbian alone, so
    # nothing said Polish and the Polish "do" (up to) before them was dropped (issue 9,
    # amounts17b): nominative, nominative plural, genitive plural and singular, instrumental
    "pl": {"złoty": "PLN", "złote": "PLN", "złotych": "PLN", "złotego": "PLN",
           "złotymi": "PLN"},
    # Swedish slang for kronor, as English "bucks" ("30 spänn")
    "sv": {"spänn": "SEK"},
    # Bulgarian names the pound sterling "паунд" (CLDR: "британска лира"); the bare "лев" is
    # the lev of today (CLDR gives it to the lev withdrawn in 1999, BGL)
    "bg": {"паунд": "GBP", "паунда": "GBP", "лев": "BGN"},
    # the forint bare, as Hungarian news writes it ("500 000 forint"), and in the accusative
    # and instrumental ("5 milliárd forintot", "forinttal"): CLDR's Hungarian also ends the
    # Caribbean guilder's name in it ("karibi forint", XCG), which, once Hungarian was curated,
    # made the bare word shared and a Hungarian text's forints refused ("ambiguous (HUF,
    # XCG)"); the guilder is always written with its adjective
    "hu": {"forint": "HUF", "forintot": "HUF", "forinttal": "HUF"},
    # the drachma as the Greek press wrote amounts (CLDR: "Δραχμή Ελλάδας"): nominative and
    # genitive, singular and plural ("1 δισ. δραχμές", "500 εκατ. δραχμών")
    "el": {"δραχμή": "GRD", "δραχμές": "GRD", "δραχμής": "GRD", "δραχμών": "GRD"},
}

# Names news text gives several currencies, which the text's country or language tells apart
# ("Norway will give 500 million crowns"): the crowns of Czechia, Denmark, Iceland, Norway and
# Sweden (koruna, krone, króna, krona; CLDR's English names are those local words).
CROWNS = ("CZK", "DKK", "ISK", "NOK", "SEK")
SHARED_NAME_SUPPLEMENT = {
    "en": {"crowns": CROWNS, "crown": CROWNS, "CFA francs": CFA, "CFA franc": CFA},
    "fr": {"francs CFA": CFA, "franc CFA": CFA},
}

# Currencies a name also means in news text, beyond CLDR's: Japanese news writes the US dollar
# "ドル" ("100億ドル"), CLDR only other dollars; like "$", a bare ドル then reads USD by the
# default order, and says so (``dollar-usd``).
NAME_ALSO = {
    # … and the pound sterling "ポンド" alone ("30億ポンド"), CLDR only "英国ポンド"
    "ja": {"ドル": ("USD",), "ポンド": ("GBP",)},
    # Russian news writes the pound sterling "фунт" alone ("десять фунтов"); CLDR gives the bare
    # word only to other pounds (Egypt's, Lebanon's…): GBP by the default order, said so
    "ru": {"фунт": ("GBP",), "фунта": ("GBP",), "фунтов": ("GBP",)},
}

# Case forms CLDR lacks, {language: {form: the CLDR form it is a case of}}: the alias names
# the same currencies ("500 εκατ. δολαρίων", the genitive plural of "δολάρια").
NAME_ALIASES = {
    "el": {"δολαρίων": "δολάρια"},
    # Russian prepositional and instrumental plurals ("в 10 рублях", "20 долларами")
    "ru": {"рублях": "рублей", "рублями": "рублей", "долларах": "долларов",
           "долларами": "долларов", "евро": "евро"},
    # Polish news abbreviates "dolarów" ("8,5 mld dol."): any dollar, USD by the default order
    "pl": {"dol.": "dolarów"},
    # Finnish: genitive ("miljardin euron"), adessive ("miljardilla eurolla"), elative; the
    # crown and the pound alike ("1,6 miljardin kruunun tukipaketti", "miljoonan punnan")
    "fi": {"euron": "euroa", "eurolla": "euroa", "eurosta": "euroa", "euroon": "euroa",
           "dollarin": "dollaria", "dollarilla": "dollaria", "dollarista": "dollaria",
           "kruunun": "kruunua", "kruunulla": "kruunua", "kruunusta": "kruunua",
           "kruunuun": "kruunua", "punnan": "puntaa", "punnalla": "puntaa",
           "punnasta": "puntaa"},
    # Turkish: the "-lık/-luk" adjective ("50 milyon dolarlık paket": a package worth $50m),
    # the accusative ("1 milyar doları aşkın") and the ablative ("50 dolardan")
    "tr": {"euroluk": "euro", "avroluk": "avro", "dolarlık": "dolar", "dolarlik": "dolar",
           "doları": "dolar", "dolardan": "dolar", "liralık": "lira", "avrodan": "avro",
           # Turkish news writes the lira bare ("1,5 milyon lira"), and the dollar too ("500
           # milyon dolar"; CLDR: "ABD doları"), which CLDR gives only other languages
           "eurodan": "euro", "lira": "lira", "dolar": "dolar"},
    # Hungarian: the accusative ("5 millió eurót adott") and the instrumental ("5 millió
    # euróval támogatta") of the euro
    "hu": {"eurót": "euró", "euróval": "euró"},
}

# Turkish names of money take case endings, chosen by vowel harmony (the last vowel of the
# word: back a ı o u or front e i ö ü; for the four-way endings also rounded or not) and by
# the word's last sound (a vowel takes the buffer y or n, a voiceless consonant ç f h k p s ş t
# turns the d of -da/-dan into t). A grammar of Turkish (Göksel & Kerslake, "Turkish: A
# Comprehensive Grammar", ch. 8 and 14) gives the endings: dative -(y)A, accusative -(y)I,
# genitive -(n)In, ablative -DAn, locative -DA, and -lIk "worth"; after the possessive of a
# compound name ("Türk lirası", "ABD doları") the buffer is n throughout (lirasına,
# dolarından) and -lIk is not used. "Yen" is left out: its accusative "yeni" is "new".
_TR_TWO = dict.fromkeys("aıou", "a") | dict.fromkeys("eiöü", "e")
_TR_FOUR = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}


def _turkish_cases(name: str, soft: str | None = None, possessive: bool = False) -> dict:
    """{case form: ``name``} of a Turkish currency name; ``soft`` is the stem before a vowel
    ending when its last consonant softens ("frank": "frang-a")."""
    vowel = next(c for c in reversed(name) if c in _TR_FOUR)
    two, four = _TR_TWO[vowel], _TR_FOUR[vowel]
    if possessive:
        endings = ("n" + two, "n" + four, "n" + four + "n", "nd" + two + "n", "nd" + two)
        return {name + ending: name for ending in endings}
    d = "t" if name[-1] in "çfhkpsşt" else "d"
    if name[-1] in _TR_FOUR:
        vowel_forms = ("y" + two, "y" + four, "n" + four + "n")
        stem = name
    else:
        vowel_forms = (two, four, four + "n")
        stem = soft or name
    forms = [stem + ending for ending in vowel_forms]
    forms += [name + d + two + "n", name + d + two, name + "l" + four + "k"]
    return dict.fromkeys(forms, name)


# the names, with the stem a vowel ending softens, and the possessives of compound names (CLDR
# forms of their own: "sterlini" and "frangı" stay theirs, not accusatives of the bare name)
_TR_NAMES = {"euro": None, "avro": None, "dolar": None, "lira": None, "sterlin": None,
             "frank": "frang", "ruble": None, "manat": None}  # fmt: skip
_TR_POSSESSIVES = ("lirası", "doları", "sterlini", "frangı", "rublesi")
NAME_ALIASES["tr"] |= {
    form: name
    for name, soft in _TR_NAMES.items()
    for form, name in _turkish_cases(name, soft).items()
    if form not in _TR_POSSESSIVES
}
NAME_ALIASES["tr"] |= {
    form: name
    for possessive in _TR_POSSESSIVES
    for form, name in _turkish_cases(possessive, possessive=True).items()
}
# the possessive of a bare euro after "bunun" ("bunun 100 milyon avrosu": 100 million of its
# euros), which the compound names above write as their own possessive ("doları")
NAME_ALIASES["tr"] |= {"avrosu": "avro", "eurosu": "euro"}

# When a bare form names several currencies and neither a hint nor the language decides, the
# first of these it names wins ("$" and "dollars" are USD, "£" and "pounds" GBP, "¥" JPY, "won"
# KRW: North Korea's won is not traded and no reference rate quotes it).
DEFAULT_PRIORITY = ("USD", "EUR", "GBP", "JPY", "CHF", "CNY", "INR", "KRW")

# Number words of the caller's language that multiply what comes before ("deux mille").
WORD_SCALES = {1000: 3, 10**6: 6, 10**9: 9}

# Three-letter words that are also currency codes, never read as codes.
CODE_LIKE_WORDS = frozenset({"all", "try", "top", "cup", "pen", "mad", "bob", "mop", "sos",
                             "gel", "cop", "lak", "bam", "mur", "kes", "lei", "php", "mga"})

# Coins and slang counted in main units of the local currency ("ten dimes", "10 grand").
COINS = {"nickel": Decimal("0.05"), "nickels": Decimal("0.05"), "dime": Decimal("0.1"),
         "dimes": Decimal("0.1"), "quarter": Decimal("0.25"), "quarters": Decimal("0.25"),
         "grand": Decimal(1000), "grands": Decimal(1000)}
# Slang that is money only counted ("a grand", "ten grand"): alone, "grand" is the adjective.
COUNTED_ONLY = frozenset({"grand", "grands"})

# Languages whose number words (0-999 and 1 with each scale) the lexicon spells through
# num2words; English number words are read by ``aidcalc.parsing.numbers`` and always on.
NUMBER_WORD_LANGUAGES = {"de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "nl": "nl",
                         "sv": "sv", "da": "da", "nb": "no", "no": "no", "lt": "lt", "uk": "uk",
                         "pl": "pl", "ru": "ru", "ro": "ro", "cs": "cs", "sk": "sk", "tr": "tr",
                         "id": "id", "vi": "vi", "ca": "ca", "fi": "fi", "lv": "lv", "hu": "hu",
                         "sr": "sr", "hr": "sr", "bs": "sr"}  # Latin Serbian reads as Croatian

# Minor units: the hundredth of the main unit, as news and shop text write it (not in CLDR).
MINOR_UNITS = frozenset({
    "cent", "cents", "c", "ct", "cts", "penny", "pence", "p", "øre", "öre", "ore", "rp", "rappen",
    "centime", "centimes", "centesimo", "centesimi", "céntimo", "céntimos", "centavo", "centavos",
    "fen", "haleru", "haléřů", "paise", "paisa", "sen", "kopiykas", "kopecks", "kopeks",
    "копійок", "копійки", "копеек", "копейки", "коп", "grosz", "groszy", "grosze", "gr",
    "euro-cent", "eurocent", "eurocents", "ct.", "centai", "centų", "mao", "sens", "cenți",
    "centi", "bani", "lipa", "lipe", "centa", "stotinki", "стотинки", "ст", "цента",
    "ц", "пени", "satang", "halerzy",
    # more languages' hundredths: Norwegian "rap" (rappen), Russian genitive plural "центов"
    # and instrumental "центами", the penny "пенс"/"пенса"/"пенни", Catalan "cèntims",
    # Turkish "kuruş", Irish "ceinteanna"
    "rap", "центов", "центами", "пенс", "пенса", "пенни", "cèntim", "cèntims", "kuruş",
    "ceinteanna",
})
# fmt: on

# Currency names that are also the unit of weight (the pound, about half a kilogram, in the
# languages that name both alike): after a number with no scale word, a weight when a word of
# weight ("schweren", "heavy") or a partitive link and a noun ("of flour", "de farine") follows,
# or, for German "Pfund", a noun ("5 Pfund Mehl"); "5 Millionen Pfund" stays money.
WEIGHT_NAMES = frozenset(
    {
        "pound",
        "pounds",
        "pfund",
        "livre",
        "livres",
        "libra",
        "libras",
        "libbra",
        "libbre",
        "pond",
        "ponden",
        "funt",
        "funty",
        "funtów",
        "funtow",
        "pund",
        "фунт",
        "фунта",
        "фунтов",
        "фунтів",
        "фунти",
        "liber",
        "libry",
    }
)
# the words of weight that may follow ("in 5 Pfund schweren Paketen", "a 5 pound heavy box")
WEIGHT_STEMS = (
    "schwer",
    "heav",
    "weigh",
    "lourd",
    "pesa",
    "pesant",
    "ciężk",
    "zwaar",
    "tung",
    "тяжел",
    "важк",
    "wiegend",
)
# the links before a weighed noun ("5 pounds of flour", "5 livres de farine", "5 libbre di pane")
WEIGHT_LINKS = frozenset({"of", "de", "d", "di", "van"})
# German writes nouns with a capital: "5 Pfund Mehl" weighs, as "5 Pfund schweren" does
WEIGHT_BEFORE_NOUN = frozenset({"pfund"})
# The English singular "pound" between a bare number and a noun is an attributive measure:
# "2000 pound bombs", "a 500 pound bomb" weigh, as "a 500-pound bomb" does; before a money noun
# ("a 20 pound note", POUND_MONEY_NOUNS) it stays money
WEIGHT_ATTRIBUTIVE = frozenset({"pound"})
# Verbs of weighing: one of them before the number makes a pound name after it the weight,
# scaled or not ("He weighs 180 pounds", "Er wog 180 Pfund", "Il pesait 180 livres"). The
# present, past and participle forms of each language of WEIGHT_NAMES, as its grammars give
# them (en weigh; de wiegen; fr, es, it, pt peser/pesar; nl wegen; pl ważyć; ru весить; uk
# важити); "peso", a form of pesar, is left out: a peso is money.
# fmt: off
WEIGHT_VERBS = frozenset({
    # en
    "weigh", "weighs", "weighed", "weighing",
    # de
    "wiegt", "wiegen", "wog", "wogen", "gewogen", "wiegend", "wiege",
    # fr
    "pèse", "pèsent", "pesait", "pesaient", "pesé", "pesée", "pesés", "pesant", "pesa",
    "peser", "pesèrent",
    # es, pt, it ("pesa" is French, Spanish and Italian alike)
    "pesaba", "pesaban", "pesó", "pesan", "pesar", "pesando", "pesou", "pesava", "pesavam",
    "pesam", "pesavano", "pesano", "pesato", "pesò",
    # nl
    "weegt", "woog", "wegen",  # "wogen", "gewogen" as in German
    # pl
    "waży", "ważył", "ważyła", "ważyło", "ważą", "ważyły", "ważyli",
    # ru, uk
    "весит", "весил", "весила", "весят", "весили", "важить", "важив", "важила", "важать",
})
# fmt: on
# The beginnings of the goods aid is weighed in (food, grain, flour, seed, medicine…), in the
# languages of WEIGHT_NAMES: a pound name before one, with or without a partitive link, weighs
# even with a scale word ("2 million pounds of food", "2 millones de libras de trigo", "5 funtów
# mąki"); "5 million pounds of funding" stays money. Curated from aid agencies' reports.
# fmt: off
WEIGHT_GOODS = (
    # en
    "food", "flour", "wheat", "grain", "rice", "corn", "maize", "bean", "lentil", "sugar",
    "salt", "meat", "beef", "pork", "chicken", "fish", "milk", "cheese", "butter", "oil",
    "seed", "fertili", "feed", "fodder", "hay", "produce", "vegetable", "fruit", "potato",
    "medicine", "medical", "cargo", "freight", "supplies", "explosive", "ammunition", "trash",
    "waste", "debris", "rubble", "steel", "metal", "cotton", "wool", "coffee", "cocoa",
    "tobacco", "peanut", "soy",
    # es, pt
    "comida", "alimento", "harina", "trigo", "arroz", "maíz", "maiz", "frijol", "azúcar",
    "azucar", "carne", "leche", "semilla", "grano", "farinha", "milho", "feijão", "feijao",
    "açúcar", "acucar", "leite", "semente", "café", "cafe",
    # fr, it
    "nourriture", "farine", "blé", "riz", "maïs", "sucre", "viande", "lait",
    "graine", "semence", "cibo", "farina", "frumento", "grano", "riso", "zucchero", "latte",
    # de, nl
    "mehl", "weizen", "getreide", "reis", "zucker", "fleisch", "lebensmittel", "nahrung",
    "meel", "tarwe", "rijst", "suiker", "vlees", "voedsel",
    # pl, ru, uk
    "mąk", "pszenic", "zboż", "zboz", "ryż", "ryz", "cukr", "mięs",
    "żywnoś", "zywnos", "мук", "пшениц", "зерн", "рис", "сахар", "цукр", "мяс", "м'яс",
    "продовольств", "продукт",
)
# fmt: on
# Nouns a hyphen compound "N-pound" names money before ("a five-pound note", "a 10-pound fine");
# before any other noun the compound is a weight ("a 100-pound bomb", "a 50-pound sack")
POUND_MONEY_NOUNS = frozenset(
    {
        "note",
        "notes",
        "coin",
        "coins",
        "fine",
        "fines",
        "fee",
        "fees",
        "bill",
        "bills",
        "voucher",
        "vouchers",
        "ticket",
        "tickets",
        "prize",
        "prizes",
        "bet",
        "bets",
        "gift",
        "grant",
        "grants",
        "loan",
        "loans",
        "payment",
        "payments",
        "donation",
        "donations",
        "bonus",
        "charge",
        "charges",
        "levy",
        "tax",
        "price",
        "budget",
        "fund",
        "funds",
        "deal",
        "contract",
        "investment",
        "cheque",
        "check",
        "bond",
        "bonds",
        "reward",
        "pledge",
        "package",
        "rise",
        "increase",
        "cut",
        "subsidy",
        "allowance",
        "salary",
        "wage",
        # nouns an amount of money names without a hyphen ("a 5 million pound aid package")
        "aid",
        "money",
        "funding",
        # the same nouns in the other languages of WEIGHT_NAMES, after "libras de", "livres
        # de", "funtów": a noun phrase after the link that holds one is money, not weight
        "ayuda",
        "ajuda",
        "fondos",
        "fundos",
        "financiación",
        "financiamento",
        "asistencia",
        "apoyo",
        "inversión",
        "aide",
        "aides",
        "fonds",
        "financement",
        "soutien",
        "investissement",
        "prêt",
        "prêts",
        "aiuti",
        "aiuto",
        "fondi",
        "finanziamenti",
        "sostegno",
        "prestiti",
        "steun",
        "hulp",
        "geld",
        "pomocy",
        "pomoc",
        "wsparcia",
        "środków",
        "funduszy",
        "помощи",
        "допомоги",
        "средств",
        "коштів",
        "cash",
        "assistance",
        "support",
        "scheme",
        "programme",
        "program",
        "plan",
        "project",
        "sterling",
        "bailout",
        "deficit",
        "debt",
        "profit",
        "loss",
        "windfall",
        "settlement",
        "compensation",
        "award",
        "jackpot",
        "sale",
        "purchase",
        "order",
        "spend",
        "spending",
        "overspend",
        "shortfall",
        "cost",
        "costs",
        "raise",
        "pay",
        "pension",
        "bid",
        "offer",
        "transfer",
        "stake",
        "facility",
        "injection",
        "boost",
        "commitment",
        "overhaul",
        "upgrade",
        "refurbishment",
        "redevelopment",
        "expansion",
    }
)  # fmt: skip

# Currency names that are money only in the languages named: English "mark" (a school mark, a
# German mark long withdrawn) is the Bosnian convertible mark only in a text of these languages.
CONTEXT_NAMES = {
    "mark": ("de", "bs", "hr", "sr", "sh"),
    "marks": ("de", "bs", "hr", "sr", "sh"),
}
