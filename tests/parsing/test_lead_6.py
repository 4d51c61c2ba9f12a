"""Forms a lead's trial of session 6 found (issue 9), each kind with several forms:

- the American press's dotted "U.S. dollars" and the German press's "US-$" were no currency,
  so "2.3 billion U.S. dollars" was dropped from a text without a word;
- a scale word of another language in an English sentence ("5 mil euros": the Spanish and
  Portuguese thousand, where English press writes "mil" for a million) was read without saying
  so; an English sentence now confirms the English scale ("$9 billion" records no default);
- "plus" glued by a hyphen after an amount ("€5bn-plus") is more than it; the qualifier was lost.
"""

from decimal import Decimal

import pytest

from aidcalc import extract_amounts, parse_amount
from aidcalc.parsing import parse_mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The total is 2.3 billion U.S. dollars.", "USD 2300000000"),
        ("Kyiv got 500 U.S. dollars per family.", "USD 500"),
        ("U.S. dollars 5 million", "USD 5000000"),
        ("a grant of 40 million U.S. dollar", "USD 40000000"),
        ("Die Hilfe umfasst 500 Mio. US-$.", "USD 500000000"),
        ("rund 5 Mio US-$", "approx USD 5000000"),
        ("US-$ 5 Mio.", "USD 5000000"),
    ],
)
def test_press_spellings_of_the_us_dollar_read_as_usd(text, expected):
    assert str(parse_amount(text)) == expected
    assert [str(m.amount) for m in extract_amounts(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "They spent 5 mil euros on the new bridge project.",
        "The Pentagon said the United States gave $5 mil to the relief effort.",
        "Officials said the town received R$ 250 mil for its schools last year.",
    ],
)
def test_a_foreign_scale_word_in_an_english_sentence_is_an_assumption(text):
    mention = parse_mention(text)
    assert "scale-default" in mention.assumptions
    (found,) = extract_amounts(text)
    assert "scale-default" in found.assumptions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El gobierno dio 5 mil euros a la Cruz Roja.", "EUR 5000"),
        ("Portugal deu 500 mil escudos", "PTE 500000"),
    ],
)
def test_the_same_scale_word_in_its_own_language_assumes_nothing_more(text, expected):
    mention = parse_mention(text)
    assert str(mention.amount) == expected
    assert "scale-default" not in mention.assumptions


# an English sentence among sentences of other languages, so the text as a whole tells none
OTHER_SENTENCES = (
    "Die Ukraine erhält insgesamt rund 63 Mrd. Euro. W sumie Polska przekazała 3 mld zł. "
    "Au total, Paris a fourni plus de 5 milliards d'euros. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The U.S. has provided Ukraine with $35 billion in military aid since 2022.",
        "Britain will give £4.3 billion in loans to Kyiv, the Treasury said.",
        "Canada has committed C$2.4 billion to Ukraine's defence this year.",
    ],
)
def test_an_english_sentence_confirms_the_english_scale(sentence):
    *_, mention = extract_amounts(OTHER_SENTENCES + sentence)
    assert mention.amount.value in {35 * 10**9, Decimal("4.3e9"), Decimal("2.4e9")}
    assert "short-scale" not in mention.assumptions
    assert "scale-default" not in mention.assumptions


@pytest.mark.parametrize("text", ["€5 billion", "5 bln PLN", "Danmark bruger 1 billion kroner"])
def test_a_scale_word_with_no_told_sentence_still_records_its_default(text):
    assert parse_mention(text).assumptions[-1] in {"short-scale", "scale-default"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They paid €5bn-plus for the jets.", "over EUR 5000000000"),
        ("A €5-billion-plus deal was signed.", "over EUR 5000000000"),
        ("a $2 billion-plus package", "over USD 2000000000"),
        ("Kyiv wants a £500m-plus loan.", "over GBP 500000000"),
        ("a €5 million-plus-VAT bill", "EUR 5000000"),  # plus a tax, not more than
    ],
)
def test_plus_glued_by_a_hyphen_after_an_amount_is_more_than(text, expected):
    assert str(parse_amount(text)) == expected
    assert [str(m.amount) for m in extract_amounts(text)] == [expected]
