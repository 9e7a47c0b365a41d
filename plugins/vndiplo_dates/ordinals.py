"""An ordinal "thứ hai" attached to a noun is no weekday, whatever date follows it.

"ngày làm việc thứ ba (9/3)" is the third working day, "buổi hội thảo thứ ba, 15/5" the third
session: the number counts the noun before it. A weekday word stands after a time word or a
preposition ("Chiều thứ Hai", "vào thứ Ba", "từ thứ hai") or opens its clause ("Thứ Năm (16/5),
..."), and its name may be capitalised ("thứ Hai"); anywhere else it counts what comes before
it. The date written after such an ordinal is still a date, quoted without the ordinal (round
14).
"""

from __future__ import annotations

import re
from typing import Final

from attrs import evolve

from vndiplo_dates.core import Found, _previous_word
from vndiplo_dates.words import BEFORE_WEEKDAY, opens_clause

__all__ = ["counts_a_noun", "without_ordinal"]

#: A weekday word opening a found expression, with what joins it to the date after it.
_LEADING: Final = re.compile(r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])(?!\w)(?P<join>[\s,]*\(?\s*)")
_WORD_BEFORE: Final = re.compile(r"(\S+)\s+$")
_CAPITAL_DAY: Final = re.compile(r"[Tt]hứ\s+[HBTNSĐ]")
#: Words before "thứ hai" that name a day, so that the weekday is one ("Ngày thứ Hai (13/5)").
_DAY_NOUNS: Final = frozenset(("ngày", "hôm"))


def counts_a_noun(text: str, start: int) -> bool:
    """Whether the "thứ ..." at ``start`` counts the noun before it (an ordinal)."""
    if opens_clause(text, start) or _CAPITAL_DAY.match(text, start):
        return False  # "thứ Hai": a weekday's name is written with a capital, an ordinal not
    previous = _previous_word(text, start)
    if previous in BEFORE_WEEKDAY or previous in _DAY_NOUNS:
        return False
    # after a name the weekday dates the clause ("hội đàm với Thủ tướng Singapore thứ Hai
    # (24/3)"); an ordinal counts a common noun ("lần", "ngày làm việc", "Kỳ họp")
    word = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return word is None or not word.group(1)[:1].isupper()


def without_ordinal(found: Found, text: str) -> Found | None:
    """``found`` without the ordinal it opens with, when that "thứ ..." counts a noun; None when
    nothing is left. Expressions that open otherwise are returned as they are."""
    if text[found.start : found.start + 3].lower() != "thứ":
        return found
    match = _LEADING.match(text.lower(), found.start, found.end)
    if match is None or not counts_a_noun(text, found.start):
        return found
    start, end = match.end(), found.end
    if "(" in match["join"] and text[end - 1] == ")":
        end -= 1  # "thứ hai (14/5)": the date without its brackets, as a bracketed date is quoted
    if start >= end or not text[start].isalnum():
        return None
    return evolve(found, start=start, end=end)
