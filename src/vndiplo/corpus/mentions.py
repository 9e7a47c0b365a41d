"""Referenced and planned events, linked to the reported event they are about.

"Nhớ lại chuyến thăm tháng 2" or "sẽ thăm Việt Nam" is not a report of an event, so it never
merges; it points (``mentions.event_id``) at the reported event with the same family (or, for a
visit, the meeting it was merged into) and people whose date fits: the stated day, the stated
month, or for an undated mention the year before (referenced) or after (planned) the article.
A year-less mention ("sẽ thăm ... từ ngày 11 đến 13/1" on a page with no stamp) points at the
event whose day falls in its span, a day's slack either way, read in that event's year; when
such events lie in two years (the pair met on those days twice) it points at none. A plan of two
people or more that fits no dated event points at the one event of its people the corpus holds
when that event has no date (:mod:`vndiplo.corpus.mention_undated`).
Recomputed at the end of every build, so it follows the events as they merge: for the mentions
naming a person the build touched (a person of its articles, or of an event it changed). A link
depends only on the events holding the mention's people, and any change to one of those marks
it dirty, so the others keep their link; the work and memory follow the build, not the corpus.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from typing import Any

from vndiplo.corpus.attach import ALSO_FITS
from vndiplo.corpus.mention_frame import frame_date
from vndiplo.corpus.mention_undated import only_undated_event
from vndiplo.corpus.sides import shared_sides
from vndiplo.corpus.yearless import read_in_year, span_days

__all__ = ["link_mentions"]


#: A date that states its day ("2021-08-09", "2021-08-09/2021-08-10"), not a month or a year.
_FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")

#: Mentions re-linked per query, so memory stays flat however many a build touches.
_PAGE = 1000

_TOUCHED = """
CREATE TEMP TABLE IF NOT EXISTS touched_mentions (id TEXT PRIMARY KEY);
DELETE FROM touched_mentions;
INSERT OR IGNORE INTO touched_mentions
    SELECT mention_id FROM mention_people WHERE person_id IN (
        SELECT id FROM dirty_people
        UNION SELECT person_id FROM participants WHERE event_id IN (SELECT id FROM dirty_events));
"""


def link_mentions(c: sqlite3.Connection) -> None:
    """Point each referenced or planned event the build touched at the event it is about.

    Reads the temporary ``dirty_people`` and ``dirty_events`` tables of the build
    (:mod:`vndiplo.corpus.store`), before they are emptied.
    """
    for statement in _TOUCHED.split(";")[:-1]:
        c.execute(statement)
    after = ""
    while rows := c.execute(
        "SELECT m.id, m.kind, m.family, m.date, m.day, m.day_inferred, d.published, d.id "
        "FROM touched_mentions t JOIN mentions m ON m.id = t.id "
        "JOIN documents d ON d.id = m.document_id WHERE t.id > ? ORDER BY t.id LIMIT ?",
        (after, _PAGE),
    ).fetchall():
        after = rows[-1][0]
        _link_page(c, rows)
    c.execute("DELETE FROM touched_mentions")


def _link_page(c: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
    for mention_id, kind, family, date, day, inferred, published, doc_id in rows:
        names = dict(
            c.execute(
                "SELECT person_id, name FROM mention_people WHERE mention_id = ?", (mention_id,)
            ).fetchall()
        )
        if kind == "planned" and date is None and published is None:
            # A step of a visit the page announces without a stamp: the visit's dates.
            date = frame_date(c, doc_id, mention_id, sorted(names))
            if date and _FULL_DAY.match(date):
                day, inferred = date[:10], False
        best = _mention_target(c, kind, family, date, day, bool(inferred), published, names)
        c.execute("UPDATE mentions SET event_id = ? WHERE id = ?", (best, mention_id))


def _mention_target(
    conn: sqlite3.Connection,
    kind: str,
    family: str,
    date: str | None,
    day: str | None,
    inferred: bool,
    published: str | None,
    names: dict[str, str],
) -> str | None:
    people = sorted(names)
    if not people:
        return None
    marks = ",".join("?" * len(people))
    # A visit may have been merged into the one meeting it held (vndiplo.corpus.attach):
    # a mentioned visit points there too, its own family first.
    families = (family, *ALSO_FITS.get(family, ()))
    fam_marks = ",".join("?" * len(families))
    candidates = conn.execute(
        f"SELECT e.id, e.date, e.family FROM participants p JOIN events e ON e.id = p.event_id "
        f"WHERE p.person_id IN ({marks}) AND e.family IN ({fam_marks}) GROUP BY e.id",
        (*people, *families),
    ).fetchall()
    best: tuple[int, bool, str] | None = None
    years: set[str] = set()
    pairs: list[tuple[str, str | None]] = []  # events holding two of its people, dated or not
    for event_id, event_date, event_family in candidates:
        shared = _shared_sides(conn, names, event_id)
        if shared >= 2:
            pairs.append((event_id, event_date))
        if not event_date or shared < min(2, len(people)):
            continue
        gap = _mention_gap(kind, date, day, inferred, published, event_date)
        if gap is None:
            continue
        years.add(event_date[:4])
        rank = (gap, event_family != family, event_id)
        if best is None or rank < best:
            best = rank
    if span_days(date) and len(years) > 1:
        return None  # a year-less mention fitting meetings of two years: either could be it
    if best is None and kind == "planned":
        return only_undated_event(conn, date, pairs)
    return best[2] if best else None


def _shared_sides(conn: sqlite3.Connection, names: dict[str, str], event_id: str) -> int:
    """The sides a mention shares with an event: its people, and beside one of them a name the
    event's reports write in the other script ("Thoong-lun" for "Thongloun",
    :func:`vndiplo.corpus.sides.shared_sides`)."""
    rows = conn.execute(
        "SELECT p.person_id, p.name FROM source_people p JOIN sources s ON s.id = p.source_id "
        "WHERE s.event_id = ?",
        (event_id,),
    ).fetchall()
    exact, sides = shared_sides(names, dict(rows), cross_script=True)
    return sides if exact else 0


def _mention_gap(
    kind: str,
    date: str | None,
    day: str | None,
    inferred: bool,
    published: str | None,
    event_date: str,
) -> int | None:
    """How far the reported event is from what the mention says, or None if it cannot be it."""
    when = dt.date.fromisoformat(event_date)
    if date and len(date) == 7 and date[4] == "-":  # a month: "2025-05"
        return 0 if event_date.startswith(date) else None
    if day and not inferred:
        gap = abs((when - dt.date.fromisoformat(day)).days)
        return gap if gap <= 2 else None
    if span_days(date) and published is None:
        return _yearless_gap(date, event_date)
    if published is None:
        return None
    gap = (when - dt.date.fromisoformat(published)).days
    if kind == "planned":
        return gap if 0 <= gap <= 366 else None
    return -gap if -3660 <= gap <= 0 else None


#: How far outside a year-less mention's span the event may lie: an arrival the evening before.
_YEARLESS_SLACK = 1


def _yearless_gap(date: str | None, event_date: str) -> int | None:
    """Days between the event and the nearest month-day of a year-less mention's span, read in
    the event's year (None beyond :data:`_YEARLESS_SLACK`)."""
    when = dt.date.fromisoformat(event_date)
    gaps = [
        abs((dt.date.fromisoformat(read) - when).days)
        for read in (read_in_year(event_date, md) for md in span_days(date))
        if read is not None
    ]
    gap = min(gaps, default=None)
    return gap if gap is not None and gap <= _YEARLESS_SLACK else None
