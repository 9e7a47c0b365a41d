"""The wire dateline's place for a main event the body places nowhere, and the roles it gives.

"VATICAN CITY — Hôm thứ Sáu, A đã hội kiến B ...": the body names no place, the wire's city is
where the meeting was (README AK9, round 11 #7). It says nothing of whose ground that is when
two sides are named (a meeting on the sidelines of a summit in New York, AK06), but a lone
named side from abroad travelled there: a guest ("A đã hội kiến với ĐGH" in the Vatican, the
other side named by no person).
"""

from __future__ import annotations

from typing import Final

from vndiplo.annotations import Participant
from vndiplo_events.candidate import Candidate
from vndiplo_events.main_place import dateline_place
from vndiplo_events.participants import person_country
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView

__all__ = ["with_dateline_place"]

#: the types whose one named side, met abroad, is the one who travelled
_MET: Final = frozenset({"meeting", "talks", "reception"})


def with_dateline_place(view: ArticleView, main: Candidate, gaz: Gazetteer) -> Candidate:
    """``main`` (with no place) placed by the lead's dateline, a lone side's role judged by
    that place (see the module's doc)."""
    placed = dateline_place(view, main, gaz)
    if placed is main or any(p.role != "participant" for p in main.participants):
        return placed
    # the wire writes its city in capitals; the gazetteer knows "Vatican City"
    titled = placed.location.title() if placed.location else None
    country = gaz.country_of(titled) if titled else None
    people = {p.name: p for p in view.people}
    if (
        country is not None
        and placed.type in _MET
        and len(placed.participants) == 1
        and placed.participants[0].name in people
        and person_country(people[placed.participants[0].name], gaz) != country
    ):
        guest = Participant(placed.participants[0].name, "guest")
        return placed.but(participants=(guest,), cameo="042")
    return placed
