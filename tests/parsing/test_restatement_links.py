"""Restatement links after a comma (issue 9, item 4 of the open grammar items): a comma after
the link word, and a qualifier absorbed into the second amount, still link it."""

import pytest

from aidcalc.parsing import extract_amounts

LINKS = [
    ("3 millones de euros, es decir, 3,3 millones de dólares", None, [None, 0]),
    ("C$500 million, about US$365 million", None, [None, 0]),
    ("€90m, that is, roughly $97m", None, [None, 0]),
    ("€1 billion, i.e., about $1.1 billion", None, [None, 0]),
    ("100 mln zł, czyli, około 23 mln euro", None, [None, 0]),
    ("10 Mio. Euro, also, rund 11 Mio. Dollar", None, [None, 0]),
    ("£2bn, around €2.3bn", None, [None, 0]),
    ("CHF 100 million ($112 million), i.e. roughly €90 million", None, [None, 0, 0]),
    # not restatements: a list, words before the comma, the same currency
    ("€5m, $3m and £2m", None, [None, None, None]),
    ("$5m to Kyiv, about €3m to Lviv", None, [None, None]),
    ("€5m, about €3m", None, [None, None]),
]


@pytest.mark.parametrize(("text", "lang", "links"), LINKS)
def test_restatement_links_after_a_comma(text, lang, links):
    assert [m.equivalent_of for m in extract_amounts(text, lang=lang)] == links


# A list restated by a list of the same length links item by item (issue 9 item 13; a new-user
# trial found the second restating amount counted as a new amount).
PAIRED_LISTS = [
    (
        "It gave €500 million in 2024 and €300 million in 2025, or $540 million and $324 million.",
        [None, None, 0, 1],
    ),
    (
        "Polska przekazała 100 mln zł w 2023 r. i 200 mln zł w 2024 r., czyli 23 mln euro i "
        "46 mln euro.",
        [None, None, 0, 1],
    ),
    (
        "Die Schweiz gab 2023 100 Mio. Franken und 2024 200 Mio. Franken, also rund 105 Mio. "
        "Euro und 210 Mio. Euro.",
        [None, None, 0, 1],
    ),
    (
        "Sverige ger 1 miljard kronor och 2 miljarder kronor, det vill säga omkring 90 miljoner "
        "euro och 180 miljoner euro.",
        [None, None, 0, 1],
    ),
    # one restating amount: the single link to the amount right before it stays
    ("It gave €500 million and €300 million, or $540 million.", [None, None, 1]),
    # words between the restating amounts: the second is a new amount
    (
        "It gave €500 million and €300 million, or $540 million, and later $20 million.",
        [None, None, 1, None],
    ),
    # three before, two after: which items are restated is not told, the single link stays
    (
        "It gave €1 million, €2 million and €3 million, or $1.1 million and $2.2 million.",
        [None, None, None, 2, None],
    ),
]


@pytest.mark.parametrize(("text", "links"), PAIRED_LISTS)
def test_a_list_restated_by_a_list_links_item_by_item(text, links):
    assert [m.equivalent_of for m in extract_amounts(text)] == links


# An equivalent set off by a dash or comma after a few words of the amount's own clause
# (restatements.restates_aside): the aside closes right after it, so it states no amount of its
# own; one that goes on ("… to Moldova") or is too far from any rate stays a second amount.
ASIDES_AFTER_WORDS = [
    ("Germany pledged €3bn to Ukraine – roughly 3.2 billion dollars – on Monday.", "en", [None, 0]),
    ("Germany pledged €3bn to Ukraine — about $3.2bn — on Monday.", "en", [None, 0]),
    ("Germany pledged €3bn to Ukraine, roughly $3.2bn, on Monday.", "en", [None, 0]),
    ("Germany pledged €3bn to Ukraine, some $3.2bn, on Monday.", "en", [None, 0]),
    ("Germany pledged €3bn to Ukraine – i.e. $3.2bn – on Monday.", "en", [None, 0]),
    ("Germany pledged €3bn to Ukraine on Monday, about $3.2bn.", "en", [None, 0]),
    ("Britain gave £2bn for air defence – or about $2.5bn – this week.", "en", [None, 0]),
    (
        "Deutschland sagte der Ukraine 3 Mrd. Euro zu – etwa 3,2 Mrd. Dollar – am Montag.",
        "de",
        [None, 0],
    ),
    ("Berlin gibt 3 Mrd. Euro für Kiew, umgerechnet rund 3,2 Mrd. Dollar, frei.", "de", [None, 0]),
    (
        "La France a promis 3 milliards d'euros à l'Ukraine, environ 3,2 milliards de dollars, "
        "lundi.",
        "fr",
        [None, 0],
    ),
    (
        "Paris versera 3 milliards d'euros à Kyiv – soit 3,2 milliards de dollars – en mars.",
        "fr",
        [None, 0],
    ),
    (
        "Polska przekazała 3 mld zł dla Ukrainy – czyli około 750 mln dolarów – w poniedziałek.",
        "pl",
        [None, 0],
    ),
    ("Polska da 3 mld zł na drony, czyli 750 mln dolarów.", "pl", [None, 0]),
    (
        "Німеччина виділила 3 млрд євро для України – близько 3,2 млрд доларів – у понеділок.",
        "uk",
        [None, 0],
    ),
    ("Німеччина виділила 3 млрд євро на ППО, тобто 3,2 млрд доларів.", "uk", [None, 0]),
    # not restatements: the aside goes on, the second has no qualifier or link, or a list
    ("Germany pledged €3bn to Ukraine, about $3.2bn to Moldova.", "en", [None, None]),
    (
        "Germany pledged €3bn to Ukraine, $3.2bn to Moldova and £1bn to Georgia.",
        "en",
        [None, None, None],
    ),
    ("Germany gave €3bn to Ukraine, the US about $3.2bn.", "en", [None, None]),
    ("Deutschland gab 3 Mrd. Euro an Kiew, etwa 3,2 Mrd. Dollar an Chișinău.", "de", [None, None]),
    ("Polska dała 3 mld zł Ukrainie, Niemcy około 3 mld euro.", "pl", [None, None]),
    # a thousandfold off from any rate: one of the two read its scale wrong, both refused (as
    # "€3bn ($3.2m)" is)
    ("Germany pledged €3bn to Ukraine – roughly $3.2m – on Monday.", "en", []),
]


@pytest.mark.parametrize(("text", "lang", "links"), ASIDES_AFTER_WORDS)
def test_an_aside_after_the_amounts_clause_restates_it(text, lang, links):
    assert [m.equivalent_of for m in extract_amounts(text, lang=lang)] == links


def test_an_aside_a_thousandfold_off_is_refused_with_its_reason():
    refused: list = []
    text = "Germany pledged €3bn to Ukraine – roughly $3.2m – on Monday."
    assert extract_amounts(text, lang="en", refused=refused) == []
    assert len(refused) == 2
    assert all("thousandfold apart" in r.reason for r in refused)


# The value before a change written after its value after with words of time between
# ("rose to €8bn this year from €5bn"): the value before (``changed_to``), never a new amount.
VALUES_BEFORE = [
    ("Germany's aid to Ukraine rose to €8bn this year from €5bn.", "en", [None, 0]),
    ("Aid rose to €8bn this year from €5bn", "en", [None, 0]),
    ("Germany raised its aid to €8bn ($8.7bn) this year from €5bn.", "en", [None, None, 0]),
    ("Germany raised its aid to €8bn in 2025 from €5bn in 2024.", "en", [None, 0]),
    ("Germany raised its aid to €8bn this year, from €5bn.", "en", [None, 0]),
    (
        "Die Hilfe Deutschlands stieg auf 8 Mrd. Euro in diesem Jahr von 5 Mrd. Euro.",
        "de",
        [None, 0],
    ),
    ("Pomoc Polski wzrosła do 8 mld zł w tym roku z 5 mld zł.", "pl", [None, 0]),
    ("Допомога Німеччини зросла до 8 млрд євро цього року з 5 млрд євро.", "uk", [None, 0]),
    # another clause between: no value before
    (
        "Germany raised its aid to €8bn; Kyiv got €2bn from €5bn set aside.",
        "en",
        [None, None, None],
    ),
    ("Germany raised its aid to €8bn, France gave from €5bn.", "en", [None, None]),
    (
        "Germany raised its aid to €8bn for tanks and drones bought by Kyiv from €5bn.",
        "en",
        [None, None],
    ),
]


@pytest.mark.parametrize(("text", "lang", "changed"), VALUES_BEFORE)
def test_a_value_before_after_words_of_time_is_no_new_amount(text, lang, changed):
    assert [m.changed_to for m in extract_amounts(text, lang=lang)] == changed


# An aside restating an amount may name the rate it was converted at after it (issue 11b):
# "roughly $3.2bn at current rates –" is still the aside; Spanish "unos" and "alrededor de"
# open it as qualifiers do, after a clause with a preposition ("a Ucrania").
RATE_ASIDES = [
    ("Germany pledged €3bn to Ukraine – roughly $3.2bn at current rates – on Monday.", "en"),
    ("Germany pledged €3bn to Ukraine – roughly $3.2bn – on Monday.", "en"),
    ("Germany pledged €3bn to Ukraine, about $3.2bn at current exchange rates, on Monday.", "en"),
    (
        "Alemania prometió 3.000 millones de euros a Ucrania, unos 3.200 millones de "
        "dólares, el lunes.",
        "es",
    ),
    (
        "Alemania prometió 3.000 millones de euros a Ucrania, alrededor de 3.200 "
        "millones de dólares, el lunes.",
        "es",
    ),
    (
        "Alemania prometió 3.000 millones de euros a Ucrania, unos 3.200 millones de "
        "dólares al cambio actual, el lunes.",
        "es",
    ),
    (
        "Deutschland sagte der Ukraine 3 Mrd. Euro zu – etwa 3,2 Mrd. Dollar zum "
        "aktuellen Kurs – am Montag.",
        "de",
    ),
    (
        "Niemcy obiecały Ukrainie 3 mld euro – około 3,2 mld dolarów po obecnym "
        "kursie – w poniedziałek.",
        "pl",
    ),
    (
        "L'Allemagne a promis 3 milliards d'euros à l'Ukraine – environ 3,2 milliards "
        "de dollars au taux actuel – lundi.",
        "fr",
    ),
    (
        "La Germania ha promesso 3 miliardi di euro all'Ucraina, circa 3,2 miliardi "
        "di dollari, lunedì.",
        "it",
    ),
]


@pytest.mark.parametrize(("text", "lang"), RATE_ASIDES)
def test_an_aside_with_a_rate_phrase_restates(text, lang):
    assert [m.equivalent_of for m in extract_amounts(text, lang=lang)] == [None, 0]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the aside goes on with words of its own: another amount, not the same one again
        ("Germany pledged €3bn to Ukraine – roughly the $3.2bn Washington gave last year.", "en"),
        ("Germany pledged €3bn to Ukraine – roughly $3.2bn at current rates of spending.", "en"),
        (
            "Alemania prometió 3.000 millones de euros a Ucrania, unos 3.200 millones "
            "de dólares para Moldavia.",
            "es",
        ),
    ],
)
def test_an_aside_that_goes_on_does_not_restate(text, lang):
    assert [m.equivalent_of for m in extract_amounts(text, lang=lang)] == [None, None]


# An aside that ends the text ("… to Kyiv – roughly $3.2bn" with nothing after it) closes there,
# as one before a stop does; ``restates_aside`` looked at the atom after a dashed aside to see
# whether a bracket closes it, and raised IndexError when there was none
ASIDES_ENDING_THE_TEXT = [
    ("Berlin gave €3bn to Kyiv – roughly $3.2bn", [None, 0]),
    ("Berlin gave €3bn to Kyiv — about $3.2bn", [None, 0]),
    ("Berlin gave €3bn to Kyiv – roughly $3.2bn.", [None, 0]),  # the same with its stop
    ("Berlin gave €3bn to Kyiv – $3.2bn", [None, None]),  # no qualifier, no link word
    ("Deutschland gab 3 Mrd. Euro für Kiew – etwa 3,2 Mrd. Dollar", [None, 0]),
    ("Polska przekazała 3 mld zł dla Ukrainy – czyli 750 mln dolarów", [None, 0]),
    ("La France a donné 3 milliards d'euros à Kiev – soit 3,2 milliards de dollars", [None, 0]),
]


@pytest.mark.parametrize(("text", "links"), ASIDES_ENDING_THE_TEXT)
def test_an_aside_may_end_the_text(text, links):
    assert [m.equivalent_of for m in extract_amounts(text)] == links
