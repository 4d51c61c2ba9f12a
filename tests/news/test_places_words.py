"""``places.find_places`` asks ``_match_at`` only at words some index entry starts with; it
finds what asking at every word finds (the loop as first written, kept here to compare)."""

from __future__ import annotations

import pytest

from aidcalc.places import LANGUAGES, WORD_RE, Place, _dotted, _index, _match_at, find_places


def _every_word(text: str, lang: str | None) -> list[Place]:
    langs = tuple(sorted({lang, "en"})) if lang in LANGUAGES else LANGUAGES
    index = _index(langs)
    words = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
    folded = [word.casefold() for _, _, word in words]
    places = [Place(start, end, code, "short", True) for start, end, code in _dotted(text, langs)]
    taken = {p.start for p in places}
    i = 0
    while i < len(words):
        found = None if words[i][0] in taken else _match_at(words, folded, i, index)
        if found is None:
            i += 1
            continue
        form, used = found
        whole = tuple(folded[i : i + used]) == form.full
        places.append(Place(words[i][0], words[i + used - 1][1], form.code, form.kind, whole))
        i += used
    return sorted(places, key=lambda place: place.start)


CASES = [
    ("Germany and the United States pledged $5bn to Ukraine.", "en", ["DEU", "USA", "UKR"]),
    ("The U.S. and the U.K. gave more than the French.", "en", ["USA", "GBR", "FRA"]),
    ("Deutschland hat der Ukraine 2 Mrd. Euro zugesagt.", "de", ["DEU", "UKR"]),
    ("Lietuva skyrė Ukrainai 10 mln. eurų.", "lt", ["LTU", "UKR"]),
    ("Polska przekazała Ukrainie 500 mln zł, a Niemcy więcej.", "pl", ["POL", "UKR", "DEU"]),
    ("Литва виділила Україні 10 мільйонів євро.", "uk", ["LTU", "UKR"]),
    ("La France et le Royaume-Uni ont aidé l'Ukraine.", "fr", ["FRA", "GBR", "UKR"]),
    ("Nothing here but words and 5 numbers.", "en", []),
    ("Germany and the United States pledged $5bn to Ukraine.", None, ["DEU", "USA", "UKR"]),
]


@pytest.mark.parametrize(("text", "lang", "codes"), CASES)
def test_places_found_as_at_every_word(text, lang, codes):
    found = find_places(text, lang)
    assert [place.code for place in found] == codes
    assert found == _every_word(text, lang)
