"""A body whose first sentence opens on a back-reference (round 13).

"Tại buổi hội đàm chiều 4/3, đại diện hai hội ...", "Tại cuộc gặp, Bộ trưởng A ...", "Trong
thư, A ...": the page left the report of its act out (the lead was a sapo, a caption or never
written) and tells it by its noun. Nothing reported before it, the act is the page's, even when
its sides are organisations or only the speaker: typed from its noun, its people the ones the
sentence and the headline give.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.view import ArticleView

__all__ = ["OPENING_TYPES", "opens_on_backref"]

#: the acts a back-reference opening the body may be: meetings, calls and messages
OPENING_TYPES: Final = frozenset({"reception", "meeting", "talks", "phone_call", "message"})
#: all a sentence may hold before its back-reference: a preposition of place or scope, and a
#: classifier ("Tại buổi", "Trong cuộc", "Qua bức", "Tại")
_OPENING: Final = re.compile(
    r"[\s\"“'‘(\-–—•*]*(?:tại|trong|qua)\s+(?:(?:buổi|cuộc|bức|các\s+cuộc|lễ)\s+)?$"
)


def opens_on_backref(view: ArticleView, cand: Candidate) -> bool:
    """``cand``, a back-reference, is the first words of the body's first sentence but the
    preposition: "Tại buổi tiếp, ...", not "Sau hội đàm, ..." (what followed the act) nor
    "Hai bên nhắc lại cuộc gặp ..." (an act recalled)."""
    if cand.form != "backref" or cand.sentence_index != 0:
        return False  # after a lead of other words (a member list) it may recall another act
    sentence = view.sentences[cand.sentence_index]
    return _OPENING.fullmatch(view.lower, sentence.start, cand.hit.start) is not None


def sideless_opening(view: ArticleView, cand: Candidate) -> bool:
    """``cand`` is the body's opening back-reference and names nobody ("Tại cuộc hội đàm, hai
    bộ trưởng ..."): the sides are only where the page tells the act, its headline or caption."""
    return (
        not cand.participants
        and not cand.subjects
        and not cand.objects
        and opens_on_backref(view, cand)
    )


def with_stated_sides(cand: Candidate, told: Candidate | None) -> Candidate:
    """``cand``, a sideless opening back-reference, with the sides of ``told``, the same act
    as the headline or the lead caption states it with both sides ("Quang cảnh cuộc hội đàm
    giữa A và B"); an act of another type, or one side only, lends nothing."""
    if told is None or told.type != cand.type or len(told.participants) < 2:
        return cand
    return cand.but(
        subjects=told.subjects,
        objects=told.objects,
        participants=told.participants,
        cameo=told.cameo if cand.type != "talks" else cand.cameo,
    )
