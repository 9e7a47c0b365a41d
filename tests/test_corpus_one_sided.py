"""Reports that name one side only, or report a meeting as a step of a visit.

They join the one meeting they can only be part of, and never fuse two different meetings: the
near misses (one leader, two counterparts the same day; one pair, two years) stay apart.
Sentences and people are made up for these tests.
"""

from __future__ import annotations

from tests.corpus_helpers import report
from vndiplo.corpus import CorpusStore, MergedEvent, merge
from vndiplo.model import Document

HOST = ("Đinh Văn Khải", "Chủ tịch Quốc hội", "VN", "host")
GUEST = ("Aroha Tane", "Thủ tướng New Zealand", "NZ", "guest")
OTHER = ("Ingrid Solberg", "Ngoại trưởng Na Uy", "NO", "guest")


def _visit(doc_id: str, span: str = "2025-02-17/2025-02-19") -> Document:
    """The guest's visit, its span stated, published on its first day."""
    return report(
        doc_id,
        "Thủ tướng Aroha Tane thăm chính thức Việt Nam.",
        people=[GUEST],
        type="visit",
        date=span,
        published=span[:10],
    )


def _of(events: list[MergedEvent], doc_id: str) -> MergedEvent:
    return next(e for e in events if any(s.document_id == doc_id for s in e.sources))


def test_a_report_naming_one_side_joins_the_one_meeting_it_fits() -> None:
    events = merge(
        [
            report(
                "a-1", "Chủ tịch Quốc hội hội kiến Thủ tướng New Zealand.", people=[HOST, GUEST]
            ),
            report("b-1", "Thủ tướng Aroha Tane đến chào xã giao.", people=[GUEST], type="meeting"),
        ]
    )
    assert len(events) == 1
    assert events[0].type == "reception"  # the two-sided report names the event
    assert {s.document_id for s in events[0].sources} == {"a-1", "b-1"}


def test_a_visit_whose_span_holds_the_meeting_day_joins_it() -> None:
    events = merge(
        [
            report("a-1", "Chủ tịch Quốc hội tiếp Thủ tướng.", people=[HOST, GUEST]),
            _visit("c-1"),
        ]
    )
    assert len(events) == 1
    assert events[0].type == "reception" and events[0].date == "2025-02-18"


def test_one_leader_two_counterparts_the_same_day_stay_two_meetings() -> None:
    events = merge(
        [
            report("a-1", "Chủ tịch Quốc hội tiếp Thủ tướng.", people=[HOST, GUEST]),
            report("b-1", "Chủ tịch Quốc hội hội kiến Thủ tướng.", people=[HOST, GUEST]),
            report("c-1", "Chủ tịch Quốc hội tiếp Ngoại trưởng.", people=[HOST, OTHER]),
            # Names the host only: it fits both meetings, so it joins neither.
            report("d-1", "Chủ tịch Quốc hội tiếp khách quốc tế.", people=[HOST]),
        ]
    )
    assert len(events) == 3
    assert _of(events, "a-1") is _of(events, "b-1")
    assert _of(events, "a-1") is not _of(events, "c-1")
    assert {s.document_id for s in _of(events, "d-1").sources} == {"d-1"}


def test_one_pair_in_two_years_stays_two_meetings() -> None:
    events = merge(
        [
            report("a-1", "x", people=[HOST, GUEST], date="2024-02-18", published="2024-02-18"),
            report("b-1", "x", people=[HOST, GUEST]),
            report("c-1", "Thủ tướng Aroha Tane đến chào.", people=[GUEST], type="meeting"),
        ]
    )
    assert len(events) == 2
    assert {s.document_id for s in _of(events, "b-1").sources} == {"b-1", "c-1"}
    assert {s.document_id for s in _of(events, "a-1").sources} == {"a-1"}


def test_a_one_sided_report_of_another_day_does_not_join() -> None:
    events = merge(
        [
            report("a-1", "x", people=[HOST, GUEST]),
            report("c-1", "y", people=[GUEST], type="meeting", date="2025-02-19"),
        ]
    )
    assert len(events) == 2


def test_a_visit_never_chains_two_meetings_of_its_span() -> None:
    events = merge(
        [
            report("a-1", "x", people=[HOST, GUEST]),
            report("b-1", "y", people=[GUEST, OTHER], type="talks", date="2025-02-19"),
            _visit("c-1", "2025-02-17/2025-02-20"),
        ]
    )
    assert len(events) == 3  # the visit fits both meetings: it stays a visit of its own


def test_attaching_does_not_depend_on_the_order_of_arrival() -> None:
    docs = [
        report("a-1", "x", people=[HOST, GUEST]),
        report("c-1", "y", people=[GUEST], type="meeting"),
        report("d-1", "z", people=[HOST, OTHER], date="2025-02-19", published="2025-02-19"),
    ]
    first = [sorted(s.document_id for s in e.sources) for e in merge(docs)]
    again = [sorted(s.document_id for s in e.sources) for e in merge(docs[::-1])]
    assert sorted(first) == sorted(again) == [["a-1", "c-1"], ["d-1"]]


def test_an_undated_report_days_later_joins_when_people_and_place_agree() -> None:
    stated = report("a-1", "x", people=[HOST, GUEST], location="Nhà Quốc hội")
    late = {"date": None, "published": "2025-02-21", "type": "meeting"}
    early = {**late, "published": "2025-02-15"}
    together = merge(
        [stated, report("b-1", "y", people=[HOST, GUEST], location="Nhà Quốc hội", **late)]
    )
    assert len(together) == 1
    for apart in (
        report("b-1", "y", people=[HOST, GUEST], **late),  # no place to agree on
        report("b-1", "y", people=[HOST, OTHER], location="Nhà Quốc hội", **late),  # one shared
        # published before the day it would be about
        report("b-1", "y", people=[HOST, GUEST], location="Nhà Quốc hội", **early),
    ):
        assert len(merge([stated, apart])) == 2


def test_a_planned_visit_points_at_the_meeting_its_visit_joined() -> None:
    planned = {"type": "visit", "date": None, "published": "2024-11-05", "planned": True}
    with CorpusStore() as store:
        store.add_many(
            [
                report("a-1", "x", people=[HOST, GUEST]),
                _visit("c-1"),
                report("p-1", "Thủ tướng sẽ thăm Việt Nam.", people=[GUEST], **planned),
            ]
        )
        events = store.conn.execute("SELECT id, family FROM events").fetchall()
        assert events == [("a-1#0", "meeting")]
        assert store.conn.execute("SELECT event_id FROM mentions").fetchall() == [("a-1#0",)]
