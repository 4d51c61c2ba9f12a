"""The table's country names and the text's places are one source (session 12, basis12, F17)."""

from __future__ import annotations

import pytest

from aidcalc.countries import place_name, resolve_country
from aidcalc.errors import UnknownCountry
from aidcalc.places import find_places
from aidcalc.words import PLACE_SHORT_FORMS


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Gaza", "PSE"),
        ("Gaza Strip", "PSE"),
        ("West Bank", "PSE"),
        ("Strefa Gazy", "PSE"),
        ("Gazastreifen", "PSE"),
        ("Westjordanland", "PSE"),
        ("Großbritannien", "GBR"),
        (" Großbritannien ", "GBR"),
        ("Wielka Brytania", "GBR"),
        ("EE.UU.", "USA"),
        ("SAD", "USA"),
        ("Germany", "DEU"),  # a CLDR name as before
    ],
)
def test_place_names_resolve_in_tables(name, code):
    assert resolve_country(name) == code


def test_every_place_the_extractor_names_resolves_to_the_same_code():
    # each short form of each news language, as the extractor finds it written alone
    checked = 0
    for lang, forms in PLACE_SHORT_FORMS.items():
        for form, code in forms.items():
            places = find_places(form, lang)
            if len(places) != 1 or (places[0].start, places[0].end) != (0, len(form)):
                continue  # a stem ("Wielk Brytani") is matched only with its ending
            if (lang, form) == ("lt", "ES"):
                continue  # Lithuanian "ES" is the EU in a text; in a table, ISO's Spain
            assert resolve_country(form, lang) == places[0].code == code, (lang, form)
            checked += 1
    assert checked >= 40


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Japan pledged $35 million for Gaza.", "en"),
        ("Deutschland gibt 10 Mio. Euro für den Gazastreifen.", "de"),
        ("Polska przekaże 5 mln zł dla Strefy Gazy.", "pl"),
        ("The UK gave £20 million to the West Bank.", "en"),
    ],
)
def test_a_place_in_a_text_resolves_in_a_table_to_its_code(text, lang):
    places = [p for p in find_places(text, lang) if p.kind in ("name", "short")]
    assert places
    for place in places:
        assert resolve_country(text[place.start : place.end], lang) == place.code


@pytest.mark.parametrize("name", ["Kyiv", "Ukrainian", "Atlantis", "Gaza City Council"])
def test_metonyms_and_unknown_names_are_still_refused(name):
    with pytest.raises(UnknownCountry):
        resolve_country(name)
    assert place_name(name) is None
