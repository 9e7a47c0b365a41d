"""Whose occasion a frame tells, and so whether its "tại" places the act it frames.

An occasion frame ("Nhân dịp ...", "Nhân chuyến ...", "Trong khuôn khổ ...") lends its place
to the act only when it is the act's subject's own trip or occasion: "Nhân dịp dự Hội nghị X
tại Tokyo, A gặp B" (A went to Tokyo). A frame with an actor of its own, the other side or a
third party, tells that actor's trip, whose place may be wider than the act's (README round 5
D22, round 13 BH04: "Nhân dịp Đoàn Y dự Chương trình ... tại Z, A hội kiến B" gives the
meeting no place). The actor is a possessor ("chuyến công tác của Đoàn Y"), or a subject right
after the opening word ("Nhân dịp Đoàn Y dự ...", "Nhân dịp Thủ tướng Y sang thăm ..."):

* a person named there who is not one of the act's subjects makes it another's trip;
* with no person named, a country the actor's words name ("Đoàn đại biểu tỉnh Y (Lào)") that
  none of the act's subjects is from does.

A trip told after a reception ("A tiếp B nhân chuyến sang thăm ... tại tỉnh X") is the
guest's: a city, province or country there is the trip's, only a seat the reception's
(README round 8 #22, round 13 #1).
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.frames import Frame
from vndiplo_events.participants import person_country
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView

__all__ = ["others_occasion"]

#: the word an occasion frame opens on
_OPENING: Final = re.compile(r"(?:nhân\s+dịp|nhân\s+chuyến|trong\s+khuôn\s+khổ|nhân)\s+")
#: the possessor of the trip or occasion: "chuyến thăm của Đoàn Y"
_POSSESSOR: Final = re.compile(r"(?<!\w)của\s+")
#: a subject right after the opening word: a delegation, or a person by pronoun
_DELEGATION_SUBJECT: Final = re.compile(
    r"(?:các\s+|phái\s+)?đoàn(?!\s+kết)(?!\w)|(?:ông|bà|ngài)\s"
)
#: how far after the opening a person named still opens the frame as its subject
_SUBJECT_REACH: Final = 60


def others_occasion(
    view: ArticleView, frame: Frame, at: int, cand: Candidate, gaz: Gazetteer
) -> bool:
    """Whether the frame, whose place preposition is at ``at``, tells the trip or occasion of
    someone other than ``cand``'s subjects (see the module docstring)."""
    if frame.kind != "occasion":
        return False
    low = view.lower
    opening = _OPENING.match(low, frame.start, at)
    if opening is None:
        return False
    possessor = _POSSESSOR.search(low, opening.end(), at)
    if possessor is not None:
        actor = possessor.end()
    elif _DELEGATION_SUBJECT.match(low, opening.end(), at) or _person_opens(
        view, opening.end(), at
    ):
        actor = opening.end()
    else:
        return False  # "nhân dịp sang dự ...", "nhân chuyến thăm ...": the subject's own
    subjects = {p.name for p in cand.subjects}
    named = view.mentions_in(actor, at)
    if named:
        return not any(m.person.name in subjects for m in named)
    country = gaz.country_of(view.text[actor:at], first=True)
    if country is None or not cand.subjects:
        return False
    return country not in {person_country(p, gaz) for p in cand.subjects}


def _person_opens(view: ArticleView, start: int, at: int) -> bool:
    """A person is named right after the opening, behind capitalised title words only: the
    frame's own subject ("Nhân dịp Thủ tướng Y sang thăm ..."), not one named further in
    ("nhân dịp dự Hội nghị do Y chủ trì")."""
    near = view.mentions_in(start, min(at, start + _SUBJECT_REACH))
    if not near:
        return False
    return all(word[:1].isupper() for word in view.text[start : near[0].start].split())
