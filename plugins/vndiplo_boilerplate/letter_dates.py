"""A reproduced letter's own date line, told from the page's stamp.

A page that reproduces a letter prints the letter's date where the letter does: under the
letterhead ("NHÀ TRẮNG / WASHINGTON / 12/07/2006") or as its place-and-date line ("Hà Nội,
ngày 20 tháng 9 năm 2018"), and the address and the salutation follow ("Kính gửi: Ngài X",
"Ngài X" / <title>, "Thưa Ngài Bộ trưởng,"). Such a line is no stamp of the page: it dates the
letter, and the later stages read it as the message's date. It stays a ``dateline`` block and is
told apart by its rule, :data:`LETTER_DATE`.

A page stamp has a weekday or a clock time, or is followed by the article's prose; a closing
credit "(H.V., Sở Ngoại vụ, ngày 3-11-2008)" is in brackets: none of these is a letter's date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from vndiplo.model import Block
from vndiplo.text import NormalizedText

__all__ = ["LETTER_DATE", "is_letter_date_line", "mark_letter_dates"]

#: The rule of a ``dateline`` block that is a reproduced letter's own date line.
LETTER_DATE: Final = "letter_date"

# An optional place ("Hà Nội,", "WASHINGTON", "TP. Hồ Chí Minh,"), then the date alone.
_LETTER_DATE_LINE: Final = re.compile(
    r"(?:(?:tp\.\s*)?[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*,?\s+)?(?:ngày\s+)?"
    r"(?:\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*(?:19|20)\d{2}"
    r"|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d{2})\s*\.?"
)
# Words of a stamp, never of a letter's date line: a weekday, "Cập nhật", a clock time.
_STAMP_WORDS: Final = re.compile(
    r"\b(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|cập\s*nhật|đăng|xuất\s*bản"
    r"|update|post)|\d\s?[:h]\s?\d{2}(?!\d)"
)
# The address ("Kính gửi: Ngài X", "Ngài X") or the salutation ("Thưa Ngài Chủ tịch,").
_ADDRESS: Final = re.compile(r"kính\s+gửi\b|ngài\s+[^\W\d_]")
_SALUTATION: Final = re.compile(r"(?:kính\s+)?thưa\s+[^\W\d_][^\n]*[,:]")
#: An address or salutation line is short: "Kính thưa Thủ tướng X, xin cảm ơn ..." opening an
#: interview's first question is prose.
_ADDRESS_WORDS: Final = 10
#: How many lines below the date line the address may come (the letterhead's lines between).
_LOOKAHEAD: Final = 4
#: A line this long is the article's prose: no address follows the date line.
_PROSE_WORDS: Final = 20


def mark_letter_dates(blocks: list[Block], normalized: NormalizedText) -> list[Block]:
    """``blocks`` with each reproduced letter's date line relabelled :data:`LETTER_DATE`."""
    marked: list[Block] | None = None
    for i, block in enumerate(blocks):
        if block.kind != "dateline" or not _is_letter_date(blocks, i, normalized):
            continue
        if marked is None:
            marked = list(blocks)
        marked[i] = attrs.evolve(block, rule=LETTER_DATE)
    return blocks if marked is None else marked


def _line(normalized: NormalizedText, block: Block) -> str:
    start, end = normalized.span_from_original(block.start, block.end)
    return normalized.text[start:end].strip().lower()


def is_letter_date_line(lowered: str) -> bool:
    """A (lower-cased) line that is a date alone, its place before it, with no weekday or clock
    time: a document's date line ("hà nội, ngày 20 tháng 9 năm 2018"), no page stamp."""
    line = lowered.strip()
    return _LETTER_DATE_LINE.fullmatch(line) is not None and _STAMP_WORDS.search(line) is None


def _is_letter_date(blocks: Sequence[Block], i: int, normalized: NormalizedText) -> bool:
    """A date alone (its place before it) with an address or salutation a few lines below."""
    line = _line(normalized, blocks[i])
    if not is_letter_date_line(line):
        return False
    for block in blocks[i + 1 : i + 1 + _LOOKAHEAD]:
        below = _line(normalized, block)
        words = len(below.split())
        if words > _PROSE_WORDS:
            return False
        if words <= _ADDRESS_WORDS and (
            _ADDRESS.match(below) is not None or _SALUTATION.fullmatch(below) is not None
        ):
            return True
    return False
