"""Issue "pledge_candidates speed" (pledgespeed14): short cuts that change no reading. Each is
checked against the long way it replaces, over the news passages (every text language) and
over lines and sentences of my own; the scans that made a long text quadratic are checked by
what they are given, never by a clock."""

from __future__ import annotations

import sys
from bisect import bisect_right
from datetime import date
from pathlib import Path

import pytest

from aidcalc.news import article_tables, candidates, dates, language
from aidcalc.news import places as news_places
from aidcalc.news.article_tables import ROW_RE, article_table
from aidcalc.news.candidates import _own_language_sentences, _sentence_rows, pledge_candidates
from aidcalc.news.dates import amount_dates, explicit_date
from aidcalc.news.header_tables import cells as header_cells
from aidcalc.news.language import infer_language
from aidcalc.news.lists import CELL_RE
from aidcalc.news.persons import person_places
from aidcalc.news.sentences import split_sentences
from aidcalc.parsing import extract_amounts
from aidcalc.places import find_places as gazetteer_places

sys.path.insert(0, str(Path(__file__).parent))
import passages as P  # noqa: E402

PASSAGES = [
    item[:2] for group in (P.PASSAGES, P.HELD_OUT, P.HELD_OUT_3, P.HELD_OUT_4) for item in group
]
SENTENCES = [(lang, text[a:b]) for lang, text in PASSAGES for a, b in split_sentences(text)]
PUBLISHED = date(2025, 3, 1)

# lines of my own: table rows with pipes, tabs and aligned spaces, header rows, a rule, a
# superscript digit (a digit to ``str.isdigit``, none to ``\d``), prose, in several languages
LINES = [
    "Land            Zusage",
    "Donor | Pledge (USD m) | Type",
    "|---|---|",
    "Pakke\tMio. kr.",
    "Kraj        Kwota (mln zł)",
    "Країна    Сума",
    "Niederlande     500",
    "Norge | 1 200 | militær",
    "Luftverteidigung  900 Mio. €",
    "- Razem: 5 mld zł",
    "Aide française  m²",
    "Pays        Montant²",
    "Montant        Pays",
    "Germany pledged €2bn to Ukraine on Monday.",
    "Lietuva skyrė Ukrainai 10 mln. eurų paramos.",
    "",
]


def _spaced_header_long_way(line: str) -> bool:
    found = header_cells(line, 0, len(line))
    return (
        2 <= len(found) <= 8
        and not any(c.isdigit() for c in line)
        and all(len(cell.split()) <= 4 for cell, _, _ in found)
        and found[0][0][:1].isalpha()
    )


def _row_long_way(line: str) -> str | None:
    """``article_tables._row`` as it was: the cell marks found by ``CELL_RE.search``."""
    if CELL_RE.search(line):
        cells = [cell.strip() for cell in CELL_RE.split(line)]
        if not any(c.isdigit() for c in line):
            return ""
        return next((cell for cell in cells if cell), "")
    if _spaced_header_long_way(line):
        return ""
    found = ROW_RE.fullmatch(line)
    if found is None:
        return None
    label = found["label"].strip().rstrip(".").strip()
    if len(label.split()) > article_tables.LABEL_WORDS:
        return None
    if len(found["amount"].split()) > article_tables.AMOUNT_WORDS:
        return None
    return label


def _all_lines() -> list[str]:
    return [*LINES, *(line for _, text in PASSAGES for line in text.split("\n"))]


@pytest.mark.parametrize("line", LINES)
def test_row_and_header_as_the_long_way_on_my_lines(line):
    assert article_tables._row(line) == _row_long_way(line)
    assert article_tables._spaced_header(line) == _spaced_header_long_way(line)


def test_row_and_header_as_the_long_way_over_the_passages():
    lines = _all_lines()
    assert len(lines) > 400
    assert [line for line in lines if article_tables._row(line) != _row_long_way(line)] == []
    differ = [
        line
        for line in lines
        if article_tables._spaced_header(line) != _spaced_header_long_way(line)
    ]
    assert differ == []


def test_cell_marks_are_those_of_cell_re():
    """``_row`` looks for ``CELL_RE``'s marks with ``in``: they must stay its only two."""
    sample = "".join(chr(code) for code in range(0x3000)) + "\u2502\uff5c"
    assert {ch for ch in sample if CELL_RE.search(ch)} == {"|", "\t"}


def test_a_line_of_prose_is_never_cut_into_cells(monkeypatch):
    """An article run into one line, many amounts: the header check of each amount's line
    asks for a digit first and gives the line of prose to no cell cutter (it cut the whole
    line again for every amount)."""
    given: list[str] = []

    def recording(text, low, high):
        given.append(text[low:high])
        return header_cells(text, low, high)

    monkeypatch.setattr(article_tables, "header_cells", recording)
    sentences = [text for lang, text in SENTENCES if lang in ("en", "de", "fr", "pl")][:60]
    text = " ".join(sentences)
    assert "\n" not in text
    rows = pledge_candidates(text, published=PUBLISHED)
    assert len(rows) > 20
    assert not any(any(c.isdigit() for c in line) for line in given)


# --- _mostly_hangul: no letter counted without a hangul syllable -------------------------


def _mostly_hangul_long_way(sample: str) -> bool:
    return len(language.HANGUL_RE.findall(sample)) * 2 > len(language.LETTER_RE.findall(sample))


@pytest.mark.parametrize(
    "sample",
    [
        "정부는 수단에 500만 달러를 지원한다.",
        "EU pledged €2bn",
        "한국 EU pledged €2bn to Ukraine on Monday and more",
        "KOICA는 우크라이나에 2천만 달러",
        "Україна отримала 2 млрд",
        "",
        "123 456",
    ],
)
def test_mostly_hangul_as_the_long_way(sample):
    assert language._mostly_hangul(sample) == _mostly_hangul_long_way(sample)


def test_mostly_hangul_as_the_long_way_over_the_passages():
    assert all(
        language._mostly_hangul(text) == _mostly_hangul_long_way(text) for _, text in PASSAGES
    )
    assert infer_language("정부는 수단에 500만 달러를 지원한다.") == "ko"


# --- news.places.find_places: the last sentences' answers remembered -------------------


def _places_long_way(text: str, lang: str | None) -> list:
    places = gazetteer_places(text, lang)
    persons = person_places(text, places, lang) if places else set()
    return [p for i, p in enumerate(places) if i not in persons]


def test_find_places_as_the_long_way_over_the_passages():
    differ = [
        (lang, sentence)
        for lang, sentence in SENTENCES
        for _ in range(2)  # asked again: the remembered answer
        if news_places.find_places(sentence, lang) != _places_long_way(sentence, lang)
    ]
    assert differ == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Germany and France sent €2m to Turkey and Syria.", "en"),
        ("Lietuva skyrė Ukrainai ir Moldovai 10 mln. eurų.", "lt"),
        ("O primeiro-ministro, Luís Montenegro, visitou a Ucrânia", "pt"),
        ("Німеччина надала Україні 2 млрд євро.", "uk"),
        ("Polska przekazała Ukrainie 500 mln zł.", None),
    ],
)
def test_find_places_answers_are_the_callers_own(text, lang):
    first = news_places.find_places(text, lang)
    expected = list(first)
    assert expected
    first.clear()  # a caller changing its list changes no later answer
    first.append("not a place")
    assert news_places.find_places(text, lang) == expected == _places_long_way(text, lang)


def test_find_places_remembers_a_few_sentences_only():
    for index in range(news_places.RECENT_SIZE * 3):
        news_places.find_places(f"Germany gave {index} tanks to Ukraine.", "en")
    assert len(news_places._RECENT) <= news_places.RECENT_SIZE
    long = "Germany gave tanks to Ukraine. " * 200
    assert len(long) > news_places.RECENT_CHARS
    assert news_places.find_places(long, "en") == _places_long_way(long, "en")
    assert (long, "en") not in news_places._RECENT


# --- amount_dates: a clause that is the whole sentence -----------------------------------


def test_whole_sentence_as_its_own_context_over_the_passages():
    """``amount_dates`` gives a clause that is the whole sentence the date ``explicit_date``
    found for the sentence (no ``context``): the same as the clause's reading with the
    sentence as its context."""
    differ = []
    for lang, sentence in SENTENCES:
        mentions = extract_amounts(sentence, lang=lang)
        skip = [(m.start, m.end) for m in mentions]
        for future_from in (None, 0):
            plain = explicit_date(sentence, PUBLISHED, lang, skip, future_from)
            clause = explicit_date(sentence, PUBLISHED, lang, skip, future_from, sentence)
            if plain != clause:
                differ.append((lang, sentence, future_from))
    assert differ == []


def _amount_dates_long_way(sentence, published, lang, wheres, skip=(), future_from=None):
    """``amount_dates`` as it was: every clause read, the rest of the sentence read."""
    from aidcalc.news.dates import (
        _has_verb,
        _inside,
        clause_spans,
        relative_clauses,
        respective_years,
    )
    from aidcalc.news.figures import figures_apart

    def within(low, high):
        return " " * low + sentence[low:high] + " " * (len(sentence) - high)

    # the years a list pairs with its amounts, a step added since (sessions 23 and 24), first
    paired = respective_years(sentence, wheres)
    if paired is not None:
        return [(year, True) for year in paired]
    whole = explicit_date(sentence, published, lang, skip, future_from)
    if whole is None:
        return [(None, False)] * len(wheres)
    asked = list(wheres)
    wheres = sorted({*wheres, *figures_apart(sentence, lang, [*wheres, *skip])})
    relative = relative_clauses(sentence, lang)
    spans = clause_spans(sentence, wheres, lang)
    own = [
        explicit_date(within(*span), published, lang, skip, future_from, sentence) for span in spans
    ]
    dated = [span for span, found in zip(spans, own, strict=True) if found is not None]
    if not dated and not relative:
        return [(whole, False)] * len(wheres)
    blanked = list(sentence)
    for low, high in [*dated, *relative]:
        blanked[low:high] = " " * (high - low)
    rest = explicit_date("".join(blanked), published, lang, skip, future_from, sentence)
    found_dates = []
    for index, ((low, high), found) in enumerate(zip(spans, own, strict=True)):
        if found is not None:
            found_dates.append((found, True))
        elif (
            index
            and not _has_verb(sentence[low:high], lang)
            and not _inside(spans[index - 1], relative)
        ):
            found_dates.append((found_dates[-1][0], False))
        else:
            found_dates.append((rest, False))
    return [found_dates[wheres.index(where)] for where in asked]


def test_amount_dates_as_the_long_way_over_the_passages():
    differ, dated = [], 0
    for lang, sentence in SENTENCES:
        wheres = [(m.start, m.end) for m in extract_amounts(sentence, lang=lang)]
        if not wheres:
            continue
        for future_from in (None, 0):
            short = amount_dates(sentence, PUBLISHED, lang, wheres, wheres, future_from)
            long = _amount_dates_long_way(sentence, PUBLISHED, lang, wheres, wheres, future_from)
            dated += any(found for found, _ in short)
            if short != long:
                differ.append((lang, sentence, future_from))
    assert differ == []
    assert dated > 100


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Germany pledged €1bn on Monday.", "en"),
        ("Im Oktober sagte Deutschland 2 Mrd. Euro zu.", "de"),
        ("Rugsėjį Lietuva skyrė 10 mln. eurų.", "lt"),
        ("У вересні Литва виділила 10 мільйонів євро.", "uk"),
        ("W 2023 r. Polska przekazała 500 mln zł.", "pl"),
        ("La France a promis 300 millions d'euros l'an dernier.", "fr"),
        ("Germany pledged €1bn.", "en"),
    ],
)
def test_amount_dates_of_one_clause_as_the_long_way(sentence, lang, monkeypatch):
    mentions = extract_amounts(sentence, lang=lang)
    wheres = [(m.start, m.end) for m in mentions]
    short = amount_dates(sentence, PUBLISHED, lang, wheres, wheres)
    calls: list[str] = []
    original = dates.explicit_date

    def recording(text, *args):
        calls.append(text)
        return original(text, *args)

    monkeypatch.setattr(dates, "explicit_date", recording)
    assert amount_dates(sentence, PUBLISHED, lang, wheres, wheres) == short
    # the whole sentence is read once: its one clause is not read again, and no rest is read
    # when every clause has a date of its own
    assert calls == [sentence]
    assert short == _amount_dates_long_way(sentence, PUBLISHED, lang, wheres, wheres)
    if short[0][0] is not None:
        assert short[0][1] is True  # the whole sentence's date is its one clause's own


# --- candidates: the sentence's rows, its own language, a mention's index -----------------


def _mixed_texts() -> list[str]:
    by_lang: dict[str, list[str]] = {}
    for lang, text in PASSAGES:
        by_lang.setdefault(lang, []).append(text)
    langs = sorted(by_lang)
    texts = []
    for offset in range(6):
        texts.append(
            " ".join(by_lang[lang][offset % len(by_lang[lang])] for lang in langs[offset::3])
        )
    return texts


def test_rows_come_in_the_order_of_their_sentences(monkeypatch):
    """``_sentence_rows`` takes a sentence's rows as the tail of the rows made so far: the rows
    are made sentence after sentence. Checked on the rows as they stand after each sentence
    (where ``_whole_from_part`` is given them), against the filter it replaces."""
    seen: list[int] = []
    original = candidates._whole_from_part

    def checking(rows, number):
        numbers = [row["sentence"] for row in rows]
        assert numbers == sorted(numbers) and all(n <= number for n in numbers)
        assert _sentence_rows(rows, number) == [r for r in rows if r["sentence"] == number]
        seen.append(len(rows))
        return original(rows, number)

    monkeypatch.setattr(candidates, "_whole_from_part", checking)
    for text in [text for _, text in PASSAGES] + _mixed_texts():
        pledge_candidates(text, published=PUBLISHED)
    assert len(seen) > 400 and max(seen) > 5


@pytest.mark.parametrize("number", [0, 1, 2, 3])
def test_sentence_rows_as_the_long_way(number):
    rows = [{"sentence": s} for s in (0, 0, 1, 2, 2, 2)]
    rows = [row for row in rows if row["sentence"] <= number]
    assert _sentence_rows(rows, number) == [r for r in rows if r["sentence"] == number]


def test_own_language_spans_are_sorted_and_apart():
    """The piece's own language is found by bisection: the sentences (and quotes) read in a
    language of their own come in order and never overlap; the bisection finds the one the
    scan it replaces found, for every sentence start."""
    spans_seen = 0
    quoted = "„We will give 2 billion dollars to Ukraine“, sagte Biden in Berlin. "
    for text in [*_mixed_texts(), quoted + _mixed_texts()[0]]:
        lang = infer_language(text)
        mentions = extract_amounts(text)
        sentences = split_sentences(text)
        _, spans = _own_language_sentences(text, lang, mentions, None, sentences)
        spans_seen += len(spans)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
        starts = [start for start, _, _ in spans]
        for point in range(len(text)):
            scan = next((own for s, e, own in spans if s <= point < e), None)
            at = bisect_right(starts, point) - 1
            found = spans[at][2] if at >= 0 and point < spans[at][1] else None
            assert found == scan
    assert spans_seen > 5


def test_restated_amounts_follow_their_row():
    """A row's ``restated`` amounts are those restating its own mention (its index found once
    per text), in several languages."""
    for text, lang in [
        ("Britain will give £1.5 billion, or about $1.9 billion, to Kyiv.", "en"),
        ("La France a débloqué 300 millions d'euros (environ 325 millions de dollars).", "fr"),
        ("Polska przekazała 500 mln zł (ok. 115 mln euro) Ukrainie.", "pl"),
        ("Die Schweiz gibt 100 Mio. Franken (112 Mio. Dollar) für Minenräumung.", "de"),
    ]:
        rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
        mentions = extract_amounts(text, lang=lang)
        for row in rows:
            index = next(i for i, m in enumerate(mentions) if m.start == row["start"])
            restating = tuple(m.amount for m in mentions if m.equivalent_of == index)
            assert list(row["restated"]) == list(restating)
        assert any(row["restated"] for row in rows)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "Übersicht der deutschen Zusagen:\n\nLuftverteidigung  900 Mio. €\nMunition  500 €",
            "Luftverteidigung  900 Mio. €",
        ),
        ("Pomoc Polski:\nAmunicja  500 mln zł\nDrony  200 mln zł", "Amunicja  500 mln zł"),
        ("Germany | €125m\nFrance | €90m", "Germany | €125m"),
    ],
)
def test_article_table_reads_its_line_once(text, line, monkeypatch):
    calls: list[str] = []
    original = article_tables._row

    def recording(line):
        calls.append(line)
        return original(line)

    monkeypatch.setattr(article_tables, "_row", recording)
    start = text.index(line) + next(i for i, ch in enumerate(line) if ch.isdigit())
    table = article_table(text, start, start + 3, "de")
    assert table is not None and table.rows == 2
    assert calls.count(line) == 1
