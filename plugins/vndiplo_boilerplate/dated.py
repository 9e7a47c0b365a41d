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
from vndiplo_boilerplate.leads import opens_with_frame

__all__ = ["is_dated_sentence", "is_unpunctuated_lead", "runs_on"]

# What may follow the day and month before the comma: the year ("-2006", "/2025") and the
# bracket of "Thứ Hai (24/3),".
_DATE_TAIL: Final = re.compile(r"(?:\s?[/.\-]\s?\d{2,4})?\s*\)?\s*,")
#: A date phrase, its comma and a clause of this many words in all: a sentence.
DATED_SENTENCE_WORDS: Final = 12


def is_dated_sentence(lowered: str, words: int) -> bool:
    """The (lower-cased) line opens with a lead's date phrase and its comma and goes on for a
    clause (see the module doc), or is a lead that lost its full stop (see
    :func:`is_unpunctuated_lead`)."""
    if words < DATED_SENTENCE_WORDS:
        return False
    found = rules.date_opening(lowered)
    if found is not None and _DATE_TAIL.match(lowered, found.end()) is not None:
        return True
    return UNPUNCTUATED_LEAD_WORDS <= words < rules.LONG_WORDS and is_unpunctuated_lead(lowered)


#: An unpunctuated line this long may be a lead; shorter ones are headlines whatever they say.
UNPUNCTUATED_LEAD_WORDS: Final = 18
# The lead's date set off by commas after its frame: "Trong khuôn khổ ..., chiều 11/4, ...".
_FRAMED_DATE_CLAUSE: Final = re.compile(
    r",\s(?:vào\s)?(?:(?:rạng sáng|sáng|trưa|chiều|tối|đêm)\s(?:ngày\s)?|ngày\s)"
    r"\d{1,2}\s?[/.\-]\s?\d{1,2}(?:\s?[/.\-]\s?\d{2,4})?\s?\)?,"
)
# An act told as done ("đã", "vừa") with the day it was done on: a report, not a headline.
_PAST_MARK: Final = re.compile(r"\s(?:đã|vừa)\s")
_DAY_OF_ACT: Final = re.compile(
    r"\b(?:(?:rạng sáng|sáng|trưa|chiều|tối|đêm)\s(?:ngày\s)?|ngày\s|hôm\s)\S*\s?\d{1,2}"
    r"\s?[/.\-]\s?\d{1,2}|(?<!\d)\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d{2}(?!\d)"
)


def is_unpunctuated_lead(lowered: str) -> bool:
    """A (lower-cased) line with no final full stop that still reads as the article's lead:
    its frame, then its date set off by commas ("trong khuôn khổ chuyến thăm, chiều 11/4, bộ
    trưởng X đã ..."), or an act told as done on a named day ("X đã tiếp Y ... hôm thứ Tư
    23.11.2016"). Headlines name the act and leave the day and the tense out, so pages that
    drop their paragraphs' full stops still show their lead here; callers keep to lines of
    :data:`UNPUNCTUATED_LEAD_WORDS` words and more."""
    if rules.ends_sentence(lowered):
        return False
    if opens_with_frame(lowered) and _FRAMED_DATE_CLAUSE.search(lowered) is not None:
        return True
    return _PAST_MARK.search(lowered) is not None and _DAY_OF_ACT.search(lowered) is not None


def runs_on(text: str) -> bool:
    """A date line that ends with a comma ("Ngày 27 tháng 5 năm 2021,") opens a sentence that
    the next line goes on with; a page stamp ends at its date or its clock time."""
    return text.rstrip().endswith(",")
