"""Round 16a of the extraction speed work changes no reading: the token scan that tests ASCII
letters first finds the tokens the tokenizer's own expression finds (``atoms._SCAN_TOKENS``),
and the dotted atoms ``atomize`` notes are every atom the sentence-stop cut looks at."""

from __future__ import annotations

import random
import re

import pytest

from aidcalc.parsing import atoms
from aidcalc.parsing.grammar import Reader, _split_sentence_stops
from aidcalc.parsing.lexicon import lexicon
from aidcalc.parsing.tokens import TOKEN_RE

# the scan as it was: the word alternative is the tokenizer's class of letters alone
_CLASS_ONLY = re.compile(
    rf"(\s*)((?:{atoms._WORD_PATTERN})|(?:{atoms._NUM_PATTERN})|\S)", TOKEN_RE.flags
)

# words that mix ASCII letters with others in every order, next to digits, marks, fractions,
# underscores and signs, in several scripts and languages
MIXED = [
    "Zürich gave CHF 5 Mio.",
    "Lietuva skyrė 10 mln. eurų",
    "Straße_2½m über€5m",
    "Україна отримала 5 млрд грн",
    "naïveté café 3,5 € déjà-vu",
    "x½y abcŻółw 12'000 l'euro d’euros",
    "日本は3億ドル以上 Tokyo円",
    "AbcЖdef ǅx ﬁnance ＡＢＣ",
]


@pytest.mark.parametrize("text", MIXED)
def test_the_scan_finds_the_tokens_of_the_class_alone(text):
    assert atoms._SCAN_TOKENS.findall(text) == _CLASS_ONLY.findall(text)


def test_the_scan_finds_the_tokens_of_the_class_alone_in_random_text():
    rng = random.Random(16)
    alphabet = "aZqé_1 ½⅓9.,'\u2019\u00a0\u202f-€$日本ųЖ\n\t¼xǅﬁ"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert atoms._SCAN_TOKENS.findall(text) == _CLASS_ONLY.findall(text), text


# dotted scale and currency words at a sentence end, inside one, before a currency or another
# number, in several languages, and dotted words that are neither ("Nr.", "z. B.")
DOTTED = [
    ("£4.1bn. The rest came later.", None),
    ("Rugsėjį skyrė 10 mln. eurų, o vėliau 5 mln. Eurų.", "lt"),
    ("Die Ukraine erhält 2 Mrd. Euro, dazu 3 Mrd. Mehr folgt.", "de"),
    ("Україна отримала 300 млн грн. Далі буде.", "uk"),
    ("Polska dała 5 mln zł. Potem 2 mld. zł.", "pl"),
    ("CZK 800 mil. 2 mld. Kč z. B. Nr. 5", None),
    ("Rs. 500 crore and Bs. 100 were paid. €1 bln. €1.00", None),
    ("No dotted word here, only $5m and a stop.", None),
]


@pytest.mark.parametrize(("text", "lang"), DOTTED)
def test_the_dotted_atoms_noted_while_atomizing_are_those_the_stop_cut_looks_at(text, lang):
    lex = lexicon()
    noted: list[int] = []
    found = atoms.atomize(text, lex, lang, noted)
    every = [k for k, atom in enumerate(found) if atom.kind in (atoms.SCALE, atoms.CUR)]
    assert [k for k in every if found[k].text.endswith(" .")] == noted
    assert _split_sentence_stops(found, text, lex, noted) == _split_sentence_stops(found, text, lex)
    assert Reader(text, lang, None).atoms == _split_sentence_stops(found, text, lex)
