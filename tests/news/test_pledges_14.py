"""Pledge rows counted or dated wrongly (issue pledges14), each kind with forms of my own in
several languages:

1. a part said to come from another giver ("Of that, €1bn will come from Germany", "davon …
   aus Deutschland", "dont … de la France", "w tym … z Polski", "od čega …") is a part of the
   whole (``part_of``), given by that giver, and counted once;
2. a yearly amount over a span of years ("€4bn a year from 2025 to 2027", "jährlich von 2025
   bis 2027") is one ``per-year`` row dated by the span's first year, never the span's sum;
3. the right figure of a correction in the sentence naming the earlier version ("…; the
   correct figure is €500 million") restates the row it corrects, it is not retracted;
4. a running total since the start of the war is cumulative, and a verb of exceeding
   ("exceeds", "übersteigt", "надхвърля") makes its amount a lower bound, ``over``;
5. a span of years is dated by its first year, in a pasted table as in prose.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from pledge_rows import PUBLISHED, counted

from aidcalc import parse_amount, read_pledges, totals
from aidcalc.news.candidates import pledge_candidates


def rows_of(text, lang, published=PUBLISHED):
    return pledge_candidates(text, published=published, lang=lang)


# --- 1. a part from another giver ---------------------------------------------------------

# (lang, text, the whole's giver, the part's giver)
PARTS_FROM = [
    (
        "en",
        "The EU pledged €3 billion to Ukraine on Monday. Of that, €1 billion will come from "
        "Germany.",
        "EU",
        "DEU",
    ),
    (
        "en",
        "The EU promised Ukraine €3 billion. Of this amount, €1 billion comes from the "
        "Netherlands.",
        "EU",
        "NLD",
    ),
    (
        "de",
        "Die EU sagte der Ukraine am Montag 3 Mrd. Euro zu. Davon kommen 1 Mrd. Euro aus "
        "Deutschland.",
        "EU",
        "DEU",
    ),
    (
        "fr",
        "L'UE a promis 3 milliards d'euros à l'Ukraine, dont 1 milliard d'euros de la France.",
        "EU",
        "FRA",
    ),
    ("pl", "UE obiecała Ukrainie 3 mld euro, w tym 1 mld euro z Polski.", "EU", "POL"),
    ("pl", "UE obiecała Ukrainie 3 mld euro. W tym 1 mld euro pochodzi z Polski.", "EU", "POL"),
    (
        "es",
        "La UE prometió 3.000 millones de euros a Ucrania. De esa cantidad, 1.000 millones de "
        "euros vendrán de Alemania.",
        "EU",
        "DEU",
    ),
    (
        "uk",
        "ЄС пообіцяв Україні 3 млрд євро. З них 1 млрд євро надійде від Німеччини.",
        "EU",
        "DEU",
    ),
    (
        "hr",
        "Ukupna pomoć iznosi 4 milijarde eura, od čega Europska unija 2,5 milijarde eura.",
        None,
        "EU",
    ),
]


@pytest.mark.parametrize(("lang", "text", "whole", "part"), PARTS_FROM)
def test_a_part_from_another_giver_is_a_part(lang, text, whole, part):
    rows = rows_of(text, lang)
    assert [(r["donor"], r["part_of"]) for r in rows] == [(whole, None), (part, 0)]
    # the total counts, its part not again
    assert [donor for donor, *_ in counted(rows)] == [whole]
    assert all(row["source"] == row["note"] for row in rows)  # the sentence, no giver's code


def test_a_source_after_a_purpose_names_no_giver():
    # "für Waffen aus Deutschland": German arms bought, no money from Germany
    text = (
        "Die EU sagte der Ukraine 3 Mrd. Euro zu. Davon gehen 1 Mrd. Euro für Waffen aus "
        "Deutschland."
    )
    rows = rows_of(text, "de")
    assert rows[1]["part_of"] == 0
    assert rows[1]["donor"] == "EU"


def test_a_giver_of_its_own_verb_after_a_breakdown_word_is_no_part():
    # "despite this, Sweden gives": no part of Finland's total
    text = (
        "Suomi antaa Ukrainalle 30 miljoonaa euroa. Tästä huolimatta Ruotsi antaa 10 "
        "miljoonaa euroa."
    )
    rows = rows_of(text, "fi")
    assert [r["part_of"] for r in rows] == [None, None]


# --- 2. a yearly amount over a span of years ---------------------------------------------

YEARLY_SPANS = [
    ("en", "Britain will give Ukraine €4bn a year from 2025 to 2027, the minister said."),
    ("en", "Britain will give Ukraine €4bn per year from 2025 through 2027."),
    ("de", "Deutschland gibt der Ukraine jährlich von 2025 bis 2027 4 Mrd. Euro."),
    ("de", "Deutschland gibt der Ukraine 4 Mrd. Euro pro Jahr von 2025 bis 2027."),
    ("fr", "La France donnera 4 milliards d'euros par an de 2025 à 2027 à l'Ukraine."),
    ("pl", "Polska przekaże Ukrainie rocznie w latach 2025–2027 4 mld zł."),
    ("es", "España dará a Ucrania 4.000 millones de euros al año de 2025 a 2027."),
]


@pytest.mark.parametrize(("lang", "text"), YEARLY_SPANS)
def test_a_yearly_amount_over_a_span_is_one_yearly_row(lang, text):
    (row,) = rows_of(text, lang)
    assert row["basis"] == "per-year"
    assert row["date"] == "2025"  # its first instalment
    assert "year-span" not in row["assumptions"]
    assert "sum of those years" not in (row["evidence"] or "")
    assert "2027" in row["evidence"]  # the period's end is said


def test_a_yearly_amount_over_a_span_counts_its_first_instalment():
    (row,) = rows_of(YEARLY_SPANS[0][1], "en")
    frame = read_pledges(
        pd.DataFrame(
            {
                "donor": [row["donor"]],
                "date": [row["date"]],
                "amount": [f"{row['currency']} {row['value']:.0f}"],
                "basis": [row["basis"]],
            }
        )
    )
    found = totals(frame, to="EUR")
    assert list(zip(found["year"], found["total"], strict=True)) == [(2025, 4e9)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Britain will give Ukraine €4bn a year from 2026.", "en"),
        ("Deutschland gibt der Ukraine ab 2026 jährlich 4 Mrd. Euro.", "de"),
    ],
)
def test_a_yearly_amount_from_a_year_starts_then(text, lang):
    (row,) = rows_of(text, lang)
    assert (row["basis"], row["date"]) == ("per-year", "2026")
    assert "until 2026" not in row["evidence"]  # the year it starts, not its end


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Britain will give Ukraine €4bn a year from now."),
        ("en", "Britain gave Ukraine €4bn a year ago."),
    ],
)
def test_a_time_after_the_phrase_is_no_period(lang, text):
    (row,) = rows_of(text, lang)
    assert row["basis"] == "new"


# --- 3. the right figure of a correction in the earlier version's sentence ----------------

CORRECTIONS = [
    (
        "en",
        "Germany pledged €500 million to Ukraine on Tuesday. Correction: an earlier version said "
        "Germany pledged €600 million; the correct figure is €500 million.",
    ),
    (
        "en",
        "Germany pledged €500 million to Ukraine on Tuesday. An earlier version of this article "
        "gave the figure as €600 million, but the correct figure is €500 million.",
    ),
    (
        "de",
        "Deutschland sagte der Ukraine 500 Mio. Euro zu. Korrektur: In einer früheren Fassung "
        "hieß es 600 Mio. Euro, richtig sind 500 Mio. Euro.",
    ),
    (
        "nb",
        "Norge gir Ukraina 500 millioner kroner. Rettelse: I en tidligere versjon sto det 600 "
        "millioner kroner; riktig tall er 500 millioner kroner.",
    ),
    (
        "fr",
        "La France a promis 500 millions d'euros à l'Ukraine. Correction : une version précédente "
        "indiquait 600 millions d'euros ; le bon chiffre est 500 millions d'euros.",
    ),
    (
        "pl",
        "Polska przekaże Ukrainie 500 mln zł. Sprostowanie: w poprzedniej wersji podaliśmy 600 "
        "mln zł – prawidłowa kwota to 500 mln zł.",
    ),
    (
        "es",
        "España donará 500 millones de euros a Ucrania. Corrección: una versión anterior decía "
        "600 millones de euros; la cifra correcta es 500 millones de euros.",
    ),
    (
        "it",
        "L'Italia donerà 500 milioni di euro all'Ucraina. Rettifica: in una versione precedente "
        "era indicato 600 milioni di euro, ma la cifra corretta è 500 milioni di euro.",
    ),
    (
        "cs",
        "Česko pošle Ukrajině 500 milionů korun. Oprava: v dřívější verzi jsme uvedli 600 "
        "milionů korun, správná částka je 500 milionů korun.",
    ),
    (
        "uk",
        "Литва надасть Україні 500 мільйонів євро. Виправлення: у попередній версії було вказано "
        "600 мільйонів євро, а правильна сума – 500 мільйонів євро.",
    ),
    (
        "sv",
        "Sverige ger Ukraina 500 miljoner kronor. Rättelse: i en tidigare version stod det 600 "
        "miljoner kronor; rätt belopp är 500 miljoner kronor.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CORRECTIONS)
def test_the_right_figure_in_the_earlier_versions_sentence_restates_the_row(lang, text):
    first, retracted, right = rows_of(text, lang)
    assert first["status"] == "candidate" and first["duplicate_of"] is None
    assert retracted["status"] == "rejected" and "retracted" in retracted["evidence"]
    assert right["status"] == "candidate" and right["duplicate_of"] == 0
    assert right["donor"] == first["donor"]
    assert "retracted" not in right["evidence"]


def test_a_right_figure_no_row_states_is_kept_and_checked():
    text = (
        "Germany pledged €400 million to Ukraine. Correction: an earlier version said €600 "
        "million; the correct figure is €500 million."
    )
    rows = rows_of(text, "en")
    assert [(r["value"], r["status"], r["duplicate_of"]) for r in rows] == [
        (4e8, "candidate", None),
        (6e8, "rejected", None),
        (5e8, "candidate", None),
    ]
    assert "check" in rows[2]["evidence"]


def test_incorrectly_is_no_turn_to_the_right_figure():
    text = (
        "Germany pledged €500 million to Ukraine. An earlier version incorrectly said Germany "
        "pledged €600 million."
    )
    assert [r["status"] for r in rows_of(text, "en")] == ["candidate", "rejected"]


# --- 4. running totals since the start of the war, and verbs of exceeding ---------------

# (lang, text, donor): the total is cumulative, over, dated by the publication
SINCE_THE_WAR = [
    ("en", "Since the start of the war, Norway's aid to Ukraine exceeds €1 billion.", "NOR"),
    ("en", "Since the invasion began, Dutch support for Ukraine has exceeded €3 billion.", "NLD"),
    (
        "es",
        "Desde el inicio de la guerra, la ayuda de España a Ucrania supera los 1.000 millones "
        "de euros.",
        "ESP",
    ),
    (
        "it",
        "Dall'inizio della guerra, l'aiuto dell'Italia all'Ucraina supera i 2 miliardi di euro.",
        "ITA",
    ),
    ("cs", "Od začátku války přesahuje česká pomoc Ukrajině 5 miliard korun.", "CZE"),
    (
        "de",
        "Seit Beginn des Krieges übersteigt die deutsche Hilfe für die Ukraine 30 Mrd. Euro.",
        "DEU",
    ),
    (
        "fr",
        "Depuis le début de la guerre, l'aide française à l'Ukraine dépasse 3 milliards d'euros.",
        "FRA",
    ),
    (
        "pt",
        "Desde o início da guerra, o apoio português à Ucrânia ultrapassa 200 milhões de euros.",
        "PRT",
    ),
    ("bg", "От началото на войната помощта на България за Украйна надхвърля 1 млрд. лева.", "BGR"),
    (
        "nl",
        "Sinds het begin van de oorlog overschrijdt de Nederlandse steun aan Oekraïne 5 miljard "
        "euro.",
        "NLD",
    ),
    (
        "sv",
        "Sedan krigets början överstiger Sveriges stöd till Ukraina 40 miljarder kronor.",
        "SWE",
    ),
    ("nb", "Siden krigens start overstiger Norges støtte til Ukraina 30 milliarder kroner.", "NOR"),
    ("lt", "Nuo karo pradžios Lietuvos parama Ukrainai viršija 1 mlrd. eurų.", "LTU"),
]


@pytest.mark.parametrize(("lang", "text", "donor"), SINCE_THE_WAR)
def test_a_total_since_the_war_is_cumulative_and_over(lang, text, donor):
    (row,) = rows_of(text, lang, published=date(2024, 6, 1))
    assert (row["donor"], row["recipient"]) == (donor, "UKR")
    assert row["basis"] == "cumulative"
    assert row["qualifier"] == "over"
    assert row["date"] == "2024-06-01"  # the total at publication, no pledge of a year


@pytest.mark.parametrize(
    "text",
    [
        "Общата стойност на помощта на България за Украйна надхвърля 800 млн. лева.",
        "Стойността на помощта на България вече надхвърли 600 млн. лева.",
    ],
)
def test_the_owner_of_an_aid_noun_after_a_genitive_word_gives(text):
    # "на помощта на България": the aid of Bulgaria, whatever "на" stands before the noun
    (row,) = rows_of(text, "bg", published=date(2024, 6, 1))
    assert row["donor"] == "BGR"
    assert row["recipient"] != "BGR"
    assert row["qualifier"] == "over"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Od początku wojny pomoc dla Ukrainy przekracza 3 mld zł."),
        (
            "ro",
            "De la începutul războiului, ajutorul pentru Ucraina depășește 500 de milioane de "
            "euro.",
        ),
        ("el", "Από την αρχή του πολέμου, η βοήθεια προς την Ουκρανία ξεπερνά τα 200 εκατ. ευρώ."),
        ("hr", "Od početka rata pomoć Ukrajini premašuje 300 milijuna eura."),
        ("sk", "Od začiatku vojny pomoc Ukrajine presahuje 700 miliónov eur."),
        ("uk", "З початку війни допомога Україні перевищує 1 млрд євро."),
    ],
)
def test_a_total_since_the_war_is_cumulative_and_over_without_a_giver(lang, text):
    (row,) = rows_of(text, lang, published=date(2024, 6, 1))
    assert (row["basis"], row["qualifier"]) == ("cumulative", "over")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The aid exceeds €1 billion.", "en"),
        ("La ayuda supera los 1.000 millones de euros.", "es"),
        ("L'aide dépasse 3 milliards d'euros.", "fr"),
        ("Pomoc przekracza 3 mld zł.", "pl"),
        ("Die Hilfe übersteigt 30 Mrd. Euro.", "de"),
        ("Pomoć premašuje 300 milijuna eura.", "hr"),
        ("Помощта надхвърля 1 млрд. лева.", "bg"),
        ("Ajutorul depășește 500 de milioane de euro.", "ro"),
    ],
)
def test_a_verb_of_exceeding_right_before_an_amount_is_a_bound(text, lang):
    assert parse_amount(text, lang=lang).qualifier == "over"


def test_an_amount_compared_with_another_is_no_bound():
    # "Germany's €30bn exceeds France's €20bn": the €20bn is France's own, exact
    rows = rows_of("Germany's €30bn exceeds France's €20bn.", "en")
    assert [r["qualifier"] for r in rows] == [None, None]


# --- 5. a span of years is dated by its first year, in a table as in prose ----------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Norway gave NOK 10bn (2023–2024).", "en"),
        ("Pledges by year:\n- 2022: €1bn\n- 2023/24: €2bn", "en"),
        ("Zusagen:\n2022 | 1,5 Mrd. Euro\n2023-2024 | 4 Mrd. Euro", "de"),
        ("Norway will give NOK 10bn for 2023–2024.", "en"),
        ("Slovensko poskytne 1,9 miliardy eur na roky 2023 až 2024.", "sk"),
    ],
)
def test_a_span_is_dated_by_its_first_year(text, lang):
    row = rows_of(text, lang)[-1]
    assert row["date"] == "2023"
    assert "year-span" in row["assumptions"]
    assert "dated by the first" in row["evidence"]
