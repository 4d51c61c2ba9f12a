"""The per-amount reading made cheaper without a change of reading (issue 9 speed, round 17).

Each shortcut is checked against the full rule it stands for: the same mentions, values,
offsets and assumptions with the shortcut and with the full rule forced, on texts of several
languages written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc import extract_amounts
from aidcalc.parsing import resolve
from aidcalc.parsing.atoms import OTHER, Atom
from aidcalc.parsing.lexicon import lexicon


def _read(text: str, lang: str | None = None) -> list[tuple]:
    return [
        (str(m.amount), m.start, m.end, m.equivalent_of, m.assumptions)
        for m in extract_amounts(text, lang=lang)
    ]


# Dollars in texts that lead in English, in another language whose home currency is no
# dollar, in a tie, or in no language at all; a dollar word some language writes for another
# currency; a peso sign among pesos; dollars beside a country of another dollar; and kroner,
# which only the text's lead (Norwegian) reads.
DOLLAR_TEXTS = [
    "The ministry said on Friday that it would send $40 million in winter aid to the region.",
    "Die Regierung hat am Montag 3 Milliarden $ für den Wiederaufbau zugesagt, sagte sie.",
    "El Gobierno aprobó el martes una ayuda de 250 millones de dólares para la reconstrucción.",
    "Le gouvernement a promis 75 millions de dollars pour les réfugiés, a-t-il indiqué.",
    "Rząd przekazał w czwartek 12 mln dolarów na odbudowę szpitali w regionie.",
    "O governo anunciou 9 milhões de dólares para a ajuda humanitária na quinta-feira.",
    "Il governo ha stanziato 60 milioni di dollari per gli aiuti invernali alla regione.",
    "De regering trekt 18 miljoen dollar uit voor de wederopbouw van de scholen daar.",
    "Уряд виділив 35 мільйонів доларів на відбудову шкіл у регіоні.",
    "Pengene går til 14 millioner dollar og 3 millioner kroner.",
    "$7.5m",
    "Canada will add C$ 20 million and $15 million more to the fund, Ottawa said.",
    "Mexico sent $ 30 millones de pesos to the shelters on Monday, the governor said.",
    "Australia's aid of $ 45 million was welcomed; New Zealand added NZ$ 5 million.",
    "They paid 800 dollars each; the fund kept 2 million Dollar in reserve for later.",
    # the text's lead decides a word no default reads: these must still be scored
    "Stortinget vedtok 75 milliarder kroner etter at de ble enige om budsjettet.",
    "Regjeringen gir 3 milliarder kroner og 40 millioner dollar til fondet.",
]


@pytest.mark.parametrize("text", DOLLAR_TEXTS)
@pytest.mark.parametrize("lang", [None, "en", "de"])
def test_dollars_read_alike_with_and_without_the_text_scored(text, lang, monkeypatch):
    # ``resolve._lead_reads_default``: where every language that may lead reads the dollar as
    # USD or decides nothing, and the default order reads it as USD, the text is not scored;
    # forcing the scoring (the full rule) gives the same mentions and assumptions
    fast = _read(text, lang)
    monkeypatch.setattr(resolve, "_lead_reads_default", lambda *args: False)
    assert _read(text, lang) == fast


_LEADING_TEXTS = [
    "The government gives 5 million dollars to the fund and that is all.",
    "Die Regierung gibt 2 Milliarden Dollar für die Ukraine und das ist viel.",
    "El gobierno da 5 millones de pesos para el fondo y es todo.",
    "Le gouvernement donne 5 millions de dollars au fonds et c'est tout.",
    "Pengene går til 75 milliarder kroner.",
    "Stortinget vedtok 75 milliarder kroner etter at de ble enige.",
    "Уряд дає 5 мільйонів доларів фонду.",
    "€1.500",
]


def test_skipped_scoring_could_only_have_read_usd():
    # the premise, checked on the real rule: whenever the shortcut holds for a form, its
    # candidates and the amount's languages, scoring any of these texts gives USD or nothing,
    # and the default order reads the form as USD
    lex = lexicon()
    words = ["$", "dollars", "Dollar", "dólares", "dollari", "dollar", "доларів", "pesos"]
    words += ["kroner", "kr", "£", "pounds", "francs", "¥", "Rs", "crowns"]
    held = 0
    for word in words:
        form = lex.name(word.casefold()) or lex.symbol(word)
        if form is None or len(form.codes) < 2:
            continue
        atom = Atom(3, 0, len(word), word, form, is_name=lex.name(word.casefold()) is form)
        codes = resolve.current_codes(form.codes, lex.in_use, lex.tender_end)
        for langs in (None, frozenset({"en"}), frozenset({"de", "en"}), frozenset({"es"})):
            if not resolve._lead_reads_default(lex, atom, form, codes, langs):
                continue
            held += 1
            assert resolve.by_default(lex, atom, form, "USD")
            for text in _LEADING_TEXTS:
                found = resolve.text_home_currency(text, form, codes, langs, lex.home_currency)
                assert found in ("USD", None), (word, langs, text, found)
    assert held >= 8  # the dollar forms hold it; "kroner", "£", "francs" never do


def test_shortcut_never_holds_without_usd_among_the_candidates():
    lex = lexicon()
    for word in ["kroner", "£", "francs", "pesos", "lei", "kr"]:
        form = lex.name(word) or lex.symbol(word)
        codes = resolve.current_codes(form.codes, lex.in_use, lex.tender_end)
        atom = Atom(3, 0, len(word), word, form, is_name=lex.name(word) is form)
        for langs in (None, frozenset({"en"}), frozenset({"es"})):
            assert not resolve._lead_reads_default(lex, atom, form, codes, langs), word


# ``restatements._gap_words`` stops counting once the gap is longer than the caller asks
# about: whether a gap is longer than ``most`` words is told as the full count tells it
_GAP_ATOMS = st.lists(
    st.sampled_from(["word", "援", "助", ",", "(", "欧", "a", "约"]), min_size=0, max_size=30
)


@settings(max_examples=300, deadline=None)
@given(_GAP_ATOMS, st.integers(min_value=0, max_value=12))
def test_gap_words_with_a_bound_answers_as_the_full_count(texts, most):
    from aidcalc.parsing.restatements import _gap_words

    atoms = [Atom(OTHER, 2 * i, 2 * i + len(t), t, None) for i, t in enumerate(texts)]
    full = _gap_words(atoms, 0, len(atoms))
    bounded = _gap_words(atoms, 0, len(atoms), most)
    assert (bounded > most) == (full > most)
    assert bounded <= full
    if full <= most:
        assert bounded == full
