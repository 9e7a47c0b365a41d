"""A later paragraph's date written inside another act's phrase: that act's day, not the meeting's.

A main event whose own sentence gives no day borrows the body's first full date (main_date.py).
When that date sits in a later paragraph, in the middle of a clause, after the phrase it
modifies ("chúc mừng việc khánh thành nhà máy điện ngày 5/3/2024", "nhắc lại lễ ký hiệp định
hôm 2/1"), it is the day of that other act: a plant opened, an airport inaugurated, a treaty
signed. A date that opens its clause ("Chiều 5/3, ...", "..., ngày 5/3, hai bên ...") sets the
scene and may be the meeting's; so may one written after a trigger of the meeting's own type
anywhere earlier in its sentence ("Trong cuộc hội kiến tại Viêng Chăn, Lào ngày 5/3").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.view import ArticleView, DateRef

__all__ = ["dates_another_act"]

#: Clause boundaries: a date right after one of these opens its clause.
_CLAUSE_MARKS: Final = ",;:()\n\u2013\u2014"
#: Words that only introduce the date itself ("vào sáng ngày", "hôm", "từ"): not a phrase it
#: modifies. Matched at the end of the text before the date.
_TIME_LEAD: Final = re.compile(
    r"(?:(?<!\w)(?:cũng|ngay|chính|và|vào|từ|đến|tới|trong|hồi|lúc|cuối|đầu|giữa|ngày|hôm|sáng|trưa|chiều|tối|đêm|"
    r"khuya|rạng\s+sáng)\s*)+$"
)


def _clause_start(text: str, floor: int, at: int) -> int:
    """Where the clause holding offset ``at`` opens (not before ``floor``)."""
    return max([floor, *(text.rfind(mark, floor, at) + 1 for mark in _CLAUSE_MARKS)])


def dates_another_act(
    view: ArticleView, ref: DateRef, main: Candidate, candidates: Sequence[Candidate]
) -> bool:
    """Whether ``ref``, in a later paragraph than the main event's sentence, modifies a phrase
    mid-clause, and no trigger of the main's type comes before it in its sentence (an apposition
    "ở Thiên Tân, Trung Quốc ngày 1/9" after "Trong cuộc hội kiến" still dates the meeting)."""
    own = view.sentences[main.sentence_index]
    sentence = next((s for s in view.sentences if s.start <= ref.start < s.end), None)
    if sentence is None or sentence.block == own.block:
        return False
    opens = _clause_start(view.text, sentence.start, ref.start)
    lead = view.lower[opens : ref.start]
    if not _TIME_LEAD.sub("", lead.rstrip()).strip():
        return False  # the date opens its clause: a scene, maybe the meeting's
    return not any(
        c.type == main.type and sentence.start <= c.hit.start < ref.start for c in candidates
    )
