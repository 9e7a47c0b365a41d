"""Timestamps: is a line a page's dateline, and which calendar date does it state?"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from vndiplo_boilerplate.foreign_dates import (
    ENGLISH_MONTH,
    FOREIGN_MONTH,
    FOREIGN_WEEKDAY,
    MONTHS,
)
from vndiplo_boilerplate.line_shapes import _DIGIT

__all__ = ["dateline_date", "is_dateline"]

# -- timestamps ---------------------------------------------------------------------------------

_WEEKDAY: Final = r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|t[2-7]|cn)"
# "16/09/2025", "2016-05-19", "2007.06.20", "ngày 5 tháng 9 năm 2025", the blog and WordPress
# forms "12 tháng 1, 2012" and "20 Th1, 2020" (abbreviated month), and the English stamps of
# overseas Vietnamese sites and blog platforms: "June 26, 2008", "26th June 2008", a German
# "13. August 2015" (foreign_dates.py has the names).
_NUMERIC_DATE: Final = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s?[/.\-]\s?(?P<m>\d{1,2})\s?[/.\-]\s?(?P<y>(?:19|20)\d{2})(?!\d)"
    r"|(?<!\d)(?P<iy>(?:19|20)\d{2})(?P<sep>[-./])(?P<im>\d{1,2})(?P=sep)(?P<id>\d{1,2})(?!\d)"
    r"|(?:ngày\s+)?(?<!\d)(?P<wd>\d{1,2})\s+(?:tháng\s+|th\s?)(?P<wm>\d{1,2})"
    r"\s*(?:,\s*(?:năm\s+)?|\s+năm\s+|\s+)(?P<wy>(?:19|20)\d{2})(?!\d)"
    rf"|\b(?P<em>{ENGLISH_MONTH})\s+(?P<ed>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<ey>(?:19|20)\d{{2}})(?!\d)"
    rf"|(?<!\d)(?P<fd>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?(?P<fm>{FOREIGN_MONTH}),?\s+"
    r"(?P<fy>(?:19|20)\d{2})(?!\d)"
    # an agency credit's day with a two-digit year, dotted or slashed ("08.06.24")
    r"|(?<![\d/.])(?P<sd>\d{1,2})(?P<ss>[/.])(?P<sm>\d{1,2})(?P=ss)(?P<sy>\d{2})(?![\d/.])"
)
# A clock time right after the date: the mark of a stamp, which may follow a long byline
# ("Minh An (Ban Quốc tế)-Thứ sáu, ngày 21/08/2015 09:40 GMT+7").
_CLOCK_AFTER: Final = re.compile(r"\s*[,\-–|]?\s*(?:lúc\s+)?\d{1,2}\s?[:h]\s?\d{2}")
_BYLINE_MAX_REST: Final = 12
# Everything a timestamp line may hold besides the date: weekday, time, zone, labels, separators.
_TIMESTAMP_NOISE: Final = re.compile(
    _WEEKDAY
    + "|"
    + FOREIGN_WEEKDAY
    + r"|\d{1,2}\s?[:h]\s?\d{2}(?:\s?:\s?\d{2})?\s?(?:sa|ch|am|pm)?"
    r"|\(?\s*gmt\s?[+-]\s?\d{1,2}(?::?\d{2})?\s*\)?|\(?\s*utc\s?[+-]?\s?\d{0,2}\s*\)?|ict"
    r"|cập\s+nhật(?:\s+lúc|\s+ngày)?|đăng\s+(?:lúc|ngày|tải)|ngày\s+đăng|thời\s+gian(?:\s+đăng)?"
    r"|xuất\s+bản|published|updated|posted|đã\s+đăng(?:\s+vào)?|lúc|giờ|ngày|[|,:;\-–—/()\[\]•·]"
)
_TIMESTAMP_MAX_WORDS: Final = 16
# Words left over once the timestamp is removed: a section name or an author ("Bảo Chi - ").
_TIMESTAMP_MAX_REST: Final = 4


def _date_match(lowered: str) -> re.Match[str] | None:
    return _NUMERIC_DATE.search(lowered)


def is_dateline(lowered: str, words: int) -> bool:
    """A page timestamp: a full date plus little else ("Thứ Ba, 16/09/2025 - 17:02")."""
    if words > _TIMESTAMP_MAX_WORDS + _BYLINE_MAX_REST or _DIGIT.search(lowered) is None:
        return False
    if "20" not in lowered and "19" not in lowered:
        return False  # every date form has a year 19xx or 20xx: skip the slow search
    found = _date_match(lowered)
    if found is None or _date_from(found) is None:
        return False
    before = _TIMESTAMP_NOISE.sub(" ", lowered[: found.start()]).split()
    after = _TIMESTAMP_NOISE.sub(" ", lowered[found.end() :]).split()
    if words <= _TIMESTAMP_MAX_WORDS and len(before) + len(after) <= _TIMESTAMP_MAX_REST:
        return True
    # A byline, then the stamp with its clock time closing the line.
    clocked = _CLOCK_AFTER.match(lowered, found.end()) is not None
    return clocked and not after and len(before) <= _BYLINE_MAX_REST


#: Two-digit years up to this one are of this century ("08.06.24"), later ones of the last.
_LAST_CENTURY_FROM: Final = 50


def _full_year(two_digits: str) -> str:
    return ("20" if int(two_digits) < _LAST_CENTURY_FROM else "19") + two_digits


def _date_from(found: re.Match[str]) -> dt.date | None:
    if found.group("em") or found.group("fm"):
        day, name, year = (
            found.group("ed", "em", "ey") if found.group("em") else found.group("fd", "fm", "fy")
        )
        month = str(MONTHS[name.rstrip(".")])
    else:
        day, month, year = (
            found.group("d", "m", "y")
            if found.group("d")
            else (found.group("sd"), found.group("sm"), _full_year(found.group("sy")))
            if found.group("sy")
            else found.group("id", "im", "iy")
            if found.group("iy")
            else found.group("wd", "wm", "wy")
        )
    try:
        return dt.date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None


def dateline_date(lowered: str) -> dt.date | None:
    """The calendar date a timestamp line states, or None."""
    found = _date_match(lowered)
    return _date_from(found) if found is not None else None
