"""Events of a French page: one per sentence that holds a trigger and the people it joins.

As on an English page (:mod:`vndiplo_english.events`), the sentence's first trigger gives the
type and CAMEO code, the people named before it are its subject and those after it its object,
and the trigger's ``sides`` gives their roles. Two French constructions name a side elsewhere:

- the invitation, often fronted: "Sur invitation du président A, B est arrivé à Hanoi": the
  people of the clause host the visit, the others are its guests;
- the reply: "De son côté, le président du Comité populaire X a souligné ...", "Pour sa part,
  ...": a sentence soon after a one-sided act names the other side.

The date is the sentence's first day, else that of an earlier opening sentence; the place comes
from "à Hanoi", "au siège du ...", "dans la province de X" after the trigger, a visit's "au
Vietnam", else (except for a visit) the wire dateline ("Hanoi (VNA) –").
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_english.event_parts import date_in, main_first, mentions_of, people_in, roles
from vndiplo_english.event_places import dateline_place
from vndiplo_english.sides import agent_sides, invitation_hosts

from vndiplo.model import Document, Event, Participant, Span
from vndiplo_french.lexicon import MONTHS, WEEKDAYS
from vndiplo_french.triggers import scan_pattern, trigger_of

__all__ = ["extract_events"]

_INVITATION: Final = re.compile(r"(?:à|sur) (?:l['’])?(?:aimable )?invitation\b", re.I)
# The invitation's people end where its clause does: ", le secrétaire général ..." (a lower-case
# word after a comma, other than "et"), or ";" / ":" / the sentence's end.
_CLAUSE_END: Final = re.compile(r"[;:]|, (?!et\b)[a-zà-ÿ]|\.(?:\s|$)")
_REPLY: Final = re.compile(r"\s*(?:de (?:son|leur) côté|pour (?:sa|leur) part|en retour)\b", re.I)
#: How many sentences after a one-sided act its reply may open.
#: The agent and the beneficiary of a passive act ("présidée par Y", "pour X", "en l'honneur du
#: président X").
_AGENT: Final = re.compile(r"\bpar\b")
_FOR: Final = re.compile(r"\b(?:pour|en l['’]honneur d(?:e|u|es))\b")
_REPLY_REACH: Final = 3
_LEAD_SENTENCES: Final = 4
_NAME: Final = r"[A-ZÀ-ỸĐ][\w'’.-]*(?: (?:d[eu] |de la )?[A-ZÀ-ỸĐ][\w'’-]*){0,4}"
_PLACE: Final = re.compile(
    rf"(?<![\w'’])(?:à|au|en|dans la (?:province|ville) de|dans la) "
    rf"(?P<place>(?:siège|palais|Palais|Maison|bureau)[^,.;:]{{0,60}}|{_NAME})"
)
_NOT_PLACES: Final = frozenset(
    {*(m.capitalize() for m in MONTHS), *(d.capitalize() for d in WEEKDAYS)}
)


def _place(text: str, start: int, end: int, names: list[str]) -> str | None:
    for m in _PLACE.finditer(text, start, end):
        place = m.group("place").strip()
        head = place.split(" ", 1)[0]
        if head in _NOT_PLACES or any(place in n or n in place for n in names):
            continue
        return place.rstrip(".")
    return None


def _reply_people(
    text: str, sentences: tuple[Span, ...], index: int, mentions: list[tuple[int, int, str]]
) -> list[str]:
    """The people of a reply sentence ("De son côté, X ...") soon after sentence ``index``."""
    for sentence in sentences[index + 1 : index + 1 + _REPLY_REACH]:
        if _REPLY.match(text, sentence.start):
            return [n for _s, n in people_in(sentence.start, sentence.end, mentions)]
    return []


def _event(
    document: Document,
    sentences: tuple[Span, ...],
    index: int,
    mentions: list[tuple[int, int, str]],
) -> Event | None:
    text = document.text
    sentence = sentences[index]
    m = scan_pattern.search(text, sentence.start, sentence.end)
    if m is None:
        return None
    trigger = trigger_of(m)
    people = people_in(sentence.start, sentence.end, mentions)
    hosts = invitation_hosts(text, (sentence,), people, _INVITATION, _CLAUSE_END)
    before = [n for s, n in people if s < m.start() and n not in hosts]
    after = [n for s, n in people if s >= m.end() and n not in hosts]
    if trigger.agent:
        # "Une cérémonie d'accueil a été organisée pour X, présidée par Y": Y hosts, X visits
        before, after = agent_sides(text, m.end(), sentence.end, mentions, _AGENT, _FOR)
    participants = roles(trigger.sides, before, after)
    participants += [Participant(name=h, role="host") for h in hosts]
    if len({p.name for p in participants}) < 2:
        named = {p.name for p in participants}
        others = [n for n in _reply_people(text, sentences, index, mentions) if n not in named]
        role = "host" if participants and participants[0].role == "guest" else "participant"
        participants += [Participant(name=n, role=role) for n in dict.fromkeys(others)]
    if len(participants) < (1 if trigger.type == "message" else 2):
        return None
    dates = list(document.dates)
    day = date_in(dates, sentence.start, sentence.end)
    if day is None and index < _LEAD_SENTENCES:
        day = next(
            (d for s in sentences[:index] if (d := date_in(dates, s.start, s.end)) is not None),
            None,
        )
    names = [n for _s, n in people]
    place = _place(text, m.start(), sentence.end, names)
    if place is None and trigger.type != "visit":
        place = dateline_place(text, 0, len(text))
    return Event(
        type=trigger.type,
        trigger=m.group(0),
        evidence=sentence,
        date=day.value if day is not None else None,
        part_of_day=day.part_of_day if day is not None else None,
        location=place,
        participants=participants,
        cameo=trigger.cameo,
    )


def extract_events(document: Document) -> list[Event]:
    """The page's events, the main one (the first joining two people) first."""
    mentions = mentions_of(document.people)
    if not mentions:
        return []
    sentences = document.sentence_spans
    events = [
        event
        for index in range(len(sentences))
        if (event := _event(document, sentences, index, mentions)) is not None
    ]
    return main_first(events)
