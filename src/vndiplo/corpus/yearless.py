"""Reports dated without a year ("chiều 12-12" on a page with no stamp): joined when unambiguous.

Such a report has no day, so it is never linked or placed by day. It joins a meeting when, in
the whole corpus, exactly one event holds a stated-day two-sided report it fits on the same
month and day (of any year):

- a report naming two people or more: :func:`~vndiplo.corpus.link.linked` to that report, its
  day taken as the anchor's (same family, two people in common, places that agree);
- a report naming one side (not a visit): :func:`~vndiplo.corpus.attach.fits_anchor`, the
  one-sided rule of dated reports, on the anchor's day.

The same pair meeting on that month and day in two years, or one leader meeting two counterparts
that day, is two fitting events: the report then stays an event of its own. A year-less report is
never an anchor (its day stays unknown), so nothing else depends on where it goes, and its
placement is recomputed for every month-day a build touches: the result does not depend on
the order articles arrive in.
"""

from __future__ import annotations

import re
import sqlite3

from vndiplo.corpus.attach import fits_anchor, reported_people
from vndiplo.corpus.graph import split_event, union
from vndiplo.corpus.link import Report, linked

__all__ = ["MONTH_DAY", "month_day", "place_yearless"]

#: A year-less date as extracted: "--MM-DD", maybe with a time after it.
MONTH_DAY = re.compile(r"^--(\d{2}-\d{2})")


def month_day(date: str | None) -> str | None:
    """ "12-12" for a year-less "--12-12"; None for anything else."""
    found = MONTH_DAY.match(date or "")
    return found.group(1) if found else None


def _anchors(
    conn: sqlite3.Connection, people: frozenset[str], day_of_year: str
) -> list[tuple[str, Report]]:
    """Stated-day two-sided reports on that month-day of any year sharing someone."""
    marks = ",".join("?" * len(people))
    rows = conn.execute(
        "SELECT s.event_id, s.family, s.day, s.location, (SELECT group_concat(q.person_id, "
        "char(31)) FROM source_people q WHERE q.source_id = s.id) "
        "FROM source_people p JOIN sources s ON s.id = p.source_id "
        f"WHERE p.person_id IN ({marks}) AND s.day_inferred = 0 AND s.family != 'visit' "
        "AND substr(s.day, 6) = ? GROUP BY s.id ORDER BY s.id",
        (*sorted(people), day_of_year),
    ).fetchall()
    found = [
        (event_id, Report(family, day, False, location, frozenset(ids.split("\x1f"))))
        for event_id, family, day, location, ids in rows
    ]
    return [(event_id, anchor) for event_id, anchor in found if len(anchor.people) >= 2]


def _fits(family: str, location: str | None, people: frozenset[str], anchor: Report) -> bool:
    assert anchor.day is not None
    if len(people) >= 2:
        return linked(Report(family, anchor.day, False, location, people), anchor)
    view = (anchor.family, anchor.day, anchor.location, anchor.people)
    return fits_anchor(family, None, anchor.day, False, location, people, view)


def _fitting_events(
    conn: sqlite3.Connection,
    source_id: str,
    document_id: str,
    family: str,
    location: str | None,
    day_of_year: str,
) -> set[str]:
    people = reported_people(conn, source_id, document_id)
    if not people or family == "visit":
        return set()
    return {
        event_id
        for event_id, anchor in _anchors(conn, people, day_of_year)
        if _fits(family, location, people, anchor)
    }


def place_yearless(conn: sqlite3.Connection) -> None:
    """Re-place the year-less reports of every month-day this transaction touched."""
    touched = {r[0][5:10] for r in conn.execute("SELECT day FROM dirty_days")}
    touched |= {r[0] for r in conn.execute("SELECT month_day FROM dirty_month_days")}
    for day_of_year in sorted(touched):
        rows = conn.execute(
            "SELECT id, event_id, document_id, family, location FROM sources "
            "WHERE day IS NULL AND date BETWEEN ? AND ? ORDER BY id",
            (f"--{day_of_year}", f"--{day_of_year}~"),
        ).fetchall()
        for source_id, event_id, document_id, family, location in rows:
            others = conn.execute(
                "SELECT 1 FROM sources WHERE event_id = ? AND id != ? LIMIT 1",
                (event_id, source_id),
            ).fetchone()
            if others is not None:
                split_event(conn, event_id, [source_id])
                event_id = source_id
            fitting = _fitting_events(conn, source_id, document_id, family, location, day_of_year)
            if len(fitting) == 1:
                union(conn, [fitting.pop(), event_id])
