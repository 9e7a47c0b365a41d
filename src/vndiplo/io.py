"""Reading inputs (.txt, .jsonl, standard input) and writing outputs (jsonl, json, csv).

Inputs are read lazily, one record at a time, so a batch of any size streams in constant memory.
A file that cannot be read is reported through ``on_error`` and skipped; the others continue.
"""

from __future__ import annotations

import csv
import io
import json
import sys
import textwrap
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from vndiplo.encoding import TRIED, Decoded, DecodeError, decode
from vndiplo.model import Document
from vndiplo.records import document_record
from vndiplo.show import write_table

__all__ = ["InputError", "iter_records", "write_documents"]

OUTPUT_FORMATS = ("jsonl", "json", "csv", "table")
CSV_TABLES = ("events", "people")
PEOPLE_COLUMNS = ("name", "titles", "country", "id", "headline", "mentions")
CSV_COLUMNS = (
    "id",
    "published",
    "event_index",
    "type",
    "trigger",
    "date",
    "part_of_day",
    "location",
    "hosts",
    "guests",
    "participants",
    "cameo",
    "referenced",
    "planned",
    "occasion",
    "evidence_start",
    "evidence_end",
    "evidence",
    "errors",
)


class InputError(ValueError):
    """An input that cannot be read; the message names the file (and line)."""


def iter_records(
    paths: Iterable[str],
    *,
    on_error: Callable[[InputError], None],
    on_warning: Callable[[str], None] | None = None,
    stdin: IO[bytes] | None = None,
    input_format: str = "auto",
    encoding: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Yield ``{"id", "text", ...}`` records from files and ``-`` (standard input).

    ``.txt`` files are one article each, their stem the id; ``.jsonl`` files hold one record
    per line. Standard input is JSONL when its first non-blank character is ``{``, else one
    article (``input_format`` forces ``txt`` or ``jsonl``). Bytes are read as UTF-8, else by
    their byte-order mark, else by a guess (:mod:`vndiplo.encoding`); ``encoding`` overrides.
    A record read from a guessed or named encoding carries it under ``"encoding"``.

    ``on_warning`` hears about what is kept but suspicious: an empty file, a guessed encoding,
    an id seen before in this batch. The record is still yielded.
    """
    warn = on_warning or (lambda _message: None)
    seen: set[str] = set()
    for record in _records(paths, on_error, warn, stdin, input_format, encoding):
        ident = str(record.get("id"))
        if ident in seen:
            warn(f"{record.get('_where', ident)}: duplicate id {ident!r} (written again)")
        seen.add(ident)
        record.pop("_where", None)
        yield record


def _records(
    paths: Iterable[str],
    on_error: Callable[[InputError], None],
    warn: Callable[[str], None],
    stdin: IO[bytes] | None,
    input_format: str,
    encoding: str | None,
) -> Iterator[dict[str, Any]]:
    for name in paths:
        try:
            if name == "-":
                data = (stdin or sys.stdin.buffer).read()
                label = "<stdin>"
                fmt = input_format  # "auto": sniffed once decoded, below
                stem = "stdin"
            else:
                path = Path(name)
                if path.is_dir():
                    raise InputError(f"{name}: is a directory")
                fmt = input_format if input_format != "auto" else _format_of(path)
                data = path.read_bytes()
                label, stem = name, path.stem
            decoded = _decode(data, label, encoding)
        except OSError as exc:
            on_error(InputError(f"{name}: {exc.strerror or exc}"))
            continue
        except InputError as exc:
            on_error(exc)
            continue
        text, used = decoded.text, decoded.record()
        if fmt == "auto":
            fmt = _sniff(text)
        if decoded.guessed:
            warn(
                f"{label}: not UTF-8; read as {decoded.encoding} (a guess; "
                f"tried {TRIED}); give --encoding to choose"
            )
        if not text.strip():
            warn(f"{label}: empty file" + ("" if fmt == "jsonl" else " (written with no facts)"))
        if fmt == "jsonl":
            for record in _jsonl_records(text, label, on_error):
                if used is not None:
                    record.setdefault("encoding", used)
                yield record
        else:
            record = {"id": stem, "text": text, "_where": label}
            if used is not None:
                record["encoding"] = used
            yield record


def _format_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix in (".txt", ".text", ""):
        return "txt"
    raise InputError(f"{path}: unsupported file type {suffix!r} (expected .txt or .jsonl)")


def _sniff(text: str) -> str:
    """Standard input is JSONL when it starts with ``{`` (after any BOM), else one article."""
    return "jsonl" if text.lstrip()[:1] == "{" else "txt"


def _decode(data: bytes, label: str, encoding: str | None) -> Decoded:
    try:
        return decode(data, encoding)
    except DecodeError as exc:
        raise InputError(f"{label}: {exc}") from None


def _jsonl_records(
    text: str, label: str, on_error: Callable[[InputError], None]
) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            on_error(
                InputError(
                    f"{label}:{number}:{exc.colno}: not JSON ({exc.msg} "
                    f"at line {number}, column {exc.colno})"
                )
            )
            continue
        output = isinstance(record, dict) and "contract" in record  # extract's own output
        if not isinstance(record, dict) or not (output or isinstance(record.get("text"), str)):
            on_error(InputError(f"{label}:{number}: a record needs a 'text' string"))
            continue
        record.setdefault("id", f"{Path(label).stem}:{number}")
        record["_where"] = f"{label}:{number}"
        yield record


def write_documents(
    docs: Iterable[Document],
    out: IO[str],
    fmt: str = "jsonl",
    *,
    include_text: bool = False,
    fields: Sequence[str] | None = None,
    compact: bool = False,
    csv_table: str = "events",
    excel: bool = False,
    color: bool = False,
) -> None:
    """Write documents as they arrive, in ``jsonl``, ``json``, ``csv`` or ``table``.

    ``json`` is one indented array; ``fields``/``compact`` trim the JSON records
    (:mod:`vndiplo.records`); ``csv_table`` picks the events or the people CSV; ``excel``
    starts the output with a UTF-8 byte-order mark, which spreadsheet programs need to show
    Vietnamese correctly; ``color`` paints the ``table`` view.
    """

    def record(doc: Document) -> dict[str, Any]:
        return document_record(doc, include_text=include_text, fields=fields, compact=compact)

    if excel:
        out.write("\ufeff")
    if fmt == "jsonl":
        for doc in docs:
            out.write(json.dumps(record(doc), ensure_ascii=False) + "\n")
    elif fmt == "json":
        out.write("[")
        for i, doc in enumerate(docs):
            text = json.dumps(record(doc), ensure_ascii=False, indent=2)
            out.write(("\n" if i == 0 else ",\n") + textwrap.indent(text, "  "))
        out.write("\n]\n")
    elif fmt == "csv":
        if csv_table not in CSV_TABLES:
            raise ValueError(f"unknown CSV table {csv_table!r}; choose from {CSV_TABLES}")
        people = csv_table == "people"
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(PEOPLE_COLUMNS if people else CSV_COLUMNS)
        for doc in docs:
            writer.writerows(people_rows(doc) if people else event_rows(doc))
    elif fmt == "table":
        write_table(docs, out, color=color)
    else:
        raise ValueError(f"unknown output format {fmt!r}; choose from {', '.join(OUTPUT_FORMATS)}")


def people_rows(doc: Document) -> list[list[Any]]:
    """One CSV row per person (name, titles, country, article); none for an article without."""
    return [
        [p.name, "; ".join(p.titles), p.country or "", doc.id, doc.headline or "", len(p.mentions)]
        for p in doc.people
    ]


def event_rows(doc: Document) -> list[list[Any]]:
    """One CSV row per event; a document without events still gets one row, so none is lost."""
    published = doc.published.isoformat() if doc.published else ""
    errors = "; ".join(f"{e.plugin}.{e.hook}: {e.message}" for e in doc.errors)
    if not doc.events:
        return [[doc.id, published, "", *[""] * (len(CSV_COLUMNS) - 4), errors]]
    rows = []
    for index, ev in enumerate(doc.events):
        by_role = {
            role: "; ".join(p.name for p in ev.participants if p.role == role)
            for role in ("host", "guest", "participant")
        }
        rows.append(
            [
                doc.id,
                published,
                index,
                ev.type,
                ev.trigger,
                ev.date or "",
                ev.part_of_day or "",
                ev.location or "",
                by_role["host"],
                by_role["guest"],
                by_role["participant"],
                ev.cameo or "",
                int(ev.referenced),
                int(ev.planned),
                ev.occasion or "",
                ev.evidence.start,
                ev.evidence.end,
                doc.quote(ev.evidence),
                errors,
            ]
        )
    return rows


def csv_text(docs: Iterable[Document]) -> str:
    """The CSV output as one string (convenience for notebooks and tests)."""
    buffer = io.StringIO()
    write_documents(docs, buffer, "csv")
    return buffer.getvalue()
