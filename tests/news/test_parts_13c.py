"""Breakdowns still counted twice (trial 13c, N6): a Croatian item after ", a" / ", te" goes
on the list of parts; Korean breakdown openers ("이 중", "그중", "이번 지원액 가운데") link their
amounts to the total before; Korean relative years (지난해, 작년, 올해, 내년) date a pledge from
the publication, as 昨年, 去年, 来年 do in Japanese and Chinese."""

from __future__ import annotations

from datetime import date

import pytest
from pledge_rows import counted, rows_of

from aidcalc.news.dates import cjk_year
from aidcalc.news.parts import opens_breakdown

# A total, then a breakdown whose second item comes after a joining word: both items are parts.
HR_ITEMS = [
    "Hrvatska će izdvojiti milijun eura za pomoć Siriji. Od toga će 600.000 eura dobiti WFP, "
    "a 400.000 eura UNICEF.",
    "Hrvatska daje Ukrajini 3 milijuna eura. Od toga 2 milijuna eura ide za energetiku, te "
    "milijun eura za bolnice.",
    "Vlada je Libanonu odobrila 500.000 eura, od toga 300.000 eura za hranu, a 200.000 eura "
    "za lijekove.",
    "Hrvatska će Ukrajini dati 5 milijuna eura. Od tog iznosa 3 milijuna eura namijenjeno je "
    "razminiranju, i 2 milijuna eura obnovi škola.",
]


@pytest.mark.parametrize("text", HR_ITEMS)
def test_a_croatian_item_after_a_joining_word_is_a_part(text):
    rows = rows_of(text, "hr")
    assert [row["part_of"] for row in rows] == [None, 0, 0]
    assert len(counted(rows)) == 1


KO_OPENERS = [
    "이번 지원액 가운데",
    "이 중",
    "이 중에서",
    "그중",
    "그 가운데",
    "이 금액 중",
]


@pytest.mark.parametrize("opener", KO_OPENERS)
def test_a_korean_breakdown_opener_links_its_amounts(opener):
    text = (
        "한국 정부가 우크라이나에 1억 달러 규모의 인도적 지원을 추가로 제공하기로 했다. "
        f"{opener} 6천만 달러는 식량 지원에, 4천만 달러는 에너지 시설 복구에 쓰인다."
    )
    rows = rows_of(text, "ko")
    assert [row["part_of"] for row in rows] == [None, 0, 0]
    assert counted(rows) == [("KOR", 100000000, "USD")]


@pytest.mark.parametrize(
    ("sentence", "opens"),
    [
        ("이 중 6천만 달러는 식량 지원에 쓰인다.", True),
        ("그중 3천만 달러는 의료 지원이다.", True),
        ("이번 지원액 가운데 절반은 식량이다.", True),
        ("이중 국적자도 지원을 받는다.", False),  # "이중": double, no breakdown
        ("정부는 5천만 달러를 지원한다.", False),
    ],
)
def test_opens_breakdown_in_korean(sentence, opens):
    assert opens_breakdown(sentence, "ko") is opens


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("정부는 지난해 우크라이나에 2억 달러를 제공했다.", "2024"),
        ("작년에 정부는 1억 달러를 지원했다.", "2024"),
        ("올해는 3억 달러를 지원한다.", "2025"),
        ("내년에는 5천만 달러를 추가로 지원할 계획이다.", "2026"),
        ("日本は昨年、5億ドルを拠出した。", "2024"),
        ("中国去年提供了1亿美元。", "2024"),
        ("来年は3億ドルを拠出する。", "2026"),
        ("明年将提供2亿美元。", "2026"),
        ("지원액은 지난해보다 2배 늘었다.", None),  # compared with last year: no date
        ("지원액은 작년 대비 20% 늘었다.", None),
    ],
)
def test_relative_years_of_korean_japanese_and_chinese(sentence, year):
    assert cjk_year(sentence, date(2025, 4, 15)) == year


def test_last_years_korean_pledge_is_dated_last_year():
    text = (
        "한국 정부가 우크라이나에 1억 달러 규모의 인도적 지원을 추가로 제공하기로 했다. "
        "이번 지원액 가운데 6천만 달러는 식량 지원에, 4천만 달러는 에너지 시설 복구에 쓰인다. "
        "정부는 지난해 우크라이나에 2억 달러의 인도적 지원을 제공했다."
    )
    rows = pledge_rows_2025(text)
    assert [(row["date"], row["part_of"]) for row in rows] == [
        ("2025-04-15", None),
        ("2025-04-15", 0),
        ("2025-04-15", 0),
        ("2024", None),
    ]


def pledge_rows_2025(text):
    from aidcalc.news.candidates import pledge_candidates

    return pledge_candidates(text, published="2025-04-15", lang="ko")
