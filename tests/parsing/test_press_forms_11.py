"""Issue 11, words11: forms of the Nordic, Central European, Romance and Turkish press the
parser dropped or misread with no refusal. One table per kind, several forms of each in
several languages, on ``extract_amounts`` (with ``refused=``) and ``parse_amount``."""

from __future__ import annotations

import pytest

from aidcalc import ParseError, extract_amounts, parse_amount


def _read(text: str, lang: str | None = None) -> tuple[list[tuple[str, int | None]], list]:
    refused: list = []
    found = extract_amounts(text, lang=lang, refused=refused)
    return [(str(m.amount), m.equivalent_of) for m in found], refused


# --- 1. a scale glued to "kr", "mdr", "millardos" ----------------------------------------------

GLUED_AND_SCALES = [  # (text, lang, amounts): the country or language decides "kr"
    ("Sverige ger Ukraina 500 mkr i humanitärt stöd.", None, ["SEK 500000000"]),
    ("Sverige ger Ukraina 500 Mkr i humanitärt stöd.", None, ["SEK 500000000"]),
    ("Regeringen i Sverige anslår 250 mnkr till minröjning.", None, ["SEK 250000000"]),
    ("Sverige skickar 6,5 mdkr i militärt stöd.", None, ["SEK 6500000000"]),
    ("Stödet från Sverige uppgår till 1,2 mdkr.", None, ["SEK 1200000000"]),
    ("Sverige ger 2,5 mdr kr till Ukraina.", None, ["SEK 2500000000"]),
    ("Sverige ger 2,5 mdr. kr till Ukraina.", None, ["SEK 2500000000"]),
    ("Totalt 40 mkr och 1,5 mdkr går till Ukraina från Sverige.", None,
     ["SEK 40000000", "SEK 1500000000"]),
    ("Ukraina får 40 mkr från Sverige.", "sv", ["SEK 40000000"]),
    ("Dessutom ger regeringen 500 mkr.", "sv", ["SEK 500000000"]),
    # the Norwegian and Danish abbreviations before a spaced "kr"
    ("Norge gir 2 mrd. kr til Ukraina.", None, ["NOK 2000000000"]),
    ("Norge gir 2 mrd kr til Ukraina.", None, ["NOK 2000000000"]),
    ("Norge gir 300 mill. kr til Ukraina.", None, ["NOK 300000000"]),
    ("Danmark giver 2 mia. kr til Ukraine.", None, ["DKK 2000000000"]),
    ("Danmark giver 2 mia kr til Ukraine.", None, ["DKK 2000000000"]),
    ("Danmark giver 300 mio. kr til Ukraine.", None, ["DKK 300000000"]),
    # the Spanish "millardo", a thousand million
    ("España aporta 1,2 millardos de euros a Ucrania.", None, ["EUR 1200000000"]),
    ("El Gobierno aprobó un millardo de euros para Kiev.", "es", ["EUR 1000000000"]),
    ("Venezuela recibió 3 millardos de dólares.", None, ["USD 3000000000"]),
    ("España aporta 1,2 millardos de euros, es decir, unos 1,3 millardos de dólares.", None,
     ["EUR 1200000000", "approx USD 1300000000"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "amounts"), GLUED_AND_SCALES)
def test_glued_scales_and_scale_words_are_read(text, lang, amounts):
    found, refused = _read(text, lang)
    assert [amount for amount, _ in found] == amounts
    assert refused == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("500 mkr", "500000000"), ("6,5 mdkr", "6500000000"), ("250 mnkr", "250000000"),
     ("2,5 mdr kr", "2500000000"), ("1,2 millardos de euros", "1200000000")],
)  # fmt: skip
def test_glued_scales_alone_say_what_they_assume(text, value):
    amount = parse_amount(text)
    assert str(amount.value) == value
    if "kr" in text:  # no country: "kr" is the crown of the glued word's language, said so
        assert amount.currency == "SEK"
        with pytest.raises(ParseError):
            parse_amount(text, strict=True)


@pytest.mark.parametrize(
    "text",
    ["6,5 mdkr", "500 mkr"],
)
def test_glued_kr_in_english_is_refused_as_ambiguous(text):
    with pytest.raises(ParseError, match="ambiguous"):
        parse_amount(text, lang="en")


@pytest.mark.parametrize(
    "text",
    ["Mkr-kontot växer", "mdkr", "Se mkr och mdkr i tabellen.", "Han sa mkr."],
)
def test_glued_scale_words_need_a_number_before(text):
    assert _read(text) == ([], [])


# --- 3. a restatement linked by a word, with a qualifier after it -----------------------------

WORD_LINKED = [  # (text, [(amount, equivalent_of)])
    ("L'Italia stanzierà per l'Ucraina 3 miliardi di euro, ovvero circa 3,2 miliardi di dollari.",
     [("EUR 3000000000", None), ("approx USD 3200000000", 0)]),
    ("L'Italia stanzierà 3 miliardi di euro, ovvero 3,2 miliardi di dollari.",
     [("EUR 3000000000", None), ("USD 3200000000", 0)]),
    ("L'Italia dà 3 miliardi di euro, cioè circa 3,2 miliardi di dollari.",
     [("EUR 3000000000", None), ("approx USD 3200000000", 0)]),
    ("L'Italia dà 3 miliardi di euro, pari a circa 3,2 miliardi di dollari.",
     [("EUR 3000000000", None), ("approx USD 3200000000", 0)]),
    ("Suomi antaa Ukrainalle 1 miljardin euron paketin eli noin 1,1 miljardia dollaria.",
     [("EUR 1000000000", None), ("approx USD 1100000000", 0)]),
    ("Suomi antaa 1 miljardin euron tukipaketin eli noin 1,1 miljardia dollaria.",
     [("EUR 1000000000", None), ("approx USD 1100000000", 0)]),
    ("Suomi antaa 1 miljardin euron paketin eli 1,1 miljardia dollaria.",
     [("EUR 1000000000", None), ("USD 1100000000", 0)]),
    ("Suomi antaa 1 miljardi euroa eli noin 1,1 miljardia dollaria.",
     [("EUR 1000000000", None), ("approx USD 1100000000", 0)]),
    ("Polska przekaże 2 mld zł, czyli około 500 mln euro.",
     [("PLN 2000000000", None), ("approx EUR 500000000", 0)]),
    ("Deutschland gibt 2 Mrd. Euro, d.h. rund 2,2 Mrd. Dollar.",
     [("EUR 2000000000", None), ("approx USD 2200000000", 0)]),
    ("La France donne 2 milliards d'euros, soit environ 2,2 milliards de dollars.",
     [("EUR 2000000000", None), ("approx USD 2200000000", 0)]),
    ("Britain gives £2bn, or about $2.5bn, to Kyiv.",
     [("GBP 2000000000", None), ("approx USD 2500000000", 0)]),
    ("España da 2.000 millones de euros, o sea unos 2.200 millones de dólares.",
     [("EUR 2000000000", None), ("approx USD 2200000000", 0)]),
    ("Portugal dá 2.000 milhões de euros, ou seja cerca de 2.200 milhões de dólares.",
     [("EUR 2000000000", None), ("approx USD 2200000000", 0)]),
    ("Danmark giver 2 mia. kr., dvs. omkring 300 mio. euro.",
     [("DKK 2000000000", None), ("approx EUR 300000000", 0)]),
    ("Sverige ger 10 miljarder kronor, motsvarande cirka 900 miljoner euro.",
     [("SEK 10000000000", None), ("approx EUR 900000000", 0)]),
    ("Česko dá 1 mld. Kč, tedy zhruba 40 mil. eur.",
     [("CZK 1000000000", None), ("approx EUR 40000000", 0)]),
    ("Türkiye 1 milyar lira, yani yaklaşık 30 milyon dolar verecek.",
     [("1000000000 TRY", None), ("approx USD 30000000", 0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "readings"), WORD_LINKED)
def test_a_link_word_and_a_qualifier_link_a_restatement(text, readings):
    assert _read(text) == (readings, [])


NOT_LINKED = [  # a word that is no noun of aid, or two words, between: two amounts
    ("Suomi antaa 1 miljardin euron ihmisille eli 1,1 miljardia dollaria.",
     [("EUR 1000000000", None), ("USD 1100000000", None)]),
    ("Suomi antaa 1 miljardin euron paketin huomenna eli 1,1 miljardia dollaria.",
     [("EUR 1000000000", None), ("USD 1100000000", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "readings"), NOT_LINKED)
def test_other_words_before_the_link_link_nothing(text, readings):
    assert _read(text) == (readings, [])


# --- 4. last year's figure in brackets is a value before ---------------------------------------


def _changes(text: str, lang: str | None = None) -> list[tuple[str, int | None]]:
    return [(str(m.amount), m.changed_to) for m in extract_amounts(text, lang=lang)]


PERIOD_BEFORE = [  # (text, [(amount, changed_to)])
    ("Nederland geeft Oekraïne 500 miljoen euro (vorig jaar 400 miljoen euro).",
     [("EUR 500000000", None), ("EUR 400000000", 0)]),
    ("Nederland geeft Oekraïne 500 miljoen euro (400 miljoen euro vorig jaar).",
     [("EUR 500000000", None), ("EUR 400000000", 0)]),
    ("Nederland geeft Oekraïne 500 miljoen euro (vorig jaar 400 miljoen).",
     [("EUR 500000000", None), ("EUR 400000000", 0)]),
    ("Česko dá Ukrajině 1 mld. Kč (loni 800 mil. Kč).",
     [("CZK 1000000000", None), ("CZK 800000000", 0)]),
    ("Česko dá Ukrajině 1 mld. Kč (v loňském roce 800 mil. Kč).",
     [("CZK 1000000000", None), ("CZK 800000000", 0)]),
    ("Sverige ger Ukraina 10 miljarder kronor (förra året 8 miljarder kronor).",
     [("SEK 10000000000", None), ("SEK 8000000000", 0)]),
    ("Sverige ger Ukraina 10 miljarder kronor (förra året: 8 miljarder).",
     [("SEK 10000000000", None), ("SEK 8000000000", 0)]),
    ("Sverige ger Ukraina 10 miljarder kronor (i fjol 8 miljarder kronor).",
     [("SEK 10000000000", None), ("SEK 8000000000", 0)]),
    ("La France donne 2 milliards d'euros (l’an dernier 1,5 milliard).",
     [("EUR 2000000000", None), ("EUR 1500000000", 0)]),
    ("Deutschland gibt 8 Mrd. Euro (im Vorjahr: 7 Mrd. Euro).",
     [("EUR 8000000000", None), ("EUR 7000000000", 0)]),
    ("Polska daje 2 mld zł (w zeszłym roku 1,5 mld zł).",
     [("PLN 2000000000", None), ("PLN 1500000000", 0)]),
    ("Україна отримає 500 млн євро (торік 400 млн євро).",
     [("EUR 500000000", None), ("EUR 400000000", 0)]),
    ("Britain gives £2bn (last year $1.5bn).",
     [("GBP 2000000000", None), ("USD 1500000000", 0)]),
    ("Suomi antaa 100 miljoonaa euroa (viime vuonna 80 miljoonaa euroa).",
     [("EUR 100000000", None), ("EUR 80000000", 0)]),
    ("España da 1.000 millones de euros (el año pasado 800 millones de euros).",
     [("EUR 1000000000", None), ("EUR 800000000", 0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "readings"), PERIOD_BEFORE)
def test_last_years_figure_in_brackets_is_a_value_before(text, readings):
    assert _changes(text) == readings


STILL_AMOUNTS = [  # the same words outside a bracket, or a bracket of other words: no change
    ("Nederland geeft 500 miljoen euro en gaf vorig jaar 400 miljoen euro.",
     [("EUR 500000000", None), ("EUR 400000000", None)]),
    ("Nederland geeft 500 miljoen euro (vorig jaar gaf het 400 miljoen euro).",
     [("EUR 500000000", None), ("EUR 400000000", None)]),
    ("Sverige ger 10 miljarder kronor (varav 8 miljarder kronor i år).",
     [("SEK 10000000000", None), ("SEK 8000000000", None)]),
    ("Britain gives £2bn (about $2.5bn).",
     [("GBP 2000000000", None), ("approx USD 2500000000", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "readings"), STILL_AMOUNTS)
def test_other_brackets_change_nothing(text, readings):
    assert _changes(text) == readings


def test_a_bare_scale_of_two_powers_in_last_years_bracket_is_not_guessed():
    # "mil." is a Czech million and "mil" a Spanish thousand: a bare number there is left unread
    # rather than read at a guessed power (the amount in its own currency is read as above)
    assert _changes("Česko dá Ukrajině 1 mld. Kč (loni 800 mil.).") == [("CZK 1000000000", None)]
