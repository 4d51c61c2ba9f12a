"""Checks rewritten for speed give what the expressions they replace gave (issue 9, "Speed is
part of the design"): each old expression is kept here as the reference and compared on a table
of real forms and on any text hypothesis draws."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc.parsing.side_value import SENTENCE_WORDS, _has_words


def _has_words_before(piece: str, least: int) -> bool:
    """``side_value._has_words`` as it was: a generator over each word's characters."""
    count = 0
    for word in piece.split():
        if (len(word) > 1 and word.isalpha()) or sum(c.isalpha() for c in word) >= 2:
            count += 1
            if count >= least:
                return True
    return False


WORD_PIECES = [
    "AU$1.1 billion",
    "Kyiv got €5m from them",
    "Die EU gibt 1 Billion Euro",
    "£2½m for the 2nd tranche",
    "x² y³ z",
    "З 1,5 млрд доларів США",
    "Η Ελλάδα δίνει 5 εκατ. ευρώ",
    "3兆円を 拠出",
    "d'euros l'aide u.s. e.u. a b",
    "ponad 2 mld zł dla Ukrainy",
    "",
]


@pytest.mark.parametrize("piece", WORD_PIECES)
@pytest.mark.parametrize("least", [1, 2, SENTENCE_WORDS])
def test_has_words_as_before(piece, least):
    assert _has_words(piece, least) is _has_words_before(piece, least)


@given(
    st.lists(
        st.sampled_from(list("ab é1²½ .'-€$\u0301\u00a0ж日") + ["\n", "mln"]), max_size=40
    ).map("".join),
    st.integers(min_value=1, max_value=5),
)
@settings(max_examples=500, deadline=None)
def test_has_words_as_before_on_any_text(piece, least):
    assert _has_words(piece, least) is _has_words_before(piece, least)


def _agreed_codes_before(atoms):
    """``resolve.agreed_codes`` as it was: the candidates gathered before counting marks."""
    from aidcalc.parsing.resolve import candidates

    marks = [codes for codes in map(candidates, atoms) if codes]
    if len(marks) < 2:
        return None
    return frozenset.intersection(*marks)


def _marks_before(currency):
    """``grammar._marks`` as it was: the filter run over one mark too."""
    return [
        atom
        for i, atom in enumerate(currency)
        if not (
            i
            and atom.adjacent
            and not atom.is_name
            and isinstance(currency[i - 1].data, str)
            and currency[i - 1].end == atom.start
        )
    ]


# amounts with no, one or several currency marks, in several languages and writings
MARKED_AMOUNTS = [
    "€5 million",
    "5 Mio. Euro",
    "¥100 yuan",
    "$1,190.00 AUD",
    "€100 USD",
    "MOP$ 5 million",
    "CUC$20",
    "€5 million euros",
    "2,5 mld zł",
    "500 млн грн",
    "5 million",
    "kr 499",
]


@pytest.mark.parametrize("text", MARKED_AMOUNTS)
def test_currency_marks_and_their_agreement_as_before(text):
    from aidcalc.parsing.atoms import CUR
    from aidcalc.parsing.grammar import Reader, _marks
    from aidcalc.parsing.resolve import agreed_codes

    marks = [atom for atom in Reader(text, None, None).atoms if atom.kind == CUR]
    for count in range(len(marks) + 1):
        some = marks[:count]
        assert _marks(some) == _marks_before(some)
        assert _marks(some) is not some  # a list of its own, as before
        assert agreed_codes(some) == _agreed_codes_before(some)


# ``grammar.Reader.__init__`` sets every attribute a reader has, so that the readers share one
# layout of attributes: reading (the plain shapes, the grammar, the restatement check, the
# refusals) adds none
READ_TEXTS = [
    ("€5 million (€5 billion)", None),
    ("10 million euros ($11 million)", None),
    ("300 to 400 million euros", None),
    ("rose from €5bn to €8bn", None),
    ("2,8 Mrd. Euro", "de"),
    ("kr 499", None),
    ("75 milliarder kroner", "nb"),
    ("do 5 mld dolarów", "pl"),
    ("понад 683 млн євро", None),
    ("€1 = $1.09", None),
    ("a country of 2.8 million", None),
    ("$5 million", "en_AU"),
]


@pytest.mark.parametrize(("text", "lang"), READ_TEXTS)
def test_reading_adds_no_attribute_to_a_reader(text, lang):
    from aidcalc.parsing.grammar import Reader
    from aidcalc.parsing.plain import plain_mention

    reader = Reader(text, lang, "CAD" if lang == "en_AU" else None)
    before = list(vars(reader))
    plain_mention(reader)
    reader.mentions()
    reader.explain()
    reader.sentence_cuts()
    reader.text_lang()
    reader.text_marks()
    assert list(vars(reader)) == before


def _simple_re_before():
    """``parsing._SIMPLE_RE`` as it was: its qualifiers one flat alternation, longest first."""
    import re

    from aidcalc import parsing

    flat = "|".join(sorted(map(re.escape, parsing._SIMPLE_QUALIFIERS), key=len, reverse=True))
    grouped = parsing._qualifier_alternatives(parsing._SIMPLE_QUALIFIERS)
    assert grouped in parsing._SIMPLE_RE.pattern
    return re.compile(parsing._SIMPLE_RE.pattern.replace(grouped, flat), parsing._SIMPLE_RE.flags)


SIMPLE_TEXTS = [
    "€5 million",
    "about $50 million",
    "About $50 million",
    "up to €5 billion",
    "Up to £2bn",
    "more than $61 billion",
    "at least USD 250,000",
    "over 683 million EUR",
    "~$40bn",
    "≈ €3m",
    "nearly $1 trillion",
    "almost €5m",
    "upto $5m",
    "about$5m",
    "approximately 10 million €",
    "some $400 million",
    " $.5 billion ",
    "USD 250,000",
    "between $1bn and $2bn",
    "rund 5 Mrd. €",
]


@pytest.mark.parametrize("text", SIMPLE_TEXTS)
def test_simple_expression_matches_as_before(text):
    from aidcalc import parsing

    before = _simple_re_before().fullmatch(text)
    after = parsing._SIMPLE_RE.fullmatch(text)
    assert (before is None) is (after is None)
    if before is not None:
        assert before.groupdict() == after.groupdict()
        assert before.regs == after.regs


def _simple_pieces():
    from aidcalc import parsing

    return sorted(parsing._SIMPLE_QUALIFIERS) + [
        " ", "$", "€", "£", "US $", "C$", "USD", "EUR", "5", "1,500", "2.5", ".5", "m", "bn",
        "million", "x", "a", "ab", "up", "~",
    ]  # fmt: skip


@given(st.lists(st.sampled_from(_simple_pieces()), min_size=1, max_size=6).map("".join))
@settings(max_examples=500, deadline=None)
def test_simple_expression_matches_as_before_on_any_text(text):
    from aidcalc import parsing

    before = _simple_re_before().fullmatch(text)
    after = parsing._SIMPLE_RE.fullmatch(text)
    assert (before is None) is (after is None)
    if before is not None:
        assert before.regs == after.regs
