"""Shared helpers of the main-event choice tests (tests/test_events_*choice_r1*.py): run the
whole pipeline through a Runner on one text and read its events and sides."""

from __future__ import annotations

import vndiplo


def events(text: str, published: str = "2024-05-20") -> list[vndiplo.Event]:
    """The events of ``text``, the main one first."""
    doc = vndiplo.Runner().run({"id": "a", "text": text, "published": published})
    return list(doc.events)


def main_event(text: str) -> vndiplo.Event:
    """The main event of ``text`` (the test fails when there is none)."""
    found = events(text)
    assert found
    return found[0]


def roles(event: vndiplo.Event) -> dict[str, str]:
    """Each participant's role, by name."""
    return {p.name: p.role for p in event.participants}
