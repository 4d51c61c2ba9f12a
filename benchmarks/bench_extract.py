"""Extraction speed: ``extract_amounts`` against quantulum3 on the same ~1 MB of news text.

The collection repeats the two seed articles and the test sentences of ``tests/test_extract.py``
(six languages) with their numbers varied, cut into articles of a few kB. ``extract_amounts``
runs on every article; quantulum3 is much slower, so it runs on a slice of the articles and its
speed is scaled from that (the output says how large the slice was). Both first warm up (the
lexicon cache, quantulum3's models) outside the timing; each is timed ``--repeat`` times and the
median CPU time kept (the machine may be shared). The goal (issue 5): >= 1 MB/s and >= 50x
quantulum3 (issue 9: >= 2 MB/s). The speed of each half follows: the seed articles (news as
printed, under a thousand amounts per MB) and the lists of test sentences (an amount or two per
sentence, about fourteen thousand per MB), which take two thirds of the time on a quarter of the
bytes.

As the collection repeats two articles and sixteen sentences, the parser's caches (the facts of
each token, the forms per window of tokens, the word scores) are warmer on it than on news that
does not repeat. Beside it the bench reads text that does not repeat: every passage of
``tests/news/passages.py`` and ``tests/parsing/corpus/passages.jsonl`` once (an amount or so per
sentence, like the test sentences), joined into articles of about 2 kB, after the collection.
Every other article is read first, to pay the one-time loads of data the collection never
needed (CLDR's territory names, number words of more languages); the others are then timed on
their first reading (the caches hold none of their own windows and words) and on their second.

``--jobs 1,2,0`` (issue 13) also writes the collection as a JSON-lines file of articles and
times ``aidcalc extract FILE --jobs N`` for each N (0: all cores) in a fresh process, with
the speed-up over one job and the largest process's peak memory; ``--jobs ''`` skips it.

    python benchmarks/bench_extract.py [--mb 1.0] [--quantulum-kb 40] [--repeat 3] [--jobs 1,2,0]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "fixtures" / "seeds"

SENTENCES = [
    "Germany pledged €500 million in winter aid for Ukraine on 12 December 2023.",
    "The U.S. has provided Ukraine with $61 billion in military aid since February 2022, "
    "officials said at 10:04 AM.",
    "Britain will give £1.5 billion, or about $1.9 billion, in loans to Kyiv.",
    "Switzerland allocated CHF 100 million ($112 million) for humanitarian demining.",
    "Kyiv will receive 40 Bradley vehicles and 500,000 shells from Washington, worth $2 billion.",
    "The country of 38 million spends 0.25% of GDP on the 12th aid package of 120mm shells.",
    "Deutschland hat der Ukraine im Oktober 2 Mrd. Euro für Luftverteidigung zugesagt.",
    "Die Ukraine erhält insgesamt rund 28 Mrd. Euro, umgerechnet rund 30 Mrd. Dollar.",
    "La France a débloqué 300 millions d'euros (environ 325 millions de dollars) pour l'Ukraine.",
    "Au total, Paris a fourni à Kiev plus de 3,8 milliards d'euros d'aide militaire.",
    "Rugsėjį Vilnius paskyrė 10 mln. eurų Ukrainos dronams.",
    "Iš viso Lietuva Ukrainai suteikė daugiau nei 683 mln. eurų karinės paramos.",
    "У вересні Литва виділила Україні 10 мільйонів євро на дрони.",
    "Загалом Німеччина надала Україні понад 28 мільярдів євро військової допомоги.",
    "We wrześniu Polska przekazała Ukrainie 500 mln zł (ok. 115 mln euro) na pomoc humanitarną.",
    "Łącznie Warszawa przeznaczyła dla Kijowa ponad 3 mld euro na amunicję.",
]

NUMBER_RE = re.compile(r"\d+")
NEWS_PASSAGES = ROOT / "tests" / "news" / "passages.py"
AMOUNT_PASSAGES = ROOT / "tests" / "parsing" / "corpus" / "passages.jsonl"


def vary(text: str, rng: random.Random) -> str:
    """Return ``text`` with every number replaced by another of the same length."""

    def other(match: re.Match[str]) -> str:
        digits = len(match.group())
        return str(rng.randint(10 ** (digits - 1) if digits > 1 else 1, 10**digits - 1))

    return NUMBER_RE.sub(other, text)


def collection(megabytes: float, seed: int = 5, kinds: list[str] | None = None) -> list[str]:
    """Return articles (seeds and shuffled test sentences, numbers varied) of ~``megabytes``.

    ``kinds``, when given, gets "seed" or "sentences" appended per article, in order."""
    rng = random.Random(seed)
    seeds = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    articles: list[str] = []
    size = 0
    target = int(megabytes * 1_000_000)
    while size < target:
        if rng.random() < 0.5:
            article = vary(rng.choice(seeds), rng)
            kind = "seed"
        else:
            article = " ".join(vary(s, rng) for s in rng.sample(SENTENCES, k=10))
            kind = "sentences"
        articles.append(article)
        if kinds is not None:
            kinds.append(kind)
        size += len(article.encode("utf-8"))
    return articles


def fresh_collection(size: int = 2000) -> list[str]:
    """Return the passages of the two test corpora, each once, joined into articles of about
    ``size`` bytes: news text that does not repeat (unlike ``collection``)."""
    sys.path.insert(0, str(NEWS_PASSAGES.parent))
    import passages

    texts = [
        item[1]
        for name in ("PASSAGES", "HELD_OUT", "HELD_OUT_3", "HELD_OUT_4")
        for item in getattr(passages, name, [])
    ]
    for raw in AMOUNT_PASSAGES.read_text(encoding="utf-8").split("\n"):  # not splitlines: U+2028
        if raw.strip():
            texts.append(json.loads(raw)["text"])
    articles: list[str] = []
    article: list[str] = []
    for text in dict.fromkeys(texts):
        article.append(text)
        if sum(len(piece.encode("utf-8")) for piece in article) >= size:
            articles.append(" ".join(article))
            article = []
    if article:
        articles.append(" ".join(article))
    return articles


_PARTS = {"seed": "seed articles", "sentences": "lists of test sentences"}


def megabytes(texts: list[str]) -> float:
    return sum(len(text.encode("utf-8")) for text in texts) / 1_000_000


def time_it(function, texts: list[str], repeat: int = 1) -> tuple[float, int]:
    """Return (median CPU seconds of ``repeat`` runs, results found) for ``function`` over
    ``texts``. CPU time (``time.process_time``), because the machine may be shared: a run's
    wall time also counts the neighbours' work, its CPU time far less."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        found = sum(len(function(text)) for text in texts)
        times.append(time.process_time() - start)
    return statistics.median(times), found


def time_jobs(articles: list[str], counts: list[int]) -> None:
    """Print the seconds, MB/s, speed-up and peak memory of ``aidcalc extract --jobs N``."""
    size = megabytes(articles)
    with tempfile.TemporaryDirectory() as folder:
        dump = Path(folder) / "articles.jsonl"
        with dump.open("w", encoding="utf-8") as out:
            for number, text in enumerate(articles):
                record = {"id": number, "published": "2024-11-04", "text": text}
                print(json.dumps(record, ensure_ascii=False), file=out)
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        first = None
        for jobs in counts:
            command = [sys.executable, "-m", "aidcalc", "extract", str(dump), "--format", "csv"]
            command += ["--jobs", str(jobs)]
            started = time.perf_counter()
            subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
            seconds = time.perf_counter() - started
            first = first or seconds
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            cores = jobs or len(os.sched_getaffinity(0))
            print(
                f"aidcalc extract --jobs {jobs} ({cores} processes): {seconds:.1f} s, "
                f"{size / seconds:.2f} MB/s, speed-up {first / seconds:.2f}x, "
                f"largest process so far {peak:.0f} MiB"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="size of the collection (MB)")
    parser.add_argument(
        "--quantulum-kb",
        type=float,
        default=40.0,
        help="size of the slice quantulum3 is timed on (kB)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (best kept)")
    parser.add_argument(
        "--jobs", default="1,2,0", help="process counts to time aidcalc extract with ('' skips)"
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from aidcalc.parsing import extract_amounts

    kinds: list[str] = []
    articles = collection(args.mb, kinds=kinds)
    size = megabytes(articles)
    extract_amounts(articles[0])  # warm up: the lexicon
    seconds, found = time_it(extract_amounts, articles, args.repeat)
    ours = size / seconds
    print(f"collection: {len(articles)} articles, {size:.2f} MB")
    print(
        f"aidcalc extract_amounts: {seconds:.2f} s (CPU, median of {args.repeat}), "
        f"{ours:.2f} MB/s, {found} amounts"
    )
    # the two halves differ tenfold in amounts per MB: the seed articles (news as printed) and
    # the lists of ten test sentences, each sentence an amount or two
    for kind in ("seed", "sentences"):
        part = [text for text, its in zip(articles, kinds, strict=True) if its == kind]
        part_seconds, part_found = time_it(extract_amounts, part, args.repeat)
        part_size = megabytes(part)
        print(
            f"  of which the {_PARTS[kind]}: {part_size:.2f} MB, {part_found / part_size:,.0f} "
            f"amounts per MB, {part_seconds:.2f} s, {part_size / part_seconds:.2f} MB/s"
        )

    # text that does not repeat, read after the collection: its articles alternate between two
    # halves; the first half's reading also pays the one-time loads its languages and places
    # need (CLDR data the collection never asked for), the second's first reading finds none of
    # its own windows and words in the caches, and its second reading finds them all
    fresh = fresh_collection()
    loads, new = fresh[0::2], fresh[1::2]
    loading, _ = time_it(extract_amounts, loads)
    first, fresh_found = time_it(extract_amounts, new)
    second, _ = time_it(extract_amounts, new)
    fresh_size = megabytes(new)
    print(
        f"beside it, text that does not repeat (half the test corpora's passages, once): "
        f"{fresh_size:.2f} MB, {fresh_found / fresh_size:,.0f} amounts per MB, first reading "
        f"{first:.2f} s, {fresh_size / first:.2f} MB/s, second {fresh_size / second:.2f} MB/s "
        f"(the other half, with the one-time loads: {megabytes(loads) / loading:.2f} MB/s)"
    )

    from aidcalc.news.candidates import pledge_candidates

    pledge_seconds, rows = time_it(
        lambda text: pledge_candidates(text, published="2024-11-04"), articles
    )
    print(
        f"aidcalc pledge_candidates: {pledge_seconds:.2f} s, {size / pledge_seconds:.2f} MB/s, "
        f"{rows} rows"
    )

    if args.jobs:
        time_jobs(articles, [int(jobs) for jobs in args.jobs.split(",")])

    try:
        from quantulum3 import parser as quantulum
    except ImportError:
        print("quantulum3 is not installed (pip install 'aidcalc[bench]'): no comparison")
        return 0
    sliced: list[str] = []
    while megabytes(sliced) * 1000 < args.quantulum_kb and len(sliced) < len(articles):
        sliced.append(articles[len(sliced)])
    quantulum.parse(sliced[0][:200])  # warm up: its models
    q_seconds, q_found = time_it(quantulum.parse, sliced, args.repeat)
    q_size = megabytes(sliced)
    theirs = q_size / q_seconds
    print(
        f"quantulum3 parser.parse: {q_seconds:.2f} s (CPU, median of {args.repeat}) on a "
        f"{q_size * 1000:.0f} kB slice "
        f"({len(sliced)} articles), {theirs:.4f} MB/s (scaled: ~{size / theirs:.0f} s for the "
        f"whole collection), {q_found} quantities of any unit"
    )
    print(f"ratio: aidcalc is {ours / theirs:.0f}x quantulum3")
    return 0


if __name__ == "__main__":
    sys.exit(main())
