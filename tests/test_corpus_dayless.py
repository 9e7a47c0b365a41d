"""Reports with no day at all (no date in the text, no page stamp) join the one meeting they fit.

Names, places and sentences are made up. The near misses: the same pair meeting in two years or
a call and a meeting, one visitor with two hosts, another city, a report naming one person.
"""

from __future__ import annotations

from tests.corpus_helpers import report
from vndiplo.corpus import CorpusStore, MergedEvent, merge, merged_events
from vndiplo.model import Document

HOST = ("Đoàn Minh Khải", "Thủ tướng", "VN", "host")
HOST2 = ("Vũ Thị Hạnh", "Chủ tịch nước", "VN", "host")
GUEST = ("Henrik Aaltonen", "Thủ tướng Phần Lan", "FI", "guest")


def _dayless(doc_id: str, **kw: object) -> Document:
    """A copy with its dateline stripped: no date in the text, no stamp, none in the URL."""
    people = kw.pop("people", [HOST, GUEST])
    return report(
        doc_id,
        "Thủ tướng hội kiến Thủ tướng Phần Lan.",
        people=people,  # type: ignore[arg-type]
        date=None,
        published=None,
        **kw,  # type: ignore[arg-type]
    )


def _dated(doc_id: str, day: str = "2024-03-05", **kw: object) -> Document:
    people = kw.pop("people", [HOST, GUEST])
    return report(
        doc_id,
        "Thủ tướng tiếp.",
        people=people,
        date=day,
        published=day,
        **kw,  # type: ignore[arg-type]
    )


def _of(events: list[MergedEvent], doc_id: str) -> set[str]:
    event = next(e for e in events if any(s.document_id == doc_id for s in e.sources))
    return {s.document_id for s in event.sources}


def test_a_dayless_report_joins_the_one_meeting_of_its_pair() -> None:
    events = merge([_dated("a-1", location="Hà Nội"), _dayless("b-1", type="talks")])
    assert len(events) == 1
    assert events[0].date == "2024-03-05"


def test_it_joins_a_yearless_meeting_too() -> None:
    yearless = report("a-1", "Chiều 5/3, ...", people=[HOST, GUEST], date="--03-05", published=None)
    assert len(merge([yearless, _dayless("b-1")])) == 1


def test_the_pair_meeting_twice_keeps_it_apart() -> None:
    events = merge([_dated("a-1"), _dated("c-1", "2025-10-20"), _dayless("b-1")])
    assert _of(events, "b-1") == {"b-1"}


def test_another_family_host_city_or_one_person_keeps_it_apart() -> None:
    for other in (
        _dayless("b-1", type="phone_call"),
        _dayless("b-1", people=[HOST2, GUEST]),
        _dayless("b-1", location="Đà Nẵng"),
        _dayless("b-1", people=[GUEST]),
    ):
        assert len(merge([_dated("a-1", location="Hà Nội"), other])) == 2


def test_one_visitor_with_two_hosts_that_day() -> None:
    events = merge(
        [
            _dated("a-1"),
            _dated("c-1", people=[HOST2, GUEST]),
            _dayless("b-1", people=[HOST2, GUEST]),
        ]
    )
    assert _of(events, "b-1") == {"b-1", "c-1"}
    assert _of(events, "a-1") == {"a-1"}


def test_two_dayless_reports_join_each_other_only_when_they_fit_no_meeting() -> None:
    # Nothing else of the pair, both placed: one meeting (tests/test_corpus_dayless_pairs.py).
    placed = [_dayless("b-1", location="Hà Nội"), _dayless("c-1", location="Hà Nội")]
    assert len(merge(placed)) == 1
    # The pair met twice: each report fits both meetings, so no guess either way.
    events = merge([_dated("a-1"), _dated("d-1", "2025-10-20"), _dayless("b-1"), _dayless("c-1")])
    assert _of(events, "b-1") == {"b-1"}


def test_a_second_meeting_added_later_takes_it_out_again() -> None:
    with CorpusStore() as store:
        store.add_many([_dated("a-1"), _dayless("b-1")])
        assert len(merged_events(store.conn)) == 1
        store.add_many([_dated("c-1", "2025-10-20")])
        events = merged_events(store.conn)
    assert _of(events, "b-1") == {"b-1"}
    assert events == merge([_dated("c-1", "2025-10-20"), _dayless("b-1"), _dated("a-1")])


def test_the_pair_meeting_in_the_other_direction_keeps_it_apart() -> None:
    """Henrik Aaltonen hosting Đoàn Minh Khải abroad is not Khải hosting him at home."""
    home_host = ("Henrik Aaltonen", "Thủ tướng Phần Lan", "FI", "host")
    away_guest = ("Đoàn Minh Khải", "Thủ tướng", "VN", "guest")
    events = merge([_dated("a-1"), _dayless("b-1", people=[away_guest, home_host])])
    assert len(events) == 2


def test_one_role_read_wrongly_does_not_make_a_return_visit() -> None:
    """A report naming both sides hosts flips one role and keeps the other: still one meeting."""
    both_hosts = [HOST, (GUEST[0], GUEST[1], GUEST[2], "host")]
    events = merge([_dated("a-1"), _dayless("b-1", people=both_hosts)])
    assert len(events) == 1
