"""A reproduced letter's signature line: the signer's name and office under its closing.

"Tôi chúc Ngài ... ." then "<Name> Tổng thống Cộng hòa X" on a line of its own: the line has no
full stop, so it reads as page furniture, but it names who wrote the letter. It is kept in the
body when the paragraph right above it speaks in the first person (the letter's own words) and
the line holds an office word after a capitalised opening.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["is_signature_line", "speaks_first_person"]

#: the letter's writer speaking: "tôi", "chúng tôi" (no caption or news report says "tôi")
_FIRST_PERSON: Final = re.compile(r"(?<!\w)(?:tôi|chúng\s+tôi)(?!\w)")
#: the offices a letter is signed with
_OFFICE: Final = re.compile(
    r"(?<!\w)(?:tổng\s+thống|thủ\s+tướng|chủ\s+tịch|tổng\s+bí\s+thư|bộ\s+trưởng|đại\s+sứ"
    r"|quốc\s+vương|nhà\s+vua|nữ\s+hoàng|tổng\s+thư\s+ký|thị\s+trưởng|thống\s+đốc"
    r"|chủ\s+tịch\s+quốc\s+hội|phó\s+tổng\s+thống|phó\s+thủ\s+tướng)(?!\w)"
)
#: a signature is short: a name and an office
SIGNATURE_MAX_WORDS: Final = 20


def speaks_first_person(lowered: str) -> bool:
    """The line speaks in the first person."""
    return _FIRST_PERSON.search(lowered) is not None


def is_signature_line(text: str, lowered: str, words: int) -> bool:
    """A name and an office with no sentence around them: capitalised opening, an office word
    after it, no final full stop, a few words."""
    if not 2 <= words <= SIGNATURE_MAX_WORDS or text.rstrip().endswith((".", ":", "?", "!")):
        return False
    if not text.lstrip()[:1].isupper():
        return False
    office = _OFFICE.search(lowered)
    return office is not None and office.start() > 0
