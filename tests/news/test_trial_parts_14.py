"""Amounts counted twice or dropped (trial 14): a difference read as a pledge (F6), a restatement
in its own sentence (F5), the rest of a breakdown not linked as a part (F7), a pasted table whose
labels are purposes read as givers (F8), Japanese and Chinese running totals read as new (F1),
and a Japanese date refused as an amount. Each kind in several languages, in our own words."""

from __future__ import annotations

import pytest
from pledge_rows import counted, rows_of

from aidcalc.news.cues import BASIS, cue_language, find_cues
from aidcalc.news.restated import copula_restatements
from aidcalc.parsing import extract_amounts

# F6: a pledge, then a sentence saying the aid is higher than before by some amount: the second
# amount is a difference, never a second pledge (COMPARED_AFTER: a comparative and "than").
DIFFERENCES = [
    ("cs", "Česko přislíbilo Sýrii 100 milionů korun. Pomoc je o 30 milionů korun vyšší než loni."),
    ("de", "Deutschland sagte Syrien 100 Millionen Euro zu. Die Hilfe ist 30 Millionen Euro höher "
     "als im Vorjahr."),
    ("nl", "Nederland geeft Syrië 100 miljoen euro. De steun is 30 miljoen euro hoger dan vorig "
     "jaar."),
    ("sv", "Sverige ger Syrien 100 miljoner kronor. Stödet är 30 miljoner kronor högre än i fjol."),
    ("da", "Danmark giver Syrien 100 millioner kroner. Støtten er 30 millioner kroner højere end "
     "sidste år."),
    ("ro", "România acordă Siriei 10 milioane de euro. Ajutorul este cu 3 milioane de euro mai "
     "mare decât anul trecut."),
    ("pt", "Portugal doa 10 milhões de euros à Síria. O apoio soma 3 milhões de euros a mais do "
     "que no ano passado."),
    ("sk", "Slovensko dáva Sýrii 10 miliónov eur. Pomoc je o 3 milióny eur vyššia ako vlani."),
    ("pl", "Polska przekaże Syrii 10 mln euro. Pomoc jest o 3 mln euro wyższa niż przed rokiem."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), DIFFERENCES)
def test_a_difference_after_a_pledge_is_no_pledge(lang, text):
    rows = rows_of(text, lang)
    assert len(rows) == 2
    assert rows[1]["status"] == "rejected"
    assert "difference" in rows[1]["evidence"]
    assert counted(rows) == [(rows[0]["donor"], rows[0]["value"], rows[0]["currency"])]


# F5: a sentence restating the pledge in another currency with a verb of two words ("is
# equivalent to", "echivalează cu", "komt overeen met"): the restatement is no pledge, and the
# repeated amount is a duplicate.
RESTATEMENTS = [
    ("ro", "România va acorda Ucrainei 10 milioane de euro. Suma de 10 milioane de euro "
     "echivalează cu aproximativ 49,7 milioane de lei."),
    ("en", "Romania will give Ukraine 10 million euros. The sum of 10 million euros is "
     "equivalent to about 49.7 million lei."),
    ("fr", "La Roumanie donnera 10 millions d'euros à l'Ukraine. La somme de 10 millions "
     "d'euros est équivalente à environ 49,7 millions de lei."),
    ("nl", "Roemenië geeft Oekraïne 10 miljoen euro. Het bedrag van 10 miljoen euro komt "
     "overeen met ongeveer 49,7 miljoen lei."),
    ("sv", "Rumänien ger Ukraina 10 miljoner euro. Summan på 10 miljoner euro motsvarar cirka "
     "49,7 miljoner lei."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), RESTATEMENTS)
def test_a_restatement_by_a_verb_of_two_words_is_no_pledge(lang, text):
    rows = rows_of(text, lang)
    assert all(row["currency"] == "EUR" for row in rows)
    assert counted(rows) == [("ROU", 10_000_000.0, "EUR")]
    mentions = copula_restatements(text, extract_amounts(text, lang=lang), lang)
    assert [m.amount.currency for m in mentions] == ["EUR", "EUR", "RON"]
    assert mentions[2].equivalent_of == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Canada's 40 million euros is already 60 million Canadian dollars."),
        ("ro", "Cele 10 milioane de euro erau deja 49,7 milioane de lei."),
    ],
)
def test_two_words_of_which_one_is_no_verb_of_being_restate_nothing(lang, text):
    mentions = copula_restatements(text, extract_amounts(text, lang=lang), lang)
    assert [m.equivalent_of for m in mentions] == [None, None]


# F7: the rest of a breakdown, after a contrast word ("iar", "enquanto") or a bare word of the
# rest opening the sentence ("Resterande", "Kalan", "Остальные"), is a part of the total.
RESTS = [
    ("ro", "România va acorda Ucrainei 10 milioane de euro. Din această sumă, 6 milioane de euro "
     "vor fi destinate energiei, iar 4 milioane de euro ajutorului alimentar."),
    ("pt", "Portugal dará 10 milhões de euros à Ucrânia, dos quais 6 milhões de euros para "
     "energia, enquanto 4 milhões de euros para escolas."),
    ("sv", "Sverige ger Ukraina 1,2 miljarder kronor. Större delen av pengarna, 800 miljoner "
     "kronor, går till energin. Resterande 400 miljoner kronor går till skolor."),
    ("nl", "Nederland geeft Oekraïne 100 miljoen euro. Daarvan gaat 60 miljoen euro naar energie. "
     "Resterende 40 miljoen euro gaat naar scholen."),
    ("da", "Danmark giver Ukraine 1 milliard kroner. Heraf går 600 millioner kroner til energi. "
     "Resterende 400 millioner kroner går til skoler."),
    ("tr", "Japonya Ukrayna'ya 100 milyon dolar verecek. Bunun 60 milyon doları enerjiye "
     "gidecek. Kalan 40 milyon dolar okullara ayrılacak."),
    ("ru", "Япония выделит Украине 100 млн долларов. Из этой суммы 60 млн долларов пойдут на "
     "энергетику. Остальные 40 млн долларов пойдут на школы."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), RESTS)
def test_the_rest_of_a_breakdown_is_a_part(lang, text):
    rows = rows_of(text, lang)
    assert [row["part_of"] for row in rows] == [None, 0, 0]
    assert rows[2]["date"] == rows[0]["date"]
    assert len(counted(rows)) == 1


# F8: a pasted table whose label column is headed by a word for the purpose ("Cel", "Purpose"):
# its labels are no givers; a row naming a country is that country's receipt.
def test_a_purpose_column_names_no_giver():
    text = (
        "Polska przekaże Ukrainie 100 mln zł na energetykę. Rząd przekaże też Syrii 10 mln euro."
        "\nCel | Kwota\nEnergetyka | 100 mln zł\nSyria | 10 mln euro"
    )
    rows = rows_of(text, "pl")
    assert [(row["donor"], row["recipient"]) for row in rows[2:]] == [("POL", None), ("POL", "SYR")]
    assert [row["duplicate_of"] for row in rows[2:]] == [0, 1]
    assert counted(rows) == [("POL", 10_000_000.0, "EUR"), ("POL", 100_000_000.0, "PLN")]


@pytest.mark.parametrize(
    ("lang", "header"), [("en", "Purpose"), ("de", "Zweck"), ("sv", "Ändamål"), ("ro", "Scop")]
)
def test_a_purpose_column_names_its_receivers(lang, header):
    text = f"The aid is listed below.\n{header} | EUR\nSyria | 10 mln\nGaza | 5 mln"
    rows = rows_of(text.replace("EUR\n", "EUR m\n"), lang)
    assert "SYR" not in {row["donor"] for row in rows}
    assert "PSE" not in {row["donor"] for row in rows}


# F1: running totals in Japanese and Chinese, written without spaces, are cumulative; a later
# sentence with a word of its own (決定, 供与する) keeps its own basis.
def test_japanese_and_chinese_running_totals_are_cumulative():
    text = (
        "日本政府はウクライナに4億5000万ドルの追加支援を行うと発表した。"
        "日本はこれまでにウクライナへ総額120億ドル以上の支援を表明している。"
        "また、スーダンに1000万ドルの緊急無償資金協力を実施することを決定した。"
    )
    rows = rows_of(text)
    assert [row["basis"] for row in rows] == ["new", "cumulative", "new"]
    for sentence in (
        "日本政府はウクライナに累計で120億ドルを支援してきた。",
        "日本は現在までに約1兆円を拠出した。",
        "中国迄今已向乌克兰提供1亿美元援助。",
        "中国累计向叙利亚提供了5亿元人民币援助。",
    ):
        assert [row["basis"] for row in rows_of(sentence)] == ["cumulative"], sentence


def test_a_package_total_in_japanese_stays_new():
    rows = rows_of("日本政府は総額45億ドルの支援パッケージを表明した。")
    assert [row["basis"] for row in rows] == ["new"]


@pytest.mark.parametrize(
    ("text", "lang", "expected", "found"),
    [
        ("日本はこれまでに支援した。", None, "ja", True),
        ("中国迄今提供援助。", None, "zh", True),
        ("中国 (China) has given aid so far.", None, "en", True),
        ("Japan hat bisher insgesamt 5 Mrd. gegeben.", "de", "de", True),
        ("日本はこれまでに支援した。", "de", "de", False),
    ],
)
def test_the_cue_language_of_a_text_in_cjk_writing(text, lang, expected, found):
    assert cue_language(text, lang, BASIS) == expected
    assert bool(find_cues(text, lang, BASIS)) == found


# A Japanese (Chinese, Korean) date is no amount: never refused, whatever follows it.
@pytest.mark.parametrize(
    "text",
    [
        "政府は2025年2月18日、ウクライナに対し4億5000万ドルの追加支援を行うと発表した。",
        "2024年12月3日に日本は5億ドルを拠出した。",
        "中国2025年2月宣布提供1亿美元援助。",
        "한국 정부는 2025년2월18일 5억 달러를 지원한다.",
    ],
)
def test_a_cjk_date_is_no_refused_amount(text):
    refused: list = []
    mentions = extract_amounts(text, refused=refused)
    assert refused == []
    assert len(mentions) == 1 and mentions[0].amount.value >= 100_000_000


# Running totals said with "since" or "until now" in the news languages that lacked them.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("tr", "Türkiye, 2022'den bu yana Ukrayna'ya 100 milyon dolar yardım gönderdi."),
        ("tr", "Türkiye savaşın başından beri Ukrayna'ya 100 milyon dolar yardım gönderdi."),
        ("el", "Η Ελλάδα έχει δώσει μέχρι τώρα 100 εκατ. ευρώ στην Ουκρανία."),
        ("bg", "От началото България е дала 100 млн. евро на Украйна."),
        (None, "日本はこれまで120億ドルを支援した。"),
    ],
)
def test_a_running_total_since_the_start_is_cumulative(lang, text):
    assert [row["basis"] for row in rows_of(text, lang)] == ["cumulative"]


def test_a_turkish_pledge_without_a_running_total_word_stays_new():
    text = "Türkiye Ukrayna'ya 100 milyon dolar yardım gönderecek."
    assert [row["basis"] for row in rows_of(text, "tr")] == ["new"]
