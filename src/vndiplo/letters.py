"""How a letter reproduced in a page speaks: words both the cleaner and the title reader use.

A letter's writer speaks in the first person ("Tôi chúc ...", "Chúng tôi tin ...", "Xin gửi
tới ..."), addresses the reader ("Ngài", "đồng chí"), opens with a salutation ("Kính gửi ...,")
and may close with a formula ("Trân trọng."). An interview or a report quotes people speaking
in the first person too, so the first person alone makes no letter: :func:`is_letter` asks for
a salutation, a closing formula, the writer speaking to the reader in one sentence, or the
page telling of the letter ("gửi điện mừng", "Bức thư có đoạn viết").
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["CLOSING_FORMULAS", "FIRST_PERSON", "is_letter"]

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


def is_letter(closing: str, page: str) -> bool:
    """Does ``page`` reproduce a letter whose last sentence is ``closing``: a salutation or
    formula line, a closing formula, the writer addressing the reader in the closing, or the
    page naming the letter?"""
    if _CLOSES.search(closing) is not None:
        return True
    if _SPEAKS.search(closing) is not None and _READER.search(closing) is not None:
        return True
    return _SALUTATION.search(page) is not None or _TELLS.search(page) is not None
