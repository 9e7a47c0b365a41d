"""Reading inputs (.txt, .jsonl, standard input) and writing outputs (jsonl, json, csv).

Inputs are read lazily, one record at a time, so a batch of any size streams in constant memory.
A file that cannot be read is reported through ``on_error`` and skipped; the others continue.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from vndiplo.model import Document

__all__ = ["InputError", "iter_records", "write_documents"]

OUTPUT_FORMATS = ("jsonl", "json", "csv")
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
    stdin: IO[bytes] | None = None,
    input_format: str = "auto",
) -> Iterator[dict[str, Any]]:
    """Yield ``{"id", "text", ...}`` records from files and ``-`` (standard input).

    ``.txt`` files are one article each, their stem the id; ``.jsonl`` files hold one record
    per line. Standard input is JSONL when its first non-blank character is ``{``, else one
    article (``input_format`` forces ``txt`` or ``jsonl``).
    """
    for name in paths:
        try:
            if name == "-":
                data = (stdin or sys.stdin.buffer).read()
                label = "<stdin>"
                fmt = input_format if input_format != "auto" else _sniff(data)
                stem = "stdin"
            else:
                path = Path(name)
                if path.is_dir():
                    raise InputError(f"{name}: is a directory")
                fmt = input_format if input_format != "auto" else _format_of(path)
                data = path.read_bytes()
                label, stem = name, path.stem
            text = _decode(data, label)
        except OSError as exc:
            on_error(InputError(f"{name}: {exc.strerror or exc}"))
            continue
        except InputError as exc:
            on_error(exc)
            continue
        if fmt == "jsonl":
            yield from _jsonl_records(text, label, on_error)
        else:
            yield {"id": stem, "text": text}


def _format_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix in (".txt", ".text", ""):
        return "txt"
    raise InputError(f"{path}: unsupported file type {suffix!r} (expected .txt or .jsonl)")


def _sniff(data: bytes) -> str:
    return "jsonl" if data.lstrip()[:1] == b"{" else "txt"


def _decode(data: bytes, label: str) -> str:
    if b"\x00" in data[:8192]:
        raise InputError(f"{label}: looks binary (NUL bytes), expected UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{label}: not valid UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r})"
        ) from None
    return text


def _jsonl_records(
    text: str, label: str, on_error: Callable[[InputError], None]
) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            on_error(InputError(f"{label}:{number}: not JSON ({exc.msg})"))
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            on_error(InputError(f"{label}:{number}: a record needs a 'text' string"))
            continue
        record.setdefault("id", f"{Path(label).stem}:{number}")
        yield record


def write_documents(
    docs: Iterable[Document], out: IO[str], fmt: str = "jsonl", *, include_text: bool = False
) -> None:
    """Write documents as they arrive, in ``jsonl``, ``json`` (one array) or ``csv``."""
    if fmt == "jsonl":
        for doc in docs:
            out.write(_json(doc, include_text) + "\n")
    elif fmt == "json":
        out.write("[")
        for i, doc in enumerate(docs):
            out.write(("\n" if i == 0 else ",\n") + _json(doc, include_text))
        out.write("\n]\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for doc in docs:
            writer.writerows(event_rows(doc))
    else:
        raise ValueError(f"unknown output format {fmt!r}; choose from {', '.join(OUTPUT_FORMATS)}")


def _json(doc: Document, include_text: bool) -> str:
    return json.dumps(doc.to_dict(include_text=include_text), ensure_ascii=False)


def event_rows(doc: Document) -> list[list[Any]]:
    """One CSV row per event; a document without events still gets one row, so none is lost."""
    published = doc.published.isoformat() if doc.published else ""
    errors = "; ".join(f"{e.plugin}.{e.hook}: {e.message}" for e in doc.errors)
    if not doc.events:
        return [[doc.id, published, "", *[""] * 13, errors]]
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
