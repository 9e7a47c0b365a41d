"""The page's own stamp among its ``dateline`` blocks, told from a site's "today" header.

Many sites print the current date in their masthead ("Thứ Hai, 25/11/2024"), above every page
they serve, old articles included. That header sits above the headline, names the weekday and
carries no clock time; the article's own stamp comes with the article (below the headline) or
carries a time ("Thứ năm, 7/4/2016, 10:31"), unless the site's hotline or contact bar follows it
above the headline: a weekday date there is the masthead's live clock, whatever it shows. When
only a header-like date is found and the
article itself dates its facts (full dates with a year) at least two years earlier, the date is
the crawl day's, not the article's, and the page has no stamp. A letter's place-and-date line
("Hà Nội, ngày 20 tháng 9 năm 2018") dates the letter the page reproduces: no stamp either
(over a news lead that opens with its own date it is the report's dateline, a stamp),
unless the page IS a numbered official document (a resolution, a decision): its number line
("Số: 11/2011/NQ-HĐND") opens the page before any body text, and the line is then its issue
date, the day it is published. A letter carries no such number; its date under the letterhead
("NHÀ TRẮNG / WASHINGTON / 12/07/2006", then "Ngài X") is no stamp either (letter_dates.py).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Final

from vndiplo.model import Block
from vndiplo.text import NormalizedText
from vndiplo_boilerplate import rules
from vndiplo_boilerplate.foreign_dates import is_foreign_stamp
from vndiplo_boilerplate.letter_dates import LETTER_DATE

__all__ = ["page_date"]

_WEEKDAY: Final = re.compile(r"\b(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật)\b")
_CLOCK: Final = re.compile(r"(?<!\d)\d{1,2}\s?[:h]\s?\d{2}(?!\d)")
# Full dates with a year in the article ("17/11/2020", "ngày 2 tháng 9 năm 1945", "2-12-2010").
_FULL_DATE: Final = re.compile(
    r"(?<![\d/.\-])\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?((?:19|20)\d{2})(?!\d)"
    r"|tháng\s+\d{1,2}\s+năm\s+((?:19|20)\d{2})(?!\d)"
)
# "Hà Nội, ngày 20 tháng 9 năm 2018": the place-and-date line of a letter or an official
# document the page reproduces. It dates the document, not the page.
_DOCUMENT_DATE_LINE: Final = re.compile(
    r"^\s*(?:tp\.\s*)?[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*,\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}"
    r"\s+năm\s+(?:19|20)\d{2}\s*\.?\s*$"
)
# The number line of an official document: "Số: 12/2016/QĐ-UBND", "Số: 45/NQ-CP".
_DOCUMENT_NUMBER: Final = re.compile(r"^\s*số\s*:\s*\d+\s*/\s*(?:\d{4}\s*/\s*)?[^\W\d_]")
#: A header date this many years after every full date of the article is not its stamp.
_STALE_YEARS: Final = 2
#: The same for a header with a clock time ("Thứ Ba, 11/02/2031, 21:05 (GMT+7)", a site's live
#: clock or an article's own stamp): a retrospective may look back a decade from its stamp, so
#: only facts all a generation older show the clock is the site's.
_STALE_YEARS_CLOCKED: Final = 20

#: Blogger's Vietnamese locale for a post's date: "Thứ Tư, 8 tháng 7, 2015" (a comma before the
#: year, no "năm"), a shape no news site's masthead prints ("Thứ Tư, 08/07/2015", "Thứ Tư,
#: ngày 8 tháng 7 năm 2015"): the blog's own post date, like a foreign-locale one.
_BLOG_POST_DATE: Final = re.compile(
    r"^\s*(?:(?:thứ\s+\S+|chủ\s+nhật)\s*,\s*)?\d{1,2}\s+tháng\s+\d{1,2}\s*,\s*(?:19|20)\d{2}\s*$"
)
#: A repost follows the article it copies within days; a header dated later is the crawl day's.
_REPOST_DAYS: Final = 31
#: A masthead's contact or subscription bar: a hotline, a phone, an e-mail, "đặt mua báo".
_CONTACT_BAR: Final = re.compile(
    # "ĐT" only as a label ("ĐT: 024 ..."): alone it is a team, "ĐT Việt Nam"
    r"\b(?:hotline|đường dây nóng|điện thoại|đt(?=\s*:)|e-?mail|liên hệ quảng cáo|đặt mua báo)\b"
    r"|(?<!\d)0\d{2,3}[ .]?\d{3}[ .]?\d{2,4}(?!\d)"
)

_Found = tuple[dt.date, Block, str]


def page_date(normalized: NormalizedText, blocks: Iterable[Block]) -> tuple[dt.date, Block] | None:
    """The date of the first ``dateline`` below the headline that states a valid calendar date;
    else the best one above it (see the module doc), unless it is only the site's header."""
    blocks = list(blocks)
    above: list[_Found] = []
    titled = numbered = bodied = False
    for i, block in enumerate(blocks):
        titled = titled or block.kind == "title"
        bodied = bodied or block.kind == "body"
        if block.kind != "dateline":
            numbered = numbered or (not bodied and _is_document_number(normalized, block))
            continue
        lowered = _view(normalized, block).lower()
        value = rules.dateline_date(lowered)
        if value is None or (not numbered and _dates_a_document(normalized, blocks, i, lowered)):
            continue
        if titled:
            return _post_header(above, value) or (value, block)
        if not _live_clock(normalized, blocks, i, lowered):
            above.append((value, block, lowered))
    if not above:
        return None
    # A masthead's "today" has no clock time: a stamp above the headline that has one wins.
    value, block, lowered = next((f for f in above if _CLOCK.search(f[2])), above[0])
    if _is_site_header(lowered) and _article_predates(value, normalized, blocks):
        return None
    if _WEEKDAY.search(lowered) and _article_predates(
        value, normalized, blocks, _STALE_YEARS_CLOCKED
    ):
        return None
    return value, block


def _post_header(above: list[_Found], stamp: dt.date) -> tuple[dt.date, Block] | None:
    """A blog's own post date above a reposted article's stamp, or None.

    Blog platforms print each post's date above its title in the platform's locale ("Wednesday,
    June 4, 2014", "Donnerstag, 13. August 2015"), with no clock; the article the post copies
    keeps its outlet's stamp below the headline. The post is the page (README round 4: a repost
    is stamped by the post's own date) when it is dated on or within a month after that stamp:
    a Vietnamese site's masthead "today" (a Vietnamese weekday and a numeric or "ngày ... năm"
    date) or a live clock is no post date; Blogger's Vietnamese "Thứ Tư, 8 tháng 7, 2015" is.
    """
    for value, block, lowered in reversed(above):
        if (
            (is_foreign_stamp(lowered) or _BLOG_POST_DATE.match(lowered) is not None)
            and _CLOCK.search(lowered) is None
            and 0 <= (value - stamp).days <= _REPOST_DAYS
        ):
            return value, block
    return None


def _live_clock(normalized: NormalizedText, blocks: list[Block], i: int, lowered: str) -> bool:
    """A weekday date above the headline next to the site's contact bar ("Hotline: 0xx ..."),
    before it or after it: the masthead's live clock, the day the page was crawled."""
    if not _WEEKDAY.search(lowered):
        return False
    return any(
        blocks[j].kind == "boilerplate"
        and _CONTACT_BAR.search(_view(normalized, blocks[j]).lower()) is not None
        for j in (i - 1, i + 1)
        if 0 <= j < len(blocks)
    )


def _view(normalized: NormalizedText, block: Block) -> str:
    start, end = normalized.span_from_original(block.start, block.end)
    return normalized.text[start:end]


def _is_document_date_line(lowered: str) -> bool:
    """A place (no weekday: "Thứ Hai, ngày ..." is a stamp), then the written-out date."""
    return _DOCUMENT_DATE_LINE.match(lowered) is not None and _WEEKDAY.search(lowered) is None


def _dates_a_document(
    normalized: NormalizedText, blocks: list[Block], i: int, lowered: str
) -> bool:
    """A letter's date line (letter_dates.py), or a place-and-date line above a text that is
    no news report: a news lead opens with its own date phrase ("Hà Nội, ngày 5 tháng 3 năm
    2020" / "Chiều 4/3, Thủ tướng đã tiếp ..."), and the line above it is the page's stamp."""
    if blocks[i].rule == LETTER_DATE:
        return True
    if not _is_document_date_line(lowered):
        return False
    lead = next((b for b in blocks[i + 1 :] if b.kind == "body"), None)
    return lead is None or not rules.opens_with_date(_view(normalized, lead).lower())


def _is_document_number(normalized: NormalizedText, block: Block) -> bool:
    """A short line "Số: 11/2011/NQ-HĐND": the page opens with a numbered official document."""
    return block.end - block.start < 48 and (
        _DOCUMENT_NUMBER.match(_view(normalized, block).lower()) is not None
    )


def _is_site_header(lowered: str) -> bool:
    """A weekday and a date with no clock time: the shape of a masthead's "today"."""
    return _WEEKDAY.search(lowered) is not None and _CLOCK.search(lowered) is None


def _article_predates(
    stamp: dt.date, normalized: NormalizedText, blocks: list[Block], stale: int = _STALE_YEARS
) -> bool:
    """Whether the headline and body date their facts with years, all ``stale`` years or more
    before ``stamp``."""
    years = [
        int(found.group(1) or found.group(2))
        for block in blocks
        if block.kind in ("title", "body")
        for found in _FULL_DATE.finditer(_view(normalized, block).lower())
    ]
    return bool(years) and max(years) <= stamp.year - stale
