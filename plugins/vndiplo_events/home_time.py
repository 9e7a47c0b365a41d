"""A date restated in home time dates no event: "Chiều 19/9 (tức sáng 20/9 giờ Việt Nam)".

A report from abroad may give the day twice, the local one and its conversion to Vietnam's
clock, joined by "tức" (that is). The event keeps the local day (the gold lists both as dates),
so the events stage leaves out the one written in home time ("giờ Việt Nam", "giờ Hà Nội"),
whichever comes first. A home-time date with no local day joined to it stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, TypeVar

__all__ = ["without_home_time"]

T = TypeVar("T")

#: "(theo) giờ Việt Nam", "giờ Hà Nội", "giờ VN" right after a date, maybe in brackets
_HOME_CLOCK: Final = re.compile(
    r"[\s(]*(?:theo\s+)?giờ\s+(?:việt\s+nam|hà\s+nội|vn|hn)(?!\w)", re.IGNORECASE
)
#: "tức", "tức là", "nghĩa là" between the two days, maybe after a bracket or a comma
_THAT_IS: Final = re.compile(r"(?<!\w)(?:tức(?:\s+là)?|nghĩa\s+là)(?!\w)")
#: how far apart the two days of one conversion may be written
_REACH: Final = 60


def without_home_time(low: str, placed: Sequence[tuple[int, int, T]]) -> list[tuple[int, int, T]]:
    """``placed`` (in text order, offsets into ``low``, the lower-cased text) less each date
    written in home time that restates a local day next to it through "tức"."""
    drop: set[int] = set()
    for i, (start, end, _) in enumerate(placed):
        if _HOME_CLOCK.match(low, end) is None:
            continue
        before = placed[i - 1] if i > 0 else None
        after = placed[i + 1] if i + 1 < len(placed) else None
        if (before is not None and _joined(low, before[1], start)) or (
            after is not None and _joined(low, end, after[0])
        ):
            drop.add(i)
    return [p for i, p in enumerate(placed) if i not in drop]


def _joined(low: str, left: int, right: int) -> bool:
    """The days ending at ``left`` and opening at ``right`` are one day told twice: "tức"
    between them, no sentence break."""
    if right - left > _REACH or any(mark in low[left:right] for mark in ".;\n"):
        return False
    return _THAT_IS.search(low, left, right) is not None
