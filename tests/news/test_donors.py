"""Who gives (issue 10): several donors in a sentence, donors carried across sentences,
institutions, possessive/genitive/adjective/passive donors; parts, duplicates, the review
columns; the test passages scored with floors; linear work on one long sentence."""

from __future__ import annotations

import pytest
from passages import (
    HELD_OUT,
    HELD_OUT_3,
    HELD_OUT_4,
    PASSAGES,
    PUBLISHED,
    REVIEW,
    expected_rows,
    languages,
    score,
)
from work_count import growth

from aidcalc.countries import resolve_country
from aidcalc.news.candidates import COLUMNS, REVIEW_COLUMNS, extract_pledges, pledge_candidates
from aidcalc.news.dedup import mark_duplicates
from aidcalc.news.donors import find_actors
from aidcalc.news.institutions import find_institutions
from aidcalc.news.parts import is_part
from aidcalc.words import INSTITUTIONS, NEWS_LANGUAGES


def rows_of(text, lang):
    return pledge_candidates(text, published=PUBLISHED, lang=lang)


def donors(text, lang):
    return [(row["donor"], row["donor_from"]) for row in rows_of(text, lang)]


# --- 1. several donors in one sentence ----------------------------------------------------------

SEVERAL = [
    (
        "en",
        "Japan committed $500 million to the fund, and South Korea pledged $300 million for "
        "Ukraine's railways.",
        [("JPN", "subject"), ("KOR", "subject")],
    ),
    (
        "en",
        "Latvia gave €10 million, Estonia €12 million and Lithuania €15 million.",
        [("LVA", "subject"), ("EST", "list"), ("LTU", "list")],
    ),
    (
        "en",
        "Germany pledged €1 billion, of which €400 million has been disbursed to Ukraine.",
        [("DEU", "subject"), ("DEU", "subject")],
    ),
    (
        "de",
        "Frankreich gibt 300 Millionen Euro, Italien 200 Millionen Euro.",
        [("FRA", "subject"), ("ITA", "list")],
    ),
    (
        "fr",
        "L'Espagne a promis 400 millions d'euros et le Portugal 100 millions d'euros à l'Ukraine.",
        [("ESP", "subject"), ("PRT", "list")],
    ),
    (
        "lt",
        "Latvija skyrė 2 mln. eurų, o Estija – 4 mln. eurų.",
        [("LVA", "subject"), ("EST", "list")],
    ),
    (
        "uk",
        "Польща передала 100 мільйонів євро, а Чехія – 50 мільйонів євро.",
        [("POL", "subject"), ("CZE", "list")],
    ),
    (
        "pl",
        "Niemcy przekazały 200 mln euro, a Francja 100 mln euro.",
        [("DEU", "subject"), ("FRA", "list")],
    ),
    (
        "pl",
        "Polska przekazała 100 mln euro, a Czechy 50 mln euro.",
        [("POL", "subject"), ("CZE", "list")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SEVERAL)
def test_each_amount_has_its_own_donor(lang, text, expected):
    assert donors(text, lang) == expected


def test_a_second_donor_is_not_the_recipient():
    rows = rows_of("Spain announced €200 million, while Australia pledged A$100 million.", "en")
    assert [(r["donor"], r["recipient"]) for r in rows] == [("ESP", None), ("AUS", None)]
    rows = rows_of("Sweden gave €30 million for Ukraine and €50 million for Moldova.", "en")
    assert [r["donor"] for r in rows] == ["SWE", "SWE"]


# --- 2. the donor of an earlier sentence --------------------------------------------------------

CARRIED = [
    (
        "en",
        "Sweden has backed Kyiv since 2022. This week it added SEK 1 billion for air defence.",
        "SWE",
    ),
    (
        "de",
        "Die Slowakei unterstützt Kyjiw seit Jahren. Nun hat sie weitere 40 Millionen Euro "
        "zugesagt.",
        "SVK",
    ),
    ("fr", "Le Danemark soutient Kiev. Il a promis 90 millions d'euros de plus.", "DNK"),
    ("lt", "Suomija remia Ukrainą nuo karo pradžios. Šiais metais ji skyrė 50 mln. eurų.", "FIN"),
    (
        "uk",
        "Естонія підтримує Україну з 2022 року. Цього року вона надала ще 20 мільйонів євро.",
        "EST",
    ),
    ("pl", "Litwa wspiera Ukrainę od początku wojny. W maju przekazała jej 10 mln euro.", "LTU"),
]


@pytest.mark.parametrize(("lang", "text", "donor"), CARRIED)
def test_donor_is_carried_from_an_earlier_sentence(lang, text, donor):
    assert donors(text, lang) == [(donor, "earlier sentence")]


def test_carrying_stops_after_a_few_sentences():
    text = (
        "Sweden has backed Kyiv since 2022. The war goes on. Winter is near. Prices rise. "
        "Schools reopen. Someone added SEK 1 billion."
    )
    assert donors(text, "en") == [(None, None)]


def test_a_sentence_with_its_own_donor_is_not_carried():
    text = "Sweden has backed Kyiv since 2022. Finland pledged €20 million."
    assert donors(text, "en") == [("FIN", "subject")]


def test_measure_and_basis_carried_only_without_words_of_their_own():
    text = (
        "Portugal has delivered armoured vehicles to Ukraine since 2022. Most of it came in "
        "six shipments worth about €220 million."
    )
    (row,) = rows_of(text, "en")
    assert (row["measure"], row["basis"]) == ("allocation", "cumulative")
    assert "measure and basis from an earlier sentence" in row["evidence"]
    text = "Estonia has backed Ukraine since 2022. This year it pledged €10 million more."
    (row,) = rows_of(text, "en")
    # the recipient carried with the giver is said (actors14), the measure and basis are not
    assert (row["measure"], row["basis"], row["evidence"]) == (
        "pledge",
        "new",
        "recipient with the giver from an earlier sentence",
    )


# --- 3. institutions and offices ----------------------------------------------------------------

OFFICES = [
    ("en", "The Canadian government announced C$60 million for Ukraine.", "CAN"),
    ("en", "The Pentagon announced a $425 million package for Kyiv.", "USA"),
    ("en", "The World Bank approved a $1.2 billion loan to Ukraine.", "WBG"),
    ("en", "The government of Canada will give $50 million to Ukraine.", "CAN"),
    ("en", "The defence ministry in Oslo pledged €20 million.", "NOR"),
    ("de", "Die österreichische Regierung stellt der Ukraine 15 Millionen Euro bereit.", "AUT"),
    ("de", "Das Verteidigungsministerium in Wien kündigte 30 Millionen Euro an.", "AUT"),
    ("de", "Die EU-Kommission hat der Ukraine 1,5 Mrd. Euro ausgezahlt.", "EU"),
    ("fr", "Le gouvernement belge a débloqué 50 millions d'euros pour Kiev.", "BEL"),
    ("fr", "Le ministère des Armées a annoncé 200 millions d'euros pour Kiev.", "FRA"),
    ("fr", "Le gouvernement fédéral allemand a promis 500 millions d'euros à l'Ukraine.", "DEU"),
    ("lt", "Lenkijos vyriausybė paskyrė Ukrainai 100 mln. eurų.", "POL"),
    ("lt", "Krašto apsaugos ministerija paskelbė, kad Ukrainai skirs 20 mln. eurų.", "LTU"),
    ("uk", "Уряд Нідерландів виділив Україні 400 мільйонів євро.", "NLD"),
    ("uk", "Пентагон оголосив про пакет на 425 мільйонів доларів для України.", "USA"),
    ("uk", "Європейська комісія виплатила Україні 1,5 мільярда євро.", "EU"),
    ("pl", "Rząd Szwecji przeznaczył dla Ukrainy 300 mln euro.", "SWE"),
    ("pl", "Ministerstwo Obrony Narodowej ogłosiło pakiet o wartości 300 mln zł.", "POL"),
]


@pytest.mark.parametrize(("lang", "text", "donor"), OFFICES)
def test_institutions_and_offices_give_their_country(lang, text, donor):
    assert [row["donor"] for row in rows_of(text, lang)] == [donor]
    assert rows_of(text, lang)[0]["donor_from"] == "institution"


def test_an_office_of_an_unnamed_country_is_unsure_without_context():
    (row,) = rows_of("The defence ministry announced €20 million.", "en")
    assert (row["donor"], row["donor_from"]) == (None, "institution")
    (row,) = rows_of("Norway is a big donor. The defence ministry announced €20 million.", "en")
    assert (row["donor"], row["donor_from"]) == ("NOR", "earlier sentence")
    assert "office" in row["evidence"]


def test_every_news_language_has_a_gazetteer():
    for lang in NEWS_LANGUAGES:
        assert INSTITUTIONS[lang][""], lang  # offices of any country
        assert "EU" in INSTITUTIONS[lang], lang
    for codes in INSTITUTIONS.values():
        for code in codes:
            if code:
                assert resolve_country(code) == code  # read_pledges accepts every code


def test_acronyms_match_only_in_capitals():
    assert [i.code for i in find_institutions("le MON et mon ami", "pl")] == ["POL"]
    assert find_institutions("Mon ami", "fr") == []


# --- 4. possessive, genitive, adjective and passive-agent donors -------------------------------

OWNERS = [
    ("en", "Portugal's cabinet approved €100 million in aid for Kyiv.", "PRT"),
    ("en", "The EU's new package for Kyiv is worth €5 billion.", "EU"),
    ("en", "Greek aid for Kyiv will reach €50 million this year.", "GRC"),
    ("en", "Artillery shells worth $200 million were delivered by the Czech Republic.", "CZE"),
    ("en", "Kyiv will receive 5 million euros from Berlin.", "DEU"),
    ("de", "Schwedens Regierung hat 500 Millionen Euro zugesagt.", "SWE"),
    ("de", "Granaten im Wert von 80 Millionen Euro wurden von Tschechien geliefert.", "CZE"),
    ("fr", "L'aide grecque à Kiev atteindra 50 millions d'euros.", "GRC"),
    ("fr", "L'aide du Canada à l'Ukraine atteindra 200 millions d'euros.", "CAN"),
    (
        "fr",
        "Des drones d'une valeur de 30 millions d'euros ont été fournis par la Lettonie.",
        "LVA",
    ),
    ("uk", "Україна отримала від Норвегії 300 мільйонів доларів.", "NOR"),
    ("uk", "Грецька допомога Україні сягне 50 мільйонів євро.", "GRC"),
    ("pl", "Norweska pomoc dla Kijowa wyniesie 200 mln euro.", "NOR"),
    ("pl", "Amunicja o wartości 50 mln euro została dostarczona przez Czechy.", "CZE"),
]


@pytest.mark.parametrize(("lang", "text", "donor"), OWNERS)
def test_owners_and_agents_are_donors(lang, text, donor):
    assert [row["donor"] for row in rows_of(text, lang)] == [donor]


WORD_ORDER = [
    ("de", "Im Februar sagte Deutschland der Ukraine 2 Mrd. Euro für Munition zu.", "DEU", "UKR"),
    ("de", "Im März hat Kanada der Ukraine 100 Millionen Euro überwiesen.", "CAN", "UKR"),
    ("en", "After new Russian strikes, Denmark promised €130 million to Ukraine.", "DNK", "UKR"),
    ("en", "Russia's invasion led Finland to pledge €50 million to Ukraine.", "FIN", "UKR"),
]


@pytest.mark.parametrize(("lang", "text", "donor", "recipient"), WORD_ORDER)
def test_word_order_and_aggressor_adjectives(lang, text, donor, recipient):
    assert [(r["donor"], r["recipient"]) for r in rows_of(text, lang)] == [(donor, recipient)]


def test_a_bare_demonym_or_possessive_is_no_subject():
    actors = find_actors("Ukrainian drones and Russia's invasion", "en")
    assert [(a.code, a.subject) for a in actors] == [("UKR", False), ("RUS", False)]


# --- parts and duplicates -----------------------------------------------------------------------

PARTS = [
    ("en", "Belgium pledged €1 billion, including €150 million for demining.", [None, 0]),
    ("en", "Belgium pledged €1 billion. €150 million of it is for demining.", [None, 0]),
    ("de", "Deutschland sagte 2 Mrd. Euro zu, davon 500 Mio. Euro für Munition.", [None, 0]),
    ("fr", "La France a promis 1 milliard d'euros, dont 200 millions d'euros d'aide.", [None, 0]),
    ("lt", "Lietuva skyrė 10 mln. eurų, iš jų 2 mln. eurų dronams.", [None, 0]),
    ("uk", "Литва виділила 10 мільйонів євро, з них 2 мільйони євро на дрони.", [None, 0]),
    ("pl", "Polska przekazała 100 mln euro, w tym 20 mln euro na drony.", [None, 0]),
    ("en", "Sweden gave €30 million for generators and €50 million for ammunition.", [None, None]),
]


@pytest.mark.parametrize(("lang", "text", "part_of"), PARTS)
def test_parts_point_at_their_whole(lang, text, part_of):
    assert [row["part_of"] for row in rows_of(text, lang)] == part_of


def test_a_part_needs_a_whole_nearby():
    sentence = "Belgium pledged €1 billion, including €150 million for demining."
    assert is_part(sentence, "en", (38, 50), 26)
    assert not is_part(sentence, "en", (16, 26), 0)
    text = "Belgium pledged €1 billion. Rain fell. Snow fell. €150 million of it went to demining."
    assert [row["part_of"] for row in rows_of(text, "en")] == [None, None]


HEADLINE_AND_LEAD = [
    (
        "en",
        "Finland to send €190 million in arms to Ukraine\n\nFinland will send Ukraine a "
        "€190 million package of artillery shells, its defence minister said on Friday.",
    ),
    (
        "de",
        "Dänemark sagt der Ukraine 500 Mio. Euro zu\n\nKopenhagen hat der Ukraine am Montag "
        "500 Mio. Euro für die Luftverteidigung zugesagt.",
    ),
    (
        "uk",
        "Литва виділила Україні 10 мільйонів євро\n\nУ вересні Литва виділила Україні "
        "10 мільйонів євро на дрони.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), HEADLINE_AND_LEAD)
def test_headline_and_lead_are_one_pledge(lang, text):
    rows = rows_of(text, lang)
    # the lead states the date ("on Friday", "am Montag", "у вересні") the headline lacks: the
    # lead is the counted row (tests/news/test_value_dates_12.py), the headline its repeat
    assert [row["duplicate_of"] for row in rows] == [1, None]
    assert rows[0]["donor"] == rows[1]["donor"]


def test_different_pledges_are_not_duplicates():
    text = "Finland pledged €20 million. Estonia pledged €20 million. Finland gave $20 million."
    assert [row["duplicate_of"] for row in rows_of(text, "en")] == [None, None, None]


def test_two_outlets_in_one_month_are_one_pledge():
    first = rows_of("Norway pledged €80 million for Ukraine's grid on 2 November.", "en")
    second = pledge_candidates(
        "Oslo has promised Ukraine €80 million for its power grid.", published="2024-11-06"
    )
    later = pledge_candidates("Norway pledged €80 million for Ukraine.", published="2025-02-01")
    rows = [
        {**row, "article": name}
        for name, found in (("a", first), ("b", second), ("c", later))
        for row in found
    ]
    assert [row["duplicate_of"] for row in mark_duplicates(rows)] == [None, 0, None]


# --- the review columns -------------------------------------------------------------------------


def test_review_columns_in_the_frame():
    frame = extract_pledges(
        "Belgium pledged €1 billion, including €150 million for demining.\n\n"
        "Belgium pledged €1 billion.",
        published=PUBLISHED,
    )
    assert list(frame.columns) == list(COLUMNS)
    assert list(COLUMNS[-len(REVIEW_COLUMNS) :]) == list(REVIEW_COLUMNS)
    assert frame["status"].tolist() == ["candidate"] * 3
    assert frame["part_of"].tolist()[:2] == [pd_na(), 0]
    assert frame["duplicate_of"].tolist()[2] == 0
    assert str(frame["part_of"].dtype) == "Int64"


def pd_na():
    import pandas as pd

    return pd.NA


def test_rows_with_review_columns_read_back():
    from aidcalc.pledges.read import read_pledges

    frame = read_pledges(
        extract_pledges("Latvia gave €10 million, Estonia €12 million.", published=PUBLISHED)
    )
    assert frame["donor"].tolist() == ["LVA", "EST"]


# --- the test passages --------------------------------------------------------------------------


def _extract(text, lang):
    return rows_of(text, lang)


# The floors per language: the share of the expected rows found, with the right donor,
# recipient, measure and basis (at least), and of extra rows (at most). The aim of issue 10 is
# AIM in every language; a language below it would have its measured floor in FLOORS. Before
# es, it, pt, nl, sv, cs and ro had news words, their donor share was 0.11-0.33.
AIM = {"found": 0.95, "donor": 0.92, "recipient": 0.9, "measure": 0.9, "basis": 0.9, "extra": 0.1}
FLOORS: dict[str, dict[str, float]] = {}
# The share of the labelled review columns (donor_from, part_of, duplicate_of) right, overall
# (parts13b: 187 of 187 with the breakdowns said sentences later).
REVIEW_FLOOR = 0.98


def _floor(lang, field):
    return {**AIM, **FLOORS.get(lang, {})}[field]


def test_passages_score_above_the_floors():
    scores = score(_extract)
    for lang, counts in scores.items():
        expected = counts["expected"]
        for field in ("found", "donor", "recipient", "measure", "basis"):
            assert counts[field] / expected >= _floor(lang, field), (lang, field)
        assert counts["extra"] <= _floor(lang, "extra") * expected, lang
    counts = scores["all"]
    labelled = sum(counts[f"{column} labelled"] for column in REVIEW)
    assert sum(counts[column] for column in REVIEW) >= REVIEW_FLOOR * labelled


def test_passages_cover_twelve_languages_and_150_passages():
    assert len(PASSAGES) >= 150
    assert len(languages()) >= 12
    assert set(languages()) >= {"en", "de", "fr", "lt", "uk", "pl", "es", "it", "pt", "nl"}
    assert all(sum(p[0] == lang for p in PASSAGES) >= 6 for lang in languages())


# The held-out passages (labelled before the extraction was run on them) have floors of their
# own, as measured, not fitted: the share of expected rows found and right per field, overall
# and per language (two decimals, rounded down), and the labelled review columns right.
# Of 81 rows, first measured (round 2 of issue 10) -> after the rules they led to:
# found 76 -> 76, donor 57 -> 76, recipient 71 -> 76, measure 73 -> 76, basis 73 -> 74,
# extra 0 -> 0, review columns 4/9 -> 8/9. Per language the lowest share is 0.66 (pl and pt:
# "dolarów"/"dólares" beside Canada and Australia read as US dollars, so two rows not found).
HELD_OUT_FLOORS = {
    "all": {"found": 0.93, "donor": 0.93, "recipient": 0.93, "measure": 0.93, "basis": 0.91},
}
HELD_OUT_LANGUAGE_FLOOR = {
    "found": 0.66,
    "donor": 0.66,
    "recipient": 0.66,
    "measure": 0.66,
    "basis": 0.66,
}
HELD_OUT_REVIEW = (8, 9)


def test_held_out_passages_score_above_their_floors():
    scores = score(_extract, HELD_OUT)
    for lang, counts in scores.items():
        floors = HELD_OUT_FLOORS.get(lang, HELD_OUT_LANGUAGE_FLOOR)
        expected = counts["expected"]
        for field, floor in floors.items():
            assert counts[field] / expected >= floor, (lang, field, counts[field], expected)
        assert counts["extra"] <= 0.1 * expected, lang
    counts = scores["all"]
    labelled = sum(counts[f"{column} labelled"] for column in REVIEW)
    right = sum(counts[column] for column in REVIEW)
    assert labelled == HELD_OUT_REVIEW[1]
    assert right >= HELD_OUT_REVIEW[0]


def test_held_out_passages_cover_twelve_languages_and_60_passages():
    assert len(HELD_OUT) >= 60
    assert len(languages(HELD_OUT)) >= 12
    assert not {p[1] for p in HELD_OUT} & {p[1] for p in PASSAGES}


# The passages of the languages at the aim: every labelled review column of a row found is
# right (rows not found count in the score above).
AT_AIM = [p for p in PASSAGES if p[0] not in FLOORS]


@pytest.mark.parametrize("passage", AT_AIM, ids=[f"{p[0]}-{i}" for i, p in enumerate(AT_AIM)])
def test_passage_review_columns(passage):
    rows = rows_of(passage[1], passage[0])
    for want in expected_rows(passage):
        row = next(
            (r for r in rows if str(r["parsed"]) == want["amount"] and r.get("_seen") is None),
            None,
        )
        if row is None:
            continue
        row["_seen"] = True
        for column in ("duplicate_of", "part_of", "donor_from"):
            if column in want:
                assert row[column] == want[column], (column, passage[1])


# --- hostile input: one long sentence without a full stop (issue 15, item 12) -------------------


def test_one_long_sentence_takes_linear_work():
    """Doubling a sentence at most about doubles the function calls (quadratic would quadruple
    them); no time is asserted (tests/work_count.py, benchmarks/bench_growth.py)."""
    unit = "Germany pledged €5 million for Ukraine and Poland gave 3 mln euro to Kyiv, "
    texts = [unit * (size // len(unit)) for size in (5_000, 10_000, 20_000)]

    def extract(text):
        return pledge_candidates(text, published=PUBLISHED)

    assert growth(extract, texts[0], texts[1]) < 3.0
    assert growth(extract, texts[1], texts[2]) < 3.0


def test_long_sentence_pieces_keep_every_amount():
    unit = "Germany pledged €5 million for Ukraine and Poland gave 3 mln euro to Kyiv, "
    text = unit * 60
    rows = pledge_candidates(text, published=PUBLISHED)
    assert len(rows) == 120
    assert all(text[r["start"] : r["end"]] == r["amount"] for r in rows)
    assert all(r["amount"] in r["note"] for r in rows)
    assert max(len(r["note"]) for r in rows) <= 1000


# --- thirteen news languages (issue 10, items 5-7 and 9) -----------------------------------------

# (lang, sentence, donor, recipient): a country's CLDR name in the text's language, or its
# capital as a metonym (capitals_demonyms.csv), as the subject.
NAMES = [
    ("sv", "Danmark skänker 500 miljoner kronor till Ukraina.", "DNK", "UKR"),
    ("cs", "Česko poskytne Ukrajině 100 milionů korun na munici.", "CZE", "UKR"),
    ("it", "L'Italia darà 100 milioni di euro all'Ucraina.", "ITA", "UKR"),
    ("es", "España donará 10 millones de euros a Ucrania.", "ESP", "UKR"),
    ("pt", "A Espanha prometeu 10 milhões de euros à Ucrânia.", "ESP", "UKR"),
    ("ro", "Italia a promis 40 de milioane de euro Ucrainei.", "ITA", "UKR"),
    ("nl", "Spanje geeft 30 miljoen euro aan Oekraïne.", "ESP", "UKR"),
    ("es", "Ottawa anunció 20 millones de dólares canadienses para Kiev.", "CAN", "UKR"),
    ("it", "Berlino fornirà 1 miliardo di euro all'Ucraina.", "DEU", "UKR"),
    ("nl", "Den Haag trekt 40 miljoen euro uit voor Oekraïne.", "NLD", "UKR"),
    ("sv", "Köpenhamn skickar 30 miljoner euro till Ukraina.", "DNK", "UKR"),
    ("cs", "Praha pošle Ukrajině 50 milionů korun.", "CZE", "UKR"),
    ("ro", "Bucureștiul va trimite Ucrainei 5 milioane de euro.", "ROU", "UKR"),
    ("en", "Canberra will give A$50 million to Ukraine.", "AUS", "UKR"),
    ("en", "Wellington pledged NZ$5 million for Kyiv.", "NZL", "UKR"),
]


@pytest.mark.parametrize(("lang", "sentence", "donor", "recipient"), NAMES)
def test_names_and_capitals_in_every_news_language(lang, sentence, donor, recipient):
    rows = rows_of(sentence, lang)
    assert [(r["donor"], r["recipient"]) for r in rows] == [(donor, recipient)]


# (lang, sentence, donor, recipient): a verb-second clause with a fronted adverbial, or the
# giving verb closing the clause after its auxiliary, keeps the subject as the donor.
VERB_SECOND_ORDER = [
    ("de", "Im Mai sagte Österreich der Ukraine 30 Millionen Euro zu.", "AUT", "UKR"),
    ("de", "Am 24. Februar sagte Schweden der Ukraine 300 Millionen Euro zu.", "SWE", "UKR"),
    ("nl", "In maart beloofde Noorwegen 40 miljoen euro aan Oekraïne.", "NOR", "UKR"),
    ("nl", "Nederland heeft Oekraïne 30 miljoen euro toegezegd.", "NLD", "UKR"),
    ("sv", "I maj lovade Finland 20 miljoner euro till Ukraina.", "FIN", "UKR"),
    ("sv", "Efter nya ryska attacker lovade Danmark 60 miljoner euro till Ukraina.", "DNK", "UKR"),
    # a case language: the nominative after the amount
    ("cs", "Munici za 10 milionů eur poslalo Ukrajině Polsko.", "POL", "UKR"),
]


@pytest.mark.parametrize(("lang", "sentence", "donor", "recipient"), VERB_SECOND_ORDER)
def test_verb_second_and_verb_final_keep_the_subject(lang, sentence, donor, recipient):
    rows = rows_of(sentence, lang)
    assert [(r["donor"], r["recipient"]) for r in rows] == [(donor, recipient)]


# A dateline city is where the story was filed: a collective total after it has no donor.
DATELINES = [
    ("en", "LONDON (AP) — Pledges from 30 countries reached £500 million for Gaza.", None),
    ("de", "WIEN (APA) - Die Zusagen von zwölf Staaten ergaben 200 Millionen Euro.", None),
    ("fr", "PARIS (AFP) - Les promesses de dix pays ont atteint 100 millions d'euros.", None),
    ("it", "PARIGI - Le promesse di 12 paesi hanno raggiunto 300 milioni di euro.", None),
    ("es", "MADRID, 27 dic. (EFE) - Las promesas de 9 países sumaron 50 millones de euros.", None),
    # not a dateline: a city written as a name, then a dash inside the sentence
    ("en", "Madrid pledged €5 million - a first for Spain.", "ESP"),
]


@pytest.mark.parametrize(("lang", "sentence", "donor"), DATELINES)
def test_a_dateline_city_is_not_the_donor(lang, sentence, donor):
    assert [r["donor"] for r in rows_of(sentence, lang)] == [donor]


# A running-total word sizes the amount nearest to it, not every amount of the sentence.
BASES = [
    (
        "en",
        "Canada added C$20 million, for a total of C$80 million this year.",
        ["new", "cumulative"],
    ),
    (
        "fr",
        "Le Canada ajoute 20 millions d'euros, pour un total de 80 millions d'euros.",
        ["new", "cumulative"],
    ),
    (
        "es",
        "Italia aporta 5 millones de euros, en total 25 millones de euros.",
        ["new", "cumulative"],
    ),
    ("de", "Österreich gibt 10 Mio. Euro, insgesamt sind es 60 Mio. Euro.", ["new", "cumulative"]),
    ("en", "Since 2022 Canada has given C$9 billion.", ["cumulative"]),
]


@pytest.mark.parametrize(("lang", "sentence", "bases"), BASES)
def test_a_running_total_word_belongs_to_the_nearest_amount(lang, sentence, bases):
    assert [r["basis"] for r in rows_of(sentence, lang)] == bases


# Without ``lang``, the inferred language also reads the text's number words.
SPELLED = [
    ("Deutschland sagte der Ukraine zwei Milliarden Euro zu.", "DEU", "EUR 2000000000"),
    ("Sverige ger tre miljarder kronor till Ukraina.", "SWE", "SEK 3000000000"),
    ("España aportará dos millones de euros a Ucrania.", "ESP", "EUR 2000000"),
    ("L'Italia darà tre milioni di euro all'Ucraina per la ricostruzione.", "ITA", "EUR 3000000"),
]


@pytest.mark.parametrize(("sentence", "donor", "amount"), SPELLED)
def test_number_words_are_read_without_a_language(sentence, donor, amount):
    rows = pledge_candidates(sentence, published=PUBLISHED)
    assert [(r["donor"], str(r["parsed"])) for r in rows] == [(donor, amount)]


# (lang, sentence, amount, assumed): a dollar the parser had to guess is the donor's dollar,
# said in ``evidence``; a dollar written as the US dollar, or a donor with no dollar, stays.
DONOR_DOLLARS = [
    ("en", "Canada pledged $50 million for Ukraine.", "CAD 50000000", True),
    ("en", "Canberra will give $20 million to Kyiv.", "AUD 20000000", True),
    ("en", "New Zealand sent $5 million in aid to Ukraine.", "NZD 5000000", True),
    ("en", "Australia gave $20m and Canada $5m to Ukraine.", ["AUD 20000000", "CAD 5000000"], True),
    ("en", "Canada pledged US$50 million for Ukraine.", "USD 50000000", False),
    ("en", "Canada pledged $US 50 million for Ukraine.", "USD 50000000", False),
    ("en", "Japan gave $5 million to Ukraine.", "USD 5000000", False),
    ("en", "Canada pledged C$50 million for Ukraine.", "CAD 50000000", False),
]


@pytest.mark.parametrize(("lang", "sentence", "amounts", "assumed"), DONOR_DOLLARS)
def test_a_guessed_dollar_is_the_donors_dollar(lang, sentence, amounts, assumed):
    rows = rows_of(sentence, lang)
    amounts = amounts if isinstance(amounts, list) else [amounts]
    assert [str(r["parsed"]) for r in rows] == amounts
    assert [r["currency"] for r in rows] == [a.split()[0] for a in amounts]
    for row in rows:
        assert ("the currency of the donor" in (row["evidence"] or "")) is assumed


# --- counted once across articles (issue 10, item 12) -------------------------------------------


def test_the_same_pledge_in_two_outlets_is_one_group():
    from aidcalc.news.dedup import ArticleDuplicates

    batch = ArticleDuplicates()
    articles = [
        ("outlet-a.txt", "Denmark pledged €500 million to Ukraine for air defence.", "2024-11-04"),
        (
            "outlet-b.txt",
            "Copenhagen has promised Ukraine €500 million, the ministry said.",
            "2024-11-05",
        ),
        ("outlet-c.txt", "Dänemark hat der Ukraine 500 Mio. Euro zugesagt.", "2024-11-06"),
        # the same sum a year later is another pledge
        ("outlet-d.txt", "Denmark pledged €500 million to Ukraine for air defence.", "2025-11-04"),
        # a headline and its lead in one article, then a part
        (
            "outlet-e.txt",
            "Norway gives €80 million to Ukraine\n\nNorway gives Ukraine €80 million, of which "
            "€20 million for demining.",
            "2024-11-04",
        ),
    ]
    rows = []
    for source, text, published in articles:
        rows += batch.mark(pledge_candidates(text, published=published), source)
    assert [r["donor"] for r in rows] == ["DNK", "DNK", "DNK", "DNK", "NOR", "NOR", "NOR"]
    assert [r["duplicate_of"] for r in rows] == [None, 0, 0, None, None, 4, None]
    assert [r["duplicate_source"] for r in rows] == [
        None,
        "outlet-a.txt",
        "outlet-a.txt",
        None,
        None,
        None,
        None,
    ]
    assert [r["part_of"] for r in rows] == [None, None, None, None, None, None, 5]


# (lang, text, donors): money said to be several givers' has no single donor, and the article's
# donor is not carried to it (issue 10, item 6).
COLLECTIVE = [
    ("en", "Together with other lenders, Japan will provide $3 billion to Ukraine.", [None]),
    ("de", "Gemeinsam mit anderen Gebern sagte Japan der Ukraine 3 Mrd. Dollar zu.", [None]),
    ("es", "Junto con otros donantes, Japón aportará 3.000 millones de dólares a Ucrania.", [None]),
    ("pl", "Razem z innymi darczyńcami Japonia przekaże Ukrainie 3 mld dolarów.", [None]),
    (
        "en",
        "Spain pledged €5 million. Together with other donors, it will also give €10 million.",
        ["ESP", None],
    ),
    (
        "en",
        "Japan pledged $3 billion, while the pledges from other donors reached $2 billion.",
        ["JPN", None],
    ),
    ("en", "Japan pledged $3 billion to Ukraine together with its own banks.", ["JPN"]),
]


@pytest.mark.parametrize(("lang", "text", "donors"), COLLECTIVE)
def test_collective_money_has_no_single_donor(lang, text, donors):
    rows = rows_of(text, lang)
    assert [r["donor"] for r in rows] == donors
    assert all(r["donor_from"] == "collective" for r in rows if r["donor"] is None)


# --- rules found failing on the held-out passages (round 2 of issue 10) -------------------------
# Each rule tested with sentences of the project's own, none of them a held-out passage.

HOME_OFFICES = [
    ("sv", "Regeringen skickar 300 miljoner kronor till Ukraina.", "SWE"),
    ("pl", "Rząd przekaże Ukrainie 40 mln zł na generatory.", "POL"),
    ("cs", "Vláda pošle Ukrajině 80 milionů korun na léky.", "CZE"),
    ("ro", "Guvernul a aprobat 5 milioane de euro pentru Ucraina.", "ROU"),
    ("de", "Die Bundesregierung gibt der Ukraine 60 Millionen Euro für Generatoren.", "DEU"),
    ("nl", "Het kabinet trekt 90 miljoen euro uit voor Oekraïne.", "NLD"),
    ("es", "El Gobierno enviará 12 millones de euros a Ucrania.", "ESP"),
    ("it", "Il governo stanzia 25 milioni di euro per l'Ucraina.", "ITA"),
]


@pytest.mark.parametrize(("lang", "sentence", "donor"), HOME_OFFICES)
def test_office_of_no_named_country_is_the_press_own_country_assumed(lang, sentence, donor):
    (row,) = rows_of(sentence, lang)
    assert (row["donor"], row["donor_from"]) == (donor, "institution")
    assert "home-country" in row["assumptions"]
    assert "no named country" in row["evidence"]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The government will send €30 million to Ukraine."),  # English: many countries
        ("uk", "Уряд виділить 200 мільйонів гривень на ремонт шкіл."),  # the recipient's press
    ],
)
def test_no_home_country_for_a_press_of_many_countries_or_the_recipient(lang, sentence):
    (row,) = rows_of(sentence, lang)
    assert "home-country" not in row["assumptions"]
    if lang == "uk":  # the recipient's own office spending its own hryvnias: its own budget,
        # no gift, rejected (donors12b: it was a candidate with no donor)
        assert (row["donor"], row["status"]) == ("UKR", "rejected")
        assert "its own budget" in row["evidence"]
    else:
        assert row["donor"] is None


def test_an_office_of_a_named_or_earlier_country_is_no_home_assumption():
    rows = rows_of("Norge ger Ukraina stöd. Regeringen lovar 500 miljoner kronor.", "sv")
    assert rows[0]["donor"] == "NOR"
    assert "home-country" not in rows[0]["assumptions"]
    (row,) = rows_of("Regeringen i Oslo lovar 500 miljoner kronor till Ukraina.", "sv")
    assert row["donor"] == "NOR"


JOINT = [
    ("en", "Latvia and Estonia will jointly fund a €40 million drone plant in Ukraine."),
    ("en", "Spain and Italy pledged €70 million for Ukraine's hospitals."),
    ("de", "Polen und Tschechien finanzieren gemeinsam Munition für 90 Millionen Euro."),
    ("fr", "La Suède et la Finlande verseront ensemble 60 millions d'euros à l'Ukraine."),
    ("it", "Spagna e Portogallo daranno insieme 30 milioni di euro all'Ucraina."),
    ("pl", "Litwa i Łotwa wspólnie przekażą Ukrainie 15 mln euro."),
    ("cs", "Česko a Slovensko společně pošlou Ukrajině 20 milionů eur."),
    ("lt", "Lietuva ir Latvija kartu skirs Ukrainai 12 mln. eurų."),
]


@pytest.mark.parametrize(("lang", "sentence"), JOINT)
def test_money_given_together_has_no_single_donor(lang, sentence):
    (row,) = rows_of(sentence, lang)
    assert (row["donor"], row["donor_from"]) == (None, "collective")


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("pl", "Polska przekazała Ukrainie łącznie 300 mln zł.", "POL"),
        ("uk", "Литва надала Україні разом 30 мільйонів євро.", "LTU"),
        ("en", "Germany put together a €5 million package for Ukraine.", "DEU"),
        (
            "fr",
            "La France a promis pour l'ensemble de l'année 50 millions d'euros à l'Ukraine.",
            "FRA",
        ),
        ("cs", "Česko poslalo Ukrajině dohromady 300 milionů korun.", "CZE"),
    ],
)
def test_words_of_a_total_are_no_joint_giving(lang, sentence, expected):
    assert rows_of(sentence, lang)[0]["donor"] == expected


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("en", "In Kyiv, Germany pledged €5 million for air defence.", "DEU"),
        ("pl", "W Kijowie, Niemcy obiecały 5 mln euro.", "DEU"),
        ("en", "Spain, Italy and Greece pledged €70 million for Ukraine.", None),
    ],
)
def test_a_comma_alone_joins_no_givers(lang, sentence, expected):
    assert rows_of(sentence, lang)[0]["donor"] == expected


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        (
            "en",
            "Spain and Italy pledged €20 million and €30 million respectively to Ukraine.",
            "ITA",
        ),
        (
            "it",
            "Spagna e Grecia daranno rispettivamente 8 e 9 milioni di euro all'Ucraina.",
            "GRC",
        ),
    ],
)
def test_respectively_is_no_joint_sum(lang, sentence, expected):
    assert rows_of(sentence, lang)[-1]["donor"] == expected


# "respectively" pairs the joined subjects with the amounts in order (the first amount took
# the last subject: "Spain and Italy … €20 million and €30 million" gave both to Italy)
RESPECTIVE = [
    (
        "en",
        "Spain and Italy pledged €20 million and €30 million respectively to Ukraine.",
        ["ESP", "ITA"],
    ),
    (
        "en",
        "Spain, Italy and Greece pledged €10m, €20m and €30m respectively to Ukraine.",
        ["ESP", "ITA", "GRC"],
    ),
    (
        "it",
        "Spagna e Grecia daranno rispettivamente 8 e 9 milioni di euro all'Ucraina.",
        ["ESP", "GRC"],
    ),
    (
        "es",
        "Portugal y Noruega anunciaron 20 millones y 30 millones de euros, respectivamente, "
        "para Ucrania.",
        ["PRT", "NOR"],
    ),
    # three subjects and two amounts: no pairing to make, so no single giver either (session
    # 11: each kept the last subject, Greece, a silent wrong donor; now `collective`)
    (
        "en",
        "Spain, Italy and Greece pledged €10m and €20m respectively to Ukraine.",
        [None, None],
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), RESPECTIVE)
def test_respectively_pairs_givers_with_amounts(lang, sentence, expected):
    assert [row["donor"] for row in rows_of(sentence, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        (
            "ro",
            "Polonia a trimis Ucrainei tancuri, iar Olanda va dona 150 de milioane de euro.",
            "NLD",
        ),
        (
            "en",
            "Italy sent generators to Ukraine last week, and Greece will give €12 million now.",
            "GRC",
        ),
        ("en", "Italy announced it would give €12 million to Ukraine.", "ITA"),
    ],
)
def test_a_later_clause_with_its_own_giver_owns_the_first_amount(lang, sentence, expected):
    assert rows_of(sentence, lang)[0]["donor"] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ukraine will get new help. Belgium pledged €40 million on Monday."),
        ("de", "Die Ukraine bekommt mehr Hilfe. Belgien sagte 40 Millionen Euro zu."),
        ("pl", "Ukraina dostanie więcej pomocy. Belgia obiecała 40 mln euro."),
    ],
)
def test_recipient_is_carried_from_an_earlier_sentence(lang, text):
    rows = rows_of(text, lang)
    assert (rows[-1]["donor"], rows[-1]["recipient"]) == ("BEL", "UKR")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Norway has provided €2 billion to Ukraine since 2022, of which €1.2 billion in arms.",
        ),
        (
            "de",
            "Seit 2022 hat Polen der Ukraine 3 Milliarden Euro "
            "geliefert, davon 1 Milliarde Euro Munition.",
        ),
        (
            "fr",
            "Depuis 2022, la Suède a versé 900 millions d'euros "
            "à l'Ukraine, dont 300 millions d'euros d'armes.",
        ),
    ],
)
def test_a_part_of_a_running_total_is_cumulative_too(lang, text):
    whole, part = rows_of(text, lang)
    assert whole["basis"] == part["basis"] == "cumulative"
    assert part["part_of"] == 0


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La Grèce promet 90 millions d'euros à l'Ukraine. Sur "
            "ce montant, 30 millions d'euros iront aux hôpitaux.",
        ),
        ("nl", "Ierland belooft Oekraïne 60 miljoen euro; hiervan is 20 miljoen euro voor mijnen."),
        (
            "sv",
            "Finland ger Ukraina 80 miljoner euro. Av pengarna går 25 miljoner euro till skolor.",
        ),
        (
            "en",
            "Japan pledged $500 million to Ukraine. Of this "
            "amount, $200 million is for power lines.",
        ),
        (
            "ro",
            "Grecia oferă Ucrainei 50 de milioane de euro, din "
            "această sumă 10 milioane de euro pentru școli.",
        ),
    ],
)
def test_a_sum_named_before_the_amount_makes_it_a_part(lang, text):
    rows = rows_of(text, lang)
    assert [row["part_of"] for row in rows] == [None, 0]


@pytest.mark.parametrize(
    ("lang", "sentence", "measure"),
    [
        ("de", "Belgien hat der Ukraine 30 Millionen Euro an Hilfe geleistet.", "allocation"),
        ("ro", "Belgia a transferat Ucrainei 30 de milioane de euro.", "disbursement"),
        ("pl", "Na konto Ukrainy wpłynęło 30 mln euro od Belgii.", "disbursement"),
    ],
)
def test_measure_words_found_on_held_out_passages(lang, sentence, measure):
    (row,) = rows_of(sentence, lang)
    assert row["measure"] == measure
    assert row["donor"] == "BEL"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Sweden gave €30 million to Ukraine and €6 million to Moldova on Monday."),
        (
            "fr",
            "La Suède donne 30 millions d'euros à l'Ukraine et 6 millions d'euros à la Moldavie.",
        ),
        (
            "de",
            "Schweden gibt 30 Millionen Euro für die Ukraine und 6 Millionen Euro für die "
            "Republik Moldau.",
        ),
        ("pl", "Szwecja przekaże 30 mln euro dla Ukrainy i 6 mln euro dla Mołdawii."),
    ],
)
def test_each_amount_has_the_recipient_marked_after_it(lang, sentence):
    rows = rows_of(sentence, lang)
    assert [(r["donor"], r["recipient"]) for r in rows] == [("SWE", "UKR"), ("SWE", "MDA")]


# --- inflected recipients, new languages, agencies, thanking, money received -------------------

INFLECTED_RECIPIENT = [  # (lang, sentence, donor, recipient): a recipient's case form is no donor
    ("fi", "Suomi antaa Ukrainalle 50 miljoonaa euroa.", "FIN", "UKR"),
    ("fi", "Ukrainalle Ruotsi lahjoitti 30 miljoonaa euroa.", "SWE", "UKR"),
    ("hr", "Hrvatska je Ukrajini dala 10 milijuna eura.", "HRV", "UKR"),
    ("hr", "Ukrajini je Hrvatska poslala 5 milijuna eura.", "HRV", "UKR"),
    ("pl", "Ukrainie Polska przekazała 100 mln zł.", "POL", "UKR"),
    ("uk", "Україні Німеччина надала 500 млн євро.", "DEU", "UKR"),
    ("lt", "Ukrainai Lietuva skyrė 10 mln. eurų.", "LTU", "UKR"),
    ("cs", "Ukrajině Česko poskytlo 100 milionů korun.", "CZE", "UKR"),
    ("sk", "Ukrajine Slovensko poskytlo 10 miliónov eur.", "SVK", "UKR"),
    ("sk", "Slovensko dalo Ukrajine 10 miliónov eur.", "SVK", "UKR"),
]


@pytest.mark.parametrize(("lang", "text", "donor", "recipient"), INFLECTED_RECIPIENT)
def test_an_inflected_recipient_is_never_the_donor(lang, text, donor, recipient):
    (row,) = rows_of(text, lang)
    assert (row["donor"], row["recipient"]) == (donor, recipient)
    # with the language inferred: the donor, or none when the sentence is too short to tell
    # ("Hrvatska je Ukrajini dala …" has only "je", which Czech has too), never the recipient
    (row,) = rows_of(text, None)
    assert row["donor"] in (donor, None) and row["recipient"] == recipient


def test_a_case_form_of_a_name_is_never_the_subject_even_in_another_case_language():
    # read as Czech, the Croatian "Hrvatska" is no Czech name: no donor, not "Ukrajini"
    (row,) = rows_of("Hrvatska je Ukrajini dala 10 milijuna eura.", "cs")
    assert (row["donor"], row["recipient"]) == (None, "UKR")
    (row,) = rows_of("Ukrajině Česko poskytlo 100 milionů korun.", "cs")
    assert (row["donor"], row["recipient"]) == ("CZE", "UKR")
    (row,) = rows_of("Bucureștiul va trimite Ucrainei 20 de milioane de euro.", "ro")
    assert row["donor"] == "ROU"  # a capital in a form of its own may be the subject


def test_the_dative_of_ukraine_is_no_nominative_in_every_inflected_language():
    from aidcalc.news.places import find_places
    from aidcalc.words import INFLECTED

    datives = {
        "lt": "Ukrainai",
        "uk": "Україні",
        "pl": "Ukrainie",
        "cs": "Ukrajině",
        "fi": "Ukrainalle",
        "hr": "Ukrajini",
        "ro": "Ucrainei",
        "sk": "Ukrajine",
        "sl": "Ukrajini",  # langs14
        "ru": "Украине",  # actors15
        "sr": "Украјини",  # trialfixc16
    }
    assert set(datives) == set(INFLECTED)
    for lang, word in datives.items():
        (place,) = find_places(f"Pomoc {word}", lang)
        assert (place.code, place.whole) == ("UKR", False), lang


ROLES = [  # (lang, sentence, donor, recipient, measure)
    ("en", "Japan's JICA lent Ukraine $100 million.", "JPN", "UKR", "pledge"),
    ("en", "JICA will lend Ukraine $200 million for grids.", "JPN", "UKR", "pledge"),
    ("en", "Germany's KfW provided €50 million to Ukraine.", "DEU", "UKR", "allocation"),
    ("en", "Kyiv thanked Berlin for €300 million.", "DEU", "UKR", "pledge"),
    ("de", "Kiew dankte Paris für 200 Millionen Euro.", "FRA", "UKR", "pledge"),
    ("uk", "Україна подякувала Німеччині за 500 млн євро.", "DEU", "UKR", "pledge"),
    ("en", "Ukraine received €200 million from Sweden.", "SWE", "UKR", "disbursement"),
    ("uk", "Від Швеції надійшло 200 млн євро для України.", "SWE", "UKR", "disbursement"),
    ("pl", "Ukraina otrzymała od Szwecji 200 mln euro.", "SWE", "UKR", "disbursement"),
    ("de", "Die Ukraine erhielt von Schweden 200 Millionen Euro.", "SWE", "UKR", "disbursement"),
    ("fr", "L'Ukraine a reçu de la Suède 200 millions d'euros.", "SWE", "UKR", "disbursement"),
    ("en", "Ukraine will receive €200 million from Sweden.", "SWE", "UKR", "pledge"),
    ("de", "Die Ukraine soll von Schweden 200 Millionen Euro erhalten.", "SWE", "UKR", "pledge"),
    (
        "de",
        "Deutschland will im Juli 200 Millionen Euro an die Ukraine zahlen.",
        "DEU",
        "UKR",
        "pledge",
    ),
]


@pytest.mark.parametrize(("lang", "text", "donor", "recipient", "measure"), ROLES)
def test_agencies_thanks_and_money_received(lang, text, donor, recipient, measure):
    (row,) = rows_of(text, lang)
    assert (row["donor"], row["recipient"], row["measure"]) == (donor, recipient, measure)


def test_german_will_is_read_as_german_without_lang():
    (row,) = rows_of("Deutschland will im Juli 200 Millionen Euro an die Ukraine zahlen.", None)
    assert (row["donor"], row["recipient"]) == ("DEU", "UKR")


# The held-out passages of round 3 (money not given, requests, thanks, money received, case
# forms, agencies; 37 rows in nine languages), labelled before the extraction was run on them.
# First seen -> after the rules they led to: found 36 -> 37, donor 33 -> 36, recipient 35 ->
# 36, measure 34 -> 37, basis 36 -> 37, extra 0 -> 0, status and other review columns 14/15 ->
# 15/15. The two rows still wrong: a thanking person of no named country ("President Zelensky
# thanked Oslo": no recipient) and money blocked by another than its owner ("Hungary blocked
# €500 million of EU military aid": the donor read is HUN).
HELD_OUT_3_FLOORS = {"found": 1.0, "donor": 0.97, "recipient": 0.97, "measure": 1.0, "basis": 1.0}


def test_round_3_held_out_passages_score_above_their_floors():
    counts = score(_extract, HELD_OUT_3)["all"]
    expected = counts["expected"]
    for field, floor in HELD_OUT_3_FLOORS.items():
        assert counts[field] / expected >= floor - 1e-9, (field, counts[field], expected)
    assert counts["extra"] == 0
    labelled = sum(counts[f"{column} labelled"] for column in REVIEW)
    assert sum(counts[column] for column in REVIEW) == labelled == 15


def test_round_3_held_out_passages_are_new_and_cover_six_languages():
    assert len(HELD_OUT_3) >= 30
    assert len(languages(HELD_OUT_3)) >= 6
    assert not {p[1] for p in HELD_OUT_3} & {p[1] for p in PASSAGES + HELD_OUT}


# HELD_OUT_4 (session 8: comparisons with another giver, list items, brackets, parts, sums and
# changes; 36 rows in nine languages), labelled before the extraction was run on them. First
# seen: found 35, donor 32, recipient 35, measure 34, basis 35, extra 0, part_of 1/5,
# duplicate_of 2/2; after the two rules it led to ("Of the $2.5 billion Washington announced":
# a subject after the first amount belongs to another clause only past a comma; "а Корея – ще
# 300 млн": a word of more before the amount opens no list item of the earlier giver): donor
# 33, part_of 3/5. Still wrong: "le milliard d'euros" is read as no amount (its parts have no
# whole), "Korea" with no other word is either Korea (no donor, `unnamed`; the label says
# KOR) in Italian and Ukrainian, and a part with no measure word of its own takes `pledge`, not
# its whole's `allocation`.
HELD_OUT_4_FLOORS = {
    "found": 0.97,
    "donor": 0.91,
    "recipient": 0.97,
    "measure": 0.94,
    "basis": 0.97,
}


def test_round_4_held_out_passages_score_above_their_floors():
    counts = score(_extract, HELD_OUT_4)["all"]
    expected = counts["expected"]
    for field, floor in HELD_OUT_4_FLOORS.items():
        assert counts[field] / expected >= floor - 1e-9, (field, counts[field], expected)
    assert counts["extra"] == 0
    assert counts["part_of"] >= 3 and counts["duplicate_of"] == counts["duplicate_of labelled"]


def test_round_4_held_out_passages_are_new_and_cover_nine_languages():
    assert len(HELD_OUT_4) >= 16
    assert len(languages(HELD_OUT_4)) >= 9
    seen = {p[1] for p in PASSAGES + HELD_OUT + HELD_OUT_3}
    assert not {p[1] for p in HELD_OUT_4} & seen


# --- the words right beside an amount name its own giver (trial 7) -----------------------------

# (lang, sentence, [(donor, donor_from) per row]); each second row took the first row's donor.
BESIDE = [
    (
        "en",
        "Germany pledged €8bn to Ukraine, versus $5bn from the United States.",
        [("DEU", "subject"), ("USA", "agent")],
    ),
    (
        "en",
        "Poland gave €2bn to Ukraine, more than the $1bn given by Hungary.",
        [("POL", "subject"), ("HUN", "agent")],
    ),
    (
        "en",
        "The Netherlands pledged €2bn to Ukraine, against €1.5bn pledged by Belgium.",
        [("NLD", "subject"), ("BEL", "agent")],
    ),
    (
        "en",
        "Ukraine received €8bn from Germany and $5bn from the United States.",
        [("DEU", "agent"), ("USA", "agent")],
    ),
    (
        "de",
        "Österreich sagte der Ukraine 50 Mio. Euro zu, neben 80 Mio. Euro von der Schweiz.",
        [("AUT", "subject"), ("CHE", "agent")],
    ),
    (
        "es",
        "Portugal aportó 100 millones de euros a Ucrania, y 250 millones de euros fueron "
        "aportados por Grecia.",
        [("PRT", "subject"), ("GRC", "agent")],
    ),
    (
        "it",
        "L'Italia ha promesso 300 milioni di euro all'Ucraina, contro i 500 milioni di euro "
        "offerti dalla Francia.",
        [("ITA", "subject"), ("FRA", "agent")],
    ),
    (
        "pl",
        "Polska przekazała Ukrainie 2 mld zł, wobec 1 mld zł od Czech.",
        [("POL", "subject"), ("CZE", "agent")],
    ),
    (
        "nl",
        "Nederland beloofde Oekraïne 2 miljard euro, tegenover 1 miljard euro van België.",
        [("NLD", "subject"), ("BEL", "agent")],
    ),
    (
        "en",
        "Sweden announced SEK 3bn for Ukraine, compared with Norway's NOK 7.5bn.",
        [("SWE", "subject"), ("NOR", "possessive")],
    ),
    (
        "en",
        "Spain pledged €100m to Ukraine, and Japan’s ¥10bn package came on top.",
        [("ESP", "subject"), ("JPN", "possessive")],
    ),
    (
        "en",
        "Finland's €200m for Ukraine tops Estonia's €50m.",
        [("FIN", "possessive"), ("EST", "possessive")],
    ),
    # a first amount: an agent after a giving participle, or a subject after the amount
    (
        "en",
        "Canada matched the €500m offered by the Netherlands with C$700m of its own for Ukraine.",
        [("NLD", "agent"), ("CAN", "subject")],
    ),
    (
        "en",
        "The EU will provide €50bn to Ukraine, on top of the $61bn approved by the US Congress.",
        [("EU", "subject"), ("USA", "agent")],
    ),
    (
        "en",
        "The $1bn package from Washington comes as Berlin pledged €2bn to Kyiv.",
        [("USA", "agent"), ("DEU", "subject")],
    ),
    (
        "en",
        "Germany pledged €8bn from its own budget to Ukraine.",
        [("DEU", "subject")],
    ),
    # an amount in brackets after its giver; after a recipient it is that recipient's share
    (
        "en",
        "Germany (€3bn), France (€2bn) and Italy (€1bn) pledged the most to Ukraine.",
        [("DEU", "list"), ("FRA", "list"), ("ITA", "list")],
    ),
    (
        "en",
        "Ukraine got aid from Germany (€3bn) and France (€2bn).",
        [("DEU", "list"), ("FRA", "list")],
    ),
    (
        "de",
        "Die größten Zusagen kamen aus Deutschland (3 Mrd. Euro) und Frankreich (2 Mrd. Euro).",
        [("DEU", "list"), ("FRA", "list")],
    ),
    (
        "fr",
        "L'Allemagne (3 milliards d'euros) et la France (2 milliards d'euros) ont le plus donné "
        "à l'Ukraine.",
        [("DEU", "list"), ("FRA", "list")],
    ),
    (
        "en",
        "The United States gave $5bn, Germany €3bn, while the rest came from Japan ($1bn).",
        [("USA", "subject"), ("DEU", "list"), ("JPN", "list")],
    ),
    # a possessive before an amount that is no giving: the owner's money, no donor
    (
        "en",
        "Germany pledged €2bn, a fraction of Russia's $100bn military budget.",
        [("DEU", "subject"), (None, "owner")],
    ),
    (
        "en",
        "Germany pledged €2bn on Monday, on top of Ukraine's €5bn loan from the EU.",
        [("DEU", "subject"), ("EU", "agent")],
    ),
    # a genitive after an amount in the Romance languages; an agent a few words on
    (
        "fr",
        "La France a promis 1 milliard d'euros, contre 3 milliards d'euros de l'Allemagne.",
        [("FRA", "subject"), ("DEU", "agent")],
    ),
    (
        "es",
        "Francia prometió 1.000 millones de euros, frente a 3.000 millones de euros de Alemania.",
        [("FRA", "subject"), ("DEU", "agent")],
    ),
    (
        "en",
        "The EU pledged €8bn, versus $5bn pledged last week by the United States.",
        [("EU", "subject"), ("USA", "agent")],
    ),
    # a bracket after a name in a case other than the nominative, or after a giving verb's
    # object, is that recipient's share
    (
        "pl",
        "UE przekaże 5 mld euro Ukrainie (3 mld euro) i Mołdawii (2 mld euro).",
        [("EU", "subject"), ("EU", "subject"), ("EU", "subject")],
    ),
    (
        "en",
        "Germany gave Ukraine (€3bn) and Moldova (€2bn) new aid on Monday.",
        [("DEU", "subject"), ("DEU", "subject")],
    ),
    # "respectively" pairs the amounts next to it; the others are the givers' joint sum
    (
        "en",
        "Germany and France pledged a combined €5bn, €3bn and €2bn respectively.",
        [(None, "collective"), ("DEU", "subject"), ("FRA", "subject")],
    ),
    (
        "en",
        "Spain and Italy pledged €20 million and €30 million respectively, bringing their "
        "total to €50 million.",
        [("ESP", "subject"), ("ITA", "subject"), (None, "collective")],
    ),
    # a list whose items name their giver first, the first item too
    (
        "en",
        "Pledges to Ukraine so far: Germany, €8bn; the United States, $5bn; Japan, ¥100bn.",
        [("DEU", "list"), ("USA", "list"), ("JPN", "list")],
    ),
    (
        "en",
        "Contributions to Ukraine: Germany – €8bn; France – €2bn; Italy – €1bn.",
        [("DEU", "list"), ("FRA", "list"), ("ITA", "list")],
    ),
    (
        "en",
        "France will give €1bn to Ukraine; Italy, €500m.",
        [("FRA", "subject"), ("ITA", "list")],
    ),
    (
        "de",
        "Zusagen für die Ukraine: Deutschland, 8 Mrd. Euro; Frankreich, 2 Mrd. Euro.",
        [("DEU", "nearest"), ("FRA", "list")],
    ),
    (
        "fr",
        "Promesses pour l'Ukraine : Allemagne, 8 milliards d'euros ; France, 2 milliards d'euros.",
        [("DEU", "nearest"), ("FRA", "list")],
    ),
    (
        "lt",
        "Parama Ukrainai: Vokietija – 8 mlrd. eurų; Prancūzija – 2 mlrd. eurų.",
        [("DEU", "nearest"), ("FRA", "list")],
    ),
    # a clause of its own whose subject the gazetteer does not know: no donor, not the first's
    (
        "en",
        "Japan pledged $500 million to Ukraine, while Scotland pledged $300 million.",
        [("JPN", "subject"), (None, "unnamed")],
    ),
    (
        "fr",
        "La France a promis 1 milliard d'euros à l'Ukraine, tandis que la Corée a promis 300 "
        "millions de dollars.",
        [("FRA", "subject"), (None, "unnamed")],
    ),
    (
        "es",
        "España prometió 200 millones de euros a Ucrania, mientras que Corea prometió 300 "
        "millones de dólares.",
        [("ESP", "subject"), (None, "unnamed")],
    ),
    (
        "it",
        "L'Italia ha promesso 300 milioni di euro all'Ucraina, mentre la Corea ha promesso 100 "
        "milioni di dollari.",
        [("ITA", "subject"), (None, "unnamed")],
    ),
    (
        "en",
        "Germany pledged €8bn to Ukraine; Chancellor Scholz promised €1bn more.",
        [("DEU", "subject"), (None, "unnamed")],
    ),
    # a word of more between a list item's giver and its amount
    (
        "de",
        "Deutschland gibt der Ukraine 5 Mrd. Euro, Japan weitere 2 Mrd. Dollar.",
        [("DEU", "subject"), ("JPN", "list")],
    ),
    (
        "es",
        "Alemania prometió 5.000 millones de euros a Ucrania, y Japón otros 2.000 millones de "
        "dólares.",
        [("DEU", "subject"), ("JPN", "list")],
    ),
    (
        "en",
        "Germany pledged €5bn to Ukraine and Japan a further $2bn.",
        [("DEU", "subject"), ("JPN", "list")],
    ),
    (
        "pl",
        "Niemcy obiecały Ukrainie 5 mld euro, a Japonia kolejne 2 mld dolarów.",
        [("DEU", "subject"), ("JPN", "list")],
    ),
    (
        "en",
        "Japan pledged $5bn to Ukraine, and Scotland another $2bn.",
        [("JPN", "subject"), (None, "unnamed")],
    ),
    # the object of a giving verb opens no item; a month is no giver
    (
        "en",
        "Germany gave €5bn to Ukraine in March and gave Ukraine another €1bn in May.",
        [("DEU", "subject"), ("DEU", "subject")],
    ),
    (
        "en",
        "Germany pledged €5bn to Ukraine in March and in May €2bn.",
        [("DEU", "subject"), ("DEU", "subject")],
    ),
    # a verb and its subject after the first amount are another clause's (the conference's
    # total was France's); an auxiliary stands for a verb the tables lack
    (
        "en",
        "The Warsaw conference raised €6.1bn for Ukraine, and France said it would lift its "
        "aid by €284m.",
        [(None, None), ("FRA", "subject")],
    ),
    (
        "de",
        "Die Schweiz stellt in sechs Jahren 1,8 Mrd. CHF bereit, und Dänemark will für einen "
        "Sonderfonds 1 Mrd. EUR sammeln.",
        [("CHE", "subject"), ("DNK", "subject")],
    ),
    (
        "de",
        "Deutschland wird mehr als 5 Mrd. EUR bereitstellen, Frankreich weitere 2 Mrd. EUR.",
        [("DEU", "subject"), ("FRA", "list")],
    ),
    (
        "en",
        "Germany gave €2bn, and Ukraine will get another €1bn from Japan.",
        [("DEU", "subject"), ("JPN", "agent")],
    ),
    # no new giver: the first donor stays
    (
        "en",
        "Germany pledged €8bn to Ukraine in January, and on Monday pledged €1bn more.",
        [("DEU", "subject"), ("DEU", "subject")],
    ),
    (
        "en",
        "Germany gave €8bn to Ukraine and Moldova, €1bn of it in loans.",
        [("DEU", "subject"), ("DEU", "subject")],
    ),
    (
        "de",
        "Deutschland sagte der Ukraine 8 Mrd. Euro zu, und Kanzler Scholz versprach 1 Mrd. Euro.",
        [("DEU", "subject"), ("DEU", "subject")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BESIDE)
def test_words_beside_an_amount_name_its_giver(lang, text, expected):
    assert donors(text, lang) == expected


def test_an_unnamed_giver_takes_no_donor_from_an_earlier_sentence():
    text = (
        "Japan pledged $500 million to Ukraine on Monday. Ukraine needs more, and Scotland "
        "pledged $300 million."
    )
    rows = rows_of(text, "en")
    assert [(r["donor"], r["donor_from"]) for r in rows] == [("JPN", "subject"), (None, "unnamed")]
    assert "gazetteer does not know" in rows[1]["evidence"]


def test_a_bracket_after_a_recipient_is_its_share():
    rows = rows_of("Germany gave €5bn in total to Ukraine (€3bn) and Moldova (€2bn).", "en")
    assert [(r["donor"], r["recipient"]) for r in rows] == [
        ("DEU", "UKR"),
        ("DEU", "UKR"),
        ("DEU", "MDA"),
    ]


# --- lists of parts and sums (trial 8: "€5bn … (€3bn) and (€2bn)" counted €10bn) -------------

# (lang, sentence, [(part_of, duplicate_of) per row])
SUMS = [
    # a list of parts goes on after "including" while "and" or a comma stands before the next
    (
        "en",
        "Germany gave €5bn to Ukraine, including €3bn for weapons and €1bn for energy.",
        [(None, None), (0, None), (0, None)],
    ),
    (
        "de",
        "Deutschland gab der Ukraine 5 Mrd. Euro, davon 3 Mrd. Euro für Waffen und 1 Mrd. Euro "
        "für Energie.",
        [(None, None), (0, None), (0, None)],
    ),
    (
        "fr",
        "La France a donné 5 milliards d'euros à l'Ukraine, dont 3 milliards pour les armes et "
        "1 milliard pour l'énergie.",
        [(None, None), (0, None), (0, None)],
    ),
    # not when a giving verb stands between, or the parts would pass the whole
    (
        "en",
        "Germany pledged €5bn to Ukraine, including €3bn for arms, and later pledged €1bn more.",
        [(None, None), (0, None), (None, None)],
    ),
    (
        "en",
        "Germany gave €5bn to Ukraine, including €3bn for weapons and €4bn for energy.",
        [(None, None), (0, None), (None, None)],
    ),
    # a whole named as one ("Of the €5bn", "a combined", "bringing the total to"), its parts
    # of several givers: each giver's row counts, the whole is their sum
    (
        "en",
        "Of the €5bn pledged on Monday, €3bn came from Germany and €2bn from France.",
        [(None, 1), (None, None), (None, None)],
    ),
    (
        "en",
        "Germany (€3bn) and France (€2bn) led the pledges, bringing the total to €5bn.",
        [(None, None), (None, None), (None, 0)],
    ),
    (
        "de",
        "Deutschland und Frankreich sagten zusammen 5 Mrd. Euro zu: 3 Mrd. Euro und 2 Mrd. Euro.",
        [(None, None), (0, None), (0, None)],
    ),
    # parts of a whole of no single giver, led by several givers
    (
        "en",
        "Donors pledged €7bn on Monday, led by Germany (€3bn) and France (€2bn).",
        [(None, None), (0, None), (0, None)],
    ),
    # one donor, the whole first, its parts in brackets or after a colon
    (
        "en",
        "Germany gave €5bn in total to Ukraine (€3bn) and Moldova (€2bn).",
        [(None, None), (0, None), (0, None)],
    ),
    (
        "en",
        "Sweden approved SEK 9bn for Ukraine: SEK 6bn for arms and SEK 3bn for energy.",
        [(None, None), (0, None), (0, None)],
    ),
    (
        "pl",
        "Polska przekazała Ukrainie 5 mld zł: 3 mld zł na broń i 2 mld zł na energetykę.",
        [(None, None), (0, None), (0, None)],
    ),
    # a whole of several givers: their rows count, the whole is their sum
    (
        "en",
        "The allies pledged €6bn: Germany (€3bn), France (€2bn) and Italy (€1bn).",
        [(None, 1), (None, None), (None, None), (None, None)],
    ),
    (
        "en",
        "Germany gave €3bn and France gave €2bn to Ukraine, €5bn in total.",
        [(None, None), (None, None), (None, 0)],
    ),
    (
        "de",
        "Deutschland gab 3 Mrd. Euro und Frankreich 2 Mrd. Euro, insgesamt 5 Mrd. Euro.",
        [(None, None), (None, None), (None, 0)],
    ),
    # sums by coincidence: no colon, bracket or total word
    (
        "en",
        "Germany gave €3bn and France €2bn to Ukraine; Italy gave €5bn.",
        [(None, None), (None, None), (None, None)],
    ),
    (
        "en",
        "Germany gave Ukraine €5bn in March, €3bn in May and €2bn in July.",
        [(None, None), (None, None), (None, None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SUMS)
def test_parts_and_sums_are_counted_once(lang, text, expected):
    rows = rows_of(text, lang)
    assert [(r["part_of"], r["duplicate_of"]) for r in rows] == expected


def test_a_sum_of_several_givers_has_no_donor():
    rows = rows_of("Germany gave €3bn and France gave €2bn to Ukraine, €5bn in total.", "en")
    assert (rows[2]["donor"], rows[2]["donor_from"]) == (None, "collective")
    assert "the sum of rows 0–1" in rows[2]["evidence"]
    frame = extract_pledges(
        "The allies pledged €6bn: Germany (€3bn), France (€2bn) and Italy (€1bn).",
        published=PUBLISHED,
    )
    counted = frame[frame["part_of"].isna() & frame["duplicate_of"].isna()]
    assert counted["value"].sum() == 6e9
    assert list(counted["donor"]) == ["DEU", "FRA", "ITA"]


# a running total's list items are running totals too (trial 8: only the first was)
RUNNING_LISTS = [
    ("en", "Pledges so far: Germany, €8bn; the United States, $5bn; Japan, ¥100bn."),
    ("en", "In total, Germany gave €8bn, France €5bn and Italy €2bn."),
    ("en", "So far, Germany has pledged €8bn and the United States $5bn."),
    ("de", "Bislang hat Deutschland 8 Mrd. Euro zugesagt, Frankreich 5 Mrd. Euro."),
]


@pytest.mark.parametrize(("lang", "text"), RUNNING_LISTS)
def test_a_running_totals_list_items_are_totals(lang, text):
    rows = rows_of(text, lang)
    assert len(rows) >= 2 and {r["basis"] for r in rows} == {"cumulative"}


# a running total said after a new amount ("…, bringing its total to $12bn") is cumulative: it
# was counted as new money beside the amount it includes (trial 9)
RUNNING_TOTAL_AFTER = [
    ("en", "Japan pledged $3bn to Ukraine, bringing its total to $12bn."),
    ("en", "Japan pledged $3bn to Ukraine. Its aid now stands at $12bn."),
    ("de", "Deutschland sagte weitere 3 Mrd. Euro zu; damit steigt die Hilfe auf 30 Mrd. Euro."),
    ("nl", "Nederland geeft nog 2 miljard euro, waarmee de steun op 20 miljard euro komt."),
    (
        "sv",
        "Sverige ger ytterligare 3 miljarder kronor, vilket gör att stödet uppgår till 70 "
        "miljarder kronor.",
    ),
    ("cs", "Česko dá další 2 miliardy korun, čímž pomoc dosáhne 10 miliard korun."),
    ("ro", "România oferă încă 100 de milioane de euro, ajungând la 1 miliard de euro."),
    ("fi", "Suomi antaa 200 miljoonaa euroa, jolloin tuki nousee 3 miljardiin euroon."),
]


@pytest.mark.parametrize(("lang", "text"), RUNNING_TOTAL_AFTER)
def test_a_running_total_after_a_new_amount_is_cumulative(lang, text):
    assert [row["basis"] for row in rows_of(text, lang)] == ["new", "cumulative"]


# Issue 9 (pledges10 item 4, found on the way): the owner of money given by no one here is no
# recipient of the sentence's pledges; an owner that receives ("Ukraine's €5bn loan from the
# EU") still is.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Germany pledged €2bn, a fraction of Russia's $100bn military budget.",
            None,
            [("DEU", None, "subject"), (None, None, "owner")],
        ),
        (
            "Germany pledged €2bn, a fraction of Russia's $100bn military budget.",
            "en",
            [("DEU", None, "subject"), (None, None, "owner")],
        ),
        (
            "Poland gave €1bn, a sliver of Russia’s €90bn defence budget.",
            "en",
            [("POL", None, "subject"), (None, None, "owner")],
        ),
        (
            "Germany pledged €2bn on Monday, on top of Ukraine's €5bn loan from the EU.",
            "en",
            [("DEU", "UKR", "subject"), ("EU", "UKR", "agent")],
        ),
    ],
)
def test_the_owner_of_money_given_by_no_one_receives_nothing(text, lang, expected):
    rows = pledge_candidates(text, published="2024-11-04", lang=lang)
    assert [(row["donor"], row["recipient"], row["donor_from"]) for row in rows] == expected


# A country in a clause that likens the giving to another's, or right after a word of
# comparison, is compared with, never the recipient (session 24: each was made the recipient)
LIKENED = [
    ("en", "France pledged €5m, matching the pledge of Germany."),
    ("en", "France pledged €5m, as did Germany."),
    ("en", "France pledged €5m, like Germany."),
    ("en", "France pledged €5m, double the pledge of Germany."),
    ("en", "France pledged €5m, more than Germany."),
    ("de", "Frankreich sagte 5 Mio. Euro zu, so viel wie Deutschland."),
    ("fr", "La France a promis 5 millions d'euros, comme l'Allemagne."),
    ("pl", "Polska przekazała 5 mln zł, tak jak Niemcy."),
    ("es", "España aportó 5 millones de euros, al igual que Italia."),
]


@pytest.mark.parametrize(("lang", "text"), LIKENED)
def test_a_country_the_giving_is_likened_to_receives_nothing(lang, text):
    for told in (lang, None):
        found = pledge_candidates(text, published=PUBLISHED, lang=told)
        assert len(found) == 1 and found[0]["recipient"] is None, found


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("France pledged €5m to Ukraine, matching the pledge of Germany.", "UKR"),
        ("France pledged €5m, a package for Moldova.", "MDA"),
        ("Germany gave Ukraine €5m, more than France.", "UKR"),
    ],
)
def test_a_recipient_beside_a_likeness_stays(text, recipient):
    assert [r["recipient"] for r in pledge_candidates(text, published=PUBLISHED, lang="en")] == [
        recipient
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the likened clause tells of another giving: its date dates no row (probe 24b)
        ("France pledged €5m, like the aid it sent Ukraine in May.", PUBLISHED),
        ("France pledged €5m, twice what it gave Ukraine in 2023.", PUBLISHED),
        ("Frankreich sagte 5 Mio. Euro zu, so viel wie Deutschland im Mai.", PUBLISHED),
        # the row's own date stays
        ("France pledged €5m in March, like Germany.", "2024-03"),
    ],
)
def test_a_likened_clause_dates_no_row(text, expected):
    (row,) = pledge_candidates(text, published=PUBLISHED)
    assert row["date"] == expected
