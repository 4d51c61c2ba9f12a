"""Round 17 of the parse speed work changes no reading: each cheaper way to the same fact gives
what the way it replaces gives (docs/parsing.md, "Fast paths")."""

from __future__ import annotations

import pytest

from aidcalc.parsing.atoms import CUR, NUM, SCALE, WORDS
from aidcalc.parsing.grammar import Reader
from aidcalc.parsing.weighing import Weighing

# short texts in several languages and shapes, with brackets, quotes and stops that give
# ``sentence_lang`` pieces of their own, and longer ones whose sentences tell a language
TEXTS = [
    "Kč 1 billion",
    "R$ 250 mil",
    "¥1 trillion",
    "2,3 mia. kr.",
    "Fr. 50 Mio.",
    "über 2 Mrd. Dollar",
    "Norwegian kroner 10 billion",
    "€5m (€5bn)",
    '"5 mil" euros',
    "«2 Mrd.» Euro.",
    "kr 499. Ja",
    "a. b. 5 bln zł",
    "(about $5.4 billion) 5 Mrd.",
    "Die EU gibt 1 Billion Euro",
    "La France a annoncé 3 milliards d'euros (£1.5 billion).",
    'Er sagte: "We will give 2 billion dollars." Dann ging er.',
    "Kyiv got €5m. Then aid.Berlin gave\nU.S. funds of 3 bln",
    "O Brasil doou à Ucrânia 5 mil reais.",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("context", ["reader", "weighing"])
def test_few_words_answers_as_the_sentence_search(text, context):
    # a text of fewer than SENTENCE_WORDS words is answered None without looking for its
    # sentence: every offset gets what the search gives (the search forced by a False)
    from aidcalc.parsing.atoms import atomize
    from aidcalc.parsing.lexicon import lexicon

    def made():
        if context == "reader":
            return Reader(text, None, None)
        return Weighing(text, None, text, atomize(text, lexicon()))

    fast, searched = made(), made()
    searched.few_words = lambda: False  # the search, always
    for offset in range(-1, len(text) + 1):
        assert fast.sentence_lang(offset) == searched.sentence_lang(offset), (text, offset)
        assert fast.quote_lang(max(offset, 0)) == searched.quote_lang(max(offset, 0))


def test_few_words_premise():
    # the premise: both kinds of text are met, and a long one tells its sentence's language
    few = [text for text in TEXTS if Reader(text, None, None).few_words()]
    assert "Kč 1 billion" in few and "Die EU gibt 1 Billion Euro" not in few
    assert len(few) >= 8 and len(TEXTS) - len(few) >= 5
    reader = Reader("Die EU gibt 1 Billion Euro", None, None)
    assert reader.sentence_lang(12) == "de"


# a qualifier the grammar weighs where it leads the amount: a gated one ("do": Polish,
# Slovenian and Croatian "up to", the English verb; "tot": Dutch "up to"; "alle": Finnish
# "under") and a count word ("iki": Lithuanian "up to", Turkish "two"), read by the word tier
# as the general way reads them
LEADING = [
    ("do 5 mld dolarów", "up to USD 5000000000"),
    ("do 5 mld zł", "up to PLN 5000000000"),
    ("do 2 milijarde eura", "up to EUR 2000000000"),
    ("do 40 milijonov evrov", "up to EUR 40000000"),
    ("tot 5 miljoen euro", "up to EUR 5000000"),
    ("tot 1,5 miljard dollar", "up to USD 1500000000"),
    ("alle 5 miljoonaa euroa", "under EUR 5000000"),
    ("alle 2 miljardia dollaria", "under USD 2000000000"),
    ("iki 10 mln. eurų", "up to EUR 10000000"),
    ("iki 2,5 mlrd. eurų", "up to EUR 2500000000"),
    ("Iki 300 tūkst. eurų", "up to EUR 300000"),
    ("iki 1.500 mln. eurų", "up to EUR 1500000000"),
]


@pytest.mark.parametrize(("text", "expected"), LEADING)
def test_a_leading_weighed_qualifier_is_read_by_the_word_tier(text, expected):
    from aidcalc.parsing.plain import plain_amount
    from aidcalc.parsing.spaced import word_reading

    found = word_reading(text)
    assert str(found) == expected, text
    reader = Reader(text, None, None)
    general = plain_amount(reader)
    if general is None:
        general = reader.mentions(first_only=True)[0].amount
    assert repr(found) == repr(general), text


# the same qualifiers where the tier must leave the text: a gated word that fits no word of
# the amount (the English verb), a count word before a scale word or a currency (its atom and
# reading depend on the words after it), a gated word after the amount
LEFT_LEADING = [
    "do 5 million dollars",
    "tot 5 million dollars",
    "iki milyar dolar",
    "iki € 5",
    "5 mln zł do",
    "alle 5 million euros",
]


@pytest.mark.parametrize("text", LEFT_LEADING)
def test_a_leading_weighed_qualifier_that_may_not_bound_is_left(text):
    from aidcalc.parsing.spaced import word_amount

    assert word_amount(text) is None, text


# the kinds of atom ``Reader.number_at`` or ``Reader.side_at`` read a value or currency at
_READ_AT = frozenset({CUR, NUM, WORDS, SCALE})
COUNTS_BEFORE = ["5", "2,5", "1.500", "10", "1 234", "0.5"]
TAILS = ["", " mln. eurų", " €", " milyar dolar", " miliardi", " and a half", " - 3 million"]


def test_a_count_word_before_a_number_reads_no_amount():
    # the premise of the count word read right before the number: the grammar's reading at a
    # count word of any language (``Reader.amount_at``) finds nothing there, records no reason
    # and refuses no atom past it, whatever follows the number
    from aidcalc.words import COUNT_WORDS

    asked = 0
    for word in COUNT_WORDS:
        for number in COUNTS_BEFORE:
            for tail in TAILS:
                reader = Reader(f"{word} {number}{tail}", None, None)
                if reader.atoms[0].text != word or reader.atoms[0].kind in _READ_AT:
                    continue  # a currency ("bir": the birr) or a number word is read there
                if reader.atoms[1].kind != NUM:
                    continue  # no number's atom after it
                asked += 1
                assert reader.amount_at(0) is None, (word, number, tail)
                assert reader.problems == [] and reader.refused_to <= 1, (word, number, tail)
    assert asked > 500


# a currency name that is an ordinary word of some language ("lei": Italian "she"; "kip":
# Dutch "chicken"; "won": English; "som": Swedish "as"; "rand": German "edge"), as the text's
# last word right after a scaled number: money in every language, read by the word tier as
# the general way reads it
TAILS = [
    "300 milioane lei",
    "5 mln. lei",
    "1,5 miliarde lei",
    "5 milioni kip",
    "2 Millionen Rand",
    "10 mln won",
    "12 billion won",
    "5 miljoner som",
    "3 mln. de lei",
    "over 300 milioane lei",
]


@pytest.mark.parametrize("text", TAILS)
def test_an_ordinary_name_ending_a_scaled_amount_reads_as_the_general_way(text):
    from aidcalc.parsing import spaced
    from aidcalc.parsing.atoms import atomize
    from aidcalc.parsing.characters import clean
    from aidcalc.parsing.lexicon import lexicon
    from aidcalc.parsing.plain import plain_amount
    from aidcalc.parsing.spaced import joined_atoms, word_reading

    atoms = joined_atoms(clean(text)[0], lexicon())
    assert atoms is None or atoms == atomize(clean(text)[0], lexicon())
    placed = []
    keep = spaced._placed_atoms

    def recording(kept, number):
        placed.append(keep(kept, number))
        return placed[-1]

    spaced._placed_atoms = recording
    try:
        found = word_reading(text)
    finally:
        spaced._placed_atoms = keep
    # the atoms the reading put together, the name's among them, are the atomizer's
    assert all(kept == atomize(clean(text)[0], lexicon()) for kept in placed), text
    reader = Reader(text, None, None)
    general = plain_amount(reader)
    if general is None:
        mentions = reader.mentions(first_only=True)
        general = mentions[0].amount if mentions else None
    if found.__class__ is tuple:  # a refusal: the Reader's own
        assert general is None, text
        return
    assert found is None or repr(found) == repr(general), text


def test_an_ordinary_name_ending_a_scaled_amount_is_read_by_the_tier():
    # the premise: most of them no longer need a Reader; and where the name does not end the
    # text, or no scaled number stands before it, the tier leaves the text
    from aidcalc.parsing.spaced import word_amount

    read = [text for text in TAILS if word_amount(text) is not None]
    assert len(read) >= 6, read
    for text in ["lei 300", "300 lei", "300 milioane lei.", "5 mln lei de aur", "5 lei mln"]:
        assert word_amount(text) is None, text


def test_a_letter_opening_a_symbol_reads_before_a_number_as_the_general_way():
    # "R 199.99": a single letter that opens a symbol of two tokens ("R $") is read by the word
    # tier before a number, where no sign can follow it; every such letter of the lexicon, in
    # the shapes amounts take, reads as the general way reads it (or is left)
    from aidcalc.parsing.atoms import _symbol_heads
    from aidcalc.parsing.lexicon import lexicon
    from aidcalc.parsing.plain import plain_amount
    from aidcalc.parsing.spaced import word_reading

    letters = sorted(head for head in _symbol_heads(lexicon()) if len(head) == 1)
    read = 0
    for letter in letters:
        for text in (
            f"{letter} 199.99",
            f"{letter} 5 mln",
            f"{letter} 1.500",
            f"5 {letter}",
            f"about {letter} 12,50",
            f"{letter} 5 Mio.",
        ):
            found = word_reading(text)
            if found is None or found.__class__ is tuple:
                continue
            reader = Reader(text, None, None)
            general = plain_amount(reader)
            if general is None:
                mentions = reader.mentions(first_only=True)
                general = mentions[0].amount if mentions else None
            assert repr(found) == repr(general), text
            read += 1
    assert read >= 4 and "R" in letters  # the premise: "R 199.99" and its like are read
