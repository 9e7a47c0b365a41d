"""Shared helpers for event tests on invented sentences: run the events plugin over a text with
a fixed people table (and the day "3/5" when the text writes it), and read sides and roles."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from vndiplo.model import Event


def events_of(text: str, people: Mapping[str, Any]) -> list[Event]:
    dates = [("3/5", "--05-03", None)] if "3/5" in text else []
    return extract_events(annotate(text, people, dates))


def main_of(text: str, people: Mapping[str, Any]) -> Event:
    events = events_of(text, people)
    assert events, text
    return events[0]


def names_of(event: Event) -> set[str]:
    return {p.name for p in event.participants}


def roles_of(event: Event) -> dict[str, str]:
    return {p.name: p.role for p in event.participants}
