"""Who gives and who receives (issue 13, actors13): a giving verb in the passive whose subject
receives (item a); another actor's own money in a clause opened by a word of contrast (item b);
giving verbs and other-money nouns in every news language, as data (item c); Japanese, Chinese
and Korean news words (item d); English "spending" as a noun is no giving verb."""

from __future__ import annotations

import datetime

import pytest

from aidcalc.news.candidates import pledge_candidates

PUBLISHED = datetime.date(2025, 3, 1)


def _rows(text: str, lang: str | None = None) -> list[tuple]:
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    return [(r["donor"], r["recipient"], r["status"]) for r in rows]


# Item a: the subject of a giving verb in the passive receives; the agent gives, else no one.
# (lang, text, [(donor, recipient)] per amount)
PASSIVES = [
    ("en", "Ukraine was promised $2 billion by its allies.", [(None, "UKR")]),
    ("en", "Ukraine was promised $2 billion by Germany.", [("DEU", "UKR")]),
    ("en", "Moldova has been offered €300 million by the Netherlands.", [("NLD", "MDA")]),
    ("en", "Kyiv will be sent another €3bn by Berlin next year.", [("DEU", "UKR")]),
    ("en", "Jordan was also given $150 million by Japan for refugees.", [("JPN", "JOR")]),
    ("en", "Ukraine got promised $1bn by Canada last week.", [("CAN", "UKR")]),
    ("en", "Moldova was granted €50 million.", [(None, "MDA")]),
    (
        "en",
        "Germany announced €2bn, while Ukraine was promised €1bn by Japan.",
        [("DEU", "UKR"), ("JPN", "UKR")],
    ),
    (
        "en",
        "Germany announced €2bn, while Ukraine was promised €1bn by its allies.",
        [("DEU", "UKR"), (None, "UKR")],
    ),
    ("fr", "L'Ukraine s'est vu promettre 2 milliards d'euros par ses alliés.", [(None, "UKR")]),
    ("fr", "L'Ukraine s'est vu accorder 2 milliards d'euros par l'Allemagne.", [("DEU", "UKR")]),
    ("fr", "La Moldavie s'est vue octroyer 60 millions d'euros par la France.", [("FRA", "MDA")]),
    (
        "it",
        "L'Ucraina si è vista promettere 2 miliardi di euro dalla Germania.",
        [("DEU", "UKR")],
    ),
    ("nb", "Ukraina ble lovet 2 milliarder kroner av Norge i fjor.", [("NOR", "UKR")]),
    ("da", "Ukraine blev lovet 2 milliarder kroner af Danmark.", [("DNK", "UKR")]),
    # the dative and the impersonal forms already said so; they must stay so
    ("pl", "Ukrainie obiecano 2 mld euro.", [(None, "UKR")]),
    ("de", "Der Ukraine wurden 2 Mrd. Euro von den Verbündeten zugesagt.", [(None, "UKR")]),
    ("es", "A Ucrania se le prometieron 2.000 millones de euros.", [(None, "UKR")]),
    ("it", "All'Ucraina sono stati promessi 2 miliardi di euro dagli alleati.", [(None, "UKR")]),
    ("uk", "Україні пообіцяли 2 млрд доларів.", [(None, "UKR")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PASSIVES)
def test_a_passive_subject_receives(lang, text, expected):
    assert [(donor, recipient) for donor, recipient, _ in _rows(text, lang)] == expected


# An active verb after a form of "be" stays active: a gerund, an infinitive, "committed to",
# and an amount that is itself the passive's subject.
ACTIVES = [
    ("en", "Germany is to provide €2bn to Ukraine.", [("DEU", "UKR")]),
    ("en", "Germany is sending €2bn to Ukraine.", [("DEU", "UKR")]),
    ("en", "Germany was the first to pledge €2bn to Ukraine.", [("DEU", "UKR")]),
    ("en", "Ammunition worth €90 million was supplied by Slovakia to Ukraine.", [("SVK", "UKR")]),
    ("en", "Germany is committed to providing €2bn to Ukraine.", [("DEU", "UKR")]),
    ("nb", "Norge ble enige om å gi Ukraina 2 milliarder kroner.", [("NOR", "UKR")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ACTIVES)
def test_a_active_forms_stay_active(lang, text, expected):
    assert [(donor, recipient) for donor, recipient, _ in _rows(text, lang)] == expected


# Item b: after a word of contrast, another actor's money for its own ends (its army, its
# citizens, its budget) is its own: rejected, never a gift to the sentence's recipient.
# (lang, text, the second row's (donor, recipient, status))
OWN_ENDS = [
    (
        "en",
        "Germany pledged €1bn to Ukraine, while Russia announced €2bn for its army.",
        ("RUS", None, "rejected"),
    ),
    (
        "en",
        "Germany pledged €1bn to Ukraine, whereas Russia set aside €2bn for its own citizens.",
        ("RUS", None, "rejected"),
    ),
    (
        "de",
        "Deutschland sagte der Ukraine 1 Mrd. Euro zu, während Russland 2 Mrd. Euro für seine "
        "Armee ankündigte.",
        ("RUS", None, "rejected"),
    ),
    (
        "fr",
        "L'Allemagne a promis 1 milliard d'euros à l'Ukraine, alors que la Russie a annoncé 2 "
        "milliards d'euros pour son armée.",
        ("RUS", None, "rejected"),
    ),
    (
        "it",
        "Italia ha promesso 1 miliardo di euro all'Ucraina, mentre la Russia ha stanziato 2 "
        "miliardi di euro per il suo esercito.",
        ("RUS", None, "rejected"),
    ),
    (
        "es",
        "España prometió 1.000 millones de euros a Ucrania, mientras que Rusia anunció 2.000 "
        "millones de euros para su ejército.",
        ("RUS", None, "rejected"),
    ),
    (
        "pl",
        "Polska przekazała Ukrainie 1 mld euro, podczas gdy Rosja ogłosiła 2 mld euro na swoją "
        "armię.",
        ("RUS", None, "rejected"),
    ),
    (
        "uk",
        "Німеччина пообіцяла Україні 1 млрд євро, тоді як Росія виділила 2 млрд євро на свою "
        "армію.",
        ("RUS", None, "rejected"),
    ),
    # money for the receiver's army, named in the clause, stays a gift
    (
        "en",
        "France sent €1bn to Moldova, while Germany gave Ukraine €2bn for its army.",
        ("DEU", "UKR", "candidate"),
    ),
    (
        "en",
        "France sent €1bn to Moldova, while Germany pledged €2bn for Ukraine's army.",
        ("DEU", "UKR", "candidate"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OWN_ENDS)
def test_b_own_ends_in_a_contrast_clause(lang, text, expected):
    rows = _rows(text, lang)
    assert len(rows) == 2
    assert rows[0][2] == "candidate"
    assert rows[1] == expected


def test_b_a_receiver_names_its_own_ends():
    assert _rows("Ukraine received €2bn for its people.", "en") == [(None, "UKR", "candidate")]


# English "spending" alone is a noun, no giving verb; after a form of "be" it is one.
SPENDING = [
    ("Germany announced defence spending of $2bn.", [("DEU", None, "rejected")]),
    ("Poland unveiled military spending of €30bn.", [("POL", None, "rejected")]),
    (
        "Poland announced €1bn for Ukraine and defence spending of €30bn.",
        [("POL", "UKR", "candidate"), ("POL", None, "rejected")],
    ),
    ("Germany is spending €2bn on aid to Ukraine.", [("DEU", "UKR", "candidate")]),
    ("Norway has been spending NOK 1bn a month on Ukraine's army.", [("NOR", "UKR", "candidate")]),
]


@pytest.mark.parametrize(("text", "expected"), SPENDING)
def test_spending_as_a_noun_gives_nothing(text, expected):
    assert _rows(text, "en") == expected


# Item c: the price of a thing stated beside a pledge is no second pledge, in every news
# language and in Turkish, which has no giving verbs of its own. (lang, text)
PRICES = [
    (
        "tr",
        "Türkiye Ukrayna'ya 50 milyon dolar yardım sözü verdi; köprünün maliyeti 20 milyon dolar.",
    ),
    ("en", "Germany pledged $50m to Ukraine; the bridge costs $20m."),
    ("en", "Germany pledged $50m to Ukraine; the cost of the bridge is $20m."),
    (
        "de",
        "Deutschland sagte der Ukraine 50 Mio. Dollar zu; die Kosten der Brücke betragen "
        "20 Mio. Dollar.",
    ),
    ("pl", "Polska przekazała Ukrainie 50 mln dolarów; koszt mostu to 20 mln dolarów."),
    (
        "fi",
        "Suomi lupasi Ukrainalle 50 miljoonaa euroa; sillan kustannukset ovat 20 miljoonaa euroa.",
    ),
    ("da", "Danmark giver Ukraine 50 millioner euro; broens omkostninger er 20 millioner euro."),
    ("nb", "Norge gir Ukraina 50 millioner euro; kostnaden for broen er 20 millioner euro."),
    ("hr", "Hrvatska je Ukrajini obećala 50 milijuna eura; troškovi mosta su 20 milijuna eura."),
    ("sk", "Slovensko prisľúbilo Ukrajine 50 miliónov eur; náklady na most sú 20 miliónov eur."),
]


@pytest.mark.parametrize(("lang", "text"), PRICES)
def test_c_a_price_stated_is_no_pledge(lang, text):
    first, second = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert first["status"] == "candidate"
    assert first["value"] == 50_000_000
    assert second["status"] == "rejected"
    assert "price or cost" in second["evidence"]


# A price with a giving verb in its own clause stays a gift ("at a cost of").
def test_c_a_price_with_a_giving_verb_stays_a_gift():
    rows = _rows("Japan delivered generators to Ukraine at a cost of $20m.", "en")
    assert rows == [("JPN", "UKR", "candidate")]


def test_c_every_news_language_names_a_price():
    from aidcalc.words import NEWS_LANGUAGES, OTHER_MONEY

    assert all(OTHER_MONEY[lang].get("price") for lang in NEWS_LANGUAGES)
    assert all(OTHER_MONEY[lang].get("price") for lang in ("tr", "el", "bg"))


# Item d: Japanese, Chinese and Korean sentences name their giver and receiver without spaces.
# (text, (donor, recipient))
CJK = [
    ("日本政府はウクライナに45億ドルの追加支援を表明した。", ("JPN", "UKR")),
    ("韓国はウクライナに3億ドルの人道支援を拠出する。", ("KOR", "UKR")),
    ("日本政府はウクライナに1000億円の円借款を供与すると発表した。", ("JPN", "UKR")),
    ("米国はウクライナへ10億ドルの軍事支援を約束した。", ("USA", "UKR")),
    ("日本は国際機関を通じて1億ドルを拠出した。", ("JPN", None)),
    ("中国宣布向乌克兰提供1亿美元援助。", ("CHN", "UKR")),
    ("美国向乌克兰承诺提供10亿美元军事援助。", ("USA", "UKR")),
    ("德国给乌克兰捐助5000万欧元。", ("DEU", "UKR")),
    ("한국 정부는 우크라이나에 1억 달러 지원을 발표했다.", ("KOR", "UKR")),
    ("일본은 우크라이나에게 5억 달러를 제공하기로 약속했다.", ("JPN", "UKR")),
]


@pytest.mark.parametrize(("text", "expected"), CJK)
def test_d_cjk_giver_and_receiver(text, expected):
    ((donor, recipient, _),) = _rows(text)
    assert (donor, recipient) == expected


# A katakana name inside a longer katakana word is no country ("マリ" in "マリウポリ"); a
# sentence of no giving word names no giver.
def test_d_cjk_names_whole_and_giving_words_needed():
    from aidcalc.places import find_places

    assert [p.code for p in find_places("日本はマリウポリの復興に10億円を拠出する。")] == ["JPN"]
    ((donor, recipient, _),) = _rows("ウクライナの被害額は4860億ドルに上る。")
    assert (donor, recipient) == (None, None)


# Item c: Turkish giving verbs and the case ending after a name's apostrophe: the dative
# receives, the ablative gives, the genitive owns. (text, [(donor, recipient, status)])
TURKISH = [
    (
        "Türkiye Ukrayna'ya 50 milyon dolar yardım sözü verdi; köprünün maliyeti 20 milyon dolar.",
        [("TUR", "UKR", "candidate"), (None, None, "rejected")],
    ),
    ("Türkiye, Ukrayna'ya 100 milyon dolar insani yardım gönderdi.", [("TUR", "UKR", "candidate")]),
    ("Ukrayna, Japonya'dan 30 milyon dolar aldı.", [("JPN", "UKR", "candidate")]),
    ("Almanya Ukrayna'ya 1 milyar euro askeri yardım taahhüt etti.", [("DEU", "UKR", "candidate")]),
    ("Polonya Moldova'ya 20 milyon euro bağışladı.", [("POL", "MDA", "candidate")]),
]


@pytest.mark.parametrize(("text", "expected"), TURKISH)
def test_c_turkish_givers_by_case_endings(text, expected):
    assert _rows(text, "tr") == expected


def test_c_turkish_measure_from_its_verbs():
    (row,) = pledge_candidates(
        "Türkiye, Ukrayna'ya 100 milyon dolar insani yardım gönderdi.",
        published=PUBLISHED,
        lang="tr",
    )
    assert (row["measure"], row["category"]) == ("allocation", "humanitarian")
