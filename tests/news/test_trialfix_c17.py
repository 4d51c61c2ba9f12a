"""The kinds behind trial17's faults F3, F4, F7, F9, F10 and F11, each in several languages, in
the project's own words: a "since <month> <year>" phrase makes a running total, a "within the
package" phrase a part, a verb of commitment governing a payment a commitment, a CLDR name with a
bracketed second name each name alone, a Japanese phrase of purpose its receiver, and the dates
a month-day with no year, a sentence of saying after the money and a dateline standing alone
give, with ``inferred-year`` where the year is not written."""

from __future__ import annotations

from datetime import date

import pytest

from aidcalc import extract_amounts
from aidcalc.news.candidates import measure_of, pledge_candidates
from aidcalc.news.cues import BASIS, find_cues
from aidcalc.news.parts import is_part
from aidcalc.places import find_places

PUBLISHED = date(2025, 3, 1)


def _rows(text, lang):
    return pledge_candidates(text, published=PUBLISHED, lang=lang)


# F3: "since" + a month name + a year, as "since" + a year, starts a running total
SINCE_MONTH = [
    ("pl", "Od lutego 2022 roku Polska przekazała Ukrainie 3 mld euro."),
    ("uk", "З лютого 2022 року Польща передала Україні 3 млрд євро."),
    ("ru", "С февраля 2022 года Польша передала Украине 3 млрд евро."),
    ("it", "Dal febbraio 2022 l'Italia ha erogato 3 miliardi di euro all'Ucraina."),
    ("cs", "Od února 2022 Česko poskytlo Ukrajině 3 miliardy eur."),
    ("sk", "Od februára 2022 Slovensko poskytlo Ukrajine 300 miliónov eur."),
    ("hr", "Od veljače 2022. Hrvatska je Ukrajini dala 300 milijuna eura."),
]


@pytest.mark.parametrize(("lang", "text"), SINCE_MONTH)
def test_since_a_month_and_year_is_a_running_total(lang, text):
    assert "cumulative" in [c.kind for c in find_cues(text, lang, BASIS)]
    (row,) = _rows(text, lang)
    assert row["basis"] == "cumulative"


# a month with no "since" word, or a package's value alone, is no running total
NOT_SINCE = [
    ("pl", "W lutym 2022 roku Polska przekazała Ukrainie 3 mld euro."),
    ("pl", "Polska przekazała Ukrainie pakiet o łącznej wartości 3 mld euro."),
    ("uk", "У лютому 2022 року Польща передала Україні 3 млрд євро."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_SINCE)
def test_a_month_without_since_is_no_running_total(lang, text):
    (row,) = _rows(text, lang)
    assert row["basis"] == "new"


# F4: "within the package" opens a part of the whole before it
WITHIN = [
    ("pl", "Polska da 350 mln zł. W ramach pakietu 120 mln zł przeznaczono na amunicję."),
    ("pl", "Polska da 350 mln zł. W ramach tej kwoty 120 mln zł trafi na drony."),
    ("de", "Berlin gibt 500 Mio. Euro. Im Rahmen des Pakets gehen 200 Mio. Euro an die Armee."),
    ("fr", "Paris donne 500 millions d'euros. Dans le cadre du paquet, 200 millions d'euros vont."),
    ("ru", "Берлин даст 500 млн евро. В рамках пакета 200 млн евро пойдут на ПВО."),
    ("uk", "Берлін дасть 500 млн євро. У межах пакета 200 млн євро підуть на ППО."),
    ("cs", "Praha dá 500 milionů eur. V rámci balíku půjde 200 milionů eur na obranu."),
    ("sk", "Bratislava dá 500 miliónov eur. V rámci balíka pôjde 200 miliónov eur na obranu."),
    ("en", "Berlin gives €500m. Under the package, €200m goes to air defence."),
    ("es", "Madrid da 500 millones de euros. En el marco del paquete, 200 millones de euros irán."),
    ("it", "Roma dà 500 milioni di euro. Nell'ambito del pacchetto 200 milioni di euro andranno."),
]


@pytest.mark.parametrize(("lang", "text"), WITHIN)
def test_within_the_package_is_a_part(lang, text):
    second = text.index(". ") + 2
    sentence = text[second:]
    part = next(m for m in extract_amounts(sentence, lang=lang))
    assert is_part(sentence, lang, (part.start, part.end), 0)
    rows = _rows(text, lang)
    assert [row["part_of"] for row in rows] == [None, 0]


def test_within_a_programme_is_no_part():
    sentence = "W ramach programu Polska przekaże 120 mln zł na drony."
    (found,) = extract_amounts(sentence, lang="pl")
    assert not is_part(sentence, "pl", (found.start, found.end), 0)


# F10: a verb of commitment governing a payment is a commitment; a payment alone is not
GOVERNED = [
    ("pl", "Unia Europejska zobowiązała się do wypłaty 2,5 mld euro dla Syrii.", "commitment"),
    ("pl", "Unia Europejska zobowiązała się wypłacić 2,5 mld euro dla Syrii.", "commitment"),
    ("en", "The EU committed to disburse €2.5bn to Syria.", "commitment"),
    ("uk", "ЄС зобов'язався виплатити Сирії 2,5 млрд євро.", "commitment"),
    ("es", "La UE se comprometió a desembolsar 2.500 millones de euros para Siria.", "commitment"),
    ("pl", "Unia Europejska wypłaciła 2,5 mld euro dla Syrii.", "disbursement"),
    ("en", "The EU disbursed €2.5bn it had committed to Syria.", "disbursement"),
]


@pytest.mark.parametrize(("lang", "text", "measure"), GOVERNED)
def test_a_commitment_governing_a_payment(lang, text, measure):
    (found,) = [m for m in extract_amounts(text, lang=lang) if m.equivalent_of is None]
    assert measure_of(text, lang, (found.start, found.end)) == measure


# F9: CLDR's "Mjanma (Birma)": each name alone, in its cases
BRACKETED = [
    ("pl", "pomoc dla ofiar w Mjanmie", "MMR"),
    ("pl", "pomoc dla Mjanmy", "MMR"),
    ("pl", "pomoc dla Birmy", "MMR"),
    ("lt", "parama Mianmarui", "MMR"),
    ("sl", "pomoč Mjanmaru", "MMR"),
    ("cs", "pomoc Barmě", "MMR"),
    ("ja", "ミャンマー地震の被災者", "MMR"),
    ("pl", "eksport do Chin", "CHN"),  # "SRA Hongkong (Chiny)": China stays China
]


@pytest.mark.parametrize(("lang", "text", "code"), BRACKETED)
def test_bracketed_cldr_names_alone(lang, text, code):
    assert [p.code for p in find_places(text, lang)] == [code]


# names whose stem changes in the other cases: case forms of the words' PLACE_CASE_FORMS
ALTERED_STEMS = [
    ("pl", "pomoc dla uchodźców w Egipcie", "EGY"),
    ("pl", "pomoc dla Nigru", "NER"),
    ("pl", "obozy w Nigrze", "NER"),
    ("sl", "pomoč v Jemnu", "YEM"),
    ("pl", "pomoc dla Egiptu", "EGY"),  # the stem of "Egipt" already starts it
]


@pytest.mark.parametrize(("lang", "text", "code"), ALTERED_STEMS)
def test_names_whose_stem_changes(lang, text, code):
    assert [p.code for p in find_places(text, lang)] == [code]


def test_a_bracketed_qualifier_names_no_country():
    # "Svatý Martin (Francie)", "(Nizozemsko)": the shared name names neither part alone
    assert [p.code for p in find_places("Svatý Martin", "cs")] == []


def test_a_carried_recipient_after_donor_named_twice_says_so():
    text = (
        "Polska przekaże Ukrainie 100 mln zł. Fundusz Polski przeznaczy 2,5 mln zł na pomoc "
        "dla ofiar trzęsienia ziemi."
    )
    rows = _rows(text, "pl")
    assert rows[1]["recipient"] == "UKR"
    assert "earlier-recipient" in rows[1]["assumptions"]


# F7: a Japanese phrase of purpose ("…支援として") names the receiver; no giver by itself
PURPOSE = [
    ("また、スーダンの避難民支援として約15億円を拠出する。", "SDN"),
    ("日本政府は、スーダンの避難民支援として15億円を拠出する。", "SDN"),
    ("日本はミャンマーの被災者への援助として10億円を供与する。", "MMR"),
    ("ミャンマー地震の被災者に対し、政府は300万ドルの緊急無償資金協力を決定した。", "MMR"),
]


@pytest.mark.parametrize(("text", "recipient"), PURPOSE)
def test_japanese_purpose_phrases_name_the_receiver(text, recipient):
    (row,) = _rows(text, "ja")
    assert row["recipient"] == recipient
    assert row["donor"] in (None, "JPN")


# F11: the dates the text gives
DATED = [
    ("ja", "政府は2月25日、ウクライナに対し1億ドルの追加支援を行うと発表した。", "2025-02-25"),
    ("ja", "政府は12月5日、ヨルダンに対し1000万ドルの支援を発表した。", "2024-12-05"),
    ("ko", "정부는 2월 25일 요르단에 1000만 달러를 지원한다고 밝혔다.", "2025-02-25"),
    (
        "de",
        "Wien stellt Moldau 12 Mio. Euro bereit. Das teilte das Ministerium am 24. Februar "
        "2025 mit.",
        "2025-02-24",
    ),
    (
        "en",
        "Austria will give Moldova €12m. The ministry said so on 24 February 2025.",
        "2025-02-24",
    ),
    ("uk", "Київ, 25 лютого 2025 року. Японія надасть Україні 3 млрд доларів.", "2025-02-25"),
    ("pl", "Warszawa, 25 lutego 2025 r. Polska przekaże Ukrainie 100 mln zł.", "2025-02-25"),
]


@pytest.mark.parametrize(("lang", "text", "day"), DATED)
def test_dates_the_text_gives(lang, text, day):
    (row,) = _rows(text, lang)
    assert row["date"] == day


def test_a_sentence_of_saying_that_names_a_country_dates_nothing():
    text = "Wien stellt Moldau 12 Mio. Euro bereit. Das teilte Frankreich am 24. Februar 2025 mit."
    (row,) = _rows(text, "de")
    assert row["date"] == PUBLISHED.isoformat()


INFERRED = [
    ("it", "Il 3 febbraio l'Italia ha donato 5 milioni di euro al Libano.", True),
    ("ja", "政府は2月25日、ウクライナに対し1億ドルの追加支援を行うと発表した。", True),
    ("pl", "3 lutego Polska przekazała Ukrainie 100 mln zł.", True),
    ("it", "Il 3 febbraio 2025 l'Italia ha donato 5 milioni di euro al Libano.", False),
    ("pl", "3 lutego 2025 r. Polska przekazała Ukrainie 100 mln zł.", False),
    ("en", "On Monday Germany pledged €5m to Sudan.", False),
    ("en", "Germany pledged €5m to Sudan.", False),
]


@pytest.mark.parametrize(("lang", "text", "inferred"), INFERRED)
def test_a_year_not_written_is_an_assumption(lang, text, inferred):
    (row,) = _rows(text, lang)
    assert ("inferred-year" in row["assumptions"]) is inferred
