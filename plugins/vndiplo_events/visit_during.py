"""A visit told through the acts "during" it: "Trong thời gian chuyến thăm, X đã hội đàm với A,
tiếp kiến B, gặp gỡ C". The sentence sums the trip up; its acts are moments of the visit and
never beat it, so the visit is the main event, with the act's guest as its visitor (V02): the
one received, not the host ("Trong thời gian chuyến thăm, A đã tiếp B": B is the visitor).

Kept apart from the choice of the main event (choice.py): one opening phrase and the sides of
the act that follows it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.annotations import Participant
from vndiplo.model import Person
from vndiplo_events.candidate import Candidate, unique_people
from vndiplo_events.view import ArticleView

__all__ = ["visit_of_its_acts"]

#: the sentence opens with "during the visit / the trip": "Trong thời gian chuyến thăm (chính
#: thức) ...", "Trong thời gian thăm ...", "Trong suốt chuyến công tác ..."
_DURING: Final = re.compile(r"[\W_]*trong\s+(?:suốt\s+)?(?:thời\s+gian\s+)?(?:chuyến\s+|lần\s+)?")
#: the acts a visit consists of
_ACTS: Final = frozenset({"reception", "meeting", "talks"})
#: roles that say nothing of who travels
_UNSET: Final = frozenset({"participant"})


def visit_of_its_acts(
    view: ArticleView, main: Candidate, candidates: Sequence[Candidate]
) -> Candidate:
    """The visit that opens the main act's sentence as "Trong thời gian chuyến thăm, ...", with
    the act's guests as its guests; else ``main``."""
    visitors = _visitors(main)
    if not visitors:
        return main
    sentence = view.sentences[main.sentence_index]
    visit = next(
        (
            c
            for c in candidates
            if c.sentence_index == main.sentence_index
            and c.type == "visit"
            and c.hit.end <= main.hit.start
            and c.form == "reported"
            and not (c.planned or c.embedded or c.participants)
        ),
        None,
    )
    if visit is None or not _opens_during(view, sentence.start, visit.hit.start):
        return main
    guests = tuple(Participant(p.name, "guest") for p in visitors)
    return visit.but(subjects=visitors, participants=guests, cameo=visit.hit.trigger.cameo)


def _visitors(act: Candidate) -> tuple[Person, ...]:
    """Who travels, by the act's sides: its guests when roles are set (a reception's host
    stays at home), else a reception's objects; a meeting or talks with no roles yet ("X hội
    đàm với A"): its subjects, the delegation's head the sentence is about."""
    if act.type not in _ACTS:
        return ()
    guests = {p.name for p in act.participants if p.role == "guest"}
    if guests:
        named = [*act.subjects, *act.objects]
        return unique_people(p for p in named if p.name in guests)
    if act.type == "reception":
        return act.objects
    if all(p.role in _UNSET for p in act.participants):
        return act.subjects
    return ()


def _opens_during(view: ArticleView, start: int, visit_start: int) -> bool:
    """ "Trong thời gian" (or "Trong suốt") and nothing else before the visit word."""
    found = _DURING.match(view.lower, start, visit_start)
    if found is None or found.end() != visit_start:
        return False
    opening = found.group()
    return "thời gian" in opening or "suốt" in opening
