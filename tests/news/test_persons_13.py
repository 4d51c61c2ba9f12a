"""A surname that is also a country (issue tables13, fault F8 of trial 13): a country name
after a person's title or first name, or speaking right after a quote, names a person, never
a giver or recipient; and a quote restating an amount already read is its duplicate. Forms of
my own in Portuguese, English, Spanish, German, French, Italian and Polish."""

from __future__ import annotations

import pytest
from pledge_rows import PUBLISHED

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.places import find_places

# (lang, text, the codes found)
PERSONS = [
    ("pt", "anunciou o primeiro-ministro, Luís Montenegro.", []),
    ("pt", "A Ucrânia recebe, disse Luís Montenegro.", ["UKR"]),
    ("pt", '"Estes 226 milhões são um sinal claro", afirmou Montenegro.', []),
    ("en", "Prime Minister Luís Montenegro said Portugal would help.", ["PRT"]),
    ("en", '"This is a clear signal," Montenegro said.', []),
    ("en", "President Jordan met the press.", []),
    ("es", "El primer ministro Luís Montenegro visitó Kiev.", ["UKR"]),
    ("de", "Ministerpräsident Montenegro besuchte die Ukraine.", ["UKR"]),
    ("fr", "Le Premier ministre Luís Montenegro s'est rendu en Ukraine.", ["UKR"]),
    ("it", "Il premier Luís Montenegro ha visitato l'Ucraina.", ["UKR"]),
    ("pl", "Premier Luís Montenegro odwiedził Ukrainę.", ["UKR"]),
]


@pytest.mark.parametrize("lang, text, codes", PERSONS)
def test_a_surname_is_no_place(lang, text, codes):
    assert [p.code for p in find_places(text, lang)] == codes


# Places that stay places: a genitive after a title, a headline in title case, a country as
# the object of a preposition, a country opening a sentence.
PLACES = [
    ("de", "Der Präsident Frankreichs kündigte Hilfe an.", ["FRA"]),
    ("en", "Germany Pledges Aid To Ukraine", ["DEU", "UKR"]),
    (
        "en",
        "Britain will give 50 million pounds to Jordan, Foreign Secretary David Lammy said.",
        ["GBR", "JOR"],
    ),
    ("pt", "Montenegro recebe 5 milhões de euros de Portugal.", ["MNE", "PRT"]),
    ("en", "Aid to Montenegro rose. Montenegro said it was grateful.", ["MNE", "MNE"]),
]


@pytest.mark.parametrize("lang, text, codes", PLACES)
def test_a_place_stays_a_place(lang, text, codes):
    assert [p.code for p in find_places(text, lang)] == codes


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "pt",
            "O Governo vai conceder à Ucrânia 226 milhões de euros, anunciou o primeiro-ministro, "
            'Luís Montenegro. "Estes 226 milhões de euros são um sinal claro", afirmou Montenegro.',
        ),
        (
            "en",
            "Portugal will give Ukraine 226 million euros, Prime Minister Luís Montenegro said. "
            '"These 226 million euros are a clear signal," Montenegro said.',
        ),
    ],
)
def test_the_quote_restating_the_amount_is_its_duplicate(lang, text):
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert [(r["donor"], r["recipient"], r["duplicate_of"]) for r in rows] == [
        ("PRT", "UKR", None),
        ("PRT", "UKR", 0),
    ]
