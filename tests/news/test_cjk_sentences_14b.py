"""Chinese and Japanese sentences end at "。" (or a full-width "！"/"？") with no space after it:
one paragraph of several sentences is cut at each, so that no sentence takes another's giver
(found by a trial re-check: "ドイツは…拠出した。フランスは…" gave DEU to France's money).
"""

from __future__ import annotations

import datetime

import pytest

from aidcalc import parse_amount
from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "ドイツは4億ユーロを拠出した。フランスも続いた。",
            ["ドイツは4億ユーロを拠出した。", "フランスも続いた。"],
        ),
        ("德国提供4亿欧元。法国提供1亿欧元。", ["德国提供4亿欧元。", "法国提供1亿欧元。"]),
        (
            "首相は「支援を続ける。」と述べた。次に…",
            ["首相は「支援を続ける。」", "と述べた。", "次に…"],
        ),
        ("本当か？日本は5億円を出す！以上。", ["本当か？", "日本は5億円を出す！", "以上。"]),
        # a full stop before a space, as before; a decimal point inside a number is no end
        ("Japan gave ¥1.5bn. 日本は拠出した。", ["Japan gave ¥1.5bn.", "日本は拠出した。"]),
    ],
)
def test_ideographic_full_stops_end_sentences(text, pieces):
    assert [text[s:e] for s, e in split_sentences(text)] == pieces


@pytest.mark.parametrize(
    ("lang", "text", "givers"),
    [
        (
            "ja",
            "ドイツはウクライナに4億ユーロを拠出した。フランスはスーダンに1億ユーロを拠出した。",
            [("DEU", "UKR"), ("FRA", "SDN")],
        ),
        (
            "zh",
            "德国向乌克兰提供4亿欧元。法国向苏丹提供1亿欧元。",
            [("DEU", "UKR"), ("FRA", "SDN")],
        ),
        (
            "ja",
            "英国はウクライナに2億ポンドを拠出する。イタリアはガザ地区に5000万ユーロを拠出する。",
            [("GBR", "UKR"), ("ITA", "PSE")],
        ),
    ],
)
def test_each_sentence_of_one_paragraph_keeps_its_own_giver(lang, text, givers):
    rows = pledge_candidates(text, published=datetime.date(2025, 3, 1), lang=lang)
    assert [(r["donor"], r["recipient"]) for r in rows] == givers


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("30億ポンド", 3_000_000_000),
        ("英国は2億ポンドを拠出する", 200_000_000),
        ("5000万ポンド", 50_000_000),
    ],
)
def test_a_bare_japanese_pound_is_sterling_by_the_default_order_and_says_so(text, value):
    """Japanese news writes the pound sterling "ポンド" alone; CLDR gives the bare word only to
    other pounds (Egypt's, Sudan's…), so it was refused as ambiguous among those alone."""
    from aidcalc.parsing import parse_mention

    assert parse_amount(text, lang="ja").currency == "GBP"
    assert parse_amount(text, lang="ja").value == value
    assert "default-currency" in parse_mention(text, lang="ja").assumptions
