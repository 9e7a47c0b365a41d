"""The publication date a page's URL states, when it states one unambiguously.

A crawler knows each page's URL, and many news sites put the publication date in the path:
``/2019/02/27/slug``, ``/amp/20190227/slug-7149008.html``, ``/slug-20250901213844660.htm``
(a timestamp id: date, time, milliseconds), ``/2024-06-20/slug``, or only the month:
``/thoi-su/201902/slug``, ``/2019/02/slug.html``. The shapes read (path only, never the host
or the query):

* full dates: ``YYYY/MM/DD`` as three path segments; ``YYYYMMDD`` as a whole path segment or
  between delimiters (``-``, ``_``, ``.``, ``/``); ``YYYY-MM-DD`` between delimiters; a
  delimited timestamp id ``YYYYMMDDhhmmss`` with up to four more digits, whose time must be
  a real time too;
* months: ``YYYYMM`` as a whole path segment, ``YYYY/MM`` as two path segments.

Every candidate must be a real calendar date with a year from 1995 to next year. Numbers glued
to letters ("post1055109", "-ar959101", "c46881256") are ids, never dates, and so is a
delimited number that fails validation ("-25183413.html"). Two full dates that disagree, or two
months that disagree with no full date, make the URL ambiguous: nothing is read.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from attrs import frozen

__all__ = ["FIRST_YEAR", "UrlDate", "date_from_url"]

#: The first year a Vietnamese news URL can date (the first outlets went online in 1997).
FIRST_YEAR = 1995

# A delimited token: not glued to a letter or digit on either side.
_LEFT = r"(?<![0-9A-Za-z])"
_RIGHT = r"(?![0-9A-Za-z])"
_FULL_SEGMENTS = re.compile(r"(?:^|/)(\d{4})/(\d{1,2})/(\d{1,2})(?=/|$)")
_MONTH_SEGMENTS = re.compile(r"(?:^|/)(\d{4})/(\d{1,2})(?=/|$)")
_COMPACT = re.compile(_LEFT + r"(\d{4})(\d{2})(\d{2})" + _RIGHT)
_DASHED = re.compile(_LEFT + r"(\d{4})-(\d{2})-(\d{2})" + _RIGHT)
_TIMESTAMP = re.compile(_LEFT + r"(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\d{0,4}" + _RIGHT)
_MONTH_SEGMENT = re.compile(r"(?:^|/)(\d{4})(\d{2})(?=/|$)")


@frozen
class UrlDate:
    """A date read from a URL: ``day`` is None when the URL states only the month."""

    year: int
    month: int
    day: int | None = None

    @property
    def date(self) -> dt.date | None:
        """The full date, or None at month precision."""
        return None if self.day is None else dt.date(self.year, self.month, self.day)


def _valid(year: int, month: int, day: int | None) -> bool:
    if not FIRST_YEAR <= year <= dt.date.today().year + 1:
        return False
    try:
        dt.date(year, month, day or 1)
    except ValueError:
        return False
    return True


def _path(url: str) -> str:
    try:
        return urlsplit(url).path
    except ValueError:  # e.g. an unbalanced "[" in the netloc
        return ""


def _full_dates(path: str) -> set[tuple[int, int, int]]:
    found = set()
    for pattern in (_FULL_SEGMENTS, _COMPACT, _DASHED):
        for match in pattern.finditer(path):
            year, month, day = (int(g) for g in match.groups())
            if _valid(year, month, day):
                found.add((year, month, day))
    for match in _TIMESTAMP.finditer(path):
        year, month, day, hour, minute, second = (int(g) for g in match.groups())
        if _valid(year, month, day) and hour < 24 and minute < 60 and second < 60:
            found.add((year, month, day))
    return found


def _months(path: str) -> set[tuple[int, int]]:
    found = set()
    for pattern in (_MONTH_SEGMENT, _MONTH_SEGMENTS):
        for match in pattern.finditer(path):
            year, month = int(match[1]), int(match[2])
            if _valid(year, month, None):
                found.add((year, month))
    return found


def date_from_url(url: object) -> UrlDate | None:
    """The publication date (or month) ``url``'s path states unambiguously, else None.

    Never raises: anything that is not a string, or a path with no date, gives None.
    """
    if not isinstance(url, str) or not url:
        return None
    path = _path(url)
    full = _full_dates(path)
    if len(full) == 1:
        return UrlDate(*full.pop())
    if full:
        return None
    months = _months(path)
    if len(months) == 1:
        return UrlDate(*months.pop())
    return None
