"""The sides of a meeting told as a noun phrase: "trong buổi tiếp Thứ trưởng X của Thủ tướng Y
ngày 25/4", "cuộc hội kiến Đại sứ X của Chủ tịch Y". The possessor after "của" is the one who
received or met; the people before "của" are the ones received. Those named before the noun
belong to the clause around it ("Tổng thống Z sẽ thăm ..., thông tin được đưa ra trong buổi
tiếp ..."), not to the meeting.
"""

from __future__ import annotations

from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.cues import Cues
from vndiplo_events.view import ArticleView

__all__ = ["possessor_sides"]

#: the meetings whose noun may name its host by a possessive
_MEETINGS: Final = frozenset({"reception", "meeting", "talks"})


def possessor_sides(view: ArticleView, cues: Cues, cand: Candidate) -> Candidate:
    """``cand`` (a back-reference) with the possessor after "của" as its subject and those
    between the noun and "của" as its objects (none when the guest is named by title alone:
    the next sentences may name him), when "của" names someone."""
    if cand.type not in _MEETINGS or not cand.objects:
        return cand
    of = cues.of.search(view.lower, cand.hit.end, cand.zone_end)
    if of is None:
        return cand
    received = [m.person for m in view.mentions_in(cand.hit.end, of.start())]
    owners = [m.person for m in view.mentions_in(of.end(), cand.zone_end)]
    if not owners:
        return cand
    return cand.but(subjects=tuple(owners[:1]), objects=tuple(received))
