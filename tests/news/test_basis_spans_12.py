"""A total over a span of years is a running total, not one year's money of its own.

basis12 made an amount whose clause names a year its own time (`new`: "v roce 2023 … celkem
4,2 miliardy"); a re-check of the trial articles then found the Polish total over
"w latach 2022-2023" counted as new money (106 mld zł, about €25bn, in one year). A year that
opens a span of years is no time of one year's own."""

from __future__ import annotations

import pytest

from aidcalc.news.candidates import pledge_candidates

PUBLISHED = "2025-03-01"


def _bases(text: str, lang: str) -> list[str]:
    return [row["basis"] for row in pledge_candidates(text, published=PUBLISHED, lang=lang)]


@pytest.mark.parametrize(
    "text, lang, bases",
    [
        (
            "Całkowita pomoc Polski dla Ukrainy w latach 2022-2023 wyniosła 106 mld zł.",
            "pl",
            ["cumulative"],
        ),
        (
            "Polska przekazała Ukrainie 3 mld zł. Łącznie w latach 2022-2023 było to 106 mld zł.",
            "pl",
            ["new", "cumulative"],
        ),
        (
            "Insgesamt hat Deutschland der Ukraine in den Jahren 2022 bis 2024 28 Mrd. Euro "
            "gegeben.",
            "de",
            ["cumulative"],
        ),
        ("In total, in 2022–2024 Norway gave Ukraine NOK 20bn.", "en", ["cumulative"]),
        (
            "Au total, en 2022-2024, la France a versé 3 milliards d'euros à l'Ukraine.",
            "fr",
            ["cumulative"],
        ),
        (
            "Celkem v letech 2022–2024 Česko věnovalo Ukrajině 9 miliard korun.",
            "cs",
            ["cumulative"],
        ),
    ],
)
def test_a_total_over_a_span_of_years_stays_cumulative(text, lang, bases):
    assert _bases(text, lang) == bases


@pytest.mark.parametrize(
    "text, lang, bases",
    [
        ("Česko v roce 2023 věnovalo Ukrajině celkem 4,2 miliardy korun.", "cs", ["new"]),
        (
            "Polska przekazała Ukrainie 3 mld zł. Łącznie w 2023 r. było to 6 mld zł.",
            "pl",
            ["new", "new"],
        ),
        ("Insgesamt hat Deutschland der Ukraine im Jahr 2024 7 Mrd. Euro gegeben.", "de", ["new"]),
    ],
)
def test_a_total_of_one_year_is_that_years_money(text, lang, bases):
    assert _bases(text, lang) == bases
