"""Vietnamese temporal expressions, found and normalised (first-party vndiplo plugin).

Two hooks:

* :func:`vndiplo_find_dates` finds every temporal expression in the body ("Chiều 18/2",
  "ngày 16 tháng 9 năm 2025", "(30/10 - 01/11/2022)", "hôm qua (30/3)", "tối cùng ngày") and
  normalises it by the contract (``2025-02-18``, ``--02-18`` when no year is fixed, spans
  ``A/B``), with ``year_source`` saying where the year came from.
* :func:`vndiplo_reference_date` (``trylast``) infers the reference date from the body when the
  caller, the page timestamp and the URL gave none; see :mod:`vndiplo_dates.reference`. A month
  stamp before the body, or else a month in the URL (``/201902/``), fixes the year of a year-less
  day.

Matching runs on ``document.normalized`` (NFC, one tone-mark style, plain spaces) and every span
is mapped back, so ``document.text[start:end]`` is exactly the phrase, NBSP and NFD included.
The pieces: :mod:`~vndiplo_dates.patterns` (regexes), :mod:`~vndiplo_dates.parse` (matches to
raw expressions), :mod:`~vndiplo_dates.normalise` (values), :mod:`~vndiplo_dates.reference`
(reference inference) and :mod:`~vndiplo_dates.render` (values back to Vietnamese phrases).

Settings (``Runner(settings={"dates": {...}})``): ``strict_reference`` (bool, default False)
turns off the weakest inference rule, "the first day/month after an event it follows";
``latest_year`` (int, default None) is the latest year a page may be written in: a greeted Tết's
lunar name ("chúc mừng Xuân Bính Ngọ") with no other year, stamp or URL date on the page then
names the latest such year up to it (without it, that name alone fixes no year: the output never
depends on the day the code runs).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from typing import Any

from vndiplo import Block, Document, ReferenceDate, Span, TimeExpression, hookimpl
from vndiplo.registry import Context
from vndiplo.url_dates import date_from_url
from vndiplo_dates.clock_part import clock_part_of_day
from vndiplo_dates.normalise import resolve
from vndiplo_dates.parse import Found, scan
from vndiplo_dates.reference import crawler_month, infer_reference, stamp_month
from vndiplo_dates.stamp_clock import stamp_clock

__all__ = [
    "LETTER_DATE_RULE",
    "find_dates",
    "scan_body",
    "vndiplo_find_dates",
    "vndiplo_reference_date",
]


#: The rule of a ``dateline`` block that is a reproduced letter's own date line ("Hà Nội, ngày
#: 20 tháng 9 năm 2018" above "Kính gửi: Ngài X"; the cleaning plugin's ``letter_dates.py``).
#: The letterhead and its date belong to the letter the page reproduces, so its date is read.
LETTER_DATE_RULE = "letter_date"
#: Where the date of a letter's date line starts, past its place.
_DATE_START = re.compile(r"(?i:ngày)|\d")


def _scanned_blocks(document: Document) -> Iterator[Block]:
    """The body blocks, and a reproduced letter's date line among them, in page order."""
    if not any(b.rule == LETTER_DATE_RULE for b in document.blocks):
        yield from document.body_blocks
        return
    for block in document.blocks:
        if block.kept or (block.kind == "dateline" and block.rule == LETTER_DATE_RULE):
            yield block


def scan_body(document: Document) -> list[Found]:
    """Raw expressions in the body blocks (and a letter's date line), with offsets into
    ``document.normalized.text``."""
    view = document.normalized
    found: list[Found] = []
    # The page is lower-cased once for every stage (NormalizedText.lower); a block's slice of
    # it is the block's own lower case when lower-casing kept every length, and no capital
    # sigma is about, whose lower case depends on the letters around it (at a block's edge,
    # on letters outside the block).
    low = view.lower
    sliced = len(low) == len(view.text) and "\u03a3" not in view.text
    previous = (0, 0)  # the previous scanned block
    for block in _scanned_blocks(document):
        start, end = view.span_from_original(block.start, block.end)
        if block.rule == LETTER_DATE_RULE:  # "OTTAWA, 14-4-2021": the place is no outlet credit
            at = _DATE_START.search(view.text, start, end)
            start = at.start() if at is not None else start
        # a date word that ends the previous body block's line opens the date (not a word
        # of a dropped block: the events then could not place the date in the body)
        lead = _wrapped_lead(view.text, start)
        lead_ok = previous[0] <= lead < previous[1]
        previous = (start, end)
        start = lead if lead_ok else start
        for item in scan(view.text[start:end], low[start:end] if sliced else None):
            found.append(_shift(item, start))
    return found


#: A date word that ends the line before a block opening with a number: a hard-wrapped page
#: breaks "kể từ ngày" / "01 tháng 07 năm 2017", "Ngày" / "25/4/2025" or a letter's "Năm" /
#: "2016 vừa qua" into two lines.
_WRAPPED_LEAD = re.compile(
    r"(?<!\w)(?:(?:sáng|trưa|chiều|tối|đêm)[ \t]+)?"
    r"(?:ngày|hôm|mồng|mùng|năm|sáng|trưa|chiều|tối|đêm)"
    r"[ \t]*\n[ \t]*\Z",
    re.IGNORECASE,
)


def _wrapped_lead(text: str, start: int) -> int:
    """Where a block's scan may start: at the date word that ends the line before it, when the
    block opens with a digit after a single line break (one paragraph, hard-wrapped)."""
    if not text[start : start + 1].isdigit():
        return start
    lead = _WRAPPED_LEAD.search(text, max(0, start - 20), start)
    return lead.start() if lead is not None else start


def _shift(item: Found, by: int) -> Found:
    if by == 0:
        return item
    return Found(
        item.start + by,
        item.end + by,
        item.kind,
        item.first,
        item.last,
        item.part_of_day,
        item.relative,
        item.hint,
        item.pattern,
    )


def find_dates(document: Document) -> list[TimeExpression]:
    """Every temporal expression in the body of ``document``, resolved, in text order."""
    view = document.normalized
    out: list[TimeExpression] = []
    resolved = resolve(
        scan_body(document),
        document.published,
        document.published_source,
        view.text,
        stamp_clock(document),
    )
    for item in resolved:
        start, end = view.span_to_original(item.found.start, item.found.end)
        if end <= start:
            continue
        out.append(
            TimeExpression(
                text=document.text[start:end],
                start=start,
                end=end,
                value=item.value,
                kind=item.kind,
                part_of_day=clock_part_of_day(item.value, item.part_of_day),
                year_source=item.year_source,
            )
        )
    return out


#: The day of a stamped month a page with months and no day is read from (as for a main day,
#: reference.py: the middle of the month).
_MID_MONTH = 15


def _stamped_month(
    found: list[Found], stamp: tuple[int, int] | None, *, in_text: bool
) -> ReferenceDate | None:
    """A month stamp before the body ("date 2031-11") as the reference of a page that writes
    months but no day ("trong tháng 10 vừa qua"): its year is the page's (seeds README: a
    month-only stamp fixes the year). A page naming a day from the writer's ("hôm nay") gets
    none: the stamp does not say which day that is."""
    if stamp is None or not in_text or any(item.kind == "relative" for item in found):
        return None
    if not any(item.kind == "month" and item.first.year is None for item in found):
        return None
    return ReferenceDate(dt.date(stamp[0], stamp[1], _MID_MONTH), "text", None)


#: The longest first body block that may be a month stamp alone ("date 2018-10").
_STAMP_LINE = 32


def _settings(context: Context | None) -> Mapping[str, Any]:
    return context.plugin_settings("dates") if context is not None else {}


@hookimpl
def vndiplo_find_dates(document: Document) -> list[TimeExpression]:
    """Find and normalise the temporal expressions in the body (see the module docstring)."""
    return find_dates(document)


@hookimpl(trylast=True)
def vndiplo_reference_date(document: Document, context: Context) -> ReferenceDate | None:
    """Infer the reference date from the body; None when the text does not fix the year."""
    found = scan_body(document)
    settings = _settings(context)
    strict = bool(settings.get("strict_reference", False))
    latest = settings.get("latest_year")
    view = document.normalized
    stamp = None
    if document.body_blocks:  # a month stamp stands before the body ("date 2018-10")
        first = document.body_blocks[0]
        # or is the first body block itself, when the page is too short to tell them apart
        end = first.end if first.end - first.start <= _STAMP_LINE else first.start
        stamp = stamp_month(view.text, view.from_original(end))
        # or opens the first body line itself, glued to the lead (" date 2016-12 Có phải ...")
        stamp = stamp or crawler_month(view.text, view.from_original(first.start))
    from_url = stamp is None
    if stamp is None:  # a URL that states the month ("/thoi-su/201902/slug") is a month stamp
        in_url = date_from_url(document.url)
        stamp = (in_url.year, in_url.month) if in_url is not None else None
    inferred = infer_reference(
        view.text,
        found,
        strict=strict,
        stamp=stamp,
        latest=int(latest) if latest is not None else None,
    )
    if inferred is None:
        return _stamped_month(found, stamp, in_text=stamp is not None and not from_url)
    date, evidence = inferred
    start, end = document.normalized.span_to_original(evidence.start, evidence.end)
    return ReferenceDate(date, "text", Span(start, end))
