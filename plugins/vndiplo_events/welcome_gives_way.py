"""An arrival welcome gives way to the act the page goes on to report.

A page that opens on the welcome at the place of arrival ("Đón X tại sân bay ... có A; B",
"Đón đoàn ... tại cửa khẩu ... có ...") tells how the trip began, not what it is about:
* when a later sentence reports a reception, talks or a meeting of the welcomed guest ("Tại
  <city>, X đã tiếp A", "X hội đàm với B"), that act is the main event (the welcomers host only
  the welcome: README round 4, "Tại buổi tiếp"; round 11 taxonomy);
* when the page goes on with the trip's programme ("Theo chương trình, đoàn sẽ thăm và làm việc
  ... từ ngày D1 đến D2"), the trip has begun at the welcome: that visit is the main event and no
  longer planned (round 11 #6: a begun trip is not planned, its programme is).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from vndiplo.annotations import Participant
from vndiplo_events.candidate import Candidate
from vndiplo_events.view import ArticleView
from vndiplo_events.welcome_words import WELCOME_TRIGGERS

__all__ = ["act_after_the_arrival"]

#: where an arrival is welcomed (as arrival.py reads it)
ARRIVAL_PLACES: Final = ("sân bay", "phi trường", "nhà ga", "cửa khẩu", "bến cảng")
#: the acts a visit's account is of
_ACTS: Final = frozenset({"reception", "talks", "meeting"})
#: how many sentences after the welcome the programme's visit may come
_PROGRAMME_REACH: Final = 2


def is_arrival_welcome(view: ArticleView, cand: Candidate) -> bool:
    """A plain welcome ("Đón X ...", "ra đón đoàn ...") whose sentence says it is at an
    arrival point (an airport, a station, a border gate)."""
    if cand.type != "reception" or cand.hit.trigger.phrase not in WELCOME_TRIGGERS:
        return False
    sentence = view.sentences[cand.sentence_index]
    said = view.lower[sentence.start : sentence.end]
    return any(place in said for place in ARRIVAL_PLACES)


def act_after_the_arrival(
    view: ArticleView, main: Candidate, candidates: Sequence[Candidate]
) -> Candidate:
    """The reception, talks or meeting of the welcomed guest reported after the arrival
    welcome ``main``; else the programme visit begun at it; else ``main``."""
    if main.form != "reported" or not is_arrival_welcome(view, main):
        return main
    guests = {p.name for p in main.participants if p.role == "guest"}
    later = [c for c in candidates if c.sentence_index > main.sentence_index]
    act = next(
        (
            c
            for c in later
            if c.type in _ACTS
            and c.form == "reported"
            and c.frame is None
            and not (c.embedded or c.planned or c.secondary)
            and not is_arrival_welcome(view, c)
            and guests & {p.name for p in c.participants}
        ),
        None,
    )
    if act is not None:
        return act
    if main.participants:
        return main
    return _programme_visit(view, main, candidates) or main


def _programme_visit(
    view: ArticleView, welcome: Candidate, candidates: Sequence[Candidate]
) -> Candidate | None:
    """The visit with its own span that the sentences right after a welcome of an unnamed
    delegation ("Đón đoàn ... tại cửa khẩu") announce as the programme, no longer planned, its
    guests those of the page's other mention of the trip ("Chuyến thăm của X ...")."""
    visit = next(
        (
            c
            for c in candidates
            if c.type == "visit"
            and c.planned
            and c.frame is None
            and not c.embedded
            and welcome.sentence_index < c.sentence_index
            and c.sentence_index <= welcome.sentence_index + _PROGRAMME_REACH
            and isinstance(c.date_value, str)
            and "/" in c.date_value
        ),
        None,
    )
    if visit is None:
        return None
    participants = visit.participants
    subjects = visit.subjects
    if not participants:
        named = next(
            (
                c
                for c in candidates
                if c.type == "visit"
                and not c.planned
                and c.frame is None
                and c.sentence_index > visit.sentence_index
                and c.subjects
                and all(p.role == "guest" for p in c.participants)
            ),
            None,
        )
        if named is None:
            return None
        subjects = named.subjects
        participants = tuple(Participant(p.name, "guest") for p in named.subjects)
    return visit.but(
        form="reported",
        planned=False,
        subjects=subjects,
        participants=participants,
    )
