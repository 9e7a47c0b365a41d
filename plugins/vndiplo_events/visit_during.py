"""A visit told through the acts "during" it: "Trong thời gian chuyến thăm, X đã hội đàm với A,
tiếp kiến B, gặp gỡ C". The sentence sums the trip up; its acts are moments of the visit and
never beat it, so the visit is the main event, with the acts' subject as its visitor (V02).

Kept apart from the choice of the main event (choice.py): one opening phrase and the sides of
the act that follows it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.annotations import Participant
from vndiplo_events.candidate import Candidate
from vndiplo_events.view import ArticleView

__all__ = ["visit_of_its_acts"]

#: the sentence opens with "during the visit / the trip": "Trong thời gian chuyến thăm (chính
#: thức) ...", "Trong thời gian thăm ...", "Trong suốt chuyến công tác ..."
_DURING: Final = re.compile(r"[\W_]*trong\s+(?:suốt\s+)?(?:thời\s+gian\s+)?(?:chuyến\s+|lần\s+)?")
#: the acts a visit consists of
_ACTS: Final = frozenset({"reception", "meeting", "talks"})


def visit_of_its_acts(
    view: ArticleView, main: Candidate, candidates: Sequence[Candidate]
) -> Candidate:
    """The visit that opens the main act's sentence as "Trong thời gian chuyến thăm, ...", with
    the act's subjects as its guests; else ``main``."""
    if main.type not in _ACTS or not main.subjects:
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
    guests = tuple(Participant(p.name, "guest") for p in main.subjects)
    return visit.but(subjects=main.subjects, participants=guests, cameo=visit.hit.trigger.cameo)


def _opens_during(view: ArticleView, start: int, visit_start: int) -> bool:
    """ "Trong thời gian" (or "Trong suốt") and nothing else before the visit word."""
    found = _DURING.match(view.lower, start, visit_start)
    if found is None or found.end() != visit_start:
        return False
    opening = found.group()
    return "thời gian" in opening or "suốt" in opening
