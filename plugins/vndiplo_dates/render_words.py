"""Render the word families back into the phrases the press writes: weekdays, relative
periods, counted periods, quarters, ordinal parts of a month, month ranges and day lists.

The inverse of :mod:`vndiplo_dates.words`, as :mod:`vndiplo_dates.render` is of the digit
families; the property tests state ``parse(render(x)) == x`` for each.
"""

from __future__ import annotations

from typing import Final, Literal

__all__ = [
    "WEEKDAY_NAMES",
    "render_counted",
    "render_day_list",
    "render_month_span",
    "render_ordinal",
    "render_period",
    "render_quarter",
    "render_weekday",
    "render_weekend",
    "render_year_part",
]

#: Weekday words, Monday first: "thứ Hai" ... "Chủ nhật"; ``digits`` writes "thứ 2" ... "thứ 7".
WEEKDAY_NAMES: Final = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
_WEEK_WORDS: Final = {-1: "tuần trước", 0: "tuần này", 1: "tuần tới"}
_NUMBER_WORDS: Final = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")
_UNITS: Final = {"day": "ngày", "week": "tuần", "month": "tháng", "year": "năm", "quarter": "quý"}
_ROMAN: Final = ("I", "II", "III", "IV")
_POD: Final = {
    "morning": "sáng",
    "noon": "trưa",
    "afternoon": "chiều",
    "evening": "tối",
    "night": "đêm",
}

Direction = Literal["next", "last"]


def render_weekday(
    weekday: int,
    *,
    week: int | None = None,
    direction: Direction | None = None,
    digits: bool = False,
    of: bool = False,
    part_of_day: str | None = None,
) -> str:
    """ "thứ Năm tuần tới", "thứ 3 của tuần này", "Chủ nhật tới", "thứ Hai vừa rồi", "sáng thứ
    Bảy". ``week`` -1/0/1 names the week; ``direction`` says the coming or the last one."""
    name = WEEKDAY_NAMES[weekday]
    if digits and weekday < 6:
        name = f"thứ {weekday + 2}"
    lead = f"{_POD[part_of_day]} " if part_of_day else ""
    if week is not None:
        return f"{lead}{name} {'của ' if of else ''}{_WEEK_WORDS[week]}"
    if direction is not None:
        return f"{lead}{name} {'tới' if direction == 'next' else 'vừa rồi'}"
    return lead + name


def render_period(unit: str, offset: int) -> str:
    """ "tuần trước", "tháng này", "quý tới", "năm sau", "năm kế tiếp"."""
    word = {-1: "trước", 0: "này", 1: "tới"}[offset]
    if unit == "year":
        word = {-1: "trước", 0: "nay", 1: "sau"}[offset]
    return f"{_UNITS[unit]} {word}"


def render_counted(n: int, unit: str, direction: str, *, words: bool = False) -> str:
    """ "5 ngày qua", "hai tháng tiếp theo", "3 năm vừa qua", "7 ngày tới", "3 tuần sau",
    "hai tháng nữa", "cách đây 5 năm".

    ``direction`` is ``past`` ("qua", "vừa qua" for years), ``future`` ("tới"), ``next``
    ("tiếp theo"), ``ago`` ("trước"), ``later`` ("sau"), ``more`` ("3 ngày nữa") or ``since``
    ("cách đây 5 năm").
    """
    count = _NUMBER_WORDS[n - 1] if words and n <= 10 else str(n)
    if direction == "since":
        return f"cách đây {count} {_UNITS[unit]}"
    word = {
        "past": "vừa qua" if unit == "year" else "qua",
        "future": "tới",
        "next": "tiếp theo",
        "ago": "trước",
        "later": "sau",
        "more": "nữa",
    }[direction]
    return f"{count} {_UNITS[unit]} {word}"


def render_quarter(
    quarter: int, year: int | None = None, *, roman: bool = True, of: bool = False
) -> str:
    """ "quý II", "quý III/2025", "quý 1 của năm 2026"."""
    name = f"quý {_ROMAN[quarter - 1] if roman else quarter}"
    if year is None:
        return name
    return f"{name} của năm {year}" if of else f"{name}/{year}"


def render_ordinal(month: int, year: int | None = None, *, unit: str, which: str) -> str:
    """ "ngày cuối cùng của tháng 6", "tuần đầu tiên của tháng 10 năm 2025"."""
    head = f"{_UNITS[unit]} {'đầu tiên' if which == 'first' else 'cuối cùng'} của tháng {month}"
    return head + (f" năm {year}" if year is not None else "")


def render_month_span(first: int, last: int, year: int | None = None) -> str:
    """ "từ tháng 3 đến tháng 5/2025", the year written once."""
    return f"từ tháng {first} đến tháng {last}" + (f"/{year}" if year is not None else "")


def render_day_list(first: int, second: int, month: int, year: int | None = None) -> str:
    """ "ngày 16 và 17/5/2025": the month and year written once, after the last day."""
    return f"ngày {first} và {second}/{month}" + (f"/{year}" if year is not None else "")


def render_weekend(offset: int = 0, *, bare: bool = False) -> str:
    """ "cuối tuần này" (0, or "cuối tuần" with ``bare``), "cuối tuần trước", "cuối tuần tới"."""
    if bare and offset == 0:
        return "cuối tuần"
    return "cuối tuần " + {-1: "trước", 0: "này", 1: "tới"}[offset]


def render_year_part(n: int, which: str, year: int | None = None, *, words: bool = False) -> str:
    """ "6 tháng đầu năm 2025", "chín tháng đầu năm", "3 tháng cuối năm"."""
    count = _NUMBER_WORDS[n - 1] if words and n <= 10 else str(n)
    tail = f" {year}" if year is not None else ""
    return f"{count} tháng {'đầu' if which == 'first' else 'cuối'} năm{tail}"
