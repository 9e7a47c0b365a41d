"""Year-less visit reports naming the guest only: joined to the one meeting of their visit.

An arrival page often names the guest alone and no year ("Chiều 18/10, Thủ tướng X đến Hà Nội,
bắt đầu chuyến thăm chính thức"): no host to link on, no day to attach by. Such a report joins
a meeting when, in the whole corpus, one meeting is its visit's:

- a meeting report naming two people or more where the visit's guest is the guest, within
  :data:`~vndiplo.corpus.trip.VISIT_REACH` month-days of the visit (a stated-day report, read in
  its own year, or a year-less one), with places that agree and not on another side's ground
  (:func:`vndiplo.corpus.grounds.other_ground`);
- exactly one event holds such a report; or, when several do, all of stated days within one
  visit's reach, exactly one of them holds the visit's formal centre, the talks or the welcome
  ceremony with the guest (:func:`formal`): the guest's courtesy calls on other leaders the same
  day are not what an arrival page reports.

- or, with no meeting of the visit in the corpus, exactly one event holds a stated-day visit report
  of the same guest within that reach (another outlet's arrival page, dated): the visit is one
  record however the outlets date its arrival.

The same guest met (or arriving) on that month-day in two years, or holding talks with two hosts, is
two fitting events: the report then stays an event of its own. One-sided visits of one guest and one
month-day all follow the meeting they fit. The reports of the month-days near those the transaction
touched are taken out of their events and placed again from scratch, after the other year-less
reports (:func:`vndiplo.corpus.yearless.place_yearless`), so the result does not depend on the order
articles arrive in.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Final

from vndiplo.corpus.graph import event_of, take_out, union
from vndiplo.corpus.grounds import ground_of, other_ground
from vndiplo.corpus.link import places_agree

__all__ = ["WELCOME_TRIGGERS", "formal", "place_one_sided_visits"]

#: Trigger words of a welcome ceremony, the formal opening of an official visit (not a
#: courtesy call's "tiếp" or "hội kiến").
WELCOME_TRIGGERS: Final = ("lễ đón", "nghi thức đón", "đón chính thức", "đón trọng thể")

#: A year-less date's month-day ("10-18" of "--10-18", maybe with a time after it).
_MONTH_DAY_SQL = "substr(s.date, 3, 5)"


def formal(event_type: str, trigger: str) -> bool:
    """Whether a meeting report is the formal centre of a visit: talks, or a welcome ceremony."""
    text = trigger.lower()
    return event_type == "talks" or any(word in text for word in WELCOME_TRIGGERS)


def _guest_meetings(
    conn: sqlite3.Connection, guest: str, days_of_year: tuple[str, ...]
) -> list[tuple[str, str, str | None, str | None, str, str]]:
    """The two-sided meeting reports near those month-days where ``guest`` is the guest, and the
    stated-day visit reports where they are (the arrival page of another outlet, with the host
    or without): (source id, event id, stated day or None, location, type, trigger)."""
    marks = ",".join("?" * len(days_of_year))
    return conn.execute(
        "SELECT s.id, s.event_id, CASE WHEN s.day_inferred = 0 THEN s.day END, s.location, "
        "s.type, s.trigger FROM source_people p JOIN sources s ON s.id = p.source_id "
        "WHERE p.person_id = ? AND p.role = 'guest' AND (("
        "s.family = 'meeting' AND (SELECT count(*) FROM source_people q "
        "WHERE q.source_id = s.id) >= 2 AND ("
        f"(s.day IS NOT NULL AND s.day_inferred = 0 AND substr(s.day, 6) IN ({marks})) OR "
        f"(s.day IS NULL AND s.date LIKE '--%' AND {_MONTH_DAY_SQL} IN ({marks})))) OR ("
        "s.family = 'visit' AND s.day IS NOT NULL AND s.day_inferred = 0 "
        f"AND substr(s.day, 6) IN ({marks}))) ORDER BY s.id",
        (guest, *days_of_year, *days_of_year, *days_of_year),
    ).fetchall()


def _one_trip(days: dict[str, set[str]], reach: int) -> bool:
    """Every event has a stated day, and all those days lie within one visit's reach."""
    if not all(days.values()):
        return False
    stated = sorted(dt.date.fromisoformat(d) for found in days.values() for d in found)
    return (stated[-1] - stated[0]).days <= reach


def _visit_meeting(
    conn: sqlite3.Connection,
    source_id: str,
    guest: str,
    location: str | None,
    days_of_year: tuple[str, ...],
    reach: int,
) -> str | None:
    """The one meeting event a one-sided year-less visit report is part of, if any."""
    own_ground = ground_of(conn, source_id)
    days: dict[str, set[str]] = {}  # each fitting event's stated days (none: year-less)
    centre: set[str] = set()
    for anchor_id, event_id, day, a_location, a_type, a_trigger in _guest_meetings(
        conn, guest, days_of_year
    ):
        if not places_agree(location, a_location) or other_ground(
            own_ground, ground_of(conn, anchor_id)
        ):
            continue
        days.setdefault(event_id, set()).update([day] if day else [])
        if formal(a_type, a_trigger):
            centre.add(event_id)
    if len(days) == 1:
        return next(iter(days))
    if len(centre) == 1 and _one_trip(days, reach):
        return centre.pop()
    return None


def place_one_sided_visits(
    conn: sqlite3.Connection, near: dict[str, tuple[str, ...]], reach: int
) -> None:
    """Place again the one-sided year-less visit reports of these month-days.

    ``near`` maps each month-day ("10-18") to the month-days within a visit's reach of it, and
    ``reach`` is that reach in days.
    """
    for day_of_year, days_of_year in sorted(near.items()):
        rows = conn.execute(
            "SELECT s.id, s.location, min(p.person_id), min(p.role) FROM sources s "
            "JOIN source_people p ON p.source_id = s.id "
            "WHERE s.day IS NULL AND s.family = 'visit' AND s.date BETWEEN ? AND ? "
            "GROUP BY s.id HAVING count(*) = 1 ORDER BY s.id",
            (f"--{day_of_year}", f"--{day_of_year}~"),
        ).fetchall()
        for source_id, location, guest, role in rows:
            take_out(conn, source_id)
            if role != "guest":
                continue
            found = _visit_meeting(conn, source_id, guest, location, days_of_year, reach)
            if found is not None:
                union(conn, [found, event_of(conn, source_id)])
