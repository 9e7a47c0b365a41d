"""Hand-annotated documents for testing the events stage without the dates and titles stages.

    doc = annotate("Chiều 18/2, Tổng Bí thư Tô Lâm đã tiếp ...",
                   people={"Tô Lâm": ("Tổng Bí thư",), "Trần Cương": ("Bí thư Đảng ủy",)},
                   dates=[("Chiều 18/2", "2025-02-18", "afternoon")])

Every occurrence of a person's name becomes a mention; each date phrase is found at its first
occurrence (or at the occurrence given as a fourth item). Use it in your own tests of plugins
that read ``document.people`` and ``document.dates``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from vndiplo.model import Document, Event, Person, Span, TimeExpression

__all__ = ["annotate"]

_KIND_BY_SHAPE = {10: "date", 7: "month", 4: "year"}


def _kind(value: str) -> str:
    if "/" in value:
        return "span"
    if "T" in value:
        return "datetime"
    if value.startswith("--"):
        return "date"
    return _KIND_BY_SHAPE.get(len(value), "date")


def _occurrences(text: str, needle: str) -> list[Span]:
    out: list[Span] = []
    start = text.find(needle)
    while needle and start != -1:
        out.append(Span(start, start + len(needle)))
        start = text.find(needle, start + len(needle))
    return out


def annotate(
    text: str,
    people: Mapping[str, Any] | Iterable[str] = (),
    dates: Sequence[Sequence[Any]] = (),
    **fields: Any,
) -> Document:
    """A Document whose ``people`` and ``dates`` are built from names and date phrases.

    ``people`` maps a name to its titles (a sequence of strings) or to a dict with ``titles``
    and ``country``; a plain iterable of names gives people without titles. ``dates`` holds
    ``(phrase, value[, part_of_day[, occurrence]])``.
    """
    persons: list[Person] = []
    items = people.items() if isinstance(people, Mapping) else ((n, ()) for n in people)
    for name, info in items:
        titles: Sequence[str] = ()
        country = None
        if isinstance(info, Mapping):
            titles = info.get("titles", ())
            country = info.get("country")
        elif info:
            titles = tuple(info)
        mentions = _occurrences(text, name)
        if mentions:
            persons.append(Person(name=name, titles=titles, country=country, mentions=mentions))
    expressions: list[TimeExpression] = []
    for item in dates:
        phrase, value = item[0], item[1]
        part = item[2] if len(item) > 2 else None
        nth = item[3] if len(item) > 3 else 0
        spans = _occurrences(text, phrase)
        if len(spans) <= nth:
            raise ValueError(f"date phrase {phrase!r} not found in the text")
        span = spans[nth]
        expressions.append(TimeExpression(phrase, span.start, span.end, value, _kind(value), part))
    expressions.sort(key=lambda d: d.start)
    return Document(text=text, people=persons, dates=expressions, **fields)


def titled(by_name: Mapping[str, tuple[str, str]]) -> dict[str, dict[str, Any]]:
    """``{name: (title, country)}`` as the people mapping :func:`annotate` takes."""
    return {
        name: {"titles": [title], "country": country} for name, (title, country) in by_name.items()
    }


def roles(event: Event) -> list[tuple[str, str]]:
    """An event's participants as sorted ``(name, role)`` pairs, for order-free assertions."""
    return sorted((p.name, p.role) for p in event.participants)
