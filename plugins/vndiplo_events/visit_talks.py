"""The talks of a visit the lead announces, under a headline that names no event.

"Nhận lời mời của A, B bắt đầu chuyến thăm chính thức X từ ngày 5-7/4. ... Sau lễ đón, hai bên
đã hội đàm." under a headline of themes ("Thúc đẩy quan hệ ... lên tầm cao mới") reports the
day's talks: the visit is their frame. A headline naming the visit keeps the visit (choice.py),
and so does a page with no headline (the held-out convention: the visit is the news), unless
the talks come in the very next sentence and the body refers back to them (visit_account.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from vndiplo.annotations import Participant
from vndiplo_events.candidate import Candidate

__all__ = ["talks_of_the_visit"]

#: how many sentences after the visit's its talks may be told
_REACH: Final = 3


def talks_of_the_visit(main: Candidate, candidates: Sequence[Candidate]) -> Candidate:
    """The first talks reported in the next few sentences after a reported visit, with the
    visit's sides when the talks name no one ("hai Thủ tướng đã hội đàm"); else
    ``main``. The caller applies it only under a headline with no event word."""
    if main.type != "visit" or main.form != "reported" or main.embedded:
        return main
    last = main.sentence_index + _REACH
    talks = next(
        (
            c
            for c in candidates
            if c.type == "talks"
            and c.form == "reported"
            and c.frame is None
            and not (c.embedded or c.planned or c.secondary)
            and main.sentence_index < c.sentence_index <= last
        ),
        None,
    )
    if talks is None:
        return main
    if not talks.participants:
        sides = _sides_of_the_visit(main)
        # the visitor at least: "lễ đón X sang thăm ... Sau lễ đón, hai Nguyên thủ đã hội
        # đàm" names the host only later, where the main event's missing side is looked for
        if not any(p.role == "guest" for p in sides):
            return main
        # the visit's sides are the talks' sides too, so that the one it leaves out may be
        # found later on the page ("Quốc vương B đánh giá chuyến thăm ...": main_sides.py)
        names = {p.name for p in sides}
        named = [p for p in (*main.subjects, *main.objects, *main.inviters) if p.name in names]
        guests = {p.name for p in sides if p.role == "guest"}
        talks = talks.but(
            participants=sides,
            cameo=talks.hit.trigger.cameo,
            subjects=tuple(p for p in named if p.name in guests),
            objects=tuple(p for p in named if p.name not in guests),
        )
    return talks


def _sides_of_the_visit(visit: Candidate) -> tuple[Participant, ...]:
    """The visit's host and guest; its inviter hosts the talks the visit holds when no visited
    person is named: "theo lời mời của X, Y thăm ...; hai bên đã hội đàm" (X and Y talk)."""
    sides = [Participant(p.name, p.role) for p in visit.participants if p.role in ("host", "guest")]
    if not any(p.role == "host" for p in sides):
        named = {p.name for p in sides}
        sides += [Participant(p.name, "host") for p in visit.inviters if p.name not in named]
    return tuple(sides)
