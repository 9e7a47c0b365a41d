"""The sides of an event the body knows only through a frame: "Tại cuộc gặp, A cảm ơn B ...".

A page whose lead was lost (a BBCode sapo, a photo caption) may refer to its meeting only as
"Tại cuộc gặp, ..." / "Trong khuôn khổ buổi gặp, ...". The back-reference names nobody itself,
but the clause after its comma does: its first person is one side and the person that side acts
on, before the clause's next comma, the other ("A cảm ơn B", "A trao cho B"); "A và B" are both.
A thanks for being received ("A cảm ơn B đã dành thời gian tiếp đoàn") makes the event the
reception that B gave A. Kept apart from back-reference finishing (finishing.py), which calls
it only when the noun phrase itself named no side.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.candidate import Candidate, SentenceFacts
from vndiplo_events.frames import Frame
from vndiplo_events.places import Gazetteer
from vndiplo_events.triggers import TriggerHit
from vndiplo_events.view import ArticleView, Mention

__all__ = ["is_bare_meeting_frame", "place_of_the_noun", "sides_after_frame"]

#: the event nouns a frame can refer back to as the article's meeting
_MEETING_TYPES: Final = frozenset({"meeting", "reception", "talks"})
#: "Trong khuôn khổ (các) buổi/cuộc <noun>" with nothing after the noun: the meeting itself
_BARE_FRAME_HEAD: Final = re.compile(r"trong\s+khuôn\s+khổ\s+(?:(?:các|những)\s+)?(?:buổi|cuộc)\s+")
_BARE_FRAME_TAILS: Final = frozenset({"", "này", "đó", "hôm nay"})
#: the first side must open the clause, not stand deep inside it
_SUBJECT_REACH: Final = 60
#: words after which a person is told about, not acted on ("cho biết Thủ tướng X sẽ ...",
#: "lời chúc của Chủ tịch X"): the clause names no second side past them
_NOT_A_SIDE: Final = re.compile(
    r"(?<!\w)(?:cho\s+biết|cho\s+rằng|khẳng\s+định|nhấn\s+mạnh|thông\s+báo|nói|tin\s+rằng"
    r"|hy\s+vọng|hi\s+vọng|mong\s+muốn|nhắc\s+lại|nhớ\s+lại|chuyển\s+lời|của|rằng|về)(?!\w)"
)
_HONORIFIC: Final = re.compile(r"^(?:đồng\s+chí|ông|bà|ngài)(?:\s+|$)")
_COORDINATED: Final = re.compile(r"\s*(?:và|cùng)\s*$")
#: "B đã (dành thời gian) tiếp / đón (tiếp) đoàn": B received the thanking side
_RECEIVED: Final = re.compile(
    r"\s*(?:đã\s+)?(?:dành\s+(?:thời\s+gian|sự)\s+(?:quý\s+báu\s+)?(?:để\s+)?)?"
    r"(?P<verb>tiếp|đón)(?!\w)"
)


def is_bare_meeting_frame(low: str, hit: TriggerHit, frame: Frame) -> bool:
    """ "Trong khuôn khổ buổi gặp, A ...": the frame is the meeting itself, named by its noun
    alone; a back-reference to it, not a secondary event inside another."""
    if hit.trigger.type not in _MEETING_TYPES or frame.kind != "occasion":
        return False
    head = _BARE_FRAME_HEAD.match(low, frame.start, hit.start)
    return (
        head is not None
        and head.end() == hit.start
        and low[hit.end : frame.end].strip(" ,") in _BARE_FRAME_TAILS
    )


def sides_after_frame(view: ArticleView, cand: Candidate, facts: SentenceFacts) -> Candidate | None:
    """``cand``, a back-reference, with the sides the clause after its noun phrase gives and
    its zone ending at the noun phrase; None if the noun phrase names a side itself or the
    clause names no two sides."""
    if cand.type not in _MEETING_TYPES:
        return None
    text, low = view.text, view.lower
    sentence = facts.sentence
    comma = text.find(",", cand.hit.end, min(sentence.end, cand.hit.end + 30))
    if comma == -1 or view.mentions_in(cand.hit.end, comma):
        return None
    semicolon = text.find(";", comma, sentence.end)
    clause_end = semicolon if semicolon != -1 else sentence.end
    mentions = view.mentions_in(comma + 1, clause_end)
    if not mentions or not _opens_clause(low, comma + 1, mentions[0]):
        return None
    first = mentions[0]
    second = _acted_on(text, low, first, mentions[1:])
    if second is None:
        return None
    cand = cand.but(zone_end=comma)
    if _COORDINATED.match(low, first.end, second.start):
        return cand.but(subjects=(first.person, second.person), objects=())
    received = _RECEIVED.match(low, second.end, clause_end)
    if received is not None:
        reception = _hit_at(facts, received.start("verb"))
        if reception is not None:
            # "A cảm ơn B đã tiếp đoàn": B's reception of A
            return cand.but(hit=reception, subjects=(second.person,), objects=(first.person,))
    return cand.but(subjects=(first.person,), objects=(second.person,))


def place_of_the_noun(
    view: ArticleView, cand: Candidate, facts: SentenceFacts, gaz: Gazetteer
) -> str | None:
    """The place inside the back-reference's own noun phrase ("Tại cuộc gặp ở X, ..."): a
    place in the clause after it is where that clause's acts happened."""
    start = min(cand.hit.end, cand.zone_end)
    inside = [
        loc
        for loc in facts.locations(view, gaz)
        if not loc.title and start <= loc.start < cand.zone_end
    ]
    return inside[0].text if inside else None


def _opens_clause(low: str, start: int, mention: Mention) -> bool:
    """The person is the clause's subject: only an honorific or his own title stands before
    him ("đồng chí X", "Bộ trưởng Quốc phòng X"), not a verb ("hai bên chuyển lời ... giữa X")."""
    if mention.start - start > _SUBJECT_REACH:
        return False
    gap = _HONORIFIC.sub("", low[start : mention.start].strip())
    return not gap or any(
        gap.startswith(" ".join(title.lower().split()[:2])) for title in mention.person.titles
    )


def _acted_on(text: str, low: str, first: Mention, rest: list[Mention]) -> Mention | None:
    """The next person after ``first`` in its comma segment, unless told about rather than
    acted on."""
    for mention in rest:
        if mention.person.name == first.person.name:
            continue
        between = (first.end, mention.start)
        if text.find(",", *between) != -1 or _NOT_A_SIDE.search(low, *between):
            return None
        return mention
    return None


def _hit_at(facts: SentenceFacts, start: int) -> TriggerHit | None:
    """The sentence's trigger hit that starts at ``start`` ("tiếp" of "đã tiếp đoàn")."""
    return next((h for h in facts.hits if h.start == start), None)
