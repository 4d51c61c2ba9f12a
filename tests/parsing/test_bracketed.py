"""``parsing.bracketed``: whether a plain amount's bracketed restatement is a thousandfold pair,
read without a second whole reading, says what the whole reading says (issue 9, speed).

Each text is answered twice: by ``bracket_shape`` and ``bracket_problems`` (the fast way), and
by ``Reader.mentions`` over the whole text (the way ``parse_amount`` took before); the
thousandfold reasons must be the same, and ``parse_amount`` must raise or return the same.
"""

from __future__ import annotations

import pytest

from aidcalc import ParseError, extract_amounts, parse_amount
from aidcalc.parsing.bracketed import bracket_problems, bracket_shape
from aidcalc.parsing.grammar import Reader
from aidcalc.parsing.plain import plain_mention

# (text, the fast way answers it): a plain amount before a bracket holding one amount
BRACKETS = [
    ("10 million euros ($11 million)", True),
    ("over 683 million euros (approximately $763 million)", True),
    ("€5 million (€5 billion)", True),  # same currency, a thousandfold apart
    ("€5 million ($5.4 billion)", True),  # another currency, a thousandfold apart
    ("€5 million ($5.4 million).", True),
    ("2,8 Mrd. Euro (3 Mrd. Dollar)", True),
    ("2,8 Mrd. Euro (3 Mio. Dollar)", True),
    ("rund 2,8 Mrd. Euro (etwa 3 Mrd. US-Dollar)", True),
    ("1,5 mld zł (ok. 350 mln euro)", True),
    ("1,5 mld zł (ok. 350 tys. euro)", True),
    ("10 mln. eurų (11 mln. dolerių)", True),
    ("2 millions d'euros (2,2 millions de dollars)", True),
    ("500 millones de euros (540 millones de dólares)", True),
    ("500 millones de euros (540 mil millones de dólares)", True),
    ("1,5 млрд гривень (40 млн доларів)", True),
    ("1,5 млрд гривень (40 млрд доларів)", True),
    ("NOK 1.25 billion ($115 million)", True),
    ("£2.3bn ($2.9bn)", True),
    ("£2.3bn ($2.9m)", True),
    ("Kyiv got €5m ($5.4m)", True),
    ("€5m (£4.3m)", True),
    # other shapes: the whole text is read as before
    ("€5m in aid ($5.4m)", False),  # words between the amount and the bracket
    ("€5m (about $5.4m for demining)", False),  # words in the bracket
    ("€5m (€5bn) more", False),  # the bracket does not close the text
    ("€5m (2024: $5.4m)", False),
    ("€5m ($5.4m, €1m of it in 2024)", False),
]


def _whole(text: str) -> list[str]:
    reader = Reader(text, None, None)
    reader.mentions()
    return [message for _, message in reader.problems if "thousandfold apart" in message]


@pytest.mark.parametrize(("text", "fast"), BRACKETS)
def test_the_bracket_check_says_what_the_whole_reading_says(text, fast):
    reader = Reader(text, None, None)
    first = plain_mention(reader)
    shape = None if first is None else bracket_shape(reader, first)
    assert (shape is not None) == fast
    if shape is None:
        return
    problems = bracket_problems(reader, first, shape)
    assert problems is not None
    assert [message for _, message in problems if "thousandfold apart" in message] == _whole(text)


THOUSANDFOLD = [
    "€5 million (€5 billion)",
    "€5 million ($5.4 billion)",
    "2,8 Mrd. Euro (3 Mio. Dollar)",
    "1,5 mld zł (ok. 350 tys. euro)",
    "500 millones de euros (540 mil millones de dólares)",
    "1,5 млрд гривень (40 млрд доларів)",
    "£2.3bn ($2.9m)",
]


@pytest.mark.parametrize("text", THOUSANDFOLD)
def test_a_thousandfold_bracket_is_refused_with_the_whole_readings_reason(text):
    reasons = _whole(text)
    assert reasons  # the premise: extraction leaves both out
    with pytest.raises(ParseError, match="thousandfold apart") as raised:
        parse_amount(text)
    assert str(raised.value).startswith(reasons[0])
    assert extract_amounts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10 million euros ($11 million)", "EUR 10000000"),
        ("over 683 million euros (approximately $763 million)", "over EUR 683000000"),
        ("2,8 Mrd. Euro (3 Mrd. Dollar)", "EUR 2800000000"),
        ("1,5 mld zł (ok. 350 mln euro)", "PLN 1500000000"),
        ("10 mln. eurų (11 mln. dolerių)", "EUR 10000000"),
        ("€5m in aid ($5.4m)", "EUR 5000000"),
        ("€5m (about $5.4m for demining)", "EUR 5000000"),
    ],
)
def test_a_plausible_bracket_leaves_the_first_amount(text, expected):
    assert str(parse_amount(text)) == expected


# the caller's language or currency hint reaches the bracket's reading as it reaches the
# whole reading: both ways must still agree
TOLD = [
    ("2,8 Mrd. Euro (3 Mrd. Dollar)", "de", None),
    ("2,8 Mrd. Euro (3 Billionen Dollar)", "de", None),
    ("5 millions d'euros (5 milliards de dollars)", "fr", None),
    ("€5 million ($5.4 billion)", None, "CAD"),
    ("€5 million ($5.4 million)", None, "AUD"),
    ("1,5 mld zł (350 mln $)", "pl", None),
    ("€5 billion ($5.4 billion)", "en_CA", None),
]


def _whole_told(text: str, lang, hint) -> list[str]:
    reader = Reader(text, lang, hint)
    reader.mentions()
    return [message for _, message in reader.problems if "thousandfold apart" in message]


@pytest.mark.parametrize(("text", "lang", "hint"), TOLD)
def test_the_bracket_check_agrees_with_the_whole_reading_given_a_language_or_hint(text, lang, hint):
    reader = Reader(text, lang, hint)
    first = plain_mention(reader)
    assert first is not None
    shape = bracket_shape(reader, first)
    assert shape is not None
    problems = bracket_problems(reader, first, shape)
    assert problems is not None
    fast = [message for _, message in problems if "thousandfold apart" in message]
    assert fast == _whole_told(text, lang, hint)
    if fast:
        with pytest.raises(ParseError, match="thousandfold apart"):
            parse_amount(text, lang=lang, currency_hint=hint)
    else:
        assert parse_amount(text, lang=lang, currency_hint=hint) == first.amount


# ``bracket_problems`` answers without the loop's last steps when the two values are far from
# any ratio at which a thousandfold rule may hold (``bracketed._zones``): every pair below, of
# firsts with and without a scale word and brackets in several languages and currencies, at
# ratios near and far from those rules, must still give the whole reading's reasons
FIRSTS = ["€{v}m", "{v} million euros", "2,{v} Mrd. Euro", "NOK {v} billion", "{v} mln zł", "€{v}"]
INSIDE = [
    "${v} million",
    "about £{v}bn",
    "{v} mln euro",
    "ok. {v} tys. euro",
    "€{v} million",
    "{v} milliards de dollars",
    "CHF {v} Mio.",
    "{v} млн доларів",
]
VALUES = ["1", "5", "11", "950", "1200", "4.5"]


@pytest.mark.parametrize("first", FIRSTS)
@pytest.mark.parametrize("inside", INSIDE)
def test_the_quick_answer_agrees_with_the_loops_steps(first, inside):
    for low in ("5", "8"):
        for value in VALUES:
            text = f"{first.format(v=low)} ({inside.format(v=value)})"
            reader = Reader(text, None, None)
            found = plain_mention(reader)
            shape = None if found is None else bracket_shape(reader, found)
            if shape is None:
                continue
            problems = bracket_problems(reader, found, shape)
            if problems is None:
                continue
            quick = [message for _, message in problems if "thousandfold apart" in message]
            assert quick == _whole(text), text
