"""The host of one leg of a tour: the inviter from the country that leg visits.

A tour of several countries is announced with one invitation per country, often in one clause:
"nhận lời mời của Chủ tịch Quốc hội Lào A, Chủ tịch Quốc hội Campuchia B và ..., Chủ tịch Quốc
hội C sẽ thăm chính thức Lào từ ngày 5 đến 7/10 và Campuchia từ ngày 8 đến 10/10". Each leg is
its own visit, and its counterpart is the inviter of the country it visits, not the first one
named (:mod:`vndiplo.corpus.inviters` reads one inviter, or a joint pair, per invitation). When
the page's invitations name people of two countries or more, a visit whose own words name the
country it goes to (the country after its visit word and before its dates, or after its dates)
takes the inviters of that country as hosts, and none when no inviter is from there (a summit
leg "tham dự AIPA tại Myanmar" has no inviter). A visit whose country the page does not tell
falls back to :func:`vndiplo.corpus.inviters.visit_inviters`. Pure function of the Document.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo.corpus.inviters import CLAUSE_END, INVITATION
from vndiplo.model import Document, Event
from vndiplo.places import gazetteer

__all__ = ["leg_inviters", "listed_inviters"]

#: how far after "lời mời của" a list of inviters with their titles may run
_REACH: Final = 400
#: between two listed inviters: a comma, "và" or "cùng", and the next one's title; no verb
_VERB: Final = re.compile(
    r"(?<!\w)(?:thăm|đến|sang|dẫn\s+đầu|đã|sẽ|đang|tới|phu\s+nhân|dự|tham\s+dự)(?!\w)",
    re.IGNORECASE,
)
#: the word a leg's destination follows: "thăm (chính thức) Lào", "sang Campuchia"
_GOES: Final = re.compile(r"(?<!\w)(?:thăm|sang|tới|đến)(?!\w)", re.IGNORECASE)


def listed_inviters(doc: Document, own: frozenset[str]) -> tuple[str, ...]:
    """Everyone the page's invitations name, in text order: each clause's list up to the first
    of ``own`` (the visitor, named after the list) or a verb."""
    spans = sorted((m.start, m.end, p.name) for p in doc.people for m in p.mentions)
    found: list[str] = []
    text = doc.text
    for match in INVITATION.finditer(text):
        stop = CLAUSE_END.search(text, match.end(), match.end() + _REACH)
        limit = stop.start() if stop is not None else match.end() + _REACH
        last = match.end()
        for start, end, name in spans:
            if not last <= start < limit:
                continue
            if name in own or _VERB.search(text, last, start):
                break
            if name not in found:
                found.append(name)
            last = end
    return tuple(found)


def leg_inviters(doc: Document, event: Event) -> tuple[str, ...] | None:
    """The inviters from the country this visit goes to, when the page invites people of two
    countries or more and the visit's words name its country; None when that is not told."""
    if event.type != "visit" or not event.date:
        return None
    own = frozenset(p.name for p in event.participants if p.role != "host")
    countries = {p.name: p.country for p in doc.people}
    listed = [(name, countries.get(name)) for name in listed_inviters(doc, own)]
    if len({country for _n, country in listed if country}) < 2:
        return None
    goes_to = _destination(doc, event)
    if goes_to is None:
        return None
    return tuple(name for name, country in listed if country == goes_to)


def _destination(doc: Document, event: Event) -> str | None:
    """The country named between the visit word before the visit's dates and those dates, or
    else right after the dates (up to the next visit word), within the visit's sentence."""
    lo, hi = event.evidence.start, event.evidence.end
    when = [d for d in doc.dates if d.value == event.date and lo <= d.start < hi]
    if len(when) != 1:
        return None
    places = gazetteer(None)
    text = doc.text
    before = [m.end() for m in _GOES.finditer(text, lo, when[0].start)]
    if before:
        found = places.country_of(text[before[-1] : when[0].start])
        if found is not None:
            return found
    after = _GOES.search(text, when[0].end, hi)
    return places.country_of(text[when[0].end : after.start() if after else hi], first=True)
