"""A report naming three people cannot fuse two different meetings of one day.

The host holds talks with one guest and a reception for another the same day in the same
city; a third outlet names the host and both guests in one sentence. It shares two people with
each meeting, yet the two meetings stay apart, whatever the order the articles arrive in.
Names and sentences are made up.
"""

from __future__ import annotations

import itertools

from tests.corpus_helpers import report
from vndiplo.corpus import CorpusStore, MergedEvent, merge, merged_events
from vndiplo.corpus.apart import regroup
from vndiplo.corpus.link import Report
from vndiplo.model import Document

HOST = ("Hà Minh Tuệ", "Thủ tướng", "VN", "host")
FIRST = ("Anders Lindqvist", "Thủ tướng Thụy Điển", "SE", "guest")
SECOND = ("Kofi Mensah-Boateng", "Tổng thống Ghana", "GH", "guest")
DEPUTY = ("Lars Ekholm", "Bộ trưởng Thụy Điển", "SE", "guest")


def _docs() -> list[Document]:
    return [
        report("a-1", "Thủ tướng hội đàm.", people=[HOST, FIRST], type="talks", location="Hà Nội"),
        report("b-1", "Thủ tướng tiếp.", people=[HOST, SECOND], location="Hà Nội"),
        report("c-1", "Thủ tướng lần lượt gặp hai vị khách.", people=[HOST, FIRST, SECOND]),
    ]


def _of(events: list[MergedEvent], doc_id: str) -> MergedEvent:
    return next(e for e in events if any(s.document_id == doc_id for s in e.sources))


def test_a_three_person_report_does_not_bridge_two_meetings() -> None:
    events = merge(_docs())
    assert _of(events, "a-1") is not _of(events, "b-1")
    # It fits both, so it joins neither.
    assert {s.document_id for s in _of(events, "c-1").sources} == {"c-1"}


def test_the_order_and_the_builds_do_not_matter() -> None:
    expected = merge(_docs())
    for order in itertools.permutations(_docs()):
        with CorpusStore() as store:
            for doc in order:  # one build each
                store.add_many([doc])
            assert merged_events(store.conn) == expected


def test_without_the_second_meeting_it_joins_the_first() -> None:
    docs = _docs()
    events = merge([docs[0], docs[2]])
    assert len(events) == 1


def test_when_the_second_meeting_goes_away_the_bridge_joins_the_first() -> None:
    moved = report("b-1", "Bản sửa: hôm sau.", people=[HOST, SECOND], date="2025-02-19")
    with CorpusStore() as store:
        store.add_many(_docs())
        store.add_many([moved])  # the second meeting was the next day after all
        events = merged_events(store.conn)
    assert events == merge([_docs()[0], moved, _docs()[2]])
    assert _of(events, "a-1") is _of(events, "c-1")


def test_two_reports_of_the_three_still_join_each_other() -> None:
    docs = [*_docs(), report("d-1", "Ba nhà lãnh đạo gặp nhau.", people=[HOST, FIRST, SECOND])]
    events = merge(docs)
    assert _of(events, "c-1") is _of(events, "d-1")
    assert len({id(_of(events, d.id or "")) for d in docs}) == 3


def test_a_delegation_named_as_two_guests_is_no_pair_of_counterparts() -> None:
    events = merge(
        [
            report("a-1", "x", people=[HOST, FIRST]),
            report("b-1", "x", people=[HOST, FIRST, DEPUTY]),
            report("c-1", "x", people=[FIRST, DEPUTY]),
        ]
    )
    assert len(events) == 1


def test_regroup_keeps_each_pair_with_its_own_reports() -> None:
    def r(*people: str) -> Report:
        return Report("meeting", "2025-02-18", False, None, frozenset(people))

    reports = {"1": r("a", "b"), "2": r("a", "b"), "3": r("a", "c"), "4": r("a", "b", "c")}
    assert sorted(regroup(reports, {"1", "2", "3"})) == [["1", "2"], ["3"], ["4"]]
    # A bridge that reaches only one pair joins it.
    reports["4"] = r("a", "b", "d")
    assert sorted(regroup(reports, {"1", "2", "3"})) == [["1", "2", "4"], ["3"]]
