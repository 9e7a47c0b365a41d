"""Lenient reading of a caller's ``published`` date, shared by the API, JSONL records and the CLI.

Scraped records carry dates in many shapes ("19/02/2025", "2025-02-19T05:02:00+07:00",
"yesterday"). A bad date must never cost the document: the rule, documented in
docs/contract.md, is

* ``YYYY-MM-DD``, alone or followed by a time (ISO 8601 timestamps): read as is, no warning;
* year first with other separators (``2025/02/19``, ``2025.2.19``): read, with a warning;
* day first with a four-digit year (``19/02/2025``, ``19-2-2025``, ``19.02.2025``, optionally
  followed by a time) or ``ngày 19 tháng 2 năm 2025``: Vietnamese pages write dates day first,
  so this form is unambiguous; read, with a warning saying how it was read;
* anything else (``yesterday``, ``02/19/2025``, ``19/02/25``): not used, with a warning; the
  pipeline then falls back on the page's own date (its stamp line) or the text.
"""

from __future__ import annotations

import datetime as dt
import re

from attrs import frozen

__all__ = ["PublishedDate", "parse_published"]

_TIME = r"(?:[ T,]+\d{1,2}[:h]\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_ISO = re.compile(rf"(\d{{4}})-(\d{{2}})-(\d{{2}}){_TIME}", re.ASCII)
_YEAR_FIRST = re.compile(rf"(\d{{4}})[/.](\d{{1,2}})[/.](\d{{1,2}}){_TIME}", re.ASCII)
_DAY_FIRST = re.compile(rf"(\d{{1,2}})([/.-])(\d{{1,2}})\2(\d{{4}}){_TIME}", re.ASCII)
_WORDS = re.compile(r"(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+năm\s+(\d{4})", re.I)

EXPECTED = "expected YYYY-MM-DD or day-first DD/MM/YYYY"


@frozen
class PublishedDate:
    """The outcome of reading one ``published`` value.

    ``value`` is the date to use (None: ignore it and let the page's date decide); ``warning``
    says what was done when the input was not plain ``YYYY-MM-DD``, for the document's errors.
    """

    value: dt.date | None
    warning: str | None = None


def _date(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def parse_published(value: object) -> PublishedDate:
    """Read ``value`` (a date, a string, or None) by the rule in the module docstring.

    Never raises: whatever the input, the answer is a date with or without a warning, or no
    date with a warning saying why.
    """
    if value is None or value == "":
        return PublishedDate(None)
    if isinstance(value, dt.datetime):
        return PublishedDate(value.date())
    if isinstance(value, dt.date):
        return PublishedDate(value)
    if not isinstance(value, str):
        return PublishedDate(None, f"published {value!r} is not a date ({EXPECTED}); ignored")
    text = value.strip()
    shown = text if len(text) <= 60 else text[:57] + "..."
    match = _ISO.fullmatch(text)
    if match:
        date = _date(*match.groups())
        if date is not None:
            return PublishedDate(date)
        return PublishedDate(None, f"published {shown!r} is not a valid date; ignored")
    match = _YEAR_FIRST.fullmatch(text)
    if match:
        date = _date(*match.groups())
        if date is not None:
            return PublishedDate(date, f"published {shown!r} read as {date.isoformat()}")
    match = _DAY_FIRST.fullmatch(text)
    if match:
        day, _sep, month, year = match.groups()
        date = _date(year, month, day)
        if date is not None:
            return PublishedDate(
                date, f"published {shown!r} is not YYYY-MM-DD; read day-first as {date}"
            )
    match = _WORDS.fullmatch(text)
    if match:
        day, month, year = match.groups()
        date = _date(year, month, day)
        if date is not None:
            return PublishedDate(date, f"published {shown!r} read as {date.isoformat()}")
    return PublishedDate(
        None, f"published {shown!r} is not a date ({EXPECTED}); ignored, the page's date is used"
    )
