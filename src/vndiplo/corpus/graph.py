"""The merge graph in the database: which sources form one event, kept up to date as rows change.

Two tiers, so that an undated report cannot chain two different days' meetings together:

- a source whose day the article states is joined with every stated-day source it is
  :func:`~vndiplo.corpus.link.linked` to (connected components: order does not matter);
- a source whose day is only its publication date (``day_inferred``) is placed once the stated
  sources are merged: into the one event it is linked to, alone if it is linked to two (a
  report published on the 12th of "the talks" fits the talks of the 11th and the tea of the
  12th), and with the other undated reports it is linked to when it fits no event at all,
  stamped the same day or a day apart, but never a group spanning more than a day (so undated
  reports never chain day after day).

Two passes refine this at the end of a build: :mod:`vndiplo.corpus.apart` keeps two pairs of
counterparts of one day apart when only a report naming three people links them, and
:mod:`vndiplo.corpus.yearless` places the reports dated without a year (no day at all).

Placement is recomputed at the end of every build for the undated sources near the days that
changed, from the stated sources alone, so it is again a function of the set of articles.
An event's id is the smallest id of its sources.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence

from vndiplo.corpus.link import MAX_SLACK_DAYS, Report, linked
from vndiplo.corpus.sides import PEOPLE_SQL, decode_people

__all__ = [
    "OTHER_SCRIPT",
    "REPLACE_WINDOW",
    "components",
    "event_of",
    "link_stated",
    "people_of",
    "place_undated",
    "report_of",
    "split_event",
    "take_out",
    "union",
]

#: Undated sources this many days around a changed day are placed again (a chain of undated
#: reports a day apart reaching further is not re-examined: documented in docs/corpus.md).
REPLACE_WINDOW = 3 * MAX_SLACK_DAYS


def people_of(
    conn: sqlite3.Connection, source_id: str
) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """A source's person ids and (id, name as written) pairs."""
    row = conn.execute(
        f"SELECT {PEOPLE_SQL} FROM source_people p WHERE p.source_id = ?", (source_id,)
    ).fetchone()
    return decode_people(row[0])


def event_of(conn: sqlite3.Connection, source_id: str) -> str:
    """The event a source is in now (an earlier split or union may have renamed it)."""
    row = conn.execute("SELECT event_id FROM sources WHERE id = ?", (source_id,)).fetchone()
    return str(row[0])


def report_of(conn: sqlite3.Connection, source_id: str) -> tuple[Report, str]:
    """A source's linking view and the event it is in now."""
    family, day, inferred, location, event_id = conn.execute(
        "SELECT family, day, day_inferred, location, event_id FROM sources WHERE id = ?",
        (source_id,),
    ).fetchone()
    people, names = people_of(conn, source_id)
    return Report(family, day, bool(inferred), location, people, names), event_id


def _shift(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


#: The people written with the same words in the other script (marks or none): see
#: :mod:`vndiplo.corpus.aliases`; whether they are one person the link test decides.
OTHER_SCRIPT = (
    "SELECT o.person_id FROM person_folds f JOIN person_folds o "
    "ON o.fold = f.fold AND o.marked != f.marked WHERE f.person_id IN ({marks})"
)


def _candidates(
    conn: sqlite3.Connection, source_id: str, report: Report, *, stated: bool
) -> list[tuple[str, str, Report]]:
    """Sources near this one's day that share a participant: (id, event, linking view).

    One query, people included, and only sources sharing someone: a busy day has hundreds of
    reports of one family, and fetching each one's people separately would dominate a build.
    Found through the people's reports near the day (:mod:`vndiplo.corpus.person_days`), not
    all the family's reports near it: those grow with the articles a day the corpus holds.
    """
    if report.day is None or not report.people:
        return []
    people = sorted(report.people)
    marks = ",".join("?" * len(people))
    own = " UNION ALL ".join(["SELECT ?"] * len(people))
    rows = conn.execute(
        "SELECT s.id, s.event_id, s.day, s.day_inferred, s.location, "
        f"(SELECT {PEOPLE_SQL} FROM source_people p WHERE p.source_id = s.id) "
        "FROM sources s WHERE s.id IN (SELECT source_id FROM source_person_days "
        f"WHERE person_id IN ({own} UNION {OTHER_SCRIPT.format(marks=marks)}) "
        "AND family = ? AND day BETWEEN ? AND ? "
        "AND day_inferred = ?) AND s.id != ? ORDER BY s.id",
        (
            *people,
            *people,
            report.family,
            _shift(report.day, -MAX_SLACK_DAYS),
            _shift(report.day, MAX_SLACK_DAYS),
            0 if stated else 1,
            source_id,
        ),
    ).fetchall()
    return [
        (
            other_id,
            event_id,
            Report(report.family, day, bool(inf), loc, *decode_people(packed)),
        )
        for other_id, event_id, day, inf, loc, packed in rows
    ]


def _linked_events(
    conn: sqlite3.Connection, source_id: str, report: Report, *, stated: bool
) -> set[str]:
    """Events holding a source (stated-day or undated, per ``stated``) linked to this one."""
    found: set[str] = set()
    for _other_id, event_id, other in _candidates(conn, source_id, report, stated=stated):
        if event_id not in found and linked(report, other):
            found.add(event_id)
    return found


def drop_event(conn: sqlite3.Connection, event_id: str) -> None:
    conn.execute("DELETE FROM participants WHERE event_id = ?", (event_id,))
    conn.execute("UPDATE mentions SET event_id = NULL WHERE event_id = ?", (event_id,))
    conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
    conn.execute("DELETE FROM dirty_events WHERE id = ?", (event_id,))


def union(conn: sqlite3.Connection, event_ids: Iterable[str]) -> str:
    """Merge events into the one with the smallest id; returns that id."""
    ids = sorted(set(event_ids))
    target = ids[0]
    for event_id in ids[1:]:
        conn.execute("UPDATE sources SET event_id = ? WHERE event_id = ?", (target, event_id))
        drop_event(conn, event_id)
    conn.execute("INSERT OR IGNORE INTO dirty_events VALUES (?)", (target,))
    return target


def _own_event(conn: sqlite3.Connection, source_id: str) -> None:
    """Make a source an event of its own (its id), wherever it was."""
    conn.execute(
        "INSERT OR IGNORE INTO events (id, type, family, date, location) "
        "SELECT id, type, family, day, location FROM sources WHERE id = ?",
        (source_id,),
    )
    conn.execute("UPDATE sources SET event_id = id WHERE id = ?", (source_id,))
    conn.execute("INSERT OR IGNORE INTO dirty_events VALUES (?)", (source_id,))


def take_out(conn: sqlite3.Connection, source_id: str) -> None:
    """Make a source an event of its own again, to be placed afresh (its event as read now: an
    earlier split may have renamed it)."""
    event_id = event_of(conn, source_id)
    others = conn.execute(
        "SELECT 1 FROM sources WHERE event_id = ? AND id != ? LIMIT 1", (event_id, source_id)
    ).fetchone()
    if others is not None:
        split_event(conn, event_id, [source_id])


def split_event(conn: sqlite3.Connection, event_id: str, leaving: Iterable[str]) -> None:
    """Take sources out of an event (each becomes its own) and keep the event's id rule."""
    leaving = set(leaving)
    rest = [
        r[0]
        for r in conn.execute("SELECT id FROM sources WHERE event_id = ? ORDER BY id", (event_id,))
        if r[0] not in leaving
    ]
    conn.execute("DELETE FROM participants WHERE event_id = ?", (event_id,))
    for source_id in sorted(leaving):
        _own_event(conn, source_id)
    if rest and rest[0] != event_id:
        _own_event(conn, rest[0])
        conn.execute(
            "UPDATE sources SET event_id = ? WHERE event_id = ? AND id != ?",
            (rest[0], event_id, event_id),
        )
    if event_id not in leaving and (not rest or rest[0] != event_id):
        exists = conn.execute("SELECT 1 FROM sources WHERE event_id = ?", (event_id,)).fetchone()
        if exists is None:
            drop_event(conn, event_id)
    conn.execute("INSERT OR IGNORE INTO dirty_events VALUES (?)", (event_id,))


def link_stated(conn: sqlite3.Connection, source_id: str) -> None:
    """Join a stated-day source's event with every stated-day event it is linked to."""
    report, own = report_of(conn, source_id)
    union(conn, {own} | _linked_events(conn, source_id, report, stated=True))


def place_undated(conn: sqlite3.Connection) -> None:
    """Re-place the undated sources near the days this transaction changed."""
    low, high = conn.execute("SELECT min(day), max(day) FROM dirty_days").fetchone()
    if low is None:
        return
    rows = conn.execute(
        "SELECT id, event_id FROM sources WHERE day_inferred = 1 AND day BETWEEN ? AND ? "
        "ORDER BY id",
        (_shift(low, -REPLACE_WINDOW), _shift(high, REPLACE_WINDOW)),
    ).fetchall()
    undated = [source_id for source_id, _e in rows]
    by_event: dict[str, list[str]] = {}
    for source_id, event_id in rows:
        by_event.setdefault(event_id, []).append(source_id)
    for event_id, leaving in sorted(by_event.items()):
        split_event(conn, event_id, leaving)
    fitting: dict[str, str] = {}
    unplaced: list[str] = []
    for source_id in undated:
        report, _own = report_of(conn, source_id)
        events = _linked_events(conn, source_id, report, stated=True)
        if len(events) == 1:
            fitting[source_id] = events.pop()
        elif not events:
            unplaced.append(source_id)
    # Stated-day events keep their membership while undated sources join them, so resolve
    # each target through the renames the unions make.
    renamed: dict[str, str] = {}
    for source_id, event_id in sorted(fitting.items()):
        while event_id in renamed:
            event_id = renamed[event_id]
        target = union(conn, [event_id, source_id])
        for gone in {event_id, source_id} - {target}:
            renamed[gone] = target
    _group_unplaced(conn, unplaced)


def components(ids: Sequence[str], edges: Iterable[tuple[str, str]]) -> list[list[str]]:
    """Connected components of ``edges`` over ``ids`` (union-find), each sorted, sorted."""
    parent = {i: i for i in ids}

    def find(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in edges:
        parent[find(b)] = find(a)
    groups: dict[str, list[str]] = {}
    for i in ids:
        groups.setdefault(find(i), []).append(i)
    return sorted(sorted(g) for g in groups.values())


def _group_unplaced(conn: sqlite3.Connection, unplaced: list[str]) -> None:
    """Undated sources that fit no stated event: the components of their links to each other.

    Two reports of one meeting that neither dates may be stamped a day apart (one outlet
    publishes that evening, another the next morning, "hôm qua" or no day at all), so links
    reach one day. A component is kept whole only when its stamps span at most one day
    (complete linkage): undated reports must not chain day after day, so a wider component
    falls back to its same-day parts.
    """
    members = set(unplaced)
    days: dict[str, str] = {}
    edges: list[tuple[str, str, bool]] = []
    for source_id in unplaced:
        report, _own = report_of(conn, source_id)
        if report.day is not None:
            days[source_id] = report.day
        for other_id, _event_id, other in _candidates(conn, source_id, report, stated=False):
            later = other_id > source_id and other_id in members
            if later and linked(report, other):
                edges.append((source_id, other_id, other.day == report.day))
    for group in components(unplaced, ((a, b) for a, b, _same in edges)):
        if len(group) < 2:
            continue
        stamps = sorted(days[s] for s in group if s in days)
        if stamps and _gap(stamps[0], stamps[-1]) > 1:
            inside = set(group)
            same_day = [(a, b) for a, b, same in edges if same and a in inside]
            parts = [part for part in components(group, same_day) if len(part) > 1]
        else:
            parts = [group]
        for part in parts:
            union(conn, [report_of(conn, s)[1] for s in part])


def _gap(low: str, high: str) -> int:
    return (dt.date.fromisoformat(high) - dt.date.fromisoformat(low)).days
