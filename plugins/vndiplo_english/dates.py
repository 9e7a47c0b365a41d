"""English dates: "on May 3", "May 3, 2024", "3 May 2024", "in October 2022", "on Tuesday".

Values follow the contract: a year the text does not write comes from the reference date (the
page's publication date, ``year_source`` "reference"); without one the value is ``--MM-DD``. A
weekday alone ("on Friday evening") is a day only against a reference date: the last such day
up to and including it (news reports what happened), the next one when the sentence speaks of
the future ("will", "is due to"); without a reference it gives no value at all, so it is left
out (the contract has no null value). Wire datelines ("Hanoi, May 3 (VNA) -") are month-day
dates like any other.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Final

from vndiplo.model import Document, TimeExpression
from vndiplo_english.alternation import alternation
from vndiplo_english.lexicon import MONTHS, PARTS_OF_DAY, WEEKDAYS

__all__ = ["dates_in", "find_dates"]


_MONTH: Final = f"(?P<mon>{alternation(MONTHS)})"
_WEEKDAY: Final = f"(?P<wd>{alternation(WEEKDAYS)})"
_POD: Final = f"(?: (?P<pod>{alternation(PARTS_OF_DAY)}))?"
_YEAR: Final = r"(?:,? (?P<year>\d{4})(?!\d))?"
_MONTH_DAY: Final = re.compile(
    rf"(?<![\w.]){_MONTH} ?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:]){_YEAR}{_POD}"
)
_DAY_MONTH: Final = re.compile(
    rf"(?<![\w.,/])(?P<day>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MONTH}(?!\w){_YEAR}"
)
_MONTH_YEAR: Final = re.compile(rf"(?<![\w.]){_MONTH} (?:of )?(?P<year>\d{{4}})(?!\d)")
# Spans of days, as the Vietnamese "từ ngày 5 - 7/10": "from October 5 to 7", "October 5-7",
# "from October 30 to November 2", "from 5 to 7 October", "5-7 October 2023". The second end
# may name its own month; a year written after the span is both ends'. "and" joins two days,
# no span ("on October 5 and 7").
_TO: Final = r"(?: ?[-–] ?| to | through | until | till )"
_ORD: Final = r"(?:st|nd|rd|th)?"
_SPAN_MONTH_DAY: Final = re.compile(
    rf"(?<![\w.])(?:from )?{_MONTH} ?(?P<day>\d{{1,2}}){_ORD}{_TO}"
    rf"(?:(?P<mon2>{alternation(MONTHS)}) ?)?(?P<day2>\d{{1,2}}){_ORD}(?![\d:]){_YEAR}"
)
_SPAN_DAY_MONTH: Final = re.compile(
    rf"(?<![\w.,/])(?:from )?(?P<day>\d{{1,2}}){_ORD}(?: (?:of )?(?P<mon1>{alternation(MONTHS)}))?"
    rf"{_TO}(?P<day2>\d{{1,2}}){_ORD} (?:of )?{_MONTH}(?!\w){_YEAR}"
)
_WEEKDAY_ALONE: Final = re.compile(rf"\b(?P<rel>last |next |this )?{_WEEKDAY}\b{_POD}")
#: A weekday written before a full date: "on Tuesday (June 4, 2024)", "Tuesday, June 4": one
#: date, the weekday part of its phrase (as the Vietnamese "thứ Ba, ngày 4/6" is).
_WEEKDAY_BEFORE: Final = re.compile(rf"(?<![\w.]){_WEEKDAY}{_POD}(?P<sep>\s*\(\s*|,\s*|\s+)$")
_FUTURE: Final = re.compile(r"\b(?:will|shall|is (?:due|set|scheduled|expected) to)\b")
_POD_BEFORE: Final = re.compile(rf"(?:in )?the (?P<pod>{alternation(PARTS_OF_DAY)}) of $")
#: A day told by the day written before it, as the Vietnamese "cùng ngày", "hôm sau" are: "The
#: same day", "that same evening", "later that day", "the following day", "the next morning",
#: "the previous day", "the day before" (closed by punctuation: "the day before the summit"
#: names its own day). The phrase runs from "the" / "that"; its day is the last full day
#: written before it on the page, moved by the offset its word gives.
_RELATIVE_DAY: Final = re.compile(
    rf"(?<![\w-])(?:(?:the|that) same|(?<=later )that|(?<=earlier )that"
    rf"|the (?P<next>following|next)|the (?P<prev>previous))"
    rf"[ ](?:day|(?P<pod>{alternation(PARTS_OF_DAY)}))(?![\w-])"
    r"|(?<![\w-])the day (?P<before>before)(?=[,.;)]| and| on)",
    re.IGNORECASE,
)


def _expression(
    text: str, start: int, end: int, value: str, kind: str, pod: str | None, source: str | None
) -> TimeExpression:
    return TimeExpression(
        text=text[start:end],
        start=start,
        end=end,
        value=value,
        kind=kind,
        part_of_day=PARTS_OF_DAY.get(pod) if pod else None,
        year_source=source,
    )


def _day_value(m: re.Match[str], reference: dt.date | None) -> tuple[str, str | None] | None:
    month, day = MONTHS[m.group("mon")], int(m.group("day"))
    year = int(m.group("year")) if m.group("year") else None
    source: str | None = "explicit" if year is not None else None
    if year is None and reference is not None:
        year, source = reference.year, "reference"
    try:
        dt.date(year if year is not None else 2000, month, day)  # 2000 allows 29 February
    except ValueError:
        return None
    if year is None:
        return f"--{month:02d}-{day:02d}", None
    return f"{year:04d}-{month:02d}-{day:02d}", source


def _span_value(
    m: re.Match[str], reference: dt.date | None
) -> tuple[str, str, None, str | None] | None:
    """The value, kind, part of day and year source of a span match; None when its ends are
    no days or the second is not after the first."""
    groups = m.groupdict()
    if "mon2" in groups:  # "October 5 to (November) 7"
        first_month = MONTHS[m["mon"]]
        second_month = MONTHS[m["mon2"]] if m["mon2"] else first_month
    else:  # "5 (October) to 7 November"
        second_month = MONTHS[m["mon"]]
        first_month = MONTHS[m["mon1"]] if m["mon1"] else second_month
    day1, day2 = int(m["day"]), int(m["day2"])
    year = int(m["year"]) if m["year"] else reference.year if reference is not None else None
    source = "explicit" if m["year"] else "reference" if year is not None else None
    wraps = (second_month, day2) <= (first_month, day1)
    if wraps and second_month >= first_month:
        return None  # "October 7-5", "October 5-5": no span
    try:
        start = dt.date(year if year is not None else 2000, first_month, day1)
        end = dt.date((year if year is not None else 2000) + wraps, second_month, day2)
    except ValueError:
        return None
    if year is None:
        return f"--{start:%m-%d}/--{end:%m-%d}", "span", None, None
    if m["year"] and wraps:  # "December 30 to January 2, 2025": the year is the end's
        start = start.replace(year=start.year - 1)
        end = end.replace(year=end.year - 1)
    return f"{start.isoformat()}/{end.isoformat()}", "span", None, source


def _weekday_value(block: str, m: re.Match[str], reference: dt.date) -> str:
    weekday = WEEKDAYS[m.group("wd")]
    ahead = (weekday - reference.weekday()) % 7
    rel = (m.group("rel") or "").strip()
    sentence = block[max(0, m.start() - 120) : m.end() + 60]
    if rel == "next" or (rel != "last" and _FUTURE.search(sentence)):
        day = reference + dt.timedelta(days=ahead or (7 if rel == "next" else 0))
    else:
        day = reference - dt.timedelta(days=(7 - ahead) % 7 or (7 if rel == "last" else 0))
    return day.isoformat()


def _with_weekday(block: str, start: int, end: int) -> tuple[int, int, str | None]:
    """The extent of a date at ``block[start:end]`` with the weekday written right before it
    ("Tuesday (June 4, 2024)", its bracket closed), so the weekday is not read again alone, and
    the part of day written after the weekday ("Friday evening (June 7)")."""
    weekday = _WEEKDAY_BEFORE.search(block, max(0, start - 32), start)
    if weekday is None:
        return start, end, None
    if "(" in weekday["sep"]:
        close = re.match(r"\s*\)", block[end:])
        if close is None:
            return start, end, None  # "Tuesday (June 4 and 5)": not one date
        end += close.end()
    return weekday.start(), end, weekday["pod"]


def dates_in(block: str, offset: int, reference: dt.date | None) -> Iterator[TimeExpression]:
    """The dates of one stretch of text (offsets shifted by ``offset``), in text order."""
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for pattern in (_SPAN_MONTH_DAY, _SPAN_DAY_MONTH):
        for m in pattern.finditer(block):
            span = _span_value(m, reference)
            if span is not None:
                taken.append((m.start(), m.end()))
                found.append(_expression(block, m.start(), m.end(), *span))
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        for m in pattern.finditer(block):
            if not free(m.start(), m.end()):
                continue
            value = _day_value(m, reference)
            if value is None:
                continue
            pod = m.groupdict().get("pod")
            before = _POD_BEFORE.search(block, max(0, m.start() - 24), m.start())
            pod = pod or (before.group("pod") if before else None)
            start, end, weekday_pod = _with_weekday(block, m.start(), m.end())
            pod = pod or weekday_pod
            if before is not None and start == m.start():
                # "(In the) morning of May 3": the part of day is the phrase's, as "Sáng 3/5"
                start = before.start("pod")
            taken.append((start, end))
            found.append(_expression(block, start, end, value[0], "date", pod, value[1]))
    for m in _MONTH_YEAR.finditer(block):
        if free(m.start(), m.end()) and not m.group("mon").endswith("."):
            month = f"{int(m.group('year')):04d}-{MONTHS[m.group('mon')]:02d}"
            taken.append((m.start(), m.end()))
            found.append(_expression(block, m.start(), m.end(), month, "month", None, "explicit"))
    if reference is not None:
        for m in _WEEKDAY_ALONE.finditer(block):
            start = m.start("wd")
            if free(start, m.end()):
                day = _weekday_value(block, m, reference)
                taken.append((start, m.end()))
                found.append(
                    _expression(block, start, m.end(), day, "date", m.group("pod"), "reference")
                )
    found.sort(key=lambda t: t.start)
    for t in found:
        yield TimeExpression(
            text=t.text,
            start=t.start + offset,
            end=t.end + offset,
            value=t.value,
            kind=t.kind,
            part_of_day=t.part_of_day,
            year_source=t.year_source,
        )


def find_dates(document: Document) -> list[TimeExpression]:
    """Every English date in the body blocks, with the days told by the day before them."""
    text = document.text
    out: list[TimeExpression] = []
    for block in document.body_blocks:
        own = list(dates_in(text[block.start : block.end], block.start, document.published))
        own += _relative_days(text, block.start, block.end, [*out, *own])
        out.extend(sorted(own, key=lambda t: t.start))
    return out


def _relative_days(
    text: str, start: int, end: int, found: list[TimeExpression]
) -> list[TimeExpression]:
    """The days of ``text[start:end]`` told by the last full day written before them (in
    ``found``), in text order; none before any full day."""
    relative: list[TimeExpression] = []
    for m in _RELATIVE_DAY.finditer(text, start, end):
        days = [
            d
            for d in (*found, *relative)
            if d.end <= m.start() and d.kind == "date" and len(d.value) == 10
        ]
        if not days:
            continue
        anchor = max(days, key=lambda d: d.start)
        shift = 1 if m.group("next") else -1 if m.group("prev") or m.group("before") else 0
        day = dt.date.fromisoformat(anchor.value) + dt.timedelta(days=shift)
        pod = m.group("pod")
        relative.append(
            _expression(text, m.start(), m.end(), day.isoformat(), "date", pod, anchor.year_source)
        )
    return relative
