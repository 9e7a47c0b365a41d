"""A visit's arrival and departure pages join the visit's record, however outlets spell the guest.

An arrival page (the evening before the talks) and a departure page (the morning after) often
name the guest alone, one outlet with a year, another without, one writing "Anthony", another
"Antony". Names, places and sentences are made up. Near misses: the same guest's next visit,
arrivals on that month-day in two years, two guests of one family name, and the order the
articles arrive in.
"""

from __future__ import annotations

import attrs

from tests.corpus_helpers import report
from vndiplo.corpus import MergedEvent, merge
from vndiplo.model import Document

HOST = ("Lạc Thị Ngân", "Bộ trưởng Ngoại giao", "VN", "host")


def _guest(name: str = "Anthony Ridgeway") -> tuple[str, str, str, str]:
    return (name, "Ngoại trưởng Anh", "GB", "guest")


def _visit(doc_id: str, date: str | None, name: str = "Anthony Ridgeway", **kw: object) -> Document:
    """ "Tối 7/4, Ngoại trưởng Anh X đến Hà Nội": the guest alone."""
    published = kw.pop("published", date if date and date[:1].isdigit() else None)
    return report(
        doc_id,
        f"Ngoại trưởng Anh {name} đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam.",
        people=[_guest(name)],
        type="visit",
        date=date,
        published=published,  # type: ignore[arg-type]
        trigger="chuyến thăm",
        **kw,  # type: ignore[arg-type]
    )


def _talks(doc_id: str, date: str = "2031-04-08", name: str = "Anthony Ridgeway") -> Document:
    doc = report(
        doc_id,
        f"Sáng 8/4, Bộ trưởng Ngoại giao hội đàm với Ngoại trưởng Anh {name}.",
        people=[HOST, _guest(name)],
        type="talks",
        date=date,
        published=date,
    )
    return attrs.evolve(doc, events=[attrs.evolve(doc.events[0], trigger="hội đàm")])


def _with(events: list[MergedEvent], doc_id: str) -> set[str]:
    event = next(e for e in events if any(s.document_id == doc_id for s in e.sources))
    return {s.document_id for s in event.sources}


def test_two_outlets_arrival_pages_one_without_a_year_one_spelling_each() -> None:
    docs = [_visit("a-1", "2031-04-07"), _visit("b-1", "--04-07", "Antony Ridgeway")]
    for order in (docs, docs[::-1]):
        assert _with(merge(order), "b-1") == {"a-1", "b-1"}


def test_arrival_talks_and_departure_are_one_visit() -> None:
    docs = [
        _visit("a-1", "2031-04-07", "Antony Ridgeway"),  # the evening before
        _talks("b-1"),
        _visit("c-1", "2031-04-09"),  # leaving the morning after
        _visit("d-1", None, "Antony Ridgeway", published="2031-04-07"),  # undated, stamped
        _visit("e-1", "--04-07", "Antony Ridgeway"),  # no year
    ]
    for order in (docs, docs[::-1]):
        assert _with(merge(order), "b-1") == {"a-1", "b-1", "c-1", "d-1", "e-1"}


def test_the_same_guests_next_visit_stays_apart() -> None:
    docs = [_visit("a-1", "2031-04-07"), _talks("b-1"), _visit("c-1", "2031-09-20")]
    assert _with(merge(docs), "c-1") == {"c-1"}
    yearless = [_visit("a-1", "2031-04-07"), _visit("c-1", "--09-20", "Antony Ridgeway")]
    assert _with(merge(yearless), "c-1") == {"c-1"}


def test_arrivals_on_that_month_day_in_two_years_keep_the_yearless_page_alone() -> None:
    docs = [
        _visit("a-1", "2031-04-07"),
        _visit("b-1", "2033-04-07"),
        _visit("c-1", "--04-07", "Antony Ridgeway"),
    ]
    assert _with(merge(docs), "c-1") == {"c-1"}


def test_two_guests_of_one_family_name_stay_apart() -> None:
    docs = [
        _visit("a-1", "2031-04-07", "Hun Sokha"),
        _visit("b-1", "--04-07", "Hun Manith"),
    ]
    assert _with(merge(docs), "b-1") == {"b-1"}
    assert _with(merge([_talks("c-1", name="Hun Sokha"), docs[1]]), "b-1") == {"b-1"}
