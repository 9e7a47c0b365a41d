"""A welcome or a send-off at a port of entry: a step of the visit, not a meeting of its own.

"Đón Chủ tịch nước tại sân bay có Bộ trưởng X", "tiễn đoàn tại cửa khẩu", "was greeted at the
airport by": the officials lined up at an airport, a border gate or a station are no counterpart
of the visit, and the act is the guest's arrival or departure, which outlets report as the visit
itself (benchmarks/realpages/README.md, round 8 #35; corpus gold: an arrival page belongs to the
visit's meeting). Read as a reception, it would stand apart from the visit as a meeting between
the guest and the airport welcomer, and keep every other page of the arrival from the visit.

So the corpus reads a reported reception held at a port of entry (its place, or for a report
with no place, its own sentence naming one) as the visit's arrival: family ``visit``, naming the
guest side only (the visitors of the page's visits, when it names them among the guests),
with the visit's inviter as its host when the page names one
(:mod:`vndiplo.corpus.inviters`). Talks or a meeting held at an airport stay meetings: only the
welcome type is a ceremony of arrival. Pure function of the Document, as the rest of the facts.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Final

import attrs

from vndiplo.annotations import Participant
from vndiplo.corpus.inviters import Invitation, visit_inviters
from vndiplo.model import Event
from vndiplo.text import fold

__all__ = ["PORT_OF_ENTRY", "arrival_participants", "at_port_of_entry"]

#: Places one enters or leaves a country or province by, as :func:`vndiplo.text.fold` writes
#: them: airports, air bases, border gates, railway stations, in Vietnamese, English and French.
PORT_OF_ENTRY: Final = re.compile(
    r"(?<!\w)(?:sân bay|phi trường|cửa khẩu|nhà ga|ga quốc tế|airport|air ?base|airfield"
    r"|border gate|border crossing|railway station|aéroport)(?!\w)"
)


def at_port_of_entry(event: Event, sentence: str) -> bool:
    """Whether a reported reception took place at a port of entry (see the module doc)."""
    if event.type != "reception" or event.referenced or event.planned:
        return False
    if event.location:
        return PORT_OF_ENTRY.search(fold(event.location)) is not None
    return PORT_OF_ENTRY.search(fold(sentence)) is not None


def arrival_participants(
    event: Event, invited: Sequence[Invitation], travellers: Collection[str]
) -> list[Participant]:
    """The arrival's sides: its guests, and the page's inviter of the visit as its host.

    ``travellers`` are the guests of the visits the page reports: when the page names any, the
    arrival's guests are those of them it names (an official in the welcoming line read as a
    guest is no visitor).
    """
    guests = [p for p in event.participants if p.role == "guest"]
    if any(p.name in travellers for p in guests):
        guests = [p for p in guests if p.name in travellers]
    inviters = visit_inviters(attrs.evolve(event, type="visit"), invited) if guests else None
    for inviter in inviters or ():
        if all(p.name != inviter for p in guests):
            guests.append(Participant(inviter, "host"))
    return guests
