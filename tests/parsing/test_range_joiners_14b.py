"""Ranges and lists joined by words of one language (the "rangejoin14b" branch).

Range openers and joiners are looked up in every language, and many are ordinary words of
another: Slovenian "med … in" (between … and) is the Scandinavian "with" and the English "in".
So an opener joins only with a joiner of its own language (a known frame:
``aidcalc.parsing.atoms.range_frame``), in the grammar and in the list reading alike:

1. "between X and Y million" reads as the range X–Y million in every news language, the
   language given or guessed (Slovenian "med … in" was EUR 3 million, silently; Polish "między
   … a" read only through the Czech "a"; Macedonian "меѓу … и" with ``lang="mk"`` was the top
   alone; Finnish writes "välillä" after the range and was two amounts);
2. an opener and a joiner of different languages frame nothing ("med 2 och 3 miljoner
   kronor" is the Swedish list it always was; "between €5bn in March" no range), and English
   keeps every reading ("$5m in aid");
3. the list words of the new languages list bare numbers before a scale and currency written
   once ("2 и 3 милиони евра": two amounts, not the top alone).
"""

from __future__ import annotations

import pytest

from aidcalc import extract_amounts, parse_amount
from aidcalc.parsing.atoms import range_frame
from aidcalc.words import LANGUAGES, RANGE_JOINER_LANGS, RANGE_OPENER_LANGS

# --- 1. a range between two numbers, in each language ------------------------------------------

RANGES = [  # (lang, text, the range, the mention's text)
    ("sl", "med 2 in 3 milijoni evrov", "EUR 2000000-3000000", "med 2 in 3 milijoni evrov"),
    ("sl", "Slovenija bo prispevala med 1,5 in 2 milijona evrov.", "EUR 1500000-2000000",
     "med 1,5 in 2 milijona evrov"),
    ("sl", "Vlada daje med 20 in 30 milijoni evrov.", "EUR 20000000-30000000",
     "med 20 in 30 milijoni evrov"),
    ("sl", "med 2 mio. in 3 mio. EUR", "EUR 2000000-3000000", "med 2 mio. in 3 mio. EUR"),
    ("mk", "меѓу 2 и 3 милиони евра", "EUR 2000000-3000000", "меѓу 2 и 3 милиони евра"),
    ("ru", "между 2 и 3 млн долларов", "USD 2000000-3000000", "между 2 и 3 млн долларов"),
    ("bg", "между 4 и 6 милиона евро", "EUR 4000000-6000000", "между 4 и 6 милиона евро"),
    ("sr", "између 2 и 3 милиона евра", "EUR 2000000-3000000", "између 2 и 3 милиона евра"),
    ("hr", "između 2 i 3 milijuna eura", "EUR 2000000-3000000", "između 2 i 3 milijuna eura"),
    ("cs", "mezi 2 a 3 miliony eur", "EUR 2000000-3000000", "mezi 2 a 3 miliony eur"),
    ("sk", "medzi 2 a 3 miliónmi eur", "EUR 2000000-3000000", "medzi 2 a 3 miliónmi eur"),
    ("pl", "między 2 a 3 mln euro", "EUR 2000000-3000000", "między 2 a 3 mln euro"),
    ("pl", "pomiędzy 5 a 10 mln zł", "PLN 5000000-10000000", "pomiędzy 5 a 10 mln zł"),
    ("pt", "entre 2 e 3 milhões de euros", "EUR 2000000-3000000",
     "entre 2 e 3 milhões de euros"),
    ("it", "tra 2 e 3 milioni di euro", "EUR 2000000-3000000", "tra 2 e 3 milioni di euro"),
    ("nl", "tussen 2 en 3 miljoen euro", "EUR 2000000-3000000", "tussen 2 en 3 miljoen euro"),
    ("de", "zwischen 2 und 3 Millionen Euro", "EUR 2000000-3000000",
     "zwischen 2 und 3 Millionen Euro"),
    ("sv", "mellan 2 och 3 miljoner euro", "EUR 2000000-3000000",
     "mellan 2 och 3 miljoner euro"),
    ("da", "mellem 2 og 3 millioner euro", "EUR 2000000-3000000",
     "mellem 2 og 3 millioner euro"),
    ("nb", "mellom 2 og 3 millioner euro", "EUR 2000000-3000000",
     "mellom 2 og 3 millioner euro"),
    ("uk", "між 2 і 3 мільйонами гривень", "UAH 2000000-3000000",
     "між 2 і 3 мільйонами гривень"),
    ("da", "fra 2 til 3 millioner euro", "EUR 2000000-3000000", "fra 2 til 3 millioner euro"),
    ("nb", "fra 4 til 6 millioner euro", "EUR 4000000-6000000", "fra 4 til 6 millioner euro"),
    ("ru", "между 10 долларами и 20 долларами", "USD 10-20",
     "между 10 долларами и 20 долларами"),
    ("fi", "Suomi antaa 2 ja 3 miljoonan euron välillä.", "EUR 2000000-3000000",
     "2 ja 3 miljoonan euron"),
    ("en", "between 2 and 3 million euros", "EUR 2000000-3000000",
     "between 2 and 3 million euros"),
]  # fmt: skip


@pytest.mark.parametrize("told", [True, False], ids=["lang-given", "lang-guessed"])
@pytest.mark.parametrize(("lang", "text", "expected", "shown"), RANGES)
def test_between_reads_the_range(told, lang, text, expected, shown):
    kwargs = {"lang": lang} if told else {}
    mentions = extract_amounts(text, **kwargs)
    assert [str(m.amount) for m in mentions] == [expected]
    assert text[mentions[0].start : mentions[0].end] == shown
    assert str(parse_amount(text, **kwargs)) == expected


# --- 2. an opener and a joiner of two languages frame nothing ----------------------------------

NO_RANGE = [  # (text, the amounts, the first mention's text)
    ("$5m in aid", ["USD 5000000"], "$5m"),
    ("The EU gave €5m in aid and $3m in loans.", ["EUR 5000000", "USD 3000000"], "€5m"),
    ("They gave between €5bn in March.", ["EUR 5000000000"], "€5bn"),
    ("Only 1 in 3 million euros reached the camps.", ["EUR 3000000"], "3 million euros"),
    # Swedish and Danish "med" (with) before a list: two amounts, as before
    ("Regeringen bidrar med 2 och 3 miljoner kronor.", ["SEK 2000000", "SEK 3000000"], "2"),
    ("Danmark bidrager med 2 og 3 millioner kroner.", ["DKK 2000000", "DKK 3000000"], "2"),
    # "med" before one amount opens nothing: the mention starts at the amount
    ("Sverige bidrar med 5 miljarder kronor till Ukraina.", ["SEK 5000000000"],
     "5 miljarder kronor"),
    # a joiner of its own that joins alone still joins, without the foreign opener
    ("Norge bidrar med 2 til 3 milliarder kroner.", ["NOK 2000000000-3000000000"],
     "2 til 3 milliarder kroner"),
    ("Sverige bidrar med 2 till 3 miljarder kronor.", ["SEK 2000000000-3000000000"],
     "2 till 3 miljarder kronor"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "shown"), NO_RANGE)
def test_foreign_opener_and_joiner_frame_nothing(text, expected, shown):
    mentions = extract_amounts(text)
    assert [str(m.amount) for m in mentions] == expected
    assert text[mentions[0].start : mentions[0].end] == shown


# --- 3. list words of the new languages --------------------------------------------------------

LISTS = [  # (lang, text, the amounts)
    ("mk", "Владата дава 2 и 3 милиони евра.", ["EUR 2000000", "EUR 3000000"]),
    ("fi", "Suomi antaa 2 ja 3 miljoonaa euroa.", ["EUR 2000000", "EUR 3000000"]),
]


@pytest.mark.parametrize("told", [True, False], ids=["lang-given", "lang-guessed"])
@pytest.mark.parametrize(("lang", "text", "expected"), LISTS)
def test_list_words_list_the_numbers(told, lang, text, expected):
    mentions = extract_amounts(text, **({"lang": lang} if told else {}))
    assert [str(m.amount) for m in mentions] == expected
    assert all("shared-currency" in m.assumptions for m in mentions)


# --- the frame rule itself ----------------------------------------------------------------------


def _words(module, name):
    return [w.casefold() for w in getattr(module, name, ())]


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_each_language_frames_its_own_words(code):
    module = LANGUAGES[code]
    for opener in _words(module, "RANGE_OPENERS"):
        for joiner in _words(module, "RANGE_JOINERS"):
            assert range_frame(opener, joiner), (code, opener, joiner)
        assert range_frame(opener, "–") and range_frame(opener, "-")


CROSSED = [  # an opener of one language, a joiner that is only another's
    ("med", "och"),  # Slovenian "between", Swedish "and"
    ("med", "og"),
    ("between", "in"),  # English "between", Slovenian "and"
    ("med", "and"),
    ("tussen", "und"),
    ("zwischen", "en"),
]


@pytest.mark.parametrize(("opener", "joiner"), CROSSED)
def test_crossed_words_frame_nothing(opener, joiner):
    assert not range_frame(opener, joiner)
    for told in (*RANGE_OPENER_LANGS.get(opener, ()), *RANGE_JOINER_LANGS.get(joiner, ())):
        assert not range_frame(opener, joiner, told=told), told


THIRD_LANGUAGE = [  # Catalan, which no module curates: "entre … i" keeps the range it was
    ("entre 10 i 20 dòlars", "USD 10-20"),
    ("El govern dona entre 2 i 3 milions d'euros.", "EUR 2000000-3000000"),
]


@pytest.mark.parametrize(("text", "expected"), THIRD_LANGUAGE)
def test_a_third_language_keeps_its_range(text, expected):
    assert [str(m.amount) for m in extract_amounts(text, lang="ca")] == [expected]
