"""After an act written as a fronted noun frame, the subject of the first statement is the
act's other side.

"Tại cuộc hội đàm với Bộ trưởng A, bà B đánh giá cao ...", "Trong buổi tiếp, ông C khẳng định
...", "Tại buổi làm việc với đoàn tỉnh X, Chủ tịch D cho biết ...": the frame (a preposition,
the act's noun, the counterpart after "với") is closed by a comma; who speaks in the clause
after it took part in the act, across from the one the frame names. Read by the shape of the
sentence (nobody before the act's noun, a comma closing the frame, names before the clause's
first verb), whatever the act noun or the statement verb.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.candidate import Candidate, SentenceFacts, unique_people
from vndiplo_events.finishing import with_roles
from vndiplo_events.places import Gazetteer
from vndiplo_events.reception_sides import first_verb
from vndiplo_events.view import ArticleView

__all__ = ["with_frame_speaker"]

#: before the act's noun, only a frame opener: a preposition of time or place, then a
#: classifier ("Tại cuộc", "Trong buổi", "Ngay sau lễ", "Tại các cuộc")
_FRAME_OPENER: Final = re.compile(
    r"\W*(?:(?:ngay\s+)?(?:tại|trong|ở|qua|sau|trước|khi)\s+)?(?:(?:các|những|hai)\s+)?"
    r"(?:cuộc|buổi|lễ|phiên)?\s*$"
)
#: the frame's end: its first comma, within a noun phrase's reach
_FRAME_REACH: Final = 160
#: a verb inside the frame: the comma then closes a clause, not a frame
_FRAME_VERB: Final = re.compile(r"(?<!\w)(?:đã|sẽ|đang|vừa)(?!\w)")
_TYPES: Final = frozenset({"reception", "meeting", "talks"})


def with_frame_speaker(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """``main`` told as a fronted noun frame ("Tại cuộc hội đàm với A, B khẳng định ..."):
    the people named after the frame's comma and before the clause's first verb are its
    subject, those the frame names its objects. Only for an act that lacks a side."""
    if main.type not in _TYPES or (main.subjects and main.objects):
        return main  # both sides read already: the speaker may be either
    low = view.lower
    sentence = own.sentence
    hit = main.hit
    if view.mentions_in(sentence.start, hit.start):
        return main
    if _FRAME_OPENER.fullmatch(low, sentence.start, hit.start) is None:
        return main
    comma = low.find(",", hit.end, min(sentence.end, hit.end + _FRAME_REACH))
    if comma == -1 or _FRAME_VERB.search(low, hit.end, comma):
        return main
    verb = first_verb(low, comma + 1, sentence.end)
    if verb is None:
        return main  # no statement: the names after the comma may be a list
    speakers = unique_people(m.person for m in view.mentions_in(comma + 1, verb))
    if not speakers or len(speakers) > 2:
        return main
    names = {p.name for p in speakers}
    framed = unique_people(m.person for m in view.mentions_in(hit.end, comma))
    if names & {p.name for p in framed}:
        return main
    if {p.name for p in main.subjects} == names:
        return main
    objects = unique_people(
        [*framed, *(p for p in (*main.subjects, *main.objects) if p.name not in names)]
    )
    return with_roles(view, main.but(subjects=speakers, objects=objects), own, gaz)
