"""Which year a year-less day or month takes from its distance to an anchor date alone.

Three pure rules of the calendar: the nearest year (a date against a date of the text, a bare
month), the latest year no more than :data:`AHEAD_DAYS` after publication (a reported day) and
the latest past or earliest coming year ("tháng 3 vừa qua", "ngày 5/3 tới"). Kept apart from
:mod:`vndiplo_dates.normalise`, which walks the text and decides which rule a date takes, so
the rules can be read, tested and reused (:mod:`vndiplo_dates.reference`) on their own.
"""

from __future__ import annotations

import datetime as dt

from vndiplo_dates.core import valid_day

__all__ = [
    "AHEAD_DAYS",
    "PLAN_DAYS",
    "after_stamp_month",
    "directed_year",
    "nearest_year",
    "plan_within_reach",
    "reported_year",
]

#: How far after publication a year-less date may fall: announcements name the coming weeks.
AHEAD_DAYS = 60
#: How far ahead a planned day may be announced: up to ten months or so ("sẽ thăm ... ngày 19/2"
#: written in April). A day within a month before the stamp, in a sentence that also plans
#: ("B sẽ thăm ... tháng 7 tới, thông tin đưa ra trong buổi tiếp ngày 25/4" stamped 28/4), is
#: the reported day, not the same day almost a year ahead.
PLAN_DAYS = 330


def nearest_year(month: int, day: int, anchor: dt.date) -> int | None:
    """The year (anchor's, or one either side) that puts ``day/month`` nearest to ``anchor``."""
    best: tuple[int, int] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        if valid_day(year, month, day):
            distance = abs((dt.date(year, month, day) - anchor).days)
            if best is None or distance < best[0]:
                best = (distance, year)
    return best[1] if best else None


def reported_year(month: int, day: int, published: dt.date) -> int | None:
    """The latest year that puts ``day/month`` no more than AHEAD_DAYS after ``published``."""
    limit = published + dt.timedelta(days=AHEAD_DAYS)
    for year in (published.year + 1, published.year, published.year - 1):
        if valid_day(year, month, day) and dt.date(year, month, day) <= limit:
            return year
    return None


def directed_year(month: int, day: int | None, anchor: dt.date, *, past: bool) -> int | None:
    """The year of the latest past (or earliest coming) ``day/month`` around ``anchor``."""
    years = (anchor.year, anchor.year - 1) if past else (anchor.year, anchor.year + 1)
    now = (anchor.year, anchor.month, anchor.day if day is not None else 1)
    for year in years:
        if day is not None and not valid_day(year, month, day):
            continue
        when = (year, month, day or 1)
        if (when <= now) if past else (when >= now):
            return year
    return None


def plan_within_reach(month: int, day: int | None, year: int, anchor: dt.date) -> bool:
    """Whether ``day/month`` of ``year`` lies no more than PLAN_DAYS after ``anchor``. A bare
    month may be planned further ahead ("thăm Việt Nam vào tháng 9" written in January)."""
    if day is None:
        return True
    if not valid_day(year, month, day):
        return False
    return (dt.date(year, month, day) - anchor).days <= PLAN_DAYS


def after_stamp_month(month: int | None, year: int | None, published: dt.date) -> bool:
    """Whether ``month`` of ``year`` comes after the stamp's month: a day there that the text
    reports as done cannot be this year's, so it is the year before's (README round 9 #4:
    AC01, P08, AR01); the caller reads the tense."""
    return year == published.year and month is not None and month > published.month
