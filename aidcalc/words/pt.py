"""Portuguese (pt): qualifiers and the small words around amounts (range words, conjunctions,
fillers), as plain data.

Curated by the project from news text in Portuguese; no outside word list is copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Latn"

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``).
NEGATIONS = ("não", "nao")

QUALIFIERS = {
    "approx": ["cerca de", "aproximadamente", "por volta de"],
    "over": [
        "mais de",
        "pelo menos",
        "ultrapassa",
        "ultrapassam",
        "ultrapassou",
        "ultrapassa os",
        "ultrapassa as",
        "supera os",
        "excede",
    ],
    "under": ["menos de", "quase"],
    "up_to": ["até", "no máximo", "um máximo de"],
}

# Qualifiers written after the amount, at the end of its clause ("5 milhões de euros ou mais"):
# over, and "or less", at most (``aidcalc.parsing.grammar``: a word for "than" after
# them is no end)
QUALIFIERS_AFTER = {"ou mais": "over", "ou menos": "up_to"}

# Verbs of exceeding ("exceeds"): an amount they stand before in its clause, its subject
# between ("Seit Kriegsbeginn übersteigt die Hilfe 30 Mrd. Euro"), is a lower bound,
# qualifier ``over`` (aidcalc.news.exceeds).
EXCEED_VERBS = "ultrapassa ultrapassam ultrapassou ultrapassaram excede"

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("ou seja", "o equivalente a", "equivalentes a", "ou")

# Words that join main and minor units ("20 dollars and 43 cents").
CONJUNCTIONS = ("e",)

# Words between a scale word and a currency name that tell the language ("millions of").
FILLERS = ("de",)

# Words after which a currency name may lead its number ("at dollar 22.5 million").
NAME_MAY_FOLLOW = ("em", "de", "a")

# Words that join the low and high ends of a range.
RANGE_JOINERS = ("a", "e", "até")

# Joiners that make a range without an opener ("300 to 400 million").
RANGE_JOINERS_ALONE = ("a",)

# Words that open a range ("between").
RANGE_OPENERS = ("entre",)
# Articles that may stand before each end of a range after an opener ("tra i 5 e i 10").
RANGE_ARTICLES = ("os", "as")

# Words before a range's low end that open it only with one of this language's joiners
# after that end ("from 2 to 3 million"); ordinary words elsewhere, so never a range opener
# alone.
RANGE_FROM = ("de",)

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("e",)
LIST_OR = ("ou",)

# The word for the decimal mark in a number spelled out ("two point five"): a decimal
# written in words, read in English, refused in the others (never the part after it).
DECIMAL_WORDS = ("vírgula",)

# Fractions before a spelled number, which are not read (a third is no Decimal): the
# text is refused, never read as the number after them; ``FRACTION_LINKS`` may stand
# between ("a third of a billion").
UNREAD_FRACTIONS = (
    "terço",
    "terços",
    "quinto",
    "quintos",
    "décimo",
    "décimos",
    "metade",
    "quartos",
    "partes",
)
FRACTION_LINKS = ("de",)

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = (
    "dos quais", "das quais", "outros", "outras", "e outros", "e outras", "incluindo", "que inclui",
    "que incluem", "inclui", "incluem",
)  # fmt: skip
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("para", "a", "em", "ao")
# A reflexive pronoun before a verb after such an amount ("4 millones se destinarán a …").
REFLEXIVE_PRONOUNS = ("se",)

# Words that may stand between a scaled number and the currency name it counts ("900 million
# emergency euros", "20 million additional dollars").
AMOUNT_ADJECTIVES = ("novos", "adicionais", "mais")

# Everyday words CLDR also gives as a currency name: "sol" (the sun).
COMMON_NOUNS = "sol"
# --- News (aidcalc.news) ----------------------------------------------------------------------
# Our own lists, written for this project after the verbs and nouns Portuguese aid news uses
# (see es.py for the conventions: future forms one by one, MEASURE past forms only).
VERBS = {
    "give": (
        "anunci* promet* doa* doou doará* entreg* destin* conced* concedeu fornec* forneceu "
        "enviar* envia* enviou enviaram envi* atribu* forneceram doaram desembols* "
        "comprometeu* compromet* financi* "
        "dará darão deu deram transfer* aprov* disponibiliz*"
    ),
    # thanking reverses the roles as receiving does: the one thanked gives
    "receive": "receb* obtev* obterá* agradece* agradeceu",
    "aux": "tem têm tinha tinham vai vão irá irão será serão foi foram já",
}

CATEGORIES = {
    "military": ("militar* defesa dron* míss* muniç* armament* armas tanque* artilhari* blindad*"),
    "financial": "empréstimo* orçament* financeir* macrofinanceir* subvenç*",
    "humanitarian": (
        "humanitári* inverno energi* elétric* gerador* médic* medicament* aliment* "
        "refugiad* hospita* escola* reconstrução"
    ),
}

BASIS = {
    "cumulative": "no total um total de ao todo desde até agora até hoje acumulad*",
    "already": "já",
}

INTENTION = {
    "pledge": (
        "anunci* promet* prevê previst* planeia* aprov* decidiu decid* vai vão "
        "doará* entregará* enviará* dará darão concederá* fornecerá* destinará* "
        "disponibilizará*"
    ),
}

MEASURE = {
    "allocation": (
        "entregou entregaram entregue* destinou destinaram destinad* atribuiu atribuíd* forneceu "
        "forneceram fornecid* enviou enviaram enviad* concedeu concedid* doou doaram doad* "
        "transferid* "
        # the past of giving: given is delivered ("A Alemanha deu 3 mil milhões")
        "deu deram dado"
    ),
    # money received ("received … from", "надійшло від") has been paid out: a disbursement
    "disbursement": ("desembols* pagou pag* recebeu recebido receberam"),
    "commitment": "comprometeu* compromet*",
}

FUTURE = {
    "future": "vai vão será serão enviará entregará dará darão doará concederá fornecerá",
}

CUE_PHRASES = ("no total", "um total de", "ao todo", "até agora", "até hoje")

# Frequent function words, for telling the language of a news text (aidcalc.news.language).
STOP_WORDS = "o os as e de do da dos das que em para com uma não ao à"

# Letters that tell this language among the supported ones of its script; a letter several
# languages list counts less for each (aidcalc.parsing.language): "ã" and "õ" are Portuguese
# alone, "â", "ê", "ô" and "ç" Portuguese too ("Ucrânia", "três", "doação"), not Romanian or
# French alone; "ó" ("história") is Spanish, Polish and Slovak too, and "á", "é", "í", "ú"
# ("já", "é", "país", "saúde") Spanish, Czech and Slovak ("é" French and Italian too).
LETTERS = "ãõâêôçóáéíú"

SINCE = ("desde",)
IN_YEAR = ("em", "no ano", "no ano de", "durante o ano de")  # "no ano de 2023"
# Words between a day, its month and its year ("3 de março de 2025").
DATE_LINKS = ("de",)
# The ordinal sign of the first day of a month ("1º de março").
DAY_SUFFIXES = ("º",)

# Phrases naming a year relative to the publication date, with the years they add to its
# year (aidcalc.news.dates): "last year" is -1.
RELATIVE_YEARS = (
    ("no ano passado", -1),
    ("o ano passado", -1),
    ("este ano", 0),
    ("neste ano", 0),
    ("no ano anterior", -1),
    ("no próximo ano", 1),
    ("o próximo ano", 1),
    ("o ano que vem", 1),
)
# Nouns of a country's economy (GDP): a year right after them, or before them, is the
# year of that measure and dates no amount (aidcalc.news.dates).
ECONOMY_NOUNS = ("PIB",)
# Relative pronouns opening a clause after a comma ("Japan, which gave $1bn in 2023, …"): a date
# in that clause is its own amount's, never the date of the rest of the sentence.
RELATIVE_WORDS = "que quem qual quais cujo cuja"
# Words right before a RELATIVE_YEARS phrase that make it a comparison, no date ("the same as
# last year", "up from last year").
COMPARED_WORDS = (
    "como",
    "mais que",
    "menos que",
    "mais do que",
    "menos do que",
    "em relação a",
)

PLACE_SHORT_FORMS = {"UE": "EU", "EUA": "USA", "Palestina": "PSE"}
EXTRA_LETTERS = 3
ABBREVIATIONS = "sr sra dr dra"

INSTITUTIONS = {
    "": (
        "governo*",
        "governo* federal*",
        "conselho de ministros",
        "parlamento*",
        "ministério da defesa",
        "ministério dos negócios estrangeiros",
        "ministério das relações exteriores",
        "ministério das finanças",
        "ministério*",
        "ministro*",
        "ministra*",
        "primeiro-ministro",
        "primeira-ministra",
        "presidente*",
        "chanceler*",
        "forças armadas",
        "executivo",
    ),
    "PRT": ("São Bento", "Palácio de Belém"),
    "BRA": ("Itamaraty", "Planalto"),
    "USA": ("Pentágono", "Casa Branca", "Departamento de Estado"),
    "EU": (
        "Comissão Europeia",
        "Conselho Europeu",
        "Conselho da UE",
        "Parlamento Europeu",
        "Mecanismo Europeu de Apoio à Paz",
    ),
    "EIB": ("Banco Europeu de Investimento", "BEI"),
    "EBRD": ("Banco Europeu para a Reconstrução e o Desenvolvimento", "BERD"),
    "WBG": ("Banco Mundial",),
    "IMF": ("Fundo Monetário Internacional", "FMI"),
    "IDB": ("Banco Interamericano de Desenvolvimento", "BID"),
    "AFDB": ("Banco Africano de Desenvolvimento",),
    "ADB": ("Banco Asiático de Desenvolvimento",),
    "ISDB": ("Banco Islâmico de Desenvolvimento",),
    "AIIB": ("Banco Asiático de Investimento em Infraestrutura",),
    "NDB": ("Banco dos BRICS",),
    "CEB": ("Banco de Desenvolvimento do Conselho da Europa",),
    "CAFDB": ("Banco de Desenvolvimento da América Latina*", "CAF"),
}

AID_NOUNS = "ajuda* apoio* contribuiç* financiament* pacote* doaç* empréstimo*"

# Phrases that make the money of a sentence a collective one, with no single donor
# ("pledges from 14 governments", "together with other lenders, Japan …").
COLLECTIVE_DONORS = (
    "juntamente com outros",
    "em conjunto com outros",
    "as promessas de",
    "os compromissos de",
)

AGENT_MARKERS = "pelo pela pelos pelas por"
# Words before a country after a part of a whole that name where the part comes from, its
# giver ("Of that, €1bn will come from Germany"; aidcalc.news.donors.part_source).
PART_SOURCES = "de do da dos das"
# Auxiliaries of the passive ("O Egito foi contemplado com … pelo Reino Unido"): the agent
# after "pelo" gives.
PASSIVE_AUXILIARIES = "foi foram é são sido será serão"
# "a" is left out: before a country it is far more often the article ("a Irlanda") than "to".
RECIPIENT_MARKERS = "à ao aos às para"
# Words before a way or model of giving ("through the Danish model"): a nationality adjective
# after them names no actor (aidcalc.news.donors).
MEANS_MARKERS = "através segundo mediante"
DETERMINERS = "a o os as"
GENITIVE_LINKS = "de do da dos das"
# Nouns of a state's form between an office and its country ("o Governo da República da Polónia"):
# the country still owns the office (aidcalc.news.donors).
STATE_NOUNS = "república reino"
# Stems of a fund's or programme's noun, held in a word ("o fundo de energia da Ucrânia"):
# the country its genitive link names owns the fund and receives, never gives
# (aidcalc.news.donors).
FUND_NOUNS = ("fundo", "programa")
# "em", and its forms with the article ("no Sudão", "na Síria": "em o", "em a")
SEAT_LINKS = "em no na nos nas"
# Verbs of being between an amount and the same money in another currency ("C$40 million is
# roughly US$28 million"): the second restates the first (aidcalc.news.restated).
COPULAS = "é são era equivale equivalente corresponde"
# Subjects naming the money said just before, opening a sentence that only restates it in another
# currency ("Este montante equivale a cerca de 10,8 milhões de dólares"): that amount is the same
# money, no second pledge (aidcalc.news.restated).
RESTATING_SUBJECTS = (
    "este montante",
    "esse montante",
    "esta quantia",
    "essa quantia",
    "este valor",
    "esse valor",
    "o montante",
    "a quantia",
    "o valor",
)

PART_BEFORE = (
    "dos quais",
    # "Do total, R$ 10 milhões serão repassados …": the whole named, then a comma
    "do total,",
    "do valor total,",
    "desse total",
    "deste total",
    "desse valor",
    "deste valor",
    "das quais",
    "incluindo",
    "que inclui",
    "que incluem",
    "inclui",
    "incluem",
    "entre os quais",
    "desse montante",
    "deste montante",
    "dessa quantia",
    "desta quantia",
)
# Verbs saying a package holds what follows: an amount after one is a part of it.
PART_CONTENTS = (
    "inclui",
    "compreende",
    "contém",
)
PART_AFTER = ("desse montante", "dessa quantia", "deste montante")

# Words saying the givers before them give one sum together: no single donor.
JOINT_DONORS = ("conjuntamente", "juntos")
# Words between a list item's giver and its amount saying it is more ("and Japan another
# $2bn"): the giver still opens the item.
FURTHER_AMOUNT = ("outros", "outras", "mais")
# Words in an amount's clause saying it is given once more ("gave €3bn again"): a new
# pledge, never a repeat of an earlier row (aidcalc.news.dedup.says_further).
AGAIN_WORDS = (
    "novamente",
    "de novo",
)
# Words that make an amount the sum of the amounts beside it ("a combined €5bn", "in total").
SUM_WORDS = ("no total", "num total de", "ao todo", "um total de")
# Words right before a whole whose parts follow ("Of the €5bn, €3bn came from …").
WHOLE_BEFORE = ("dos", "das", "destes")
# Labels of a table row or list item that sums the items before it (aidcalc.news.lists).
TOTAL_LABELS = ("total", "subtotal", "soma", "no total")
# A quote's speaker: the verbs of saying after a quote, the words of the first person plural
# inside it, and the endings of a giving, asking or needing verb in the first person plural for
# a language that drops the pronoun (“We will give …,” said the Japanese prime minister: Japan
# gives; “We need …,” said the Ukrainian president: Ukraine asks).
SPEECH_VERBS = "disse diz afirmou afirma declarou declara"
WE_WORDS = "nós nosso nossa nossos nossas temos"
WE_ENDINGS = ("amos", "emos", "imos")
# Words pairing several givers with several amounts in order: no joint sum.
RESPECTIVELY = ("respectivamente", "respetivamente")
# The country whose offices this language's press names without naming it ("the
# government"): the donor of such an office when no country is named (an assumption).
HOME_COUNTRY = "PRT"
# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("um bilhão"): {word: value}.
COUNT_WORDS = {
    "um": "1",
    "uma": "1",
    "meio": "0.5",
    "meia": "0.5",
    # a quarter of a scale, after "um" ("um quarto de milhão de euros": 250,000)
    "quarto": "0.25",
    # small counts, read the same way before a scale word of this language ("tre miljarder")
    "dois": "2",
    "duas": "2",
    "três": "3",
    "quatro": "4",
    "cinco": "5",
    "seis": "6",
    "sete": "7",
    "oito": "8",
    "nove": "9",
    "dez": "10",
    "cem": "100",
}

# Scale phrases that are a number by themselves ("mil milhões": a thousand million).
WHOLE_SCALES = ("mil milhões",)

# Words that make an amount money asked for, denied, refused or not given rather than
# given (aidcalc.news.not_giving): ``contrast`` ("not only") is no negation; a
# ``request`` or ``wish`` is the receiver's, a ``denial`` scopes over its clause, a
# ``negation`` over the giving verb beside it.
NOT_GIVING = {
    "contrast": "não só não apenas",
    "request": (
        "pediu pede pedem pedimos solicit* reclam* pedido apelou apelaram exort* instou instaram "
        "conclamou"
    ),
    "wish": "quer precisa queremos precisamos precisam necessidade*",
    "denial": "desment* negou",
    "refusal": "recus* rejeit* bloque*",
    "negation": "não nunca",
}
# Words after a request that open what the one asked is to do ("asked Germany to give …"):
# a giving verb after one is the thing asked for, no gift (aidcalc.news.not_giving).
REQUEST_LINKS = "que"

# Phrases of the NOT_GIVING cues above.
CUE_PHRASES = (*CUE_PHRASES, "não só", "não apenas")

# A change of a value, not a range: the word before the first number, the word between the
# two, and verbs of change (``*`` ends a prefix), one standing before the first
# ("passou de 2 para 3 milhões": two amounts).
CHANGE_FROM = ("de",)
CHANGE_TO = ("para",)
CHANGE_VERBS = (
    "passou", "passa", "passará", "aument*", "subiu", "sobe", "caiu", "cai", "cresceu",
    "cresce", "reduz*", "duplic*", "elev*", "diminu*",
    # issue 9 parser9: verbs of change the press uses that the table lacked
    "ampli*", "reforç*", "cortou", "corta",
)  # fmt: skip

# Nouns that label a numbered part before a dash ("Tranche 2 – 500 Mio. €", "Phase 3 – €2m"):
# the number after one is the label's, never a range's low end (issue 9 faults6 A8)
LABEL_NOUNS = (
    "tranche",
    "fase",
    "pacote",
    "etapa",
    "artigo",
    "anexo",
    "lote",
    "capítulo",
    "secção",
    "seção",
    "parte",
)

# the word for "plus" between two numbers: a sum ("2 mais 3"), never a list
PLUS_WORDS = ("mais",)

# A product in words before an amount ("3 times £50m"): words after a count that multiply
# it, one-word factors, and a word for "each" after them (aidcalc.parsing.products).
MULTIPLY_WORDS = ("vezes",)
# Verbs multiplying an amount ("doubled its €5m pledge", "verdoppelte seine Zusage von 5 Mio.
# Euro"): the amount after them is the value before the change, the new one not written, no
# pledge (aidcalc.news.beside; "*" ends a prefix)
MULTIPLIED_VERBS = "duplic* triplic* quadruplic* dobrou dobrará dobra"

# Words right beside a single amount given by several joined givers, saying each gives it
# ("Spain and Italy pledged €20m each", "jeweils 20 Millionen"): one row per giver.
EACH_WORDS = ("cada um", "cada uma")

# Phrases naming the calendar week before the publication's (aidcalc.news.dates,
# docs/extraction.md): a date approximate to the week, dated by the month of its Thursday.
RELATIVE_WEEKS = (
    ("na semana passada", -1),
    ("semana passada", -1),
)

# Phrases beside an amount that make it a yearly amount, one year's instalment of a
# period (aidcalc.news.yearly): "€4bn a year", "jährlich 4 Mrd. Euro", "4 mld zł rocznie".
PER_YEAR = (
    "por ano",
    "ao ano",
    "anualmente",
    "cada ano",
    "todos os anos",
    "anuais",
)
# A rate per unit, no total: these words right after an amount, then a lower-case noun
# ("500 euros por família" (not "por Portugal")).
# No pledge row counts it (aidcalc.news.beside); a PER_YEAR phrase is yearly instead.
PER_UNIT = ("por",)
# Nouns of the parts a sum is paid in: "two tranches of €5m" is one of several, no total
# (aidcalc.news.beside)
PART_UNIT_NOUNS = ("parcela", "parcelas", "prestação", "prestações")
# Times after a slash or a pace ("€5m/month"): money given at a pace, no rate of a unit
PACE_NOUNS = ("ano", "mês", "semana", "dia")
# Words after a word of PER_UNIT that make no rate (idioms, percent, a determiner)
PER_UNIT_NOT = (
    "cento",
    "meio",
    "parte",
    "isso",
    "exemplo",
    "outro",
    "sua",
    "seu",
    "segunda",
    "primeira",
)

# Words before a year, or before an IN_YEAR phrase, that make the year the end of a period,
# no value date ("até o final de 2027"; aidcalc.news.dates); UNTIL_LINKS may stand between.
UNTIL = ("até",)
UNTIL_LINKS = ("o", "ao", "final", "fim", "de", "do", "ano")
# words joining the two years of a span ("2025 to 2027"), beside UNTIL (aidcalc.news.yearly)
SPAN_LINKS = ("a",)
# Words between an amount and a figure the parser reads as no amount ("60 million", no
# currency) that put the figure in a clause of another time, a comparison or a past
# perfect's auxiliary: "…, contra 60 milhões no ano passado" dates the figure only
# (aidcalc.news.figures).
OTHER_TIME_WORDS = ("tinha", "tinham", "havia", "contra", "em comparação com", "face a")

# Verbs of an actor spending on itself: money so spent is no aid.
SPENDING_VERBS = "gasta gastam gastou gastado gastava"
# Possessives of the subject after a spending verb's amount: spent on itself ("its army").
OWN_POSSESSIVES = "seu sua seus suas próprio própria próprios próprias"
# Nouns of an actor's own ends after a possessive of OWN_POSSESSIVES: its own money, no aid.
OWN_ENDS = (
    "exército forças militares tropas soldados cidadãos população famílias "
    "agricultores indústria economia orçamento defesa polícia fronteiras pensões"
)

# Money that is no gift, whoever's it is (aidcalc.news.other_money): {kind: words}; a word
# ending in "*" stands for every word it begins, words with a space for that phrase.
OTHER_MONEY = {
    # a need stated as a noun (pledges18): the needer's figure, no gift (KINDS_STATED)
    "need": (
        "necessidades de financiamento",
        "necessidade de financiamento",
        "défice de financiamento",
        "déficit de financiamento",
        "lacuna de financiamento",
    ),
    "damage": "destruiu destruído destruída destruição danos",
    "loss": "perdeu perdido perdas perda",
    "trade": "comércio exportações importações vendeu",
    "revenue": "receitas",
    "debt": "dívida dívidas",
    # the price of a thing, stated: no gift in a clause with no giving verb (KINDS_STATED)
    "price": "custo custos custa custará preço",
}
# Words that may stand between an amount and a word of OTHER_MONEY after it ("€2bn in
# damage"); any other word between ("€500m for damage repair") keeps it apart.
OTHER_MONEY_LINKS = "em de"

# A whole named after a part (aidcalc.news.beside, rule 6; docs/extraction.md): the part, a link
# (``SHARE_OF_LINKS``, or one of ``WHOLE_FROM`` that names a whole only with a noun), then a noun
# phrase and the whole's amount. ``WHOLE_NOUNS`` are the nouns of such a phrase, as stems a word
# holds (any ending, any compound: "pakiet" in "pakietu", "paket" in "Hilfspaket");
# ``WHOLE_WORTH`` the words between that noun and the whole's amount ("worth", "o wartości").
SHARE_OF_LINKS = ("de", "do", "da", "dos", "das")
WHOLE_NOUNS = (
    "pacote",
    "fundo",
    "orçamento",
    "programa",
    "tranche",
    "parcela",
    "montante",
    "soma",
    "total",
    "dotação",
    "empréstimo",
    "instrumento",
    "mecanismo",
)
WHOLE_WORTH = ("de", "no valor de", "avaliado em", "avaliada em", "num total de")

# Headings of a pasted table's column that numbers its rows: identifiers, no money
# (aidcalc.news.header_tables).
ID_HEADERS = ("n.º", "nº", "número", "pacote")

# Headings of a pasted table's label column that name recipients, not givers
# (aidcalc.news.article_tables).
RECIPIENT_HEADERS = ("beneficiário", "destinatário", "país beneficiário", "finalidade", "destino")

# A correction note (aidcalc.news.corrections): its label before a colon ("Correction:"), the
# phrases naming the figure an earlier version gave (retracted), and a "not" before a retracted
# figure in the note ("…, not 257 million").
CORRECTION_LABELS = ("correção", "correcção", "retificação", "rectificação", "errata")
EARLIER_VERSION = ("versão anterior",)
CORRECTION_NOT = ("não", "e não")
# Words in a sentence naming an earlier version that introduce the right figure after the
# retracted one ("…; the correct figure is …"; aidcalc.news.corrections).
# Phrases naming what was reported before ("it was earlier reported"): a retracted figure only when
# a word of CORRECT_FIGURE follows in the same sentence (aidcalc.news.corrections).
EARLIER_REPORT = ("inicialmente foi noticiado", "havia sido noticiado")
CORRECT_FIGURE = (
    "correto",
    "correta",
    "correcto",
    "correcta",
    "na verdade",
    "na realidade",
    "corrigiu",
    "retificou",
)

# A person's titles (aidcalc.news.persons): a country name right after one, perhaps after
# first names, is a surname ("o primeiro-ministro, Luís Montenegro").
PERSON_TITLES = (
    "presidente",
    "primeiro-ministro",
    "primeira-ministra",
    "ministro",
    "ministra",
    "chanceler",
    "embaixador",
    "embaixadora",
    "senhor",
    "senhora",
)

# Phrases opening a sentence that break down a total said a sentence or a few before; "#" is
# the number the total is restated by (aidcalc.news.parts.opens_breakdown).
BREAKDOWN_OPENERS = (
    "do montante total",
    "do montante",
    "deste montante",
    "desse montante",
    "dessa quantia",
    "desta quantia",
    "deste valor",
    "desse valor",
    "do total",
    "dos #",
    "destes #",
)
# The rest of a whole, set off right before an amount or standing right before it: a
# part of the amount before (aidcalc.news.parts).
REST_WORDS = ("o resto", "o restante", "os restantes", "as restantes")
# The rest of a whole, right after an amount ("10 millions restants"): a part too.
REST_AFTER = ("restantes", "restante")

# Nouns of war and invasion (our own list, issue F10/F11 of trial 13): a demonym right beside
# one ("Russian invasion", "invasão russa") names the aggressor, never a recipient
# (aidcalc.news.donors).
WAR_NOUNS = "invasão invasao invasões guerra* agressão agressao ataque* ofensiva* ocupação"
# Words saying a sentence's money comes on top of what an earlier sentence stated ("will also
# give"): its row is new, never the earlier sentence's running total (aidcalc.news.candidates).
ON_TOP = ("ainda", "também", "além disso", "adicionalmente")
# Phrases restating the value of a package named before ("total value of"): the package's own
# pledge, not a running total of all aid (aidcalc.news.candidates.bases_of).
PACKAGE_VALUE = ("valor total de", "um valor total de", "valor global de")

# Phrases dating a sentence's money on the day of the sentence before it ("the same day"):
# aidcalc.news.candidates takes the day of the latest earlier row that states one.
SAME_DAY = ("no mesmo dia", "o mesmo dia")

# Phrases right after an amount that make it a difference, no pledge ("30 million more than last
# year"; a comparative and the word for "than"; aidcalc.news.beside).
COMPARED_AFTER = (
    "a mais do que",
    "a menos do que",
    "mais do que",
    "menos do que",
    "mais que",
    "menos que",
)

# Words opening a clause of another subject after an amount ("while"): the country after
# them gives its amounts; after a part, the next part of the list (aidcalc.news.parts).
CONTRAST_OPENERS = ("enquanto", "ao passo que")

# The word for "today": the day its text counts from, a dateline's when one stands above it
# (aidcalc.news.dates.today_date).
TODAY = ("hoje",)
# Channel words (issue actors15): phrases, folded, before the organisations that pay the money
# out for a giver ("via UNDP and the EU"): such an organisation, and the ones joined to it, is a
# channel, neither giver nor recipient (aidcalc.news.donors).
CHANNEL_WORDS = ("através", "por meio", "via", "por intermédio")
# Venue words (issue actors15): stems of the nouns of an event ("ceremony", "conference",
# "summit", "meeting"); a place after one and a word of place ("at a ceremony in Paris") is
# where it happens, never a giver or recipient (aidcalc.news.donors).
VENUE_WORDS = (
    "cerimónia",
    "cerimônia",
    "conferência",
    "cimeira",
    "cúpula",
    "reunião",
    "encontro",
    "fórum",
)

# Nouns of an appeal or a call for money, and forms of asking the request verbs miss
# (aidcalc.news.not_giving): money an appeal asks for is a request, no pledge of the one
# appealing. Merged into NOT_GIVING's "request" cues (aidcalc.words.build).
# "apelou", "apela" (pledges18): the verb of an agency's appeal ("A UNICEF apelou a 200
# milhões de dólares para o Sudão": asked for Sudan)
APPEAL_WORDS = (
    "apelo",
    "apelos",
    "apelou",
    "apelaram",
    "apela",
    "apelam",
    "plano de resposta humanitária",
)

# Head nouns of an organisation's name ("*" ends a prefix; a leading "*" a compound's head):
# one in the subject of a giving verb where no known giver stands names a giver the gazetteer
# does not know, never an earlier sentence's donor (aidcalc.news.donors).
ORGANISATION_NOUNS = ("banco", "fundo", "agência", "fundação", "programa", "organização")

# Words for a country's givers (aidcalc.news.donors, rule 3): as a subject, several givers.
ALLY_WORDS = ("aliados", "parceiros", "doadores")

# Words between a noun of an event and the country it is about ("the conference on Lebanon"):
# that country receives the event's money, never gives it (aidcalc.news.donors).
EVENT_TOPICS = "sobre para"

# A new level set for a whole ("raise … to", ``aidcalc.news.candidates.bases_of``): the verb,
# "…" up to ten words, the word for "to" before the amount; with a noun of LEVEL_NOUNS the
# amount is the whole's new size (probe 24: "aumentou o seu compromisso … para 5 milhões").
RAISE_FRAMES = (
    "aumentou … para",
    "aumentar … para",
    "elevou … para",
    "elevar … para",
    "ampliou … para",
    "reforçou … para",
)
# singular forms: "conferência de promessas" names a meeting, no whole raised
LEVEL_NOUNS = "compromisso fundo* programa* pacote* teto* promessa"

# Possessive determiners: after a verb of change they make its object the giver's own
# ("raised its total commitment … by €2m to €5m": a change, ``aidcalc.parsing.changes``).
POSSESSIVE_DETERMINERS = ("seu", "sua", "seus")
