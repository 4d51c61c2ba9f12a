"""The giver and the recipient come from the clause itself (issue 12, donors12b): never from an
attribution closing the sentence (item 1), a meeting's city (item 1), a currency's name
(item 2), a country compared with or another sentence's other role (item 3); a sentence of
several givers leaves none to carry, and a recipient spending its own currency gives nothing
(item 4)."""

from __future__ import annotations

import datetime

import pytest

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.donors import find_actors, givers, stated_recipient

PUBLISHED = datetime.date(2025, 3, 1)


def _rows(text: str, lang: str | None = None) -> list[tuple]:
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    return [(str(r["parsed"]), r["donor"], r["recipient"], r["donor_from"]) for r in rows]


# Item 1: an attribution names who speaks. (lang, text, donor, recipient, donor_from); a subject
# of givers of no named country ("The allies", "Die Partner") gives collectively (trialfixb17)
ATTRIBUTIONS = [
    (
        "en",
        "Donors pledged $2 billion for Sudan, Britain said.",
        None,
        "SDN",
        "collective",
    ),
    ("en", "The allies pledged $2 billion to Sudan, Britain said.", None, "SDN", "collective"),
    (
        "de",
        "Die Verbündeten sagten 2 Milliarden Euro zu, teilte Berlin mit.",
        None,
        None,
        "collective",
    ),
    (
        "de",
        "Die Partner sagten dem Sudan 2 Milliarden Euro zu, sagte Deutschland.",
        None,
        "SDN",
        "collective",
    ),
    (
        "fr",
        "Les alliés ont promis 2 milliards d'euros au Soudan, a indiqué la France.",
        None,
        "SDN",
        "collective",
    ),
    (
        "pl",
        "Sojusznicy obiecali Ukrainie 2 mld euro, poinformowała Polska.",
        None,
        "UKR",
        "collective",
    ),
    (
        "uk",
        "Партнери пообіцяли 2 млрд доларів Україні, — повідомили в Німеччині.",
        None,
        "UKR",
        "collective",
    ),
    (
        "it",
        "Gli alleati hanno promesso 2 miliardi di euro alla Siria, ha detto l'Italia.",
        None,
        "SYR",
        "collective",
    ),
    # a clause whose own subject is a country keeps it; the speaker changes nothing
    ("en", "Germany will give $2 billion to Sudan, Berlin said.", "DEU", "SDN", "subject"),
    (
        "de",
        "Japan sagte der Ukraine 3 Milliarden Euro zu, teilte Tokio mit.",
        "JPN",
        "UKR",
        "subject",
    ),
]


@pytest.mark.parametrize(("lang", "text", "donor", "recipient", "rule"), ATTRIBUTIONS)
def test_an_attribution_is_not_the_giver(lang, text, donor, recipient, rule):
    rows = _rows(text, lang)
    assert [(r[1], r[2], r[3]) for r in rows] == [(donor, recipient, rule)]


# Item 1: the city a meeting is held in gives nothing, and donors gathered give together.
VENUES = [
    (
        "en",
        "Donors meeting in London on Tuesday pledged more than $1.5 billion in humanitarian aid "
        "for Sudan, the British Foreign Office said.",
        (None, "SDN", "collective"),
    ),
    (
        "it",
        "I donatori internazionali riuniti a Bruxelles hanno promesso 5,8 miliardi di euro per "
        "la Siria.",
        (None, "SYR", "collective"),
    ),
    (
        "en",
        "Moldova's friends pledged €300 million in Paris.",
        (None, "MDA", "collective"),  # Moldova's friends give to Moldova (givers12's allies)
    ),
    (
        "de",
        "Die Geber sagten auf der Konferenz in Berlin 2 Milliarden Euro für den Sudan zu.",
        (None, "SDN", "collective"),
    ),
    # "à" also marks a receiver: after the giving verb the city receives
    ("fr", "Paris a fourni à Kiev 3 milliards d'euros.", ("FRA", "UKR", "subject")),
    # an office's seat is its country
    (
        "de",
        "Das Verteidigungsministerium in Wien sagte der Ukraine 5 Millionen Euro zu.",
        ("AUT", "UKR", "institution"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), VENUES)
def test_a_meeting_place_is_no_actor(lang, text, expected):
    assert [r[1:] for r in _rows(text, lang)] == [expected]


def test_a_venue_is_no_actor_of_the_sentence():
    sentence = "Donors meeting in London pledged $1bn for Sudan."
    assert [a.code for a in find_actors(sentence, "en")] == ["SDN"]
    sentence = "Донори на зустрічі у Лондоні пообіцяли 1 млрд доларів."
    assert [a.code for a in find_actors(sentence, "uk")] == []


# Item 2: a currency's name is no place. (lang, text, rows: amount, donor, recipient)
CURRENCY_NAMES = [
    (
        "uk",
        "Канада виділить Україні 2 млрд канадських доларів (близько 1,4 млрд доларів США).",
        [("CAD 2000000000", "CAN", "UKR")],
    ),
    (
        "de",
        "Japan sagte 20 Mrd. US-Dollar für die Ukraine zu.",
        [("USD 20000000000", "JPN", "UKR")],
    ),
    (
        "pl",
        "Japonia przekaże Ukrainie 2 mld dolarów amerykańskich.",
        [("USD 2000000000", "JPN", "UKR")],
    ),
    (
        "es",
        "Japón dará 2.000 millones de dólares estadounidenses a Ucrania.",
        [("USD 2000000000", "JPN", "UKR")],
    ),
    (
        "en",
        "Canada will give Ukraine C$2 billion, about US$1.4 billion.",
        [("CAD 2000000000", "CAN", "UKR")],
    ),
    (
        "en",
        "Japan pledged US$28 million. Sweden gave US$5 million.",
        [("USD 28000000", "JPN", None), ("USD 5000000", "SWE", None)],
    ),
    # the giver written before a currency sign stays the giver ("the US $5bn")
    (
        "en",
        "The US $5bn and the EU €3bn were pledged to Ukraine.",
        [("USD 5000000000", "USA", "UKR"), ("EUR 3000000000", "EU", "UKR")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CURRENCY_NAMES)
def test_a_currency_name_is_no_recipient(lang, text, expected):
    assert [r[:3] for r in _rows(text, lang)] == expected


def test_givers_skip_countries_inside_money():
    sentence = "Kanada gibt der Ukraine 2 Mrd. kanadische Dollar (1,4 Mrd. US-Dollar)."
    assert givers(sentence, "de", [(24, 48)], [(24, 48), (50, 67)])[0][:2] == ("CAN", "UKR")
    # a country inside the amount itself is its currency's, spans given or not
    sentence = "Japan sagte 20 Mrd. US-Dollar zu."
    assert givers(sentence, "de", [(12, 29)])[0][:2] == ("JPN", None)
    assert givers(sentence, "de", [(12, 29)], [(12, 29)])[0][:2] == ("JPN", None)


# Item 2: a possessive holding the noun of giving owns it ("Canada's contribution of …").
POSSESSIVE_NOUNS = [
    ("en", "Canada's contribution is C$40 million.", ("CAN", "possessive")),
    ("en", "Norway's pledge of NOK 500 million was confirmed.", ("NOR", "possessive")),
    (
        "en",
        "Saudi Arabia pledged $80 million. Canada's contribution of C$40 million is welcome.",
        None,
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), POSSESSIVE_NOUNS)
def test_a_possessive_owns_its_noun_of_giving(lang, text, expected):
    rows = _rows(text, lang)
    if expected is None:
        assert [(r[1], r[3]) for r in rows] == [("SAU", "subject"), ("CAN", "possessive")]
    else:
        assert [(r[1], r[3]) for r in rows] == [expected]


# Item 3: the recipient of the clause; a country compared with, in this sentence or the one
# before, receives nothing. (lang, text, the last row's donor and recipient)
RECIPIENTS = [
    (
        "de",
        "Das Kieler Institut schätzt die deutsche Hilfe auf 0,4 Prozent des BIP, deutlich weniger "
        "als Dänemark. Außerdem stellt das Entwicklungsministerium 30 Millionen Euro für die "
        "Reparatur von Energieanlagen bereit.",
        ("DEU", None),
    ),
    (
        "en",
        "British aid now stands at 0.2% of GDP, far less than Norway. The Foreign Office also set "
        "aside £30 million for repairs.",
        ("GBR", None),
    ),
    (
        "fr",
        "L'aide française reste à 0,3 % du PIB, bien moins que la Pologne. "
        "Le ministère ajoute 30 millions d'euros pour les réparations.",
        ("FRA", None),
    ),
    ("cs", "Česko poslalo 30 mil. Kč na humanitární pomoc v Gaze.", ("CZE", "PSE")),
    ("cs", "Česko pošle 10 mil. Kč Palestině.", ("CZE", "PSE")),
    ("es", "La ayuda española a Palestina supera los 60 millones de euros.", ("ESP", "PSE")),
    ("it", "L'Italia ha dato 10 milioni di euro alla Palestina.", ("ITA", "PSE")),
    ("pl", "Polska przekaże 5 mln zł dla Strefy Gazy.", ("POL", "PSE")),
    # a sentence that states a recipient still gives it to the next one
    ("en", "Sweden has backed Kyiv since 2022. Finland pledged €20 million.", ("FIN", "UKR")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RECIPIENTS)
def test_the_recipient_of_the_clause(lang, text, expected):
    assert _rows(text, lang)[-1][1:3] == expected


STATED = [
    ("en", "Ukraine will get new help.", "UKR"),
    ("en", "Sweden has backed Kyiv since 2022.", "UKR"),
    ("de", "Die deutsche Hilfe ist deutlich weniger als Dänemark.", None),
    ("en", "German aid is far smaller than Denmark.", None),
    ("fr", "La France donne moins que la Belgique.", None),
    ("pl", "Polska daje więcej niż Czechy.", None),
    ("uk", "Допомога Україні", "UKR"),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), STATED)
def test_a_compared_country_is_no_stated_recipient(lang, sentence, expected):
    assert stated_recipient(sentence, lang) == expected


# Item 4: a sentence of several givers leaves none to carry to an impersonal passive.
SEVERAL_GIVERS = [
    (
        "it",
        "L'Italia ha annunciato un contributo di 30 milioni di euro, mentre la Germania ha "
        "promesso 300 milioni di euro. L'anno scorso, alla stessa conferenza, erano stati "
        "promessi 7,5 miliardi di euro.",
    ),
    (
        "en",
        "Italy announced €30 million, while Germany pledged €300 million. Last year, at the same "
        "conference, €7.5 billion was pledged.",
    ),
    (
        "de",
        "Italien kündigte 30 Millionen Euro an, während Deutschland 300 Millionen Euro zusagte. "
        "Im Vorjahr waren auf derselben Konferenz 7,5 Milliarden Euro zugesagt worden.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SEVERAL_GIVERS)
def test_several_givers_leave_none_to_carry(lang, text):
    rows = _rows(text, lang)
    assert [r[1] for r in rows[:2]] == ["ITA", "DEU"]
    assert rows[-1][1] is None


def test_one_giver_is_still_carried():
    rows = _rows("Germany pledged €300 million. A further €50 million was pledged for demining.")
    assert [r[1] for r in rows] == ["DEU", "DEU"]


# Item 4: collective givers ("the G7 countries", "Donors") give no single donor.
COLLECTIVE = [
    ("uk", "Загалом країни G7 пообіцяли Україні 50 млрд доларів."),
    ("en", "The G7 countries pledged $50 billion to Ukraine."),
    ("de", "Die G7-Staaten sagten der Ukraine 50 Milliarden Dollar zu."),
    ("es", "Los donantes prometieron 500 millones de euros a Sudán."),
    ("pl", "Darczyńcy obiecali Ukrainie 2 mld euro."),
]


@pytest.mark.parametrize(("lang", "text"), COLLECTIVE)
def test_collective_givers(lang, text):
    rows = _rows("Canada pledged C$2 billion to Ukraine. " + text, lang)
    assert rows[-1][1] is None
    assert rows[-1][3] == "collective"


# Item 4: the country the text's money goes to, spending its own currency with no receiver of
# its own, gives nothing: its own budget, rejected.
OWN_BUDGETS = [
    ("uk", "Нідерланди виділили 200 млн євро. Кабмін спрямував 1,2 млрд грн на ремонт шкіл."),
    ("uk", "Місто Київ виділило 500 мільйонів гривень на укриття."),
    ("uk", "Уряд виділить 200 мільйонів гривень на ремонт шкіл."),
    (
        "en",
        "The Netherlands gave €200 million. The cabinet also directed UAH 1.2 billion to schools.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), OWN_BUDGETS)
def test_the_recipients_own_budget_is_no_gift(lang, text):
    row = pledge_candidates(text, published=PUBLISHED, lang=lang)[-1]
    assert (row["donor"], row["recipient"], row["status"]) == ("UKR", None, "rejected")
    assert "its own budget" in row["evidence"]


def test_foreign_money_to_the_recipient_stays_a_gift():
    rows = _rows("Нідерланди виділили Україні 200 млн євро.", "uk")
    assert rows == [("EUR 200000000", "NLD", "UKR", "subject")]
    row = pledge_candidates("Japan gave Ukraine UAH 1 billion.", published=PUBLISHED)[0]
    assert (row["donor"], row["recipient"], row["status"]) == ("JPN", "UKR", "candidate")


# Item 3: a giver of the article's earlier rows is not carried as a later giver's recipient;
# a capital visited names the recipient of the next sentence's money.
CARRIED = [
    (
        "nl",
        "Nederland geeft Oekraïne 3,5 miljard euro. Dat zou voor Nederland ongeveer 11 miljard "
        "euro per jaar betekenen. België maakte bekend dat het 1 miljard euro geeft.",
        ("BEL", "UKR"),
    ),
    (
        "en",
        "Britain gave Ukraine £3bn. That means £40 for Britain's every citizen. Belgium "
        "pledged €1bn.",
        ("BEL", "UKR"),
    ),
    (
        "pt",
        "O primeiro-ministro português esteve em Kiev na sexta-feira. Ele prometeu mais 15 "
        "milhões de euros para a energia.",
        ("PRT", "UKR"),
    ),
    (
        "en",
        "The Irish prime minister was in Kyiv on Friday. He promised another €15 million.",
        ("IRL", "UKR"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CARRIED)
def test_the_carried_recipient(lang, text, expected):
    assert _rows(text, lang)[-1][1:3] == expected


# Item 2: the same money restated by a verb of being is one row, and the country of the
# restating currency's name receives nothing. (lang, text, rows: amount, donor, recipient)
COPULA_RESTATEMENTS = [
    (
        "en",
        "Saudi Arabia pledged $80 million. Canada's contribution of C$40 million is roughly "
        "US$28 million.",
        [("USD 80000000", "SAU", None), ("CAD 40000000", "CAN", None)],
    ),
    (
        "de",
        "Kanadas Beitrag von 40 Mio. CAD ist etwa 28 Mio. US-Dollar.",
        [("CAD 40000000", "CAN", None)],
    ),
    (
        "fr",
        "La contribution du Canada de 40 millions de dollars canadiens est d'environ 28 millions "
        "de dollars américains.",
        [("CAD 40000000", "CAN", None)],
    ),
    (
        "it",
        "Il contributo del Canada di 40 milioni di CAD è di circa 28 milioni di dollari USA.",
        [("CAD 40000000", "CAN", None)],
    ),
    # not the same money: no plausible rate, or not a verb of being between
    (
        "en",
        "Norway's contribution of NOK 1 million is roughly $900 million.",
        [("NOK 1000000", "NOR", None), ("approx USD 900000000", "NOR", None)],
    ),
    (
        "en",
        "Japan pledged $3bn and Germany €2bn.",
        [("USD 3000000000", "JPN", None), ("EUR 2000000000", "DEU", None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), COPULA_RESTATEMENTS)
def test_a_restatement_by_a_verb_of_being(lang, text, expected):
    assert [r[:3] for r in _rows(text, lang)] == expected


def test_a_currency_name_after_the_amount_is_no_recipient():
    rows = _rows("Il Giappone darà 2 miliardi di dollari USA.", "it")
    assert rows == [("USD 2000000000", "JPN", None, "subject")]
    rows = _rows("Le Japon donnera 2 milliards de dollars américains à l'Ukraine.", "fr")
    assert [r[1:3] for r in rows] == [("JPN", "UKR")]
