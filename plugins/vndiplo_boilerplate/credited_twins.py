"""A teaser line that repeats the credited lead right below it.

Aggregators' mobile pages print the article's opening twice: first as a teaser line with no
credit, often led by a dash ("- Ngày 3/4, ..."), then as the lead with the outlet's credit
glued before the same words ("(ABC) - Ngày 3/4, ...", "(ABC)Ngày 3/4, ..."). The copies are not
word for word alike (the credit differs), so the repeat rules miss them and both stayed body.
The credited copy is the lead (README round 4, S01; round 7 #9); the copy above it is the
teaser, even when it stops short of the end ("...").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from vndiplo_boilerplate import rules
from vndiplo_boilerplate.lines import Line
from vndiplo_boilerplate.related_lists import BULLET_MARKS

__all__ = ["teaser_of_credited_lead"]

#: A teaser shorter than this (in words) is a label or a headline, never a copy of the lead.
MIN_TWIN_WORDS: Final = 8
#: Lines looked at below the teaser for the credited copy (a blank, a photo between).
TWIN_WINDOW: Final = 3


def _plain(lowered: str) -> str:
    """The text with a leading dash or bullet and a closing ellipsis or stop taken off."""
    for mark in BULLET_MARKS:
        if lowered.startswith(mark):
            lowered = lowered[len(mark) :]
            break
    return " ".join(lowered.split()).rstrip(".… ")


def teaser_of_credited_lead(
    lines: Sequence[Line], i: int, ready: Callable[[int], None], is_prose: Callable[[int], bool]
) -> bool:
    """Line ``i`` (prepared, with no credit of its own but a dash) says again, from its first word,
    what the next paragraph says past its outlet credit."""
    line = lines[i]
    own = rules.lead_credit(line.text)
    if line.words < MIN_TWIN_WORDS or (own is not None and own[0] > 0):
        return False  # (a bare dash before it reads as an empty credit)
    mine = _plain(line.lowered[own[1] if own is not None else 0 :])
    ready(min(len(lines), i + 1 + TWIN_WINDOW))
    for j in range(i + 1, min(len(lines), i + 1 + TWIN_WINDOW)):
        if not is_prose(j):
            continue
        other = lines[j]
        credit = rules.lead_credit(other.text)
        if credit is None or credit[1] == 0:
            return False
        theirs = _plain(other.lowered[credit[1] :])
        return len(mine.split()) >= MIN_TWIN_WORDS and theirs.startswith(mine)
    return False
