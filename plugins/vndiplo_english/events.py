"""Events of an English page: one per sentence that holds a trigger and the people it joins.

For each body sentence the first trigger of :mod:`.triggers` decides the type and CAMEO code;
the people named before it are its subject, those after it its object, and the trigger's
``sides`` gives their roles (reception: the subject hosts; visit, passive reception, courtesy
call: the subject is the guest; otherwise everyone is a participant), as the Vietnamese plugin
gives them. The object may be named without a title right after the verb ("received Liu Ning,
...", "sent a message to Ishiba Shigeru"): a run of two or more capitalised words there counts.
Sides named away from the verb (an invitation, a fronted "At a reception for X", "the two
leaders") come from :mod:`.sides`. The event's date is the sentence's first day, else an
earlier opening sentence's naming a participant, else the dateline's; its place comes from
:mod:`.event_places`.

An event needs two people, one for a message (its addressee may be an office, not a name). The
main event, the first sentence joining two people (a message only with its sender), comes
first; the rest follow in text order.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo.model import Document, Event, Participant, Span, TimeExpression
from vndiplo_english.dates import dates_in
from vndiplo_english.described import described_mentions
from vndiplo_english.event_parts import (
    date_in,
    main_first,
    mentions_of,
    people_in,
    roles,
    visitors_are_guests,
)
from vndiplo_english.event_places import dateline_place, dateline_span, event_place
from vndiplo_english.lexicon import NOT_NAME_WORDS, TITLES
from vndiplo_english.sides import (
    agent_sides,
    body_object,
    delegation_from_elsewhere,
    fronted_guests,
    group_subject,
    invitation_hosts,
    next_opener,
    owner_before,
    visiting_object,
)
from vndiplo_english.triggers import EnglishTrigger, scan_pattern, trigger_of

_GUEST_FIRST: Final = "guest-host"

__all__ = ["extract_events"]

_PHONE_WORDS: Final = re.compile(r"\b(?:phone|telephone|phoned|call)\b", re.IGNORECASE)
_OBJECT_NAME: Final = re.compile(
    # "sent a message of congratulations to X", "a letter of condolence to X": the act noun's
    # own complement comes between the verb and the addressee
    r"(?:of (?:[a-z]+ ){0,2}?(?:congratulations?|condolences?|sympathy|thanks|greetings?) )?"
    r"(?:(?:to|with|for|in hono(?:u)?r of|on) )?"
    r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})(?![\w'’-])"
)
# An open relative clause before a position: ", who is on a visit to" with no comma since.
_RELATIVE: Final = re.compile(r", (?:who|which|currently|now) [^,]*$")
#: An apposition to a name telling where the person is now or will be ("X, who will be in
#: Vietnam for a four-day visit, said", "Y, currently on an official visit to Japan, told"):
#: the trip it names is that person's; a past one ("who was in Japan for a visit") is not told.
_APPOSITION: Final = re.compile(
    r"[\w.)] ?, (?:who (?:is|are|will be)|currently|now) (?:[^,.;:!?()]{0,50} )?$"
)
_PLACE_WORDS: Final = frozenset({"City", "Province", "Palace", "House", "Hall", "Airport"})
#: Words of an office: a capitalised run opening with one is a title, not a name.
_TITLE_WORDS: Final = frozenset(w for t in TITLES for w in t.split())
#: Before a visit named as a noun ("The 2019 visit was the first trip by X"): another visit.
_RECALLED: Final = re.compile(r"\b(?:(?:19|20)\d\d|last|previous|earlier|former)\b", re.I)
#: A date standing in the opening sentences is the main event's when its own sentence has none
#: ("X on May 3 praised ... During a reception for Y, X noted ...").
_LEAD_SENTENCES: Final = 4


def _object_name(text: str, at: int, end: int) -> tuple[int, str] | None:
    """An untitled name right after the trigger ("received Liu Ning, ..."), if any."""
    m = _OBJECT_NAME.match(text, at, end)
    if m is None:
        return None
    words = m.group("name").split()
    if words[0] in _TITLE_WORDS or any(w in NOT_NAME_WORDS or w in _PLACE_WORDS for w in words):
        return None
    return m.start("name"), m.group("name")


def _titled(named: tuple[int, str], people: list[tuple[int, str]]) -> bool:
    """The capitalised run after the verb holds a titled person ("met Kenyan President Daniel
    Mwangi"): it is that person, not an untitled name of its own."""
    start, name = named
    return any(start <= s < start + len(name) or other == name for s, other in people)


def _sides(
    text: str,
    trigger: EnglishTrigger,
    m: re.Match[str],
    sentence: Span,
    people: list[tuple[int, str]],
    mentions: list[tuple[int, int, str]],
) -> list[Participant]:
    if trigger.agent:
        # "A welcome ceremony was held for X, led by Y": the agent hosts, the beneficiary visits
        hosts, guests = agent_sides(text, m.end(), sentence.end, mentions)
        return roles(trigger.sides, hosts, guests)
    before = [name for s, name in people if s < m.start()]
    stop = _next_act(text, m, sentence.end, people)
    after = [name for s, name in people if m.end() <= s < stop]
    if trigger.fronted:
        # "At a reception for X, Y said": X the guest, everyone else the host
        stop = fronted_guests(text, m.end(), sentence.end)
        guests = [name for s, name in people if m.end() <= s < stop]
        hosts = [name for _s, name in people if name not in guests]
        return roles(trigger.sides, hosts, guests)
    if trigger.apposed:
        # the traveller is the name the apposition stands after; the rest is what he says
        return roles(trigger.sides, before, [])
    if not before and "," not in text[sentence.start : m.start()]:
        # "Receiving X in Hanoi, Y said ...", "Meeting with X, Y praised ...": the act opens
        # the sentence, its object runs to the comma, the main clause's subject after it is
        # the act's subject
        opened = _opening_clause(text, m, stop, people)
        if opened is not None:
            return roles(trigger.sides, *opened)
    named = _object_name(text, m.end() + 1, sentence.end)
    if named is not None and trigger.sides != "guest-host" and not _titled(named, people):
        after.insert(0, named[1])
    if trigger.sides == "participants" and visiting_object(text, m.end() + 1):
        # "had talks with the visiting minister X": the subject hosts
        trigger = EnglishTrigger(trigger.pattern, trigger.type, trigger.cameo, "host-guest")
    return roles(trigger.sides, before, after)


def _opening_clause(
    text: str, m: re.Match[str], end: int, people: list[tuple[int, str]]
) -> tuple[list[str], list[str]] | None:
    """The subject and the object of an act that opens its sentence: the object is named
    before the first comma after it, the subject after that comma; None when either is
    missing."""
    first = next((s for s, _name in people if s >= m.end()), None)
    comma = text.find(",", first, end) if first is not None else -1
    if comma < 0:
        return None
    obj = [name for s, name in people if m.end() <= s < comma]
    subject = [name for s, name in people if comma < s < end and name not in obj]
    return (subject, obj) if subject else None


def _next_act(text: str, m: re.Match[str], end: int, people: list[tuple[int, str]]) -> int:
    """Where the act's object ends: at the next act word of the sentence that stands after a
    person named as its object ("X held talks with Y, met with A, B and C": A, B and C are
    the meeting's, not the talks'), else at the sentence's end. An act word before any object
    ("held talks with visiting Prime Minister Y") does not end it."""
    first = next((s for s, _name in people if s >= m.end()), None)
    if first is None:
        return end
    later = next(scan_pattern.finditer(text, first, end), None)
    return later.start() if later is not None else end


def _upgraded(text: str, m: re.Match[str], trigger: EnglishTrigger, end: int) -> EnglishTrigger:
    """ "X met Y as the two held talks": a meeting the same sentence calls talks is talks; not
    "meetings and talks with Y", two nouns of one phrase, where the first names the act."""
    if trigger.type != "meeting":
        return trigger
    later = (
        trigger_of(n)
        for n in scan_pattern.finditer(text, m.end(), end)
        if text[m.end() : n.start()] != " and "
    )
    return next((t for t in later if t.type == "talks"), trigger)


def _main_trigger(text: str, sentence: Span) -> re.Match[str] | None:
    """The sentence's first trigger outside a relative clause: in "X, who is on a state visit
    to Laos, paid a courtesy call on Y" the clause tells why X is there, the verb what he did."""
    first = None
    for m in scan_pattern.finditer(text, sentence.start, sentence.end):
        if trigger_of(m).apposed and not _APPOSITION.search(text, sentence.start, m.start()):
            continue  # "invited X for a visit": no apposition, no trip told
        first = first or m
        if _RELATIVE.search(text, sentence.start, m.start()) is None:
            return m
    return first


def _event(
    document: Document,
    sentences: tuple[Span, ...],
    index: int,
    mentions: list[tuple[int, int, str]],
    phone_page: bool,
) -> Event | None:
    text = document.text
    sentence = sentences[index]
    m = _main_trigger(text, sentence)
    if m is None:
        return None
    trigger = trigger_of(m)
    if trigger.current and _RECALLED.search(text, sentence.start, m.start()):
        return None
    people = people_in(sentence.start, sentence.end, mentions)
    participants = _sides(text, trigger, m, sentence, people, mentions)
    if trigger.type == "visit" and not any(p.role == "host" for p in participants):
        # "X began a visit to Laos. It was paid at the invitation of A and B"
        nearby = sentences[index : index + 2]
        around = people_in(nearby[0].start, nearby[-1].end, mentions)
        guests = {p.name for p in participants}
        hosts = [h for h in invitation_hosts(text, nearby, around) if h not in guests]
        participants += [Participant(name=h, role="host") for h in hosts]
    if len(participants) < 2 and index and group_subject(text, sentence.start, m.start()):
        # "The two leaders held talks": the two named in the sentence before
        for earlier in sentences[max(0, index - 2) : index][::-1]:
            found = people_in(earlier.start, earlier.end, mentions)
            named = list(dict.fromkeys(n for _s, n in found))
            if len(named) >= 2:
                participants = [Participant(name=n, role="participant") for n in named]
                break
    body = trigger.type in _TWO_SIDED and delegation_from_elsewhere(text, m.end(), sentence.end)
    if trigger.type in _TWO_SIDED and not trigger.fronted and not trigger.agent:
        participants = _sides_around(text, sentences, index, m, trigger, participants, mentions)
    if len(participants) < _fewest_sides(trigger, participants, body):
        return None
    trigger = _upgraded(text, m, trigger, sentence.end)
    event_type, cameo = trigger.type, trigger.cameo
    if trigger.contact and not phone_page:
        event_type, cameo = "meeting", "040"
    dates = list(document.dates)
    # a visit or an attendance takes the days it spans ("from May 3 to 5") as the Vietnamese
    # "từ ngày 3 - 5/5" does; another act only its own day, never the span of the visit it
    # falls in (README AI4)
    spans = trigger.type in ("visit", "attend")
    kinds = ("date", "datetime", "span") if spans else ("date", "datetime")
    day = date_in(dates, sentence.start, sentence.end, kinds)
    borrowed = False
    if day is None and index < _LEAD_SENTENCES:
        day = _lead_date(dates, sentences[:index], mentions, participants) or _dateline_day(
            document
        )
        borrowed = day is not None
    names = [name for _s, name in people]
    place = event_place(text, m, sentence.end, names, trigger.type == "visit")
    if place is None and event_type != "visit":
        # where the story is filed: the place of the act, or of the side that called or wrote;
        # not a visit's (the report may be filed before or after the trip)
        place = dateline_place(text, 0, len(text))
    return Event(
        type=event_type,
        trigger=m.group(0),
        evidence=sentence,
        date=day.value if day is not None else None,
        # a day borrowed from another sentence is the act's day, not its hour: "In the morning
        # of May 3, X was welcomed ... In the talks with Y, X said": the talks' part of day is
        # not told (the Vietnamese reader carries a welcome's day, not its part of day)
        part_of_day=day.part_of_day if day is not None and not borrowed else None,
        location=place,
        participants=participants,
        cameo=cameo,
    )


#: Acts between two sides, one of which may be written as a body ("the delegation of X").
_TWO_SIDED: Final = frozenset({"reception", "meeting", "talks"})


def _sides_around(
    text: str,
    sentences: tuple[Span, ...],
    index: int,
    m: re.Match[str],
    trigger: EnglishTrigger,
    participants: list[Participant],
    mentions: list[tuple[int, int, str]],
) -> list[Participant]:
    """The sides an act told as a noun leaves to the sentences around it (round 18, EN
    SESSION-NOUN-ONLY): the owner of "His working session with the embassy" is the person
    named last before, and a body written as the other side ("with the embassy", "for the
    delegation of X") is the person the next sentence opens on ("Ambassador Y said ...")."""
    sentence = sentences[index]
    everyone = [(s, name) for s, _e, name in mentions]
    names = [p.name for p in participants]
    if not any(s < m.start() for s, _n in people_in(sentence.start, m.start(), mentions)):
        owner = owner_before(text, sentences, index, m.start(), everyone)
        if owner is not None and owner not in names:
            participants = roles(trigger.sides, [owner], names)
            names = [p.name for p in participants]
    if len(participants) == 1 and body_object(text, m.end(), sentence.end):
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        other = next_opener(text, following, everyone, names)
        if other is not None:
            participants = roles(trigger.sides, names, [other])
    return participants


def _fewest_sides(
    trigger: EnglishTrigger, participants: list[Participant], body: bool = False
) -> int:
    """How many people the act needs: a message its sender or addressee; a trip the traveller
    ("PM X arrived in Wellington, beginning an official visit": an arrival page may name no
    host, as the Vietnamese pages' "X lên đường thăm" does); a reception or meeting whose
    other side is a delegation from elsewhere ("chaired a reception for the delegation of X")
    the one who held it, as the Vietnamese "tiếp đoàn ..." does; any other act two people."""
    if trigger.type == "message":
        return 1
    if body and participants and participants[0].role != "guest":
        return 1
    travels = trigger.type == "visit" and trigger.sides == _GUEST_FIRST
    return 1 if travels and all(p.role == "guest" for p in participants) else 2


def _dateline_day(document: Document) -> TimeExpression | None:
    span = dateline_span(document.text)
    if span is None:
        return None
    found = dates_in(document.text[span[0] : span[1]], span[0], document.published)
    return next((d for d in found if d.kind == "date"), None)


def _lead_date(
    dates: list[TimeExpression],
    earlier: tuple[Span, ...],
    mentions: list[tuple[int, int, str]],
    participants: list[Participant],
) -> TimeExpression | None:
    """The first day of an earlier opening sentence naming one of the participants."""
    names = {p.name for p in participants}
    for sentence in earlier:
        day = date_in(dates, sentence.start, sentence.end)
        named = {n for _s, n in people_in(sentence.start, sentence.end, mentions)}
        if day is not None and named & names:
            return day
    return None


def _speaks_of_phone(document: Document) -> bool:
    """Whether the headline, the body or the lead summary speaks of a phone call: then "spoke
    with"/"talked to" is that call (the cleaner may drop a lead that repeats the body)."""
    text = document.text
    leads = (text[b.start : b.end] for b in document.blocks if b.rule == "sapo")
    parts = (document.headline or "", document.body, *leads)
    return any(_PHONE_WORDS.search(part) for part in parts)


def extract_events(document: Document) -> list[Event]:
    """The page's events, the main one (the first joining two people) first."""
    mentions = mentions_of(document.people)
    if not mentions:
        return []
    # "the Japanese Prime Minister": the one holder the page names (described.py)
    mentions = sorted(mentions + described_mentions(document.text, document.people, mentions))
    phone_page = _speaks_of_phone(document)
    sentences = document.sentence_spans
    events = [
        event
        for index in range(len(sentences))
        if (event := _event(document, sentences, index, mentions, phone_page)) is not None
    ]
    return main_first(visitors_are_guests(events))
