"""An event word inside a bracketed aside of a sentence that reports the act outside it.

"Từ ngày 27 đến 30/8 (một số thành viên ở lại thăm đến ngày 31/8), đoàn đã thăm ...": the
bracket adds a detail about part of the act (a subset of the delegation, a later leg); the
sentence's own act is the one outside. Its word inside the bracket is no second event, so it
cannot lend the sentence's event the bracket's date either (:func:`in_aside`). A sentence
whose only event word is in brackets keeps it; a bracket that only gives a date ("(3-5/3)",
"(từ ngày 3 đến 5/3)") dates the act it follows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.sentences import Sentence
from vndiplo_events.triggers import TriggerHit

__all__ = ["in_aside", "without_bracketed_asides"]

#: Words a bracket may open with before its date and still only give a date.
_DATE_WORDS: Final = re.compile(
    r"(?:từ|ngày|hôm|vào|đến|tới|khoảng|sáng|chiều|tối|trưa|đêm|[,\s])*"
)


def without_bracketed_asides(
    text: str, sentence: Sentence, hits: Sequence[TriggerHit]
) -> Sequence[TriggerHit]:
    """``hits`` less those inside a bracket opened in the sentence, when a hit outside any
    bracket remains."""
    if len(hits) < 2 or "(" not in text[sentence.start : sentence.end]:
        return hits
    outside = [h for h in hits if not _in_bracket(text, sentence.start, h.start)]
    return outside if outside else hits


def _in_bracket(text: str, start: int, pos: int) -> bool:
    """A "(" between ``start`` and ``pos`` that no ")" closes before ``pos``."""
    opened = text.rfind("(", start, pos)
    return opened != -1 and text.find(")", opened, pos) == -1


def in_aside(low: str, start: int, pos: int, trigger: int) -> bool:
    """The date at ``pos`` is inside a bracket opened after ``start`` that says something of
    its own before it ("(một số thành viên ở lại đến ngày 31/8)"), not a bare date, and the
    event word at ``trigger`` is outside that bracket."""
    opened = low.rfind("(", start, pos)
    if opened == -1 or low.find(")", opened, pos) != -1:
        return False
    closed = low.find(")", pos)
    if opened < trigger and (closed == -1 or trigger < closed):
        return False  # the event word is in the same bracket
    return _DATE_WORDS.fullmatch(low, opened + 1, pos) is None
