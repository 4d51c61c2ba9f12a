"""Language inference by script and by ekavian words (session 16, recipient16b).

A text of ideographs with no kana and no hangul is Chinese, as a text of kana is Japanese and
one of hangul Korean; Serbian in Latin script, scored as Croatian by its letters and small
words, is Serbian when it holds more of the words Croatian writes otherwise (the ekavian
"Nemačka", "dve", "vrednost"; "evra", "tokom", the months) than of Croatian's own
("Njemačka", "dvije", "eura", "tijekom", "ožujka"). The sentences are the project's own.
"""

from __future__ import annotations

import datetime

import pytest

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.language import infer_language

PUBLISHED = datetime.date(2025, 3, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("法国政府向约旦提供2亿欧元，其中5000万欧元用于供水。", "zh"),
        ("德國宣布向烏克蘭提供3億歐元援助。", "zh"),  # traditional characters
        ("外務省は約旦に3億円の無償資金協力を行うと発表した。", "ja"),
        ("한국 정부는 요르단에 300만 달러를 지원하기로 했다.", "ko"),
        ("韓國政府는 요르단에 300만 달러를 지원한다.", "ko"),  # hanja among hangul
        ("China (中国) pledged $100m to Jordan.", "en"),
        ("Nemačka je Jordanu dodelila 7 miliona evra tokom decembra.", "sr"),
        ("Predsednik je najavio pomoć vrednu dve milijarde dinara.", "sr"),
        ("Svetska banka će posle poplava obezbediti zajam.", "sr"),
        ("Njemačka je Jordanu dodijelila 7 milijuna eura tijekom prosinca.", "hr"),
        ("Predsjednik je najavio pomoć vrijednu dvije milijarde eura.", "hr"),
        ("Hrvatska je u ožujku poslala lijekove u Siriju.", "hr"),
        # both kinds of words: the ones more numerous decide (Croatian quoting a Serbian name)
        ("Njemačka i Hrvatska su prije ožujka dale 5 milijuna eura za Evropsku kuću.", "hr"),
    ],
)
def test_the_script_and_the_ekavian_words_tell_the_language(text, lang):
    assert infer_language(text) == lang


@pytest.mark.parametrize(
    "text",
    [
        "日本政府向约旦提供约3亿美元，其中1亿美元用于难民营。",
        "韩国向摩尔多瓦提供5000万美元援助，其中2000万美元用于能源。",
    ],
)
def test_a_chinese_part_is_linked_without_a_language_given(text):
    rows = pledge_candidates(text, published=PUBLISHED)
    assert len(rows) == 2
    assert rows[1]["part_of"] == 0
    assert rows == pledge_candidates(text, lang="zh", published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Evropska unija je Moldaviji odobrila paket od 2 milijarde evra.", "commitment"),
        ("Jermenija je od Nemačke dobila 3 miliona evra pomoći.", "disbursement"),
    ],
)
def test_latin_serbian_is_read_with_serbian_words(text, measure):
    rows = pledge_candidates(text, published=PUBLISHED)
    assert [row["measure"] for row in rows] == [measure]
    assert rows == pledge_candidates(text, lang="sr", published=PUBLISHED)
