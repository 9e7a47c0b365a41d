"""The year a dated day later in the main day's own sentence gives it.

A lead often writes its year once, on the later date: "Ngày 6-12, Bộ Ngoại giao cho biết Thủ
tướng sẽ dự hội nghị từ ngày 11 đến 14-12-2031" (README "Settled in round 5": a plan written in
the present ties the page to its year when it is this close). The main day then takes the year
that puts it nearest that date. An earlier act the sentence recalls ("sơ kết 1 năm thực hiện
thỏa thuận (được ký kết ngày 14/5/2030)") may lie any distance before: it gives nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

from vndiplo_dates.core import Found, valid_day
from vndiplo_dates.written_year import (
    is_current_candidate,
    is_goal,
    is_landmark,
    past_act,
    sentence_bounds,
)
from vndiplo_dates.year_choice import nearest_year
from vndiplo_dates.years import last_tense

__all__ = ["later_dated_year"]

#: The day of a month a later date without a day ("tháng 12/2031") is read from.
_MID_MONTH: Final = 15


def later_dated_year(text: str, found: Sequence[Found], main: Found) -> int | None:
    """The year a dated day or span later in the main day's own sentence puts the main day in:
    "Ngày 6-12, Bộ Ngoại giao cho biết Thủ tướng sẽ dự hội nghị từ ngày 11 đến 14-12-2031"
    (the year is written once, on the later date). The year nearest that date; nothing when the
    dates disagree, or when the date is a landmark's, a target's, a start's, or set apart from
    the main day (see :func:`_told_apart`)."""
    month, day = main.first.month, main.first.day
    if month is None or day is None:
        return None
    start, end = sentence_bounds(text, main)
    years = set()
    for item in found:
        if not main.end <= item.start < end or item.kind not in ("date", "datetime", "span"):
            continue
        point = item.first
        if point.year is None or point.month is None:
            continue
        if is_landmark(text, item) or not is_current_candidate(text, item, floor=start):
            continue
        if is_goal(text, item, start) or _told_apart(text, main.end, item.start):
            continue
        if not valid_day(point.year, point.month, point.day or _MID_MONTH):
            continue
        anchor = dt.date(point.year, point.month, point.day or _MID_MONTH)
        if (year := nearest_year(month, day, anchor)) is not None:
            years.add(year)
    return years.pop() if len(years) == 1 else None


def _told_apart(text: str, start: int, end: int) -> bool:
    """Whether a later date at ``end`` is told apart from the main day before ``start``: in
    parentheses ("(được ký kết ngày 14/5/2030)"), or after a past act or tense ("đã ký ngày
    ...", "hiệp định ký kết ngày ..."): an earlier act, as far from the main day as it likes."""
    between = text[start:end].lower()
    if between.count("(") > between.count(")"):
        return True
    return last_tense(between) == "past" or past_act(between)
