"""Weak dated reports of a meeting whose two-sided reports give no year: joined when unambiguous.

A page stamped on the day may report the welcome ceremony naming the guest only ("Lễ đón ... sáng
30-5", the host missed or named in a caption), while the outlets naming both sides write "sáng
30/5" with no year and carry no stamp. The dated report is *weak* (a visit, or one person) and
attaches only to a meeting whose day is stated (:mod:`vndiplo.corpus.attach`); the year-less
reports fit no dated meeting and stay among themselves (:mod:`vndiplo.corpus.yearless`): one
meeting, two events.

Once both passes are done, an event made of weak reports only joins a *year-less meeting* (an
event holding a two-sided year-less report and no two-sided report of a stated day) when:

- each of its dated reports fits a two-sided year-less report of that event read in the weak
  report's own year, by the rule a weak report attaches to a dated meeting with
  (:func:`vndiplo.corpus.attach.anchor_fits`: type, people, day, place, the visit checks);
- every host its article names (of a meeting or a visit it reports) is in that report: a guest
  is welcomed by one leader and holds talks with another the same day, and a page naming only
  the guest in its welcome sentence often names the host in the next;
- it fits no meeting of a stated day and no other year-less meeting;
- the weak events that would join the year-less meeting are all of one year: the same leader's
  visits of two years on one month-day leave it alone, nothing telling which year it was.

The year-less meetings of the month-days near a changed day are placed again from scratch first
(:func:`vndiplo.corpus.yearless.touched_month_days`), which takes any weak report out of them, so
the result is again a function of the set of articles.
"""

from __future__ import annotations

import sqlite3

from vndiplo.corpus.attach import (
    ALSO_FITS,
    WEAK,
    WEAK_SOURCE_SQL,
    WeakSource,
    anchor_fits,
    article_hosts,
    dated_anchors_fitted,
    reported_people,
    reported_spellings,
)
from vndiplo.corpus.graph import union
from vndiplo.corpus.sides import PEOPLE_SQL, decode_people, spelled_into
from vndiplo.corpus.yearless import MONTH_DAY, read_in_year, touched_month_days

__all__ = ["join_weak_to_yearless", "read_in_year"]

#: An event holds a two-sided report of a stated day (SQL over the event id ``e``).
_DATED_ANCHOR = (
    "EXISTS (SELECT 1 FROM sources s WHERE s.event_id = e AND s.day IS NOT NULL "
    f"AND s.day_inferred = 0 AND NOT {WEAK})"
)


def _yearless_only(conn: sqlite3.Connection, event_id: str) -> bool:
    sql = f"SELECT {_DATED_ANCHOR.replace('= e', '= ?')}"
    return not conn.execute(sql, (event_id,)).fetchone()[0]


def _yearless_fitted(conn: sqlite3.Connection, source: WeakSource) -> dict[str, str]:
    """The year-less meetings a weak source fits, each with the year it is read in."""
    source_id, document_id, family, _date, day, _loose, _location = source
    people = reported_people(conn, source_id, document_id)
    if not people:
        return {}
    hosts = article_hosts(conn, document_id)
    written = reported_spellings(conn, source_id, people)
    lookup = people | hosts  # a guest spelled otherwise is found through the host
    families = (family, *ALSO_FITS.get(family, ()))
    marks = ",".join("?" * len(lookup))
    fam_marks = ",".join("?" * len(families))
    rows = conn.execute(
        f"SELECT s.event_id, s.family, s.date, s.location, (SELECT {PEOPLE_SQL} "
        "FROM source_people p WHERE p.source_id = s.id) "
        "FROM source_people p JOIN sources s ON s.id = p.source_id "
        f"WHERE p.person_id IN ({marks}) AND s.family IN ({fam_marks}) AND s.family != 'visit' "
        "AND s.day IS NULL AND s.date LIKE '--%' GROUP BY s.id ORDER BY s.id",
        (*sorted(lookup), *families),
    ).fetchall()
    fitted: dict[str, str] = {}
    for event_id, a_family, a_date, a_location, packed in rows:
        found = MONTH_DAY.match(a_date)
        a_people, a_names = decode_people(packed)
        if found is None or len(a_people) < 2 or not _yearless_only(conn, event_id):
            continue
        a_day = read_in_year(day, found.group(1))
        own = spelled_into(written, dict(a_names))
        if a_day is None or not hosts <= a_people or own is None:
            continue
        if anchor_fits(conn, source, own, event_id, (a_family, a_day, a_location, a_people)):
            fitted[event_id] = a_day[:4]
    return fitted


def _weak_candidates(conn: sqlite3.Connection, meetings: set[str]) -> list[str]:
    """Events of weak reports only that share someone with a year-less meeting, or whose
    article names one of its people as a host (for a guest it spells otherwise)."""
    marks = ",".join("?" * len(meetings))
    shared = (
        "SELECT DISTINCT s.event_id FROM sources m JOIN source_people q ON q.source_id = m.id "
        "JOIN source_people p ON p.person_id = q.person_id JOIN sources s ON s.id = p.source_id "
        f"WHERE m.event_id IN ({marks}) AND s.day IS NOT NULL AND {WEAK}"
    )
    hosted = (
        "SELECT DISTINCT s.event_id FROM sources m JOIN source_people q ON q.source_id = m.id "
        "JOIN source_people p ON p.person_id = q.person_id AND p.role = 'host' "
        "JOIN sources t ON t.id = p.source_id AND t.family IN ('meeting', 'visit') "
        "JOIN sources s ON s.document_id = t.document_id "
        f"WHERE m.event_id IN ({marks}) AND s.day IS NOT NULL AND {WEAK}"
    )
    rows = conn.execute(
        f"{shared} UNION {hosted} ORDER BY 1", [*sorted(meetings), *sorted(meetings)]
    ).fetchall()
    return [
        event_id
        for (event_id,) in rows
        if conn.execute(
            f"SELECT 1 FROM sources s WHERE s.event_id = ? AND NOT {WEAK} LIMIT 1", (event_id,)
        ).fetchone()
        is None
    ]


def _choice(conn: sqlite3.Connection, event_id: str) -> tuple[str, str] | None:
    """The one year-less meeting (and year) every report of a weak event fits, if any."""
    sources = conn.execute(
        f"SELECT {WEAK_SOURCE_SQL} FROM sources WHERE event_id = ? AND day IS NOT NULL",
        (event_id,),
    ).fetchall()
    common: set[str] | None = None
    years: set[str] = set()
    for source in sources:
        if dated_anchors_fitted(conn, source):
            return None
        fitted = _yearless_fitted(conn, source)
        common = set(fitted) if common is None else common & set(fitted)
        years.update(fitted.values())
    if common is None or len(common) != 1 or len(years) != 1:
        return None
    return common.pop(), years.pop()


def join_weak_to_yearless(conn: sqlite3.Connection) -> None:
    """Join weak events to the year-less meetings of the touched month-days they alone fit."""
    meetings: set[str] = set()
    for day_of_year in touched_month_days(conn):
        rows = conn.execute(
            "SELECT s.event_id FROM sources s WHERE s.day IS NULL AND s.date BETWEEN ? AND ? "
            f"AND s.family != 'visit' AND NOT {WEAK}",
            (f"--{day_of_year}", f"--{day_of_year}~"),
        ).fetchall()
        meetings.update(e for (e,) in rows if _yearless_only(conn, e))
    if not meetings:
        return
    chosen: dict[str, list[tuple[str, str]]] = {}
    for weak_event in _weak_candidates(conn, meetings):
        found = _choice(conn, weak_event)
        if found is not None and found[0] in meetings:
            chosen.setdefault(found[0], []).append((weak_event, found[1]))
    for meeting, weak in sorted(chosen.items()):
        if len({year for _e, year in weak}) == 1:
            union(conn, [meeting, *(event_id for event_id, _y in weak)])
