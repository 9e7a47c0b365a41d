"""A one-sided report spelling its guest otherwise than the meeting joins it when unambiguous.

Names, places and sentences are made up. A weak report names one side ("Cristoph Malenko đến
Hà Nội") while its article names the host in another sentence; the outlets naming both sides
spell the guest "Christoph Malenko". The near misses: a surname alone, another given name, the
host meeting two guests that day, the guest's arrival beside two meetings, a year later.
"""

from __future__ import annotations

from tests.corpus_helpers import report
from vndiplo.corpus import MergedEvent, merge
from vndiplo.corpus.sides import spelled_into
from vndiplo.model import Document, Event, Participant, Person, Span

HOST = ("Lạc Thị Ngân", "Chủ tịch Quốc hội", "VN", "host")
OTHER_HOST = ("Đinh Công Sáng", "Thủ tướng", "VN", "host")
GUEST = ("Christoph Malenko", "Chủ tịch Quốc hội Séc", "CZ", "guest")
OTHER_GUEST = ("Ilse Varga", "Chủ tịch Quốc hội Hungary", "HU", "guest")


def _meeting(doc_id: str, guest: tuple[str, str, str, str] = GUEST, **kw: object) -> Document:
    return report(
        doc_id,
        "Sáng 6/12, Chủ tịch Quốc hội đón và hội đàm với khách.",
        people=[HOST, guest],
        date=kw.pop("date", "2025-12-06"),  # type: ignore[arg-type]
        published=kw.pop("published", "2025-12-06"),  # type: ignore[arg-type]
        location="Nhà Quốc hội",
        **kw,  # type: ignore[arg-type]
    )


def _arrival(
    doc_id: str, guest: str = "Cristoph Malenko", day: str = "2025-12-06", host: bool = True
) -> Document:
    """The guest's visit in one sentence, the host's welcome (host only) in the next."""
    first = f"Sáng 6/12, ông {guest} thăm chính thức Việt Nam."
    second = " Chủ tịch Quốc hội chủ trì lễ đón."
    events = [
        Event(
            type="visit",
            trigger="thăm",
            evidence=Span(0, len(first)),
            date=day,
            participants=[Participant(guest, "guest")],
        )
    ]
    people = [Person(guest, titles=["Chủ tịch Quốc hội Séc"], country="CZ")]
    if host:
        events.append(
            Event(
                type="reception",
                trigger="đón",
                evidence=Span(len(first), len(first + second)),
                date=None,
                participants=[Participant(HOST[0], "host")],
            )
        )
        people.append(Person(HOST[0], titles=[HOST[1]], country="VN"))
    return Document(
        text=first + second,
        id=doc_id,
        url=f"https://{doc_id.split('-')[0]}.vn/{doc_id}",
        published=day,
        people=people,
        events=events,
    )


def _with(events: list[MergedEvent], doc_id: str) -> set[str]:
    """The articles merged with the article's first report (the visit of an arrival)."""
    event = next(e for e in events if any(s.id == f"{doc_id}#0" for s in e.sources))
    return {s.document_id for s in event.sources}


def test_a_guest_spelled_otherwise_is_the_anchors_guest() -> None:
    own = {"x": "Cristoph Malenko"}
    anchor = {"h": "Lạc Thị Ngân", "g": "Christoph Malenko"}
    assert spelled_into(own, anchor) == frozenset({"g"})
    assert spelled_into({"h": "Lạc Thị Ngân"}, anchor) == frozenset({"h"})


def test_a_surname_an_initial_or_another_given_name_is_not_enough() -> None:
    anchor = {"h": "Lạc Thị Ngân", "g": "Christoph Malenko"}
    assert spelled_into({"x": "Malenko"}, anchor) is None
    assert spelled_into({"x": "C. Malenko"}, anchor) is None
    assert spelled_into({"x": "Christian Malenko"}, anchor) is None
    # Vietnamese names never count as spellings of one another ("Ngân"/"Ngan" aside).
    assert spelled_into({"x": "Lạc Thị Ngần"}, anchor) is None


def test_two_fitting_names_in_the_anchor_match_neither() -> None:
    anchor = {"g": "Christoph Malenko", "k": "Kristoph Malenko"}
    assert spelled_into({"x": "Cristoph Malenko"}, anchor) is None


def test_the_arrival_spelled_otherwise_joins_the_talks_of_its_day() -> None:
    events = merge([_meeting("a-1"), _meeting("b-1", type="talks"), _arrival("c-1")])
    assert _with(events, "c-1") == {"a-1", "b-1", "c-1"}


def test_it_joins_a_meeting_dated_without_a_year() -> None:
    yearless = [
        _meeting("a-1", date="--12-06", published=None),
        _meeting("b-1", type="talks", date="--12-06", published=None),
    ]
    events = merge([*yearless, _arrival("c-1")])
    assert _with(events, "c-1") == {"a-1", "b-1", "c-1"}


def test_a_surname_alone_stays_apart() -> None:
    events = merge([_meeting("a-1"), _arrival("c-1", guest="Malenko")])
    assert _with(events, "c-1") == {"c-1"}


def test_another_given_name_stays_apart() -> None:
    events = merge([_meeting("a-1"), _arrival("c-1", guest="Christian Malenko")])
    assert _with(events, "c-1") == {"c-1"}


def test_another_guest_of_the_hosts_day_stays_apart() -> None:
    """The guest spelled otherwise matches neither guest of the host's day (another surname)."""
    two = [_meeting("a-1"), _meeting("b-1", guest=OTHER_GUEST)]
    events = merge([*two, _arrival("c-1", guest="Ilse Horvath")])
    assert _with(events, "c-1") == {"c-1"}


def test_the_arrival_beside_meetings_with_two_hosts_joins_neither() -> None:
    """No host in its article: the guest spelled otherwise is looked up by no one."""
    other = report(
        "d-1",
        "Chiều 6/12, Thủ tướng tiếp khách.",
        people=[OTHER_HOST, GUEST],
        date="2025-12-06",
        published="2025-12-06",
    )
    events = merge([_meeting("a-1"), other, _arrival("c-1", host=False)])
    assert _with(events, "c-1") == {"c-1"}


def test_the_same_guest_a_year_later_stays_apart() -> None:
    events = merge([_meeting("a-1"), _arrival("c-1", day="2026-12-06")])
    assert _with(events, "c-1") == {"c-1"}
    yearless = _meeting("b-1", date="--12-06", published=None)
    # a year-less meeting on the month-day: the guest's arrivals of two years leave it alone
    events = merge([yearless, _arrival("c-1"), _arrival("e-1", day="2026-12-06")])
    assert _with(events, "b-1") == {"b-1"}


def test_the_order_of_arrival_does_not_matter() -> None:
    docs = [_meeting("a-1"), _arrival("c-1"), _meeting("b-1", type="talks")]
    forward = sorted(sorted(_with(merge(docs), d)) for d in ("a-1", "c-1"))
    backward = sorted(sorted(_with(merge(docs[::-1]), d)) for d in ("a-1", "c-1"))
    assert forward == backward


def test_of_the_hosts_two_guests_that_day_it_joins_the_one_it_spells() -> None:
    two = [_meeting("a-1"), _meeting("b-1", guest=OTHER_GUEST)]
    events = merge([*two, _arrival("c-1")])
    assert _with(events, "c-1") == {"a-1", "c-1"}
    assert _with(events, "b-1") == {"b-1"}
