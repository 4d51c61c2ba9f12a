"""Round 17 of the parse speed work changes no reading: each cheaper way to the same fact gives
what the way it replaces gives (docs/parsing.md, "Fast paths")."""

from __future__ import annotations

import pytest

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
    searched._few_words = False
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
