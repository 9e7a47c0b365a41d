"""Events of an English page: one per sentence that holds a trigger and the people it joins.

For each body sentence the first trigger of :mod:`.triggers` decides the type and CAMEO code;
the people named before it are its subject, those after it its object, and the trigger's
``sides`` gives their roles (reception: the subject hosts; visit, passive reception, courtesy
call: the subject is the guest; otherwise everyone is a participant), as the Vietnamese plugin
gives them. The object may be named without a title right after the verb ("received Liu Ning,
...", "sent a message to Ishiba Shigeru"): a run of two or more capitalised words there counts.
The event's date is the sentence's first day, its location the first capitalised place after
"in"/"at" following the trigger.

An event needs two people, one for a message (its addressee may be an office, not a name). The
main event, the first sentence joining two people, comes first; the rest follow in text order.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo.model import Document, Event, Participant, Person, Span, TimeExpression
from vndiplo_english.lexicon import MONTHS, NOT_NAME_WORDS, WEEKDAYS
from vndiplo_english.triggers import EnglishTrigger, scan_pattern, trigger_of

__all__ = ["extract_events"]

_PHONE_WORDS: Final = re.compile(r"\b(?:phone|telephone|phoned|call)\b", re.IGNORECASE)
_PLACE: Final = re.compile(
    r"\b(?:in|at) (?P<place>(?:the )?[A-Z][\w'’-]*(?: (?:of (?:the )?)?[A-Z][\w'’-]*){0,5})"
)
_OBJECT_NAME: Final = re.compile(
    r"(?:(?:to|with|for|in hono(?:u)?r of|on) )?"
    r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})(?![\w'’-])"
)
# "... talked to X and thanked him for ... in India": a second verb ends the trigger's clause.
_NEXT_VERB: Final = re.compile(r",? and (?:also )?[a-z]+ed\b")
_NOT_PLACES: Final = frozenset({*MONTHS, *WEEKDAYS})
_PLACE_WORDS: Final = frozenset({"City", "Province", "Palace", "House", "Hall", "Airport"})


def _people_in(start: int, end: int, mentions: list[tuple[int, int, str]]) -> list[tuple[int, str]]:
    return [(s, name) for s, e, name in mentions if s >= start and e <= end]


def _object_name(text: str, at: int, end: int) -> tuple[int, str] | None:
    """An untitled name right after the trigger ("received Liu Ning, ..."), if any."""
    m = _OBJECT_NAME.match(text, at, end)
    if m is None:
        return None
    words = m.group("name").split()
    if any(w in NOT_NAME_WORDS or w in _PLACE_WORDS for w in words):
        return None
    return m.start("name"), m.group("name")


def _titled(named: tuple[int, str], people: list[tuple[int, str]]) -> bool:
    """The capitalised run after the verb holds a titled person ("met Kenyan President Daniel
    Mwangi"): it is that person, not an untitled name of its own."""
    start, name = named
    return any(start <= s < start + len(name) or other == name for s, other in people)


def _roles(trigger: EnglishTrigger, before: list[str], after: list[str]) -> list[Participant]:
    first, second = {
        "host-guest": ("host", "guest"),
        "guest-host": ("guest", "host"),
    }.get(trigger.sides, ("participant", "participant"))
    out: dict[str, Participant] = {}
    for names, role in ((before, first), (after, second)):
        for name in names:
            out.setdefault(name, Participant(name=name, role=role))
    return list(out.values())


def _location(text: str, start: int, end: int, people: list[tuple[int, str]]) -> str | None:
    verb = _NEXT_VERB.search(text, start, end)
    end = verb.start() if verb is not None else end
    for m in _PLACE.finditer(text, start, end):
        place = m.group("place")
        head = place.removeprefix("the ").split(" ", 1)[0]
        if head in _NOT_PLACES or any(place in name or name in place for _s, name in people):
            continue
        return place
    return None


def _date(dates: list[TimeExpression], start: int, end: int) -> TimeExpression | None:
    return next(
        (d for d in dates if start <= d.start and d.end <= end and d.kind in ("date", "datetime")),
        None,
    )


def _mentions(people: tuple[Person, ...]) -> list[tuple[int, int, str]]:
    return sorted((m.start, m.end, p.name) for p in people for m in p.mentions)


def _event(
    document: Document,
    sentence: Span,
    mentions: list[tuple[int, int, str]],
    phone_page: bool,
) -> Event | None:
    text = document.text
    m = scan_pattern.search(text, sentence.start, sentence.end)
    if m is None:
        return None
    trigger = trigger_of(m)
    people = _people_in(sentence.start, sentence.end, mentions)
    before = [name for s, name in people if s < m.start()]
    after = [name for s, name in people if s >= m.end()]
    named = _object_name(text, m.end() + 1, sentence.end)
    if named is not None and trigger.sides != "guest-host" and not _titled(named, people):
        after.insert(0, named[1])
    participants = _roles(trigger, before, after)
    if len(participants) < (1 if trigger.type == "message" else 2):
        return None
    event_type, cameo = trigger.type, trigger.cameo
    if trigger.contact and not phone_page:
        event_type, cameo = "meeting", "040"
    day = _date(list(document.dates), sentence.start, sentence.end)
    return Event(
        type=event_type,
        trigger=m.group(0),
        evidence=sentence,
        date=day.value if day is not None else None,
        part_of_day=day.part_of_day if day is not None else None,
        location=_location(text, m.end(), sentence.end, people),
        participants=participants,
        cameo=cameo,
    )


def _speaks_of_phone(document: Document) -> bool:
    """Whether the headline, the body or the lead summary speaks of a phone call: then "spoke
    with"/"talked to" is that call (the cleaner may drop a lead that repeats the body)."""
    text = document.text
    leads = (text[b.start : b.end] for b in document.blocks if b.rule == "sapo")
    parts = (document.headline or "", document.body, *leads)
    return any(_PHONE_WORDS.search(part) for part in parts)


def extract_events(document: Document) -> list[Event]:
    """The page's events, the main one (the first joining two people) first."""
    mentions = _mentions(document.people)
    if not mentions:
        return []
    phone_page = _speaks_of_phone(document)
    events = [
        event
        for sentence in document.sentence_spans
        if (event := _event(document, sentence, mentions, phone_page)) is not None
    ]
    main = next((i for i, e in enumerate(events) if len(e.participants) >= 2), 0)
    return events[main : main + 1] + events[:main] + events[main + 1 :]
