"""A date whose month runs into its year, a typo some pages print ("Ngày 24/112013" for
24/11/2013, "từ ngày 5-7/42015" for 5-7/4/2015): read as the separated form would be (README
round 7, AH3). Only after "ngày", "hôm" or a part of day: bare digits like these are more often
a file or document number."""

from __future__ import annotations

import re

from vndiplo_dates.core import Found, Parts, _pod, valid_day


def glued_year(m: re.Match[str], _text: str) -> Found | None:
    """Read a :data:`~vndiplo_dates.patterns.GLUED_YEAR` match; None without a date word."""
    if not (m["ngay"] or m["pod"]):
        return None
    day, month, year = int(m["d"]), int(m["m"]), int(m["y"])
    if not valid_day(year, month, day):
        return None
    start = m.start()
    if m["d1"] is None:
        if m["tu"] and not m["pod"]:  # "từ ngày 24/112013": an open start, quoted without "từ"
            start = m.start("ngay")
        parts = Parts(year, month, day)
        return Found(start, m.end(), "date", parts, part_of_day=_pod(m["pod"]), pattern="date")
    first = int(m["d1"])
    if first >= day or not valid_day(year, month, first):
        return None
    first_parts, last = Parts(year, month, first), Parts(year, month, day)
    return Found(start, m.end(), "span", first_parts, last, _pod(m["pod"]), pattern="span")
