"""Benchmark ``aidcalc.parse_amount`` against price-parser and quantulum3 on the same strings.

Run with ``python benchmarks/bench_parse.py`` (the ``bench`` extra installs the other two
parsers). Prints strings/second side by side, the ratios, the wall time of a fresh
``aidcalc parse "€5m"`` process, and optionally (``--profile``) a cProfile of parse_amount.
Nothing is asserted: the aims (issue 9: >= 0.5x price-parser; >= 20x quantulum3, <= 0.3 s per
process) are printed next to what was measured. The machine may be shared: compare the ratios,
which are measured in one process, and repeat the run.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

# Realistic amount strings as news and price tags write them, in several languages.
STRINGS = [
    # English news
    "€5m",
    "€5 million",
    "over 683 million euros (approximately $763 million)",
    "10 million euros ($11 million)",
    "US$1.2bn",
    "US $1.2 billion",
    "$1-2 billion",
    "between $1bn and $2bn",
    "€300–400 million",
    "300 to 400 million euros",
    "£2.3bn",
    "£500,000",
    "£1.5 million",
    "about $50 million",
    "more than $61 billion",
    "up to €5 billion",
    "nearly $1 trillion",
    "at least 2 billion euros",
    "roughly £150m",
    "some $400 million in aid",
    "a package worth $2.5 billion",
    "an additional $425 million",
    "€50 billion Ukraine Facility",
    "EUR 1.4 billion",
    "1.5 million EUR",
    "EUR1.5m",
    "USD 250,000",
    "$12,345.67",
    "$0.5bn",
    "$.5 billion",
    "two billion euros",
    "half a billion dollars",
    "a billion dollars",
    "three hundred million euros",
    "C$500 million",
    "CA$60 million",
    "A$100m",
    "AU$1.1 billion",
    "NZ$5 million",
    "HK$20m",
    "¥1 trillion",
    "JPY 4.5 billion",
    "₹10 crore",
    "Rs 5 lakh",
    "₹1,00,00,000",
    "CHF 5 million",
    "SEK 1.2 billion",
    "NOK 75 billion",
    "1.5 billion Swedish kronor",
    "Norwegian kroner 10 billion",
    "DKK 2.3bn",
    "20 million Canadian dollars",
    "PLN 3 billion",
    "50 million zlotys",
    "Kč 1 billion",
    "CZK 2.5 billion",
    "₴1.5 billion",
    "UAH 500 million",
    "1 billion hryvnias",
    "in excess of $100m",
    "upwards of £1bn",
    "approximately €2.1 billion",
    "circa $3m",
    "~$40bn",
    "less than $1 million",
    "as much as $10 billion",
    "$5.5 billion in military aid",
    "€ 1,234,567.89",
    "£2,500",
    # German
    "2,8 Mrd. Euro",
    "1,5 Milliarden Euro",
    "rund 5 Mrd. €",
    "mehr als 500 Millionen Euro",
    "7,1 Mio. €",
    "1.234,56 €",
    "bis zu 3 Milliarden Euro",
    "über 2 Mrd. Dollar",
    "CHF 1'234'567.50",
    "Fr. 50 Mio.",
    "etwa 400 Mio. US-Dollar",
    # French
    "1,2 milliard d'euros",
    "plus de 3 milliards d'euros",
    "environ 500 millions d'euros",
    "1 234,56 €",
    "2 millions de dollars",
    "jusqu'à 5 milliards d'euros",
    "50 M€",
    "3 Md€",
    # Spanish, Italian, Portuguese
    "1.500 millones de euros",
    "más de 2.000 millones de dólares",
    "unos 300 millones de euros",
    "1,5 miliardi di euro",
    "oltre 2 miliardi di euro",
    "500 milioni di euro",
    "R$ 1,5 bilhão",
    "R$ 250 mil",
    # Dutch, Swedish, Norwegian, Danish
    "€ 2,5 miljard",
    "ruim 1 miljard euro",
    "1,5 miljarder kronor",
    "75 milliarder kroner",
    "kr 1 234,50",
    "2,3 mia. kr.",
    # Lithuanian
    "683 mln. €",
    "daugiau nei 683 mln. eurų",
    "apie 50 mln. eurų",
    "1,2 mlrd. eurų",
    "5 mln. Eur",
    "iki 10 mln. eurų",
    # Polish
    "1 234,56 zł",
    "ponad 2 mld zł",
    "około 500 mln zł",
    "3,5 mld złotych",
    "100 tys. zł",
    "2 mln euro",
    "do 5 mld dolarów",
    # Ukrainian, Russian
    "понад 683 млн євро",
    "близько 1,5 млрд доларів",
    "500 млн грн",
    "2,3 млрд гривень",
    "₴ 1 234,56",
    "понад 10 млрд дол. США",
    "50 млн євро",
    "около 2 млрд рублей",
    # Czech, Slovak, Romanian, others
    "1,5 miliardy Kč",
    "500 mil. Kč",
    "2 mld. eur",
    "1,5 miliarde de euro",
    "300 milioane lei",
    "€2.5bn",
    "$3.5bn",
    "£12m",
    # prices
    "$19.99",
    "€ 9,99",
    "9,99 €",
    "£4.50",
    "1 299,00 zł",
    "CHF 49.90",
    "¥1,980",
    "USD 1,299.00",
    "1.299,00 EUR",
    "kr 499",
    "Rs. 2,499",
    "R 199.99",
    "₩50,000",
    "$1,234",
    "EUR 0.99",
    "59.90 €",
]

REPEATS_FAST = 20  # passes over the list for the fast parsers
REPEATS_SLOW = 3  # passes for quantulum3
AIMS = {"price-parser": 0.5, "quantulum3": 20.0}
CLI_TEXT = "€5m"
# "€5m" may take a shortcut that never loads the lexicon; this text needs it, so its cold run
# shows the one-time lexicon build.
CLI_TEXT_LEXICON = "over 683 million euros"


def parse_with_aidcalc() -> Callable[[str], object]:
    """Return a callable that parses one string with aidcalc, swallowing ParseError."""
    from aidcalc import ParseError, parse_amount

    def parse(text: str) -> object:
        try:
            return parse_amount(text)
        except ParseError:
            return None

    return parse


def parse_with_price_parser() -> Callable[[str], object] | None:
    """Return price-parser's entry point, or None when it is not installed."""
    try:
        from price_parser import Price
    except ImportError:
        return None
    return Price.fromstring


def parse_with_quantulum3() -> Callable[[str], object] | None:
    """Return quantulum3's parser, or None when it is not installed."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "classifier dependencies not installed"
        try:
            from quantulum3 import parser
        except ImportError:
            return None
    return parser.parse


def strings_per_second(parse: Callable[[str], object], repeats: int) -> float:
    """Return how many strings of STRINGS per second of CPU time ``parse`` reads: the median of
    ``repeats`` passes. CPU time (``time.process_time``), because the machine may be shared: a
    pass's wall time also counts the neighbours' work, its CPU time far less."""
    return paired_speeds({"parser": parse}, repeats)["parser"]


def _pass_seconds(parse: Callable[[str], object]) -> float:
    """Return the CPU time of one pass of ``parse`` over STRINGS."""
    started = time.process_time()
    for text in STRINGS:
        parse(text)
    return time.process_time() - started


def paired_speeds(parsers: dict[str, Callable[[str], object]], repeats: int) -> dict[str, float]:
    """Return strings per CPU second of each parser: the median of ``repeats`` passes, the
    parsers' passes alternating (aidcalc, price-parser, aidcalc, ...) so that a change in the
    machine's load during the run weighs on all of them alike. A warm-up pass comes first."""
    for parse in parsers.values():
        for text in STRINGS:  # warm-up: lazy loading, caches
            parse(text)
    times: dict[str, list[float]] = {name: [] for name in parsers}
    for _ in range(repeats):
        for name, parse in parsers.items():
            times[name].append(_pass_seconds(parse))
    return {name: len(STRINGS) / statistics.median(spent) for name, spent in times.items()}


def recognised(parse: Callable[[str], object]) -> int:
    """Return how many strings of STRINGS ``parse`` returns something for (a rough coverage)."""
    count = 0
    for text in STRINGS:
        try:
            result = parse(text)
        except Exception:  # the other parsers raise their own errors
            continue
        amount = getattr(result, "amount", result)
        if amount is not None and amount != []:
            count += 1
    return count


def cli_command(text: str) -> tuple[list[str], str]:
    """Return the command that parses ``text`` in a fresh process, and how it is described."""
    script = Path(sys.executable).with_name("aidcalc")
    probe = (
        subprocess.run([str(script), "parse", "--help"], capture_output=True, text=True)
        if script.exists()
        else None
    )
    if probe is not None and probe.returncode == 0:
        return [str(script), "parse", text], f'aidcalc parse "{text}"'
    code = f"from aidcalc import parse_amount; parse_amount({text!r})"
    return [sys.executable, "-c", code], f'python -c "{code}" (no `aidcalc parse` command yet)'


def process_seconds(command: list[str], env: dict[str, str]) -> float:
    """Return the wall time of one run of ``command``; raise if it fails."""
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def measure_cli(text: str, runs: int = 5) -> None:
    """Print the wall time of a fresh process: cold (empty lexicon cache), then warm."""
    command, described = cli_command(text)
    with tempfile.TemporaryDirectory(prefix="aidcalc-bench-") as cache_home:
        env = dict(os.environ, AIDCALC_CACHE_HOME=cache_home)
        cold = process_seconds(command, env)
        built = any(Path(cache_home).rglob("*.*"))
        warm = [process_seconds(command, env) for _ in range(runs)]
        shutil.rmtree(cache_home, ignore_errors=True)
    print(f"\nFresh process: {described}")
    what = "lexicon built and cached" if built else "the lexicon was not needed"
    print(f"  cold (empty AIDCALC_CACHE_HOME, {what}): {cold:.3f} s")
    print(
        f"  warm (cached lexicon), median of {runs}: {statistics.median(warm):.3f} s "
        f"(min {min(warm):.3f}, max {max(warm):.3f}; aim <= 0.3 s)"
    )


def profile_aidcalc(top: int = 15) -> None:
    """Print the ``top`` functions by cumulative time while parse_amount reads the list."""
    parse = parse_with_aidcalc()
    for text in STRINGS:
        parse(text)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(REPEATS_FAST):
        for text in STRINGS:
            parse(text)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    print(f"\ncProfile of parse_amount, {REPEATS_FAST} passes over {len(STRINGS)} strings:")
    print(out.getvalue())


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the tables; return the exit status."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--no-cli", action="store_true", help="skip the process timing")
    options.add_argument("--profile", action="store_true", help="print a cProfile of aidcalc")
    args = options.parse_args(argv)

    parsers = {
        "aidcalc": (parse_with_aidcalc(), REPEATS_FAST),
        "price-parser": (parse_with_price_parser(), REPEATS_FAST),
        "quantulum3": (parse_with_quantulum3(), REPEATS_SLOW),
    }
    print(f"{len(STRINGS)} strings; CPU time, median of N passes after a warm-up pass\n")
    print(f"{'parser':<14}{'strings/s':>12}{'µs/string':>12}{'passes':>8}{'non-empty':>12}")
    fast = {name: parse for name, (parse, repeats) in parsers.items() if parse is not None}
    fast = {name: parse for name, parse in fast.items() if parsers[name][1] == REPEATS_FAST}
    speeds = paired_speeds(fast, REPEATS_FAST)  # aidcalc and price-parser alternate
    for name, (parse, repeats) in parsers.items():
        if parse is None:
            print(f"{name:<14}{'not installed':>12}")
            continue
        if name not in speeds:
            speeds[name] = strings_per_second(parse, repeats)
        speed = speeds[name]
        found = f"{recognised(parse)}/{len(STRINGS)}"
        print(f"{name:<14}{speed:>12,.0f}{1e6 / speed:>12.1f}{repeats:>8}{found:>12}")
    print()
    for name, aim in AIMS.items():
        if name in speeds:
            ratio = speeds["aidcalc"] / speeds[name]
            print(f"aidcalc / {name}: {ratio:.2f}x (aim >= {aim:g}x)")
    if not args.no_cli:
        measure_cli(CLI_TEXT)
        measure_cli(CLI_TEXT_LEXICON)
    if args.profile:
        profile_aidcalc()
    return 0


if __name__ == "__main__":
    sys.exit(main())
