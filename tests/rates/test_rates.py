"""Rates: exact published figures, the methods, UAH, legacy currencies, World Bank, refusals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, localcontext

import numpy as np
import pytest
from ecb_reference import ecb, mean, nbu

from aidcalc.errors import RateNotAvailable, UnknownCurrency
from aidcalc.rates import METHODS, Rate, Rates
from aidcalc.rates import ecb as ecb_file


@pytest.fixture(scope="module")
def rates() -> Rates:
    return Rates.default()


def div(a, b):
    with localcontext() as context:
        context.prec = 28
        return Decimal(a) / Decimal(b)


# -- the ECB file as published ------------------------------------------------------------------


def test_every_ecb_value_is_read_exactly(rates):
    # Decimal(repr(float)) must give back each published figure
    reference = ecb()
    assert len(reference) == len(rates.history.days) == 7126
    checked = 0
    for day, row in list(reference.items())[::97]:
        for currency, published in row.items():
            got = rates.rate("EUR", currency, day, method="exact")
            assert got.value == published, (day, currency)
            checked += 1
    assert checked > 1000


def test_fixing_day(rates):
    assert rates.rate("EUR", "USD", "2024-11-04") == Rate(
        Decimal("1.0904"), date(2024, 11, 4), "ECB euro reference rate", "previous"
    )


def test_saturday_uses_fridays_fixing(rates):
    got = rates.rate("EUR", "USD", date(2024, 11, 2))
    assert (got.value, got.date) == (ecb()["2024-11-01"]["USD"], date(2024, 11, 1))


@pytest.mark.parametrize(
    ("day", "fixing"),
    [("2024-12-25", "2024-12-24"), ("2024-12-26", "2024-12-24"), ("2024-03-29", "2024-03-28"),
     ("2024-04-01", "2024-03-28")],
)  # fmt: skip
def test_target_holidays_use_the_last_fixing(rates, day, fixing):
    got = rates.rate("EUR", "GBP", day)
    assert got.date == date.fromisoformat(fixing)
    assert got.value == ecb()[fixing]["GBP"]


def test_exact_refuses_a_day_without_fixing(rates):
    assert rates.rate("EUR", "USD", "2024-11-04", method="exact").value == Decimal("1.0904")
    with pytest.raises(RateNotAvailable, match=r"USD.*2024-11-02.*exact|exact.*2024-11-02"):
        rates.rate("EUR", "USD", "2024-11-02", method="exact")


def test_nearest_takes_the_closer_fixing(rates):
    assert rates.rate("EUR", "USD", "2024-11-02", method="nearest").date == date(2024, 11, 1)
    assert rates.rate("EUR", "USD", "2024-11-03", method="nearest").date == date(2024, 11, 4)
    # before the first fixing, nearest looks forward
    assert rates.rate("EUR", "USD", "1999-01-01", method="nearest").date == date(1999, 1, 4)
    with pytest.raises(RateNotAvailable, match="before the data start"):
        rates.rate("EUR", "USD", "1999-01-01", method="previous")


def test_monthly_and_annual_means_are_exact(rates):
    monthly = rates.rate("EUR", "USD", "2024-09")
    assert monthly.method == "monthly" and monthly.date == date(2024, 9, 1)
    assert monthly.value == mean("USD", "2024-09")
    annual = rates.rate("EUR", "JPY", "2023")
    assert annual.method == "annual" and annual.value == mean("JPY", "2023")
    # a full date with an explicit average method uses its month or year
    assert rates.rate("EUR", "USD", "2024-09-17", method="monthly").value == monthly.value


def test_cross_rate_goes_through_eur(rates):
    got = rates.rate("GBP", "USD", "2024-11-04")
    row = ecb()["2024-11-04"]
    assert got.value == div(row["USD"], row["GBP"])
    assert "cross" in got.source and got.date == date(2024, 11, 4)
    monthly = rates.rate("GBP", "USD", "2024-09")
    assert monthly.value == div(mean("USD", "2024-09"), mean("GBP", "2024-09"))


def test_inverse_rate(rates):
    assert rates.rate("USD", "EUR", "2024-11-04").value == div(1, "1.0904")


def test_same_currency_is_exactly_one(rates):
    got = rates.rate("USD", "USD", "2024-11-04")
    assert got.value == 1 and got.source == "same currency"
    with pytest.raises(UnknownCurrency):
        rates.rate("XYZ", "XYZ", "2024-11-04")


def test_staleness_limit(rates):
    strict = Rates.from_files(staleness_days=0)
    assert strict.rate("EUR", "USD", "2024-11-04").value == Decimal("1.0904")
    with pytest.raises(RateNotAvailable, match=r"2024-11-01, 1 day earlier.*limit of 0 days"):
        strict.rate("EUR", "USD", "2024-11-02")
    # ISK was not quoted from 2008-12-10 to 2018-01-31: a 7-day-old fixing is not used either
    with pytest.raises(RateNotAvailable, match="ISK"):
        rates.rate("EUR", "ISK", "2012-05-04")
    with pytest.raises(RateNotAvailable, match="ISK"):
        rates.rate("EUR", "ISK", "2008-12-10")
    assert rates.rate("EUR", "ISK", "2008-12-09").value == ecb()["2008-12-09"]["ISK"]


def _gapped_history():
    """A small ECB-like history, daily from 2020-01-01, with no publication 2021-06-11..06-27."""
    days = np.arange(np.datetime64("2020-01-01"), np.datetime64("2023-06-01"))
    days = days[(days <= np.datetime64("2021-06-10")) | (days >= np.datetime64("2021-06-28"))]
    rows = b"".join(f"{d},1.1,130.5,0.85,0.95,\n".encode() for d in days[::-1])
    return ecb_file.parse(GOOD_HEADER + rows)


def test_the_default_staleness_limit_is_7_days():
    gapped = Rates(_gapped_history())
    last = date(2021, 6, 10)
    assert gapped.rate("EUR", "USD", "2021-06-17").date == last  # 7 days old: used
    with pytest.raises(RateNotAvailable) as caught:
        gapped.rate("EUR", "USD", "2021-06-18")
    message = str(caught.value)
    assert "2021-06-10, 8 days earlier" in message and "staleness limit of 7 days" in message
    assert "EUR->USD" in message and "previous" in message and "2021-06-18" in message
    # nearest looks both ways, and says so when both sides are too far
    assert gapped.rate("EUR", "USD", "2021-06-22", method="nearest").date == date(2021, 6, 28)
    with pytest.raises(RateNotAvailable, match=r"9 days earlier; the next is of 2021-06-28, 9 d"):
        gapped.rate("EUR", "USD", "2021-06-19", method="nearest")
    assert Rates(_gapped_history(), staleness_days=8).rate("EUR", "USD", "2021-06-18").value


# -- UAH (NBU) ---------------------------------------------------------------------------------


def test_uah_on_a_normal_day_uses_the_nbu(rates):
    usd = rates.rate("USD", "UAH", "2024-11-04")
    assert usd.value == nbu()[("2024-11-04", "USD")] == Decimal("41.2891")
    assert usd.source == "NBU official rate"
    assert rates.rate("UAH", "USD", "2024-11-04").value == div(1, "41.2891")
    assert rates.rate("EUR", "UAH", "2024-11-04").value == Decimal("44.968")
    # the NBU publishes on weekends too
    assert rates.rate("USD", "UAH", "2024-11-02").date == date(2024, 11, 2)


def test_uah_in_the_fixed_period(rates):
    usd = rates.rate("USD", "UAH", "2023-01-15")
    assert usd.value == Decimal("36.5686") and "fixed" in usd.source
    eur = rates.rate("EUR", "UAH", "2023-01-15")  # a Sunday: Friday's ECB USD fixing
    assert eur.value == Decimal("36.5686") * ecb()["2023-01-13"]["USD"]
    assert "ECB" in eur.source and "36.5686" in eur.source
    # UAH/EUR exists there on ECB fixing days only, so the rate date is the ECB fixing used
    assert eur.date == date(2023, 1, 13)
    assert rates.rate("EUR", "UAH", "2022-12-26").date == date(2022, 12, 23)  # TARGET holiday
    with pytest.raises(RateNotAvailable, match="no UAH fixing that day"):
        rates.rate("EUR", "UAH", "2023-01-15", method="exact")
    monday = rates.rate("EUR", "UAH", "2023-01-16", method="exact")
    assert monday.value == Decimal("36.5686") * ecb()["2023-01-16"]["USD"]
    assert monday.date == date(2023, 1, 16)
    # UAH/USD is fixed every calendar day, so its rate date is the day itself
    assert usd.date == date(2023, 1, 15)
    # other currencies go through the crossed EUR rate
    gbp = rates.rate("UAH", "GBP", "2023-01-16")
    expected = div(ecb()["2023-01-16"]["GBP"], Decimal("36.5686") * ecb()["2023-01-16"]["USD"])
    assert gbp.value == expected


def test_uah_means_cite_only_the_sources_they_rest_on(rates):
    # January 2023 lies wholly in the gap: the mean is over the crossed ECB fixing days
    january = rates.rate("EUR", "UAH", "2023-01")
    crossed = [Decimal("36.5686") * row["USD"] for day, row in ecb().items()
               if day.startswith("2023-01")]  # fmt: skip
    assert january.value == sum(crossed, Decimal(0)) / len(crossed)
    assert january.source.startswith("NBU fixed UAH/USD rate 36.5686 x ECB")
    assert "NBU official rate;" not in january.source
    # 2023: NBU rates from August, the crossed 36.5686 before; the 2022 rate 29.2549 is not cited
    year = rates.rate("EUR", "UAH", "2023").source
    assert "NBU official rate" in year and "36.5686" in year and "29.2549" not in year
    assert "29.2549" in rates.rate("EUR", "UAH", "2022").source
    assert rates.rate("EUR", "UAH", "2024").source == "NBU official rate"


def test_uah_after_the_nbu_data(rates):
    with pytest.raises(RateNotAvailable, match=r"UAH.*2025-11-01.*2025-10-20"):
        rates.rate("USD", "UAH", "2025-11-01")


def test_uah_annual_mean_is_over_calendar_days(rates):
    values = [v for (day, cur), v in nbu().items() if cur == "USD" and day.startswith("2024")]
    assert len(values) == 366
    assert rates.rate("USD", "UAH", "2024").value == sum(values, Decimal(0)) / 366


# -- legacy currencies --------------------------------------------------------------------------


def test_legacy_currency_after_changeover(rates):
    got = rates.rate("LTL", "EUR", "2024-11-04")
    assert got.value == div(1, "3.45280")
    assert "851/2014" in got.source
    assert rates.rate("EUR", "DEM", "2024").value == Decimal("1.95583")
    assert rates.rate("EUR", "HRK", "2023-03-01").value == Decimal("7.53450")
    usd = rates.rate("LTL", "USD", "2024-11-04")
    assert usd.value == div(Decimal("1.0904"), Decimal("3.45280"))


def test_legacy_currency_before_changeover_uses_the_ecb(rates):
    got = rates.rate("EUR", "LTL", "2014-06-02")
    assert got.value == ecb()["2014-06-02"]["LTL"] and got.source == "ECB euro reference rate"
    with pytest.raises(RateNotAvailable, match="DEM.*1999-01-01"):
        rates.rate("DEM", "EUR", "1998-06-01")


# -- World Bank annual ------------------------------------------------------------------------


def test_world_bank_annual_for_currencies_the_ecb_does_not_quote(rates):
    got = rates.rate("NGN", "USD", "2023")
    assert got.method == "annual" and "World Bank" in got.source and "NGA" in got.source
    # NGN per USD from the WB file, crossed with the ECB's annual USD mean, comes back exactly
    assert got.value == pytest.approx(Decimal(1) / Decimal("645.19406788"), rel=Decimal("1e-20"))
    with pytest.raises(RateNotAvailable, match="annual"):
        rates.rate("NGN", "USD", "2023-05-05")
    with pytest.raises(RateNotAvailable, match="annual"):
        rates.rate("NGN", "USD", "2023-05")
    with pytest.raises(RateNotAvailable, match="method='annual'"):
        rates.rate("NGN", "EUR", "2023-05-05", method="exact")


def test_world_bank_past_its_data_does_not_promise_an_update(rates):
    # the ECB 2026 mean is incomplete too, but an update cannot bring World Bank 2026 figures
    with pytest.raises(RateNotAvailable) as caught:
        rates.rate("NGN", "USD", "2026")
    message = str(caught.value)
    assert "NGN/USD 1960..2025" in message and "with 2025" in message
    assert "rates update" not in message and "nothing newer" in message


# -- refusals -------------------------------------------------------------------------------------


def test_rub_refused_after_suspension(rates):
    assert rates.rate("EUR", "RUB", "2022-03-01").value == ecb()["2022-03-01"]["RUB"]
    for day, method in (("2022-03-02", "previous"), ("2022-03-04", "nearest"), ("2022-03", None),
                        ("2024-11-04", "previous")):  # fmt: skip
        with pytest.raises(RateNotAvailable, match="suspended|RUB"):
            rates.rate("RUB", "EUR", day, method=method)
    # every method's refusal names the suspension, not weekends or incomplete periods
    for day, method in (("2022-03-04", "exact"), ("2022-03", None), ("2023", None),
                        ("2022", None), ("2024-11-04", "nearest")):  # fmt: skip
        with pytest.raises(RateNotAvailable, match="ECB suspended its RUB reference rate"):
            rates.rate("EUR", "RUB", day, method=method)


def test_a_currency_left_out_of_a_published_day(rates):
    # ISK was not quoted from 2008-12-10 to 2018-01-31 although the ECB published
    for day, method in (("2012-05-04", "exact"), ("2012-05", None), ("2012", None)):
        with pytest.raises(RateNotAvailable, match="published without ISK then"):
            rates.rate("EUR", "ISK", day, method=method)


def test_a_date_still_to_come_promises_no_update(rates, monkeypatch):
    # a rate for a time still to come: no update can bring it (new-user trial 23: a 2027 row
    # was told to run `aidcalc rates update`)
    import aidcalc.rates.core as core

    class Today(date):
        @classmethod
        def today(cls):
            return date(2026, 12, 2)

    monkeypatch.setattr(core, "date", Today)
    with pytest.raises(RateNotAvailable) as caught:
        rates.rate("CAD", "USD", "2027-03-01")
    message = str(caught.value)
    assert "still to come" in message and "rates update" not in message
    with pytest.raises(RateNotAvailable, match="rates update"):
        rates.rate("CAD", "USD", "2026-11-30")  # past the data, not the day: an update helps


def test_past_the_end_of_data_suggests_update(rates):
    with pytest.raises(RateNotAvailable) as caught:
        rates.rate("EUR", "USD", "2026-11-10")
    message = str(caught.value)
    assert "aidcalc rates update" in message and "2026-10-30" in message and "USD" in message
    # the Saturday after the last fixing (a Friday) is still fine
    assert rates.rate("EUR", "USD", "2026-10-31").date == date(2026, 10, 30)
    with pytest.raises(RateNotAvailable, match="rates update"):
        rates.rate("EUR", "USD", "2026-11-02")
    with pytest.raises(RateNotAvailable, match="2026"):
        rates.rate("EUR", "USD", "2026")  # the year is not over in the data


def test_message_names_currency_date_method_coverage(rates):
    with pytest.raises(RateNotAvailable) as caught:
        rates.rate("EUR", "USD", "2024-11-02", method="exact")
    message = str(caught.value)
    for part in ("USD", "2024-11-02", "exact", "1999-01-04"):
        assert part in message


def test_unknown_currency(rates):
    with pytest.raises(UnknownCurrency) as caught:
        rates.rate("XYZ", "EUR", "2024-11-04")
    assert caught.value.code == "XYZ"
    with pytest.raises(UnknownCurrency, match="no source quotes KPW"):
        rates.rate("EUR", "KPW", "2024")


def test_bad_method_and_precision(rates):
    with pytest.raises(ValueError, match="method"):
        rates.rate("EUR", "USD", "2024-11-04", method="weekly")
    with pytest.raises(RateNotAvailable, match="monthly"):
        rates.rate("EUR", "USD", "2024-09", method="previous")
    with pytest.raises(RateNotAvailable, match=r"no exact rate for EUR->USD on 2024-09: .*month"):
        rates.rate("EUR", "USD", "2024-09", method="exact")
    assert set(METHODS) == {"exact", "previous", "nearest", "monthly", "quarterly", "annual", "peg"}


# -- vectorised look-ups agree with the scalar ones ---------------------------------------------


def test_rate_arrays_match_rate(rates):
    days = np.arange(np.datetime64("2024-10-01"), np.datetime64("2024-11-10")).astype(np.int64)
    for base, quote in (("GBP", "USD"), ("UAH", "EUR"), ("LTL", "JPY")):
        found = rates.rate_arrays(base, quote, days, "previous")
        assert not found.reasons.any()
        for i in range(0, len(days), 5):
            day = days[i].astype("datetime64[D]").item()
            scalar = rates.rate(base, quote, day)
            assert found.values[i] == pytest.approx(float(scalar.value), rel=1e-14)
            assert found.sources[found.source_codes[i]] == scalar.source


# -- the ECB file reader -------------------------------------------------------------------------


GOOD_HEADER = b"Date,USD,JPY,GBP,CHF,\n"


def _rows(n=1200, start="2020-01-01"):
    days = np.arange(np.datetime64(start), np.datetime64(start) + n)[::-1]
    return b"".join(f"{d},1.1,130.5,0.85,N/A,\n".encode() for d in days)


def test_reader_accepts_a_small_valid_file():
    history = ecb_file.parse(GOOD_HEADER + _rows())
    assert history.currencies == ("USD", "JPY", "GBP", "CHF")
    assert np.all(np.diff(history.days) > 0) and np.isnan(history.values[:, 3]).all()


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (b"Day,USD,JPY,GBP,CHF,\n" + _rows(), "header"),
        (b"Date,USD,JPY,\n" + _rows(), "header"),
        (GOOD_HEADER + _rows(10), "rows"),
        (GOOD_HEADER + _rows().replace(b"130.5", b"abc", 1), "numbers"),
        (GOOD_HEADER + _rows().replace(b"130.5", b"-1", 1), "positive"),
        (GOOD_HEADER + _rows()[:-30], "numbers"),
        (GOOD_HEADER + _rows(600) + _rows(600), "order"),
    ],
)
def test_reader_rejects_broken_files(raw, problem):
    with pytest.raises(ecb_file.InvalidRatesFile, match=problem):
        ecb_file.parse(raw)
