"""Presenting credentials: an event of its own (type ``other``), unless a reception holds it.

* "Đại sứ A đã trình quốc thư lên Tổng thống B": A and B take part; the letter's sender ("thư
  ủy nhiệm của Chủ tịch nước C") is no side.
* "Chủ tịch nước B tiếp Đại sứ A tới trình Quốc thư": the presentation is the purpose of the
  reception the sentence reports, no event of its own.
* "A trình quốc thư lên B. Tại buổi tiếp sau lễ trình Quốc thư, ...": the reception that
  follows is the main event (B receives A), as the annotation convention settles.
* "Sau lễ trình Quốc thư, A đã hội kiến / gặp / làm việc với B": any meeting word between the
  same two sides after the presentation is the main event, typed by its word, B hosting A
  (README round 6, AA09). A meeting of A with someone else (a minister, days later) is not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.model import Person
from vndiplo_events.candidate import Candidate
from vndiplo_events.participants import assign_roles
from vndiplo_events.triggers import TriggerHit
from vndiplo_events.view import ArticleView

__all__ = [
    "CREDENTIALS",
    "addressees",
    "reception_after_credentials",
    "without_received_credentials",
]

#: the credentials' trigger phrases (see triggers.py), the nominal "lễ" form included
CREDENTIALS: Final = frozenset(
    f"{noun}trình {paper}"
    for noun in ("", "lễ ")
    for paper in ("quốc thư", "thư ủy nhiệm", "bản sao quốc thư", "bản sao thư ủy nhiệm")
)
#: the preposition before the receiving head of state ("lên Tổng thống B")
_TO: Final = re.compile(r"(?<!\w)(?:lên|tới|cho)\s")
#: how many sentences after the presentation its reception may be told
_RECEPTION_SPAN: Final = 2


def without_received_credentials(hits: Sequence[TriggerHit]) -> Sequence[TriggerHit]:
    """``hits`` (one sentence's) less a presentation that follows a reception of the same
    sentence ("tiếp Đại sứ A tới trình Quốc thư")."""
    out: list[TriggerHit] = []
    received = False
    for hit in hits:
        if hit.trigger.phrase in CREDENTIALS and received:
            continue
        received = received or hit.trigger.type == "reception"
        out.append(hit)
    return out if len(out) != len(hits) else hits


def addressees(
    view: ArticleView, hit: TriggerHit, zone_end: int, objects: Sequence[Person]
) -> tuple[Person, ...]:
    """Who the credentials are presented to: the persons after "lên/tới", not the sender
    named between ("thư ủy nhiệm của Chủ tịch nước C lên Tổng thống B")."""
    to = _TO.search(view.lower, hit.end, zone_end)
    if to is None:
        return tuple(objects)
    after = {m.person.name for m in view.mentions_in(to.end(), zone_end)}
    return tuple(p for p in objects if p.name in after)


def reception_after_credentials(main: Candidate, candidates: Sequence[Candidate]) -> Candidate:
    """A reception told right after the presentation that is ``main`` ("Tại buổi tiếp sau
    lễ trình Quốc thư, ..."): the receiver hosts the envoy, on the presentation's day."""
    if main.hit.trigger.phrase not in CREDENTIALS or not main.objects:
        return main
    last = main.sentence_index + _RECEPTION_SPAN
    reception = next(
        (
            c
            for c in candidates
            if c.form in ("reported", "backref")
            and main.sentence_index < c.sentence_index <= last
            and (c.type == "reception" or _meeting_of_the_envoy(main, c))
        ),
        None,
    )
    if reception is None:
        return main
    participants, cameo = assign_roles(
        "reception", reception.hit.trigger.cameo, main.objects, main.subjects, (), None
    )
    if reception.type == "meeting":
        # the head of state receives the envoy on their ground: the envoy's call (042)
        cameo = reception.hit.trigger.cameo
    return reception.but(
        form="reported",
        subjects=main.objects,
        objects=main.subjects,
        participants=participants,
        cameo=cameo,
        date=reception.date or main.date,
        date_value=reception.date_value or main.date_value,
        part_of_day=reception.part_of_day or main.part_of_day,
        location=reception.location or main.location,
    )


def _meeting_of_the_envoy(credentials: Candidate, cand: Candidate) -> bool:
    """``cand`` is a reported meeting between the very two sides of the ``credentials``
    (the envoy and the head of state the papers went to), no one else."""
    if cand.type != "meeting" or cand.form != "reported" or cand.embedded:
        return False
    sides = {p.name for p in (*credentials.subjects, *credentials.objects)}
    met = {p.name for p in cand.participants}
    return len(met) >= 2 and met <= sides and bool(sides)
