"""A plan whose meeting the corpus holds only undated: linked when nothing else could be it.

Pages without a stamp often report a visit's talks as "chiều 27-11" (no year) or with no date at
all, so their merged event has no date and the day-based link of :mod:`vndiplo.corpus.mentions`
never reaches it; the announcement of those talks ("dự kiến trong chuyến thăm, A sẽ hội đàm với
B"), on a page without a stamp itself, then links to nothing. As with reports that state no day
(:mod:`vndiplo.corpus.dayless`), a plan naming two people or more points at such an event only
when it is the one event of the plan's families that holds two of its people in the whole
corpus, dated or not: a pair that met twice, or whose meeting of a stated day the corpus also
holds, keeps the plan unlinked. Where both state a month and day (the plan "từ 26 đến 27/9",
its reports "sáng 26-9"), they must agree within a day.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable

from vndiplo.corpus.yearless import span_days

__all__ = ["only_undated_event"]

#: How far apart a plan's month-day and its undated reports' may be: an arrival the evening before.
_SLACK = 1
#: The longest full-date span whose days are read one by one (a state visit's length).
_SPAN = 7


def only_undated_event(
    conn: sqlite3.Connection, date: str | None, fitting: Iterable[tuple[str, str | None]]
) -> str | None:
    """The event a plan points at when ``fitting`` (each event holding two of its people in its
    families: id, date) is a single undated one whose reports' month-days agree with ``date``."""
    found = list(fitting)
    if len(found) != 1 or found[0][1]:
        return None
    event_id = found[0][0]
    planned = _month_days(date)
    rows = conn.execute("SELECT date FROM sources WHERE event_id = ?", (event_id,))
    stated = {md for (source_date,) in rows for md in _month_days(source_date)}
    if planned and stated and not any(_near(a, b) for a in planned for b in stated):
        return None
    return event_id


def _month_days(date: str | None) -> tuple[str, ...]:
    """The month-days a date covers: year-less ("--09-26", "--11-27/--11-30") or full
    ("2016-09-26/2016-09-27"); none for a month, a year or no date."""
    if not date:
        return ()
    if date.startswith("--"):
        return span_days(date)
    start, _, end = date.partition("/")
    try:
        first = dt.date.fromisoformat(start[:10])
        last = dt.date.fromisoformat(end[:10]) if end else first
    except ValueError:
        return ()
    days = min((last - first).days, _SPAN - 1)
    return tuple((first + dt.timedelta(k)).strftime("%m-%d") for k in range(max(days, 0) + 1))


def _near(a: str, b: str) -> bool:
    """Whether two month-days lie within :data:`_SLACK` days of each other (across New Year)."""
    first = dt.date.fromisoformat(f"2000-{a}")
    second = dt.date.fromisoformat(f"2000-{b}")
    gap = abs((first - second).days)
    return min(gap, 366 - gap) <= _SLACK
