"""An arrival welcome is part of the visit it opens.

"Đón Thủ tướng X tại sân bay ... có Bộ trưởng Y" under "Thủ tướng X bắt đầu chuyến thăm Z"
reports the visitor's arrival: the article is about the visit, and the welcome at the airport
is one of its moments, as a guard of honour is. The visit the body reports (or refers to) is the
main event; when the body never names it, the headline's visit with the welcomed guests.
A welcome in the city (a "Lễ đón chính thức" before talks) is left to the other rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from vndiplo.model import Person
from vndiplo_events.arrival_lead import arrival_in, visit_on_arrival
from vndiplo_events.candidate import Candidate
from vndiplo_events.participants import assign_roles
from vndiplo_events.triggers import TriggerHit
from vndiplo_events.view import ArticleView
from vndiplo_events.welcome_words import WELCOME_TRIGGERS

__all__ = ["visit_over_arrival"]

#: where an arrival is welcomed
_ARRIVAL_PLACES: Final = ("sân bay", "phi trường", "nhà ga", "cửa khẩu")


def visit_over_arrival(
    view: ArticleView,
    main: Candidate,
    candidates: Sequence[Candidate],
    headline_hits: Sequence[TriggerHit],
) -> Candidate:
    """The visit an airport welcome opens, else ``main``. A visit of the body that has a
    welcomed guest among its guests wins; under a headline naming a visit, the body's first
    visit does too, and with none in the body the headline's visit is built (keyed after
    ``candidates``) with the welcomed guests."""
    if not _is_arrival_welcome(view, main):
        return main
    guests = {p.name for p in main.participants if p.role == "guest"}
    visits = [
        c
        for c in candidates
        if c.type == "visit"
        and c.frame is None
        and not c.embedded
        and not c.planned
        and c.form in ("reported", "referenced")
    ]
    shared = next(
        (c for c in visits if any(p.name in guests and p.role == "guest" for p in c.participants)),
        None,
    )
    if shared is not None:
        return shared
    headline_visit = next((h for h in headline_hits if h.trigger.type == "visit"), None)
    if headline_visit is None:
        # no "thăm" anywhere: the arrival told before the welcome is the visit (README round
        # 10 #4), with its own word ("hạ cánh") and the arrivals as guests
        return _arrival_visit(view, main, len(candidates)) or main
    if visits:
        return visits[0]
    return _headline_visit(main, headline_visit, len(candidates))


def _is_arrival_welcome(view: ArticleView, main: Candidate) -> bool:
    """A plain welcome ("Đón X ... tại sân bay") whose sentence says it is at an arrival."""
    if main.type != "reception" or main.hit.trigger.phrase not in WELCOME_TRIGGERS:
        return False
    if not any(p.role == "guest" for p in main.participants):
        return False
    sentence = view.sentences[main.sentence_index]
    said = view.lower[sentence.start : sentence.end]
    return any(place in said for place in _ARRIVAL_PLACES)


#: how many sentences before the welcome the arrival may be told ("X đã hạ cánh ... . Ra sân
#: bay đón đoàn có A, B"), and the welcome's own sentence
_ARRIVAL_BACK: Final = 2


def _arrival_visit(view: ArticleView, welcome: Candidate, key: int) -> Candidate | None:
    """The visit an arrival opens, built on the arrival verb ("hạ cánh", "đặt chân đến",
    "đã tới Hà Nội") of the welcome's sentence or one just before, its guests the arrivals and,
    when the welcome received them, its hosts the welcome's ("A ra sân bay đón B")."""
    at = welcome.sentence_index
    for index in range(at, max(-1, at - 1 - _ARRIVAL_BACK), -1):
        arrival = arrival_in(view, index)
        if arrival is None:
            continue
        arrivals = {p.name for p in arrival[1]}
        welcomed = {p.name for p in welcome.participants if p.role == "guest"}
        hosts: tuple[Person, ...] = ()
        if welcomed <= arrivals:
            hosts = tuple(p for p in welcome.subjects if p.name not in arrivals)
        return visit_on_arrival(view, index, key, hosts)
    return None


def _headline_visit(welcome: Candidate, hit: TriggerHit, key: int) -> Candidate:
    """The headline's visit, anchored at the welcome, its guests the welcomed ones."""
    guests = tuple(
        person
        for person in welcome.objects + welcome.subjects
        if any(p.name == person.name and p.role == "guest" for p in welcome.participants)
    )
    at = welcome.hit.start
    anchor = TriggerHit(at, at, hit.text, hit.trigger)
    cand = Candidate(key, anchor, welcome.sentence_index, "reported", None, at, at)
    cand = cand.but(subjects=guests[:1], objects=())
    participants, cameo = assign_roles("visit", hit.trigger.cameo, guests[:1], (), (), "subject")
    return cand.but(participants=participants, cameo=cameo)
