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


# A later amount of the sentence whose own clause places its aid in a country ("for aid in
# Sudan", "für humanitäre Hilfe im Sudan", "na pomoc w Sudanie") is that country's, not the
# receiver named in the clause of the amount before it.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Britain will give £4 million to Moldova, and £12 million for emergency aid in Sudan.",
            "en",
        ),
        ("Britain will give £4 million to Moldova and £12 million for food aid in Sudan.", "en"),
        ("Norway gave $3 million to Moldova and $9 million for shelters in Sudan.", "en"),
        (
            "Österreich gibt Moldau 4 Millionen Euro und 12 Millionen Euro für Nothilfe im Sudan.",
            "de",
        ),
        (
            "La Belgique donne 4 millions d'euros à la Moldavie et 12 millions d'euros "
            "pour l'aide d'urgence au Soudan.",
            "fr",
        ),
        ("Czechy dadzą Mołdawii 4 mln euro, a 12 mln euro na pomoc żywnościową w Sudanie.", "pl"),
        (
            "Portugal dará 4 millones de euros a Moldavia y 12 millones de euros "
            "para ayuda alimentaria en Sudán.",
            "es",
        ),
        (
            "L'Austria darà 4 milioni di euro alla Moldavia e 12 milioni di euro "
            "per aiuti alimentari in Sudan.",
            "it",
        ),
        (
            "België geeft 4 miljoen euro aan Moldavië en 12 miljoen euro "
            "voor voedselhulp in Soedan.",
            "nl",
        ),
        (
            "Portugal dará 4 milhões de euros à Moldávia e 12 milhões de euros "
            "para ajuda humanitária no Sudão.",
            "pt",
        ),
        (
            "România dă 4 milioane de euro Moldovei și 12 milioane de euro pentru ajutor în Sudan.",
            "ro",
        ),
        (
            "Sverige ger 4 miljoner euro till Moldavien och 12 miljoner euro för nödhjälp i Sudan.",
            "sv",
        ),
        ("Česko dá Moldavsku 4 miliony eur a 12 milionů eur na humanitární pomoc v Súdánu.", "cs"),
        ("Lietuva skirs Moldovai 4 mln. eurų ir 12 mln. eurų humanitarinei pagalbai Sudane.", "lt"),
    ],
)
def test_a_later_clause_places_its_own_aid(text, lang):
    for given in (lang, None):
        rows = pledge_candidates(text, lang=given, published=PUBLISHED)
        assert [row["recipient"] for row in rows] == ["MDA", "SDN"], given
        assert all("earlier-recipient" not in row["assumptions"] for row in rows)


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        # a receiver marked in the clause wins over the place its aid is spent in
        (
            "Britain gave £4 million to Moldova and £12 million to Chad for schools in Sudan.",
            ["MDA", "TCD"],
        ),
        # a place past a comma is no longer the amount's own clause
        (
            "Britain gave £4 million to Moldova and £12 million, the ministry in Sudan said.",
            ["MDA", "MDA"],
        ),
    ],
)
def test_the_place_of_the_aid_yields_to_a_marked_receiver(text, recipients):
    rows = pledge_candidates(text, published=PUBLISHED)
    assert [row["recipient"] for row in rows] == recipients


# In a language with cases, a receiver in the dative between the auxiliary and the giving verb
# is the sentence's receiver; the place named after a later amount is that amount's only.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hrvatska će Moldaviji dati 4 milijuna eura i 12 milijuna eura za pomoć u Sudanu.", "hr"),
        ("Česko bude Moldavsku poskytovat 4 miliony eur a 12 milionů eur na pomoc v Súdánu.", "cs"),
        (
            "Slovensko bude Moldavsku poskytovať 4 milióny eur a 12 miliónov eur "
            "na pomoc v Sudáne.",
            "sk",
        ),
        (
            "Slovenija bo Moldaviji dala 4 milijone evrov in 12 milijonov evrov za pomoč v Sudanu.",
            "sl",
        ),
    ],
)
def test_a_dative_after_the_auxiliary_receives_the_first_amount(text, lang):
    rows = pledge_candidates(text, lang=lang, published=PUBLISHED)
    assert [row["recipient"] for row in rows] == ["MDA", "SDN"]
