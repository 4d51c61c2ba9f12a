"""Language inference of news text."""

from __future__ import annotations

import pytest

from aidcalc.news.language import infer_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Ukraine erhält Geld.", "de"),
        ("La France a débloqué une aide pour l'Ukraine.", "fr"),
        ("Polska przekazała Ukrainie pomoc.", "pl"),
        ("Германия выделила Украине помощь в этом году.", "ru"),
        ("", None),
    ],
)
def test_infer_language(text, lang):
    assert infer_language(text) == lang
