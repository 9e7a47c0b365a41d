"""A human-readable view of documents: ``vndiplo show`` and ``--format table``.

JSON is for programs; a person checking what was extracted wants one screen per article: the
headline, the date, and each event as "type, date part-of-day, place: host (title) -> guest
(title)" with the sentence it was read from. Colour (ANSI) is used only when asked, which the
CLI does when standard output is a terminal, so piped output stays plain text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO

from vndiplo.model import Document, Event, Participant

__all__ = ["render_document", "write_table"]

_STYLES = {"head": "1", "type": "36", "dim": "2", "warn": "33", "role": "32"}
EVIDENCE_WIDTH = 160


def _paint(text: str, style: str, color: bool) -> str:
    return f"\x1b[{_STYLES[style]}m{text}\x1b[0m" if color else text


def _title_of(doc: Document, name: str) -> str | None:
    for person in doc.people:
        if person.name == name and person.titles:
            return person.titles[0]
    return None


def _who(doc: Document, people: Iterable[Participant]) -> str:
    parts = []
    for p in people:
        title = _title_of(doc, p.name)
        parts.append(f"{p.name} ({title})" if title else p.name)
    return ", ".join(parts)


def event_line(doc: Document, event: Event, color: bool = False) -> str:
    """``reception, 2025-02-18 afternoon, Hà Nội: Tô Lâm (Tổng Bí thư) -> Lee (Tổng thống)``."""
    when = " ".join(x for x in (event.date, event.part_of_day) if x) or "date unknown"
    head = ", ".join(x for x in (_paint(event.type, "type", color), when, event.location) if x)
    hosts = [p for p in event.participants if p.role == "host"]
    guests = [p for p in event.participants if p.role == "guest"]
    others = [p for p in event.participants if p.role not in ("host", "guest")]
    who = " -> ".join(x for x in (_who(doc, hosts), _who(doc, guests)) if x)
    if others:
        who = "; ".join(x for x in (who, _who(doc, others)) if x)
    flags = (("planned", event.planned), ("referenced", event.referenced))
    marks = "".join(f" [{flag}]" for flag, on in flags if on)
    return f"{head}: {who or '(no participants)'}{marks}"


def render_document(doc: Document, *, color: bool = False) -> str:
    """The per-article view, ending with a blank line."""
    headline = doc.headline or (doc.body.split("\n", 1)[0][:80] if doc.body else "(no text)")
    lines = [_paint(f"{doc.id or '-'}: {headline}", "head", color)]
    if doc.published is not None:
        lines.append(f"  published {doc.published.isoformat()} ({doc.published_source or '?'})")
    else:
        lines.append("  published unknown")
    if not doc.events:
        lines.append(_paint("  no events", "dim", color))
    for number, event in enumerate(doc.events, start=1):
        lines.append(f"  {number}. {event_line(doc, event, color)}")
        evidence = " ".join(doc.quote(event.evidence).split())
        if len(evidence) > EVIDENCE_WIDTH:
            evidence = evidence[: EVIDENCE_WIDTH - 1] + "…"
        lines.append(_paint(f"     “{evidence}”", "dim", color))
    for error in doc.errors:
        lines.append(_paint(f"  ! {error.plugin}.{error.hook}: {error.message}", "warn", color))
    return "\n".join(lines) + "\n\n"


def write_table(docs: Iterable[Document], out: IO[str], *, color: bool = False) -> None:
    """Write each document's view as it arrives."""
    for doc in docs:
        out.write(render_document(doc, color=color))
