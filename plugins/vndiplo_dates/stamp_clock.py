"""The time of day a page stamp writes after its date ("Anh Tú | 23/05/2031, 05:27").

A bare clock in the body ("Lúc 21 giờ 30, ...") with no day takes the stamp's day, or the day
before when it is later than the stamp's own time: a page stamped at dawn reports last night
(README round 10 #4). The time is read from the page's stamp line: a ``dateline`` block whose
date is the page's publication date, whether the page or a crawler gave that date. A date
inferred from the body has no such line.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from vndiplo import Document

__all__ = ["stamp_clock"]

#: A clock after the stamp's date: "23/05/2031, 05:27", "18/10/2031 16:15", "| 08:55:00", "9h05".
_DATE_THEN_CLOCK: Final = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})[/.\-](?P<mo>\d{1,2})[/.\-](?P<y>(?:19|20)\d\d)\D{0,12}?(?<!\d)"
    r"(?P<h>[01]?\d|2[0-3])\s?[:hH]\s?(?P<mi>[0-5]\d)(?!\d)"
)


def stamp_clock(document: Document) -> tuple[int, int] | None:
    """The hour and minute the page's stamp line writes after its date, if it does."""
    published = document.published
    if published is None or document.published_source not in ("page", "caller"):
        return None
    for block in document.blocks:
        if block.kind != "dateline":
            continue
        for match in _DATE_THEN_CLOCK.finditer(document.text, block.start, block.end):
            if _date(match) == published:
                return int(match["h"]), int(match["mi"])
    return None


def _date(match: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(match["y"]), int(match["mo"]), int(match["d"]))
    except ValueError:
        return None
