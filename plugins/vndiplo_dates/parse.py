"""Turn pattern matches into raw, unresolved temporal expressions (:class:`Found`).

A match says *what was written* (day 18, month 2, no year, afternoon); it does not yet say what
date that is. Resolving years and relative days needs the document (its reference date and the
dates before it) and lives in :mod:`vndiplo_dates.normalise`. Keeping the two apart lets the
reference-date inference (:mod:`vndiplo_dates.reference`) reuse the same scan.

The scan is one pass per pattern over the normalised text, then a longest-match-wins sweep so
"Sáng ngày 11/9/2025" is one expression, not "Sáng ngày 11/9/2025" and "11/9".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Final

from attrs import frozen

from vndiplo_dates import patterns as P

__all__ = ["Found", "Parts", "scan"]

#: The weekday a "thứ ..." word names (Monday is 0, as in :meth:`datetime.date.weekday`).
WEEKDAYS: Final[dict[str, int]] = {
    "hai": 0,
    "2": 0,
    "ba": 1,
    "3": 1,
    "tư": 2,
    "4": 2,
    "năm": 3,
    "5": 3,
    "sáu": 4,
    "6": 4,
    "bảy": 5,
    "7": 5,
    "chủ nhật": 6,
}
#: Relative day words and their offset in days from the anchor; ``same``-style words anchor on
#: the previous date in the text, the others on the reference date.
DEICTIC: Final[dict[str, int]] = {"nay": 0, "qua": -1, "mai": 1, "kia": -2}
ANAPHORIC: Final[dict[str, int]] = {"cùng ngày": 0, "sau": 1, "trước": -1}


def _words(text: str) -> list[str]:
    return text.split()


# Words that, right before a bare "1/3" or "3/2025", make it a fraction, an address or a
# document number rather than a date.
_NOT_BEFORE_BARE: Final = frozenset(
    _words(
        "số khoảng hơn gần chiếm bằng đạt còn mất ngõ ngách hẻm kiệt phòng nhà lô tỷ tỉ lệ "
        "định thông tư thị luật luận văn quyết nghị chỉ quy điều khoản mục bảng tháng"
    )
)
# Quantity words that turn "tháng trước" / "tuần sau" into a duration ("hai tháng trước").
_QUANTITY: Final = frozenset(
    _words("một hai ba bốn năm sáu bảy tám chín mười mươi vài mấy nhiều các những mỗi")
)
_PREVIOUS_WORD = re.compile(r"(\w+)\W{0,3}$")


@frozen
class Parts:
    """What was written for one point in time; ``None`` where the text says nothing."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None


@frozen
class Found:
    """One expression as written, with offsets into the normalised text.

    ``kind`` is the contract's kind, or ``"relative"`` for a day, week, month or year named
    relative to another date; then ``relative`` says how (``"day:-1"`` for "hôm qua",
    ``"same:0"`` for "cùng ngày", ``"week:-1"``, ``"month:0"``, ``"year:1"``).
    ``hint`` is a relative word that accompanies an explicit date ("hôm qua (30/3)"), used by the
    reference-date inference to fix the publication day.
    """

    start: int
    end: int
    kind: str
    first: Parts = Parts()
    last: Parts | None = None
    part_of_day: str | None = None
    relative: str | None = None
    hint: int | None = None
    pattern: str = ""

    @property
    def length(self) -> int:
        return self.end - self.start


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _month(value: str) -> int:
    return P.MONTH_NAMES.get(value.lower()) or int(value)


def _pod(value: str | None) -> str | None:
    if not value:
        return None
    return P.PARTS_OF_DAY[" ".join(value.lower().split())]


def valid_day(year: int | None, month: int, day: int) -> bool:
    """Whether the day exists; a year-less 29/2 is allowed (some year has it)."""
    try:
        dt.date(year if year is not None else 2000, month, day)
    except ValueError:
        return False
    return True


def _previous_word(text: str, start: int) -> str:
    match = _PREVIOUS_WORD.search(text, max(0, start - 24), start)
    return match.group(1).lower() if match else ""


def _bare_ok(text: str, start: int, day: int | None, month: int, *, timed: bool = False) -> bool:
    """A date written with no "ngày", part of day or weekday must not look like a quantity."""
    if day == 24 and month == 7 and not timed:  # "24/7": round the clock, more than 24 July
        return False
    return _previous_word(text, start) not in _NOT_BEFORE_BARE


def _hour(hour: int, pod: str | None) -> int:
    """Read "8 giờ tối" as 20:00 and "2 giờ đêm" as 02:00, as a Vietnamese reader does."""
    if (pod in ("afternoon", "evening") and hour < 12) or (pod == "night" and 6 <= hour < 12):
        return hour + 12
    return hour


def _date_match(m: re.Match[str], text: str) -> Found | None:
    day, month, year = int(m["d"]), int(m["m"]), _int(m["y"])
    if not valid_day(year, month, day):
        return None
    prefixed = bool(m["pod"] or m["wd"] or m["ngay"])
    timed = "h" in m.re.groupindex and bool(m["h"])
    bare_ok = m["s"] == "/" and _bare_ok(text, m.start(), day, month, timed=timed)
    if year is None and not prefixed and not bare_ok:
        return None
    parts = Parts(year, month, day)
    if timed:
        pod = _pod(m["pod"])
        minute = _int(m["mi"]) or 0
        time = Parts(year, month, day, _hour(int(m["h"]), pod), minute)
        return Found(m.start(), m.end(), "datetime", time, part_of_day=pod, pattern="date_time")
    return Found(m.start(), m.end(), "date", parts, part_of_day=_pod(m["pod"]), pattern="date")


def _time_date(m: re.Match[str], _text: str) -> Found | None:
    day, month, year = int(m["d"]), int(m["m"]), _int(m["y"])
    if not valid_day(year, month, day):
        return None
    pod = _pod(m["pod"])
    minute = _int(m["mi"] or m["mi2"] or m["mi3"]) or 0
    parts = Parts(year, month, day, _hour(int(m["h"]), pod), minute)
    return Found(m.start(), m.end(), "datetime", parts, part_of_day=pod, pattern="time_date")


def _iso(m: re.Match[str], _text: str) -> Found | None:
    year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
    if not valid_day(year, month, day):
        return None
    if m["h"]:
        parts = Parts(year, month, day, int(m["h"]), int(m["mi"]))
        return Found(m.start(), m.end(), "datetime", parts, pattern="iso")
    return Found(m.start(), m.end(), "date", Parts(year, month, day), pattern="iso")


def _written(m: re.Match[str], _text: str) -> Found | None:
    day, month = int(m["d"]), _month(m["m"])
    year = _int(m["y"] or m["y2"])
    if not valid_day(year, month, day):
        return None
    if year is None and not (m["pod"] or m["wd"] or m["ngay"]):
        return None
    parts = Parts(year, month, day)
    return Found(m.start(), m.end(), "date", parts, part_of_day=_pod(m["pod"]), pattern="written")


def _span(m: re.Match[str], text: str) -> Found | None:
    d1, m1, y1 = int(m["d1"]), _int(m["m1"]), _int(m["y1"])
    d2, m2, y2 = int(m["d2"]), int(m["m2"]), _int(m["y2"])
    prefixed = bool(m["tu"] or m["ngay"] or m["pod"])
    words = bool(m["dash"].strip(" -–—"))  # "đến"/"tới" rather than a dash
    if m1 is None:
        # "8-10/9": two days of one month; "16 đến 18/11" needs "từ"/"ngày" to be a range.
        if d1 >= d2 or (words and not prefixed):
            return None
        m1 = m2
    if y2 is None and y1 is not None:
        return None
    if y2 is None and not prefixed and ("/" not in (m["s1"] or "/") or m["s2"] != "/"):
        return None
    if y2 is None and not prefixed and not _bare_ok(text, m.start(), d1, m1):
        return None
    if y1 is None and y2 is not None:
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
    if not (valid_day(y1, m1, d1) and valid_day(y2, m2, d2)):
        return None
    if y1 is not None and y2 is not None and dt.date(y1, m1, d1) >= dt.date(y2, m2, d2):
        return None
    first, last = Parts(y1, m1, d1), Parts(y2, m2, d2)
    return Found(m.start(), m.end(), "span", first, last, _pod(m["pod"]), pattern="span")


def _year_span(m: re.Match[str], _text: str) -> Found | None:
    y1, y2 = int(m["y1"]), int(m["y2"])
    if not 0 < y2 - y1 <= 200:
        return None
    return Found(m.start(), m.end(), "span", Parts(y1), Parts(y2), pattern="year_span")


def _month_word(m: re.Match[str], text: str) -> Found | None:
    if text[max(0, m.start() - 12) : m.start()].lower().endswith("cách mạng "):
        return None  # "Cách mạng tháng 8" names a revolution, not a month
    month = _month(m["m"])
    if m["rel"]:
        offset = {"nay": 0, "ngoái": -1, "tới": 1}[m["rel"].lower()]
        return Found(m.start(), m.end(), "relative", Parts(None, month), relative=f"year:{offset}")
    return Found(m.start(), m.end(), "month", Parts(_int(m["y"]), month), pattern="month")


def _month_numeric(m: re.Match[str], text: str) -> Found | None:
    if _previous_word(text, m.start()) in _NOT_BEFORE_BARE:
        return None
    parts = Parts(int(m["y"]), int(m["m"]))
    return Found(m.start(), m.end(), "month", parts, pattern="month_numeric")


def _year(m: re.Match[str], _text: str) -> Found | None:
    if m["rel"]:
        offset = {"nay": 0, "ngoái": -1, "tới": 1}[m["rel"].lower()]
        return Found(m.start(), m.end(), "relative", relative=f"year:{offset}", pattern="year")
    return Found(m.start(), m.end(), "year", Parts(int(m["y"])), pattern="year")


def _themed_year(m: re.Match[str], _text: str) -> Found | None:
    return Found(m.start(), m.end(), "year", Parts(int(m["y"])), pattern="themed_year")


def _relative_code(word: str) -> str:
    word = " ".join(word.lower().split())
    if word == "cùng ngày":
        return "same:0"
    last = word.rsplit(" ", 1)[-1]
    if word.startswith(("hôm sau", "ngày hôm sau", "hôm trước", "ngày hôm trước")):
        return f"same:{ANAPHORIC[last]}"
    return f"day:{DEICTIC[last]}"


def _relative(m: re.Match[str], _text: str) -> Found | None:
    code = _relative_code(m["r1"] or m["r2"])
    return Found(
        m.start(), m.end(), "relative", part_of_day=_pod(m["pod"]), relative=code, pattern="rel"
    )


def _paren(m: re.Match[str], _text: str) -> Found | None:
    day, month, year = int(m["d"]), int(m["m"]), _int(m["y"])
    if not valid_day(year, month, day):
        return None
    hint = None
    if m["rel"]:
        code = _relative_code(m["rel"])
        hint = int(code.split(":")[1]) if code.startswith("day:") else None
    parts = Parts(year, month, day)
    return Found(
        m.start(), m.end(), "date", parts, part_of_day=_pod(m["pod"]), hint=hint, pattern="paren"
    )


def _relative_period(m: re.Match[str], text: str) -> Found | None:
    previous = _previous_word(text, m.start())
    if previous in _QUANTITY or previous.isdigit():
        return None
    offset = {"trước": -1, "này": 0, "tới": 1, "sau": 1}[m["rel"].lower()]
    unit = "week" if m["unit"].lower() == "tuần" else "month"
    return Found(m.start(), m.end(), "relative", relative=f"{unit}:{offset}", pattern="period")


Handler = Callable[[re.Match[str], str], "Found | None"]

#: Every pattern, the function that reads its match, the anchors it needs in a window
#: (``digit`` patterns hold a digit, ``word`` patterns a relative keyword, and the themed year,
#: "Năm ... 2025", case-sensitive, reaches far back from its year), and strings one of which
#: any match contains: a window without them is skipped at the cost of a substring test.
RULES: Final[tuple[tuple[re.Pattern[str], Handler, str, tuple[str, ...]], ...]] = (
    (P.ISO, _iso, "digit", ("-",)),
    (P.DATE_TIME, _date_match, "digit", (":", "h")),
    (P.TIME_DATE, _time_date, "digit", ("giờ", ":", "h")),
    (P.SPAN, _span, "digit", ("-", "–", "—", "đến", "tới")),
    (P.YEAR_SPAN, _year_span, "digit", ("-", "–", "—", "đến", "tới")),
    (P.PAREN, _paren, "digit", ("(",)),
    (P.DATE, _date_match, "digit", ("/", "-", ".")),
    (P.WRITTEN, _written, "digit", ("tháng",)),
    (P.MONTH, _month_word, "word", ("tháng",)),
    (P.MONTH_NUMERIC, _month_numeric, "digit", ("/",)),
    (P.THEMED_YEAR, _themed_year, "themed", ("Năm",)),
    (P.YEAR, _year, "digit", ("năm", "xuân", "tết")),
    (P.YEAR, _year, "word", ("năm",)),
    (P.RELATIVE, _relative, "word", ()),
    (P.RELATIVE_PERIOD, _relative_period, "word", ("tuần", "tháng")),
)
# The same patterns, case-sensitive, for the lower-cased text: about twice as fast.
_LOWER: Final = {
    rule[0]: re.compile(rule[0].pattern, rule[0].flags & ~re.IGNORECASE) for rule in RULES
}
_DIGITS = re.compile(r"\d+")
_YEARS = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
#: Every word-pattern match holds one of these (the round-trip tests would fail otherwise), so
#: windows around them see every match; "năm 2025", "Xuân 2025" come in through the digits.
_KEYWORDS: Final = ("hôm", "mai", "nay", "qua", "cùng", "tuần", "tháng", "ngoái", "tới")
#: How far a match reaches before its first anchor ("rạng sáng ngày hôm qua (thứ bảy, ngày "
#: is 33 characters) and after its last one (a time zone after the last digits).
_BEFORE, _AFTER, _THEMED_BEFORE = 40, 24, 100


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _windows(low: str, text: str) -> dict[str, list[tuple[int, int]]]:
    """Stretches of text worth matching: most of an article holds no date, and the regexes
    cost about the same per character whether they match or not, so this is the speed-up."""
    n = len(low)
    digits = [
        (max(0, m.start() - _BEFORE), min(n, m.end() + _AFTER)) for m in _DIGITS.finditer(low)
    ]
    words: list[tuple[int, int]] = []
    for keyword in _KEYWORDS:
        at = low.find(keyword)
        while at >= 0:
            words.append((max(0, at - _BEFORE), min(n, at + len(keyword) + _AFTER)))
            at = low.find(keyword, at + 1)
    themed: list[tuple[int, int]] = []
    if "Năm " in text:
        themed = [(max(0, m.start() - _THEMED_BEFORE), m.end()) for m in _YEARS.finditer(low)]
    return {"digit": _merge(digits), "word": _merge(words), "themed": _merge(themed)}


def _candidates(text: str) -> Iterator[Found]:
    low = text.lower()
    lowered = len(low) == len(text)  # lower() may lengthen a few rare letters (İ)
    windows = _windows(low if lowered else text, text)
    for family, spans in windows.items():
        cased = family == "themed" or not lowered
        subject = text if cased else low
        rules = [rule for rule in RULES if rule[2] == family]
        for start, end in spans:
            segment = subject[start:end] if cased else low[start:end]
            for pattern, handler, _, needs in rules:
                if needs and not any(need in segment for need in needs):
                    continue
                compiled = pattern if cased else _LOWER[pattern]
                for match in compiled.finditer(subject, start, end):
                    found = handler(match, subject)
                    if found is not None:
                        yield found


@lru_cache(maxsize=256)
def scan(text: str) -> tuple[Found, ...]:
    """Every temporal expression in ``text`` (normalised), in order, none overlapping.

    Where two candidates overlap, the longer wins ("Sáng ngày 11/9/2025" over "11/9/2025"), then
    the earlier rule in :data:`RULES`. Cached: the reference-date and find-dates hooks scan the
    same body.
    """
    ranked = sorted(
        enumerate(_candidates(text)), key=lambda item: (-item[1].length, item[1].start, item[0])
    )
    taken = bytearray(len(text) + 1)
    kept: list[Found] = []
    for _, found in ranked:
        if found.length == 0 or any(taken[found.start : found.end]):
            continue
        taken[found.start : found.end] = b"\x01" * found.length
        kept.append(found)
    kept.sort(key=lambda f: f.start)
    return tuple(kept)
