"""A relative day and the date written beside it: one expression, worth the written date.

Outlets name the day relative to the article and pin it down right after, in many shapes:
"Sáng hôm qua (28/9, theo giờ Hà Nội)", "Tối nay (ngày 20/5 giờ địa phương)", "Trưa hôm nay 7
tháng 7", "Chiều qua, 5 tháng Ba", "Sáng nay, 13-4-Giáp Thìn (20-5-2024)" (a lunar date between
the two), "Hôm qua (19/5, tức 12/4 âm lịch)". A reader takes each as one date (realpages README,
round 8 #6, round 12 #4). The scanner reads the parts; :func:`join_apposed` joins them, whatever
sits between: a comma, a bracket, nothing, a lunar date; and inside a bracket a qualifier after the
date (a time zone, a lunar equivalent). A qualifier after the closing bracket or after a bare date
stays out (round 12 #4: BG06's trailing "theo giờ Việt Nam").

It also joins "từ hôm nay đến ngày 25/5": a span whose start is a relative day (its value is read
by :mod:`vndiplo_dates.normalise` from the ``dayspan:`` code).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_dates import patterns as P
from vndiplo_dates.core import Found, Parts, _month, valid_day

__all__ = ["join_apposed"]

#: A month as a word ("tháng Ba", "tháng mười hai"), as the written-date pattern reads it.
_MONTH_WORD = (
    r"(?:mười\s+một|mười\s+hai|mười|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|giêng|chạp)(?!\w)"
)
_STEM_BRANCH = rf"(?:{'|'.join(P.STEMS)})\s+(?:{'|'.join((*P.BRANCHES, *P.BRANCH_VARIANTS))})(?!\w)"
#: Between the relative day and its date: a bracket, a comma, or a space.
_GAP: Final = re.compile(r"\s*(?P<open>\()\s*|\s*,\s*|[ \t]+")
#: A lunar day and month, marked as lunar by "âm lịch"/"ÂL" or by the year's name
#: ("9-4-Đinh Dậu", "mùng 9 tháng 4 âm lịch", "9/4 năm Đinh Dậu"); the caller checks the mark.
_LUNAR: Final = re.compile(
    r"(?:ngày\s+)?(?:(?:mồng|mùng)\s+)?(?:3[01]|[12]\d|0?[1-9])"
    rf"(?:\s*[-/.]\s*(?:1[0-2]|0?[1-9])|\s+tháng\s+(?:1[0-2]|0?[1-9]|{_MONTH_WORD}))"
    r"(?P<al>\s*(?:âm\s+lịch|ÂL|AL)(?!\w))?"
    rf"(?P<named>\s*[-/.,]?\s*(?:năm\s+)?{_STEM_BRANCH})?",
    re.IGNORECASE,
)
_OPEN: Final = re.compile(r"\s*\(\s*")
#: The mark alone, right after a lunar day the scanner has read: " ÂL", " âm lịch", "-Đinh Dậu".
_LUNAR_MARK: Final = re.compile(
    rf"\s*(?:âm\s+lịch|ÂL|AL)(?!\w)|\s*[-/.,]?\s*(?:năm\s+)?{_STEM_BRANCH}", re.IGNORECASE
)
#: A qualifier after the date inside its bracket: a time zone ("theo giờ Hà Nội", "giờ địa
#: phương", "GMT+7"), or the same day in the lunar calendar ("tức 12/4 âm lịch").
_QUALIFIER: Final = re.compile(
    r"(?:\s*[,;]\s*|\s*[-–]\s*|\s+)"
    r"(?:(?:theo\s+)?(?:múi\s+)?giờ\s+|(?:gmt|utc)\s*[+-]|(?:tức|nhằm|là)\s+(?:ngày\s+)?)"
    r"[^()\n]{1,40}?(?=\s*\))",
    re.IGNORECASE,
)
_CLOSE: Final = re.compile(r"\s*\)")
#: "D tháng M" written out after a relative day ("hôm nay 7 tháng 7", "chiều qua, 5 tháng
#: Ba"): alone it may be a count of months; beside the day it is that day's date. Not a count
#: after all: "3 tháng sau khi ...", "2 tháng qua".
_WRITTEN_DAY: Final = re.compile(
    r"(?:ngày\s+)?(?:(?:mồng|mùng)\s+)?(?P<d>3[01]|[12]\d|0?[1-9])\s+tháng\s+"
    rf"(?P<m>1[0-2]|0?[1-9]|{_MONTH_WORD})"
    r"(?:\s*,?\s*năm\s+(?P<y>(?:1[7-9]|20)\d\d)|\s*/\s*(?P<y2>(?:1[7-9]|20)\d\d))?"
    r"(?!\w|\s*%|\s+(?:qua|tới|trước|sau|nữa|rưỡi|liền|kể|nay|này|đầu|cuối)(?!\w))",
    re.IGNORECASE,
)
#: "22-5", "ngày 22.5": a day with its month in digits, which the scanner reads alone with "/"
#: only (a bare "22-5" may be a score); after "đến" it ends a span.
_NUMERIC_DAY: Final = re.compile(
    r"(?:(?:ngày|hôm)\s+)?(?P<d>3[01]|[12]\d|0?[1-9])(?P<s>[/.\-])(?P<m>1[0-2]|0?[1-9])"
    r"(?:(?P=s)(?P<y>(?:1[7-9]|20)\d\d))?(?!\w|[/.,:\-]\w|\s*%)",
    re.IGNORECASE,
)
#: "từ hôm nay đến ngày 25/5": "từ" before the relative day, "đến"/"tới" before the end.
_FROM: Final = re.compile(r"(?:kể\s+)?từ\s+\Z", re.IGNORECASE)
_UNTIL: Final = re.compile(r"\s+(?:cho\s+)?(?:đến|tới)\s+(?:hết\s+)?", re.IGNORECASE)
#: The relative codes that name one day: "hôm qua", "sáng nay", a weekday.
_DAY_CODES: Final = ("day:", "wd:")
_DAY_KINDS: Final = frozenset(("date", "datetime"))


def join_apposed(found: Sequence[Found], text: str) -> tuple[Found, ...]:
    """``found`` (in text order, none overlapping) with each relative day joined with the date
    written beside it, and each "từ <relative day> đến <date>" made one span."""
    out: list[Found] = []
    i = 0
    while i < len(found):
        rel = found[i]
        joined = _apposed(rel, found, i, text) or _span(rel, found, i, text)
        if joined is None:
            out.append(rel)
            i += 1
            continue
        out.append(joined)
        i += 1
        while i < len(found) and found[i].start < joined.end:
            i += 1  # the pieces inside (the lunar date, a day in the qualifier)
    return tuple(out)


def _is_day(rel: Found) -> bool:
    return rel.kind == "relative" and (rel.relative or "").startswith(_DAY_CODES)


def _hint(rel: Found) -> int | None:
    code = rel.relative or ""
    return int(code.split(":")[1]) if code.startswith("day:") else None


def _apposed(rel: Found, found: Sequence[Found], i: int, text: str) -> Found | None:
    """``rel`` joined with its date beside it; None when no date is beside it."""
    if rel.hint is not None and rel.kind == "date":
        return _lunar_then_solar(rel, found, i, text)
    if not _is_day(rel):
        return None
    gap = _GAP.match(text, rel.end)
    if gap is None:
        return None
    opened = gap["open"] is not None
    at = gap.end()
    lunar = _LUNAR.match(text, at)
    if lunar is not None and (lunar["al"] or lunar["named"]):
        bracket = _OPEN.match(text, lunar.end())
        if bracket is None:
            return None
        if opened:  # "(9/4 âm lịch, 4/5/2017)" is another shape: leave it
            return None
        opened, at = True, bracket.end()
    value = _date_at(found, i, at, text, numeric=opened)
    if value is None:
        return None
    end = value.end
    if opened:
        qualifier = _QUALIFIER.match(text, end)
        end = qualifier.end() if qualifier is not None else end
        closing = _CLOSE.match(text, end)
        if closing is None:
            return None
        end = closing.end()
    return Found(
        rel.start,
        end,
        value.kind,
        value.first,
        part_of_day=value.part_of_day or rel.part_of_day,
        hint=_hint(rel),
        pattern="apposed",
    )


def _lunar_then_solar(rel: Found, found: Sequence[Found], i: int, text: str) -> Found | None:
    """ "Hôm nay, 13/4 ÂL (20/5/2024)": the scanner read the relative day with the lunar date
    as one; the solar date in the bracket after the lunar mark is the value."""
    mark = _LUNAR_MARK.match(text, rel.end)
    bracket = _OPEN.match(text, mark.end()) if mark is not None else None
    value = _date_at(found, i, bracket.end(), text, numeric=True) if bracket else None
    closing = _CLOSE.match(text, value.end) if value is not None else None
    if value is None or closing is None:
        return None
    return Found(
        rel.start,
        closing.end(),
        value.kind,
        value.first,
        part_of_day=value.part_of_day or rel.part_of_day,
        hint=rel.hint,
        pattern="apposed",
    )


def _date_at(
    found: Sequence[Found], i: int, at: int, text: str, *, numeric: bool = False
) -> Found | None:
    """The day-precise date that starts at ``at``: one the scanner found, or a "D tháng M"
    (``numeric``: or a "22-5", at the end of a span only, where no score or count is read)."""
    for item in found[i + 1 : i + 4]:
        if item.start == at:
            ok = item.kind in _DAY_KINDS and item.first.day is not None
            return item if ok and item.relative is None else None
        if item.start > at:
            break
    m = _WRITTEN_DAY.match(text, at) or (_NUMERIC_DAY.match(text, at) if numeric else None)
    if m is None:
        return None
    day, month = int(m["d"]), _month(m["m"])
    written = m["y"] or m.groupdict().get("y2")
    year = int(written) if written else None
    if not valid_day(year, month, day):
        return None
    return Found(m.start(), m.end(), "date", Parts(year, month, day), pattern="written")


def _span(rel: Found, found: Sequence[Found], i: int, text: str) -> Found | None:
    """ "từ hôm nay đến ngày 25/5": one span from the relative day to the written day."""
    if not _is_day(rel) or not (rel.relative or "").startswith("day:"):
        return None
    opening = _FROM.search(text, max(0, rel.start - 12), rel.start)
    until = _UNTIL.match(text, rel.end)
    if opening is None or until is None:
        return None
    value = _date_at(found, i, until.end(), text, numeric=True)
    if value is None or value.kind != "date":
        return None
    return Found(
        opening.start(),
        value.end,
        "relative",
        last=value.first,
        part_of_day=rel.part_of_day,
        relative="dayspan:" + (rel.relative or "day:0").split(":")[1],
        pattern="apposed",
    )
