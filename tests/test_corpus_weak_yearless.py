"""A dated report naming one side joins the meeting other outlets date without a year.

Names, places and sentences are made up. The near misses: the same guest's visits of two years on
one month-day, a page that names another host for its welcome, another month-day, and the order
and the batches the articles arrive in.
"""

from __future__ import annotations

import attrs

from tests.corpus_helpers import report
from vndiplo.corpus import CorpusStore, MergedEvent, merge, merged_events
from vndiplo.corpus.yearless_weak import read_in_year
from vndiplo.model import Document, Event, Participant, Person, Span

HOST = ("Lạc Thị Ngân", "Chủ tịch nước", "VN", "host")
OTHER_HOST = ("Đinh Công Sáng", "Thủ tướng", "VN", "host")
GUEST = ("Ottokar Brenner", "Tổng thống Áo", "AT", "guest")


def _yearless(doc_id: str, month_day: str = "04-17", **kw: object) -> Document:
    """Both sides named, "sáng 17/4" with no year, no page stamp."""
    return report(
        doc_id,
        "Sáng 17/4, Chủ tịch nước chủ trì lễ đón Tổng thống Áo.",
        people=[HOST, GUEST],
        date=f"--{month_day}",
        published=None,
        **kw,  # type: ignore[arg-type]
    )


def _guest_only(doc_id: str, day: str = "2022-04-17", **kw: object) -> Document:
    """A page stamped on the day whose welcome sentence names the guest only."""
    return report(
        doc_id,
        "Lễ đón chính thức Tổng thống Áo diễn ra sáng nay.",
        people=[GUEST],
        date=day,
        published=day,
        **kw,  # type: ignore[arg-type]
    )


def _docs(events: list[MergedEvent], doc_id: str) -> set[str]:
    event = next(e for e in events if any(s.document_id == doc_id for s in e.sources))
    return {s.document_id for s in event.sources}


def test_reading_a_month_day_in_a_year() -> None:
    assert read_in_year("2022-04-15", "04-17") == "2022-04-17"
    assert read_in_year("2022-01-01", "12-31") == "2021-12-31"  # across New Year
    assert read_in_year("2023-02-28", "02-29") == "2024-02-29"  # the nearest year that has it


def test_the_guest_only_report_joins_the_yearless_welcome() -> None:
    events = merge([_yearless("a-1"), _yearless("b-1", type="talks"), _guest_only("c-1")])
    assert len(events) == 1
    assert events[0].date == "2022-04-17"  # the weak report lends its year


def test_a_guest_only_visit_report_joins_it_too() -> None:
    visit = _guest_only("c-1", type="visit", location="Hà Nội")
    events = merge([_yearless("a-1", location="Phủ Chủ tịch"), visit])
    assert len(events) == 1


def test_the_guest_on_that_month_day_of_two_years_keeps_it_alone() -> None:
    events = merge([_yearless("a-1"), _guest_only("c-1"), _guest_only("d-1", "2024-04-17")])
    assert _docs(events, "a-1") == {"a-1"}


def test_another_month_day_keeps_them_apart() -> None:
    assert len(merge([_yearless("a-1"), _guest_only("c-1", "2022-04-19")])) == 2


def test_a_page_naming_another_host_for_its_welcome_keeps_them_apart() -> None:
    """The guest welcomed by the prime minister is not the president's talks with him."""
    welcome = "Lễ đón chính thức Tổng thống Áo diễn ra sáng nay."
    host_line = " Thủ tướng chủ trì lễ đón."
    doc = Document(
        text=welcome + host_line,
        id="c-1",
        url="https://c.vn/c-1",
        published="2022-04-17",
        people=[Person(name, titles=[t], country=c) for name, t, c, _r in (GUEST, OTHER_HOST)],
        events=[
            Event(
                type="reception",
                trigger="đón",
                evidence=Span(0, len(welcome)),
                date="2022-04-17",
                participants=[Participant(GUEST[0], "guest")],
            ),
            Event(
                type="reception",
                trigger="đón",
                evidence=Span(len(welcome), len(welcome + host_line)),
                date=None,
                participants=[Participant(OTHER_HOST[0], "host")],
            ),
        ],
    )
    events = merge([_yearless("a-1"), doc])
    assert _docs(events, "a-1") == {"a-1"}


def test_the_result_does_not_depend_on_order_or_batches() -> None:
    docs = [_yearless("a-1"), _guest_only("c-1"), _yearless("b-1", type="talks")]
    whole = merge(docs)
    assert merge(docs[::-1]) == whole
    with CorpusStore() as store:
        for doc in docs:
            store.add_many([doc])
        assert merged_events(store.conn) == whole
        # The same guest on that month-day of another year, added later, takes it out again.
        store.add_many([_guest_only("d-1", "2024-04-17")])
        later = merged_events(store.conn)
    assert _docs(later, "a-1") == {"a-1", "b-1"}
    assert later == merge([*docs, _guest_only("d-1", "2024-04-17")])


def test_a_changed_weak_report_is_weighed_again() -> None:
    with CorpusStore() as store:
        store.add_many([_yearless("a-1"), _guest_only("c-1")])
        assert len(merged_events(store.conn)) == 1
        moved = attrs.evolve(_guest_only("c-1", "2022-05-20"), text="Lễ đón, một bản sửa.")
        store.add_many([moved])
        assert len(merged_events(store.conn)) == 2
