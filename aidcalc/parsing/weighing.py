"""The small context the weighing steps read, without the grammar: a speed-up, never a reading.

The steps that weigh what an amount's words leave open (which code a shared currency word
means, ``resolve.resolve_currency``; the power of a scale word and the decimal mark of a number,
``side_value.SideValue.value_of``) read a few things of the text: its cleaned ``text`` (the
countries it names, the year its sentence states, the language of its sentence and of the
whole text), its ``atoms`` (the scale word as written, the marks its other numbers show),
the caller's ``lang``, ``territory`` and ``hint``, the ``lexicon``, and the state of the
amount being read (where its number starts, its currency atoms, a range's marks), into which
they record ``problems`` and ``assumptions``. ``grammar.Reader`` carries all of it, built
from ``atoms.atomize``. ``Weighing`` carries the same and nothing else, built from atoms the
caller has already, such as those ``spaced`` puts together from the words it remembers, so a
plain shape written in words ("über 2 Mrd. Dollar", "1.500 millones de euros") is weighed
without the ``Reader``'s atoms and grammar. Its steps are ``SideValue``'s own, unchanged.

It has no language, territory or hint: a caller that has one builds the ``Reader``.

>>> from aidcalc.parsing.atoms import atomize
>>> from aidcalc.parsing.lexicon import lexicon
>>> text = "über 2 Mrd. Dollar"
>>> context = Weighing(text, None, text, atomize(text, lexicon()))
>>> context.text_lang(), context.position(5)
('de', 5)
"""

from __future__ import annotations

from .atoms import Atom
from .explain import explain_missing
from .grammar import Reader
from .lexicon import lexicon
from .side_value import SideValue
from .sides import UNKNOWN


class Weighing(SideValue):
    """What the weighing steps read of a text: see the module. ``text`` is the cleaned text
    (``characters.clean``), ``offsets`` the original offset of each of its characters or None
    when cleaning changed nothing, ``original`` the text as given, ``atoms`` those
    ``atomize(text, lexicon())`` gives (its sentence stops cut as the ``Reader`` cuts them)."""

    # the attributes ``Reader.__init__`` sets that the weighing steps read, in its order: those
    # that start as an immutable value are class attributes (a step that sets one sets it on
    # the instance), the others are set per instance below
    lang: str | None = None
    territory: str | None = None
    hint: str | None = None
    refused_to = 0
    amount_start = -1
    range_mark = high_mark = range_low = None
    plain_refused = None
    _sentence_cuts = None
    _sentence_piece: tuple[int, int] | None = None
    _text_lang: object = UNKNOWN
    _text_marks: object = UNKNOWN

    # the grammar's own tests of a qualifier leading the amount ("do 5 mld zł"), which read the
    # text, the ``lang`` (none) and the sentence's language as the ``Reader``'s do
    languages = Reader.languages
    qualifier_fits = Reader.qualifier_fits

    def __init__(self, text: str, offsets: list[int] | None, original: str, atoms: list[Atom]):
        self.original = original
        self.offsets = offsets
        self.text = text
        self.lex = lexicon()
        self._sentence_langs: dict[tuple[int, int], str | None] = {}
        self.atoms = atoms
        self.problems: list[tuple[int, str]] = []
        self.assumptions: list[str] = []
        self.amount_currency: list[Atom] = []
        # the class's defaults, set on the instance too: the interpreter reads an attribute of
        # the instance by a specialized look-up, one it finds on the class only by the general
        # one, several times slower (Python 3.11), and the steps read these again and again
        self.lang = self.territory = self.hint = None
        self.refused_to = 0
        self.amount_start = -1
        self.range_mark = self.high_mark = self.range_low = None
        self.plain_refused = None
        self._sentence_cuts = None
        self._sentence_piece = None
        self._text_lang = self._text_marks = UNKNOWN
        self.word_langs = None

    def position(self, offset: int) -> int:
        """The offset in the original text of an offset in the cleaned one (as the
        ``Reader``'s)."""
        if self.offsets is None:
            return offset
        return self.offsets[min(offset, len(self.offsets) - 1)]

    def refusal(self) -> tuple[str, int | None] | None:
        """(message, position in the original text) of the ``ParseError`` the ``Reader`` gives
        when the weighing refused the amount's one currency ("kr 499": which crown?), as
        ``plain.plain_refusal`` and ``Reader.explain`` give it; None when nothing was refused
        or another reason was recorded."""
        refused = self.plain_refused
        if refused is None or self.problems:
            return None
        self.problems.append(refused)
        try:
            message, position = explain_missing(self)  # the first reason: this one
        finally:
            self.problems.pop()
        if position is None or self.offsets is None:
            return message, position
        original = self.position(position)
        return message.replace(f"at position {position}", f"at position {original}"), original
