"""A large text file read in pieces, so that ``aidcalc extract`` holds one piece at a time.

A file of more than ``STREAM_FROM`` bytes is read in pieces of about ``PIECE`` characters; each
piece is read like an article (by a worker process with ``--jobs``), and the rows' offsets are
made offsets in the whole file. A piece ends only where ``iter_amounts`` itself would end a
block at a paragraph break (a blank line): the block rule of ``aidcalc.parsing`` is walked
from the start of the file, so the pieces read exactly the blocks ``extract_amounts`` of the
whole text reads as long as its blocks end at paragraph breaks (articles separated by blank
lines, as news dumps are). A paragraph break ends every amount and sentence, so a piece never
cuts one; a text without a blank line for longer than a piece stays in one piece until the
next blank line (memory follows that stretch of text).

The file is decoded line by line as ``aidcalc extract`` decodes a whole file: a line that is
not UTF-8 becomes an empty line and a problem naming its number.

>>> import io
>>> text = ("Riga gave €2m.\\n\\n" * 20_000).encode()  # 320,000 characters
>>> [(offset, len(piece)) for offset, piece, _ in pieces(io.BytesIO(text), size=100_000)]
[(0, 131072), (131072, 131072), (262144, 57856)]
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

STREAM_FROM = 8 << 20  # bytes: smaller files are read whole
PIECE = 1 << 20  # characters in a piece, about
READ = 1 << 20  # bytes read at a time


def decoded_lines(stream: BinaryIO, problems: list[str]) -> Iterator[str]:
    """Yield the text of ``stream`` in runs of whole lines (about ``READ`` bytes each), decoded
    as UTF-8; a line that is not UTF-8 is left empty (its line end kept) and named in
    ``problems``. A byte-order mark at the start is dropped."""
    from .streams import decode_lines

    number = 0  # lines before this run
    first = True
    while True:
        raw = stream.read(READ)
        if not raw:
            return
        raw += stream.readline()  # end at a line end
        if first:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
            first = False
        text, found = decode_lines(raw, first_line=number + 1)
        problems.extend(found)
        number += len(raw.splitlines())  # as decode_text numbers them (a lone CR ends a line)
        yield text


def pieces(
    stream: BinaryIO, size: int | None = None, problems: list[str] | None = None
) -> Iterator[tuple[int, str, list[str]]]:
    """Yield (offset in characters, text, problems met in it) of each piece of a binary
    ``stream``: pieces of at least ``size`` characters (but the last), each ending where the
    block rule of ``iter_amounts`` ends a block at a paragraph break (``size``: ``PIECE``)."""
    from ..parsing import BLOCK, _block_end  # the block rule, walked without reading amounts

    size = PIECE if size is None else size
    found: list[str] = [] if problems is None else problems
    buffer = ""
    offset = 0  # of buffer[0] in the file
    at = 0  # where the next block starts, in buffer
    for text in decoded_lines(stream, found):
        buffer += text
        while len(buffer) - at > BLOCK:
            cut, carry = _block_end(buffer[at : at + BLOCK])
            at += cut
            if not carry and at >= size:  # a block ends at a paragraph break: a piece too
                yield offset, buffer[:at], found[:]
                found.clear()
                offset += at
                buffer = buffer[at:]
                at = 0
    if buffer or offset == 0:
        yield offset, buffer, found[:]
