"""Round 21 of the extraction speed work changes no reading: the shared-currency rules that no
longer tell the languages (the text's, scored once per text) before a link phrase or a scaled
bare number calls for them answer as the rules that always told them, and the cheaper scans
of a text (the spelled runs, the grouped numbers, the sentence ends) answer as the full ones
(docs/parsing.md, round 21)."""

from __future__ import annotations

import random
import re

import pytest

from aidcalc.parsing import context, number_spans, numbered, shared
from aidcalc.parsing.atoms import atomize
from aidcalc.parsing.grammar import Reader
from aidcalc.parsing.lexicon import lexicon

# a part and its whole, breakdowns, parallel and gapped parts, and bare numbers after an
# amount that are none of these (a year, a count, a scale-less number, "2024 m."), in several
# languages, with and without a hint
TEXTS = [
    ("Ukraine got $5 billion in military aid since February 2022, officials said.", None),
    ("La France a versé 3 milliards d'euros du paquet de 9 milliards destiné à l'Ukraine.", None),
    ("Italia ha dato 3 miliardi di euro del pacchetto da 9 miliardi per l'Ucraina.", None),
    ("Berlin gab 3 Mrd. Euro aus dem 9-Milliarden-Paket an Kyjiw.", None),
    ("Polska przekazała 3 mld euro z pakietu o wartości 9 mld na Ukrainę.", "pl"),
    ("Spain pledged €90 million, of which 60 million for housing and 20 million for Kyiv.", None),
    ("2 Mrd., davon 1 Mrd. Euro für die Luftabwehr.", None),
    ("Alemania aportará 5 millones de euros y Francia, 3 millones.", None),
    ("€500 million for refugees and 110 million for Kyiv in 2024 m. parama.", None),
    ("Lietuva skyrė 10 mln. eurų, 2024 m. dar 5 mln. Eurų.", None),
    ("Norway gave NOK 5 billion in 2023 and 40 tanks; 12 500 troops came later.", "en"),
    ("Der Fonds erhielt 1.500 Millionen Euro von 12 Gebern, davon 300 Millionen 2024.", None),
    (
        "Spain pledged €90 million for Gaza. Of this, 60 million will go to UNRWA and 20 million "
        "to the WFP, from 2024 on.",
        None,
    ),
    ("Deutschland stellt 2 Mrd. Euro bereit. Davon gehen 1,5 Mrd. an die Luftabwehr.", None),
]


def _reading(text: str, lang: str | None):
    reader = Reader(text, lang, None)
    found = reader.mentions()
    return [(str(m.amount), m.start, m.end, m.equivalent_of, m.assumptions) for m in found], sorted(
        reader.problems
    )


@pytest.mark.parametrize(("text", "lang"), TEXTS)
def test_whole_after_reads_as_when_the_languages_were_told_first(monkeypatch, text, lang):
    now = _reading(text, lang)
    # a sentinel no reader holds: the text's language counts as known, so ``_whole_after``
    # tells the languages before reading the bare number, as it did
    monkeypatch.setattr(shared, "UNKNOWN", object())
    assert _reading(text, lang) == now


@pytest.mark.parametrize(("text", "lang"), TEXTS)
def test_elided_rules_read_as_when_the_languages_were_told_first(monkeypatch, text, lang):
    now = _reading(text, lang)
    # every gap counts as a link phrase of some language, so the languages are told before
    # each link is weighed; the links found are the table's own
    monkeypatch.setattr(shared, "BREAKDOWN_LINKS", _Always(shared.BREAKDOWN_LINKS))
    fits = shared._joiner_fits
    monkeypatch.setattr(
        shared,
        "_joiner_fits",
        lambda table, phrase, langs: table.get(phrase) is not _ANY and fits(table, phrase, langs),
    )
    assert _reading(text, lang) == now


class _Any(frozenset):
    """What ``_Always`` answers for a phrase it lacks: true, so the callers tell the
    languages; ``_joiner_fits`` (wrapped above) takes it for no link."""

    def __bool__(self) -> bool:
        return True


_ANY = _Any()


class _Always(dict):
    """``BREAKDOWN_LINKS`` answering every phrase (``_ANY`` for those it lacks)."""

    def get(self, key, default=None):
        found = super().get(key, default)
        return found if found else _ANY


class _Every:
    """A set of kinds holding every kind: ``spelled_runs`` then looks at every atom, as it did."""

    def __contains__(self, kind) -> bool:
        return True


@pytest.mark.parametrize(("text", "lang"), TEXTS)
def test_spelled_runs_as_when_every_atom_was_looked_at(monkeypatch, text, lang):
    atoms = atomize(text, lexicon(), lang)
    now = number_spans.spelled_runs(atoms, lexicon(), lang)
    monkeypatch.setattr(number_spans, "_RUN_END_KINDS", _Every())
    monkeypatch.setattr(number_spans, "_RUN_END_KINDS_LANG", _Every())
    assert number_spans.spelled_runs(atoms, lexicon(), lang) == now


def test_one_search_for_a_group_space_answers_as_the_two():
    rng = random.Random(23)
    alphabet = "12 0\u00a0\u202f\u2009-:aFx\n"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        before = numbered._NUMBERED_RE.search(text) is None and not numbered._designation_in(text)
        space = numbered._GROUP_SPACE.search(text)
        at = max(0, space.start() - 4) if space is not None else 0
        now = space is None or (
            numbered._NUMBERED_RE.search(text, at) is None
            and not numbered._designation_in(text, at)
        )
        assert before == now, text


# ``context.SENTENCE_END`` opens with one character class now; the alternation it replaced
_SENTENCE_END_BEFORE = re.compile(r"[.!?…]+[\"'”»)]*\s+(?=[\"'“«(]*[^\W\d_a-zà-ÿ])|\n")


def test_sentence_end_finds_the_spans_of_the_alternation():
    rng = random.Random(21)
    alphabet = ".!?…\n\r\t \u00a0\u2003\"'”»)(“«aZéà5,Жー。"
    texts = [text for text, _ in TEXTS] + [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(20_000)
    ]
    for text in texts:
        now = [m.span() for m in context.SENTENCE_END.finditer(text)]
        assert now == [m.span() for m in _SENTENCE_END_BEFORE.finditer(text)], text
    assert context.SENTENCE_END.pattern.startswith("[")


@pytest.mark.parametrize(("text", "lang"), TEXTS)
def test_opened_breakdowns_among_the_starts_as_among_all_atoms(monkeypatch, text, lang):
    now = _reading(text, lang)
    opened = shared._opened_breakdowns
    monkeypatch.setattr(
        shared,
        "_opened_breakdowns",
        lambda reader, found, spans, among=None: opened(reader, found, spans),
    )
    assert _reading(text, lang) == now
