"""Years the text ties to the present: the page's own year when no stamp gives it.

A year written in the body fixes the year of the page's undated days only when the text ties it
to the time of writing (benchmarks/realpages/README.md, "Settled in round 5"):

* an explicit year in the clause of a word that points from now: "tháng 12 tới (đây)" (the
  coming December), "sắp tới", "năm nay" ("dự kiến vào tháng 12 tới đây tỉnh sẽ tổ chức Hội chợ
  ... năm 2031": the page is written in 2031, before December);
* the lunar name of the Tết being greeted ("chúc mừng ... nhân dịp Tết Nguyên đán Giáp Thân"):
  greetings are written in the weeks around the festival, which falls in January or February.

A bare planned year ("dự kiến tổ chức trong năm 2031") or a historical one ("hồi năm 2013") is no
such tie: the reader cannot tell from it how far the page stands from that year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Final

from vndiplo_dates import patterns as P
from vndiplo_dates.core import Found, valid_day
from vndiplo_dates.written_year import NOT_CURRENT, back_then, is_landmark

__all__ = ["tied_years"]

#: Words that point from the time of writing: "tháng 12 tới (đây)", "sắp tới", "năm nay".
#: ("năm tới" is next year and "thời gian tới" has no end: neither says which year is now.)
_NOW_WORDS: Final = re.compile(
    r"(?<!\w)(?:tháng\s+(?P<m>\d{1,2}|[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+tới|sắp\s+tới|năm\s+nay)(?!\w)"
)
#: How far (characters) a pointing word may stand from the year it ties: about one clause.
_CLAUSE_REACH: Final = 90
_CLAUSE_BREAK: Final = re.compile(r"[.;!?\n]\s")
#: The greeted Tết with its lunar name and no year after it: "nhân dịp Tết Nguyên đán Quý Tỵ",
#: "chúc mừng năm mới Xuân Bính Ngọ". The greeting word comes within two words before it;
#: a history ("cuộc Tổng tiến công Tết Mậu Thân") has none. Names are case-sensitive.
_GREETED_TET: Final = re.compile(
    r"(?<!\w)(?:[cC]húc|[mM]ừng|[đĐ]ón|[dD]ịp|[vV]ui)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:Tết|Xuân)\s+(?:[nN]guyên\s+[đĐ]án\s+|[cC]ổ\s+truyền\s+)?"
    rf"(?P<stem>{'|'.join(P.STEMS)})\s+(?P<branch>{'|'.join((*P.BRANCHES, *P.BRANCH_VARIANTS))})"
    r"(?!\w|\s*[-–—]?\s*\d)"
)
#: Greetings for the coming Tết may be written from October of the year before.
_GREETED_EARLY_FROM: Final = 10
#: The latest year a page may be written in (no article is written after next year).
_LATEST_YEAR: Final = dt.date.today().year + 1
_CYCLE: Final = 60


def tied_years(text: str, found: Sequence[Found], month: int, day: int) -> list[int]:
    """The years of the page that the text ties to the present, for a main day ``day/month``."""
    years = [year for item in found if (year := _tied_to_now(text, item, month, day)) is not None]
    greeted = _greeted_year(text, month)
    if greeted is not None and valid_day(greeted, month, day):
        years.append(greeted)
    return years


def _clause(text: str, item: Found) -> tuple[int, int]:
    """The stretch around ``item`` up to a sentence or clause break, at most one clause long."""
    start = max(0, item.start - _CLAUSE_REACH)
    breaks = [match.end() for match in _CLAUSE_BREAK.finditer(text, start, item.start)]
    start = breaks[-1] if breaks else start
    after = _CLAUSE_BREAK.search(text, item.end, item.end + _CLAUSE_REACH)
    return start, after.start() if after else min(len(text), item.end + _CLAUSE_REACH)


def _tied_to_now(text: str, item: Found, month: int, day: int) -> int | None:
    """The page's year when ``item`` writes a year that a pointing word in its clause ties to
    now: the year itself, or the year before it when the main day falls after the coming month
    the clause names."""
    year = item.first.year
    if (
        year is None
        or item.kind not in ("year", "month", "date")
        or item.last not in (None, item.first)
    ):
        return None
    before = text[max(0, item.start - 24) : item.start].lower()
    if NOT_CURRENT.search(before) or back_then(before, item) or is_landmark(text, item):
        return None
    start, end = _clause(text, item)
    clause = text[start:end].lower()
    word = _NOW_WORDS.search(clause)
    if word is None or (start + word.start() < item.end and start + word.end() > item.start):
        return None  # "năm nay" inside the expression itself is no tie of another year
    coming = _month_number(word["m"]) if word["m"] else None
    if coming is not None and (month, day) > (coming, 31):
        year -= 1  # "tháng 3 tới ... năm 2031" said on 20/10: written in 2030
    return year if valid_day(year, month, day) else None


def _month_number(word: str) -> int | None:
    if word.isdigit():
        number = int(word)
        return number if 1 <= number <= 12 else None
    return P.MONTH_NAMES.get(" ".join(word.split()))


def _greeted_year(text: str, month: int) -> int | None:
    """The year of the Tết whose lunar name a greeting writes, shifted back for a main day late
    in the year before it."""
    if "Tết" not in text and "Xuân" not in text:
        return None
    match = _GREETED_TET.search(text)
    if match is None:
        return None
    stem = P.STEMS.index(match["stem"])
    branch = P.BRANCHES.index(P.BRANCH_VARIANTS.get(match["branch"], match["branch"]))
    # the latest year up to _LATEST_YEAR whose name is stem + branch (year 4 is Giáp Tý);
    # a stem and a branch of different parity name no year (a misread)
    year = next(
        (
            y
            for y in range(_LATEST_YEAR, _LATEST_YEAR - _CYCLE, -1)
            if (y - 4) % 10 == stem and (y - 4) % 12 == branch
        ),
        None,
    )
    if year is None:
        return None
    return year - 1 if month >= _GREETED_EARLY_FROM else year
