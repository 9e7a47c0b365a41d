"""The ``vndiplo`` command: ``vndiplo extract`` and ``vndiplo plugins``.

Behaves like other Unix tools: reads files or ``-`` (standard input), writes to standard output,
reports problems on standard error, one line each, and exits 0 (all fine), 1 (some documents
carry plugin errors; all were still written) or 2 (usage or input error).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Iterator, Sequence
from typing import IO, Any

from vndiplo import __version__, corpus_cli
from vndiplo.io import OUTPUT_FORMATS, InputError, iter_records, write_documents
from vndiplo.model import Document
from vndiplo.runner import PluginLoadError, Runner

EXIT_OK, EXIT_PLUGIN_ERRORS, EXIT_USAGE = 0, 1, 2


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vndiplo",
        description="Structured records from Vietnamese diplomatic and political news.",
    )
    parser.add_argument("--version", action="version", version=f"vndiplo {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    ex = sub.add_parser(
        "extract",
        help="extract dates, people and events from articles",
        description=(
            "Read .txt files (one article each; the file stem is the id), .jsonl files (one "
            '{"id", "text", "published"?, "url"?} record per line) or - for standard input, '
            "and write one JSON object per document."
        ),
        epilog="Exit status: 0 all fine; 1 some documents carry plugin errors; "
        "2 usage or input error.",
    )
    ex.add_argument("paths", nargs="+", metavar="PATH", help="input files, or - for stdin")
    ex.add_argument(
        "--published",
        type=_date,
        metavar="YYYY-MM-DD",
        help="reference date for documents that do not carry their own",
    )
    ex.add_argument("--format", choices=OUTPUT_FORMATS, default="jsonl", help="output format")
    ex.add_argument(
        "--input-format",
        choices=("auto", "txt", "jsonl"),
        default="auto",
        help="how to read inputs (default: by file extension; stdin is sniffed)",
    )
    ex.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes")
    ex.add_argument("--include-text", action="store_true", help="add the original text")
    ex.add_argument(
        "--time-budget",
        type=float,
        metavar="SECONDS",
        help="stop a plugin that takes longer than this on one document (recorded in errors)",
    )
    ex.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    _plugin_options(ex)
    ex.add_argument(
        "--progress",
        choices=("auto", "always", "never"),
        default="auto",
        help="progress on stderr (auto: when stderr is a terminal)",
    )

    pl = sub.add_parser("plugins", help="list active plugins and the hooks each implements")
    pl.add_argument("--json", action="store_true", help="print JSON instead of a table")
    _plugin_options(pl)
    corpus_cli.add_parsers(sub, _plugin_options)  # `corpus build` and `report`
    return parser


def _plugin_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--plugins-dir", metavar="DIR", help="also load every *.py file in DIR as a plugin"
    )
    parser.add_argument(
        "--plugin", action="append", default=[], metavar="MODULE", help="also load this module"
    )
    parser.add_argument(
        "--disable", action="append", default=[], metavar="NAME", help="do not load this plugin"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    budget = getattr(args, "time_budget", None)
    if budget is not None and budget <= 0:
        parser.error(f"--time-budget must be positive, got {budget}")
    runner = Runner(
        args.plugin, disable=args.disable, plugins_dir=args.plugins_dir, time_budget=budget
    )
    try:
        runner.pm  # noqa: B018 - load plugins now, so a broken one is a usage error
        if args.command == "plugins":
            return _plugins(runner, as_json=args.json)
        if args.command in corpus_cli.COMMANDS:
            return corpus_cli.run(runner, args)
        return _extract(runner, args)
    except PluginLoadError as exc:
        _complain(str(exc))
        return EXIT_USAGE
    except BrokenPipeError:
        # `vndiplo extract ... | head`: the reader has gone, which is not an error.
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


def _plugins(runner: Runner, *, as_json: bool) -> int:
    rows = runner.list_plugins()
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    width = max(len(r["name"]) for r in rows)
    for row in rows:
        version = f" {row['version']}" if row["version"] else ""
        print(f"{row['name']:<{width}}  {row['module']}{version}")
        for hook in row["hooks"]:
            print(f"{'':<{width}}    {hook}")
    return EXIT_OK


def _extract(runner: Runner, args: argparse.Namespace) -> int:
    if args.workers < 1:
        _complain(f"--workers must be at least 1, got {args.workers}")
        return EXIT_USAGE
    input_errors = 0

    def on_error(exc: InputError) -> None:
        nonlocal input_errors
        input_errors += 1
        _complain(str(exc))

    records = iter_records(args.paths, on_error=on_error, input_format=args.input_format)
    if args.published is not None:
        records = _with_default_published(records, args.published)
    show = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty())
    progress = _Progress(sys.stderr) if show else None
    plugin_errors = 0

    def on_result(doc: Document) -> None:
        nonlocal plugin_errors
        if doc.errors:
            plugin_errors += 1
        if progress is not None:
            progress.tick()

    docs = runner.run_many(records, workers=args.workers, on_result=on_result)
    out: IO[str]
    if args.output:
        try:
            out = open(args.output, "w", encoding="utf-8")  # noqa: SIM115 - closed below
        except OSError as exc:
            _complain(f"{args.output}: {exc.strerror or exc}")
            return EXIT_USAGE
    else:
        out = sys.stdout
    try:
        write_documents(docs, out, args.format, include_text=args.include_text)
        out.flush()
    finally:
        if out is not sys.stdout:
            out.close()
        if progress is not None:
            progress.done()
    if input_errors:
        return EXIT_USAGE
    if plugin_errors:
        return EXIT_PLUGIN_ERRORS
    return EXIT_OK


def _with_default_published(
    records: Iterator[dict[str, Any]], published: dt.date
) -> Iterator[dict[str, Any]]:
    for record in records:
        if not record.get("published"):
            record["published"] = published.isoformat()
        yield record


class _Progress:
    """A one-line counter on stderr, redrawn at most five times a second."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.count = 0
        self.started = self.last = time.monotonic()

    def tick(self) -> None:
        self.count += 1
        now = time.monotonic()
        if now - self.last >= 0.2:
            self.last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.count / max(now - self.started, 1e-9)
        self.stream.write(f"\r{self.count} documents, {rate:.0f}/s")
        self.stream.flush()

    def done(self) -> None:
        self._draw(time.monotonic())
        self.stream.write("\n")
        self.stream.flush()


def _complain(message: str) -> None:
    print(f"vndiplo: error: {message}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
