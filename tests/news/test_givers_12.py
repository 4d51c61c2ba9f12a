"""Who gives, to whom, and wholes counted as pledges (session 12): table tests of pledge rows."""

from __future__ import annotations

import pytest
from pledge_rows import counted, rows_of

# 1. A whole named right after the amount it is taken of ("€3bn of the €9bn package") is
#    rejected: the giver's share counts, the whole never (news.beside rule 6).
WHOLES_AFTER_A_SHARE = [
    ("Germany pledged €3bn of the €9bn package.", "en", [("DEU", 3e9, "EUR")]),
    ("Germany pledged €3bn of the EU's €50bn facility.", "en", [("DEU", 3e9, "EUR")]),
    ("Japan will cover $2 billion out of the $6 billion loan.", "en", [("JPN", 2e9, "USD")]),
    ("Sweden gave SEK 1bn of Ukraine's SEK 4bn request.", "en", [("SWE", 1e9, "SEK")]),
    (
        "Deutschland sagte 3 Mrd. Euro von den 9 Mrd. Euro des Pakets zu.",
        "de",
        [("DEU", 3e9, "EUR")],
    ),
    ("Deutschland übernimmt 2 Mrd. Euro der 6 Mrd. Euro.", "de", [("DEU", 2e9, "EUR")]),
    ("Polska przekaże 3 mld zł z 9 mld zł pakietu.", "pl", [("POL", 3e9, "PLN")]),
    ("Німеччина надасть 3 млрд євро з 9 млрд євро пакета.", "uk", [("DEU", 3e9, "EUR")]),
    (
        "La France versera 3 milliards d'euros sur les 9 milliards d'euros du paquet.",
        "fr",
        [("FRA", 3e9, "EUR")],
    ),
    (
        "L'Italia darà 3 miliardi di euro dei 9 miliardi di euro del pacchetto.",
        "it",
        [("ITA", 3e9, "EUR")],
    ),
    (
        "España aportará 3.000 millones de euros de los 9.000 millones de euros del fondo.",
        "es",
        [("ESP", 3e9, "EUR")],
    ),
    # the share takes the whole's currency ("3 mld z 9 mld euro": the parser's part-of rule,
    # session 12 parser12b item 7), so it is Poland's pledge and the whole is no pledge
    ("Polska przekaże 3 mld z 9 mld euro pakietu.", "pl", [("POL", 3e9, "EUR")]),
    # two amounts joined by "and", not "of": two pledges
    ("Germany pledged €3bn and France €9bn.", "en", [("DEU", 3e9, "EUR"), ("FRA", 9e9, "EUR")]),
    (
        "Deutschland gibt der Ukraine 3 Mrd. Euro und Moldau 1 Mrd. Euro.",
        "de",
        [("DEU", 1e9, "EUR"), ("DEU", 3e9, "EUR")],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), WHOLES_AFTER_A_SHARE)
def test_a_whole_named_after_its_share_is_no_pledge(text, lang, expected):
    assert counted(rows_of(text, lang)) == sorted(expected)


def test_the_whole_is_rejected_with_its_reason():
    rows = rows_of("Germany pledged €3bn of the €9bn package.", "en")
    assert [(r["value"], r["status"]) for r in rows] == [(3e9, "candidate"), (9e9, "rejected")]
    assert rows[1]["evidence"] == "the whole the amount before is taken of (of), no pledge"
    rows = rows_of("Polska przekaże 3 mld z 9 mld euro pakietu.", "pl")
    assert [(r["value"], r["status"]) for r in rows] == [(3e9, "candidate"), (9e9, "rejected")]
    assert rows[1]["evidence"] == "the whole the amount before is taken of (z), no pledge"


def givers_of(text, lang):
    return [
        (r["donor"], r["recipient"], r["donor_from"], r["part_of"]) for r in rows_of(text, lang)
    ]


# 2a. A country's allies, partners or donors as the subject: their money is several givers'
#     (collective) and that country receives it; a later item joined by "with" ("Germany
#     leading with €4bn", "darunter Deutschland mit …") is that giver's part of the whole.
ALLIES = [
    (
        "Ukraine's allies pledged €9bn on Wednesday, Germany leading with €4bn.",
        "en",
        [(None, "UKR", "collective", None), ("DEU", "UKR", "list", 0)],
    ),
    (
        "The allies of Ukraine pledged €9bn on Wednesday, including Germany with €4bn and "
        "France with €2bn.",
        "en",
        [(None, "UKR", "collective", None), ("DEU", "UKR", "list", 0), ("FRA", "UKR", "list", 0)],
    ),
    ("Moldova's donors pledged €600m in Chisinau.", "en", [(None, "MDA", "collective", None)]),
    (
        "Die Verbündeten der Ukraine sagten 9 Mrd. Euro zu, allen voran Deutschland mit "
        "4 Mrd. Euro.",
        "de",
        [(None, "UKR", "collective", None), ("DEU", "UKR", "list", 0)],
    ),
    (
        "Les alliés de l'Ukraine ont promis 9 milliards d'euros, l'Allemagne en tête avec "
        "4 milliards d'euros.",
        "fr",
        [(None, "UKR", "collective", None), ("DEU", "UKR", "list", 0)],
    ),
    (
        "Sojusznicy Ukrainy obiecali 9 mld euro, w tym Niemcy z kwotą 4 mld euro.",
        "pl",
        [(None, "UKR", "collective", None), ("DEU", "UKR", "list", 0)],
    ),
    (
        "Союзники України пообіцяли 9 млрд євро, зокрема Німеччина з сумою 4 млрд євро.",
        "uk",
        [(None, "UKR", "collective", None), ("DEU", "UKR", "list", 0)],
    ),
    (
        "Los aliados de Ucrania prometieron 9.000 millones de euros, con Alemania a la cabeza "
        "con 4.000 millones de euros.",
        "es",
        [(None, "UKR", "collective", None), ("DEU", "UKR", "list", 0)],
    ),
    (
        "Gli alleati dell'Ucraina hanno promesso 9 miliardi di euro, con la Germania in testa "
        "con 4 miliardi di euro.",
        "it",
        [(None, "UKR", "collective", None), ("DEU", "UKR", "list", 0)],
    ),
    # the possessor of the partners gives nothing, and receives nothing named to another
    ("Germany's partners gave Ukraine €2bn.", "en", [(None, "UKR", "collective", None)]),
    # "with" after a giving verb of the same giver names no second giver
    ("Germany supported Ukraine with €4bn.", "en", [("DEU", "UKR", "nearest", None)]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ALLIES)
def test_allies_give_collectively_to_their_country(text, lang, expected):
    assert givers_of(text, lang) == expected


def test_the_whole_of_allies_counts_once():
    text = "Ukraine's allies pledged €9bn on Wednesday, Germany leading with €4bn."
    assert counted(rows_of(text, "en")) == [(None, 9e9, "EUR")]


def test_with_after_a_giving_verb_names_no_second_giver():
    text = "Germany gave €3bn to Ukraine and helped Moldova with €1bn."
    assert [r["donor"] for r in rows_of(text, "en")] == ["DEU", "DEU"]


# 2b. A quote that receives "from us" said by a speaker of a named country: the speaker's
#     country gives, the quote's other country receives.
FROM_US = [
    ('"Ukraine will get €2bn from us," said the German chancellor.', "en", ("DEU", "UKR")),
    ('"Moldova receives €50m from us," the Swedish minister said.', "en", ("SWE", "MDA")),
    (
        "„Die Ukraine bekommt von uns 2 Milliarden Euro“, sagte der deutsche Kanzler.",
        "de",
        ("DEU", "UKR"),
    ),
    ("„Ukraina otrzyma od nas 2 mld zł” – powiedział polski premier.", "pl", ("POL", "UKR")),
    ("«Україна отримає від нас 2 млрд євро», – заявив німецький канцлер.", "uk", ("DEU", "UKR")),
    # no "from us": the speaker receives, as before
    ('"We have received €2bn from Germany," said the Ukrainian president.', "en", ("DEU", "UKR")),
]


@pytest.mark.parametrize(("text", "lang", "expected"), FROM_US)
def test_money_from_us_is_the_speakers(text, lang, expected):
    rows = rows_of(text, lang)
    assert [(r["donor"], r["recipient"]) for r in rows] == [expected]
    assert rows[0]["status"] == "candidate"


def test_from_our_partners_is_no_gift_of_the_speaker():
    text = '"We have received $5bn from our partners," said the Ukrainian president.'
    row = rows_of(text, "en")[0]
    assert (row["donor"], row["recipient"], row["donor_from"]) == (None, "UKR", "quote")
    assert row["evidence"] is None


# 3. A list of receivers, each named before its amount, the later amount with no currency of
#    its own: the parser reads it in the first one's (shared-currency) and each amount keeps
#    its own receiver.
RECEIVERS_BEFORE_AMOUNTS = [
    (
        "La France donnera à l'Ukraine 3 milliards d'euros et à la Moldavie 1 milliard.",
        "fr",
        [("FRA", "UKR", 3e9), ("FRA", "MDA", 1e9)],
    ),
    (
        "España dará a Ucrania 3.000 millones de euros y a Moldavia 1.000 millones.",
        "es",
        [("ESP", "UKR", 3e9), ("ESP", "MDA", 1e9)],
    ),
    (
        "L'Italia darà all'Ucraina 3 miliardi di euro e alla Moldavia 1 miliardo.",
        "it",
        [("ITA", "UKR", 3e9), ("ITA", "MDA", 1e9)],
    ),
    (
        "Deutschland gibt der Ukraine 3 Mrd. Euro und der Republik Moldau 1 Mrd.",
        "de",
        [("DEU", "UKR", 3e9), ("DEU", "MDA", 1e9)],
    ),
    (
        "Germany gives Ukraine €3bn and Moldova 1bn.",
        "en",
        [("DEU", "UKR", 3e9), ("DEU", "MDA", 1e9)],
    ),
    (
        "La France donnera à l'Ukraine 3 milliards d'euros et à la Moldavie 1 milliard d'euros.",
        "fr",
        [("FRA", "UKR", 3e9), ("FRA", "MDA", 1e9)],
    ),
    # the receiver after its amount, as before
    (
        "La France versera 145 millions d'euros pour l'Ukraine et 8 millions d'euros pour la "
        "Moldavie.",
        "fr",
        [("FRA", "UKR", 145e6), ("FRA", "MDA", 8e6)],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), RECEIVERS_BEFORE_AMOUNTS)
def test_each_receiver_before_its_amount(text, lang, expected):
    rows = rows_of(text, lang)
    assert [(r["donor"], r["recipient"], r["value"]) for r in rows] == expected
    assert all(r["currency"] == "EUR" for r in rows)


SHARED_AFTER_A_NAME = [
    ("Germany gives Ukraine €3bn and Moldova 1bn.", "en", ["EUR 3000000000", "EUR 1000000000"]),
    (
        "Deutschland gibt der Ukraine 3 Mrd. Euro und Moldau 1 Mrd.",
        "de",
        ["EUR 3000000000", "EUR 1000000000"],
    ),
    (
        "Німеччина надасть Україні 3 млрд євро і Молдові 1 млрд.",
        "uk",
        ["EUR 3000000000", "EUR 1000000000"],
    ),
    # no country's name after the list word: nothing borrowed
    ("Germany gives €3bn and then 1bn.", "en", ["EUR 3000000000"]),
    # a noun after the number: no money
    ("Germany gives €3bn and Moldova 1bn people.", "en", ["EUR 3000000000"]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SHARED_AFTER_A_NAME)
def test_a_later_amount_after_a_country_borrows_the_currency(text, lang, expected):
    from aidcalc import extract_amounts

    found = extract_amounts(text, lang=lang)
    assert [str(m.amount) for m in found] == expected
    assert all(m.assumptions == ("shared-currency",) for m in found[1:])


# 5. Places: every country of the World Bank data is found by its English name there, and the
#    press's short forms (NZ, HK, Hong Kong, Moldau) are places; a short form inside an amount
#    is its currency's prefix, no actor.
def _world_bank_countries():
    import csv

    from aidcalc._paths import data_file

    with data_file("worldbank", "wb_country_metadata.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    # CHI (Channel Islands) is a World Bank code, no ISO 3166 country
    return [
        (r["iso3"], r["country"]) for r in rows if r["is_aggregate"] == "0" and r["iso3"] != "CHI"
    ]


def test_every_world_bank_country_is_a_place():
    from aidcalc.places import find_places

    countries = _world_bank_countries()
    assert len(countries) > 200
    missing = [
        (code, name)
        for code, name in countries
        if [p.code for p in find_places(name, "en")][:1] != [code]
    ]
    assert missing == []


def test_every_world_bank_country_is_an_actor():
    from aidcalc.news.donors import find_actors

    for code, name in _world_bank_countries():
        text = f"{name} pledged €5m."
        assert [a.code for a in find_actors(text, "en")][:1] == [code], text


PLACES = [
    ("NZ$10m from Wellington", "en", ["NZL", "NZL"]),
    ("NZ pledged NZ$10m.", "en", ["NZL", "NZL"]),
    ("Hong Kong gave HK$10m.", "en", ["HKG", "HKG"]),
    ("HK pledged aid.", "en", ["HKG"]),
    ("North Korea and South Korea", "en", ["PRK", "KOR"]),
    ("Korea, Dem. People's Rep.", "en", ["PRK"]),
    ("Congo, Dem. Rep. and Congo, Rep.", "en", ["COD", "COG"]),
    ("Viet Nam and Türkiye", "en", ["VNM", "TUR"]),
    ("Deutschland gibt Moldau 1 Mrd. Euro", "de", ["DEU", "MDA"]),
    # lower case is no code
    ("hk and nz", "en", []),
]


@pytest.mark.parametrize(("text", "lang", "expected"), PLACES)
def test_short_forms_are_places(text, lang, expected):
    from aidcalc.places import find_places

    assert [p.code for p in find_places(text, lang)] == expected


CURRENCY_PREFIX = [
    ("Australia pledged US$10m.", "en", ("AUS", None)),
    ("Australia pledged NZ$10m.", "en", ("AUS", None)),
    ("Canada pledged HK$50m to Ukraine.", "en", ("CAN", "UKR")),
    ("NZ$10m from Wellington will go to Ukraine.", "en", ("NZL", "UKR")),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CURRENCY_PREFIX)
def test_a_currency_prefix_is_no_actor(text, lang, expected):
    assert [(r["donor"], r["recipient"]) for r in rows_of(text, lang)] == [expected]


# 4. A clause opened by a word of contrast ("while", "tandis que", "mentre", "podczas gdy")
#    after an amount: the country right after it is the subject of its amounts, whatever its
#    verb (one the tables lack: "envisage", "valuterà", "rozważy"); never the first giver's.
CONTRAST_CLAUSES = [
    "Deutschland sagte 3 Mrd. Euro zu, und Frankreich will weitere 2 Mrd. Euro prüfen.",
    "Deutschland sagte 3 Mrd. Euro zu, während Frankreich weitere 2 Mrd. Euro prüft.",
    "L'Allemagne a promis 3 milliards d'euros, tandis que la France envisage 2 milliards d'euros "
    "supplémentaires.",
    "L'Allemagne a promis 3 milliards d'euros, alors que la France étudie 2 milliards d'euros.",
    "La Germania ha promesso 3 miliardi di euro, mentre la Francia valuterà altri 2 miliardi di "
    "euro.",
    "Niemcy obiecały 3 mld euro, podczas gdy Francja rozważy kolejne 2 mld euro.",
    "Niemcy obiecały 3 mld euro, a Francja rozważy kolejne 2 mld euro.",
    "Alemania prometió 3.000 millones de euros, mientras que Francia estudiará otros 2.000 "
    "millones de euros.",
    "Німеччина пообіцяла 3 млрд євро, тоді як Франція розгляне ще 2 млрд євро.",
    "Germany pledged €3bn, whereas France is weighing another €2bn.",
    "Germany pledged €3bn, while France will consider another €2bn.",
]
CONTRAST_LANGS = ["de", "de", "fr", "fr", "it", "pl", "pl", "es", "uk", "en", "en"]


@pytest.mark.parametrize(("text", "lang"), list(zip(CONTRAST_CLAUSES, CONTRAST_LANGS, strict=True)))
def test_a_contrast_clause_has_its_own_giver(text, lang):
    rows = rows_of(text, lang)
    assert [(r["donor"], r["recipient"]) for r in rows] == [("DEU", None), ("FRA", None)]


def test_a_list_item_after_a_contrast_word_stays_a_list_item():
    text = "Niemcy obiecały Ukrainie 5 mld euro, a Japonia kolejne 2 mld dolarów."
    rows = rows_of(text, "pl")
    assert [(r["donor"], r["donor_from"]) for r in rows] == [("DEU", "subject"), ("JPN", "list")]


# 6. A running-total word in a quote sizes only its own clause: the amount of the quote's next
#    clause, after the speaker, is new money, and that speaker's.
RUNNING_TOTAL_QUOTES = [
    (
        '"So far we have given €5bn," she said, "and we will add €1bn."',
        "en",
        [(None, "cumulative"), (None, "new")],
    ),
    (
        '"So far we have given €5bn," said the German minister, "and we will add €1bn."',
        "en",
        [("DEU", "cumulative"), ("DEU", "new")],
    ),
    (
        "„Bisher haben wir 5 Mrd. Euro gegeben“, sagte sie, „und wir legen 1 Mrd. Euro drauf.“",
        "de",
        [(None, "cumulative"), (None, "new")],
    ),
    (
        "« Jusqu'ici, nous avons donné 5 milliards d'euros », a-t-elle dit, « et nous ajouterons "
        "1 milliard d'euros. »",
        "fr",
        [(None, "cumulative"), (None, "new")],
    ),
    # two quotes, two speakers: each quote is its own speaker's
    (
        '"We gave €5bn," said the German minister. "We will add €1bn," said the French minister.',
        "en",
        [("DEU", "new"), ("FRA", "new")],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), RUNNING_TOTAL_QUOTES)
def test_a_running_total_stays_in_its_clause(text, lang, expected):
    assert [(r["donor"], r["basis"]) for r in rows_of(text, lang)] == expected


# 2c. An agent after the first amount that leads a part ("…, led by Germany with €4bn") is the
#     giver of that part, never of the whole: the whole is several givers' money.
LED_BY = [
    (
        "Donors pledged €9bn on Wednesday, led by Germany with €4bn.",
        [(None, "collective", None), ("DEU", "agent", 0)],
    ),
    (
        "€9bn was pledged, led by Germany with €4bn.",
        [(None, "collective", None), ("DEU", "agent", 0)],
    ),
    (
        "Donors pledged €7bn on Monday, led by Germany (€3bn) and France (€2bn).",
        [(None, "collective", None), ("DEU", "list", 0), ("FRA", "list", 0)],
    ),
    # an agent of its own clause, as before
    (
        "Ammunition worth €90 million was supplied by Slovakia to Ukraine, and €20 million more "
        "by Poland.",
        [("SVK", "agent", None), ("POL", "agent", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LED_BY)
def test_a_leading_agent_gives_its_part_only(text, expected):
    rows = rows_of(text, "en")
    assert [(r["donor"], r["donor_from"], r["part_of"]) for r in rows] == expected
    assert [donor for donor, _, _ in counted(rows)].count("DEU") <= 1
