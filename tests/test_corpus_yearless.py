"""Reports dated without a year (a day and month, no page stamp) join the one meeting they fit.

Names, places and sentences are made up. The near misses: the same pair on the same day and
month of two years, one leader with two counterparts that day, another day, another kind of
encounter, another city; and a year-less report is never what others attach to.
"""

from __future__ import annotations

from tests.corpus_helpers import report
from vndiplo.corpus import CorpusStore, MergedEvent, merge, merged_events
from vndiplo.model import Document

HOST = ("Trịnh Quang Vinh", "Chủ tịch Quốc hội", "VN", "host")
GUEST = ("Mirela Dobrescu", "Tổng thống Romania", "RO", "guest")
OTHER = ("Tomasz Wierzba", "Thủ tướng Ba Lan", "PL", "guest")


def _dated(doc_id: str, day: str = "2025-11-04", **kw: object) -> Document:
    """A two-sided report whose day the article states in full."""
    people = kw.pop("people", [HOST, GUEST])
    return report(
        doc_id,
        "Chủ tịch Quốc hội hội kiến Tổng thống.",
        people=people,
        date=day,  # type: ignore[arg-type]
        published=day,
        **kw,  # type: ignore[arg-type]
    )


def _yearless(doc_id: str, month_day: str = "11-04", **kw: object) -> Document:
    """A report dated "chiều 4/11" on a page with no stamp and no date in its URL."""
    people = kw.pop("people", [HOST, GUEST])
    return report(
        doc_id,
        "Chiều 4/11, Chủ tịch Quốc hội tiếp Tổng thống.",
        people=people,  # type: ignore[arg-type]
        date=f"--{month_day}",
        published=None,
        **kw,  # type: ignore[arg-type]
    )


def _of(events: list[MergedEvent], doc_id: str) -> MergedEvent:
    return next(e for e in events if any(s.document_id == doc_id for s in e.sources))


def _docs(event: MergedEvent) -> set[str]:
    return {s.document_id for s in event.sources}


def test_a_yearless_report_joins_the_meeting_of_its_day_and_month() -> None:
    events = merge([_dated("a-1"), _yearless("b-1", type="meeting")])
    assert len(events) == 1
    assert events[0].date == "2025-11-04"  # the dated report gives the day


def test_the_same_pair_on_that_day_in_two_years_keeps_it_apart() -> None:
    events = merge([_dated("a-1"), _dated("c-1", "2023-11-04"), _yearless("b-1")])
    assert len(events) == 3
    assert _docs(_of(events, "b-1")) == {"b-1"}


def test_a_second_year_added_later_takes_it_out_again() -> None:
    with CorpusStore() as store:
        store.add_many([_dated("a-1"), _yearless("b-1")])
        assert len(merged_events(store.conn)) == 1
        store.add_many([_dated("c-1", "2023-11-04")])
        events = merged_events(store.conn)
    assert _docs(_of(events, "b-1")) == {"b-1"}
    assert events == merge([_dated("c-1", "2023-11-04"), _yearless("b-1"), _dated("a-1")])


def test_another_day_another_family_or_another_city_keeps_it_apart() -> None:
    for other in (
        _yearless("b-1", "11-05"),
        _yearless("b-1", type="phone_call"),
        _yearless("b-1", location="Đà Nẵng"),
    ):
        assert len(merge([_dated("a-1", location="Hà Nội"), other])) == 2


def test_a_report_naming_someone_else_on_one_side_stays_apart() -> None:
    assert len(merge([_dated("a-1"), _yearless("b-1", people=[HOST, OTHER])])) == 2


def test_a_yearless_one_sided_report_joins_the_one_meeting_of_that_day() -> None:
    events = merge([_dated("a-1"), _yearless("b-1", people=[GUEST])])
    assert len(events) == 1


def test_one_leader_with_two_counterparts_that_day_keeps_a_one_sided_report_apart() -> None:
    events = merge(
        [_dated("a-1"), _dated("c-1", people=[HOST, OTHER]), _yearless("b-1", people=[HOST])]
    )
    assert len(events) == 3
    assert _docs(_of(events, "b-1")) == {"b-1"}


def test_yearless_reports_are_no_anchor_for_dated_meetings() -> None:
    # Two year-less reports of one pair and month-day that no dated meeting fits are one event.
    # A one-sided dated report of that month-day joins them (yearless_weak), but the event
    # takes no part in linking dated two-sided reports: a dated meeting of the pair in another
    # year stays apart from it.
    guest_only = report(
        "d-1",
        "Tổng thống đến chào.",
        people=[GUEST],
        date="2025-11-04",
        published="2025-11-04",
    )
    events = merge([_yearless("b-1"), _yearless("c-1"), guest_only])
    assert len(events) == 1
    assert events[0].date == "2025-11-04"
    events = merge([_yearless("b-1"), _yearless("c-1"), _dated("e-1", "2025-06-02")])
    assert len(events) == 2
    assert _docs(_of(events, "b-1")) == {"b-1", "c-1"}


def test_yearless_reports_no_dated_meeting_fits_join_each_other() -> None:
    events = merge([_yearless("b-1"), _yearless("c-1", type="talks"), _yearless("e-1")])
    assert len(events) == 1
    assert events[0].date is None


def test_yearless_reports_among_themselves_keep_their_near_misses_apart() -> None:
    # Another pair, another month-day, another family, a contradicting city.
    for other in (
        _yearless("c-1", people=[HOST, OTHER]),
        _yearless("c-1", "11-05"),
        _yearless("c-1", type="phone_call"),
        _yearless("c-1", location="Đà Nẵng"),
    ):
        assert len(merge([_yearless("b-1", location="Hà Nội"), other])) == 2


def test_a_report_naming_three_does_not_bridge_two_yearless_pairs() -> None:
    trio = _yearless("d-1", people=[HOST, GUEST, OTHER])
    events = merge([_yearless("b-1"), _yearless("c-1", people=[HOST, OTHER]), trio])
    assert _docs(_of(events, "b-1")) != _docs(_of(events, "c-1"))


def test_a_yearless_report_fitting_a_dated_meeting_joins_it_not_its_peers() -> None:
    # b-1 fits the dated talks; c-1 names another city, so it fits neither them nor b-1's event.
    events = merge(
        [_dated("a-1", location="Hà Nội"), _yearless("b-1"), _yearless("c-1", location="Huế")]
    )
    assert _docs(_of(events, "a-1")) == {"a-1", "b-1"}
    assert _docs(_of(events, "c-1")) == {"c-1"}


def test_replacing_the_dated_article_places_the_yearless_report_again() -> None:
    corrected = report(
        "a-1", "Bản sửa.", people=[HOST, GUEST], date="2025-11-06", published="2025-11-06"
    )
    with CorpusStore() as store:
        store.add_many([_dated("a-1"), _yearless("b-1")])
        store.add_many([corrected])  # the outlet corrected the day: same id, new text
        events = merged_events(store.conn)
    assert len(events) == 2
    assert events == merge([corrected, _yearless("b-1")])
