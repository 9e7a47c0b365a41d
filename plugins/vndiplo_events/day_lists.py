"""Two consecutive days that write their month once date one event: "ngày 26 và 27/7".

The dates stage lists "ngày 26 và 27/7" as two dates ("ngày 26" and "27/7", the documented rule
for a day list); an event written with them lasts both days, so the events stage reads the pair
as one span "--07-26/--07-27", as it does "(13 và 14/4)" and "13, 14/4". Only consecutive days
of one month joined by "và" or a comma: "ngày 2 hoặc 3/9" (either day) and "ngày 2 và 9/5" (two
separate days) stay two dates, and so do days its sentence hands out one per event ("lần lượt
thăm A và B ngày 14 và 15/6", "... tương ứng").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from vndiplo.model import TimeExpression

__all__ = ["join_day_lists"]

#: a placed expression: start and end in the view's text, and the expression
Placed = tuple[int, int, TimeExpression]

#: what lies between the two days: "và", maybe a comma before it, or a comma alone ("13, 14/4");
#: "ngày" after it
_AND: Final = re.compile(r"(?:\s*,?\s+và\s+|\s*,\s*)(?:ngày\s+)?")
#: a day alone at the end of the first expression ("ngày 26", "sáng hôm 26"), no month
_BARE_DAY: Final = re.compile(r"(?<![\d/.\-])\d{1,2}$")
#: "2024-07-26" or "--07-26"
_DAY_VALUE: Final = re.compile(r"(?:\d{4}|-)-\d\d-(\d\d)")
#: the days shared out among several events ("lần lượt", "tương ứng": respectively)
_RESPECTIVELY: Final = re.compile(r"(?<!\w)(?:lần\s+lượt|tương\s+ứng)(?!\w)")
#: how far around the pair its sentence is read, at most
_REACH: Final = 200


def join_day_lists(low: str, placed: Sequence[Placed]) -> list[Placed]:
    """``placed`` (in text order) with each "ngày D và D+1/M" pair made one span; ``low`` is
    the lower-cased view text the offsets point into."""
    out: list[Placed] = []
    i = 0
    while i < len(placed):
        joined = _joined(low, placed[i], placed[i + 1]) if i + 1 < len(placed) else None
        if joined is not None:
            out.append(joined)
            i += 2
        else:
            out.append(placed[i])
            i += 1
    return out


def _joined(low: str, first: Placed, second: Placed) -> Placed | None:
    start, end, one = first
    start2, end2, two = second
    if one.kind != "date" or two.kind != "date" or not _BARE_DAY.search(one.text):
        return None
    gap = _AND.match(low, end)
    if gap is None or gap.end() != start2:
        return None
    day1, day2 = _DAY_VALUE.fullmatch(one.value), _DAY_VALUE.fullmatch(two.value)
    if day1 is None or day2 is None or one.value[:-2] != two.value[:-2]:
        return None
    if int(day2.group(1)) != int(day1.group(1)) + 1:
        return None
    if _shared_out(low, start, end2):
        return None
    span = attrs.evolve(
        one,
        text=f"{one.text}{low[end:start2]}{two.text}",
        end=two.end,
        value=f"{one.value}/{two.value}",
        kind="span",
    )
    return (start, end2, span)


def _shared_out(low: str, start: int, end: int) -> bool:
    """The sentence around ``[start, end)`` hands its days out one per event."""
    lo = max(low.rfind(c, max(0, start - _REACH), start) for c in ".!?\n") + 1
    stops = [i for i in (low.find(c, end, end + _REACH) for c in ".!?\n") if i != -1]
    hi = min(stops, default=min(len(low), end + _REACH))
    return _RESPECTIVELY.search(low, max(lo, start - _REACH), hi) is not None
