"""The days an article gives its guest's visit: what dates a report that has no day of its own.

A welcome page often dates only the visit ("lễ đón chính thức X thăm Y đã diễn ra chiều 27-11")
and leaves the welcome and the talks after it undated ("Ngay sau lễ đón, hai bên hội đàm"); a
page summing the trip up dates it in a recalled span ("chuyến thăm từ 27-30/11"). The extraction
keeps such reports undated on purpose (a reception with no day of its own stays null), so the
corpus reads the page's visit dates when it weighs two day-less reports of one pair: two
articles that date the visit of the same person on days in common are about the same trip.
"""

from __future__ import annotations

import sqlite3

from vndiplo.corpus.yearless import span_days

__all__ = ["page_visit_days", "same_days"]

#: A visit's days: (year or None for a year-less date, month-day).
VisitDay = tuple[str | None, str]

_VISITS = """
SELECT s.date FROM sources s JOIN source_people p ON p.source_id = s.id
WHERE s.document_id = :doc AND s.family = 'visit' AND s.date IS NOT NULL
  AND p.person_id IN (SELECT person_id FROM source_people WHERE source_id = :source)
UNION
SELECT m.date FROM mentions m JOIN mention_people p ON p.mention_id = m.id
WHERE m.document_id = :doc AND m.family = 'visit' AND m.date IS NOT NULL
  AND p.person_id IN (SELECT person_id FROM source_people WHERE source_id = :source)
"""


def _days(date: str) -> set[VisitDay]:
    """The (year, month-day) pairs a visit's date covers: "2023-11-27/2023-11-30" or
    "--11-27/--11-30" or one day; a month alone ("2023-11") gives none."""
    start, _slash, end = date.partition("/")
    if start.startswith("--"):
        return {(None, md) for md in span_days(date)}
    if len(start) < 10:
        return set()
    year = start[:4]
    as_yearless = f"--{start[5:10]}" + (f"/--{end[5:10]}" if len(end) >= 10 else "")
    return {(year, md) for md in span_days(as_yearless)}


def page_visit_days(conn: sqlite3.Connection, source_id: str) -> set[VisitDay]:
    """The days the report's article gives a visit (reported, announced or recalled) of one of
    the report's people."""
    row = conn.execute("SELECT document_id FROM sources WHERE id = ?", (source_id,)).fetchone()
    if row is None:
        return set()
    found: set[VisitDay] = set()
    for (date,) in conn.execute(_VISITS, {"doc": row[0], "source": source_id}):
        found |= _days(date)
    return found


def same_days(a: set[VisitDay], b: set[VisitDay]) -> bool:
    """Whether two articles' visit days agree: a month-day of one known year in both, or
    (a year unknown) one article's visit days all lie among the other's ("lễ đón ... 27-11"
    inside "từ 27-30/11"), with no month-day in two different years. Two spans that only
    overlap may be two trips' ("từ ngày 22 đến 24/6", "từ ngày 24 đến 25/6")."""
    pairs = [(y, md, oy, omd) for y, md in a for oy, omd in b if md == omd]
    if any(y is not None and oy is not None and y != oy for y, _md, oy, _omd in pairs):
        return False
    if any(y is not None and y == oy for y, _md, oy, _omd in pairs):
        return True
    days_a, days_b = {md for _y, md in a}, {md for _y, md in b}
    return bool(days_a and days_b) and (days_a <= days_b or days_b <= days_a)
