"""Another actor's money read as the giver's pledge (actors12): damage, weapons fired, losses,
trade, revenues and debts are no pledge whoever's clause they are in (aidcalc.news.other_money,
docs/extraction.md "Money not given" rule 7); a relative clause that closes with its giving
verb gives its antecedent the amount (aidcalc.news.donors, rules 3 and 4); a country's own
spending is no pledge in every news language unless it is spent on aid to a recipient
(aidcalc.news.beside rule 2)."""

from __future__ import annotations

import datetime

import pytest

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.other_money import other_money
from aidcalc.words import NEWS_LANGUAGES, OTHER_MONEY, SPENDING_VERBS

PUBLISHED = datetime.date(2025, 3, 1)


def _rows(text: str, lang: str | None = None) -> list[dict]:
    return pledge_candidates(text, lang=lang, published=PUBLISHED)


def _counted(rows: list[dict]) -> list[tuple]:
    return sorted(
        (r["donor"], r["value"]) for r in rows if r["status"] != "rejected" and r["basis"] == "new"
    )


# (text, language, value of the money that is no gift, its country, its kind as `evidence`
# names it, the pledges a summary counts: (donor, value))
OTHER = [
    (
        "Russland zerstörte Infrastruktur im Wert von 2 Mrd. Euro, sagte Deutschland, das der "
        "Ukraine 1 Mrd. Euro zusagte.",
        "de",
        2e9,
        "RUS",
        "damage or destruction (zerstörte)",
        [("DEU", 1e9)],
    ),
    (
        "Spain pledged €50m after Russia fired missiles worth €30m at Kyiv.",
        "en",
        30e6,
        "RUS",
        "the price of weapons fired (fired)",
        [("ESP", 50e6)],
    ),
    (
        "Poland, which lost 2 billion euros in trade, pledged €100m to Ukraine.",
        "en",
        2e9,
        "POL",
        "losses (lost)",
        [("POL", 100e6)],
    ),
    (
        "La Pologne, qui a perdu 2 milliards d'euros, a promis 100 millions d'euros à l'Ukraine.",
        "fr",
        2e9,
        "POL",
        "losses (perdu)",
        [("POL", 100e6)],
    ),
    (
        "Russian strikes destroyed energy plants worth $1.5bn, and Norway pledged $200m to "
        "Ukraine.",
        "en",
        1.5e9,
        "RUS",
        "damage or destruction (destroyed)",
        [("NOR", 200e6)],
    ),
    ("Ukraine owes €5bn to the IMF.", "en", 5e9, "UKR", "a debt (owes)", []),
    (
        "Ukraine lost €40bn in exports last year; Germany pledged €2bn.",
        "en",
        40e9,
        "UKR",
        "losses (lost)",
        [("DEU", 2e9)],
    ),
    (
        "Russland hat in der Ukraine Infrastruktur im Wert von 2 Mrd. Euro zerstört.",
        "de",
        2e9,
        "RUS",
        "damage or destruction (zerstört)",
        [],
    ),
    (
        "Polen, das 2 Mrd. Euro im Handel verlor, sagte der Ukraine 100 Mio. Euro zu.",
        "de",
        2e9,
        "POL",
        "losses (verlor)",
        [("POL", 100e6)],
    ),
    (
        "Spanien sagte 50 Mio. Euro zu, nachdem Russland Raketen im Wert von 30 Mio. Euro "
        "abgefeuert hatte.",
        "de",
        30e6,
        "RUS",
        "the price of weapons fired (abgefeuert)",
        [("ESP", 50e6)],
    ),
    (
        "La Russie a causé 2 milliards d'euros de dégâts, selon la France, qui a promis 500 "
        "millions d'euros à l'Ukraine.",
        "fr",
        2e9,
        "RUS",
        "damage or destruction (dégâts)",
        [("FRA", 500e6)],
    ),
    (
        "Rosja zniszczyła infrastrukturę wartą 2 mld euro, a Polska przekazała Ukrainie 100 mln "
        "euro.",
        "pl",
        2e9,
        "RUS",
        "damage or destruction (zniszczyła)",
        [("POL", 100e6)],
    ),
    (
        "Polska, która straciła 2 mld zł na handlu, przekazała Ukrainie 100 mln zł.",
        "pl",
        2e9,
        "POL",
        "losses (straciła)",
        [("POL", 100e6)],
    ),
    (
        "Hiszpania przekazała 50 mln euro, po tym jak Rosja wystrzeliła rakiety warte 30 mln euro.",
        "pl",
        30e6,
        "RUS",
        "the price of weapons fired (wystrzeliła)",
        [("ESP", 50e6)],
    ),
    (
        "Росія знищила інфраструктуру вартістю 2 млрд євро.",
        "uk",
        2e9,
        "RUS",
        "damage or destruction (знищила)",
        [],
    ),
    ("Україна втратила 3 млрд доларів доходів.", "uk", 3e9, "UKR", "losses (втратила)", []),
    (
        "Росія випустила ракети вартістю 30 млн євро, а Іспанія надала Україні 50 млн євро.",
        "uk",
        30e6,
        "RUS",
        "the price of weapons fired (випустила)",
        [("ESP", 50e6)],
    ),
    (
        "La Russia ha distrutto infrastrutture per 2 miliardi di euro.",
        "it",
        2e9,
        "RUS",
        "damage or destruction (distrutto)",
        [],
    ),
    (
        "L'Italia ha subito perdite di 2 miliardi di euro.",
        "it",
        2e9,
        "ITA",
        "losses (perdite)",
        [],
    ),
    (
        "Rusia destruyó infraestructuras por valor de 2.000 millones de euros.",
        "es",
        2e9,
        "RUS",
        "damage or destruction (destruyó)",
        [],
    ),
    (
        "España prometió 50 millones de euros después de que Rusia disparó misiles por valor de "
        "30 millones de euros.",
        "es",
        30e6,
        "RUS",
        "the price of weapons fired (disparó)",
        [("ESP", 50e6)],
    ),
    (
        "A Rússia destruiu infraestruturas no valor de 2 mil milhões de euros.",
        "pt",
        2e9,
        "RUS",
        "damage or destruction (destruiu)",
        [],
    ),
    (
        "Portugal perdeu 2 mil milhões de euros em exportações.",
        "pt",
        2e9,
        "PRT",
        "losses (perdeu)",
        [],
    ),
    (
        "Rusland vernietigde infrastructuur ter waarde van 2 miljard euro.",
        "nl",
        2e9,
        "RUS",
        "damage or destruction (vernietigde)",
        [],
    ),
    (
        "Ryssland förstörde infrastruktur för 2 miljarder euro.",
        "sv",
        2e9,
        "RUS",
        "damage or destruction (förstörde)",
        [],
    ),
    (
        "Rusland ødelagde infrastruktur for 2 mia. euro, og Danmark gav Ukraine 100 mio. kr.",
        "da",
        2e9,
        "RUS",
        "damage or destruction (ødelagde)",
        [("DNK", 100e6)],
    ),
    (
        "Russland ødela infrastruktur for 2 milliarder euro.",
        "nb",
        2e9,
        "RUS",
        "damage or destruction (ødela)",
        [],
    ),
    (
        "Rusko zničilo infrastrukturu v hodnotě 2 miliard eur.",
        "cs",
        2e9,
        "RUS",
        "damage or destruction (zničilo)",
        [],
    ),
    (
        "Rusko zničilo infraštruktúru v hodnote 2 miliárd eur.",
        "sk",
        2e9,
        "RUS",
        "damage or destruction (zničilo)",
        [],
    ),
    (
        "Rusija je uništila infrastrukturu vrijednu 2 milijarde eura.",
        "hr",
        2e9,
        "RUS",
        "damage or destruction (uništila)",
        [],
    ),
    (
        "Rusia a distrus infrastructură în valoare de 2 miliarde de euro.",
        "ro",
        2e9,
        "RUS",
        "damage or destruction (distrus)",
        [],
    ),
    (
        "Polonia, care a pierdut 2 miliarde de euro, a promis Ucrainei 100 de milioane de euro.",
        "ro",
        2e9,
        "POL",
        "losses (pierdut)",
        [("POL", 100e6)],
    ),
    (
        "Venäjä tuhosi infrastruktuuria 2 miljardin euron arvosta.",
        "fi",
        2e9,
        "RUS",
        "damage or destruction (tuhosi)",
        [],
    ),
    (
        "Rusija sunaikino infrastruktūros už 2 mlrd. eurų.",
        "lt",
        2e9,
        "RUS",
        "damage or destruction (sunaikino)",
        [],
    ),
]


@pytest.mark.parametrize(("text", "lang", "value", "code", "kind", "counted"), OTHER)
def test_other_money_is_no_pledge(text, lang, value, code, kind, counted):
    rows = _rows(text, lang)
    row = next(r for r in rows if r["value"] == value)
    assert row["status"] == "rejected"
    assert row["evidence"] == f"{kind}, not a pledge"
    assert (row["donor"], row["recipient"], row["donor_from"]) == (code, None, "other clause")
    assert _counted(rows) == counted


def test_the_table_holds_eight_languages_and_more():
    assert len({item[1] for item in OTHER}) >= 17


# The attacker of a damage or weapons clause receives none of the sentence's money.
ATTACKER_NO_RECIPIENT = [
    ("Spain pledged €50m after Russia fired missiles worth €30m at Kyiv.", "en", 50e6),
    (
        "Hiszpania przekazała 50 mln euro, po tym jak Rosja wystrzeliła rakiety warte 30 mln euro.",
        "pl",
        50e6,
    ),
    (
        "Spanien sagte 50 Mio. Euro zu, nachdem Russland Raketen im Wert von 30 Mio. Euro "
        "abgefeuert hatte.",
        "de",
        50e6,
    ),
]


@pytest.mark.parametrize(("text", "lang", "value"), ATTACKER_NO_RECIPIENT)
def test_the_attacker_is_no_recipient(text, lang, value):
    row = next(r for r in _rows(text, lang) if r["value"] == value)
    assert row["status"] == "candidate"
    assert row["recipient"] != "RUS"


# Gifts that name damage, losses or destruction as their purpose stay pledges: a giving verb
# stands in the amount's clause after the word, or the word follows the amount with a giving
# verb in its clause. (text, language, donor, value)
GIFTS_FOR_DAMAGE = [
    ("Germany pledged €500m to repair damage in Kharkiv.", "en", "DEU", 500e6),
    ("To repair the damage, Germany pledged €500m.", "en", "DEU", 500e6),
    ("Ukraine's debt relief: Germany pledged €1bn.", "en", "DEU", 1e9),
    ("Deutschland sagte 500 Mio. Euro für zerstörte Schulen zu.", "de", "DEU", 500e6),
    ("La France a promis 100 millions d'euros pour réparer les dégâts.", "fr", "FRA", 100e6),
    ("Polska przekazała 100 mln zł na odbudowę zniszczonych szkół.", "pl", "POL", 100e6),
    (
        "Німеччина надала Україні 500 млн євро на відновлення зруйнованих об'єктів.",
        "uk",
        "DEU",
        500e6,
    ),
    ("España donó 50 millones de euros para reparar los daños.", "es", "ESP", 50e6),
    ("L'Italia ha donato 50 milioni di euro per riparare i danni.", "it", "ITA", 50e6),
    ("Nederland gaf 200 miljoen euro voor het herstel van verwoeste scholen.", "nl", "NLD", 200e6),
    ("Damaged schools will receive €50m from Japan.", "en", "JPN", 50e6),
    ("Zerstörte Schulen erhalten 50 Mio. Euro aus Japan.", "de", "JPN", 50e6),
]


@pytest.mark.parametrize(("text", "lang", "donor", "value"), GIFTS_FOR_DAMAGE)
def test_gifts_for_damage_stay_pledges(text, lang, donor, value):
    assert _counted(_rows(text, lang)) == [(donor, value)]


# A relative clause closing with its giving verb: its antecedent gives, whoever the sentence's
# subject is. (text, language, [(donor, value)] of the counted rows)
RELATIVE_GIVERS = [
    (
        "Russland zerstörte viel, sagte Deutschland, das der Ukraine 1 Mrd. Euro zusagte.",
        "de",
        [("DEU", 1e9)],
    ),
    ("Frankreich lobte Polen, das der Ukraine 100 Mio. Euro zusagte.", "de", [("POL", 100e6)]),
    (
        "Die USA lobten Polen, das der Ukraine 100 Mio. Euro zusagte, und Frankreich, das 200 "
        "Mio. Euro zusagte.",
        "de",
        [("FRA", 200e6), ("POL", 100e6)],
    ),
    ("Russia destroyed much, said Germany, which pledged €1bn to Ukraine.", "en", [("DEU", 1e9)]),
]


@pytest.mark.parametrize(("text", "lang", "counted"), RELATIVE_GIVERS)
def test_a_relative_clause_gives_its_antecedent_the_amount(text, lang, counted):
    assert _counted(_rows(text, lang)) == counted


# A country's own spending, in every news language: rejected, that country's, no recipient.
# (text, language, the spending verb as `evidence` shows it)
OWN_SPENDING = [
    ("A Rússia gasta 120 mil milhões de euros por ano no seu exército.", "pt", "gasta"),
    ("Rusland besteedt jaarlijks 120 miljard euro aan zijn leger.", "nl", "besteedt"),
    ("Rusland geeft 120 miljard euro uit.", "nl", "geeft"),
    ("Rusia cheltuiește 120 de miliarde de euro pe armată.", "ro", "cheltuiește"),
    ("Rusland bruger 120 mia. euro om året på sit militær.", "da", "bruger"),
    ("Ryssland spenderar 120 miljarder euro per år på sin armé.", "sv", "spenderar"),
    ("Russland bruker 120 milliarder euro i året på sitt forsvar.", "nb", "bruker"),
    ("Rusko utrácí 120 miliard eur ročně na svou armádu.", "cs", "utrácí"),
    ("Rusko vynakladá 120 miliárd eur ročne na svoju armádu.", "sk", "vynakladá"),
    ("Venäjä käyttää 120 miljardia euroa vuodessa armeijaansa.", "fi", "käyttää"),
    ("Rusija troši 120 milijardi eura godišnje na svoju vojsku.", "hr", "troši"),
    ("Rusija išleidžia 120 mlrd. eurų per metus savo kariuomenei.", "lt", "išleidžia"),
    ("La Russia ha speso 120 miliardi di euro per il suo esercito.", "it", "speso"),
]


@pytest.mark.parametrize(("text", "lang", "verb"), OWN_SPENDING)
def test_own_spending_is_no_pledge_in_every_news_language(text, lang, verb):
    (row,) = _rows(text, lang)
    assert row["status"] == "rejected"
    assert (row["donor"], row["recipient"]) == ("RUS", None)
    assert row["evidence"] == f"RUS's own money ({verb}), no aid given here"


# Spending on aid to a named recipient is a gift, by the same rule: "L'Italia ha speso 2
# miliardi di euro per l'Ucraina" is Italy's money for Ukraine. (text, language, donor, value)
SPENT_ON_AID = [
    ("L'Italia ha speso 2 miliardi di euro per l'Ucraina.", "it", "ITA", 2e9),
    ("Portugal gastou 200 milhões de euros em ajuda à Ucrânia.", "pt", "PRT", 200e6),
    ("Nederland besteedt 200 miljoen euro aan hulp voor Oekraïne.", "nl", "NLD", 200e6),
    ("Sverige spenderar 2 miljarder kronor på stöd till Ukraina.", "sv", "SWE", 2e9),
    ("Česko vydává 500 milionů korun na pomoc Ukrajině.", "cs", "CZE", 500e6),
    ("Germany spends €3bn on aid to Ukraine.", "en", "DEU", 3e9),
]


@pytest.mark.parametrize(("text", "lang", "donor", "value"), SPENT_ON_AID)
def test_spending_on_aid_to_a_recipient_stays_a_gift(text, lang, donor, value):
    (row,) = _rows(text, lang)
    assert (row["status"], row["donor"], row["recipient"]) == ("candidate", donor, "UKR")
    assert row["value"] == value


def test_every_news_language_has_spending_verbs_and_other_money():
    assert set(NEWS_LANGUAGES) <= set(SPENDING_VERBS)
    assert set(NEWS_LANGUAGES) <= set(OTHER_MONEY)


@pytest.mark.parametrize(
    ("text", "lang", "where", "kind", "word"),
    [
        ("Ukraine earned €40bn from grain exports.", "en", (20, 25), "revenue", "earned"),
        ("Russia destroyed infrastructure worth €2bn.", "en", (38, 42), "damage", "destroyed"),
        ("Kyiv counts €2bn in damage.", "en", (12, 16), "damage", "damage"),
        ("Die Ukraine hat Schulden von 5 Mrd. Euro.", "de", (29, 40), "debt", "Schulden"),
        ("Україна має борги на 5 млрд євро.", "uk", (21, 32), "debt", "борги"),
        ("Straty sięgają 2 mld zł.", "pl", (15, 23), "loss", "Straty"),
    ],
)
def test_other_money_kinds(text, lang, where, kind, word):
    assert text[where[0] : where[1]].strip()
    found = other_money(text, lang, where)
    assert (found.kind, found.word) == (kind, word)


@pytest.mark.parametrize(
    ("text", "lang", "where"),
    [
        ("Kyiv's €500m for damage repair was welcomed.", "en", (7, 12)),  # a word after it
        ("Germany pledged €500m to repair damage.", "en", (16, 21)),
        ("Deutschland sagte 500 Mio. Euro für zerstörte Schulen zu.", "de", (18, 31)),
        # an adjective of trade is no trade: export credits
        ("Kredyty eksportowe o wartości 100 mln euro trafią na Ukrainę.", "pl", (30, 42)),
    ],
)
def test_no_other_money(text, lang, where):
    assert other_money(text, lang, where) is None


# Own spending beside a gift of another country in the same sentence: the gift's recipient is
# no recipient of the spending, a possessive of the subject says so (``OWN_POSSESSIVES``).
# (text, language, the spender's value, the gift: (donor, value))
OWN_BESIDE_A_GIFT = [
    (
        "A Rússia gasta 130 mil milhões de euros por ano no seu exército; Portugal prometeu 100 "
        "milhões de euros à Ucrânia.",
        "pt",
        130e9,
        ("PRT", 100e6),
    ),
    (
        "Rusland besteedt 120 miljard euro aan zijn leger, en Nederland gaf Oekraïne 100 miljoen "
        "euro.",
        "nl",
        120e9,
        ("NLD", 100e6),
    ),
    (
        "Rusko utrácí 120 miliard eur na svou armádu, zatímco Česko dalo Ukrajině 500 milionů "
        "korun.",
        "cs",
        120e9,
        ("CZE", 500e6),
    ),
    (
        "Rusija išleidžia 120 mlrd. eurų savo kariuomenei, o Lietuva skyrė Ukrainai 50 mln. eurų.",
        "lt",
        120e9,
        ("LTU", 50e6),
    ),
]


@pytest.mark.parametrize(("text", "lang", "spent", "gift"), OWN_BESIDE_A_GIFT)
def test_own_spending_beside_a_gift(text, lang, spent, gift):
    rows = _rows(text, lang)
    row = next(r for r in rows if r["value"] == spent)
    assert (row["status"], row["donor"], row["recipient"]) == ("rejected", "RUS", None)
    assert _counted(rows) == [gift]


# Revenues passed on to a recipient named after the amount in its clause are a gift (frozen
# assets' windfall); revenues kept by their earner are not. (text, language, status, donor,
# recipient)
REVENUES = [
    (
        "The EU will use €3bn of revenues from frozen Russian assets for Ukraine.",
        "en",
        "candidate",
        "EU",
        "UKR",
    ),
    (
        "Die EU wird 3 Mrd. Euro an Einnahmen aus eingefrorenen russischen Vermögen für die "
        "Ukraine nutzen.",
        "de",
        "candidate",
        "EU",
        "UKR",
    ),
    (
        "UE wykorzysta 3 mld euro dochodów z zamrożonych rosyjskich aktywów dla Ukrainy.",
        "pl",
        "candidate",
        "EU",
        "UKR",
    ),
    (
        "L'UE utilisera 3 milliards d'euros de revenus des avoirs russes gelés pour l'Ukraine.",
        "fr",
        "candidate",
        "EU",
        "UKR",
    ),
    ("Ukraine earned €40bn from grain exports.", "en", "rejected", "UKR", None),
    ("Russland erzielte 2 Mrd. Euro an Einnahmen aus dem Ölhandel.", "de", "rejected", "RUS", None),
    ("Ukraina straciła 2 mld euro dochodów z eksportu.", "pl", "rejected", "UKR", None),
]


@pytest.mark.parametrize(("text", "lang", "status", "donor", "recipient"), REVENUES)
def test_revenues_passed_on_are_a_gift(text, lang, status, donor, recipient):
    (row,) = _rows(text, lang)
    assert (row["status"], row["donor"], row["recipient"]) == (status, donor, recipient)
