"""A closing credit: the author's initials, the office and the day, in brackets at the end.

Some offices sign each post at its foot: "(T.K., Sở Ngoại vụ Tỉnh X, ngày 7-4-2031)", on a
line of its own or glued after the last sentence ("... tại TPHCM. (Y.T., Sở Ngoại vụ, ngày
18-7-2006) |"). It is no article text, and a page without a stamp of its own is dated by it,
so it is labelled a ``dateline``: cut off the paragraph it is glued to, or the whole line.

A repost names its source at its foot in the same way, with the link: "Nguồn báo X, ngày
17/01/2031, link bài viết: http://...", "Theo báo Y (ngày 3/5/2030), https://...". Such a line
is no article text either, and its date, when it gives one, dates the page. A source line with
the day and no link is read by :func:`is_dated_source`, one with a link by
:func:`is_linked_source`.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["closing_credit_start", "is_closing_credit", "is_dated_source", "is_linked_source"]

# "(initials or name, office, ngày D-M-YYYY)", then maybe a separator of the page's chrome. The
# comma after the initials is required; the one before the day is not when an office's
# capitalised name comes right before it ("(Y.T., Sở Ngoại vụ X ngày 7-4-2031)"), nor is the
# word "ngày"; the day may be written out ("ngày 7 tháng 4 năm 2031"). A bracketed remark has
# no such head: "(Hiệp định có hiệu lực từ ngày 1-1-2020)", "(A, Chủ tịch, nhậm chức ngày ...)".
_CREDIT: Final = re.compile(
    r"\(\s*[^()\n,]{1,40},\s*(?P<head>[^()\n]{0,80}?)(?P<sep>\s*[,\-–])?\s*(?:ngày\s+)?"
    r"\d{1,2}(?:\s*[-/.]\s*\d{1,2}\s*[-/.]\s*|\s+tháng\s+\d{1,2}\s+năm\s+)\d{4}\s*\)\s*\|?\s*$"
)
#: The bracket must open near the end of a paragraph: a cheap test before the pattern.
_TAIL_CHARS: Final = 120


def closing_credit_start(text: str) -> int | None:
    """Where a closing credit glued after the paragraph's last sentence starts, or None.

    The credit follows a sentence's final stop, so a bracketed date inside a sentence ("...
    ký ngày 5-3-2020)") is never cut off."""
    if not text.rstrip(" |").endswith(")"):
        return None
    start = text.rfind(" (", max(0, len(text) - _TAIL_CHARS))
    if start <= 0 or text[start - 1] not in '.!?"”':
        return None
    return start + 1 if _is_credit(_CREDIT.match(text, start + 1)) else None


def is_closing_credit(text: str) -> bool:
    """The whole line is a closing credit ("(T.K., Sở Ngoại vụ Tỉnh X, ngày 7-4-2031)")."""
    return text.startswith("(") and _is_credit(_CREDIT.match(text))


def _is_credit(found: re.Match[str] | None) -> bool:
    """The match is a credit: a separator before its day, or an office's name ending in a
    capitalised word (its place: "Sở Ngoại vụ TPHCM") right before it."""
    if found is None:
        return False
    if found.group("sep") or not found.group("head"):
        return True
    tail = found.group("head").rsplit(",", 1)[-1].split()
    return bool(tail) and tail[-1][:1].isupper()


#: "Nguồn báo X, ngày 17/01/2031, link bài viết; http://...", "Theo Báo Y (ngày 5-3-2031)":
#: a source label, the outlet in a few words, its day with the year and nothing after it but a
#: link. A lead that opens "Theo TTXVN, ngày 5/3/2031, Bộ trưởng ..." goes on with prose.
_DATED_SOURCE: Final = re.compile(
    r"^\(?\s*(?:nguồn|theo)\s*:?\s+[^\W\d_][^\n,;()]{0,60}?[,;(\-–]?\s*(?:đăng\s+)?(?:ngày\s+)?"
    r"\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}\s*\)?\s*[,;.]?\s*"
    r"(?:(?:link(?:\s+bài(?:\s+viết)?)?|đường\s+dẫn)?\s*[:;]?\s*(?:https?://\S+|[\w-]+\.[a-z]{2,}\S*))?"
    r"\s*\)?\s*$",
    re.IGNORECASE,
)


def is_dated_source(text: str) -> bool:
    """The whole line is a source credit with the original's day and perhaps its link."""
    return _DATED_SOURCE.match(text) is not None


_LINKED_SOURCE: Final = re.compile(r"^[(\[]?\s*(?:nguồn|theo|trích)\b")
_LINK: Final = re.compile(r"https?://|www\.|\b[\w-]+\.(?:vn|com|net|org)/", re.IGNORECASE)
#: An outlet, a date and a link; a paragraph that cites a site runs longer.
LINKED_SOURCE_MAX_WORDS: Final = 24


def is_linked_source(lowered: str, words: int) -> bool:
    """The whole (lower-cased) line credits a source with its web link ("nguồn báo x, ngày
    17/01/2031, link bài viết; http://..."): one clause, no sentence inside it."""
    if words > LINKED_SOURCE_MAX_WORDS or _LINKED_SOURCE.match(lowered) is None:
        return False
    link = _LINK.search(lowered)
    return link is not None and ". " not in lowered[: link.start()]
