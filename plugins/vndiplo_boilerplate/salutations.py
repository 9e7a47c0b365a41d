"""A speech's or a letter's salutation above its first paragraph is the text's first line.

"Thưa Đoàn Chủ tịch Đại hội," / "Kính thưa các vị khách quý," / "Thưa Ngài Bộ trưởng:" open an
address: the speaker's words begin there, so the lines belong to the body, not to the page's
head. They are short, open with the verb of address and end with a comma, a colon or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from vndiplo_boilerplate.lines import Line

__all__ = ["opens_address"]

_OPENERS: Final = ("thưa ", "kính thưa ")
#: A salutation names its addressees and stops; a longer line is a sentence that quotes one.
SALUTATION_MAX_WORDS: Final = 12


def is_salutation(line: Line) -> bool:
    """ "Thưa ..." / "Kính thưa ...", a few words, ending with a comma, a colon or a word."""
    line.prepare()
    if line.words > SALUTATION_MAX_WORDS or not line.lowered.startswith(_OPENERS):
        return False
    return line.text[-1:] in ",:!" or line.text[-1:].isalnum()


def opens_address(lines: Sequence[Line], i: int, head_end: int) -> bool:
    """Line ``i`` and every line from it to the first paragraph (``head_end``) salute the
    audience: the address starts at line ``i``."""
    return head_end < len(lines) and all(is_salutation(lines[k]) for k in range(i, head_end))
