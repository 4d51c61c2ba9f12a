"""Bytes to text: the one rule by which every command reads a text file or standard input.

``decode_text`` turns the bytes of a news text, a pledge table (CSV, TSV, JSON) or standard
input read whole into text, applying these steps in this order:

1. **an encoding given** (``--encoding``, ``encoding=``) decides; a byte it cannot decode,
   or a NUL, is refused, naming its line and column;
2. **a known file signature** refuses the input by what it is: a ZIP file (an ``.xlsx`` or
   ``.docx`` is one), a PDF, an old Office file, a gzip, 7-Zip or RAR archive, an image, a
   program, an SQLite database;
3. **a byte-order mark** decides: UTF-8, UTF-16 little- or big-endian;
4. **UTF-8**, when every byte decodes and none is NUL;
5. **UTF-16 without a mark**, when most of the odd or the even bytes of the first 4,000 are
   zero (noted);
6. **NUL bytes**: a binary file (NUL in 1% of the bytes or more, or NUL in bytes that are not
   UTF-8; more than two and 1% of the bytes, or any in bytes that are not
   UTF-8) is refused, naming the first one's line and column; a stray NUL in UTF-8 text makes
   its line a damaged line (step 7);
7. **UTF-8 with damaged lines**, when the bytes hold well-formed UTF-8 letters or symbols
   beyond ASCII: each line that is not UTF-8 (or holds a NUL) is left empty, its line end
   kept so that the line numbers stay, and named in ``problems``; every other line is read;
8. **a Windows code page guessed by its letters** (noted, ``guessed``): the bytes are decoded
   as cp1252 (Western European), cp1250 (Central European) and cp1251 (Cyrillic), and the
   reading whose words are spelt in the alphabet of one language each (Czech ``milionů``,
   Polish ``zł``, Ukrainian ``гривень``), with no symbol inside a word (``z³``, ``mo¿e``), wins;
   on a tie, the one whose common words (``je``, ``od``, ``za``; ``the``, ``und``, ``les``)
   the text uses more, then cp1252;
9. anything else is refused, naming the first byte or word that no encoding tried reads, the
   encodings tried, and ``--encoding``.

Then a text that holds nothing but white space (an empty file, a byte-order mark alone), and
no damaged line, is refused: "no text: the input is empty, nothing to read".

>>> decode_text("Kyiv got 500 mln zł.".encode("cp1250")).text
'Kyiv got 500 mln zł.'
>>> decode_text("Kyiv got 500 mln zł.".encode("cp1250")).note
'encoding cp1250 (Central European), guessed: not UTF-8'
>>> decode_text(b"%PDF-1.7\\n", what="a text table")
Traceback (most recent call last):
aidcalc.errors.NotText: not a text table: it starts like a PDF document; save it as CSV
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .errors import NotText

# the starts of binary files people save with a text suffix by mistake (step 2)
SIGNATURES = (
    (b"PK\x03\x04", "a ZIP file (an .xlsx workbook or a .docx is one)"),
    (b"PK\x05\x06", "a ZIP file (an .xlsx workbook or a .docx is one)"),
    (b"%PDF", "a PDF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.xls or .doc)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "a program (ELF)"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
BOMS = (
    (b"\xef\xbb\xbf", "utf-8", None),
    (b"\xff\xfe", "utf-16", "encoding UTF-16"),
    (b"\xfe\xff", "utf-16", "encoding UTF-16"),
)
# the non-ASCII letters of the languages each Windows code page writes (step 8), lower case
WESTERN = {
    "de": "äöüß", "fr": "àâæçéèêëîïôœùûüÿ", "es": "áéíñóúüºª", "pt": "áâãàçéêíóôõúºª",
    "it": "àèéìíîòóùºª", "nl": "áéëïóöüè", "da no": "æøåé", "sv fi": "åäöé",
    "is": "áðéíóúýþæö", "ca": "àçèéíïòóúü", "et": "äöõüšž",
}  # fmt: skip
CENTRAL = {
    "cs": "áčďéěíňóřšťúůýž", "sk": "áäčďéíĺľňóôŕšťúýž", "pl": "ąćęłńóśźż",
    "hu": "áéíóöőúüű", "sl hr bs": "čćđšž", "ro": "ăâîşţ", "de": "äöüß",
}  # fmt: skip
_RU = "абвгдежзийклмнопрстуфхцчшщъыьэюяё"
CYRILLIC = {
    "ru": _RU, "uk": _RU.replace("ъ", "").replace("ы", "").replace("э", "") + "єіїґ",
    "be": _RU + "іў", "bg": _RU, "sr mk": _RU + "ђјљњћџѓќѕ",
}  # fmt: skip
CODE_PAGES = (
    ("cp1252", "Western European", WESTERN),
    ("cp1250", "Central European", CENTRAL),
    ("cp1251", "Cyrillic", CYRILLIC),
)
# common words that need no letter beyond ASCII, by the code page of their languages: a tie
# between two readings (a short text whose few letters read in either: Czech "Kč" as "Kè",
# Croatian "pomoć" as "pomoæ") goes to the code page whose words the text uses more. Words
# common in both families ("a", "i", "o", "do", "na", "se", "si", "la", "in", "mil"), and
# abbreviations written across them ("mln", "mld"), are in neither; Cyrillic words are never
# ASCII.
COMMON = {
    "cp1250": frozenset((
        "je", "za", "od", "ve", "vo", "v", "z", "w", "pro", "pri", "pre", "po", "nie", "jest",
        "oraz", "jak", "kc", "zl", "korun", "eura", "evrov", "az", "egy",
        "pentru", "cu", "din", "bo", "ali", "kot", "kao",
    )),
    "cp1251": frozenset(),
    "cp1252": frozenset((
        "the", "and", "of", "to", "for", "der", "die", "das", "und", "von", "mit", "les", "et",
        "des", "du", "pour", "el", "los", "las", "y", "del", "con", "og", "til", "och", "att",
        "het", "een", "van", "il", "che", "per", "em", "os", "com",
    )),
}  # fmt: skip
# a Cyrillic word of one letter is a word only in this list (a lone "Ђ" is a misread "€")
ONE_LETTER = frozenset("вискуояіїйВИСКУОЯІЇ")
SUPERSCRIPTS = frozenset("¹²³")
_WORD = re.compile(r"[^\W\d_]+")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


@dataclass(frozen=True)
class Text:
    """A decoded input: ``text``; the ``encoding`` read (a Python codec name); ``note``, what
    was found rather than given (``None`` for UTF-8); ``guessed``, when the encoding was
    chosen by its letters (step 8); ``problems``, (line, reason) of each line left empty."""

    text: str
    encoding: str = "utf-8"
    note: str | None = None
    guessed: bool = False
    problems: tuple[tuple[int, str], ...] = field(default=())

    def hint(self) -> str:
        """Return what to add to an error of a row or line that holds non-ASCII characters
        when the encoding was guessed: the guess and the ``--encoding`` that may be right."""
        if not self.guessed:
            return ""
        return (
            f"the file's encoding was guessed as {self.encoding} and may be wrong: {self.advice()}"
        )

    def advice(self) -> str:
        """Return the ``--encoding`` options that may be right when the guess is wrong."""
        others = [f"{name} ({region})" for name, region, _ in CODE_PAGES if name != self.encoding]
        return f"pass --encoding {' or '.join(others)} if its letters read wrongly"


def decode_text(
    data: bytes, *, encoding: str | None = None, what: str = "text", empty: bool = False
) -> Text:
    """Return the ``Text`` of ``data`` by the steps of the module docstring.

    ``what`` names the input in a refusal ("text", "a text table"); ``empty=True`` lets a text
    of white space through (the caller reports it). Raises ``NotText`` (a ``ValueError``) when
    the bytes are no text, hold none, or cannot be decoded; ``LookupError`` for an unknown
    ``encoding``.
    """
    found = _decode(data, encoding, what)
    if not empty and not found.problems and (not found.text or found.text.isspace()):
        raise NotText("no text: the input is empty, nothing to read")
    return found


def _decode(data: bytes, encoding: str | None, what: str) -> Text:
    if encoding:
        found = _given(data, encoding)
        if "\x00" in found.text:
            line, column = _place(data, data.find(b"\x00"))
            raise NotText(
                f"not {encoding} text: it holds NUL bytes (the first on line {line}, column "
                f"{column}), as binary files and UTF-16 text do; check --encoding"
            )
        return found
    table = "table" in what
    for start, kind in SIGNATURES:
        if data.startswith(start):
            fix = "save it as CSV" if table else "save it as plain text"
            if "ZIP" in kind:
                fix += ", or pass the .xlsx" if table else " (.txt)"
            raise NotText(f"not {what}: it starts like {kind}; {fix}")
    for mark, codec, note in BOMS:
        if data.startswith(mark):
            return Text(_given(data, codec).text.removeprefix("\ufeff"), codec, note)
    nul = data.find(b"\x00")
    utf8 = first = None
    try:
        utf8 = data.decode("utf-8")
    except UnicodeDecodeError as error:
        first = error
    if utf8 is not None and nul < 0:
        return Text(utf8)
    head = data[:4000]
    for zeros, codec, order in (
        (head[1::2], "utf-16-le", "little"),
        (head[0::2], "utf-16-be", "big"),
    ):
        if len(head) >= 4 and zeros.count(0) > len(head) // 4:
            note = f"encoding UTF-16 ({order}-endian, no byte-order mark)"
            return Text(_given(data, codec).text, codec, note)
    if nul >= 0:
        few = data.count(0) <= max(2, len(data) // 100)  # stray NULs in a text, no binary
        if few and (utf8 is not None or _holds_utf8(data)):
            return _damaged(data)
        line, column = _place(data, nul)
        fix = "save it as CSV" if table else "save it as plain text"
        raise NotText(
            f"not {what}: it holds NUL bytes (the first on line {line}, column {column}), as "
            f"binary files do; {fix}"
        )
    if _holds_utf8(data):
        return _damaged(data)
    assert first is not None
    return _guess(data, first)


def _given(data: bytes, encoding: str) -> Text:
    """Decode with an encoding known or given; a byte it cannot decode is refused."""
    try:
        return Text(data.decode(encoding), encoding)
    except UnicodeDecodeError as error:
        line, column = _place(data, error.start)
        raise NotText(
            f"byte {data[error.start]:#04x} on line {line}, column {column} is not {encoding} "
            "text; save the file as UTF-8, or pass the --encoding it is in"
        ) from None


def _place(data: bytes, at: int) -> tuple[int, int]:
    """Return (line, column) of byte ``at``, both from 1 (the column counts bytes)."""
    start = data.rfind(b"\n", 0, at) + 1
    return data.count(b"\n", 0, at) + 1, at - start + 1


def _holds_utf8(data: bytes) -> bool:
    """Whether ``data`` holds a well-formed UTF-8 sequence beyond ASCII (a UTF-8 file with a
    damaged line, not a file in another encoding)."""
    return (
        re.search(
            rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}", data
        )
        is not None
    )


def _damaged(data: bytes) -> Text:
    """Decode UTF-8 line by line (step 7): a line that is not UTF-8 is left empty."""
    text, problems = utf8_lines(data)
    return Text(text.removeprefix("\ufeff"), problems=tuple(problems))


def utf8_lines(data: bytes, first_line: int = 1) -> tuple[str, list[tuple[int, str]]]:
    """Return (text, problems) of whole lines of UTF-8 numbered from ``first_line``: a line
    that is not UTF-8 or holds a NUL is left empty, its line end kept, and named in
    ``problems`` as (line, what is wrong with it, ``decode_line``).

    >>> text, problems = utf8_lines(b"a\\r\\n\\xff\\r\\nb\\x00\\n")
    >>> text, [(line, problem.split(" (")[0].split(" at")[0]) for line, problem in problems]
    ('a\\r\\n\\r\\n\\n', [(2, 'is not UTF-8 text'), (3, 'holds a NUL byte')])
    """
    if b"\x00" not in data:
        try:
            return data.decode("utf-8"), []
        except UnicodeDecodeError:
            pass
    parts, problems = [], []
    for number, line in enumerate(data.splitlines(keepends=True), start=first_line):
        body = line.rstrip(b"\r\n")
        text, problem = decode_line(body)
        if problem:
            problems.append((number, problem))
            text = ""
        parts.append(text + line[len(body) :].decode("ascii"))
    return "".join(parts), problems


def decode_line(body: bytes) -> tuple[str, str | None]:
    """Return (text, problem) of one line without its end: UTF-8, or the text with U+FFFD for
    each bad byte and NUL (for a person to find it) and what is wrong with the line.

    >>> decode_line(b"10 \\xff euros")
    ('10 \ufffd euros', 'is not UTF-8 text (byte 0xff at position 4); nothing was read from it')
    >>> decode_line(b"SWE,2024,5m kronor\\x00")[1]
    'holds a NUL byte at position 19, as binary files do; nothing was read from it'
    """
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        return body.decode("utf-8", "replace"), (
            f"is not UTF-8 text (byte {body[error.start]:#04x} at position {error.start + 1}); "
            "nothing was read from it"
        )
    at = body.find(b"\x00")
    if at < 0:
        return text, None
    return text.replace("\x00", "\ufffd"), (
        f"holds a NUL byte at position {at + 1}, as binary files do; nothing was read from it"
    )


def _guess(data: bytes, first: UnicodeDecodeError) -> Text:
    """Decode with the Windows code page whose letters make words (step 8), or refuse; a tie
    goes to the code page whose common words the text uses more (``COMMON``), then to the
    first of ``CODE_PAGES``."""
    best: tuple[tuple[int, int], str, str, str] | None = None
    for codec, region, alphabets in CODE_PAGES:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        good, bad = _spelling(text, alphabets, codec == "cp1251")
        if not (good > len(bad) or (not bad and not good)):
            continue
        words = [word.lower() for word in _WORD.findall(text) if word.isascii()]
        score = (good - 3 * len(bad), sum(word in COMMON[codec] for word in words))
        if best is not None and text == best[3]:  # the same text: the words cannot tell
            score = (score[0], best[0][1])
        if best is None or score > best[0]:
            best = (score, codec, region, text)
    tried = "UTF-8, UTF-16, " + ", ".join(codec for codec, _, _ in CODE_PAGES)
    if best is not None:
        _, codec, region, text = best
        return Text(text, codec, f"encoding {codec} ({region}), guessed: not UTF-8", True)
    line, column = _place(data, first.start)
    raise NotText(
        f"byte {data[first.start]:#04x} on line {line}, column {column} is not UTF-8, and no "
        f"encoding tried ({tried}) reads the text as words; save the file as UTF-8, or pass "
        "the --encoding it is in"
    )


def _spelling(text: str, alphabets: dict[str, str], cyrillic: bool) -> tuple[int, list[str]]:
    """Return (score, words no language writes) among the words of ``text`` that hold a
    character beyond ASCII or touch a symbol beyond ASCII (``z³``, ``mo¿e``, ``£ód``: a code
    page's letters read as another's symbols). The score counts each word spelt in the
    alphabet of one language, and again each word of the language most words fit: a text is
    mostly in one language (Romanian ``României``, ``refugiaţi``, ``şi`` all fit Romanian;
    their cp1252 readings ``refugiaþi``, ``ºi`` fit Icelandic and Spanish, one word each)."""
    letters = [set(alphabet) for alphabet in alphabets.values()]
    fits = [0] * len(letters)
    good, bad = 0, []
    for match in _WORD.finditer(text):
        word = match.group()
        before = text[match.start() - 1 : match.start()]
        after = text[match.end() : match.end() + 1]
        lower = word.lower()
        beyond = {c for c in lower if not c.isascii()}
        if _stray(after) and not (after in SUPERSCRIPTS and lower.endswith("m")):
            bad.append(word + after)
        elif (
            _stray(before)
            and before not in "¿¡"
            and (beyond or unicodedata.category(before) != "Sc")
        ):
            bad.append(before + word)
        elif not beyond:
            continue
        elif cyrillic and (
            len(beyond) < len(set(lower)) or len(word) == 1 and word not in ONE_LETTER
        ):
            bad.append(word)  # Cyrillic letters among Latin ones, or a stray one
        elif any(beyond <= alphabet for alphabet in letters):
            good += 1
            for i, alphabet in enumerate(letters):
                fits[i] += beyond <= alphabet
        else:
            bad.append(word)
    return good + max(fits, default=0), bad


def _stray(char: str) -> bool:
    """Whether ``char``, written against a letter, is a symbol no word holds: a digit sign,
    modifier, currency, maths or other symbol beyond ASCII, or ``¿ ¡ § ¶`` after a letter."""
    if not char or char.isascii():
        return False
    return char in "¿¡§¶" or unicodedata.category(char) in ("No", "Sc", "Sk", "Sm", "So")
