"""What one article contributes to the corpus, as plain rows: the unit every build path shares.

A Document is turned into :class:`DocFacts` once (in a worker, for the Dask build) and the rows
are what the database stores and links. Keeping this a pure function of the Document is what
makes a build independent of where and in which order articles were extracted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final, NamedTuple
from urllib.parse import urlsplit

import attrs
from attrs import frozen

from vndiplo.annotations import Participant
from vndiplo.corpus.arrivals import arrival_participants, at_port_of_entry
from vndiplo.corpus.inviters import Invitation, invitations, visit_inviters
from vndiplo.corpus.leg_inviters import leg_inviters
from vndiplo.corpus.names import clean_name, name_key
from vndiplo.corpus.occasion import occasion_of, occasions_in_article
from vndiplo.corpus.title_evidence import title_evidence
from vndiplo.model import Document, Event, TimeExpression
from vndiplo.url_dates import date_from_url

__all__ = [
    "FAMILIES",
    "SOCIAL",
    "DocFacts",
    "Sighting",
    "SourceFact",
    "facts_from_document",
    "family_of",
]

#: Event types outlets use for one and the same encounter: one outlet's "tiếp" is another's
#: "hội kiến" or "hội đàm", so they are one family; a call, a visit or a signing is not a meeting.
FAMILIES: Final[Mapping[str, str]] = {
    "reception": "meeting",
    "meeting": "meeting",
    "talks": "meeting",
    "phone_call": "call",
    "visit": "visit",
    "attend": "attend",
    "signing": "signing",
    "message": "message",
    "other": "other",
}
#: The family of a meeting-family report whose trigger is a social occasion (a tea, a banquet, a
#: dinner): the same pair's welcome and talks that day are another meeting, so the two families
#: never link, and a visit (which attaches to meetings only) joins the formal one.
SOCIAL: Final = "social"
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_YEARLESS = re.compile(r"^--(\d{2})-(\d{2})")
_DIGIT = re.compile(r"\d")
#: Event types whose counterpart may be the page's inviter (a visit, an arrival's welcome).
_INVITED = ("visit", "reception")


def family_of(event_type: str, trigger: str = "") -> str:
    """The type's family; a meeting read as social from its trigger is :data:`SOCIAL`."""
    family = FAMILIES.get(event_type, "other")
    if family == "meeting" and occasion_of(trigger) == "social":
        return SOCIAL
    return family


class Sighting(NamedTuple):
    """A person as one article names them, with one of their titles (or none) and its sentence.

    The offsets point into the article's text: the title as written and the sentence that
    gives it; None when the article does not give a title, or (title_start) does not write it
    out as the title reads.
    """

    person_id: str
    name: str
    country: str | None
    title: str | None
    seen: str | None  # the day the article reports on
    title_start: int | None = None
    title_end: int | None = None
    evidence_start: int | None = None
    evidence_end: int | None = None
    evidence: str | None = None


@frozen
class SourceFact:
    """One event as one article reports (or mentions) it."""

    id: str
    index: int
    kind: str  # "reported", "referenced" or "planned"
    type: str
    family: str
    trigger: str
    date: str | None  # as extracted
    day: str | None  # the ISO day it happened on, when known or inferred
    day_inferred: bool  # True when ``day`` is the publication date, not a stated date
    location: str | None
    evidence_start: int
    evidence_end: int
    evidence: str
    people: tuple[tuple[str, str, str], ...]  # (person id, name as written, role)
    statements: tuple[tuple[str | None, str | None, str, str, int, int], ...]
    #: True when ``day`` is stated only by a word relative to the publication date ("hôm nay",
    #: "sáng nay", "hôm qua"): as uncertain as the page stamp, which may be a republication's.
    day_relative: bool = False


@frozen
class DocFacts:
    """Everything the corpus keeps from one article."""

    id: str
    sha256: str
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    text: str
    body: str
    sightings: tuple[Sighting, ...]
    sources: tuple[SourceFact, ...]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data, to carry facts between processes and files."""
        # attrs would rebuild each Sighting from one list: they go out as plain lists.
        data = attrs.asdict(self, filter=lambda a, _v: a.name != "sightings")
        data["sightings"] = [list(s) for s in self.sightings]
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DocFacts:
        sources = tuple(
            SourceFact(
                **{
                    **s,
                    "people": tuple(tuple(p) for p in s["people"]),
                    "statements": tuple(tuple(x) for x in s["statements"]),
                }
            )
            for s in data["sources"]
        )
        fields = {k: v for k, v in data.items() if k != "sources"}
        # Facts written before titles had offsets carry 5-field sightings; the rest default.
        fields["sightings"] = tuple(Sighting(*x) for x in fields["sightings"])
        return cls(**fields, sources=sources)


def outlet_of(url: str | None) -> str | None:
    """The outlet's domain ("vnexpress.net"), from the article's URL."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    return host.removeprefix("www.") or None


def resolve_day(
    date: str | None, published: dt.date | None, url_month: dt.date | None = None
) -> tuple[str | None, bool]:
    """The ISO day an event happened on and whether it was inferred from publication.

    A year-less "--MM-DD" takes the publication year (the year before when that would put it
    more than a week after publication); a month, a year or no date falls back to the
    publication day, marked as inferred so linking allows a day of slack. A page with no stamp
    whose URL states the month (``/202108/``, ``/2021/08/``: ``url_month``, its last day) still
    fixes a year-less date's year the same way, though it gives no day of its own.
    """
    if date:
        day = _DAY.match(date)
        if day:
            return day.group(0), False
        yearless = _YEARLESS.match(date)
        bound = published or url_month
        if yearless and bound is not None:
            month, dom = int(yearless.group(1)), int(yearless.group(2))
            for year in (bound.year, bound.year - 1):
                try:
                    guess = dt.date(year, month, dom)
                except ValueError:
                    continue
                if guess <= bound + dt.timedelta(days=7):
                    return guess.isoformat(), False
    if published is not None:
        return published.isoformat(), True
    return None, True


def url_month_end(url: str | None) -> dt.date | None:
    """The last day of the month the article's URL states, when it states one."""
    found = date_from_url(url)
    if found is None:
        return None
    first_of_next = dt.date(found.year + found.month // 12, found.month % 12 + 1, 1)
    return first_of_next - dt.timedelta(days=1)


def stated_by_relative_words(day: str | None, dates: Iterable[TimeExpression]) -> bool:
    """Whether the text gives ``day`` only as words counted from the publication date.

    "Tiệc trà hôm nay" on a page stamped the 13th says the 13th, though the wire copy it repeats
    was written on the 12th; a day with digits ("sáng 12/8") is the writer's own.
    """
    if day is None:
        return False
    naming = [t.text for t in dates if t.value is not None and t.value[:10] == day]
    return bool(naming) and not any(_DIGIT.search(text) for text in naming)


def document_id(doc: Document) -> str:
    return doc.id or "sha256:" + hashlib.sha256(doc.text.encode("utf-8")).hexdigest()[:16]


def facts_from_document(doc: Document) -> DocFacts:
    """The corpus rows of one extracted Document."""
    doc_id = document_id(doc)
    published = doc.published.isoformat() if doc.published else None
    month = None if doc.published else url_month_end(doc.url)
    countries: dict[str, str | None] = {}
    sightings: list[Sighting] = []
    seen_day = published
    reported = [e for e in doc.events if not (e.referenced or e.planned)]
    if reported:
        seen_day = resolve_day(reported[0].date, doc.published, month)[0] or published
    sentences = doc.sentence_spans if any(p.titles for p in doc.people) else ()
    for person in doc.people:
        name = clean_name(person.name)
        if not name:
            continue
        pid = name_key(name)
        countries[pid] = person.country or countries.get(pid)
        if not person.titles:
            sightings.append(Sighting(pid, name, person.country, None, seen_day))
            continue
        placed = title_evidence(doc, person, sentences)
        for title in person.titles:
            where = placed.get(title)
            sightings.append(
                Sighting(pid, name, person.country, title, seen_day, *attrs.astuple(where))
                if where is not None
                else Sighting(pid, name, person.country, title, seen_day)
            )
    invited = invitations(doc) if any(e.type in _INVITED for e in doc.events) else ()
    travellers = frozenset(
        p.name
        for e in doc.events
        if e.type == "visit" and not (e.referenced or e.planned)
        for p in e.participants
        if p.role == "guest"
    )
    sources = _social_meetings(
        tuple(
            _source(doc, doc_id, index, event, invited, travellers, month)
            for index, event in enumerate(doc.events)
        )
    )
    for source in sources:
        for pid, name, _role in source.people:
            if pid not in countries:
                countries[pid] = None
                sightings.append(Sighting(pid, name, None, None, seen_day))
    return DocFacts(
        id=doc_id,
        sha256=hashlib.sha256(doc.text.encode("utf-8")).hexdigest(),
        url=doc.url,
        outlet=outlet_of(doc.url),
        title=doc.headline,
        published=published,
        text=doc.text,
        body=doc.body,
        sightings=tuple(sorted(set(sightings), key=repr)),
        sources=sources,
    )


def _social_meetings(sources: tuple[SourceFact, ...]) -> tuple[SourceFact, ...]:
    """The sources, a reported bare "meet" of a tea page's day in the :data:`SOCIAL` family."""
    meetings = [
        i for i, s in enumerate(sources) if s.kind == "reported" and s.family in ("meeting", SOCIAL)
    ]
    kinds = occasions_in_article([(sources[i].trigger, sources[i].day) for i in meetings])
    settled = list(sources)
    for i, kind in zip(meetings, kinds, strict=True):
        if kind == "social" and settled[i].family != SOCIAL:
            settled[i] = attrs.evolve(settled[i], family=SOCIAL)
    return tuple(settled)


def _source(
    doc: Document,
    doc_id: str,
    index: int,
    event: Event,
    invited: Sequence[Invitation] = (),
    travellers: frozenset[str] = frozenset(),
    url_month: dt.date | None = None,
) -> SourceFact:
    day, inferred = resolve_day(event.date, doc.published, url_month)
    people: dict[str, tuple[str, str, str]] = {}
    participants: Iterable[Participant] = event.participants
    family = family_of(event.type, event.trigger)
    leg = leg_inviters(doc, event) if invited else None
    # one leg of a tour: its host is the inviter from the country it visits (or no one)
    inviter = (leg or None) if leg is not None else visit_inviters(event, invited)
    if at_port_of_entry(event, doc.quote(event.evidence)):
        # a welcome at the airport or the border gate is the visit's arrival
        family = "visit"
        participants = arrival_participants(event, invited, travellers)
    elif inviter is not None:
        # the visit's counterpart across outlets is its inviter, not the airport welcomers
        participants = [p for p in event.participants if p.role != "host"]
        participants.extend(Participant(name, "host") for name in inviter)
    for participant in participants:
        name = clean_name(participant.name)
        if name:
            pid = name_key(name)
            people.setdefault(pid, (pid, name, participant.role))
    statements = tuple(
        (
            name_key(s.speaker) if s.speaker else None,
            s.speaker,
            s.verb,
            s.text,
            s.start,
            s.end,
        )
        for s in event.statements
    )
    kind = "planned" if event.planned else "referenced" if event.referenced else "reported"
    return SourceFact(
        id=f"{doc_id}#{index}",
        index=index,
        kind=kind,
        type=event.type,
        family=family,
        trigger=event.trigger,
        date=event.date,
        day=day,
        day_inferred=inferred,
        day_relative=not inferred and stated_by_relative_words(day, doc.dates),
        location=event.location,
        evidence_start=event.evidence.start,
        evidence_end=event.evidence.end,
        evidence=doc.quote(event.evidence),
        people=tuple(sorted(people.values())),
        statements=statements,
    )
