"""The ``vndiplo`` command: ``vndiplo extract``, ``vndiplo show`` and ``vndiplo plugins``.

Behaves like other Unix tools: reads files or ``-`` (standard input), writes to standard output,
reports problems on standard error, one line each, and exits 0 (all fine), 1 (some documents
carry plugin errors; all were still written) or 2 (usage or input error).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any

from vndiplo import __version__, corpus_cli
from vndiplo.io import CSV_TABLES, OUTPUT_FORMATS, InputError, iter_records, write_documents
from vndiplo.model import Document
from vndiplo.progress import Progress, count_inputs
from vndiplo.published import parse_published
from vndiplo.records import CONTRACT_FIELDS, parse_fields
from vndiplo.runner import PluginLoadError, Runner
from vndiplo.show import write_table

EXIT_OK, EXIT_PLUGIN_ERRORS, EXIT_USAGE = 0, 1, 2


def _date(value: str) -> dt.date:
    """``--published``: the same forms a record's ``published`` accepts (vndiplo.published).

    A record with a bad date is kept with a warning; a bad option is refused, since it would
    apply to every document.
    """
    when = parse_published(value)
    if when.value is None:
        raise argparse.ArgumentTypeError(
            f"expected YYYY-MM-DD or day-first DD/MM/YYYY, got {value!r}"
        )
    return when.value


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
    _input_options(ex)
    ex.add_argument("--format", choices=OUTPUT_FORMATS, default="jsonl", help="output format")
    ex.add_argument("--include-text", action="store_true", help="add the original text")
    ex.add_argument(
        "--fields",
        metavar="NAMES",
        help="keep only these top-level fields, comma-separated (e.g. id,title,events)",
    )
    ex.add_argument("--compact", action="store_true", help="leave out body and blocks (and text)")
    ex.add_argument(
        "--csv-table",
        choices=CSV_TABLES,
        default="events",
        help="with --format csv: one row per event (default) or per person",
    )
    ex.add_argument(
        "--excel",
        action="store_true",
        help="start the output with a UTF-8 byte-order mark, so spreadsheets read Vietnamese",
    )
    ex.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    _run_options(ex)

    sh = sub.add_parser(
        "show",
        help="print a readable per-article view (headline, date, events)",
        description=(
            "Extract and print, per article, the headline, the date and each event as "
            "'type, date part-of-day, place: host (title) -> guest (title)' with its evidence. "
            "Takes the inputs extract takes, and also extract's own JSONL output."
        ),
    )
    _input_options(sh)
    sh.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the view (auto: when stdout is a terminal and NO_COLOR is not set)",
    )
    _run_options(sh)

    pl = sub.add_parser("plugins", help="list active plugins and the hooks each implements")
    pl.add_argument("--json", action="store_true", help="print JSON instead of a table")
    _plugin_options(pl)
    corpus_cli.add_parsers(sub, _plugin_options)  # `corpus build` and `report`
    return parser


def _input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="input files, or - for stdin")
    parser.add_argument(
        "--published",
        type=_date,
        metavar="YYYY-MM-DD",
        help="reference date for documents that do not carry their own "
        "(day-first DD/MM/YYYY is accepted too)",
    )
    parser.add_argument(
        "--input-format",
        choices=("auto", "txt", "jsonl"),
        default="auto",
        help="how to read inputs (default: by file extension; stdin is sniffed)",
    )
    parser.add_argument(
        "--encoding",
        metavar="CODEC",
        help="read inputs in this encoding (default: UTF-8, else by byte-order mark, else "
        "guessed among UTF-16/32 and Windows-1258, with a warning)",
    )


def _run_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes")
    parser.add_argument(
        "--time-budget",
        type=float,
        metavar="SECONDS",
        help="stop a plugin that takes longer than this on one document (recorded in errors)",
    )
    _plugin_options(parser)
    parser.add_argument(
        "--progress",
        choices=("auto", "always", "never"),
        default="auto",
        help="progress on stderr: done/total, rate, time left (auto: when stderr is a terminal)",
    )


def _plugin_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--plugins-dir", metavar="DIR", help="also load every *.py file in DIR as a plugin"
    )
    parser.add_argument(
        "--plugin",
        action="append",
        default=[],
        metavar="MODULE[:OBJECT]",
        help="also load this module (or the named object or class in it); repeatable",
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
        return _extract(runner, args, parser)
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


def _extract(runner: Runner, args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.workers < 1:
        _complain(f"--workers must be at least 1, got {args.workers}")
        return EXIT_USAGE
    show = args.command == "show"
    fields = None
    if not show and args.fields is not None:
        try:
            fields = parse_fields(args.fields, CONTRACT_FIELDS)
        except ValueError as exc:
            parser.error(f"--fields: {exc}")
    if not show and args.excel and args.format != "csv":
        parser.error("--excel applies to --format csv")
    input_errors = 0

    def on_error(exc: InputError) -> None:
        nonlocal input_errors
        input_errors += 1
        _complain(str(exc))

    records = iter_records(
        args.paths,
        on_error=on_error,
        on_warning=_warn,
        input_format=args.input_format,
        encoding=args.encoding,
    )
    if args.published is not None:
        records = _with_default_published(records, args.published)
    wanted = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty())
    progress = Progress(sys.stderr, count_inputs(args.paths, args.input_format)) if wanted else None
    plugin_errors = 0

    def on_result(doc: Document) -> None:
        nonlocal plugin_errors
        if doc.errors:
            plugin_errors += 1
        if progress is not None:
            progress.tick()

    if show:
        docs = _documents_for_show(runner, records, args.workers, on_result)
    else:
        docs = runner.run_many(records, workers=args.workers, on_result=on_result)
    out: IO[str]
    output = None if show else args.output
    if output:
        try:
            out = open(output, "w", encoding="utf-8")  # noqa: SIM115 - closed below
        except OSError as exc:
            _complain(f"{output}: {exc.strerror or exc}")
            return EXIT_USAGE
    else:
        out = sys.stdout
    try:
        if show:
            write_table(docs, out, color=_use_color(args.color, out))
        else:
            write_documents(
                docs,
                out,
                args.format,
                include_text=args.include_text,
                fields=fields,
                compact=args.compact,
                csv_table=args.csv_table,
                excel=args.excel,
                color=args.format == "table" and _use_color("auto", out),
            )
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


def _documents_for_show(
    runner: Runner,
    records: Iterator[dict[str, Any]],
    workers: int,
    on_result: Callable[[Document], None],
) -> Iterator[Document]:
    """Run articles through the pipeline; records that are extract's output are shown as is."""
    pending: list[dict[str, Any]] = []

    def flush() -> Iterator[Document]:
        yield from runner.run_many(pending, workers=workers, on_result=on_result)
        pending.clear()

    for record in records:
        if "contract" in record and "events" in record:
            yield from flush()
            doc = Document.from_dict(record)
            on_result(doc)
            yield doc
        else:
            pending.append(record)
            if len(pending) >= 256:
                yield from flush()
    yield from flush()


def _use_color(choice: str, out: IO[str]) -> bool:
    if choice != "auto":
        return choice == "always"
    return out.isatty() and not os.environ.get("NO_COLOR")


def _with_default_published(
    records: Iterator[dict[str, Any]], published: dt.date
) -> Iterator[dict[str, Any]]:
    for record in records:
        if not record.get("published"):
            record["published"] = published.isoformat()
        yield record


def _warn(message: str) -> None:
    print(f"vndiplo: warning: {message}", file=sys.stderr)


def _complain(message: str) -> None:
    print(f"vndiplo: error: {message}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
