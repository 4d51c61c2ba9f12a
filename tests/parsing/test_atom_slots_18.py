"""Atoms are a class with ``__slots__`` (issue 9, session 18): the atomizer's hot loops set the
seven slots of each atom in place (``atoms._ATOM_NEW``), the spaced tier moves remembered
fields to where a unit starts. Every atom they make must have all seven set, equal the atom
``Atom(*fields)`` makes, and never pass for a tuple."""

import pytest

from aidcalc.parsing.atoms import Atom, atomize
from aidcalc.parsing.characters import clean
from aidcalc.parsing.lexicon import lexicon
from aidcalc.parsing.spaced import joined_atoms

# texts that take each way an atom is made: plain tokens, forms of one and more tokens, a
# scale glued to its symbol, a CJK word cut into pieces, a code word, a dotted scale word,
# a number word of the caller's language, a verb particle unqualified
TEXTS = [
    ("über 2 Mrd. Dollar", None),
    ("daugiau nei 683 mln. eurų", "lt"),
    ("500 mkr i stöd", "sv"),
    ("MUS$ 500 en ayuda", "es"),
    ("36.57亿元的援助", "zh"),
    ("3億ドル以上", "ja"),
    ("TRY 250 million for Syria", None),
    ("nio miljoner kronor", "sv"),
    ("they handed over €250,000 worth of drones", None),
    ("Norwegian kroner 10 billion (about $1 billion)", None),
]


@pytest.mark.parametrize(("text", "lang"), TEXTS)
def test_every_atom_has_its_seven_fields_and_equals_the_constructed_one(text, lang):
    atoms = atomize(text, lexicon(), lang)
    assert atoms
    for atom in atoms:
        fields = atom.fields()  # raises AttributeError for a slot left unset
        assert len(fields) == 7
        assert atom == Atom(*fields)
        assert not isinstance(atom, tuple)
        assert text[atom.start : atom.end].strip()  # offsets point at text


@pytest.mark.parametrize(
    "text", ["over 683 million euros", "2,3 mia. kr.", "300 milioane lei", "¥1,980 a month"]
)
def test_joined_atoms_set_every_slot_and_equal_the_atomizers(text):
    cleaned = clean(text)[0]
    joined = joined_atoms(cleaned, lexicon())
    if joined is None:
        return  # the tier leaves this text to the atomizer: nothing of its own to check
    assert [atom.fields() for atom in joined] == [
        atom.fields() for atom in atomize(cleaned, lexicon())
    ]


def test_replace_changes_only_the_fields_named():
    atom = Atom(3, 4, 9, "euros", None, adjacent=False, is_name=True)
    moved = atom.replace(start=0, data="EUR")
    assert moved.fields() == (3, 0, 9, "euros", "EUR", False, True)
    assert atom.fields() == (3, 4, 9, "euros", None, False, True)  # the first is unchanged
    assert moved != atom
    assert atom != atom.fields()  # an atom is not its tuple
