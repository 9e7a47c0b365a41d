"""Two day-less welcomes of one pair, neither placed, join when their articles date the guest's
visit on days in common (issue #13): a welcome page dating only the visit, a wrap-up page
recalling the trip's span. Hand-made documents, our own sentences.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from tests.corpus_helpers import CUONG, SONEXAY
from vndiplo.corpus import CorpusStore
from vndiplo.corpus.page_days import _days, same_days
from vndiplo.corpus.page_record import page_record
from vndiplo.model import Document, Event, Participant, Person, Span

WELCOME = "Người đứng đầu nhà nước đón vị khách Lào ở thủ đô."
TRIP = "Vị khách ở lại ba ngày."


def _page(doc_id: str, visit_date: str | None, *, recalled: bool = False) -> Document:
    """A page with no stamp: an undated welcome of the pair, and the guest's visit dated."""
    text = f"{WELCOME} {TRIP}"
    people = [Person(n, titles=[t], country=c) for n, t, c, _r in (CUONG, SONEXAY)]
    welcome = Event(
        type="reception",
        trigger="lễ đón",
        evidence=Span(0, len(WELCOME)),
        date=None,
        participants=[Participant(CUONG[0], "host"), Participant(SONEXAY[0], "guest")],
    )
    visit = Event(
        type="visit",
        trigger="thăm",
        evidence=Span(len(WELCOME) + 1, len(text)),
        date=visit_date,
        participants=[Participant(SONEXAY[0], "guest")],
        referenced=recalled,
    )
    return Document(
        text=text,
        id=doc_id,
        url=f"https://{doc_id.split('-')[0]}.vn/{doc_id}",
        published=None,
        people=people,
        events=[welcome, visit],
    )


def _together(a: Document, b: Document) -> bool:
    with CorpusStore() as store:
        store.add_many([a, b])
        return page_record(store.conn, a.id or "") == page_record(store.conn, b.id or "")


def test_welcomes_on_pages_dating_one_visit_join() -> None:
    assert _together(_page("mot-1", "--04-07"), _page("hai-2", "--04-06/--04-09", recalled=True))


def test_welcomes_on_pages_dating_visits_weeks_apart_stay_apart() -> None:
    assert not _together(_page("mot-1", "--04-07"), _page("hai-2", "--04-21/--04-23"))


def test_welcomes_on_pages_dating_the_same_days_of_two_years_stay_apart() -> None:
    assert not _together(_page("mot-1", "2025-04-07"), _page("hai-2", "2026-04-07"))


def test_welcomes_on_pages_dating_no_visit_stay_apart() -> None:
    assert not _together(_page("mot-1", None), _page("hai-2", None))


def test_visit_days_of_full_and_yearless_dates() -> None:
    assert _days("2025-04-06/2025-04-08") == {
        ("2025", "04-06"),
        ("2025", "04-07"),
        ("2025", "04-08"),
    }
    assert _days("--04-07") == {(None, "04-07")}
    assert _days("2025-04") == set()
    assert same_days({(None, "04-07")}, {("2025", "04-07")})
    assert not same_days({("2024", "04-07")}, {("2025", "04-07")})


@given(st.dates(), st.integers(0, 10))
def test_a_full_span_covers_its_first_day(start: dt.date, length: int) -> None:
    end = start + dt.timedelta(days=length) if start.year < 9999 else start
    days = _days(f"{start.isoformat()}/{end.isoformat()}")
    assert (start.isoformat()[:4], start.isoformat()[5:10]) in days


def test_overlapping_spans_of_unknown_year_are_not_one_visit() -> None:
    first = {(None, "06-22"), (None, "06-23"), (None, "06-24")}
    second = {(None, "06-24"), (None, "06-25")}
    assert not same_days(first, second)
    assert same_days({(None, "06-23")}, first)
