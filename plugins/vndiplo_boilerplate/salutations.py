"""A speech's or a letter's salutation above its first paragraph is the text's first line.

"Thưa Đoàn Chủ tịch Đại hội," / "Kính thưa các vị khách quý," / "Thưa Ngài Bộ trưởng:" open an
address: the speaker's words begin there, so the lines belong to the body, not to the page's
head. They are short, open with the verb of address and end with a comma, a colon or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from vndiplo_boilerplate.lines import Line

__all__ = ["address_start", "opens_address", "salutes_above_paragraph"]

_OPENERS: Final = ("thưa ", "kính thưa ")
#: Quotes a letter reproduced in a news page opens with ("\"Thưa đồng bào, ...").
_QUOTES: Final = "\"“'‘«"
#: A salutation names its addressees and stops; a longer line is a sentence that quotes one.
SALUTATION_MAX_WORDS: Final = 12
#: A list of addressees ("Thưa các vị đại biểu Quốc hội, các vị đại biểu Hội đồng nhân dân
#: tỉnh, các vị khách quý,") may run longer when it ends as a salutation does, on a comma or a
#: colon, with no sentence inside it.
ADDRESSEE_LIST_MAX_WORDS: Final = 40


#: A letter's salutation may put the endearment last: "Bà Chủ tịch kính mến,", "Các đồng chí
#: thân mến!", "Dear ..." is not read here.
_CLOSERS: Final = ("kính mến", "thân mến", "quý mến")


def is_salutation(line: Line) -> bool:
    """ "Thưa ..." / "Kính thưa ...", a few words, ending with a comma, a colon or a word;
    or the addressee then "kính mến" / "thân mến", ending with a comma or "!"."""
    line.prepare()
    lowered = line.lowered.lstrip(_QUOTES)
    if lowered.rstrip(",:!").endswith(_CLOSERS) and line.words <= SALUTATION_MAX_WORDS:
        return line.text[-1:] in ",:!" and ". " not in line.text
    if not lowered.startswith(_OPENERS):
        return False
    last = line.text[-1:]
    if line.words > SALUTATION_MAX_WORDS:
        listed = last in ",:" and ". " not in line.text
        return listed and line.words <= ADDRESSEE_LIST_MAX_WORDS
    return last in ",:!" or last.isalnum()


def opens_address(lines: Sequence[Line], i: int, head_end: int) -> bool:
    """Line ``i`` and every line from it to the first paragraph (``head_end``) salute the
    audience: the address starts at line ``i``."""
    return head_end < len(lines) and all(is_salutation(lines[k]) for k in range(i, head_end))


def address_start(lines: Sequence[Line], head_end: int) -> int:
    """The first of the salutations right above the first paragraph (``head_end`` if none):
    a line introducing the text ("Dưới đây là toàn văn bức thư:") stands above them."""
    start = head_end
    while start > 0 and head_end < len(lines) and is_salutation(lines[start - 1]):
        start -= 1
    return start


def salutes_above_paragraph(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` and every short line from it to the next paragraph salute the audience: a
    speech's salutations below a photo's caption, before any paragraph was kept."""
    j = i
    while j < len(lines) and not lines[j].strong:
        if not is_salutation(lines[j]):
            return False
        j += 1
    return j > i and j < len(lines)
