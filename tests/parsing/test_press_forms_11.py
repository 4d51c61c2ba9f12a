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
