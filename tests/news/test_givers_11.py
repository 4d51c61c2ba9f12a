"""Who gives (issue 11): the one thanked in every language, givers paired with amounts by
"respectively", a speaker named after a quote, one measure per verb across languages, years
written as "in the year …", and a sentence of another language read by its own rules."""

from __future__ import annotations

import pytest

from aidcalc.news.candidates import pledge_candidates

PUBLISHED = "2025-03-01"


def rows(text, lang):
    return [
        (str(row["amount"]), row["donor"], row["donor_from"])
        for row in pledge_candidates(text, published=PUBLISHED, lang=lang)
    ]


def donors(text, lang):
    return [row["donor"] for row in pledge_candidates(text, published=PUBLISHED, lang=lang)]


# --- 1. thanked X for … and Y for … -------------------------------------------------------------

THANKED = [
    ("de", "Selenskyj dankte Berlin für 3 Milliarden Euro und Paris für 2 Milliarden Euro."),
    ("de", "Kyjiw dankte Deutschland für 3 Milliarden Euro und Frankreich für 2 Milliarden Euro."),
    (
        "de",
        "Selenskyj bedankte sich bei Deutschland für 3 Milliarden Euro und bei Frankreich für "
        "2 Milliarden Euro.",
    ),
    (
        "de",
        "Am Montag dankte Selenskyj Berlin für 3 Milliarden Euro und Paris für 2 Milliarden Euro.",
    ),
    ("nl", "Zelensky bedankte Berlijn voor 3 miljard euro en Parijs voor 2 miljard euro."),
    ("sv", "Zelenskyj tackade Berlin för 3 miljarder euro och Paris för 2 miljarder euro."),
    ("en", "Zelensky thanked Berlin for €3 billion and Paris for €2 billion."),
    (
        "fr",
        "Zelensky a remercié Berlin pour 3 milliards d'euros et Paris pour 2 milliards d'euros.",
    ),
    ("pl", "Zełenski podziękował Berlinowi za 3 mld euro i Paryżowi za 2 mld euro."),
    ("uk", "Зеленський подякував Берліну за 3 млрд євро та Парижу за 2 млрд євро."),
    (
        "es",
        "Zelenski agradeció a Berlín 3.000 millones de euros y a París 2.000 millones de euros.",
    ),
    (
        "it",
        "Zelensky ha ringraziato Berlino per 3 miliardi di euro e Parigi per 2 miliardi di euro.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), THANKED)
def test_the_one_thanked_gives_in_every_language(lang, text):
    found = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert [row["donor"] for row in found] == ["DEU", "FRA"]
    # neither giver is the other's recipient
    assert all(row["recipient"] in (None, "UKR") for row in found)


@pytest.mark.parametrize(
    ("lang", "text", "donor", "recipient"),
    [
        # the subject stands after the verb and the one thanked after it: both read
        ("de", "Dafür dankte die Ukraine Deutschland für 3 Milliarden Euro.", "DEU", "UKR"),
        ("nl", "Daarvoor bedankte Oekraïne Nederland voor 3 miljard euro.", "NLD", "UKR"),
        # a receiving verb keeps its subject after the verb
        ("de", "Im Februar erhielt die Ukraine 3 Milliarden Euro von Deutschland.", "DEU", "UKR"),
    ],
)
def test_a_subject_after_the_thanking_verb_stays_the_receiver(lang, text, donor, recipient):
    found = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert [(row["donor"], row["recipient"]) for row in found] == [(donor, recipient)]


# --- 2. respectively: each giver with its amount ------------------------------------------------

RESPECTIVELY = [
    ("sv", "Tyskland och Frankrike gav 3 respektive 2 miljarder euro till Ukraina.", 2),
    ("sv", "Tyskland och Frankrike lovade respektive 3 och 2 miljarder euro.", 2),
    ("nl", "Duitsland en Frankrijk gaven respectievelijk 3 en 2 miljard euro aan Oekraïne.", 2),
    (
        "es",
        "Alemania y Francia aportaron 3.000 y 2.000 millones de euros, respectivamente, a Ucrania.",
        2,
    ),
    ("it", "Germania e Francia hanno stanziato rispettivamente 3 e 2 miliardi di euro.", 2),
    ("pt", "A Alemanha e a França prometeram 3 e 2 mil milhões de euros, respetivamente.", 2),
    ("pl", "Niemcy i Francja przekazały Ukrainie odpowiednio 3 i 2 mld euro.", 2),
    ("cs", "Německo a Francie poskytly Ukrajině 3, respektive 2 miliardy eur.", 2),
    ("cs", "Německo a Francie poskytly Ukrajině 3 a 2 miliardy eur v uvedeném pořadí.", 2),
    ("de", "Deutschland und Frankreich sagten 3 beziehungsweise 2 Milliarden Euro zu.", 2),
    ("en", "Germany and France pledged €3bn and €2bn respectively to Ukraine.", 2),
]


@pytest.mark.parametrize(("lang", "text", "count"), RESPECTIVELY)
def test_respectively_pairs_each_giver_with_its_amount(lang, text, count):
    found = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert [(row["donor"], row["donor_from"]) for row in found] == [
        ("DEU", "subject"),
        ("FRA", "subject"),
    ]
    # "3 respektive 2 miljarder euro": the first number shares the scale and the currency
    assert [(row["value"], row["currency"]) for row in found] == [
        (3_000_000_000.0, "EUR"),
        (2_000_000_000.0, "EUR"),
    ]


UNKNOWN_IN_THE_LIST = [
    ("en", "Germany, Scotland and France pledged €3bn, £1bn and €2bn respectively to Ukraine."),
    ("sv", "Tyskland, Skottland och Frankrike gav 3, 1 respektive 2 miljarder euro till Ukraina."),
    ("nl", "Duitsland, Schotland en Frankrijk beloofden respectievelijk 3, 1 en 2 miljard euro."),
    (
        "es",
        "Alemania, Escocia y Francia prometieron 3.000, 1.000 y 2.000 millones de euros, "
        "respectivamente.",
    ),
    ("it", "Germania, Scozia e Francia hanno promesso rispettivamente 3, 1 e 2 miliardi di euro."),
    ("pl", "Niemcy, Szkocja i Francja obiecały odpowiednio 3, 1 i 2 mld euro."),
]


@pytest.mark.parametrize(("lang", "text"), UNKNOWN_IN_THE_LIST)
def test_an_unknown_name_in_a_respectively_list_gives_its_amount_no_donor(lang, text):
    found = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert [(row["donor"], row["donor_from"]) for row in found] == [
        ("DEU", "subject"),
        (None, "unnamed"),
        ("FRA", "subject"),
    ]


def test_two_unknown_names_hold_two_places():
    text = (
        "Germany, Scotland, Wales and France pledged €3bn, £1bn, £1bn and €2bn respectively "
        "to Ukraine."
    )
    assert donors(text, "en") == ["DEU", None, None, "FRA"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Korea pledged $1bn to Ukraine.", ["KOR"]),
        ("en", "Germany, Korea and France pledged €3bn, €1bn and €2bn respectively.", None),
        ("en", "The Korean government promised $300 million to Ukraine.", ["KOR"]),
        ("en", "Korea's government promised $300 million to Ukraine.", ["KOR"]),
        ("de", "Korea sagte der Ukraine 1 Milliarde Dollar zu.", ["KOR"]),
        ("en", "South Korea pledged $1bn to Ukraine.", ["KOR"]),
        ("en", "North Korea sent shells worth $1bn to Russia.", ["PRK"]),
    ],
)
def test_korea_alone_is_south_korea(lang, text, expected):
    assert donors(text, lang) == (expected or ["DEU", "KOR", "FRA"])


# --- 3. a speaker named after a quote in the first person plural --------------------------------

SPEAKER = [
    ("en", '"We will give €3bn to Ukraine," said the Japanese prime minister.', "JPN"),
    ("en", '"We will give €3bn to Ukraine," the Japanese prime minister said.', "JPN"),
    (
        "en",
        "“Our country will send $500 million to Ukraine,” said Japan’s foreign minister.",
        "JPN",
    ),
    ("de", "„Wir geben der Ukraine 3 Milliarden Euro“, sagte der deutsche Kanzler.", "DEU"),
    (
        "de",
        "„Wir stellen der Ukraine 2 Milliarden Euro bereit“, erklärte die deutsche Regierung.",
        "DEU",
    ),
    (
        "fr",
        "« Nous donnerons 3 milliards d'euros à l'Ukraine », a déclaré le président français.",
        "FRA",
    ),
    ("pl", "„Przekażemy Ukrainie 3 mld euro” – powiedział polski premier.", "POL"),
    ("pl", "„My przekażemy Ukrainie 3 mld euro” – powiedział polski premier.", "POL"),
    ("uk", "«Ми надамо Україні 3 млрд євро», – заявив польський прем'єр.", "POL"),
    ("es", "«Daremos a Ucrania 3.000 millones de euros», dijo el presidente francés.", "FRA"),
    ("it", "«Daremo all'Ucraina 3 miliardi di euro», ha detto il premier italiano.", "ITA"),
    ("nl", '"Wij geven Oekraïne 3 miljard euro", zei de Nederlandse premier.', "NLD"),
    ("sv", '"Vi ger Ukraina 3 miljarder euro", sa den svenska statsministern.', "SWE"),
]


@pytest.mark.parametrize(("lang", "text", "donor"), SPEAKER)
def test_the_speaker_of_a_quote_in_the_first_person_gives(lang, text, donor):
    found = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert [(row["donor"], row["recipient"], row["donor_from"]) for row in found] == [
        (donor, "UKR", "speaker")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the quote names its own giver
        (
            "en",
            '"Germany will give €3bn to Ukraine," said the French president.',
            ("DEU", "subject"),
        ),
        # not the first person: the speaker is no giver
        (
            "en",
            '"They will give €3bn to Ukraine," said the Japanese prime minister.',
            (None, "unnamed"),
        ),
        # "we" receive: the agent gives
        (
            "en",
            '"We will get €3bn from the EU," said the Ukrainian prime minister.',
            ("EU", "agent"),
        ),
        # a speaker of no named country
        ("en", '"We will give €3bn to Ukraine," said the prime minister.', (None, "unnamed")),
    ],
)
def test_the_speaker_rule_leaves_other_quotes_alone(lang, text, expected):
    found = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert [(row["donor"], row["donor_from"]) for row in found] == [expected]


# --- 4. one verb, one measure, in every language --------------------------------------------

# The past of "give" is delivered money, an allocation (docs/extraction.md, "Measure"); its
# present names no measure and stays a pledge.
GIVE_PAST = [
    ("en", "Germany gave €3bn to Ukraine."),
    ("en", "Germany has given €3bn to Ukraine."),
    ("de", "Deutschland gab der Ukraine 3 Milliarden Euro."),
    ("de", "Deutschland hat der Ukraine 3 Milliarden Euro gegeben."),
    ("fr", "L'Allemagne a donné 3 milliards d'euros à l'Ukraine."),
    ("nl", "Duitsland gaf Oekraïne 3 miljard euro."),
    ("nl", "Duitsland heeft Oekraïne 3 miljard euro gegeven."),
    ("pl", "Niemcy dały Ukrainie 3 mld euro."),
    ("pl", "Polska dała Ukrainie 3 mld euro."),
    ("sv", "Tyskland gav Ukraina 3 miljarder euro."),
    ("sv", "Tyskland har gett Ukraina 3 miljarder euro."),
    ("es", "Alemania dio 3.000 millones de euros a Ucrania."),
    ("es", "Alemania ha dado 3.000 millones de euros a Ucrania."),
    ("it", "La Germania ha dato 3 miliardi di euro all'Ucraina."),
    ("pt", "A Alemanha deu 3 mil milhões de euros à Ucrânia."),
    ("uk", "Німеччина дала Україні 3 млрд євро."),
    ("cs", "Německo dalo Ukrajině 3 miliardy eur."),
]
GIVE_PRESENT = [
    ("en", "Germany gives €3bn to Ukraine."),
    ("de", "Deutschland gibt der Ukraine 3 Milliarden Euro."),
    ("fr", "L'Allemagne donne 3 milliards d'euros à l'Ukraine."),
    ("nl", "Duitsland geeft Oekraïne 3 miljard euro."),
    ("pl", "Niemcy dają Ukrainie 3 mld euro."),
    ("sv", "Tyskland ger Ukraina 3 miljarder euro."),
    ("es", "Alemania da 3.000 millones de euros a Ucrania."),
]


@pytest.mark.parametrize(("lang", "text"), GIVE_PAST)
def test_the_past_of_give_is_an_allocation_in_every_language(lang, text):
    found = pledge_candidates(text, published=PUBLISHED, lang=lang)
    giver = "POL" if text.startswith("Polska") else "DEU"
    assert [(row["donor"], row["measure"]) for row in found] == [(giver, "allocation")]


@pytest.mark.parametrize(("lang", "text"), GIVE_PRESENT)
def test_the_present_of_give_stays_a_pledge(lang, text):
    found = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert [(row["donor"], row["measure"]) for row in found] == [("DEU", "pledge")]


def test_a_promise_before_the_past_of_give_stays_a_pledge():
    text = "Germany pledged €3bn, and Poland gave €1bn on Monday."
    found = pledge_candidates(text, published=PUBLISHED, lang="en")
    assert [(row["donor"], row["measure"]) for row in found] == [
        ("DEU", "pledge"),
        ("POL", "allocation"),
    ]


# --- 5. a year after a phrase with a year noun --------------------------------------------------

IN_THE_YEAR = [
    ("de", "Deutschland hat der Ukraine im Jahr 2023 3 Milliarden Euro zugesagt."),
    ("de", "Im Jahre 2023 sagte Deutschland der Ukraine 3 Milliarden Euro zu."),
    ("en", "In the year 2023 Germany pledged €3bn to Ukraine."),
    ("en", "Germany pledged €3bn to Ukraine in the year 2023."),
    ("fr", "En l'an 2023, l'Allemagne a promis 3 milliards d'euros à l'Ukraine."),
    ("fr", "L'Allemagne a promis en 2023 3 milliards d'euros à l'Ukraine."),
    ("pl", "Niemcy w roku 2023 przekazały Ukrainie 3 mld euro."),
    ("pl", "Niemcy w 2023 roku przekazały Ukrainie 3 mld euro."),
    ("uk", "Німеччина у 2023 році надала Україні 3 млрд євро."),
    ("es", "Alemania prometió en el año 2023 3.000 millones de euros a Ucrania."),
    ("nl", "Duitsland gaf Oekraïne in het jaar 2023 3 miljard euro."),
    ("cs", "Německo v roce 2023 poskytlo Ukrajině 3 miliardy eur."),
    ("it", "Nell'anno 2023 la Germania ha stanziato 3 miliardi di euro per l'Ucraina."),
]


@pytest.mark.parametrize(("lang", "text"), IN_THE_YEAR)
def test_a_year_after_a_year_noun_is_the_value_date(lang, text):
    found = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert [(row["donor"], row["date"]) for row in found] == [("DEU", "2023")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "since the year 2023" starts a running total: no value date
        ("de", "Seit dem Jahr 2023 hat Deutschland der Ukraine 3 Milliarden Euro gegeben."),
        ("en", "Since the year 2023 Germany has given €3bn to Ukraine."),
    ],
)
def test_a_year_after_since_the_year_is_no_value_date(lang, text):
    found = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert [row["date"] for row in found] == [PUBLISHED]


# --- 6. a sentence of another language is read by its own rules ---------------------------------

MIXED = [
    # an English "billion" in a German text is a thousand million ...
    (
        "Die EU sagte der Ukraine 5 Milliarden Euro zu. The United States pledged $2 billion.",
        [(5e9, "EUR", "EU"), (2e9, "USD", "USA")],
    ),
    # ... a German "Billion" in an English text a million million
    (
        "Germany pledged €2 billion to Ukraine on Monday, and the money will go to air defence. "
        "Die Niederlande sagten der Ukraine 1 Billion Euro zu.",
        [(2e9, "EUR", "DEU"), (1e12, "EUR", "NLD")],
    ),
    # a Dutch "miljard" and a French "milliard" are both a thousand million, an English
    # "billion" after them too
    (
        "Frankrijk beloofde Oekraïne 2 miljard euro. La France a promis 3 milliards d'euros à "
        "l'Ukraine. Germany pledged 1 billion euros.",
        [(2e9, "EUR", "FRA"), (3e9, "EUR", "FRA"), (1e9, "EUR", "DEU")],
    ),
    (
        "La France a débloqué 300 millions d'euros pour l'Ukraine et ses alliés ont promis "
        "davantage. Britain will give £1.5 billion in loans to Kyiv.",
        [(3e8, "EUR", "FRA"), (1.5e9, "GBP", "GBR")],
    ),
    (
        "Polska przekazała Ukrainie 2 mld zł. The United States pledged $3 billion to Ukraine.",
        [(2e9, "PLN", "POL"), (3e9, "USD", "USA")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MIXED)
def test_each_sentence_is_read_in_its_own_language(text, expected):
    found = pledge_candidates(text, published=PUBLISHED)  # the language is inferred
    assert [(row["value"], row["currency"], row["donor"]) for row in found] == expected


def test_a_language_given_by_the_caller_is_kept_for_every_sentence():
    text = "Die EU sagte der Ukraine 5 Milliarden Euro zu. The United States pledged $2 billion."
    found = pledge_candidates(text, published=PUBLISHED, lang="de")
    assert [row["value"] for row in found] == [5e9, 2e12]  # the caller said German


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Zelensky thanked Berlin for €3 billion in air defence and Paris for €2 billion."),
        (
            "de",
            "Kyjiw dankte Berlin für 3 Milliarden Euro Winterhilfe und Paris für 2 Milliarden "
            "Euro.",
        ),
        (
            "fr",
            "Kyiv a remercié Berlin pour 3 milliards d'euros d'aide et Paris pour 2 milliards "
            "d'euros.",
        ),
    ],
)
def test_the_first_amounts_own_words_may_end_its_item(lang, text):
    assert donors(text, lang) == ["DEU", "FRA"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Germany, Italy and France pledged €3bn and €2bn respectively to Ukraine."),
        (
            "de",
            "Deutschland, Italien und Frankreich sagten 3 beziehungsweise 2 Milliarden Euro zu.",
        ),
        (
            "es",
            "Alemania, Italia y Francia dieron 3.000 y 2.000 millones de euros, respectivamente.",
        ),
    ],
)
def test_a_respectively_list_that_does_not_pair_names_no_single_giver(lang, text):
    found = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert [(row["donor"], row["donor_from"]) for row in found] == [(None, "collective")] * 2
