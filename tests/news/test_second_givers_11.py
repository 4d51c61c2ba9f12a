"""A second giver's money credited to the first, and wrong recipients from the money set
beside a pledge (session 11, givers11c): "added" and its kin are giving verbs whose subject
gives ("…, while France added €2bn"); another actor's clause needs no comma when an amount of
the pledge stands between the giving verb and it ("pledged €1bn on top of the €3bn Germany
announced"); a country compared with ("€1bn more than France"), or the actor of another
clause, is no recipient of the sentence's rows."""

from __future__ import annotations

import pytest

from aidcalc.news.beside import money_beside
from aidcalc.news.candidates import pledge_candidates

PUBLISHED = "2025-03-01"


def pairs(text, lang):
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    return [(row["donor"], row["recipient"]) for row in rows]


# --- 1. a verb of adding: its subject gives ------------------------------------------------------

ADDED = [
    ("en", "Germany pledged €3bn on Monday, while France added €2bn."),
    ("en", "Germany pledged €3bn on Monday; France added €2bn."),
    ("en", "Germany pledged €3bn on Monday and France added €2bn."),
    ("en", "Germany pledged €3bn on Monday, whereas France gave €2bn."),
    ("en", "Germany pledged €3bn in March, and France adds €2bn this week."),
    (
        "fr",
        "L'Allemagne a promis 3 milliards d'euros, tandis que la France a ajouté "
        "2 milliards d'euros.",
    ),
    ("pl", "Niemcy obiecały 3 mld euro, a Francja dołożyła 2 mld euro."),
    ("uk", "Німеччина пообіцяла 3 млрд євро, а Франція додала 2 млрд євро."),
]


@pytest.mark.parametrize(("lang", "text"), ADDED)
def test_the_subject_of_adding_gives_its_amount(lang, text):
    assert pairs(text, lang) == [("DEU", None), ("FRA", None)]


def test_a_speaker_who_added_gives_nothing_new():
    # "added" after the amount, with no amount of its own: still the sentence's one giver
    assert pairs("Germany will give €3bn, the minister added.", "en") == [("DEU", None)]


def test_an_unknown_someone_who_added_is_no_name():
    text = "Someone added SEK 1 billion."
    rows = pledge_candidates(text, published=PUBLISHED, lang="en")
    assert [(r["donor"], r["donor_from"]) for r in rows] == [(None, None)]


# --- 2. another actor's clause after an amount of the pledge, with no comma ----------------------

OTHER_CLAUSE = [
    ("Italy pledged €1bn on top of the €3bn Germany announced last week.", "ITA", "DEU"),
    ("Italy pledged €1bn in addition to the €2bn France announced.", "ITA", "FRA"),
    ("Spain promised €500m beyond the €2bn France gave in May.", "ESP", "FRA"),
    ("Poland pledged €1bn on top of the €2bn Sweden delivered.", "POL", "SWE"),
]


@pytest.mark.parametrize(("text", "first", "second"), OTHER_CLAUSE)
def test_the_money_of_another_clause_is_its_actors(text, first, second):
    assert pairs(text, "en") == [(first, None), (second, None)]


def test_the_object_of_the_giving_verb_stays_the_givers():
    # no amount between the verb and "the €3bn": the verb's own object
    assert pairs("Germany pledged the €3bn Ukraine needs.", "en") == [("DEU", "UKR")]


# --- 3. the country compared with or of another clause is no recipient ---------------------------

NO_RECIPIENT = [
    ("en", "France pledged €2bn, €2bn less than Germany.", "FRA"),
    ("en", "Germany pledged €3bn, €1bn more than France.", "DEU"),
    ("en", "Poland pledged €1bn, €500m more than Sweden.", "POL"),
    ("de", "Deutschland sagte 3 Mrd. Euro zu, 1 Mrd. Euro mehr als Frankreich.", "DEU"),
    ("pl", "Polska obiecała 1 mld euro, o 500 mln euro więcej niż Szwecja.", "POL"),
    (
        "fr",
        "La France a promis 2 milliards d'euros, 1 milliard d'euros de moins que l'Allemagne.",
        "FRA",
    ),
    (
        "es",
        "España prometió 2.000 millones de euros, 1.000 millones de euros más que Italia.",
        "ESP",
    ),
    ("uk", "Німеччина пообіцяла 3 млрд євро, на 1 млрд євро більше, ніж Франція.", "DEU"),
]


@pytest.mark.parametrize(("lang", "text", "donor"), NO_RECIPIENT)
def test_the_country_compared_with_receives_nothing(lang, text, donor):
    rows = pairs(text, lang)
    assert rows[0] == (donor, None)
    assert all(recipient is None for _, recipient in rows)


BESIDE_RECIPIENT = [
    ("Germany pledged €3bn, a fraction of the €60bn Russia spends.", ("DEU", None)),
    ("Denmark pledged €1bn, with the €500m Sweden gave last year still unspent.", ("DNK", None)),
    ("Italy pledged €1bn on top of the €3bn Germany announced last week.", ("ITA", None)),
]


@pytest.mark.parametrize(("text", "first"), BESIDE_RECIPIENT)
def test_the_actor_of_another_clause_receives_nothing(text, first):
    assert pairs(text, "en")[0] == first


def test_a_marked_recipient_and_an_asker_stay():
    assert pairs("Germany pledged €3bn to Ukraine, €1bn more than France.", "en")[0] == (
        "DEU",
        "UKR",
    )
    # the one asking receives: "Kyiv had requested" keeps UKR the recipient
    text = "Germany pledged €3bn, short of the €5bn Kyiv had requested."
    assert pairs(text, "en")[0] == ("DEU", "UKR")


@pytest.mark.parametrize(
    ("lang", "text", "amount", "code"),
    [
        ("en", "Germany pledged €3bn, €1bn more than France.", "€1bn", "FRA"),
        ("en", "Germany pledged €3bn, €1bn more than the Netherlands.", "€1bn", "NLD"),
        (
            "de",
            "Deutschland sagte 3 Mrd. Euro zu, 1 Mrd. Euro mehr als Frankreich.",
            "1 Mrd. Euro",
            "FRA",
        ),
        ("en", "Germany pledged €3bn, €1bn more than it gave last year.", "€1bn", None),
        ("en", "France pledged €3bn, €1bn more than France gave in 2024.", "€1bn", None),
    ],
)
def test_a_difference_names_the_country_compared_with(lang, text, amount, code):
    start = text.index(amount)
    donor = "FRA" if text.startswith("France") else "DEU"
    found = money_beside(text, lang, (start, start + len(amount)), donor)
    assert found.kind == "difference"
    assert found.code == code


# --- 4. a name between a giving verb and the amount is its receiver -------------------------------

INDIRECT = [
    ("en", "Berlin announced that it would give Ukraine €3bn.", [("DEU", "UKR")]),
    ("en", "Norway will send the Netherlands NOK 1bn.", [("NOR", "NLD")]),
    ("en", "Germany will give Ukraine €3bn and Moldova €1bn.", [("DEU", "UKR"), ("DEU", "MDA")]),
    (
        "en",
        "The UK said it would lend Ukraine £2bn and Moldova £300m.",
        [("GBR", "UKR"), ("GBR", "MDA")],
    ),
    (
        "sv",
        "Sverige ger Ukraina 2 miljarder kronor och Moldavien 500 miljoner kronor.",
        [("SWE", "UKR"), ("SWE", "MDA")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), INDIRECT)
def test_a_name_after_the_giving_verb_receives(lang, text, expected):
    assert pairs(text, lang) == expected


LIST_ITEMS = [
    ("Italy pledged €1bn, Norway €500m and Spain €300m.", ["ITA", "NOR", "ESP"]),
    ("Germany pledged €3bn, Norway €1bn.", ["DEU", "NOR"]),
    # a comma before "and": a list item's giver, as before
    ("Germany will give Ukraine €3bn, and Norway €1bn.", ["DEU", "NOR"]),
]


@pytest.mark.parametrize(("text", "expected"), LIST_ITEMS)
def test_list_items_keep_their_givers(text, expected):
    assert [donor for donor, _ in pairs(text, "en")] == expected


# --- 5. a giving verb that is also an aid noun, right before its amount -------------------------

VERB_NOT_NOUN = [
    "Ukraine's allies pledged €9bn on Wednesday.",
    "Ukraine's partners pledged $5bn.",
    "Moldova's friends pledged €300m in Paris.",
]


@pytest.mark.parametrize("text", VERB_NOT_NOUN)
def test_the_possessor_of_the_subject_gives_nothing(text):
    # "pledged" before the amount is the verb, not an aid noun owned by the country before it
    assert all(donor not in ("UKR", "MDA") for donor, _ in pairs(text, "en"))


def test_an_aid_noun_keeps_its_owner():
    assert pairs("Germany's aid of €3bn arrived in May.", "en")[0][0] == "DEU"
