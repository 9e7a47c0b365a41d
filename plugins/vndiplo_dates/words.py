"""Handlers for the word families: weekdays, counted periods, ordinal parts, month ranges, day
lists, and clock times before a written date.

These read what news writes in words rather than digits ("thứ năm tuần tới", "7 ngày tới",
"ngày cuối cùng của tháng 6", "từ tháng 3 đến tháng 5/2025", "ngày 16 và 17/5/2025"). Most of
them are relative to the reference date, so they return a ``relative`` :class:`Found` whose code
:mod:`vndiplo_dates.normalise` resolves; see the codes in each handler.

Weekday words double as ordinals ("lần thứ hai", "bên thứ ba", "Thứ hai, ..." in a numbered
list), so a weekday standing alone is read only where a date can stand: after "vào", "hôm",
"từ", "đến", a part of day, or opening a clause of a text that is not an enumeration.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_dates import patterns as P
from vndiplo_dates.core import (
    _QUANTITY,
    WEEKDAYS,
    Found,
    Parts,
    _clock_start,
    _hour,
    _int,
    _lower,
    _month,
    _pod,
    _previous_word,
    _words,
    valid_day,
)
from vndiplo_dates.handlers import (
    _NOT_AFTER_MONTH_WORD,
    PERIOD_WORDS,
    _next_word,
)

__all__ = [
    "BEFORE_WEEKDAY",
    "counted",
    "day_list",
    "edge_month",
    "month_span",
    "opens_clause",
    "ordinal",
    "span_written",
    "time_written",
    "weekday",
    "weekend",
    "year_part",
]

#: Words after which a lone weekday is a day: "vào thứ Bảy", "từ thứ hai đến thứ sáu".
BEFORE_WEEKDAY: Final = frozenset(
    _words("vào hôm từ đến tới và hoặc hay là sáng trưa chiều tối đêm nay mai cho trong suốt các")
)
#: Direction words after a weekday: "chủ nhật tới" is the coming one, "thứ hai vừa rồi" the last.
_WEEKDAY_DIRECTION = re.compile(
    r"\s+(?P<dir>sắp\s+tới|tới\s+đây|tới|vừa\s+rồi|vừa\s+qua|rồi|qua|trước|này)(?!\w)",
    re.IGNORECASE,
)
_DIRECTIONS: Final[dict[str, str]] = {
    "sắp tới": "next",
    "tới đây": "next",
    "tới": "next",
    "vừa rồi": "last",
    "vừa qua": "last",
    "rồi": "last",
    "qua": "last",
    "trước": "last",
    "này": "week0",
}
_WEEKDAY_LIST_TAIL = re.compile(
    r"(?:(?:\s*,\s*|\s+(?:và|hoặc|đến|tới)\s+)(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|ch(?:ủ|úa)\s+nhật)"
    r"(?!\w)){1,6}\s+(?:của\s+)?tuần\s+(?P<week>này|nay|trước|tới|sau|sắp\s+tới|kế\s+tiếp"
    r"|tiếp\s+theo|vừa\s+qua|vừa\s+rồi|qua|hiện\s+tại)(?!\w)",
    re.IGNORECASE,
)
#: Ordinal look-alikes: "thứ hai mươi", and "thứ hai của chuyến thăm" after "ngày".
_NOT_AFTER_WEEKDAY: Final = frozenset(("mươi", "mốt", "lăm"))
#: A side after the ordinal: "(thứ hai từ trái sang)", "thứ ba, bên phải": a place in a photo.
_SIDE: Final = re.compile(r"\s*,?\s*(?:từ\s*|bên\s*)?(?:trái|phải)(?!\w)", re.IGNORECASE)
# no leading look-behind: it is searched over the 3,000 characters before a weekday
_ENUMERATION = re.compile(r"thứ\s+nhất(?!\w)", re.IGNORECASE)
_CLAUSE_END: Final = '.!?;:,(\n"“-–—'


def opens_clause(text: str, start: int) -> bool:
    """Nothing but white space or a clause mark (punctuation, a bracket) before ``start``."""
    before = text[max(0, start - 8) : start].rstrip()
    return not before or before[-1] in _CLAUSE_END


def weekday(m: re.Match[str], text: str) -> Found | None:
    """A weekday: ``wd:W:mode``, W the weekday (Monday 0) and mode ``week-1``/``week0``/
    ``week1`` (in a named week), ``next``/``last`` (the coming/last one) or ``near``."""
    name = " ".join(_lower(m["wd"]).split())
    day = WEEKDAYS[name.removeprefix("thứ ")]
    after = _next_word(text, m.end())
    if after in _NOT_AFTER_WEEKDAY or _SIDE.match(text, m.end()):
        return None
    end = m.end()
    shared = None if m["week"] else _WEEKDAY_LIST_TAIL.match(text, end)
    if m["week"] or shared:
        # "thứ hai, thứ ba và thứ tư tuần tới": the list shares the week written at its end
        week = m["week"] or shared["week"]  # type: ignore[index]
        mode = f"week{PERIOD_WORDS[' '.join(_lower(week).split())]}"
    else:
        direction = _WEEKDAY_DIRECTION.match(text, end)
        mode = _DIRECTIONS[" ".join(_lower(direction["dir"]).split())] if direction else "near"
        if (
            direction
            and _lower(direction["dir"]) == "trước"
            and _next_word(text, direction.end()) in ("đó", "khi")
        ):
            mode = "near"  # "thứ hai trước khi ...": not "last Monday"
        if mode == "near" and not _lone_weekday_ok(m, text, name, after):
            return None
    return Found(
        m.start(),
        end,
        "relative",
        part_of_day=_pod(m["pod"]),
        relative=f"wd:{day}:{mode}",
        pattern="weekday",
    )


def _lone_weekday_ok(m: re.Match[str], text: str, name: str, after: str) -> bool:
    """Whether a weekday with no week or direction word is a day rather than an ordinal."""
    if m["ngay"] and after in ("của", "tiên", "trong", "làm"):
        return False  # "ngày thứ hai của chuyến thăm": the second day
    if m["pod"] or m["ngay"]:
        return True
    start = m.start()
    previous = _previous_word(text, start)
    if name in ("chủ nhật", "chúa nhật"):
        # "buổi lễ Chủ nhật Tưởng niệm", "Thánh lễ Chúa nhật": right after "lễ" Sunday names
        # the service or feast ("Sunday Mass"), no date (README AG6: a day's name)
        return previous != "lễ"
    if _ENUMERATION.search(text, max(0, start - 3000), start):
        return False  # "Thứ nhất, ... Thứ hai, ...": a numbered list
    if previous in _LIST_JOINS:
        # "thứ hai và thứ ba" lists days; "đứng đầu về số dự án và thứ 2 về vốn" ranks: after
        # "và"/"hoặc" a lone weekday is a day only when a day stands before the conjunction
        return _DAY_BEFORE_JOIN.search(text, max(0, start - 40), start) is not None
    return previous in BEFORE_WEEKDAY or opens_clause(text, start)


#: Conjunctions that join a weekday to a list ("thứ hai và thứ ba", "thứ năm hoặc thứ sáu").
_LIST_JOINS: Final = frozenset(("và", "hoặc", "hay"))
#: A day word, weekday or day number right before the conjunction that precedes a weekday.
_DAY_BEFORE_JOIN = re.compile(
    r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|ch(?:ủ|úa)\s+nhật|\d)\s*,?\s+(?:và|hoặc|hay)\s+$",
    re.IGNORECASE,
)


_COUNT_DIRECTIONS: Final[dict[str, str]] = {
    "qua": "past",
    "vừa qua": "past",
    "vừa rồi": "past",
    "tới": "future",
    "sắp tới": "future",
    "tiếp theo": "future",
    "kế tiếp": "future",
    "trước": "ago",
    "sau": "later",
    "nữa": "more",
}
_UNIT_CODES: Final[dict[str, str]] = {
    "ngày": "day",
    "tuần": "week",
    "tháng": "month",
    "năm": "year",
}


#: "cách nay (gần)" before a count: "some time ago", a duration, not a counted period.
_AGO_BEFORE = re.compile(r"cách\s+(?:nay|đây)\s+(?:(?:gần|khoảng|hơn|chừng)\s+)?$", re.IGNORECASE)
#: "ngày 12 tháng vừa qua": the day word before a count of months makes it day 12 of last month.
_DAY_WORD_BEFORE = re.compile(r"(?<!\w)(?:ngày|hôm|mồng|mùng)\s+$", re.IGNORECASE)
#: The month a "ngày D tháng <word>" names, counted from the reference's.
_MONTH_OF_DAY: Final[dict[str, int]] = {"past": -1, "ago": -1, "future": 1, "later": 1}


def counted(m: re.Match[str], text: str) -> Found | None:
    """A counted period, ``count:unit:N:past|future`` (a span ending or starting at the
    reference), or a count of units away, ``ago:unit:±N`` ("3 tuần sau", "cách đây 5 năm",
    "3 ngày nữa").

    "26 năm qua" and "nhiều năm qua" are durations by the seeds' convention, so years need
    "vừa qua"; "hai tháng trước" stays a duration too: only days and weeks are counted away with
    "trước"/"sau", while "cách đây" and "nữa" say a point in time for every unit.
    """
    n_text = _lower(m["n"])
    n = int(n_text) if n_text.isdigit() else P.NUMBER_WORDS[n_text]
    unit = _UNIT_CODES[_lower(m["unit"])]
    if unit == "month" and m["dir"] and not m["ago"] and 1 <= n <= 31:
        day_word = _DAY_WORD_BEFORE.search(text, max(0, m.start() - 8), m.start())
        if day_word is not None:
            return _day_of_counted_month(m, n, day_word.start())
    if m["ago"]:
        if m["dir"]:
            return None  # "cách đây 5 năm qua": not how a date is written
        return Found(m.start(), m.end(), "relative", relative=f"ago:{unit}:{-n}", pattern="count")
    if not m["dir"]:
        return None
    if _AGO_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return None  # "cách nay gần hai tháng qua thư mời": ago, and "qua" is "through"
    direction = _COUNT_DIRECTIONS[" ".join(_lower(m["dir"]).split())]
    if direction == "more":
        return Found(m.start(), m.end(), "relative", relative=f"ago:{unit}:{n}", pattern="count")
    if direction in ("ago", "later"):
        if unit not in ("day", "week") or _next_word(text, m.end()) in ("đó", "khi", "nữa"):
            return None
        sign = -1 if direction == "ago" else 1
        return Found(m.start(), m.end(), "relative", relative=f"ago:{unit}:{sign * n}")
    if unit == "year" and _lower(m["dir"]) == "qua":
        return None
    return Found(
        m.start(), m.end(), "relative", relative=f"count:{unit}:{n}:{direction}", pattern="count"
    )


def _day_of_counted_month(m: re.Match[str], day: int, start: int) -> Found | None:
    """ "ngày 12 tháng vừa qua", "ngày 5 tháng tới": day 12 of the month before the reference's,
    quoted whole from the day word (realpages README, round 8 #6), ``mday:±1``."""
    offset = _MONTH_OF_DAY.get(_COUNT_DIRECTIONS[" ".join(_lower(m["dir"]).split())])
    if offset is None:
        return None  # "ngày 3 tháng nữa": in three days' and months' time, no calendar day
    parts = Parts(None, None, day)
    return Found(start, m.end(), "relative", parts, relative=f"mday:{offset}", pattern="mday")


#: Words before "cuối tuần" that make it any weekend, not one: "mỗi cuối tuần", "các ngày cuối
#: tuần".
_NOT_BEFORE_WEEKEND: Final = frozenset(("mỗi", "các", "những", "hàng", "ngày", "từng", "nhiều"))


def weekend(m: re.Match[str], text: str) -> Found | None:
    """ "cuối tuần (này/trước/tới)": Saturday and Sunday of that week, ``weekend:offset``."""
    if _previous_word(text, m.start()) in _NOT_BEFORE_WEEKEND:
        return None
    offset = PERIOD_WORDS[" ".join(_lower(m["rel"]).split())] if m["rel"] else 0
    return Found(m.start(), m.end(), "relative", relative=f"weekend:{offset}", pattern="weekend")


_YEAR_OFFSETS: Final[dict[str, int]] = {"nay": 0, "ngoái": -1, "trước": -1, "sau": 1, "tới": 1}


def year_part(m: re.Match[str], _text: str) -> Found | None:
    """ "6 tháng đầu năm 2025": a month span; ``first`` holds the months (year if written),
    ``part:offset`` the year relative to the reference when it is not written."""
    n_text = _lower(m["n"])
    n = int(n_text) if n_text.isdigit() else P.NUMBER_WORDS[n_text]
    if not 1 <= n <= 11:
        return None
    first, last = (1, n) if _lower(m["which"]) == "đầu" else (13 - n, 12)
    year = _int(m["y"])
    if year is not None:
        # "6 tháng đầu năm 2021": the count is no date (realpages README, round 9 #2), the
        # period that names its year is: "đầu năm 2021", valued as the year. ``last`` keeps
        # the months counted, so the page-year rules still read a period, not a lone year.
        last_part = Parts(year, last)
        return Found(m.start("which"), m.end(), "year", Parts(year), last_part, pattern="year_part")
    offset = _YEAR_OFFSETS[_lower(m["rel"])] if m["rel"] else 0
    return Found(
        m.start(),
        m.end(),
        "relative",
        Parts(None, first),
        Parts(None, last),
        relative=f"part:{offset}",
        pattern="year_part",
    )


def edge_month(m: re.Match[str], text: str) -> Found | None:
    """ "tháng cuối năm 2020": the year's last (or first) month; not after a count or a plural
    ("6 tháng cuối năm", "những tháng cuối năm 2020": several months, the year part's)."""
    previous = _previous_word(text, m.start())
    if previous in _QUANTITY or previous.isdigit():
        return None
    month = 1 if _lower(m["which"]) == "đầu" else 12
    return Found(m.start(), m.end(), "month", Parts(_int(m["y"]), month), pattern="edge_month")


def ordinal(m: re.Match[str], text: str) -> Found | None:
    """The first or last day or week of a month: ``ord:day|week:first|last``, with the month
    (and year, if written) in ``first``."""
    which = "first" if _lower(m["which"]).startswith("đầu") else "last"
    unit = "day" if _lower(m["unit"]) == "ngày" else "week"
    if not m["m"][0].isdigit() and _next_word(text, m.end("m")) in _NOT_AFTER_MONTH_WORD:
        return None
    parts = Parts(_int(m["y"]), _month(m["m"]))
    return Found(
        m.start(), m.end(), "relative", parts, relative=f"ord:{unit}:{which}", pattern="ordinal"
    )


def month_span(m: re.Match[str], text: str) -> Found | None:
    """A range of months, the year written once at the end ("từ tháng 3 đến tháng 5/2025"):
    a span of two months; the first takes the year before when it comes later in the year."""
    words = [m[g] for g in ("m1", "m2") if not m[g][0].isdigit()]
    if words and _next_word(text, m.end()) in _NOT_AFTER_MONTH_WORD:
        return None
    if not m["th"] and not m["tu"] and not m["m2"][0].isdigit():
        return None  # "tháng ba - bốn" without "từ" or a second "tháng": too loose
    m1, m2 = _month(m["m1"]), _month(m["m2"])
    y1, y2 = _int(m["y1"]), _int(m["y"])
    if y1 is not None and y2 is None:
        return None  # "tháng 11/2024 - tháng 2" is not written that way
    if y1 is None and y2 is not None:
        y1 = y2 if m1 <= m2 else y2 - 1
    if y1 is None and m1 >= m2:
        return None  # "tháng 12 - 3" without a year: too loose
    if y1 is not None and y2 is not None and (y1, m1) >= (y2, m2):
        return None
    return Found(m.start(), m.end(), "span", Parts(y1, m1), Parts(y2, m2), pattern="month_span")


#: A numbered item before a bare number ("Điều 13, 14/4" is no list of days).
_NUMBERED_BEFORE: Final = re.compile(
    r"(?:số|điều|khoản|mục|chương|phần|lần|thứ|tầng|phòng|quận|đường|trang|tập|câu)\s*$",
    re.IGNORECASE,
)


def _listed_bare(m: re.Match[str], text: str, day: int, last: int) -> bool:
    """A first listed day written without "ngày" is a day when a bracket or a comma opens the
    list ("(13 và 14/4)", ", 13 và 14/4"), or when the two days follow each other ("diễn ra
    13, 14/4"), after no numbered item ("Điều 13, 14/4")."""
    before = text[max(0, m.start() - 12) : m.start()].rstrip()
    if before.endswith(("(", ",", ";", ":")) or not before:
        return True
    return last == day + 1 and _NUMBERED_BEFORE.search(before) is None


def day_list(m: re.Match[str], text: str) -> Found | None:
    """The first day of "ngày 16 và 17/5/2025": the month and year the list writes once."""
    day, last = int(m["d"]), int(m["d2"])
    month = _month(m["m"] or m["mw"])
    year = _int(m["y"] or m["yw"])
    if day >= last or not valid_day(year, month, day):
        return None
    if not m["ngay"] and not _listed_bare(m, text, day, last):
        return None
    parts = Parts(year, month, day)
    pod = _pod(m["pod"])
    return Found(m.start(), m.end(), "date", parts, part_of_day=pod, pattern="day_list")


def time_written(m: re.Match[str], text: str) -> Found | None:
    """ "lúc 9 giờ sáng ngày 12 tháng 5": a datetime; the year rule is the bare day's."""
    day, month, year = int(m["d"]), _month(m["m"]), _int(m["y"])
    if not valid_day(year, month, day):
        return None
    if not m["m"][0].isdigit() and _next_word(text, m.end("m")) in _NOT_AFTER_MONTH_WORD:
        return None
    pod = _pod(m["pod"])
    minute = _int(m["mi"] or m["mi2"] or m["mi3"]) or 0
    parts = Parts(year, month, day, _hour(int(m["h"]), pod), minute)
    start = _clock_start(m)
    return Found(start, m.end(), "datetime", parts, part_of_day=pod, pattern="time_written")


def span_written(m: re.Match[str], text: str) -> Found | None:
    """ "Từ ngày 3 đến ngày 6 tháng 8 năm 2031": one span, its month written once in words
    (or each end with its own); "16 đến 18 tháng 5" needs "từ"/"ngày" or the year."""
    d1, d2, m2, y2 = int(m["d1"]), int(m["d2"]), _month(m["m2"]), _int(m["y2"])
    m1, y1 = (_month(m["m1"]), _int(m["y1"])) if m["m1"] else (None, None)
    prefixed = bool(m["tu"] or m["ngay"] or m["pod"])
    if not prefixed and y2 is None:
        return None
    if not m["m2"][0].isdigit() and _next_word(text, m.end("m2")) in _NOT_AFTER_MONTH_WORD:
        return None  # "từ ngày 2 đến 5 tháng hai lần"
    if m1 is None:
        if d1 >= d2:
            return None
        m1 = m2
    if y2 is None and y1 is not None:
        return None
    if y1 is None and y2 is not None:
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
    if not (valid_day(y1, m1, d1) and valid_day(y2, m2, d2)):
        return None
    if y1 is not None and y2 is not None and (y1, m1, d1) >= (y2, m2, d2):
        return None
    first, last = Parts(y1, m1, d1), Parts(y2, m2, d2)
    return Found(m.start(), m.end(), "span", first, last, _pod(m["pod"]), pattern="span_written")
