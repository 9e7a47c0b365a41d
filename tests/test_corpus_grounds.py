"""A report with no day (or no year) does not join a meeting its article puts on the other ground.

Names, places and sentences are made up. The pair met twice: Đoàn Minh Khải hosting Henrik
Aaltonen at home (the article tells of Aaltonen's arrival) and Aaltonen hosting Khải in Helsinki.
"""

from __future__ import annotations

import itertools

import attrs

from tests.corpus_helpers import report
from vndiplo.corpus import merge
from vndiplo.corpus.grounds import Ground, other_ground
from vndiplo.model import Document, Event, Participant, Span

KHAI = ("Đoàn Minh Khải", "Thủ tướng", "VN", "host")
AALTONEN = ("Henrik Aaltonen", "Thủ tướng Phần Lan", "FI", "host")
AWAY_KHAI = ("Đoàn Minh Khải", "Thủ tướng", "VN", "guest")


def _with_visit(doc: Document, guest: str, *, referenced: bool = False) -> Document:
    """The article also tells of ``guest`` arriving (a visit it reports, or one it refers to)."""
    arrival = Event(
        type="visit",
        trigger="sang thăm",
        evidence=Span(0, len(doc.text)),
        date=doc.events[0].date,
        location=doc.events[0].location,
        participants=[Participant(guest, "guest")],
        referenced=referenced,
    )
    return attrs.evolve(doc, events=[*doc.events, arrival])


def _home_talks(doc_id: str, date: str | None = None, location: str | None = None) -> Document:
    """Khải and Aaltonen "held talks", both read as hosts, after Aaltonen's arrival."""
    talks = report(
        doc_id,
        "Thủ tướng Phần Lan sang thăm; hai Thủ tướng tiến hành hội đàm.",
        people=[KHAI, AALTONEN],
        type="talks",
        date=date,
        published=None,
        location=location,
    )
    return _with_visit(talks, AALTONEN[0])


def _away_talks(
    doc_id: str, day: str = "2026-07-04", location: str | None = "Helsinki"
) -> Document:
    return report(
        doc_id,
        "Thủ tướng Aaltonen đón Thủ tướng Khải.",
        people=[AWAY_KHAI, AALTONEN],
        type="talks",
        date=day,
        published=day,
        location=location,
    )


def _joined(docs: list[Document]) -> bool:
    """Whether the two articles' talks are one event, the same whatever the order of arrival."""
    found = set()
    for order in itertools.permutations(docs):
        events = merge(list(order))
        talks = {"a-1#0", "b-1#0"}  # each article's first event
        found.add(any(talks <= {s.id for s in e.sources} for e in events))
    assert len(found) == 1
    return found.pop()


def _apart(docs: list[Document]) -> bool:
    return not _joined(docs)


def test_an_arrival_in_the_article_keeps_it_from_the_meeting_in_the_guests_country() -> None:
    assert _apart([_away_talks("a-1"), _home_talks("b-1")])


def test_an_arrival_keeps_it_from_a_meeting_the_traveller_hosts() -> None:
    assert _apart([_away_talks("a-1", location=None), _home_talks("b-1")])


def test_without_the_arrival_both_hosts_is_still_a_reading_slip() -> None:
    plain = attrs.evolve(_home_talks("b-1"), events=_home_talks("b-1").events[:1])
    assert _joined([_away_talks("a-1"), plain])


def test_the_articles_other_place_puts_a_placeless_report_in_its_country() -> None:
    home = _home_talks("b-1")
    placed = attrs.evolve(home.events[1], location="Hà Nội", participants=[])
    elsewhere = attrs.evolve(home, events=[home.events[0], placed])
    assert _apart([_away_talks("a-1"), elsewhere])
    assert _joined([_away_talks("a-1", location=None), elsewhere])


def test_a_host_whose_own_article_has_them_arriving_was_misread() -> None:
    """The dated report reads the arriving Aaltonen as host; its article says he came: join."""
    misread = _with_visit(
        report(
            "a-1",
            "Thủ tướng Aaltonen tới Phủ Chủ tịch hội đàm với Thủ tướng Khải.",
            people=[AWAY_KHAI, AALTONEN],
            type="talks",
            date="2026-01-16",
            published="2026-01-16",
        ),
        AALTONEN[0],
        referenced=True,
    )
    assert _joined([misread, _home_talks("b-1")])


def test_a_yearless_report_is_kept_apart_the_same_way() -> None:
    assert _apart([_away_talks("a-1"), _home_talks("b-1", date="--07-04")])
    plain = _home_talks("b-1", date="--07-04")
    plain = attrs.evolve(plain, events=plain.events[:1])
    assert _joined([_away_talks("a-1"), plain])


def test_other_ground_is_symmetric() -> None:
    home = Ground(frozenset(), frozenset({"x"}), frozenset({"FI"}), None)
    grounds = [
        home,
        Ground(frozenset({"x"}), frozenset(), frozenset(), None),
        Ground(frozenset(), frozenset(), frozenset(), "FI"),
        Ground(frozenset(), frozenset(), frozenset(), "VN"),
        Ground(frozenset({"y"}), frozenset(), frozenset(), None),
    ]
    for a, b in itertools.product(grounds, repeat=2):
        assert other_ground(a, b) == other_ground(b, a)
    assert [other_ground(home, g) for g in grounds[1:]] == [True, True, False, False]
