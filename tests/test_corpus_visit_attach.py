"""A visit or a one-sided report joins a meeting only when nothing else could be what it reports.

A leader who flies in for a summit meets many counterparts, and one who meets someone else
during the visit may be at either meeting: an arrival report that names the leader only then
stays a visit of its own. A page dated by its publication cannot report what happens the day
after. People, places and sentences are made up for these tests.
"""

from __future__ import annotations

from tests.corpus_helpers import report
from vndiplo.corpus import MergedEvent, merge
from vndiplo.model import Document, Event, Participant, Person, Span

VISITOR = ("Tomasz Wierzba", "Thủ tướng Ba Lan", "PL", "guest")
HOST = ("Haruki Senda", "Thủ tướng Nhật Bản", "JP", "host")
THIRD = ("Amara Diallo", "Tổng thống Senegal", "SN", "guest")

MEETING = {"type": "meeting", "date": "2025-03-11", "published": "2025-03-11"}
DAY_BEFORE = {"date": "2025-03-10", "published": "2025-03-10"}


def _groups(events: list[MergedEvent]) -> list[list[str]]:
    return sorted(sorted(s.document_id for s in e.sources) for e in events)


def _arrival(doc_id: str, *, summit: bool) -> Document:
    """The visitor lands the day before; with ``summit``, the sentence says he came to attend."""
    sentence = "Chiều 10/3, Thủ tướng Tomasz Wierzba đã tới thành phố Kobe"
    sentence += ", bắt đầu chuyến công tác dự Hội nghị thượng đỉnh khu vực." if summit else "."
    kinds = ["visit", "attend"] if summit else ["visit"]
    return Document(
        text=sentence,
        id=doc_id,
        url=f"https://{doc_id}.vn/a",
        published="2025-03-10",
        people=[Person(VISITOR[0], titles=[VISITOR[1]], country=VISITOR[2])],
        events=[
            Event(
                type=kind,
                trigger="tới" if kind == "visit" else "dự",
                evidence=Span(0, len(sentence)),
                date="2025-03-10",
                participants=[Participant(VISITOR[0], "guest")],
            )
            for kind in kinds
        ],
    )


def test_an_arrival_joins_the_one_meeting_of_its_visit() -> None:
    events = merge(
        [report("m-1", "x", people=[HOST, VISITOR], **MEETING), _arrival("v-1", summit=False)]
    )
    assert _groups(events) == [["m-1", "v-1"]]


def test_an_arrival_for_a_summit_does_not_stand_for_one_bilateral_meeting() -> None:
    events = merge(
        [report("m-1", "x", people=[HOST, VISITOR], **MEETING), _arrival("v-1", summit=True)]
    )
    assert _groups(events) == [["m-1"], ["v-1"], ["v-1"]]


def test_an_arrival_stays_apart_when_the_leader_meets_someone_else_during_the_visit() -> None:
    other_meeting = report(
        "o-1",
        "Thủ tướng Tomasz Wierzba gặp gỡ cộng đồng.",
        people=[VISITOR],
        type="meeting",
        **DAY_BEFORE,
    )
    docs = [report("m-1", "x", people=[HOST, VISITOR], **MEETING), _arrival("v-1", summit=False)]
    events = merge([*docs, other_meeting])
    assert ["m-1"] in _groups(events) and ["v-1"] in _groups(events)
    assert _groups(merge([*docs, other_meeting][::-1])) == _groups(events)


def test_an_arrival_naming_both_sides_still_joins() -> None:
    both = report(
        "v-2",
        "Thủ tướng Haruki Senda đón Thủ tướng Tomasz Wierzba.",
        people=[HOST, VISITOR],
        type="visit",
        **DAY_BEFORE,
    )
    events = merge(
        [report("m-1", "x", people=[HOST, VISITOR], **MEETING), _arrival("v-1", summit=True), both]
    )
    assert ["m-1", "v-2"] in _groups(events)


def test_a_page_published_before_the_meeting_does_not_report_it() -> None:
    anchor = report("m-1", "x", people=[HOST, VISITOR], **MEETING)
    undated = {"type": "meeting", "date": None}
    before = report(
        "b-1", "Thủ tướng Ba Lan hội kiến.", people=[VISITOR], published="2025-03-10", **undated
    )
    after = report(
        "a-1", "Thủ tướng Ba Lan hội kiến.", people=[VISITOR], published="2025-03-12", **undated
    )
    assert _groups(merge([anchor, before])) == [["b-1"], ["m-1"]]
    assert _groups(merge([anchor, after])) == [["a-1", "m-1"]]
