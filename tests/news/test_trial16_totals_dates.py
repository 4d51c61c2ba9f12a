"""The trial 16 faults in parts, running totals and dates (F3, F4, F7).

F3: a part opened by a phrase of its language ("od čega", "од нив", "其中", "うち", "이 가운데")
is linked to its whole, in its sentence or the next, in every language pledges are read in.
F4: a running total is read as one ("2022년 이후", "自2022年以来", "od 2022. ukupno", "вкупната
помош", "by the end of 2024", "stood at"), and so is a figure set against one with no verb of
its own; "already" before money its clause dates by a month or a year is that month's gift,
new. F7: Korean dates are read ("2025년 2월 19일"), a "since" phrase in Chinese, Japanese or
Korean dates nothing, and "Beograd, 10. februar 2025. – …" is one sentence with its dateline.
All sentences are the project's own.
"""

from __future__ import annotations

import datetime

import pytest

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.sentences import split_sentences
from aidcalc.words import LANGUAGES

PUBLISHED = datetime.date(2025, 3, 1)


def rows(text: str, lang: str) -> list[dict]:
    return pledge_candidates(text, published=PUBLISHED, lang=lang)


# --- F3: part phrases in every language; a part linked to its whole


# the languages news text is read in: those with giving verbs (``VERBS``), and Japanese, Chinese
# and Korean with their giving words; Hungarian, Estonian and Latvian are read for amounts only
NEWS_READ = [c for c, m in LANGUAGES.items() if hasattr(m, "VERBS") or hasattr(m, "GIVING_WORDS")]


@pytest.mark.parametrize("lang", NEWS_READ)
def test_every_language_has_breakdown_openers_and_part_phrases(lang):
    module = LANGUAGES[lang]
    assert getattr(module, "BREAKDOWN_OPENERS", ()), f"{lang} has no BREAKDOWN_OPENERS"
    assert getattr(module, "PART_BEFORE", ()), f"{lang} has no PART_BEFORE"


PARTS = [
    # (lang, text, whole's value, part's value)
    ("sr", "Vlada je odobrila paket od 3 miliona evra, od čega 1 milion evra za lekove.", 3e6, 1e6),
    ("sr", "Влада је одобрила пакет од 3 милиона евра, од чега 1 милион евра за лекове.", 3e6, 1e6),
    ("sr", "Norveška je dala 40 miliona evra. Od toga će 10 miliona evra ići za struju.", 4e7, 1e7),
    ("mk", "Владата донира 6 милиони евра. Од нив, 2 милиони евра се за лекови.", 6e6, 2e6),
    ("mk", "Владата донира 6 милиони евра, од кои 2 милиони евра за лекови.", 6e6, 2e6),
    ("zh", "法国向约旦提供3亿欧元，其中1亿欧元用于难民。", 3e8, 1e8),
    ("zh", "法国向约旦提供3亿欧元援助。其中，1亿欧元用于难民。", 3e8, 1e8),
    ("ja", "フランスはヨルダンに3億ユーロを拠出し、うち1億ユーロを難民に充てる。", 3e8, 1e8),
    ("ja", "フランスはヨルダンに3億ユーロを拠出する。このうち1億ユーロは難民向けだ。", 3e8, 1e8),
    (
        "ko",
        "프랑스는 요르단에 3억 유로를 지원하며, 이 가운데 1억 유로는 난민에게 쓰인다.",
        3e8,
        1e8,
    ),
]


@pytest.mark.parametrize(("lang", "text", "whole", "part"), PARTS)
def test_a_part_is_linked_to_its_whole(lang, text, whole, part):
    found = rows(text, lang)
    by_value = {row["value"]: index for index, row in enumerate(found)}
    assert set(by_value) == {whole, part}, found
    assert found[by_value[part]]["part_of"] == by_value[whole]
    assert found[by_value[whole]]["part_of"] is None


# --- F4: running totals, figures set against them, and "already" with a date of its own

TOTALS = [
    # (lang, text, the basis of each row in order)
    ("ko", "정부는 2021년 이후 요르단에 총 2억 달러를 지원했다.", ["cumulative"]),
    ("ko", "일본은 침공 이후 우크라이나에 120억 달러를 지원했다.", ["cumulative"]),
    ("ko", "정부는 2025년 2월 요르단에 총 2억 달러를 지원했다.", ["new"]),
    ("zh", "自2023年以来，日本对约旦援助总额超过5亿美元。", ["cumulative"]),
    ("zh", "日本宣布向约旦提供总额为5亿美元的援助。", ["new"]),
    ("ja", "侵攻以来、日本はヨルダンに5億ドルを支援した。", ["cumulative"]),
    ("sr", "Italija je Jordanu od 2023. ukupno dala 90 miliona evra.", ["cumulative"]),
    ("sr", "Италија је Јордану од 2023. укупно дала 90 милиона евра.", ["cumulative"]),
    ("sr", "Italija je Jordanu dala paket ukupne vrednosti 90 miliona evra.", ["new"]),
    ("mk", "Вкупната помош на Италија за Јордан изнесува 90 милиони евра.", ["cumulative"]),
    ("en", "Italy had allocated €900 million to Jordan by the end of 2023.", ["cumulative"]),
    ("en", "Italy will deliver €900 million to Jordan by the end of 2026.", ["new"]),
    (
        "en",
        "Italy had allocated about €900 million to Jordan by the end of 2023, against roughly "
        "€700 million from Spain.",
        ["cumulative", "cumulative"],
    ),
    ("en", "Italy's aid to Jordan stood at about €900 million.", ["cumulative"]),
    (
        "en",
        "Italy had given €900 million so far, against €700 million from Spain.",
        ["cumulative", "cumulative"],
    ),
    (
        "en",
        "Italy's aid stood at €900 million, while Spain's €700 million placed it second.",
        ["cumulative", "cumulative"],
    ),
    (
        "en",
        "Italy has given €900 million so far, while Spain pledged €70 million on Monday.",
        ["cumulative", "new"],
    ),
    ("en", "Italy already gave Jordan €9 million in March 2024.", ["new"]),
    ("en", "Italy has already given Jordan €9 million.", ["cumulative"]),
    ("sl", "Italija je Jordaniji že marca 2024 namenila 9 milijonov evrov.", ["new"]),
    ("sl", "Italija je Jordaniji že namenila 9 milijonov evrov.", ["cumulative"]),
    ("hr", "Italija je Jordanu već u ožujku 2024. dala 9 milijuna eura.", ["new"]),
    ("de", "Italien hat Jordanien bereits im März 2024 9 Millionen Euro gegeben.", ["new"]),
    ("de", "Italien hat Jordanien bereits 9 Millionen Euro gegeben.", ["cumulative"]),
    ("pl", "Włochy już w marcu 2024 r. przekazały Jordanii 9 mln euro.", ["new"]),
]


@pytest.mark.parametrize(("lang", "text", "bases"), TOTALS)
def test_the_basis_of_a_running_total(lang, text, bases):
    assert [row["basis"] for row in rows(text, lang)] == bases


# --- F7: Korean dates, "since" phrases of no date, a dateline's year before a dash

DATES = [
    # (lang, text, the date of its row)
    ("ko", "부산, 2025년 1월 7일 - 정부는 요르단에 500만 달러를 지원하기로 했다.", "2025-01-07"),
    ("ko", "정부는 2024년 11월 요르단에 500만 달러를 지원했다.", "2024-11"),
    ("ko", "정부는 2023년 이후 요르단에 총 2억 달러를 지원했다.", "2025-03-01"),
    ("zh", "自2023年以来，日本对约旦援助总额超过5亿美元。", "2025-03-01"),
    ("zh", "从2023年起，日本向约旦累计提供5亿美元。", "2025-03-01"),
    ("zh", "日本于2025年1月7日宣布向约旦提供5亿美元。", "2025-01-07"),
    ("ja", "日本は2023年以降、ヨルダンに累計5億ドルを支援した。", "2025-03-01"),
    ("sr", "Niš, 7. januar 2025. – Vlada je Jordanu dala 5 miliona evra.", "2025-01-07"),
    ("hr", "Split, 7. siječnja 2025. – Vlada je Jordanu dala 5 milijuna eura.", "2025-01-07"),
    (
        "bg",
        "Варна, 7 януари 2025 г. – Правителството отпусна на Йордания 5 млн. евро.",
        "2025-01-07",
    ),
]


@pytest.mark.parametrize(("lang", "text", "day"), DATES)
def test_the_date_of_a_row(lang, text, day):
    (row,) = rows(text, lang)
    assert row["date"] == day


@pytest.mark.parametrize(
    "text",
    [
        "Niš, 7. januar 2025. – Vlada je Jordanu dala 5 miliona evra.",
        "Split, 7. siječnja 2025. — Vlada je Jordanu dala 5 milijuna eura.",
    ],
)
def test_a_datelines_year_before_a_dash_ends_no_sentence(text):
    assert split_sentences(text) == [(0, len(text))]


def test_a_year_before_a_capital_still_ends_a_sentence():
    text = "Vlada je dala 5 miliona evra u 2024. Jordan je zahvalio."
    assert len(split_sentences(text)) == 2
