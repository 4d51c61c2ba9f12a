"""``update_worldbank``: GDP, population and official exchange rates refreshed from the World
Bank API v2. The answers are written by hand in the API's documented JSON shape
(tests/fixtures/worldbank, two pages each) and served with ``responses``; never the network. The
"shipped" files are small fixture copies to 2024 (three economies and the world aggregate)."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest
import responses
from responses import matchers

from aidcalc.cli import main
from aidcalc.errors import InvalidRatesFile
from aidcalc.pledges import indicators
from aidcalc.rates import Rates, core, update_worldbank

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "worldbank"
TODAY = date(2026, 11, 29)
STEMS = {"NY.GDP.MKTP.CD": "gdp", "SP.POP.TOTL": "population", "PA.NUS.FCRF": "fx"}


def page(indicator: str, number: int) -> list:
    return json.loads((FIXTURES / f"{STEMS[indicator]}_page{number}.json").read_text())


@pytest.fixture(autouse=True)
def user_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("AIDCALC_DATA_HOME", str(tmp_path / "home"))
    shipped = {name: FIXTURES / f"shipped_{stem}.csv" for stem, name in [
        ("gdp", "wb_gdp_current_usd.csv"), ("population", "wb_population_total.csv"),
        ("fx", "wb_official_exchange_rate_lcu_per_usd.csv")]}  # fmt: skip
    monkeypatch.setattr(update_worldbank, "shipped_file", lambda folder, name: shipped[name])
    core.default_rates.cache_clear()
    indicators.indicator.cache_clear()
    yield tmp_path / "home"
    core.default_rates.cache_clear()
    indicators.indicator.cache_clear()


def serve(mock, answers: dict | None = None, per_page: int = 10):
    """Serve every page of each indicator (``answers`` replaces some pages: {(id, n): body})."""
    answers = answers or {}
    for indicator in STEMS:
        for number in (1, 2):
            body = answers.get((indicator, number), page(indicator, number))
            params = {"format": "json", "per_page": str(per_page), "date": "1960:2026",
                      "page": str(number)}  # fmt: skip
            mock.add(
                responses.GET,
                update_worldbank.URL.format(indicator=indicator),
                body=body if isinstance(body, bytes) else json.dumps(body),
                match=[matchers.query_param_matcher(params)],
            )


def run_update(answers=None, **kwargs):
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        serve(mock, answers)
        return update_worldbank.update(today=TODAY, per_page=10, **kwargs)


def user_files(home: Path) -> list[Path]:
    return [home / folder / name for folder, name in update_worldbank.INDICATORS.values()]


def test_update_reads_both_pages_and_the_readers_use_the_refresh(user_dir):
    # before: the (fixture) shipped files end in 2024
    assert indicators.lookup(indicators.GDP, "LTU", 2030) == (77834000000.0, 2024)
    assert Rates.default().worldbank("UAH").values[-1] == pytest.approx(40.15)
    stored = run_update()
    assert {k: v[1:] for k, v in stored.items()} == {
        # economies with a value, first year, last year, values (WLD has no FX figure)
        "NY.GDP.MKTP.CD": (4, 2023, 2025, 12),
        "SP.POP.TOTL": (4, 2023, 2025, 12),
        "PA.NUS.FCRF": (3, 2023, 2025, 9),
    }
    for path in user_files(user_dir):
        assert update_worldbank.current_file(path.parent.name, path.name) == (path, "user")
    # after: page 2 held Ukraine's 2023 figures and the world's, page 1 the 2025 figures
    assert indicators.lookup(indicators.GDP, "LTU", 2030) == (84000000000.0, 2025)
    assert indicators.lookup(indicators.GDP, "UKR", 2023) == (178800000000.0, 2023)
    assert indicators.lookup(indicators.POPULATION, "WLD", 2023) == (8061876001.0, 2023)
    assert indicators.lookup(indicators.POPULATION, "POL", 2025) == (36400000.0, 2025)
    assert indicators.release(indicators.GDP).startswith("World Bank API v2, fetched ")
    series = Rates.default().worldbank("UAH")
    assert (series.values[-1], series.values[0]) == (pytest.approx(41.68), pytest.approx(36.57))


def test_the_written_files_have_the_shipped_format(user_dir):
    run_update()
    gdp, population, fx = (p.read_text(encoding="utf-8") for p in user_files(user_dir))
    assert fx == (
        "iso3,country,year,value\n"
        "LTU,Lithuania,2023,0.924\nLTU,Lithuania,2024,0.924\nLTU,Lithuania,2025,0.886\n"
        "POL,Poland,2023,4.2\nPOL,Poland,2024,3.98\nPOL,Poland,2025,3.77\n"
        "UKR,Ukraine,2023,36.57\nUKR,Ukraine,2024,40.15\nUKR,Ukraine,2025,41.68\n"
    )
    assert fx.startswith((FIXTURES / "shipped_fx.csv").read_text()[:60])
    assert "WLD,World,2023,8061876001\n" in population  # integers stay integers
    assert "LTU,Lithuania,2023,72000000000.5\n" in gdp
    assert ",2022," not in gdp  # null values are left out, as in the shipped files


def bad(indicator: str, number: int, change) -> dict:
    """Return answers with one page of ``indicator`` changed by ``change(page)``."""
    body = copy.deepcopy(page(indicator, number))
    change(body)
    return {(indicator, number): body}


def set_value(index: int, value, key: str = "value"):
    def change(body):
        body[1][index][key] = value

    return change


BAD_ANSWERS = [
    # (answers, what the refusal says)
    (bad("PA.NUS.FCRF", 1, set_value(0, "n/a")), r"value 'n/a' is not a number"),
    (bad("NY.GDP.MKTP.CD", 2, set_value(1, "1.2e11")), r"is not a number"),
    (bad("SP.POP.TOTL", 1, set_value(1, -5)), r"must be positive"),
    (bad("SP.POP.TOTL", 1, set_value(1, 0)), r"must be positive"),
    (bad("NY.GDP.MKTP.CD", 1, set_value(0, "2027", "date")), r"2027 is in the future"),
    (bad("NY.GDP.MKTP.CD", 1, set_value(0, "2024Q1", "date")), r"'2024Q1' is not a year"),
    (bad("PA.NUS.FCRF", 2, set_value(0, "XYZ", "countryiso3code")), r"'XYZ' is not a known"),
    (bad("PA.NUS.FCRF", 2, set_value(0, "", "countryiso3code")), r"'' is not a known"),
    # Poland's rows (page 1: 2025, 2024, 2023, 2022) dropped: an economy lost
    (bad("PA.NUS.FCRF", 1, lambda b: b.__setitem__(1, b[1][:4])), r"no value for POL"),
    # every value of page 2 null (Ukraine 2023, 2022 and the world): the world is lost too,
    # Ukraine keeps its 2024 and 2025 figures of page 1
    (
        bad("NY.GDP.MKTP.CD", 2, lambda b: [r.update(value=None) for r in b[1]]),
        r"no value for WLD, which the current file has",
    ),
    # the same economy and year twice, with different values
    (
        bad("SP.POP.TOTL", 1, lambda b: b[1].append({**b[1][0], "value": 1})),
        r"two different values for 2025",
    ),
    ({("SP.POP.TOTL", 2): b"<html>busy</html>"}, r"page 2: the answer is not JSON"),
    (
        {("PA.NUS.FCRF", 1): [{"message": [{"id": "120", "value": "Invalid value"}]}]},
        r"the API refused the request: Invalid value",
    ),
    (bad("PA.NUS.FCRF", 2, lambda b: b[0].update(page=1)), r"page 2: the answer is page 1"),
    ({("PA.NUS.FCRF", 1): {"page": 1}}, r"not a \[metadata, observations\] list"),
]


@pytest.mark.parametrize(("answers", "message"), BAD_ANSWERS)
def test_a_bad_answer_is_refused_and_nothing_is_written(user_dir, answers, message):
    with pytest.raises(InvalidRatesFile, match=message):
        run_update(answers)
    assert not any(path.exists() for path in user_files(user_dir))


def test_a_failed_refresh_leaves_an_earlier_one_untouched(user_dir):
    run_update()
    before = [path.read_bytes() for path in user_files(user_dir)]
    with pytest.raises(InvalidRatesFile, match="no value for POL"):
        run_update(bad("PA.NUS.FCRF", 1, lambda b: b.__setitem__(1, b[1][:4])))
    assert [path.read_bytes() for path in user_files(user_dir)] == before
    assert not [p for p in user_dir.rglob(".*.tmp")]


def test_an_economy_the_refresh_has_must_stay_in_the_next(user_dir):
    # the current file is now the refresh: its economies are the ones that must not be lost
    run_update()
    answers = bad("SP.POP.TOTL", 2, lambda b: b.__setitem__(1, b[1][:2]))  # UKR 2022, WLD gone
    with pytest.raises(InvalidRatesFile, match="no value for WLD"):
        run_update(answers)


@pytest.mark.parametrize(
    ("user_text", "origin"),
    [
        ("iso3,country,year,value\nLTU,Lithuania,2025,1\n", "user"),  # later year
        ("iso3,country,year,value\nLTU,Lithuania,2024,1\n", "user"),  # same year: a revision
        ("iso3,country,year,value\nLTU,Lithuania,2023,1\n", "shipped"),  # older than shipped
        ("iso3,country,year,value\nLTU,Lithuania,2025,n/a\n", "shipped"),  # unreadable
        ("code,year,value\nLTU,2025,1\n", "shipped"),  # another format
        ("iso3,country,year,value\n", "shipped"),  # empty
    ],
)
def test_current_file_takes_the_newer_readable_copy(user_dir, user_text, origin):
    folder, name = update_worldbank.INDICATORS["PA.NUS.FCRF"]
    path = user_dir / folder / name
    path.parent.mkdir(parents=True)
    path.write_text(user_text, encoding="utf-8")
    assert update_worldbank.current_file(folder, name)[1] == origin


def test_cli_update_worldbank(user_dir, capsys, monkeypatch):
    monkeypatch.setattr(update_worldbank, "PER_PAGE", 10)
    with responses.RequestsMock() as mock:
        serve(mock)
        status = main(["rates", "update", "--source", "worldbank"])
    out = capsys.readouterr().out
    assert status == 0
    assert "stored <user data>/rates/wb_official_exchange_rate_lcu_per_usd.csv: World Bank " in out
    assert "PA.NUS.FCRF 2023 .. 2025, 3 economies, 9 values" in out
    assert "NY.GDP.MKTP.CD 2023 .. 2025, 4 economies, 12 values" in out


def test_cli_update_worldbank_failure_changes_nothing(user_dir, capsys):
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        mock.add(responses.GET, update_worldbank.URL.format(indicator="NY.GDP.MKTP.CD"),
                 status=503)  # fmt: skip
        status = main(["rates", "update", "--source", "worldbank"])
    assert status == 1
    assert "World Bank failed, nothing changed: download of" in capsys.readouterr().err
    assert not any(path.exists() for path in user_files(user_dir))
    assert main(["rates", "update", "--source", "worldbank", "--from-file", "x.json"]) == 2
