"""How a letter reproduced in a page speaks: words both the cleaner and the title reader use.

A letter's writer speaks in the first person ("Tôi chúc ...", "Chúng tôi tin ...", "Xin gửi
tới ..."), addresses the reader ("Ngài", "đồng chí"), opens with a salutation ("Kính gửi ...,")
and may close with a formula ("Trân trọng."). An interview or a report quotes people speaking
in the first person too, so the first person alone makes no letter: :func:`is_letter` asks for
a salutation, a closing formula, the writer speaking to the reader in one sentence, or the
page telling of the letter ("gửi điện mừng", "Bức thư có đoạn viết") right above the closing.
News tells of letters all the time ("đã gửi thư cảm ơn"), so a tell far above the closing
counts only on a page that also salutes or closes as a letter does ("Kính gửi", "Trân trọng").
:class:`LetterPage` finds the page's tells once, for pages that ask at many closings.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

__all__ = ["CLOSING_FORMULAS", "FIRST_PERSON", "LetterPage", "is_letter"]

#: The writer speaking or wishing, as alternatives of a regular expression (lower case): no
#: caption or news report says "tôi".
FIRST_PERSON: Final = r"tôi|chúng tôi|xin gửi|xin chúc|kính chúc"
#: A letter's closing formulas, as alternatives of a regular expression (lower case).
CLOSING_FORMULAS: Final = r"trân trọng|thân ái|kính thư"

_SPEAKS: Final = re.compile(rf"(?<!\w)(?:{FIRST_PERSON})(?!\w)", re.IGNORECASE)
#: How a letter names its reader ("Tôi chúc Ngài ...", "xin gửi tới các đồng chí lời chào").
_READER: Final = re.compile(
    r"(?<!\w)(?:ngài|đồng chí|quý vị|bệ hạ|điện hạ|các bạn)(?!\w)", re.IGNORECASE
)
#: A line of its own that opens ("Kính gửi Ngài ...,", "Thưa đồng chí Chủ tịch!") or closes a
#: letter ("Trân trọng.", "Thân ái,").
_SALUTATION: Final = re.compile(
    r"^\s*(?:(?:kính gửi|kính thưa|thưa)\b[^\n]{0,100}[,:!]"
    rf"|(?:{CLOSING_FORMULAS})[.,!]?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
#: The page telling of the letter it reproduces: "gửi điện mừng", "Bức thư có đoạn", "thư
#: chúc mừng", "điện chia buồn".
_TELLS: Final = re.compile(
    r"(?<!\w)(?:(?:điện|thư)\s+(?:mừng|chúc mừng|chia buồn|thăm hỏi|cảm ơn|trả lời|ngỏ)"
    r"|(?:bức|lá|gửi)\s+(?:điện|thư)|điện văn)(?!\w)",
    re.IGNORECASE,
)
#: A closing sentence that ends in a formula ("... lời chào trân trọng.", "Kính thư.").
_CLOSES: Final = re.compile(rf"(?:lời chào|{CLOSING_FORMULAS})\W*$", re.IGNORECASE)


#: A salutation or closing formula anywhere in a line ("... xin kính gửi Ngài lời chào").
_FORMULA: Final = re.compile(
    rf"(?<!\w)(?:kính gửi|kính thưa|{CLOSING_FORMULAS})(?!\w)", re.IGNORECASE
)
#: Paragraphs right above a closing in which the page's telling of a letter counts.
_NEAR_PARAGRAPHS: Final = 3


class LetterPage:
    """A page's letter marks (salutation lines, tells, formulas), found once on first use so
    that asking at many closings stays linear in the page."""

    __slots__ = ("_formula", "_salutation", "_tells", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._salutation = -1  # end of the first salutation or formula line; -1: not scanned
        self._formula = 0  # start of the first salutation or formula in a line
        self._tells: list[int] = []  # starts of the page's tells, in order

    def _scan(self) -> None:
        text, none = self.text, len(self.text) + 1
        line = _SALUTATION.search(text)
        self._salutation = line.end() if line is not None else none
        formula = _FORMULA.search(text)
        self._formula = formula.start() if formula is not None else none
        self._tells = [m.start() for m in _TELLS.finditer(text)]

    def holds_letter(self, closing: str, at: int) -> bool:
        """Is ``closing``, the sentence at offset ``at`` of the page, a letter's last one: a
        closing formula, the writer addressing the reader, a salutation or formula line above
        it, or the page telling of a letter within the paragraphs above it (anywhere above,
        on a page that salutes or closes as a letter does)?"""
        if _CLOSES.search(closing) is not None:
            return True
        if _SPEAKS.search(closing) is not None and _READER.search(closing) is not None:
            return True
        if self._salutation < 0:
            self._scan()
        if self._salutation <= at:
            return True
        first = bisect_left(self._tells, _paragraphs_above(self.text, at))
        if first < len(self._tells) and self._tells[first] < at:
            return True
        return bool(self._tells) and self._tells[0] < at and self._formula < at


def _paragraphs_above(text: str, at: int) -> int:
    """Where the :data:`_NEAR_PARAGRAPHS` paragraphs (lines) right above offset ``at`` start."""
    start = at
    if start > 0 and text[start - 1] == "\n":
        start -= 1  # the line break that ends the paragraph right above
    for _ in range(_NEAR_PARAGRAPHS):
        start = text.rfind("\n", 0, start)
        if start < 0:
            return 0
    return start + 1


def is_letter(closing: str, page: str) -> bool:
    """Does ``page`` (the text above ``closing``) reproduce a letter whose last sentence is
    ``closing``? See :meth:`LetterPage.holds_letter`."""
    return LetterPage(page).holds_letter(closing, len(page))
