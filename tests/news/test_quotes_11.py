"""A quote's speaker who asks, receives or is the text's recipient is never its giver, and a
quote's amount takes no donor from an earlier sentence when a person of no known country
says it (issue 11, quotes11 item 1); a quote in another language than its sentence is read
in its own (item 2)."""

from __future__ import annotations

import datetime

import pytest

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.donors import givers
from aidcalc.news.not_giving import not_given_by

PUBLISHED = datetime.date(2025, 3, 1)


def _rows(text: str, lang: str | None = None) -> list[tuple]:
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    return [
        (str(r["parsed"]), r["donor"], r["recipient"], r["donor_from"], r["status"]) for r in rows
    ]


# (lang given, text, the quote's row: amount, donor, recipient, donor_from, status)
ASKING_QUOTES = [
    (
        None,
        '"We need $5bn," said the Ukrainian president.',
        ("USD 5000000000", None, "UKR", "quote", "rejected"),
    ),
    (
        None,
        '"We urgently need another $2 billion for air defence," the Ukrainian president said.',
        ("USD 2000000000", None, "UKR", "quote", "rejected"),
    ),
    (
        None,
        "„Wir brauchen 5 Milliarden Euro“, sagte der ukrainische Präsident.",
        ("EUR 5000000000", None, "UKR", "quote", "rejected"),
    ),
    (
        "de",
        "„Wir benötigen dringend weitere 3 Milliarden Euro“, erklärte der ukrainische Präsident.",
        ("EUR 3000000000", None, "UKR", "quote", "rejected"),
    ),
    (
        "es",
        '"Necesitamos 5.000 millones de dólares", dijo el presidente ucraniano.',
        ("USD 5000000000", None, "UKR", "quote", "rejected"),
    ),
    (
        "es",
        '"Pedimos 2.000 millones de euros más", afirmó el presidente ucraniano.',
        ("EUR 2000000000", None, "UKR", "quote", "rejected"),
    ),
    (
        "pl",
        "„Potrzebujemy 10 mld zł” – powiedział ukraiński prezydent.",
        ("PLN 10000000000", None, "UKR", "quote", "rejected"),
    ),
    (
        "fr",
        "« Nous avons besoin de 5 milliards d'euros », a déclaré le président ukrainien.",
        ("EUR 5000000000", None, "UKR", "quote", "rejected"),
    ),
    (
        "uk",
        "«Потребуємо ще 5 млрд доларів», — заявив український президент.",
        ("USD 5000000000", None, "UKR", "quote", "rejected"),
    ),
    # the one asked, named in the quote, is the donor of the request
    (
        None,
        '"We need $5bn from Germany," said the Ukrainian president.',
        ("USD 5000000000", "DEU", "UKR", "agent", "rejected"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "row"), ASKING_QUOTES)
def test_a_first_person_request_in_a_quote_is_the_speakers_request(lang, text, row):
    assert _rows(text, lang)[-1] == row


def test_a_request_outside_a_quote_is_still_refused_the_same_way():
    assert _rows("Ukraine needs $5bn.") == [("USD 5000000000", None, "UKR", None, "rejected")]


# (lang, text, the quote's row) after a sentence with a donor of its own: the request's
# amount takes no donor from it
AFTER_A_GIFT = [
    (
        None,
        "Polska przekazała Ukrainie 3 mld zł.\n\n„Potrzebujemy 10 mld zł” – powiedział "
        "ukraiński prezydent.",
        ("PLN 10000000000", None, "UKR", "quote", "rejected"),
    ),
    (
        None,
        'España entregó a Ucrania 300 millones de euros.\n\n"Necesitamos 5.000 millones de '
        'dólares", dijo el presidente ucraniano.',
        ("USD 5000000000", None, "UKR", "quote", "rejected"),
    ),
    (
        None,
        'Norway pledged NOK 3bn to Ukraine. "We need $4bn more," said the Ukrainian president.',
        ("USD 4000000000", None, "UKR", "quote", "rejected"),
    ),
    (
        None,
        "Die Bundesregierung hat der Ukraine weitere 3 Milliarden Euro zugesagt. „We will give "
        "2 billion dollars“, sagte Biden.",
        ("USD 2000000000", None, "UKR", "quote", "candidate"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "row"), AFTER_A_GIFT)
def test_a_quotes_amount_takes_no_donor_from_an_earlier_sentence(lang, text, row):
    rows = _rows(text, lang)
    assert rows[0][1] is not None  # the gift before keeps its own donor
    assert rows[-1] == row


def test_a_quote_said_by_a_pronoun_keeps_the_earlier_donor():
    text = (
        "Ireland's prime minister met the Ukrainian president in Dublin on Tuesday. \"We will "
        'help rebuild schools with a further €15 million," he said.'
    )
    assert _rows(text) == [("EUR 15000000", "IRL", "UKR", "earlier sentence", "candidate")]


RECEIVING_QUOTES = [
    (
        None,
        '"We have received $5bn from our partners," said the Ukrainian president.',
        ("USD 5000000000", None, "UKR", "quote", "candidate"),
    ),
    (
        None,
        '"We have received €2bn from Germany," said the Ukrainian president.',
        ("EUR 2000000000", "DEU", "UKR", "agent", "candidate"),
    ),
    (
        "de",
        "„Wir haben 2 Milliarden Euro von Deutschland erhalten“, sagte der ukrainische Präsident.",
        ("EUR 2000000000", "DEU", "UKR", "agent", "candidate"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "row"), RECEIVING_QUOTES)
def test_a_quote_with_a_receiving_verb_makes_the_speaker_the_recipient(lang, text, row):
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert _rows(text, lang)[-1] == row
    assert rows[-1]["measure"] == "disbursement"


SPEAKER_RECEIVES = [
    # the sentence marks the speaker's country as the one receiving
    (None, '"We will send $1bn to Ukraine," said the Ukrainian president.'),
    ("de", "„Wir geben der Ukraine 1 Milliarde Euro“, sagte der ukrainische Präsident."),
    # the text's recipient (the default, UKR) speaks
    (None, '"We will spend $5bn on drones," said the Ukrainian president.'),
    ("de", "„Wir werden 5 Milliarden Euro für Drohnen ausgeben“, sagte der ukrainische Präsident."),
]


@pytest.mark.parametrize(("lang", "text"), SPEAKER_RECEIVES)
def test_the_text_recipients_speaker_is_never_the_giver(lang, text):
    row = pledge_candidates(text, published=PUBLISHED, lang=lang)[-1]
    assert (row["donor"], row["recipient"], row["donor_from"]) == (None, "UKR", "quote")


GIVING_QUOTES = [
    (None, '"We will give €3bn to Ukraine," said the Japanese prime minister.', "JPN"),
    ("de", "„Wir geben der Ukraine 3 Milliarden Euro“, sagte der deutsche Kanzler.", "DEU"),
    ("pl", "„Przekażemy Ukrainie 2 mld zł” – powiedział polski premier.", "POL"),
]


@pytest.mark.parametrize(("lang", "text", "donor"), GIVING_QUOTES)
def test_a_giving_quote_is_still_the_speakers_gift(lang, text, donor):
    row = pledge_candidates(text, published=PUBLISHED, lang=lang)[-1]
    assert (row["donor"], row["recipient"], row["donor_from"]) == (donor, "UKR", "speaker")


def test_givers_of_a_request_quote_name_the_one_asked():
    text = '"We need $5bn from Germany," said the Ukrainian president.'
    assert [tuple(g) for g in givers(text, "en", [(9, 13)])] == [("DEU", "UKR", "agent")]


@pytest.mark.parametrize(
    ("text", "lang", "where"),
    [
        ("Ukrainians need $5bn.", "en", (16, 20)),
        ("Wir brauchen 5 Mrd. Euro.", "de", (13, 24)),
        ("Potrzebujemy 10 mld zł.", "pl", (13, 22)),
        ("Necesitamos 5.000 millones.", "es", (12, 26)),
        ("Потребуємо 5 млрд доларів.", "uk", (11, 25)),
    ],
)
def test_first_person_forms_of_needing_are_requests(text, lang, where):
    assert not_given_by(text, lang, where).startswith("a request")


@pytest.mark.parametrize(
    "text",
    [
        "Norway supports Ukrainians in need with €5m.",
        "Aid to families in need: €5m from Norway.",
        "For people in need, Japan pledged $20 million.",
    ],
)
def test_in_need_asks_for_nothing(text):
    start = next(i for i, c in enumerate(text) if c in "€$")
    assert not_given_by(text, "en", (start, start + 3)) is None


# item 2: the quote of another language, read by its own words
def test_an_english_quote_in_a_german_text_is_read_in_english():
    text = (
        "Die Bundesregierung hat der Ukraine weitere 3 Milliarden Euro zugesagt. „We will give "
        "2 billion dollars“, sagte Biden."
    )
    row = pledge_candidates(text, published=PUBLISHED)[-1]
    assert (row["value"], row["currency"]) == (2e9, "USD")
    assert "scale-default" not in row["assumptions"]


@pytest.mark.parametrize(
    ("text", "lang", "value", "assumed"),
    [
        (
            "Die Bundesregierung hat der Ukraine weitere 3 Milliarden Euro zugesagt. Die USA "
            "kündigten $2 billion an.",
            None,
            2e9,
            "short-scale",
        ),
        (
            "Die Bundesregierung hat der Ukraine weitere 3 Milliarden Euro zugesagt. Laut "
            'Reuters: "Germany will provide 1.5 billion euros more."',
            "de",
            1.5e12,  # the caller said German: its power, but recorded
            "scale-default",
        ),
        (
            "Die EU sagte der Ukraine 5 Milliarden Euro zu. The United States pledged $2 billion.",
            "de",
            2e12,
            "scale-default",
        ),
        (
            "Die Bundesregierung hat der Ukraine weitere 3 Milliarden Euro zugesagt. Laut "
            'Reuters: "Germany will provide 1.5 billion euros more."',
            None,
            1.5e9,  # the quote read in English, its own words
            None,
        ),
        (
            "Die Bundesregierung hat der Ukraine weitere 3 Milliarden Euro zugesagt. Laut "
            'Reuters: "Germany will provide 1.5 Billion euros more."',
            "de",
            1.5e12,
            "scale-default",
        ),
    ],
)
def test_a_scale_word_in_a_german_text_is_never_a_silent_thousandfold(text, lang, value, assumed):
    row = pledge_candidates(text, published=PUBLISHED, lang=lang)[-1]
    assert row["value"] == value
    if assumed is None:
        assert not {"scale-default", "short-scale"} & set(row["assumptions"])
    else:
        assert assumed in row["assumptions"]
