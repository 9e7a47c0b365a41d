"""A line that opens with a date and its comma is a sentence, whatever its end looks like.

"Ngày 4-10-2006, tại trụ sở UBND, ông X đã tiếp ..." / "Chiều 12/3, đoàn rời Hà Nội ...": a
lead's date phrase set off by a comma starts a clause; headlines and teasers name the event
and leave the date out, and a page stamp stops at its date. Some pages print each paragraph
cut at a fixed width with no final stop, so such a line is still a paragraph of the article
when it goes on for a sentence's length. And a date line that ends with its comma, right above
the lead, is the lead's opening printed on a line of its own, not the page's stamp.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_boilerplate import rules

__all__ = ["is_dated_sentence", "runs_on"]

# What may follow the day and month before the comma: the year ("-2006", "/2025") and the
# bracket of "Thứ Hai (24/3),".
_DATE_TAIL: Final = re.compile(r"(?:\s?[/.\-]\s?\d{2,4})?\s*\)?\s*,")
#: A date phrase, its comma and a clause of this many words in all: a sentence.
DATED_SENTENCE_WORDS: Final = 12


def is_dated_sentence(lowered: str, words: int) -> bool:
    """The (lower-cased) line opens with a lead's date phrase and its comma and goes on for a
    clause (see the module doc)."""
    if words < DATED_SENTENCE_WORDS:
        return False
    found = rules.date_opening(lowered)
    return found is not None and _DATE_TAIL.match(lowered, found.end()) is not None


def runs_on(text: str) -> bool:
    """A date line that ends with a comma ("Ngày 27 tháng 5 năm 2021,") opens a sentence that
    the next line goes on with; a page stamp ends at its date or its clock time."""
    return text.rstrip().endswith(",")
