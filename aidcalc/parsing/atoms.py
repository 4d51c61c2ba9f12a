"""What a span of tokens means: typed atoms (number, scale, currency, qualifier, range word...).

Tokens become atoms by longest match against the lexicon; a form is looked up only where the
lexicon says some entry starts with that token, so the scan stays linear.

>>> from aidcalc.parsing.lexicon import lexicon
>>> [(KIND_NAMES[a.kind], a.text) for a in atomize("over €5 million", lexicon())]
[('QUAL', 'over'), ('CUR', '€'), ('NUM', '5'), ('SCALE', 'million')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..amount import known_currencies
from ..words import (
    COUNT_WORDS,
    FILLERS,
    MONEY_CONTEXT,
    QUALIFIER_FORMS,
    QUALIFIERS_AFTER,
    RANGE_FROM,
    RANGE_JOINER_LANGS,
    RANGE_JOINERS,
    RANGE_OPENER_LANGS,
    RANGE_OPENERS,
)
from ..words.currency import CASED_SCALES, CODE_LIKE_WORDS, GLUED_PREFIXES, GLUED_SCALE_SYMBOLS
from ..words.en import VERB_PARTICLES
from .context import named_countries
from .language import text_language
from .lexicon import CurrencyForm, Lexicon
from .lexicon import lexicon as _lexicon
from .numbers import NUMBER_WORDS
from .tokens import MAX_FORM_TOKENS, TOKEN_RE, strip_accents

# Atom kinds
NUM, WORDS, SCALE, CUR, QUAL, JOIN, OPEN, LPAREN, RPAREN, PUNCT, FILLER, PERCENT, OTHER = range(13)

_SCALE_OR_CURRENCY = frozenset({SCALE, CUR})  # the kinds of atom ``dotted`` notes

# A currency name may lead its number ("ringgit 42", "at dollar 22.5 million") only at the start
# of a text or after these: never right after a word, which may be an unread number word.
NAME_MAY_FOLLOW = frozenset({PUNCT, LPAREN, QUAL, OPEN})

# {word: ({language: exponent}, symbol)}: a scale glued to the symbol after it ("500 mkr"),
# read as the scale and the symbol after a number (``GLUED_SCALE_SYMBOLS``)
GLUED_SCALES: dict[str, tuple[dict[str, int], str]] = {}
for _lang, _glued in GLUED_SCALE_SYMBOLS.items():
    for _word, (_exponent, _symbol) in _glued.items():
        GLUED_SCALES.setdefault(_word, ({}, _symbol))[0][_lang] = _exponent

OPEN_PARENS = "([{"
CLOSE_PARENS = ")]}"

KIND_NAMES = (
    "NUM", "WORDS", "SCALE", "CUR", "QUAL", "JOIN", "OPEN", "LPAREN", "RPAREN", "PUNCT", "FILLER",
    "PERCENT", "OTHER",
)  # fmt: skip


class Atom:
    """One atom: ``kind`` (an atom kind: ``NUM``, ``CUR``...), ``start`` and ``end`` (character
    offsets in the text atomized), ``text`` (the folded key for words, the raw text for
    numbers), ``data`` (a ``CurrencyForm``, a code, a scale's ``{language: exponent}``, a
    qualifier or None), ``adjacent`` (no space between this atom and the one before) and
    ``is_name`` (a currency written as a word, "euros", not a symbol or code).

    A class with ``__slots__``, not a named tuple: Python 3.11 specialises a slot's read (about
    45 instructions) but not a named tuple's field (about 190) nor its index; the parsers read
    atoms' fields some hundreds of times a text. Atoms are never changed once made (``replace``
    makes another); equal when their fields are, hashed by them (as the tuple was: a scale
    atom's dict makes it unhashable), never a tuple (``fields``
    gives the tuple). The atomizer's hot loops make theirs with ``object.__new__`` and the
    seven slots set in place (``_ATOM_NEW``), cheaper than a call of ``__init__``.

    >>> atom = Atom(CUR, 0, 5, "euros", None, is_name=True)
    >>> atom
    Atom(kind=3, start=0, end=5, text='euros', data=None, adjacent=False, is_name=True)
    >>> atom.replace(start=1) == Atom(CUR, 1, 5, "euros", None, False, True), atom.fields()[:3]
    (True, (3, 0, 5))
    """

    __slots__ = ("kind", "start", "end", "text", "data", "adjacent", "is_name")

    def __init__(
        self,
        kind: int,
        start: int,
        end: int,
        text: str,
        data: object = None,
        adjacent: bool = False,
        is_name: bool = False,
    ) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.data = data
        self.adjacent = adjacent
        self.is_name = is_name

    def fields(self) -> tuple:
        """The seven fields in order, as a tuple."""
        return (
            self.kind, self.start, self.end, self.text, self.data, self.adjacent, self.is_name
        )  # fmt: skip

    def replace(self, **changes) -> Atom:
        """Another atom with the fields named in ``changes`` changed."""
        fields = dict(zip(self.__slots__, self.fields(), strict=True))
        fields.update(changes)
        return Atom(**fields)

    def __eq__(self, other: object) -> bool:
        if type(other) is not Atom:
            return NotImplemented
        return self.fields() == other.fields()

    def __hash__(self) -> int:
        return hash(self.fields())

    def __repr__(self) -> str:
        pairs = zip(self.__slots__, self.fields(), strict=True)
        return "Atom(" + ", ".join(f"{name}={value!r}" for name, value in pairs) + ")"


_ATOM_NEW = object.__new__  # ``_ATOM_NEW(Atom)``: an atom whose seven slots are set next


def atomize(
    text: str, lex: Lexicon, lang: str | None = None, dotted: list[int] | None = None
) -> list[Atom]:
    """Return the atoms of ``text`` (spaces dropped, adjacency kept).

    Number words other than English ones are read only in the ``lang`` given. When a list is
    given as ``dotted``, the indices of the scale and currency atoms whose key ends with a
    full stop ("mln .", "грн .") are appended to it, in order: the only atoms
    ``grammar._split_sentence_stops`` may cut, found here without a pass over every atom.

    >>> from aidcalc.parsing.lexicon import lexicon
    >>> found = []
    >>> atoms = atomize("10 mln. eurų, 5 bn. More.", lexicon(), dotted=found)
    >>> [atoms[k].text for k in found]
    ['mln .', 'bn .']

    The scan is trigger-driven: one pass over the tokens makes the atom of every token where
    no form can start (a number, a plain word or sign: ``_token_info``, remembered per token)
    and notes the others; the lexicon is consulted only at those, and the atoms between them
    are copied in slices.
    """
    lang_words = lex.number_words.get(lang) if lang and lang != "en" else None
    told = _Told(text, lang)
    lang_first = lex.number_word_starts(lang) if lang_words else {}
    held = _HELD  # the tables of the lexicon last read with, not looked up again per text
    if held[0] is not lex or len(held[2]) > _TRIGGERS_MAX:
        held = _hold(lex)
    first_tokens, table, forms, seconds, pairs = held[1], held[2], held[3], held[4], held[5]
    alone_spans = _ALONE if _ALONE.get(_ALONE_OF) is lex else {}
    context_decides = forms.get(_CONTEXT_DECIDES)
    if context_decides is None:
        context_decides = forms[_CONTEXT_DECIDES] = {}
    # {token: {next token or None: the form of the window those two decide}} of ``lang``, kept
    # in ``forms`` (and cleared with it); not with a ``lang`` whose number words lengthen windows
    by_pair = None
    if not lang_first:
        by_pair = forms.get((_BY_PAIR, lang))
        if by_pair is None:
            by_pair = forms[_BY_PAIR, lang] = {}
    plain, folded, toks, ready, hot = _scan(text, lex, table, lang_first)
    count = len(plain)
    atoms: list[Atom] = []
    append = atoms.append
    shouting = None  # whether most words are in capitals, found when a code word needs it
    done = 0  # the tokens before this one have their atoms
    for index in hot:
        if index < done:
            continue  # within a form read before
        if index > done:
            atoms.extend(ready[done:index])
        kind, tok, start, end = plain[index]
        adjacent = index > 0 and plain[index - 1][3] == start
        fold = folded[index]
        if tok in PREFIXED_SIGNS and adjacent and _unknown_prefix(plain, index - 1, lex):
            append(_plain_atom(kind, tok, fold, start, end, adjacent))
            done = index + 1
            continue
        longest = table[tok][4]
        if longest:
            # a window its token and the next decide (no ``lang`` whose number words lengthen
            # it; its span at most two tokens, or the last token): its form remembered per
            # pair, the steps below that find the window skipped where the pair recurs
            if by_pair is not None:
                pair = toks[index + 1] if index + 1 < count else None
                nexts = by_pair.get(tok)
                if nexts is None:
                    if len(by_pair) > _TRIGGERS_MAX:
                        by_pair.clear()
                    nexts = by_pair[tok] = {}
                found = nexts.get(pair, by_pair)
            else:
                nexts = found = None
            if nexts is None or found is by_pair:
                # only the tokens from here decide the form: its answer is remembered per window
                if lang_first:
                    longest = max(longest, lang_first.get(fold, 0))
                span = _WINDOW_SPANS.get(longest, MAX_FORM_TOKENS)
                if index + 1 < count and (
                    longest == 1
                    or (folded[index + 1] not in seconds and toks[index + 1] not in seconds)
                    or (
                        f"{fold} {folded[index + 1]}" not in pairs
                        and f"{tok} {toks[index + 1]}" not in pairs
                    )
                ):
                    # no entry of two tokens or more starts with this token and the next ("a new",
                    # "billion pounds"): unless the token is a country word before a currency name,
                    # ``_longest_form`` reads it alone, and the next only for a count word ("bir
                    # milyar": ``_counts_a_scale``), so the window holds this token (a key that
                    # recurs), and the next after a count word (``_pairs_alone``, by the token)
                    alone = alone_spans.get(tok)
                    if alone is None:
                        alone = _pairs_alone(lex, tok, fold)
                    span = alone or span
                # the key ``_window_form`` makes, without the call (one token's: without a slice)
                if span == 1:
                    window = (lang, longest, tok)
                else:
                    window = (lang, longest, *toks[index : index + span])
                found = forms.get(window, forms)
                if found is forms:
                    found = _window_form(
                        forms,
                        plain,
                        folded,
                        toks,
                        index,
                        lex,
                        lang,
                        lang_words,
                        longest,
                        told,
                        span,
                    )
                if nexts is not None and (span <= 2 or index + 1 >= count):
                    if len(nexts) > _TRIGGERS_MAX:
                        nexts.clear()
                    nexts[pair] = found
            if found is not None:
                atom_kind, used, data, is_name, key = found
                last_end = plain[index + used - 1][3]
                if dotted is not None and key[-2:] == " ." and atom_kind in _SCALE_OR_CURRENCY:
                    dotted.append(len(atoms))
                atom = _ATOM_NEW(Atom)
                atom.kind = atom_kind
                atom.start = start
                atom.end = last_end
                atom.text = key
                atom.data = data
                atom.adjacent = adjacent
                atom.is_name = is_name
                append(atom)
                done = index + used
                continue
            # no form here: the plain atom, its kind remembered per token (``_plain_kind``,
            # by the token's text alone here: one look-up, no call)
            plain_kind = _HOT_KINDS.get(tok)
            if plain_kind is None:
                plain_kind = _plain_kind(kind, tok, fold)
                if len(_HOT_KINDS) < _TRIGGERS_MAX:
                    _HOT_KINDS[tok] = plain_kind
            atom = _ATOM_NEW(Atom)
            atom.kind = plain_kind
            atom.start = start
            atom.end = end
            atom.text = fold
            atom.data = None
            atom.adjacent = adjacent
            atom.is_name = False
            append(atom)
            done = index + 1
            continue
        matched = None
        if kind == "word" and tok[0] in "MK" and 1 < len(tok) < 5 and index + 1 < count:
            # a scale letter glued to a symbol ("KUS$", "MUS$", "MMUS$"): the Latin American
            # accounts' "M" (miles, a thousand: "MUS$ 500" is USD 500,000) and "MM"
            # (millones), as their legends define them ("MUS$: miles de dólares
            # estadounidenses", "MM$: millones de pesos"); CLDR's Spanish million "M" is
            # written apart ("10 M US$"), and English writes no "MUS$"
            letters = 2 if tok[:2] == "MM" else 1
            symbol = lex.symbol(f"{tok[letters:]} {plain[index + 1][1]}")
            if symbol is not None and plain[index + 1][2] == end:
                scale = {"en": 6, "es": 6} if letters == 2 else {"es": 3}
                cut = start + letters
                append(Atom(SCALE, start, cut, tok[:letters].lower(), scale, adjacent))
                append(Atom(CUR, cut, plain[index + 1][3], tok[letters:], symbol, True))
                done = index + 2
                continue
        glued = GLUED_SCALES.get(fold) if index and plain[index - 1][0] == "num" else None
        if glued is not None and lex.symbol(glued[1]) is not None:
            # "500 mkr", "6,5 mdkr": a scale glued to the symbol it ends with, after a number
            cut = end - len(glued[1])
            append(Atom(SCALE, start, cut, fold[: cut - start], glued[0], adjacent))
            append(Atom(CUR, cut, end, glued[1], lex.symbol(glued[1]), True))
            done = index + 1
            continue
        if (
            tok in GLUED_PREFIXES
            and index < count - 1
            and (
                index > 0
                and plain[index - 1][0] == "num"
                or index + 2 < count
                and plain[index + 2][0] == "num"
            )
            and plain[index + 1][2] == end
            and lex.symbol(plain[index + 1][1]) is not None
            # before its number, a known prefixed sign is that sign ("G$ 5m": Guyana's dollar)
            and (
                index > 0
                and plain[index - 1][0] == "num"
                or lex.symbol(f"{tok} {plain[index + 1][1]}") is None
            )
        ):  # "3 G€", "G€ 1,2": an SI prefix glued to a currency sign, by a number
            append(Atom(SCALE, start, end, tok.lower(), GLUED_PREFIXES[tok], adjacent))
            done = index + 1
            continue
        if (
            kind == "word"
            and (len(tok) == 3 or len(tok) == 4)
            and not (lang_words is not None and fold in lang_words and not tok.isupper())
        ):  # a number word of the caller's language first: Swedish "nio" is nine, "NIO" a code
            code = code_of(tok)
            if code is None and shouting is None and tok.isupper():
                shouting = _is_shouting(plain)
            if code is None and not shouting and _code_word_by_number(plain, folded, index, lex):
                code = tok  # "TRY 250 million", "40 million GEL"
            if code:
                matched = (CUR, 1, code, False)
        if matched is None:
            longest = first_tokens.get(fold, 0)
            if tok in first_tokens:  # symbols are kept as written
                longest = max(longest, first_tokens[tok])
            if lang_first:
                longest = max(longest, lang_first.get(fold, 0))
            if fold in NUMBER_WORDS:
                longest = max(longest, 1)
            if longest:
                # what a form starting here is depends only on the tokens it may span (and the
                # language): remembered per such window, as the lexicon's words recur; a name
                # that is an ordinary word somewhere also depends on the text around it
                decides = context_decides.get(fold)
                if decides is None:
                    decides = context_decides[fold] = _context_decides(fold, lex)
                # a single letter ("A $5 million", "Plan A $5m") reads by its neighbours too
                if decides or (len(tok) == 1 and tok.isalpha()):
                    matched = _longest_form(plain, folded, index, lex, lang_words, longest, told)
                else:
                    found = _window_form(
                        forms, plain, folded, toks, index, lex, lang, lang_words, longest, told
                    )
                    matched = found[:4] if found is not None else None
        if matched is not None:
            atom_kind, used, data, is_name = matched
            last_end = plain[index + used - 1][3]
            key = " ".join(folded[index : index + used])
            if dotted is not None and key[-2:] == " ." and atom_kind in _SCALE_OR_CURRENCY:
                dotted.append(len(atoms))
            append(Atom(atom_kind, start, last_end, key, data, adjacent, is_name))
            done = index + used
            continue
        plain_kind = _plain_kind(kind, tok, fold)
        atom = _ATOM_NEW(Atom)
        atom.kind = plain_kind
        atom.start = start
        atom.end = end
        atom.text = fold
        atom.data = None
        atom.adjacent = adjacent
        atom.is_name = False
        append(atom)
        done = index + 1
    if done < count:
        atoms.extend(ready[done:])
    if any(word in text for word in VERB_PARTICLES):
        _unqualify_particles(text, atoms)
    return atoms


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def _unqualify_particles(text: str, atoms: list[Atom]) -> None:
    """Make a qualifier word that is the particle of the verb right before it a plain word
    (``words.en.VERB_PARTICLES``): "handed over €250,000 worth of drones" transfers the
    amount, no bound; "gave over €5 million" keeps "over", more than."""
    for k, atom in enumerate(atoms):
        if atom.kind == QUAL and atom.text in VERB_PARTICLES:
            before = _WORD_BEFORE.search(text, max(0, atom.start - 24), atom.start)
            if before is not None and before.group(1).casefold() in VERB_PARTICLES[atom.text]:
                atoms[k] = atom.replace(kind=OTHER, data=None)


def _scan(text: str, lex: Lexicon, table: dict, lang_first: dict):
    """Return the tokens of ``text`` without spaces as ``atomize`` reads them: ``plain``
    ((kind, token, start, end) each), ``folded`` (casefolded words, other tokens as written),
    ``toks`` (the token texts), ``ready`` (the atom of each token where no form can start, else
    None) and ``hot`` (the indices where a form may start, in order).

    Every token's facts come from ``table`` (``_token_info``, remembered per token); a CJK word
    is cut into lexicon entries (``_ideograph_pieces``), tokens of their own glued together.
    """
    plain = []
    folded = []
    toks = []
    ready = []
    hot = []
    previous_end = -1
    position = 0
    no_lang = not lang_first  # then only the token decides whether a form may start
    # the scan stops at the last token: in spaces after it the expression would be tried at
    # each one, each time taking all the spaces to the end, a time the square of their number
    last = len(text.rstrip()) if text[-1:].isspace() else len(text)
    for space, tok in _SCAN_TOKENS.findall(text, 0, last):
        start = position + len(space)
        position = end = start + len(tok)
        try:  # a subscript, cheaper than ``table.get``: nearly every token is met before
            kind, fold, plain_kind, ideographs, _ = table[tok]  # one unpacking, not four
        except KeyError:
            info = table[tok] = _token_info(tok, _SCAN_RE.match(tok).lastgroup, lex)
            kind, fold, plain_kind, ideographs, _ = info
        if ideographs:
            for piece in _ideograph_pieces(tok, start, lex):  # "亿元": scale and currency
                piece_info = table.get(piece[1])
                if piece_info is None:
                    piece_info = table[piece[1]] = _token_info(piece[1], "word", lex)
                plain.append(piece)
                fold = piece_info[1]
                folded.append(fold)
                toks.append(piece[1])
                if piece_info[2] >= 0 and fold not in lang_first:
                    adjacent = piece[2] == previous_end
                    ready.append(Atom(piece_info[2], piece[2], piece[3], fold, None, adjacent))
                else:
                    hot.append(len(ready))
                    ready.append(None)
                previous_end = piece[3]
            continue
        plain.append((kind, tok, start, end))
        folded.append(fold)
        toks.append(tok)
        if plain_kind >= 0 and (no_lang or fold not in lang_first):
            # nothing can start at this token: its plain atom at once
            atom = _ATOM_NEW(Atom)
            atom.kind = plain_kind
            atom.start = start
            atom.end = end
            atom.text = fold
            atom.data = None
            atom.adjacent = start == previous_end
            atom.is_name = False
            ready.append(atom)
        else:
            hot.append(len(ready))
            ready.append(None)
        previous_end = end
    return plain, folded, toks, ready, hot


def _window_form(
    forms, plain, folded, toks, index, lex: Lexicon, lang, lang_words, longest, told, span=0
):
    """Return ``_longest_form`` at ``index`` with the atom's key text, (kind, tokens used, data,
    is_name, key), or None: remembered in ``forms`` (``_forms``) per language, ``longest`` and
    window of token texts (a token's text decides its kind), for a form no text around the
    window can change. The window holds ``span`` tokens when given (``atomize`` cuts it where
    no entry continues past the first token), else as many as a form starting here may span
    and at least two (a count word's check reads the token after a one-token form)."""
    span = span or min(max(longest, 2), MAX_FORM_TOKENS)
    key = (lang, longest, *toks[index : index + span])
    found = forms.get(key, forms)
    if found is forms:
        found = _longest_form(plain, folded, index, lex, lang_words, longest, told)
        if found is not None:
            found = (*found, " ".join(folded[index : index + found[1]]))
        if len(forms) > _TRIGGERS_MAX:
            forms.clear()
        forms[key] = found
    return found


# Chinese, Japanese and Korean write words without spaces, so a scale and a currency after a
# number make one word token ("36.57亿元", "3兆円", "100亿美元"); such a token is cut into the
# longest lexicon entries it starts with, one character where none fits. Hangul, kana and CJK
# ideographs all stand after this code point. A qualifier written after the amount ("3億ドル以上",
# "5亿元左右": ``QUALIFIERS_AFTER``) is cut out as one piece too, for the grammar to read.
IDEOGRAPHS_FROM = "\u2e80"
# the Korean qualifiers written before an amount ("약", "최대"), words of their own
_HANGUL_BEFORE = frozenset(
    form for forms in QUALIFIER_FORMS.values() for form in forms.get("ko", ())
)
_AFTER_PIECES = frozenset(form for form in QUALIFIERS_AFTER if form[:1] >= IDEOGRAPHS_FROM)


def _ideograph_pieces(tok: str, start: int, lex: Lexicon) -> list[tuple[str, str, int, int]]:
    """Return the pieces of a CJK word token as ``(kind, text, start, end)`` word tokens.

    >>> from aidcalc.parsing.lexicon import lexicon
    >>> [piece[1] for piece in _ideograph_pieces("亿美元", 0, lexicon())]
    ['亿', '美元']
    """
    first = lex.first_tokens()
    pieces = []
    at = 0
    while at < len(tok):
        size = 1
        for end in range(len(tok), at, -1):
            piece = tok[at:end]
            if piece in first or piece.casefold() in first or piece in _AFTER_PIECES:
                size = end - at
                break
        if pieces and pieces[-1][1] not in first and tok[at : at + size] in _HANGUL_BEFORE:
            # Korean parts its words by spaces: a qualifier before an amount is a word of its
            # own, never the end of another ("계약금", a deposit: no "약" in it), and stays in
            # the piece before it
            kind, text, begin, _ = pieces.pop()
            pieces.append((kind, text + tok[at : at + size], begin, start + at + size))
            at += size
            continue
        pieces.append(("word", tok[at : at + size], start + at, start + at + size))
        at += size
    return pieces


def _is_shouting(plain) -> bool:
    """True when most words of a text of three or more are in capitals ("ALL 27 MEMBERS")."""
    words = [tok for kind, tok, _, _ in plain if kind == "word" and len(tok) > 1]
    return len(words) >= 3 and 2 * sum(tok.isupper() for tok in words) > len(words)


def _code_word_by_number(plain, folded, index: int, lex: Lexicon) -> bool:
    """True for an upper-case code that is also a word (``CODE_LIKE_WORDS``) next to a number.

    "40 million GEL", "5 ALL": right after a number or its scale word. "TRY 250 million",
    "GEL 1,250.5": right before a number that has a scale word or a decimal or grouping mark,
    since a list heading writes "TOP 10" and "CUP 2". Elsewhere ("TRY again") it is a word.
    """
    tok = plain[index][1]
    if not (tok.isupper() and len(tok) == 3 and tok.casefold() in CODE_LIKE_WORDS):
        return False
    if tok not in known_currencies():
        return False
    if index + 1 < len(plain) and plain[index + 1][0] == "num":
        number = plain[index + 1][1]
        scaled = index + 2 < len(plain) and folded[index + 2] in lex.scales
        return scaled or not number.isdigit()
    before = index - 1
    if before >= 0 and plain[before][0] == "word" and folded[before] in lex.scales:
        before -= 1  # "40 million GEL"
    return before >= 0 and plain[before][0] == "num"


# the tokenizer's expression without its space alternative: the scan skips spaces instead of
# yielding them, and a gap between two tokens is a space
_SCAN_PATTERN = TOKEN_RE.pattern.replace(r"|(?P<space>\s+)", "")
_SCAN_PATTERN = _SCAN_PATTERN.replace("(?P<sym>.)", r"(?P<sym>\S)")
assert _SCAN_PATTERN.count("(?P<") == 3, "tokens.TOKEN_RE changed: update _SCAN_PATTERN"
_SCAN_RE = re.compile(_SCAN_PATTERN, TOKEN_RE.flags)
# the same as (spaces before it, token) per token, so that ``findall`` makes no match object
# and the offsets follow from the lengths; a token's text alone decides its kind, found with
# ``_SCAN_RE`` when the token is new. The word alternative comes first: a number starts with a
# digit or a mark, a word with a letter, so no text matches both, and most tokens are words,
# which then skip the number alternatives (and their look-behind) in the engine.
_NUM_PATTERN, _WORD_PATTERN = re.fullmatch(
    r"[(][?]P<num>(.*)[)][|][(][?]P<word>(.*)[)][|][(][?]P<sym>\\S[)]", _SCAN_PATTERN, re.DOTALL
).groups()
# A word's letters are tested against a class of Unicode categories, a look-up in the Unicode
# tables per letter; the ASCII letters most words are made of are tested first against a plain
# range (one bit each), and the class takes any letters after them ("Zürich", "eurų"): the same
# longest run of letters either way, as the ASCII letters are letters of the class.
assert _WORD_PATTERN.endswith("]+") and re.fullmatch(_WORD_PATTERN, "AZaz")
_LETTERS = _WORD_PATTERN[:-1]
_SCAN_TOKENS = re.compile(
    rf"(\s*)((?:[A-Za-z]+{_LETTERS}*|{_LETTERS}+)|(?:{_NUM_PATTERN})|\S)", TOKEN_RE.flags
)
assert _SCAN_TOKENS.groups == 2

# {token: ``_token_info``}, per lexicon; a text's own words are added as met
_TRIGGERS: dict[int, tuple[Lexicon, dict[str, tuple[str, str, int, bool, int]]]] = {}
_TRIGGERS_MAX = 200_000  # tokens remembered before the table starts afresh


def _triggers(lex: Lexicon) -> dict[str, tuple[str, str, int, bool, int]]:
    """Return the token table of ``lex`` (empty at first, filled by ``_token_info``)."""
    held = _TRIGGERS.get(id(lex))
    if held is None or held[0] is not lex or len(held[1]) > _TRIGGERS_MAX:
        held = _TRIGGERS[id(lex)] = (lex, {})
    return held[1]


def _hold(lex: Lexicon) -> tuple:
    """Return and hold in ``_HELD`` the tables ``atomize`` reads with ``lex``: (lexicon, its
    first tokens, ``_triggers``, ``_forms``, the second tokens of its pairs, ``_lexicon_pairs``).
    A text of a few tokens cost as much again in finding them per call as in reading its
    tokens."""
    global _HELD
    pairs = _lexicon_pairs(lex)
    seconds = frozenset(pair.split(" ", 1)[1] for pair in pairs)
    _HELD = (lex, lex.first_tokens(), _triggers(lex), _forms(lex), seconds, pairs)
    return _HELD


def _lexicon_pairs(lex: Lexicon) -> frozenset[str]:
    """Return the first two tokens of every lexicon entry of two tokens or more, folded and as
    written: the pairs ``Lexicon.may_continue`` looks up, read here at once (the lexicon's
    module is part of its build's recipe stamp, so a new method there would make every
    checkout rebuild the lexicon until the shipped build is regenerated)."""
    lex.first_tokens()  # loads the name tables, whose pairs join the core's
    return lex._pairs


_HELD: tuple = (None, None, {}, None, None, None)  # see ``_hold``

# {token: ``_pairs_alone``}, per lexicon (the one ``_HELD`` holds)
_ALONE: dict = {}


def _pairs_alone(lex: Lexicon, tok: str, fold: str) -> int:
    """Return the tokens the window of a token holds where no lexicon entry continues past it
    (``Lexicon.may_continue``): 1, or 2 for a count word, whose reading looks at the next
    ("bir milyar": ``_counts_a_scale``); 0 (the whole window) for a country adjective or gated
    country word, which ``_longest_form`` reads with a currency name after it though no entry
    lists the pair ("svenske kronor", "malaysia ringgit"). Remembered per token (for the
    lexicon last held)."""
    alone = _ALONE.get(tok)
    if alone is None:
        if len(_ALONE) > _TRIGGERS_MAX or _ALONE.get(_ALONE_OF) is not lex:
            _ALONE.clear()
            _ALONE[_ALONE_OF] = lex
        pairs_otherwise = lex.adjective(fold) or _gated(lex, fold)
        alone = _ALONE[tok] = 0 if pairs_otherwise else 2 if fold in COUNT_WORDS else 1
    return alone


_ALONE_OF = ("lexicon",)  # the key, in ``_ALONE``, of the lexicon its answers are for

_FORMS: dict[int, tuple[Lexicon, dict]] = {}
# the key, in the table of ``_forms``, of {token: ``_context_decides``} (a name no window holds)
_CONTEXT_DECIDES = ("context decides",)
# with a language (or None), the key, in the table of ``_forms``, of {token: {next token:
# form}} (``atomize``)
_BY_PAIR = ("by pair",)


def _forms(lex: Lexicon) -> dict:
    """Return the table of ``_longest_form`` answers of ``lex`` by token window and language."""
    held = _FORMS.get(id(lex))
    if held is None or held[0] is not lex:
        held = _FORMS[id(lex)] = (lex, {})
    return held[1]


# The answers of ``Lexicon.name`` and ``Lexicon.gated`` met so far, per lexicon: each call
# makes new frozensets, and the scan asks about the same words again and again. A form is
# immutable, and the keys are bounded by the lexicon's name table (a key it lacks is not kept).
_NAMES: dict[int, tuple[Lexicon, dict[str, CurrencyForm], dict[str, frozenset[str]]]] = {}


def _named(lex: Lexicon) -> tuple[Lexicon, dict[str, CurrencyForm], dict[str, frozenset[str]]]:
    held = _NAMES.get(id(lex))
    if held is None or held[0] is not lex:
        held = _NAMES[id(lex)] = (lex, {}, {})
    return held


def _name(lex: Lexicon, key: str) -> CurrencyForm | None:
    """``lex.name(key)``, made once per name."""
    names = _named(lex)[1]
    form = names.get(key)
    if form is None:
        form = lex.name(key)
        if form is not None:
            names[key] = form
    return form


def _gated(lex: Lexicon, key: str) -> frozenset[str] | None:
    """``lex.gated(key)``, made once per gated name."""
    gated = _named(lex)[2]
    found = gated.get(key)
    if found is None:
        found = lex.gated(key)
        if found is not None:
            gated[key] = found
    return found


def _token_info(tok: str, kind: str, lex: Lexicon) -> tuple[str, str, int, bool, int]:
    """Return what ``atomize`` needs to know of a token alone: its kind ("num", "word",
    "sym"), its folded text, the plain atom's kind when no form can start at it (else -1;
    ``_may_start``), whether it is a CJK word that is cut into lexicon entries, and, for a
    token where only the window of tokens from it decides the form (no glued scale and symbol,
    no SI prefix before a sign, no code, no single letter, no name that is an ordinary word
    somewhere), the most
    tokens a lexicon entry or English number word starting with it spans, else 0."""
    if kind == "num":
        return kind, tok, NUM, False, 0  # a number's atom is always the plain NUM atom
    fold = tok.casefold() if kind == "word" else tok
    ideographs = kind == "word" and len(tok) > 1 and tok[0] >= IDEOGRAPHS_FROM
    plain_kind = -1 if _may_start(kind, tok, fold, lex) else _plain_kind(kind, tok, fold)
    first_tokens = lex.first_tokens()
    longest = max(
        first_tokens.get(fold, 0), first_tokens.get(tok, 0), 1 if fold in NUMBER_WORDS else 0
    )
    heads = _symbol_heads(lex)
    if (
        plain_kind >= 0
        # "10 mil MUS$": a scale glued to a symbol of two tokens or more
        or (kind == "word" and tok[0] in "MK" and 1 < len(tok) < 5 and tok[1:] in heads)
        or tok in GLUED_PREFIXES
        or fold in GLUED_SCALES
        or (kind == "word" and len(tok) in (3, 4) and _may_be_code(tok))
        # "A $5m" / "A$5m": spacing and neighbours decide a letter that opens a symbol
        or (kind == "word" and len(tok) == 1 and tok in heads)
        or _context_decides(fold, lex)
    ):
        longest = 0
    return kind, fold, plain_kind, ideographs, longest


def _may_be_code(tok: str) -> bool:
    """True when ``atomize`` may read a word of three or four letters as an ISO code: one
    ``code_of`` knows, or an upper-case code that is also a word (``_code_word_by_number``)."""
    if code_of(tok) is not None:
        return True
    return tok.isupper() and len(tok) == 3 and tok.casefold() in CODE_LIKE_WORDS


_SYMBOL_HEADS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _symbol_heads(lex: Lexicon) -> frozenset[str]:
    """Return the first tokens (as written) of the symbols of two tokens or more ("A" of
    "A $", "US" of "US $"): the only tokens whose symbol reading may depend on spacing."""
    held = _SYMBOL_HEADS.get(id(lex))
    if held is None or held[0] is not lex:
        heads = frozenset(key.split(" ")[0] for key in lex.symbols if " " in key)
        held = _SYMBOL_HEADS[id(lex)] = (lex, heads)
    return held[1]


def _may_start(kind: str, tok: str, fold: str, lex: Lexicon) -> bool:
    """True when a lexicon form, an ISO code, a number word or a glued scale and symbol may
    start at this token, whatever its neighbours; False when only a plain atom can (every
    check of ``atomize`` that looks at the token alone, so a False skips none that could match).
    The caller's language adds its number words (``Lexicon.number_word_starts``) separately."""
    first_tokens = lex.first_tokens()
    if fold in first_tokens or tok in first_tokens:
        return True
    if kind != "word":
        return False
    if fold in NUMBER_WORDS or (tok[0] in "MK" and 1 < len(tok) < 5) or fold in GLUED_SCALES:
        return True
    if len(tok) in (3, 4):
        if code_of(tok) is not None:
            return True
        # an upper-case code that is also a word may be money next to a number
        return tok.isupper() and len(tok) == 3 and tok.casefold() in CODE_LIKE_WORDS
    return False


_PLAIN_KINDS: dict[tuple[str, str], int] = {}
# {token: ``_plain_kind``} for the tokens ``atomize`` finds no form at by their window: the
# token's text decides its kind and folded form, so the text alone is the key
_HOT_KINDS: dict[str, int] = {}
# the tokens a window holds for a form of at most so many tokens (``_window_form``'s span)
_WINDOW_SPANS = {longest: min(max(longest, 2), MAX_FORM_TOKENS) for longest in range(1, 65)}


def _plain_kind(kind: str, tok: str, fold: str) -> int:
    """Return the kind of ``_plain_atom`` for a token (remembered per token)."""
    key = (kind, fold if kind == "word" else tok)
    found = _PLAIN_KINDS.get(key)
    if found is None:
        found = _plain_atom(kind, tok, fold, 0, 0, False).kind
        if len(_PLAIN_KINDS) < _TRIGGERS_MAX:
            _PLAIN_KINDS[key] = found
    return found


def _plain_atom(kind: str, tok: str, fold: str, start: int, end: int, adjacent: bool) -> Atom:
    if kind == "word":
        if fold in NUMBER_WORDS:
            return Atom(WORDS, start, end, fold, None, adjacent)
        if fold in RANGE_OPENERS:
            return Atom(OPEN, start, end, fold, None, adjacent)
        if fold in RANGE_JOINERS:
            return Atom(JOIN, start, end, fold, None, adjacent)
        if fold in FILLERS:
            return Atom(FILLER, start, end, fold, None, adjacent)
        return Atom(OTHER, start, end, fold, None, adjacent)
    if tok in OPEN_PARENS:
        return Atom(LPAREN, start, end, tok, None, adjacent)
    if tok in CLOSE_PARENS:
        return Atom(RPAREN, start, end, tok, None, adjacent)
    if tok in "-–—" or tok in RANGE_JOINERS:  # a dash, or a wave dash ("300～500万円")
        return Atom(JOIN, start, end, tok, None, adjacent)
    if tok in "%‰":
        return Atom(PERCENT, start, end, tok, None, adjacent)
    if tok in FILLERS:
        return Atom(FILLER, start, end, tok, None, adjacent)
    return Atom(PUNCT, start, end, tok, None, adjacent)


def range_frame(
    opener: str, joiner: str, joiner_langs: frozenset[str] | None = None, told: str | None = None
) -> bool:
    """True when the range opener ``opener`` and the word ``joiner`` after its low end (both
    folded, as atoms hold them) frame a range in a text of the language ``told`` (the ``lang``
    given, else the one its words tell, else None): a dash; an opener and a joiner of one
    language (``words.RANGE_OPENERS`` or ``RANGE_FROM``, and ``RANGE_JOINERS`` or the list words
    ``joiner_langs`` gives: "between … and", "zwischen … und", "med … in", "mezi … a",
    "między … a", "tussen … en"); or, in a text of a third language, any pair, as before
    ("entre 10 i 20 dòlars", Catalan, which no module curates). Range words are looked up in
    every language, and many are ordinary words of another ("in" is English, "med" the
    Scandinavian "with"): in a text of the opener's or the joiner's language, or of none told,
    an opener of one language and a joiner of another frame nothing ("med 2 och 3 miljoner
    kronor", "between €5bn in March").

    >>> range_frame("med", "in"), range_frame("med", "och", told="sv")
    (True, False)
    >>> range_frame("between", "–"), range_frame("entre", "i", told="ca")
    (True, True)
    """
    if joiner_langs is None:
        if joiner not in RANGE_JOINER_LANGS:
            return joiner in RANGE_JOINERS  # a dash: no word of any language
        joiner_langs = RANGE_JOINER_LANGS[joiner]
    # a word for "from" taken for a currency name opens as an opener does ("fra 2 til 3")
    opener_langs = RANGE_OPENER_LANGS.get(opener, frozenset()) | RANGE_FROM.get(opener, frozenset())
    if opener_langs & joiner_langs:
        return True
    return told is not None and told not in opener_langs | joiner_langs


class _Told:
    """The language a text is read in: the caller's ``lang``, else (inferred once, when a name
    needs it) the language its words point to (``language.text_language``), else English."""

    __slots__ = ("lang", "text", "_inferred")

    def __init__(self, text: str, lang: str | None) -> None:
        self.lang, self.text, self._inferred = lang, text, None

    def language(self) -> str:
        if self.lang:
            return self.lang
        if self._inferred is None:
            self._inferred = text_language(self.text) or "en"
        return self._inferred


def _after_scaled_number(plain, folded, index: int, lex: Lexicon) -> bool:
    """True when a number and a scale word stand right before ``index``: "2 Millionen Rand",
    "5 millones de colón", "3 mln. kina" (a full stop or one filler word may follow the scale)."""
    j = index - 1
    if j >= 0 and folded[j] in FILLERS:
        j -= 1
    if j >= 0 and folded[j] == ".":
        j -= 1
    if (
        j < 1
        or plain[j][0] != "word"
        or not (folded[j] in lex.scales or f"{folded[j]} ." in lex.scales)
    ):
        return False
    return plain[j - 1][0] == "num"


def _scale_languages_before(plain, folded, index: int, lex: Lexicon) -> frozenset[str]:
    """The languages of the scale word right before ``index`` (after a number), else none."""
    j = index - 1
    if j >= 0 and folded[j] == ".":
        j -= 1
    if j < 1 or plain[j][0] != "word" or plain[j - 1][0] != "num":
        return frozenset()
    scale = lex.scales.get(folded[j]) or lex.scales.get(f"{folded[j]} .")
    return frozenset(scale) if scale else frozenset()


def is_ordinary_here(key: str, lex: Lexicon, told: _Told, plain, folded, index: int) -> bool:
    """True for a currency name that is an ordinary word of the text's language there
    (``Lexicon.ordinary_in``), so not money: a name or noun ("kip" in Dutch, "Córdoba" in
    Spanish) unless a scaled number stands before it; a function word ("som" in Swedish, "von"
    in German) unless a number stands before it and no word or number after it. A function
    word counts so also in the language of the scale word before it, whatever the text's
    language is inferred to be ("Sverige ger 5 miljoner som stöd": "miljoner" is Swedish)."""
    nouns, functions = lex.ordinary_in(key)
    if not nouns and not functions:
        return False
    language = told.language()
    if language in nouns:
        return not (
            _after_scaled_number(plain, folded, index, lex)
            or _money_sentence(folded, index, language)
            or _country_pays_in(key, told.text, lex)
        )
    if language in functions or _scale_languages_before(plain, folded, index, lex) & set(functions):
        # "5 miljoner som stöd": the scale word's language writes "som" as a function word
        after_number = index > 0 and (
            plain[index - 1][0] == "num" or _after_scaled_number(plain, folded, index, lex)
        )
        # a word or another number after it: "2 miljoner som bidrag", German "5 von 10 Millionen"
        word_follows = index + 1 < len(plain) and plain[index + 1][0] in ("word", "num")
        return not after_number or word_follows
    return False


_SENTENCE_STOPS = frozenset({".", "!", "?", ";"})


def _money_sentence(folded, index: int, language: str) -> bool:
    """True when the sentence around token ``index`` holds a word of money of ``language``
    (``words.MONEY_CONTEXT``: "a budget of 500 won"); a full stop, "!", "?" or ";" token
    ends the sentence."""
    words = MONEY_CONTEXT.get(language)
    if not words:
        return False
    start = index
    while start > 0 and folded[start - 1] not in _SENTENCE_STOPS:
        start -= 1
    end = index
    while end < len(folded) and folded[end] not in _SENTENCE_STOPS:
        end += 1
    return any(folded[i] in words for i in range(start, end))


def _country_pays_in(key: str, text: str, lex: Lexicon) -> bool:
    """True when ``text`` names a country whose currency of today (or a past one) the name
    ``key`` may mean ("South Korea … 500 won": KRW; ``context.named_countries``)."""
    form = lex.name(key)
    if form is None:
        return False
    return any(n.currency in form.codes or n.past & form.codes for n in named_countries(text, lex))


def _context_decides(fold: str, lex: Lexicon) -> bool:
    """True when a form starting with the token ``fold`` may read differently by the text around
    it: a currency name that is an ordinary word of some language (``is_ordinary_here``)."""
    if lex.ordinary_scale_in(fold):
        return True  # a scale word that is an ordinary word of some language: "bill", "mio"
    nouns, functions = lex.ordinary_in(fold)
    if not nouns and not functions and not fold.isascii():
        nouns, functions = lex.ordinary_in(strip_accents(fold))
    return bool(nouns or functions)


def _longest_form(plain, folded, index, lex: Lexicon, lang_words, longest: int, told: _Told):
    """Return (kind, tokens used, data, is_name) of the longest form starting at ``index``."""
    if longest == 1 and _gated(lex, folded[index]) is not None:
        longest = 2  # a gated country word before its currency's name ("malaysia ringgit")
    limit = min(longest, MAX_FORM_TOKENS, len(plain) - index)
    if (
        limit >= 2
        and not lex.adjective(folded[index])
        and not _gated(lex, folded[index])
        and not lex.may_continue(
            f"{folded[index]} {folded[index + 1]}", f"{plain[index][1]} {plain[index + 1][1]}"
        )
    ):
        limit = 1  # no entry of two tokens or more starts here: "to" in "to buy"
    best = None
    exact = fold = ""
    for used in range(1, limit + 1):  # keys grow by one token; the longest match wins
        kind, token = plain[index + used - 1][0], plain[index + used - 1][1]
        if kind == "num":
            break
        exact = f"{exact} {token}" if exact else token
        fold = f"{fold} {folded[index + used - 1]}" if fold else folded[index]
        found = _form_of(exact, fold, used, plain, folded, index, lex, lang_words, told)
        if found is not None:
            best = found
    return best


_NUMBER_WORDS_NOT_SCALES = NUMBER_WORDS - {"thousand", "million", "billion", "trillion"}


def _form_of(exact, fold, used, plain, folded, index, lex: Lexicon, lang_words, told: _Told):
    """Return (kind, used, data, is_name) when the key of ``used`` tokens is a form, else None."""
    lang = told.lang
    form = lex.symbol(exact)
    if (
        form is not None
        and (exact not in lex.gated_symbols or lang in form.langs)
        and not (used == 2 and _letter_set_apart(plain, index))
    ):
        return CUR, used, form, False  # a symbol that is a word ("Le", "den") needs its language
    qualifier = lex.qualifiers.get(fold)
    if qualifier is not None:
        return QUAL, used, qualifier, False
    if lang_words is not None and fold in lang_words:
        return WORDS, used, lang_words[fold], False  # the caller's language first: "mille"
    # "mM" is the Portuguese 10^9 as written, never the English "MM" its folded form also is
    scale = CASED_SCALES.get(exact) or lex.scales.get(fold)
    if (
        scale is not None
        and fold not in _NUMBER_WORDS_NOT_SCALES
        and _scale_word_here(fold, scale, lex, told.lang, plain, folded, index + used)
    ):
        return SCALE, used, scale, False  # "bill" is no scale in English ("a $95bn bill")
    if used == 1 and plain[index][0] == "word":
        code = code_of(plain[index][1])
        if code:
            return CUR, 1, code, False
    if used == 1 and _counts_a_scale(fold, lex, told.lang, folded, index + 1):
        return None  # "bir milyar dolar": the Turkish one, not the Ethiopian birr
    key = fold
    form = _name(lex, key)
    if form is None and not fold.isascii():
        key = strip_accents(fold)
        form = _name(lex, key)
    if (
        form is not None
        and is_money_word(key, form, lex, lang)
        and not (used == 1 and is_ordinary_here(key, lex, told, plain, folded, index))
    ):
        return CUR, used, form, True
    if used == 2:
        # a country adjective and a currency word CLDR spells otherwise ("svenske kronor"), or
        # a gated country word naming the same currency ("thailand baht", "malaysia ringgit")
        adjective = lex.adjective(folded[index])
        if adjective is None and _gated(lex, folded[index]) is not None:
            adjective = _name(lex, folded[index]).codes
        head = _name(lex, folded[index + 1]) if adjective else None
        if head is not None and adjective & head.codes:
            codes = adjective & head.codes
            return CUR, 2, CurrencyForm(codes, codes, head.langs), True
    return None


def _counts_a_scale(fold: str, lex: Lexicon, lang, folded, after: int) -> bool:
    """True when ``fold`` is a count word (``COUNT_WORDS``) of a language whose scale word
    comes right after it ("bir milyar", "on milyon"): then it is that language's number, not a
    currency name some locale spells alike (Turkish "bir" is "one", CLDR's "bir" the birr).

    >>> from aidcalc.parsing.lexicon import lexicon
    >>> _counts_a_scale("bir", lexicon(), None, ["bir", "milyar"], 1)
    True
    >>> _counts_a_scale("bir", lexicon(), None, ["bir", "dolar"], 1)
    False
    """
    counts = COUNT_WORDS.get(fold)
    if counts is None or after >= len(folded):
        return False
    scale = lex.scales.get(folded[after])
    if scale is None:
        return False
    langs = {lang} if lang else set(scale)
    return any(x in langs and x in scale for x in counts)


# Signs whose countries write letters glued before them ("N$", "CDN$", "E£"): a glued prefix
# no symbol lists (``words.currency.SYMBOL_SUPPLEMENT``, CLDR) leaves the sign no currency
PREFIXED_SIGNS = frozenset({"$", "£"})


def _unknown_prefix(plain, index: int, lex: Lexicon) -> bool:
    """True when the token glued before a ``PREFIXED_SIGNS`` sign is letters that no symbol
    starts with ("XY$5m"): the sign is then not read as money, since "XY$" is some country's
    dollar the lexicon does not know, never the US dollar. A known prefix ("US$", "N$") was
    read with its sign before this token is reached; an ISO code ("USD$5m") is a currency itself,
    and letters after a number are its scale ("120 M$"). Prefixes are written with a capital
    ("NT$", "Mex$"): a word with no capital glued to the sign is a word written without its
    space ("about$5m", "for$5m", Japanese "収入は$"), and so is a qualifier in any case
    ("ABOUT$5M").

    >>> from aidcalc.parsing.lexicon import lexicon
    >>> _unknown_prefix([("word", "XY", 0, 2)], 0, lexicon())
    True
    >>> _unknown_prefix([("num", "5", 0, 1)], 0, lexicon())
    False
    >>> _unknown_prefix([("word", "about", 0, 5)], 0, lexicon())
    False
    >>> _unknown_prefix([("num", "120", 0, 3), ("word", "M", 4, 5)], 1, lexicon())
    False
    """
    kind, before = plain[index][0], plain[index][1]
    if index > 0 and plain[index - 1][0] == "num":
        return False
    if kind != "word" or not before.isalpha() or not any(c.isupper() for c in before):
        return False  # "about$5m", "収入は$ 48.2": a word written without its space
    return code_of(before) is None and before.casefold() not in lex.qualifiers


def _letter_set_apart(plain, index: int) -> bool:
    """True when a one-letter prefix of a symbol ("A$", "C$", "R$", "S$") is written apart from
    the sign and is a word of its own: the article "A" ("A $5 million grant"), or a letter that
    labels something after a capitalised word or a number ("Plan A $5 million", "Phase C $5
    million", "Annex S $5 million"). Glued, the prefix is the currency's ("A$5m" is AUD); apart
    at the start of a text or after a lower-case word, it is too ("C $5 million", "Ottawa gives
    C $5 million", "o governo deu R $ 5 milhões").

    >>> _letter_set_apart([("word", "A", 0, 1), ("sym", "$", 2, 3)], 0)
    True
    >>> _letter_set_apart([("word", "A", 0, 1), ("sym", "$", 1, 2)], 0)
    False
    >>> _letter_set_apart([("word", "C", 0, 1), ("sym", "$", 2, 3)], 0)
    False
    """
    letter = plain[index][1]
    if len(letter) != 1 or not letter.isalpha() or plain[index][3] == plain[index + 1][2]:
        return False
    if letter in ONE_LETTER_WORDS or index == 0:
        return letter in ONE_LETTER_WORDS
    kind, before = plain[index - 1][0], plain[index - 1][1]
    return kind == "num" or (kind == "word" and before[:1].isupper())  # "Plan A", "Annex 2 C"


# One-letter words that open English sentences in upper case: never a currency's prefix apart.
ONE_LETTER_WORDS = frozenset({"A", "I"})


def _scale_word_here(fold, scale, lex: Lexicon, lang, plain, folded, after: int) -> bool:
    """True when a scale key is a scale here. A key that is an ordinary word of the text's
    language (``Lexicon.ordinary_scale_in``; the ``lang`` given, else English, as for gated
    names) and no scale there is a scale only with a currency right after it (an abbreviation's
    dot between), written as a name of a language the scale belongs to when it is a name:
    "5 bill. kroner" is Norwegian, "a $95bn bill", "$5 bill" and "5 bill dollars" are bills.

    >>> from aidcalc.parsing.lexicon import lexicon
    >>> lex = lexicon()
    >>> plain = [("num", "5", 0, 1), ("word", "bill", 2, 6), ("word", "kroner", 7, 13)]
    >>> folded = ["5", "bill", "kroner"]
    >>> _scale_word_here("bill", lex.scales["bill"], lex, None, plain, folded, 2)
    True
    >>> _scale_word_here("bill", lex.scales["bill"], lex, None, plain[:2], folded[:2], 2)
    False
    >>> plain[2], folded[2] = ("word", "dollars", 7, 14), "dollars"
    >>> _scale_word_here("bill", lex.scales["bill"], lex, None, plain, folded, 2)
    False
    """
    language = lang or "en"
    word = fold[:-2] if fold.endswith(" .") else fold  # "bill ." at a sentence end: "bill"
    if language in scale or language not in lex.ordinary_scale_in(word):
        return True
    if after < len(plain) and folded[after] == ".":
        after += 1
    if after >= len(plain):
        return False
    token = plain[after][1]
    name = _name(lex, folded[after])
    if name is not None:  # "5 bill. kroner" is Norwegian; "5 bill dollars" is no Norwegian
        return any(x in scale for x in name.langs)
    return bool(lex.symbol(token) is not None or code_of(token))


def is_money_word(key: str, form: CurrencyForm, lex: Lexicon, lang: str | None) -> bool:
    """True unless the name is gated and the text's language does not write it as money.

    A gated name ("or", "canada", "marca", "den"; ``Lexicon.gated``) is money only in one of
    the languages whose currency names hold it: the ``lang`` given, else English, the language
    a text without ``lang`` is read in.

    >>> from aidcalc.parsing.lexicon import lexicon
    >>> lex = lexicon()
    >>> [is_money_word("or", lex.name("or"), lex, lang) for lang in (None, "fr")]
    [False, True]
    """
    return _gated(lex, key) is None or (lang or "en") in form.langs


@lru_cache(maxsize=_TRIGGERS_MAX)
def code_of(token: str) -> str | tuple[str, int] | None:
    """Return the ISO code a token spells (upper case; lower only when safe).

    ``MUSD``/``KEUR`` (millions/thousands of a currency, finance style) give ``(code, exponent)``.
    Remembered per token (the answer depends on the token alone).

    A lower-case token spells only the code of a currency in use today: the code of a withdrawn
    one ("sur", the Soviet rouble; "dem", "esp") is far likelier an ordinary word ("3 milliards
    sur les 9") than money no one pays in any more; in capitals it is still read ("SUR 5").

    >>> code_of("EUR"), code_of("eur"), code_of("Eur"), code_of("MUSD"), code_of("ALL")
    ('EUR', 'EUR', None, ('USD', 6), None)
    >>> code_of("sur"), code_of("SUR")
    (None, 'SUR')
    """
    if len(token) == 4 and token[0] in "MK" and token[1:].isupper():
        code = token[1:]
        return (code, 6 if token[0] == "M" else 3) if code in known_currencies() else None
    if len(token) != 3:
        return None
    upper = token.upper()
    if upper not in known_currencies() or token.casefold() in CODE_LIKE_WORDS:
        return None
    if token == upper:
        return upper
    if token.islower() and upper in _lexicon().in_use:
        return upper
    return None
