"""A visit report and a meeting report of one trip: when a loose report may join across types.

Outlets report one arrival as a visit ("thăm chính thức", "đến Hà Nội"), as its welcome ceremony
("lễ đón") or as its talks ("hội đàm"): one meeting. Dated reports handle this through the
one-sided attachment (:mod:`vndiplo.corpus.attach`); a report with no year or no day at all has
only its two sides, its roles and its place to go on, so a visit report naming both sides joins
a meeting report only when

- both name two sides in common (:func:`vndiplo.corpus.link.sides_agree`);
- the visit goes the same way: someone keeps the host or the guest role in both reports and no
  one is the host in one and the guest in the other (:func:`same_direction`): a return visit,
  or a summit where no one hosts, is another meeting;
- days, when both are known (read in one year), at most two apart, as a visit dated by its
  arrival and its talks are;
- places that do not contradict each other.

The ground veto (:func:`vndiplo.corpus.grounds.other_ground`) is the caller's, with the rest of
its checks.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Mapping

from vndiplo.corpus.link import Report, places_agree, sides_agree

__all__ = [
    "OPPOSITE",
    "VISIT_REACH",
    "role_changes",
    "roles_of",
    "same_direction",
    "visit_meets",
]

#: Days between a visit's arrival and its talks or welcome that outlets date it by.
VISIT_REACH = 2
#: The role a host or a guest would have in the pair's meeting the other way round.
OPPOSITE = {"host": "guest", "guest": "host"}


def roles_of(conn: sqlite3.Connection, source_id: str) -> dict[str, str]:
    """Each person of a report with the role the report gives them."""
    rows = conn.execute(
        "SELECT person_id, role FROM source_people WHERE source_id = ?", (source_id,)
    ).fetchall()
    return dict(rows)


def role_changes(a: Mapping[str, str], b: Mapping[str, str]) -> tuple[bool, bool]:
    """``(flipped, kept)``: whether someone hosts in one report and is the guest in the other,
    and whether someone keeps the same host or guest role in both."""
    flipped = any(b.get(person) == OPPOSITE.get(role) for person, role in a.items())
    kept = any(role in OPPOSITE and b.get(person) == role for person, role in a.items())
    return flipped, kept


def same_direction(a: Mapping[str, str], b: Mapping[str, str]) -> bool:
    """Someone keeps the host or guest role in both reports, and no one swaps it."""
    flipped, kept = role_changes(a, b)
    return kept and not flipped


def visit_meets(visit: Report, meeting: Report) -> bool:
    """Whether a two-sided visit report may be the trip of a meeting report (roles aside)."""
    if visit.family != "visit" or meeting.family != "meeting":
        return False
    if visit.day is not None and meeting.day is not None:
        gap = dt.date.fromisoformat(visit.day) - dt.date.fromisoformat(meeting.day)
        if abs(gap.days) > VISIT_REACH:
            return False
    return sides_agree(visit, meeting) and places_agree(visit.location, meeting.location)
