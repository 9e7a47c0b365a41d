"""The part of day a clock time tells by its hour alone.

"15h30 ngày 4/7" or "Lúc 14 giờ ngày 9/3" writes no "chiều", yet a reader knows it was the
afternoon: a clock time with no part-of-day word gets the part of its hour (the real-page gold
convention, "10 giờ 12 phút" is morning, "12h40" noon, "21 giờ" evening). A written word always
wins ("12h30 chiều" stays afternoon), and a date without a clock time gets nothing.
"""

from __future__ import annotations

import re
from typing import Final

#: "2031-07-04T15:30", "--07-04T15:30": the hour of a datetime value (not of a span).
_HOUR: Final = re.compile(r"^[-\d]*T(\d\d):\d\d$")


def part_of_hour(hour: int) -> str:
    """The part of day of a clock ``hour`` (0-23)."""
    if 5 <= hour <= 11:
        return "morning"
    if hour == 12:
        return "noon"
    if 13 <= hour <= 17:
        return "afternoon"
    if 18 <= hour <= 21:
        return "evening"
    return "night"


def clock_part_of_day(value: str | None, written: str | None) -> str | None:
    """``written`` when the phrase has its own part-of-day word, else the part of the hour of a
    datetime ``value``, else None."""
    if written is not None or value is None:
        return written
    hour = _HOUR.match(value)
    return part_of_hour(int(hour.group(1))) if hour is not None else None
