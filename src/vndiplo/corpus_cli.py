"""``vndiplo corpus build`` and ``vndiplo report``: the corpus commands of the ``vndiplo`` tool.

Kept apart from :mod:`vndiplo.cli` (which only dispatches here) so the corpus can grow without
touching the extraction command. Inputs are what ``vndiplo extract`` reads (.txt, .jsonl, -) or
what it writes (JSONL contract records, recognised by their ``"contract"`` key, which are
loaded as they are instead of being extracted again).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from vndiplo.io import InputError, iter_records
from vndiplo.model import Document
from vndiplo.runner import Runner

__all__ = ["COMMANDS", "add_parsers", "run"]

COMMANDS = ("corpus", "report")
EXIT_OK, EXIT_USAGE = 0, 2


def add_parsers(sub: Any, plugin_options: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``corpus build`` and ``report`` to the ``vndiplo`` sub-command parsers."""
    corpus = sub.add_parser("corpus", help="build a corpus database of merged events")
    corpus_sub = corpus.add_subparsers(dest="corpus_command", metavar="ACTION")
    corpus_sub.required = True
    build = corpus_sub.add_parser(
        "build",
        help="add articles to a SQLite corpus (created if absent), merging their events",
        description=(
            "Extract articles (.txt, .jsonl or -; JSONL output of `vndiplo extract` is loaded "
            "as is) and add them to OUT.sqlite in one transaction: events reported by several "
            "articles become one row of `events`, with one row of `sources` per article. "
            "Re-adding an article changes nothing."
        ),
    )
    build.add_argument("database", metavar="OUT.sqlite")
    build.add_argument("paths", nargs="+", metavar="PATH", help="input files, or - for stdin")
    build.add_argument("--published", metavar="YYYY-MM-DD", help="default reference date")
    build.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes")
    build.add_argument(
        "--input-format", choices=("auto", "txt", "jsonl"), default="auto", help="input format"
    )
    plugin_options(build)
    report = sub.add_parser(
        "report",
        help="write a static HTML report of a corpus database",
        description="One self-contained HTML page: timeline, network, people, sources.",
    )
    report.add_argument("database", metavar="OUT.sqlite")
    report.add_argument("-o", "--output", required=True, metavar="FILE", help="HTML file")
    plugin_options(report)


def run(runner: Runner, args: argparse.Namespace) -> int:
    if args.command == "report":
        return _report(args)
    return _build(runner, args)


def _report(args: argparse.Namespace) -> int:
    from vndiplo.corpus.report import write_report

    try:
        write_report(args.database, args.output)
    except (OSError, FileNotFoundError) as exc:
        _complain(f"{args.database}: {exc}")
        return EXIT_USAGE
    return EXIT_OK


def _build(runner: Runner, args: argparse.Namespace) -> int:
    from vndiplo.corpus.store import CorpusStore

    if args.workers < 1:
        _complain(f"--workers must be at least 1, got {args.workers}")
        return EXIT_USAGE
    failures = 0

    def on_error(exc: InputError) -> None:
        nonlocal failures
        failures += 1
        _complain(str(exc))

    records = iter_records(args.paths, on_error=on_error, input_format=args.input_format)
    docs = documents(records, runner, workers=args.workers, published=args.published)
    with CorpusStore(args.database) as store:
        changed = store.add_many(docs)
        events, sources, people = store.conn.execute(
            "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM sources), "
            "(SELECT count(*) FROM people)"
        ).fetchone()
    print(
        f"{changed} articles added or changed; {events} events from {sources} reports; "
        f"{people} people",
        file=sys.stderr,
    )
    return EXIT_USAGE if failures else EXIT_OK


def documents(
    records: Iterable[dict[str, Any]],
    runner: Runner,
    *,
    workers: int = 1,
    published: str | None = None,
) -> Iterator[Document]:
    """Contract records are loaded as they are; everything else goes through the pipeline."""
    pending: list[dict[str, Any]] = []

    def flush() -> Iterator[Document]:
        yield from runner.run_many(pending, workers=workers)
        pending.clear()

    for record in records:
        if "contract" in record:
            yield from flush()
            yield Document.from_dict(record)
            continue
        if published and not record.get("published"):
            record["published"] = published
        pending.append(record)
        if len(pending) >= 256:
            yield from flush()
    yield from flush()


def _complain(message: str) -> None:
    print(f"vndiplo: error: {message}", file=sys.stderr)
