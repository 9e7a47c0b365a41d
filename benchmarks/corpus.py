"""Corpus benchmark: build and merge throughput against extraction alone, and memory.

    python -m benchmarks.corpus                         # 1000 synthetic 8 KB articles
    python -m benchmarks.corpus --count 100000 --size 600 --stream   # RSS over 100k articles
    python -m benchmarks.corpus --dask 2                # the Dask build, 2 worker processes
    python -m benchmarks.corpus --memory 100000         # the store's RSS over 100k articles
    python -m benchmarks.corpus quality                 # merge quality on real pages
    python -m benchmarks.corpus quality --split test    # ... on the blind pages only

Lines (articles/s, one core unless --dask):
- ``extract``: ``Runner.run_many`` alone, documents discarded;
- ``build``: extraction plus ``CorpusStore.add_many`` into a fresh database (what
  ``vndiplo corpus build`` does), and its ratio to ``extract`` (target >= 0.8);
- ``merge``: adding already-extracted facts to a fresh database (the corpus's own cost), and
  ``store/extract CPU``: that cost per article against extraction's (a figure a loaded machine
  does not blur), with the build/extract ratio it implies on one core;
- with ``--stream``: RSS every 10% of the build (target: flat);
- ``--memory N`` alone: N articles copied from ``--templates`` extracted ones into one build,
  RSS every 10%, growth per 10k articles and peak (:mod:`benchmarks.corpus_memory`).
Synthetic input from :func:`vndiplo.testing.synthetic.articles`.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks.memory import rss_mb
from vndiplo import Runner
from vndiplo.corpus import CorpusStore
from vndiplo.corpus.facts import DocFacts, facts_from_document
from vndiplo.model import Document
from vndiplo.testing.synthetic import articles

_CPU: dict[str, float] = {}


def _line(name: str, count: int, seconds: float, cpu: float, extra: str = "") -> float:
    """One benchmark line: wall-clock articles/s, and articles per CPU-second of this process.

    CPU-seconds are reported because shared machines make wall time noisy; the ratio
    build/extract is taken on both.
    """
    rate = count / seconds
    print(
        f"{name:<8} {rate:9.1f} articles/s  ({count} in {seconds:.1f} s; "
        f"{count / cpu:.1f} per CPU-second){extra}",
        flush=True,
    )
    return rate


class _Clock:
    def __enter__(self) -> _Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu


def _records(args: argparse.Namespace) -> Iterator[dict[str, str]]:
    return articles(args.count, size=args.size, seed=args.seed)


def extract_only(args: argparse.Namespace) -> float:
    runner = Runner()
    with _Clock() as clock:
        for _doc in runner.run_many(_records(args)):
            pass
    _CPU["extract"] = args.count / clock.cpu
    return _line("extract", args.count, clock.wall, clock.cpu)


def build(args: argparse.Namespace, folder: Path) -> float:
    runner = Runner()
    samples: list[tuple[int, float]] = []
    step = max(args.count // 10, 1)

    def watched() -> Iterator[Document]:
        for i, doc in enumerate(runner.run_many(_records(args)), start=1):
            if args.stream and i % step == 0:
                samples.append((i, rss_mb()))
            yield doc

    with _Clock() as clock, CorpusStore(folder / "build.sqlite") as store:
        store.add_many(watched())
        events = store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    _CPU["build"] = args.count / clock.cpu
    rate = _line("build", args.count, clock.wall, clock.cpu, f", {events} events")
    if samples:
        print("rss MB  " + "  ".join(f"{n}:{mb:.0f}" for n, mb in samples))
        print(f"rss growth {samples[-1][1] - samples[0][1]:+.1f} MB from 10% to 100%")
    return rate


def merge_only(args: argparse.Namespace, folder: Path) -> float:
    runner = Runner()
    count = min(args.count, args.merge_count)
    facts: list[DocFacts] = [facts_from_document(d) for d in runner.run_many(_records(args))][
        :count
    ]
    with _Clock() as clock, CorpusStore(folder / "merge.sqlite") as store:
        store.add_many(facts, background=False)
    _CPU["merge"] = count / clock.cpu
    return _line("merge", count, clock.wall, clock.cpu)


def dask_build(args: argparse.Namespace, folder: Path) -> float:
    import dask.bag as db

    from vndiplo.dask import build_corpus

    bag = db.from_sequence(list(_records(args)), npartitions=args.dask * 4)
    with _Clock() as clock:
        build_corpus(bag, str(folder / "dask.sqlite"), scheduler="processes", num_workers=args.dask)
    return _line("dask", args.count, clock.wall, clock.cpu, f" ({args.dask} workers)")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in ("quality", "missing", "hash"):
        from benchmarks.corpus_gold.quality import main as quality

        return quality(argv[0], argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--size", type=int, default=8000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--merge-count", type=int, default=20000, help="articles for `merge`")
    parser.add_argument("--stream", action="store_true", help="sample RSS during the build")
    parser.add_argument("--only-build", action="store_true", help="skip extract and merge")
    parser.add_argument("--dask", type=int, default=0, metavar="N", help="also a Dask build")
    parser.add_argument(
        "--memory", type=int, default=0, metavar="N", help="only: the store's RSS over N articles"
    )
    parser.add_argument("--templates", type=int, default=300, help="extracted for --memory")
    args = parser.parse_args(argv)
    if args.memory:
        from benchmarks.corpus_memory import measure

        return measure(args)
    print(
        f"# {args.count} synthetic articles of ~{args.size} chars, python {sys.version.split()[0]}"
    )
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if not args.only_build:
            results["extract"] = extract_only(args)
        results["build"] = build(args, folder)
        if not args.only_build:
            print(
                f"build/extract {results['build'] / results['extract']:.2f} wall, "
                f"{_CPU['build'] / _CPU['extract']:.2f} CPU (target >= 0.80)"
            )
            results["merge"] = merge_only(args, folder)
            # What a loaded machine does not blur: the store's CPU per article against
            # extraction's. On one core the build can be no faster than 1 / (1 + share); with
            # a second core a background writer (add_many(background=True)) could run beside it.
            share = _CPU["extract"] / _CPU["merge"]
            print(
                f"store/extract CPU {share:.2f}: build/extract >= {1 / (1 + share):.2f} on one core"
            )
        if args.dask:
            results["dask"] = dask_build(args, folder)
    print(f"peak rss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
