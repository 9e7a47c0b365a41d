"""Whole-pipeline benchmark: throughput, latency, memory, per-stage time, size scaling.

    python -m benchmarks                 # the quick run (about a minute)
    python -m benchmarks --stream 100000 # memory while streaming 100k articles (minutes)
    python -m benchmarks --no-baseline   # skip dateparser + underthesea NER

Reports, on one core, for synthetic 8 KB articles (benchmarks/generate.py):
- the API (``Runner.run``) and the CLI (``vndiplo extract`` over JSONL): articles/s, ms per
  article p50 and p99 (the API and streaming runs empty ``re``'s pattern cache before each
  article, so that patterns built from an article's names are paid for as on distinct pages);
- time per stage (hook and plugin), from ``Runner.timings``;
- peak RSS, and RSS growth while streaming ``--stream`` articles;
- cost against size (1 KB to 1 MB);
- the baseline the design names: ``dateparser.search_dates`` (languages=['vi']) plus
  ``underthesea.ner`` on the same articles, and the speed ratio against it.
Targets (issue 8): >= 200 articles/s per core at 8 KB; <= 150 MB RSS growth over 100k
articles; a 1 MB article in < 1 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from benchmarks.generate import articles
from benchmarks.memory import rss_mb
from vndiplo import Runner


def api(records: list[dict[str, str]]) -> dict[str, float]:
    runner = Runner()
    runner.run(records[0]["text"])  # load plugins and warm caches outside the timing
    runner.timings.clear()
    latencies = []
    for record in records:
        # Each article as if first seen: the articles reuse a few names, and re's cache of the
        # last 512 patterns would hide what a pattern built from an article's names costs on
        # a stream of distinct articles. Module-level compiled patterns are untouched.
        re.purge()
        t0 = time.perf_counter()
        runner.run(record)
        latencies.append((time.perf_counter() - t0) * 1000)
    total = sum(latencies) / 1000
    stages: dict[str, float] = defaultdict(float)
    for key, seconds in runner.timings.items():
        stages[key] += seconds * 1000 / len(records)
    return {
        "articles_per_s": len(records) / total,
        "p50_ms": statistics.median(latencies),
        "p99_ms": sorted(latencies)[max(0, int(len(latencies) * 0.99) - 1)],
        **{f"stage {k} ms": v for k, v in sorted(stages.items(), key=lambda kv: -kv[1])},
    }


def cli(records: list[dict[str, str]]) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    try:
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "vndiplo", "extract", f.name],
            check=False,
            stdout=subprocess.DEVNULL,
        )
        total = time.perf_counter() - started
    finally:
        Path(f.name).unlink()
    return {"articles_per_s (incl. start-up)": len(records) / total, "seconds": total}


def scaling() -> dict[str, float]:
    runner = Runner()
    runner.run("khởi động")  # load plugins and compile lexicons outside the timing
    out = {}
    for size in (1_000, 10_000, 100_000, 1_000_000):
        (record,) = articles(1, size, seed=size)
        started = time.perf_counter()
        runner.run(record)
        out[f"{len(record['text']) // 1000} KB ms"] = (time.perf_counter() - started) * 1000
    return out


def _timed(items: Iterator[dict[str, str]], spent: list[float]) -> Iterator[dict[str, str]]:
    """``items``, adding the time spent making each one to ``spent[0]``."""
    while True:
        started = time.perf_counter()
        item = next(items, None)
        spent[0] += time.perf_counter() - started
        if item is None:
            return
        yield item


def stream(count: int) -> dict[str, float]:
    runner = Runner()
    runner.run("warm up")
    before = rss_mb()
    peak = before
    # The articles are made one by one as the stream goes (memory stays flat), which is the
    # benchmark's cost, not the pipeline's: it is timed apart and reported on its own line.
    generating = [0.0]
    started = time.perf_counter()
    sources = _timed(articles(count, 8000, seed=7), generating)
    for i, _doc in enumerate(runner.run_many(sources)):
        re.purge()  # as in api(): the next article finds no pattern of the previous ones
        if i % 1000 == 0:
            peak = max(peak, rss_mb())
    total = time.perf_counter() - started
    return {
        "articles": count,
        "articles_per_s": count / (total - generating[0]),
        "articles_per_s (incl. generating them)": count / total,
        "rss_before_mb": before,
        "rss_growth_mb": max(peak, rss_mb()) - before,
    }


def baseline(records: list[dict[str, str]]) -> dict[str, float]:
    """dateparser.search_dates + underthesea.ner, the general-purpose tools the design names."""
    from dateparser.search import search_dates
    from underthesea import ner

    ner("Khởi động.")  # load the model outside the timing
    base = dt.datetime(2025, 6, 1)
    started = time.perf_counter()
    for record in records:
        text = record["text"]
        search_dates(text, languages=["vi"], settings={"RELATIVE_BASE": base})
        for line in text.split("\n"):
            if line.strip():
                ner(line)
    total = time.perf_counter() - started
    return {"articles_per_s": len(records) / total, "ms_per_article": total * 1000 / len(records)}


def show(title: str, row: dict[str, float]) -> None:
    print(f"\n{title}")
    for key, value in row.items():
        print(f"  {key:<48} {value:>12.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="vndiplo whole-pipeline benchmark")
    parser.add_argument("--count", type=int, default=500, help="8 KB articles for throughput")
    parser.add_argument("--stream", type=int, default=5000, help="articles to stream for RSS")
    parser.add_argument("--baseline-count", type=int, default=5)
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args(argv)

    records = list(articles(args.count, 8000))
    print(f"vndiplo pipeline benchmark: {args.count} synthetic articles of ~8 KB, one process")
    ours = api(records)
    show("API (Runner.run)", ours)
    show("CLI (vndiplo extract, JSONL file)", cli(records))
    show("Cost against size", scaling())
    show(f"Streaming {args.stream} articles", stream(args.stream))
    show("Peak RSS", {"MB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024})
    if not args.no_baseline:
        theirs = baseline(records[: args.baseline_count])
        show(f"Baseline: dateparser + underthesea NER ({args.baseline_count} articles)", theirs)
        ratio = ours["articles_per_s"] / theirs["articles_per_s"]
        print(f"\n  vndiplo is {ratio:,.0f}x the baseline's throughput on the same articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
