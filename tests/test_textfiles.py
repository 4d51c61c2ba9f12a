"""``aidcalc.textfiles``: the one rule by which every command reads the bytes of a text (cli11).

Table tests: news sentences in the languages the tracker reads, each saved in the Windows code
page its country's offices use, come back as written; binary files are refused by what they
are; empty inputs, NUL bytes and damaged lines are named with their line. Property tests: any
text saved as UTF-8, or as UTF-16 with a byte-order mark, comes back exactly.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aidcalc.errors import NotText
from aidcalc.textfiles import decode_text

# (code page, a sentence in the language of a country that writes it)
WRITTEN = [
    ("cp1250", "Polska przekaże Ukrainie 500 mln zł na pomoc wojskową."),
    ("cp1250", "Rząd zatwierdził kolejny pakiet: 1,5 mld zł."),
    ("cp1250", "Česká vláda schválila pomoc ve výši 150 milionů korun."),
    ("cp1250", "Slovenská republika poskytne pomoc vo výške 40 miliónov eur."),
    ("cp1250", "A magyar kormány 10 milliárd forintot különített el a menekültekre."),
    ("cp1250", "Guvernul României a aprobat 20 milioane de lei pentru refugiaţi şi spitale."),
    ("cp1250", "donor;amount\nPOL;500 mln zł\nPOL;1 mld zł\n"),
    # few letters that read in cp1252 too (ć as æ, č as è): told by their common words
    ("cp1250", "Hrvatska vlada odobrila je pomoć od 5 milijuna eura."),
    ("cp1250", "Slovenija bo namenila 3 milijone evrov za humanitarno pomoč."),
    ("cp1250", "CZE;2 mld Kč pro nemocnice"),
    ("cp1251", "Україна отримала 500 млн гривень допомоги від партнерів."),
    ("cp1251", "Правительство выделило 2 млрд рублей на восстановление."),
    ("cp1251", "България ще предостави 50 млн. лв. военна помощ."),
    ("cp1251", "Влада Србије је одобрила помоћ од 10 милиона динара."),
    ("cp1251", "donor,amount\nBGR,50 млн. лв.\n"),
    ("cp1252", "Deutschland stellt weitere 500 Mio. € für die Ukraine bereit."),
    ("cp1252", "La France débloque une aide de 200 millions d'euros pour l'énergie."),
    ("cp1252", "España aprobó 1.000 millones de euros en ayuda militar."),
    ("cp1252", "Portugal doou 250 milhões de euros à Ucrânia."),
    ("cp1252", "L'Italia ha stanziato 300 milioni di euro, più di quanto previsto."),
    ("cp1252", "Danmark giver 500 mio. kr. til Ukraine gennem fonden; støtten øges."),
    ("cp1252", "Sverige ger ytterligare 1 miljard kronor i stöd till Ukraina."),
    ("cp1252", "Ísland veitir 500 milljónir króna í aðstoð."),
    ("cp1252", "Österreich sagte 10 Mio. € zu; Côte d’Ivoire und Curaçao folgten."),
    ("cp1252", "Nederland geeft € 2,5 miljard; België volgt met 300 miljoen."),
    ("cp1252", "donor;amount\nCôte d'Ivoire;5 m€\nÅland;2 m€\nPerú;1 m€\nFrançois Müller;3 m€\n"),
    ("cp1252", "¿Cuánto? 1º pago: 5 millones; 20 m² de oficina."),
]
REGIONS = {"cp1250": "Central European", "cp1251": "Cyrillic", "cp1252": "Western European"}


@pytest.mark.parametrize(("codec", "text"), WRITTEN)
def test_a_code_page_is_told_by_the_letters_it_makes(codec, text):
    found = decode_text(text.encode(codec))
    assert found.text == text
    assert (found.encoding, found.guessed) == (codec, True)
    assert found.note == f"encoding {codec} ({REGIONS[codec]}), guessed: not UTF-8"


# words whose cp1250 letters are Western letters in cp1252 (č as è), and no common word of
# either family: the bytes read in both; cp1252 wins the tie, and the hint names cp1250
@pytest.mark.parametrize(
    "text",
    ["CZE;500 mil. Kč", "Ministerstvo obrany vyčlenilo 2 miliardy Kč na munici."],
)
def test_a_tie_reads_cp1252_and_the_hint_names_the_other_code_pages(text):
    found = decode_text(text.encode("cp1250"))
    assert found.encoding == "cp1252" and found.text != text
    assert found.hint() == (
        "the file's encoding was guessed as cp1252 and may be wrong: pass --encoding cp1250 "
        "(Central European) or cp1251 (Cyrillic) if its letters read wrongly"
    )
    assert decode_text(text.encode("cp1250"), encoding="cp1250").text == text


@pytest.mark.parametrize(
    ("raw", "what"),
    [
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP file (an .xlsx workbook or a .docx is one)"),
        (b"PK\x05\x06" + bytes(18), "a ZIP file"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(8), "an old Office file (.xls or .doc)"),
        (b"\x1f\x8b\x08\x00", "a gzip archive"),
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"\x7fELF\x02\x01\x01", "a program (ELF)"),
        (b"SQLite format 3\x00", "an SQLite database"),
    ],
)
def test_a_binary_file_is_refused_by_what_it_is(raw, what):
    with pytest.raises(NotText, match="not a text table: it starts like ") as caught:
        decode_text(raw, what="a text table")
    assert what in str(caught.value) and "save it as CSV" in str(caught.value)
    with pytest.raises(NotText, match="save it as plain text"):
        decode_text(raw)


@pytest.mark.parametrize(
    "raw", [b"", b" ", b"\n\r\n\t", b"\xef\xbb\xbf", b"\xff\xfe", b"\xef\xbb\xbf\n"]
)
def test_an_input_of_no_text_is_refused(raw):
    with pytest.raises(NotText, match="no text: the input is empty, nothing to read"):
        decode_text(raw)
    assert decode_text(raw, empty=True).text.strip() == ""


@pytest.mark.parametrize(
    ("raw", "line", "column"),
    [
        (bytes(range(256)) * 4, 1, 1),
        (b"donor,amount\n" + b"\x00\x01\x02\x03" * 50, 2, 1),
        (b"abc\ndef\x00\x00\x00\x00\xff", 2, 4),  # few NULs, but no UTF-8 around them
    ],
)
def test_nul_bytes_make_a_binary_file_named_by_the_first(raw, line, column):
    with pytest.raises(NotText, match=f"NUL bytes \\(the first on line {line}, column {column}\\)"):
        decode_text(raw)


@pytest.mark.parametrize(
    ("raw", "text", "problems"),
    [
        (b"a\nb\x00c\nd", "a\n\nd", [(2, "holds a NUL byte at position 2")]),
        ("Latvia €5m\n".encode() + b"\x93x\x94\n", "Latvia €5m\n\n", [(2, "is not UTF-8 text")]),
        (
            "ok €1m\r\n".encode() + "zł 5".encode("cp1250") + "\r\n€2m".encode(),
            "ok €1m\r\n\r\n€2m",
            [(2, "is not UTF-8 text")],
        ),
    ],
)
def test_a_damaged_line_of_utf8_text_is_left_empty_and_named(raw, text, problems):
    found = decode_text(raw)
    assert found.text == text and found.encoding == "utf-8"
    assert [
        (line, why[: len(expected)])
        for (line, why), (_, expected) in zip(found.problems, problems, strict=True)
    ] == problems


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"LVA;5 \x98\x81 EUR", "byte 0x98 on line 1, column 7 is not UTF-8, and no encoding"),
        (b"a\nb\n\x98\x81", "byte 0x98 on line 3, column 1 is not UTF-8"),
    ],
)
def test_bytes_no_code_page_reads_are_refused_with_the_encodings_tried(raw, message):
    with pytest.raises(NotText, match=message) as caught:
        decode_text(raw)
    assert "(UTF-8, UTF-16, cp1252, cp1250, cp1251)" in str(caught.value)
    assert "pass the --encoding it is in" in str(caught.value)


def test_an_encoding_given_decides_and_names_a_byte_it_cannot_read():
    assert decode_text(b"5 \xb3", encoding="cp1250").text == "5 ł"
    assert decode_text(b"5 \xb3", encoding="cp1252").text == "5 ³"
    with pytest.raises(NotText, match="byte 0x98 on line 2, column 3 is not cp1251 text"):
        decode_text(b"ok\n5 \x98", encoding="cp1251")
    with pytest.raises(NotText, match="not cp1250 text: it holds NUL bytes"):
        decode_text("€5m".encode("utf-16-le"), encoding="cp1250")


def test_utf16_is_read_with_or_without_its_mark():
    text = "Danmark giver 500 mio. kr. til Ukraine.\n"
    assert decode_text(text.encode("utf-16")).text == text
    assert decode_text(text.encode("utf-16-be")).note.startswith("encoding UTF-16 (big-endian")
    assert decode_text(text.encode("utf-16-le")).text == text


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")))
def test_any_utf8_text_comes_back(text):
    if not text.strip() or text.startswith("\ufeff"):
        return
    assert decode_text(text.encode("utf-8")).text == text


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")))
def test_any_utf16_text_with_its_mark_comes_back(text):
    if not text.strip() or text.startswith("\ufeff"):
        return
    assert decode_text(text.encode("utf-16")).text == text
