"""French dates: "le 10 juin", "10 juin 2024", "lundi matin 28 juin", "du 10 au 12 juin".

Values follow the contract as the English dates do: a year the text does not write comes from
the page's publication date (``year_source`` "reference"), else the value is ``--MM-DD``. A
weekday and a part of day written before the day ("lundi matin 28 juin", "mardi 4 juin dans
l'après-midi") belong to its phrase. "du 10 au 12 juin" is a span ``A/B``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Final

from vndiplo_english.alternation import alternation

from vndiplo.model import Document, TimeExpression
from vndiplo_french.lexicon import MONTHS, PARTS_OF_DAY, WEEKDAYS

__all__ = ["dates_in", "find_dates"]

_MONTH: Final = f"(?P<mon>{alternation(MONTHS)})"
_DAY: Final = r"(?P<day>\d{1,2})(?:er|e)?"
_WEEKDAY: Final = f"(?:(?P<wd>{alternation(WEEKDAYS)}) )?"
_POD_WORDS: Final = alternation(PARTS_OF_DAY)
_POD: Final = rf"(?:(?P<pod>{_POD_WORDS}) )?"
_YEAR: Final = r"(?: (?P<year>\d{4})(?!\d))?"
_DATE: Final = re.compile(
    rf"(?<![\w.,/]){_WEEKDAY}{_POD}{_DAY} {_MONTH}(?![\w'’]){_YEAR}", re.IGNORECASE
)
_SPAN: Final = re.compile(
    rf"(?<![\w'’])du (?P<first>\d{{1,2}})(?:er)? (?:{_MONTH} )?au {_DAY} "
    rf"(?P<mon2>{alternation(MONTHS)})(?![\w'’]){_YEAR}",
    re.IGNORECASE,
)
_POD_AFTER: Final = re.compile(rf" (?:dans l['’]|en |au )?(?P<pod>{_POD_WORDS})(?![\w-])", re.I)


def _value(year: int | None, month: int, day: int) -> str | None:
    try:
        dt.date(year if year is not None else 2000, month, day)  # 2000 allows 29 February
    except ValueError:
        return None
    return f"--{month:02d}-{day:02d}" if year is None else f"{year:04d}-{month:02d}-{day:02d}"


def _year(m: re.Match[str], reference: dt.date | None) -> tuple[int | None, str | None]:
    if m.group("year"):
        return int(m.group("year")), "explicit"
    return (reference.year, "reference") if reference is not None else (None, None)


def _expression(
    block: str,
    m: re.Match[str],
    offset: int,
    value: str,
    kind: str,
    pod: str | None,
    src: str | None,
) -> TimeExpression:
    return TimeExpression(
        text=block[m.start() : m.end()],
        start=offset + m.start(),
        end=offset + m.end(),
        value=value,
        kind=kind,
        part_of_day=PARTS_OF_DAY.get(pod.lower()) if pod else None,
        year_source=src if value[:1] != "-" else None,
    )


def dates_in(block: str, offset: int, reference: dt.date | None) -> Iterator[TimeExpression]:
    """The dates of one stretch of text (offsets shifted by ``offset``), in text order."""
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []
    for m in _SPAN.finditer(block):
        year, src = _year(m, reference)
        end_month = MONTHS[m.group("mon2").lower()]
        start_month = MONTHS[m.group("mon").lower()] if m.group("mon") else end_month
        first = _value(year, start_month, int(m.group("first")))
        last = _value(year, end_month, int(m.group("day")))
        if first is None or last is None:
            continue
        taken.append((m.start(), m.end()))
        found.append(_expression(block, m, offset, f"{first}/{last}", "span", None, src))
    for m in _DATE.finditer(block):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        year, src = _year(m, reference)
        value = _value(year, MONTHS[m.group("mon").lower()], int(m.group("day")))
        if value is None:
            continue
        after = _POD_AFTER.match(block, m.end())
        pod = m.group("pod") or (after.group("pod") if after is not None else None)
        found.append(_expression(block, m, offset, value, "date", pod, src))
    found.sort(key=lambda t: t.start)
    yield from found


def find_dates(document: Document) -> list[TimeExpression]:
    """Every French date in the body blocks."""
    text = document.text
    out: list[TimeExpression] = []
    for block in document.body_blocks:
        out.extend(dates_in(text[block.start : block.end], block.start, document.published))
    return out
