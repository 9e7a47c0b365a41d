"""Compare a Document with a gold annotation and say, field by field, what differs.

A gold annotation is a dict shaped like ``seeds/*.gold.json`` (or like
:meth:`vndiplo.testing.SyntheticArticle.as_gold`). A failed accuracy test is only useful if it
says what went wrong, so :func:`assert_matches_gold` lists every difference on its own line,
expected above got, instead of one unreadable ``dict != dict``:

.. code-block:: text

    Document '000_424efeffee1ce716' does not match its gold annotation (2 differences):
      main_event.date
        expected:   '2025-02-18'
        got:        None
      people[Trần Cương].titles
        expected:   ['Ủy viên ...', 'Bí thư Đảng ủy']
        got:        ['Bí thư Đảng ủy']
        missing:    'Ủy viên ...'

Strings are compared in vndiplo's canonical form (NFC, one tone-mark style, plain single
spaces), so "Uỷ"/"Ủy" or a non-breaking space never count as a difference; the diff shows the
values as written. Order does not matter for participants, titles and date values: the gold
files fix what is found, not the order plugins report it in.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from os import PathLike
from pathlib import Path
from typing import Any, Final

import attrs

from vndiplo.model import Block, Document
from vndiplo.text import normalize

__all__ = [
    "CHECKS",
    "DEFAULT_CHECKS",
    "EVENT_FIELDS",
    "Difference",
    "GoldMismatch",
    "assert_matches_gold",
    "document_differences",
    "format_differences",
    "gold_differences",
    "load_gold",
]

#: Everything :func:`gold_differences` can compare.
CHECKS: Final = ("main_event", "people", "dates", "title", "body")
#: What is compared unless the caller says otherwise: the facts, not the page layout.
DEFAULT_CHECKS: Final = ("main_event", "people", "dates")
#: Main-event fields compared by default; add "trigger" or "cameo" through ``event_fields``.
EVENT_FIELDS: Final = ("type", "date", "part_of_day", "location", "participants")


def _strings(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


@attrs.frozen
class Difference:
    """One field where the document and the gold annotation disagree.

    ``notes`` are extra lines such as ``missing: 'X'`` that make a list difference readable.
    """

    field: str
    expected: Any
    got: Any
    notes: tuple[str, ...] = attrs.field(default=(), converter=_strings)

    def lines(self) -> list[str]:
        out = [self.field, f"  {'expected:':<11} {_show(self.expected)}"]
        out.append(f"  {'got:':<11} {_show(self.got)}")
        return out + [f"  {note}" for note in self.notes]

    def __str__(self) -> str:
        return "\n".join(self.lines())


class GoldMismatch(AssertionError):
    """Raised by :func:`assert_matches_gold`; ``differences`` holds what the message shows."""

    def __init__(self, message: str, differences: Sequence[Difference]) -> None:
        super().__init__(message)
        self.differences = list(differences)


def load_gold(path: str | PathLike[str]) -> dict[str, Any]:
    """Read one ``*.gold.json`` file."""
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: a gold annotation is a JSON object")
    data.setdefault("id", Path(path).name.removesuffix(".gold.json"))
    return data


def load_gold_folder(folder: str | PathLike[str]) -> dict[str, tuple[str, dict[str, Any]]]:
    """Each ``<stem>.txt`` in ``folder`` with a ``<stem>.gold.json``, as ``{stem: (text, gold)}``.

    The layout of this repository's ``seeds/`` and of any annotated set a user keeps the same way.
    """
    found: dict[str, tuple[str, dict[str, Any]]] = {}
    for gold_path in sorted(Path(folder).glob("*.gold.json")):
        stem = gold_path.name.removesuffix(".gold.json")
        text_path = gold_path.with_name(f"{stem}.txt")
        if text_path.exists():
            found[stem] = (text_path.read_text(encoding="utf-8"), load_gold(gold_path))
    return found


def canonical_text(text: str) -> str:
    """The form stored pages are hashed and scored in: NFC, ``\\n`` line ends, no trailing
    white space on any line or at either end. Copies of one page made by different hands (or
    tools) agree in this form even when their invisible white space does not."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def locate_quotes(
    text: str, quotes: Iterable[tuple[str, str]], start: int = 0
) -> list[tuple[int, int]]:
    """``[start, end)`` of each ``(first words, last words)`` quote, found in order from
    ``start``; raises ValueError naming the quote that is not in the text."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for first, last in quotes:
        begin = text.find(first, cursor)
        if begin < 0:
            raise ValueError(f"not in the text: {first!r}")
        end = text.find(last, begin)
        if end < 0:
            raise ValueError(f"not after {first!r}: {last!r}")
        spans.append((begin, end + len(last)))
        cursor = begin + 1
    return spans


def gold_document(
    text: str, gold: Mapping[str, Any], *, skip_lines: Iterable[int] = ()
) -> Document:
    """``text`` as a Document whose body blocks are exactly the gold body's lines.

    Every non-blank line from ``body_first_line`` to ``body_last_line`` is a ``body`` block
    except the 1-based ``skip_lines`` (captions inside the body); the rest is ``boilerplate``.
    A stage after cleaning (titles, dates, events) is then measured on its own, whatever the
    cleaning stage does.
    """
    lines = text.split("\n")
    first = next(n for n, line in enumerate(lines, 1) if gold["body_first_line"] in line)
    last = next(
        n for n, line in enumerate(lines, 1) if n >= first and gold["body_last_line"] in line
    )
    skipped = set(skip_lines)
    blocks, pos = [], 0
    for n, line in enumerate(lines, 1):
        if line.strip():
            kept = first <= n <= last and n not in skipped
            blocks.append(Block(pos, pos + len(line), "body" if kept else "boilerplate"))
        pos += len(line) + 1
    return Document(text, blocks=blocks)


def gold_differences(
    document: Document | Mapping[str, Any],
    gold: Mapping[str, Any],
    *,
    check: Iterable[str] = DEFAULT_CHECKS,
    event_fields: Iterable[str] = EVENT_FIELDS,
) -> list[Difference]:
    """Every difference between ``document`` (a Document or its ``to_dict()`` record) and
    ``gold``, in the order of ``check`` (a subset of :data:`CHECKS`)."""
    checks = tuple(check)
    unknown = sorted(set(checks) - set(CHECKS))
    if unknown:
        raise ValueError(f"unknown checks {unknown}; choose from {list(CHECKS)}")
    record = document.to_dict() if isinstance(document, Document) else document
    out: list[Difference] = []
    for name in checks:
        if name == "main_event" and gold.get("main_event") is not None:
            out += _main_event(record, gold["main_event"], tuple(event_fields))
        elif name == "people" and "people" in gold:
            out += _people(record.get("people") or [], gold["people"])
        elif name == "dates" and "dates" in gold:
            out += _dates(record.get("dates") or [], gold["dates"])
        elif name == "title" and "title" in gold:
            if _canon(record.get("title")) != _canon(gold["title"]):
                out.append(Difference("title", gold["title"], record.get("title")))
        elif name == "body":
            out += _body(str(record.get("body") or ""), gold)
    return out


def format_differences(
    differences: Sequence[Difference], *, name: str | None = None, against: str = "its gold"
) -> str:
    """The readable report: a summary line, then each difference, expected above got."""
    label = f"Document {name!r}" if name else "Document"
    count = len(differences)
    head = f"{label} does not match {against} annotation ({count} difference{'s' * (count != 1)}):"
    body = [f"  {line}" for difference in differences for line in difference.lines()]
    return "\n".join([head, *body])


def assert_matches_gold(
    document: Document | Mapping[str, Any],
    gold: Mapping[str, Any],
    *,
    check: Iterable[str] = DEFAULT_CHECKS,
    event_fields: Iterable[str] = EVENT_FIELDS,
) -> None:
    """Raise :class:`GoldMismatch` (an AssertionError) listing every difference, if any.

    Compares the main event (type, date, part of day, location, participants and roles), the
    people (names and titles) and the date values; ``check`` adds ``"title"`` and ``"body"``
    (the gold's first and last body lines) or leaves parts out.
    """
    differences = gold_differences(document, gold, check=check, event_fields=event_fields)
    if differences:
        ident = document.id if isinstance(document, Document) else document.get("id")
        name = ident or gold.get("id")
        raise GoldMismatch(format_differences(differences, name=name), differences)


def document_differences(expected: Document, got: Document) -> list[Difference]:
    """Field-by-field differences between two Documents' records (used by the pytest plugin
    to explain a failed ``assert doc == expected``)."""
    left, right = expected.to_dict(include_text=True), got.to_dict(include_text=True)
    out: list[Difference] = []
    for key in left:
        a, b = left[key], right.get(key)
        if a == b:
            continue
        if isinstance(a, list) and isinstance(b, list):
            for index in range(max(len(a), len(b))):
                x = a[index] if index < len(a) else None
                y = b[index] if index < len(b) else None
                if x != y:
                    out.append(Difference(f"{key}[{index}]", x, y))
        else:
            out.append(Difference(key, a, b))
    return out


# -- the comparisons -----------------------------------------------------------------------------


def _main_event(
    record: Mapping[str, Any], gold: Mapping[str, Any], fields: tuple[str, ...]
) -> list[Difference]:
    events = record.get("events") or []
    if not events:
        return [Difference("main_event", _event_summary(gold, fields), None)]
    event = events[0]
    out = []
    for name in fields:
        if name == "participants":
            want = _participants(gold.get("participants") or [])
            have = _participants(event.get("participants") or [])
            if want != have:
                notes = _set_notes(
                    [w for w in want if w not in have], [h for h in have if h not in want]
                )
                out.append(Difference("main_event.participants", want, have, notes))
        elif _canon(event.get(name)) != _canon(gold.get(name)):
            out.append(Difference(f"main_event.{name}", gold.get(name), event.get(name)))
    return out


def _people(
    got: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]]
) -> list[Difference]:
    have = {_canon(p["name"]): p for p in got}
    want = {_canon(p["name"]): p for p in gold}
    out = []
    missing = [want[k]["name"] for k in want if k not in have]
    unexpected = [have[k]["name"] for k in have if k not in want]
    if missing or unexpected:
        names = [p["name"] for p in gold]
        out.append(
            Difference("people", names, [p["name"] for p in got], _set_notes(missing, unexpected))
        )
    for key, person in want.items():
        if key not in have:
            continue
        want_titles = list(person.get("titles") or [])
        have_titles = list(have[key].get("titles") or [])
        lost = [t for t in want_titles if _canon(t) not in {_canon(h) for h in have_titles}]
        extra = [t for t in have_titles if _canon(t) not in {_canon(w) for w in want_titles}]
        if lost or extra:
            out.append(
                Difference(
                    f"people[{person['name']}].titles",
                    want_titles,
                    have_titles,
                    _set_notes(lost, extra),
                )
            )
    return out


def _dates(got: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]]) -> list[Difference]:
    want = Counter(str(d["value"]) for d in gold)
    have = Counter(str(d["value"]) for d in got)
    if want == have:
        return []
    texts = {str(d["value"]): d.get("text") for d in [*got, *gold]}

    def show(values: Counter[str]) -> list[str]:
        return [f"{v} ({texts[v]!r})" if texts.get(v) else v for v in sorted(values.elements())]

    notes = _set_notes(show(want - have), show(have - want), quote=False)
    return [Difference("dates", show(want), show(have), notes)]


def _body(body: str, gold: Mapping[str, Any]) -> list[Difference]:
    lines = [line for line in body.split("\n") if line.strip()]
    out = []
    first, last = gold.get("body_first_line"), gold.get("body_last_line")
    if first is not None and (not lines or _canon(lines[0]) != _canon(first)):
        out.append(Difference("body.first_line", first, lines[0] if lines else None))
    if last is not None and (not lines or _canon(lines[-1]) != _canon(last)):
        out.append(Difference("body.last_line", last, lines[-1] if lines else None))
    return out


# -- helpers -----------------------------------------------------------------------------------


def _canon(value: Any) -> Any:
    """Strings in canonical form with single spaces; anything else unchanged."""
    if isinstance(value, str):
        return " ".join(normalize(value).split())
    return value


def _participants(items: Iterable[Mapping[str, Any]]) -> list[str]:
    return sorted(f"{_canon(p['name'])} ({p.get('role', 'participant')})" for p in items)


def _event_summary(event: Mapping[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    return {name: event.get(name) for name in fields}


def _set_notes(
    missing: Sequence[str], unexpected: Sequence[str], *, quote: bool = True
) -> list[str]:
    def show(items: Sequence[str]) -> str:
        return ", ".join(repr(i) if quote else i for i in items)

    notes = []
    if missing:
        notes.append(f"{'missing:':<11} {show(missing)}")
    if unexpected:
        notes.append(f"{'unexpected:':<11} {show(unexpected)}")
    return notes


def _show(value: Any) -> str:
    """repr (which keeps Vietnamese readable), cut short so one field cannot flood the report."""
    text = repr(value)
    return text if len(text) <= 400 else text[:397] + "..."
