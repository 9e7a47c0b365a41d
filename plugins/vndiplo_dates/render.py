"""Render dates back into the Vietnamese phrases the press writes.

The inverse of the parser, and public: tests state ``parse(render(x)) == x`` (see
:mod:`vndiplo.testing.dates`), and users generate realistic text with it. Each function takes a
``style`` naming one of the forms found in real articles:

==============  =============================================================
``render_date`` ``slash`` 18/2/2025, ``padded`` 18/02/2025, ``dash`` 18-2-2025,
                ``dot`` 18.2.2025, ``written`` 18 tháng 2 năm 2025,
                ``mong`` mồng 2 tháng 9, ``short_year`` 4/5/19
``render_time`` ``colon`` 17:02, ``h`` 9h30, ``gio`` 13 giờ 30 phút
``render_month``  ``slash`` tháng 02/2025, ``written`` tháng 10 năm 2022, ``word`` tháng Giêng,
                ``words`` tháng Mười Hai năm 2019
``render_year`` ``nam`` năm 2025, ``xuan`` Xuân 2025, ``tet`` Tết 2025
``render_span`` ``dash`` 30/10 - 01/11/2022, ``compact`` 8-10/9/2025,
                ``range`` từ ngày 16 đến 18/11/2025, ``full`` 18/1/1950-18/1/2026
==============  =============================================================

:func:`render` dispatches on a contract value (``"2025-02-18"``, ``"--02-18"``, ``"2025-02"``,
``"2025"``, ``"2025-02-18T13:30"``, ``"A/B"``).
"""

from __future__ import annotations

import datetime as dt
from typing import Final, Literal

__all__ = [
    "POD_WORDS",
    "render",
    "render_date",
    "render_datetime",
    "render_month",
    "render_relative",
    "render_span",
    "render_time",
    "render_year",
]
# the word families (weekdays, counted periods, quarters, ordinal parts, lists) live in
# vndiplo_dates.render_words, and are re-exported here

DateStyle = Literal["slash", "padded", "dash", "dot", "written", "mong", "short_year"]
TimeStyle = Literal["colon", "h", "gio"]
MonthStyle = Literal["slash", "written", "word", "words"]
YearStyle = Literal["nam", "xuan", "tet"]
SpanStyle = Literal["dash", "compact", "range", "full"]

#: The usual word for each part of day.
POD_WORDS: Final[dict[str, str]] = {
    "morning": "sáng",
    "noon": "trưa",
    "afternoon": "chiều",
    "evening": "tối",
    "night": "đêm",
}
_WEEKDAY_WORDS: Final = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
_MONTH_WORDS: Final = {1: "Giêng", 12: "Chạp"}
#: Months as number words, as news writes them: "tháng Năm", "tháng Mười Hai".
MONTH_NUMBER_WORDS: Final = {
    1: "Một",
    2: "Hai",
    3: "Ba",
    4: "Tư",
    5: "Năm",
    6: "Sáu",
    7: "Bảy",
    8: "Tám",
    9: "Chín",
    10: "Mười",
    11: "Mười Một",
    12: "Mười Hai",
}
_SEPARATORS: Final = {"slash": "/", "padded": "/", "dash": "-", "dot": "."}
_RELATIVE: Final = {0: "nay", -1: "qua", 1: "mai"}
_RELATIVE_DAY: Final = {0: "hôm nay", -1: "hôm qua", 1: "ngày mai", -2: "hôm kia"}


def _cap(text: str, capitalize: bool) -> str:
    return text[:1].upper() + text[1:] if capitalize else text


def _lead(part_of_day: str | None, prefix: str) -> str:
    words = [POD_WORDS[part_of_day]] if part_of_day else []
    if prefix:
        words.append(prefix)
    return " ".join(words) + " " if words else ""


def render_date(
    date: dt.date | tuple[int, int],
    *,
    style: DateStyle = "slash",
    year: bool = True,
    prefix: str = "",
    part_of_day: str | None = None,
    weekday: bool = False,
    capitalize: bool = False,
) -> str:
    """A day: "Chiều 18/2", "ngày 16/09/2025", "Sáng ngày 11.9.2025", "thứ Sáu, 16/5/2025".

    ``date`` is a date, or ``(month, day)`` for a year-less one. ``prefix`` is "", "ngày" or
    "hôm". A year-less ``dash`` or ``dot`` date needs a ``prefix`` or ``part_of_day`` to be read
    as a date at all (bare "13-1" is a score), which the parser enforces too.
    """
    if isinstance(date, dt.date):
        month, day, the_year = date.month, date.day, date.year if year else None
    else:
        (month, day), the_year = date, None
    if style in ("written", "mong"):
        lead_day = f"mồng {day}" if style == "mong" else str(day)
        core = f"{lead_day} tháng {month}" + (f" năm {the_year}" if the_year is not None else "")
    elif style == "short_year":
        core = f"{day}/{month}" + (f"/{the_year % 100:02d}" if the_year is not None else "")
    else:
        sep = _SEPARATORS[style]
        pad = "02d" if style == "padded" else "d"
        core = f"{day:{pad}}{sep}{month:{pad}}" + (
            f"{sep}{the_year}" if the_year is not None else ""
        )
    lead = _lead(part_of_day, "")
    if weekday and isinstance(date, dt.date):
        lead += f"{_WEEKDAY_WORDS[date.weekday()]}, "
    if prefix:
        lead += f"{prefix} "
    return _cap(lead + core, capitalize)


def render_time(hour: int, minute: int, *, style: TimeStyle = "colon") -> str:
    """A clock time: "17:02", "9h30", "14h", "13 giờ 30 phút", "9 giờ"."""
    if style == "colon":
        return f"{hour:02d}:{minute:02d}"
    if style == "h":
        return f"{hour}h{minute:02d}" if minute else f"{hour}h"
    return f"{hour} giờ {minute} phút" if minute else f"{hour} giờ"


def render_datetime(
    value: dt.datetime,
    *,
    time_first: bool = True,
    time_style: TimeStyle = "gio",
    date_style: DateStyle = "slash",
    year: bool = True,
    capitalize: bool = False,
) -> str:
    """A moment: "13 giờ 30 phút ngày 16/11", "lúc 9h30 ngày 5/3/2024", "16/09/2025 17:02"."""
    time = render_time(value.hour, value.minute, style=time_style)
    if time_first:
        date = render_date(value.date(), style=date_style, year=year, prefix="ngày")
        return _cap(f"{time} {date}", capitalize)
    date = render_date(value.date(), style=date_style, year=year)
    return _cap(f"{date} {time}", capitalize)


def render_month(
    month: int,
    year: int | None = None,
    *,
    style: MonthStyle = "slash",
    qualifier: str = "",
    padded: bool = False,
) -> str:
    """A month: "tháng 02/2025", "tháng 10 năm 2022", "đầu tháng 3", "tháng Giêng"."""
    lead = f"{qualifier} " if qualifier else ""
    if style == "word" and month in _MONTH_WORDS:
        name = _MONTH_WORDS[month]
    elif style == "words":
        name = MONTH_NUMBER_WORDS[month]
    else:
        name = f"{month:02d}" if padded else str(month)
    if year is None:
        return f"{lead}tháng {name}"
    if style in ("written", "word", "words"):
        return f"{lead}tháng {name} năm {year}"
    return f"{lead}tháng {name}/{year}"


def render_year(
    year: int, *, style: YearStyle = "nam", qualifier: str = "", capitalize: bool = False
) -> str:
    """A year: "năm 2025", "cuối năm 2024", "đầu Xuân 2025", "Tết 2025"."""
    word = {"nam": "năm", "xuan": "Xuân", "tet": "Tết"}[style]
    lead = f"{qualifier} " if qualifier else ""
    return _cap(f"{lead}{word} {year}", capitalize)


def render_span(
    start: dt.date,
    end: dt.date,
    *,
    style: SpanStyle = "dash",
    dash: str = "-",
    year: bool = True,
    padded: bool = False,
    prefix: str = "",
) -> str:
    """A span: "30/10 - 01/11/2022", "ngày 8-10/9/2025", "từ ngày 16 đến 18/11/2025",
    "18/1/1950-18/1/2026".

    ``compact`` needs both days in one month, and every style but ``full`` leaves the start's
    year to the end's, so the start must fall within the year before the end.
    """
    ds: DateStyle = "padded" if padded else "slash"
    last = render_date(end, style=ds, year=year)
    lead = f"{prefix} " if prefix else ""
    if style == "full":
        return f"{lead}{render_date(start, style=ds, year=year)}{dash}{last}"
    if style == "compact" and (start.year, start.month) == (end.year, end.month):
        day = f"{start.day:02d}" if padded else str(start.day)
        return f"{lead}{day}{dash}{last}"
    if style == "range":
        if (start.year, start.month) == (end.year, end.month):
            return f"từ ngày {start.day} đến {last}"
        return f"từ ngày {render_date(start, style=ds, year=False)} đến ngày {last}"
    gap = f" {dash} " if dash == "-" else dash
    return f"{lead}{render_date(start, style=ds, year=False)}{gap}{last}"


def render_relative(
    offset: int, part_of_day: str | None = None, *, capitalize: bool = False
) -> str:
    """A day relative to the reference: "hôm qua", "sáng nay", "chiều qua", "ngày mai"."""
    if part_of_day and offset in _RELATIVE:
        return _cap(f"{POD_WORDS[part_of_day]} {_RELATIVE[offset]}", capitalize)
    return _cap(_RELATIVE_DAY[offset], capitalize)


def _parse_point(value: str) -> tuple[int | None, int | None, int | None, int | None, int | None]:
    date, _, time = value.partition("T")
    if date.startswith("--"):
        year, rest = None, date[2:]
    else:
        year_text, _, rest = date.partition("-")
        year = int(year_text)
    pieces = [int(p) for p in rest.split("-") if p]
    month = pieces[0] if pieces else None
    day = pieces[1] if len(pieces) > 1 else None
    hour, minute = (int(p) for p in time.split(":")) if time else (None, None)
    return year, month, day, hour, minute


def render(
    value: str, kind: str, part_of_day: str | None = None, *, capitalize: bool = False
) -> str:
    """The usual phrase for a contract value and kind (default styles)."""
    if kind == "span":
        first, _, second = value.partition("/")
        a, b = _parse_point(first), _parse_point(second)
        if a[1] is None or b[1] is None:
            return _cap(f"{a[0]}-{b[0]}", capitalize)
        if a[0] is None or b[0] is None:
            return _cap(f"{a[2]}/{a[1]} - {b[2]}/{b[1]}", capitalize)
        start = dt.date(a[0], a[1], a[2] or 1)
        end = dt.date(b[0], b[1], b[2] or 1)
        return _cap(
            render_span(start, end, style="dash" if a[0] >= b[0] - 1 else "full"), capitalize
        )
    year, month, day, hour, minute = _parse_point(value)
    if kind == "year" or month is None:
        return render_year(year or 0, capitalize=capitalize)
    if kind == "month" or day is None:
        return _cap(render_month(month, year), capitalize)
    the_date: dt.date | tuple[int, int] = (
        (month, day) if year is None else dt.date(year, month, day)
    )
    if kind == "datetime" and hour is not None and isinstance(the_date, dt.date):
        moment = dt.datetime.combine(the_date, dt.time(hour, minute or 0))
        return render_datetime(moment, capitalize=capitalize)
    if kind == "datetime" and hour is not None:
        time = render_time(hour, minute or 0, style="gio")
        return _cap(f"{time} {render_date(the_date, prefix='ngày')}", capitalize)
    return render_date(
        the_date,
        part_of_day=part_of_day,
        prefix="" if part_of_day else "ngày",
        capitalize=capitalize,
    )
