"""Values of the expressions named relative to a date: weekdays, counted periods, quarters and
the first or last day or week of a month or year.

Pure functions of the anchor date, so :mod:`vndiplo_dates.normalise` stays a walk over the text
and each calendar rule is written (and tested) once. Weeks run Monday to Sunday, as Vietnamese
calendars print them ("thứ hai" is the first day of the week).
"""

from __future__ import annotations

import calendar
import datetime as dt

__all__ = [
    "add_months",
    "counted_span",
    "deictic_day",
    "ordinal_value",
    "quarter_span",
    "week_span",
    "weekday_date",
]


def add_months(date: dt.date, months: int) -> dt.date:
    """``date`` moved by whole months, the day clamped to the month's end (31/3 - 1 = 28/2)."""
    index = date.year * 12 + date.month - 1 + months
    year, month = divmod(index, 12)
    day = min(date.day, calendar.monthrange(year, month + 1)[1])
    return dt.date(year, month + 1, day)


#: How many days a page stamp may trail the day its lead reports and still be a late-published
#: dispatch ("Sáng 11/1 ... Chiều nay ..." stamped 13/1): from two (one day is an ordinary
#: "yesterday's news, today's paper") to three.
_LATE_STAMP = range(2, 4)


def deictic_day(stamp: dt.date, offset: int, written: dt.date | None) -> dt.date:
    """The day "nay" (``offset`` 0) or "qua" (-1) names, read from a page stamp.

    A dispatch written on the day its lead reports (``written``, the last day written before
    the phrase) and stamped two or three days later says "chiều nay" or "chiều qua" of that
    day: the phrase falls between the written day and the stamp, a day the article never
    names, so the reader takes the written day."""
    day = stamp + dt.timedelta(days=offset)
    if written is None or offset not in (0, -1):
        return day
    if (stamp - written).days in _LATE_STAMP and written < day:
        return written
    return day


def _add(date: dt.date, unit: str, n: int) -> dt.date:
    if unit == "day":
        return date + dt.timedelta(days=n)
    if unit == "week":
        return date + dt.timedelta(weeks=n)
    if unit == "month":
        return add_months(date, n)
    return add_months(date, 12 * n)


def week_span(date: dt.date) -> str:
    """The Monday-to-Sunday week holding ``date``."""
    monday = date - dt.timedelta(days=date.weekday())
    return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"


def weekday_date(reference: dt.date, weekday: int, mode: str, tense: str | None) -> dt.date:
    """The day a weekday phrase names, read on ``reference``.

    ``week-1``/``week0``/``week1``: that weekday of the last, this or the next week
    ("thứ năm tuần tới"). ``next``: the first one after the reference ("chủ nhật tới");
    ``last``: the last one before it ("thứ hai vừa rồi"). ``near`` (a weekday alone): the tense
    of its sentence decides ("sẽ" the coming one, "đã"/"vừa" the last one, counting the
    reference day itself), and without one the nearest, within three days either side.
    """
    ahead = (weekday - reference.weekday()) % 7
    if mode.startswith("week"):
        monday = reference - dt.timedelta(days=reference.weekday())
        return monday + dt.timedelta(weeks=int(mode[4:]), days=weekday)
    if mode == "next":
        return reference + dt.timedelta(days=ahead or 7)
    if mode == "last":
        return reference - dt.timedelta(days=(7 - ahead) % 7 or 7)
    if tense == "future":
        return reference + dt.timedelta(days=ahead)
    if tense == "past":
        return reference - dt.timedelta(days=(7 - ahead) % 7)
    return reference + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)


def counted_span(reference: dt.date, unit: str, n: int, direction: str) -> str:
    """ "5 ngày qua" ends at the reference (``reference - 5 days / reference``); "7 ngày tới"
    starts there."""
    if direction == "past":
        return f"{_add(reference, unit, -n).isoformat()}/{reference.isoformat()}"
    return f"{reference.isoformat()}/{_add(reference, unit, n).isoformat()}"


def counted_away(reference: dt.date, unit: str, n: int) -> tuple[str, str]:
    """ "2 ngày trước" is a day, "3 tuần sau" the week three weeks on, "hai tháng nữa" the month
    two months on, "cách đây 5 năm" the year five years back: (value, kind)."""
    moved = _add(reference, unit, n)
    if unit == "week":
        return week_span(moved), "span"
    if unit == "month":
        return moved.isoformat()[:7], "month"
    if unit == "year":
        return f"{moved.year:04d}", "year"
    return moved.isoformat(), "date"


def weekend_span(reference: dt.date, offset: int) -> str:
    """Saturday and Sunday of the reference's week moved by ``offset`` weeks."""
    saturday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(offset * 7 + 5)
    return f"{saturday.isoformat()}/{(saturday + dt.timedelta(days=1)).isoformat()}"


def quarter_span(year: int, quarter: int) -> str:
    """A quarter as its three months: quarter 2 of 2025 is ``2025-04/2025-06``."""
    return f"{year:04d}-{3 * quarter - 2:02d}/{year:04d}-{3 * quarter:02d}"


def quarter_of(reference: dt.date, offset: int) -> str:
    """ "quý này" (0), "quý trước" (-1), "quý tới" (+1), from the reference's quarter."""
    index = reference.year * 4 + (reference.month - 1) // 3 + offset
    return quarter_span(index // 4, index % 4 + 1)


def ordinal_value(year: int, month: int | None, unit: str, which: str) -> tuple[str, str]:
    """The first or last day (a date) or week (its seven days, a span) of a month or a year:
    "tuần cuối cùng của tháng 12 năm 2025" is ``2025-12-25/2025-12-31``."""
    if month is None:
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    else:
        first = dt.date(year, month, 1)
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
    if unit == "day":
        return (first if which == "first" else last).isoformat(), "date"
    if which == "first":
        return f"{first.isoformat()}/{(first + dt.timedelta(days=6)).isoformat()}", "span"
    return f"{(last - dt.timedelta(days=6)).isoformat()}/{last.isoformat()}", "span"
