"""Not money read as money (session 14, notmoney14b).

1. A currency name that is an everyday English word ("won", the past of "win") after a bare
   number is money only with a scale word, a money word in its sentence, or a country paying
   in it named in the text (``words.en.COMMON_NOUNS``, ``MONEY_CONTEXT``).
2. A word inside one mention's span never scales another: each mention's value comes from its
   own span, so its text parses alone to the same amount.
"""

from decimal import Decimal

import pytest

from aidcalc import extract_amounts, parse_amount


@pytest.mark.parametrize(
    "text",
    [
        "Our side has 12 won and 3 lost this season.",
        "They finished with 25 won, 10 drawn and 3 lost.",
        "The club won 7, drew 2.",  # the number after the verb: never a name after a number
        "Of the matches, 40 won outright and 6 went to extra time.",
        "A record of 9 won and 1 tied.",
    ],
)
def test_won_after_a_bare_number_is_no_money_in_english(text: str) -> None:
    assert [m for m in extract_amounts(text) if m.amount.currency in ("KRW", "KPW")] == []


@pytest.mark.parametrize(
    ("text", "currency", "value"),
    [
        # a scale word
        ("Seoul pledged 300 billion won for the recovery.", "KRW", Decimal("300e9")),
        ("South Korea will give 10 billion won", "KRW", Decimal("10e9")),
        # a country paying in it, named in the text
        ("South Korea gave 500 won to each family.", "KRW", Decimal(500)),
        ("North Korea paid 700 won a month.", "KPW", Decimal(700)),
        # a money word in the sentence
        ("A ticket cost 5,000 won at the gate.", "KRW", Decimal(5000)),
        ("The grant was 800 won per head.", "KRW", Decimal(800)),
        # a symbol or a code
        ("The fee was ₩5,000.", "KRW", Decimal(5000)),
        ("It was KRW 12 in all.", "KRW", Decimal(12)),
        # Korean and another language that writes "Won" only as money
        ("5억 원", "KRW", Decimal("5e8")),
        ("Südkorea zahlt 500 Won", "KRW", Decimal(500)),
    ],
)
def test_won_that_is_money_stays_money(text: str, currency: str, value: Decimal) -> None:
    found = [m.amount for m in extract_amounts(text)]
    assert any(a.currency == currency and a.value == value for a in found), found


def test_won_in_a_sentence_without_money_next_to_one_with_money() -> None:
    text = "The team won 3 and lost 2. A loan of 900 won was paid back."
    found = extract_amounts(text)
    assert [(str(m.amount), text[m.start : m.end]) for m in found] == [("KRW 900", "900 won")]


@pytest.mark.parametrize(
    "text",
    [
        "0 $ $ k EUR 1",
        "5 $ $ m EUR 2",
        "0 $ $ million EUR 1",
        "7 € € k USD 3",
        "4 £ £ bn CHF 9",
    ],
)
def test_a_scale_inside_one_mention_never_scales_the_next(text: str) -> None:
    mentions = extract_amounts(text)
    assert len(mentions) == 2, mentions
    previous_end = 0
    for mention in mentions:
        assert mention.start >= previous_end
        previous_end = mention.end
        assert parse_amount(text[mention.start : mention.end]) == mention.amount, mention
    # the second amount is its own number, unscaled
    second = mentions[1]
    assert second.amount.value == Decimal(text.split()[-1])


@pytest.mark.parametrize(
    ("text", "second"),
    [
        # found by hypothesis at the round's base: the "m" of the first amount also scaled
        # the second
        ("1,00 € euros m €1.00", Decimal(1)),
        ("2 $ dollars m $3", Decimal(3)),
        ("5 £ pounds bn £7", Decimal(7)),
    ],
)
def test_a_scale_after_a_repeated_currency_stays_in_its_own_mention(
    text: str, second: Decimal
) -> None:
    mentions = extract_amounts(text)
    assert len(mentions) == 2, mentions
    assert mentions[1].amount.value == second
    for mention in mentions:
        assert parse_amount(text[mention.start : mention.end]) == mention.amount, mention
