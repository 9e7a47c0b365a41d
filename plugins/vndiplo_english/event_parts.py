"""Pieces of event assembly that do not depend on the language: shared by the English and
French plugins.

Both read a page sentence by sentence: the people a sentence names (from the people's mention
spans), their roles from the trigger's ``sides``, the sentence's first day, and the order of
the events found (the main one, the first joining two people, first).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from vndiplo.model import Event, Participant, Person, TimeExpression

__all__ = ["date_in", "main_first", "mentions_of", "people_in", "roles", "visitors_are_guests"]

#: A mention: its start, end and the person's name.
Mention = tuple[int, int, str]


def mentions_of(people: Sequence[Person]) -> list[Mention]:
    """Every mention of ``people``, in text order."""
    return sorted((m.start, m.end, p.name) for p in people for m in p.mentions)


def people_in(start: int, end: int, mentions: list[Mention]) -> list[tuple[int, str]]:
    """The people mentioned within ``[start, end)``, with where each mention starts."""
    return [(s, name) for s, e, name in mentions if s >= start and e <= end]


def roles(sides: str, before: list[str], after: list[str]) -> list[Participant]:
    """Participants of a trigger with ``sides`` ("host-guest", "guest-host" or
    "participants"): the people named before it, then those after, each once."""
    first, second = {
        "host-guest": ("host", "guest"),
        "guest-host": ("guest", "host"),
    }.get(sides, ("participant", "participant"))
    out: dict[str, Participant] = {}
    for names, role in ((before, first), (after, second)):
        for name in names:
            out.setdefault(name, Participant(name=name, role=role))
    return list(out.values())


_DAYS: Final = ("date", "datetime")
_DAY_SPAN: Final = re.compile(r"(?:\d{4}|-)-\d\d-\d\d/(?:\d{4}|-)-\d\d-\d\d$")


def date_in(
    dates: list[TimeExpression], start: int, end: int, kinds: tuple[str, ...] = _DAYS
) -> TimeExpression | None:
    """The first day (a date or datetime; ``kinds`` may add "span", of days only: "2016-2020"
    is a term, no trip's days) within ``[start, end)``."""
    return next(
        (
            d
            for d in dates
            if start <= d.start
            and d.end <= end
            and d.kind in kinds
            and (d.kind != "span" or _DAY_SPAN.match(d.value) is not None)
        ),
        None,
    )


def main_first(events: list[Event]) -> list[Event]:
    """``events`` with the main one first: the first joining two people, else the first with
    two participants, else the first."""
    main = next((i for i, e in enumerate(events) if _joins_two(e)), None)
    if main is None:
        main = next((i for i, e in enumerate(events) if len(e.participants) >= 2), 0)
    return events[main : main + 1] + events[:main] + events[main + 1 :]


def _joins_two(event: Event) -> bool:
    """Two people, and a message with its sender: "Leaders sent messages to A, B and C"
    names addressees only, no exchange between two people."""
    if len(event.participants) < 2:
        return False
    return event.type != "message" or len({p.role for p in event.participants}) > 1


#: Acts between equals whose sides a visit on the page decides.
_SIDED_BY_VISIT: frozenset[str] = frozenset({"talks", "meeting"})


def visitors_are_guests(events: list[Event]) -> list[Event]:
    """Talks and meetings told with no sides ("In the talks with A, B said", "A and B met")
    take them from the page's visit: whoever the page has visit a host, or be received, and
    never host is the guest; the others in the talks host. The page tells the visit once, in any
    sentence (an arrival, a wreath at a mausoleum, a reception); the talks rarely say it
    again. Talks where no one, or everyone, is such a visitor keep their participants."""
    # a guest of an act that has its host too: a visit's guests alone ("the visit by A at the
    # invitation of B" read with both as guests) are no proof of who is visiting
    sided = [e for e in events if {"host", "guest"} <= {p.role for p in e.participants}]
    visitors = {p.name for e in sided for p in e.participants if p.role == "guest"}
    visitors -= {p.name for e in events for p in e.participants if p.role == "host"}
    if not visitors:
        return events
    out = []
    for event in events:
        names = {p.name for p in event.participants}
        if (
            event.type in _SIDED_BY_VISIT
            and all(p.role == "participant" for p in event.participants)
            and 0 < len(names & visitors) < len(names)
        ):
            sides = [
                Participant(name=p.name, role="guest" if p.name in visitors else "host")
                for p in event.participants
            ]
            event = attrs.evolve(event, participants=sides)
        out.append(event)
    return out
