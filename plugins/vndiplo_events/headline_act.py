"""The headline's meeting, when the body reports only its parts and names no one.

"Hội đàm giữa Công an huyện A với An ninh huyện B" over a body that says "Tại hội nghị, hai bên
..." and "Hai bên đã thống nhất ký kết Biên bản ..." (organisations, no person): the body's
signing is a step of the talks the headline names, and "hội nghị" is no event word, so the
headline's act types the main event (README round 5 headline rule; organisations keep empty
participants, M01, P12).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.headline_event import named_in_headline
from vndiplo_events.participants import assign_roles
from vndiplo_events.patterns import lowered
from vndiplo_events.triggers import TriggerHit
from vndiplo_events.view import ArticleView

__all__ = ["headline_act_over_parts"]

#: the meetings a headline may name whose steps the body reports
_MEETINGS: Final = frozenset({"talks", "meeting", "reception"})
#: the steps of a meeting that a body may report without the meeting itself
_PARTS: Final = frozenset({"signing", "other"})
#: a meeting word that only sets the scene of the headline's news: "ký kết ... sau hội đàm",
#: "bên lề cuộc gặp", "tại buổi tiếp"
_CONTEXT: Final = re.compile(r"(?<!\w)(?:sau|bên\s+lề|trước|tại|trong)\s+(?:(?:cuộc|buổi)\s+)?$")


def headline_act_over_parts(
    view: ArticleView,
    headline: str,
    hits: Sequence[TriggerHit],
    main: Candidate,
    candidates: Sequence[Candidate],
) -> Candidate | None:
    """The headline's meeting, keyed after ``candidates`` and anchored at the body's start,
    when ``main`` is a step of it (a signing) that names no one and the body reports no event
    with people nor any of the headline's type; else None. A meeting word that only sets the
    scene ("ký kết ... sau hội đàm") names no meeting of its own."""
    low = headline.lower()
    hit = next(
        (
            h
            for h in hits
            if h.trigger.type in _MEETINGS
            and not _CONTEXT.search(low, max(0, h.start - 16), h.start)
        ),
        None,
    )
    if hit is None or not view.sentences:
        return None
    if main.type not in _PARTS or main.participants or main.form != "reported":
        return None
    if any(c.participants or c.type == hit.trigger.type for c in candidates):
        return None
    start = view.sentences[0].start
    anchor = TriggerHit(start, start, hit.text, hit.trigger)
    cand = Candidate(len(candidates), anchor, 0, "reported", None, start, start)
    # the body's collective subject ("Hai Thủ tướng bày tỏ ...") names no one: the people the
    # headline names are the sides ("Thủ tướng A hội kiến với Thủ tướng Ma-lai-xi-a": A);
    # nothing there says who travelled (round 17 CB12, COLLECTIVE-SUBJECT)
    placed = named_in_headline(lowered(headline), view.people)
    subjects = tuple(p for at, p in placed if at < hit.start)
    objects = tuple(p for at, p in placed if at >= hit.end)
    participants, cameo = assign_roles(
        hit.trigger.type or "other", hit.trigger.cameo, subjects, objects, (), None
    )
    return cand.but(subjects=subjects, objects=objects, participants=participants, cameo=cameo)
