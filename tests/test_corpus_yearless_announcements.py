"""An announcement dated by day and month only, on a page with no stamp ("sẽ thăm ... từ ngày
3 đến 5/8"), points at the visit it announces: the pair's event whose day its span holds, read
in that event's year (issue #13). Hand-made documents, our own sentences.
"""

from __future__ import annotations

import sqlite3

from hypothesis import given
from hypothesis import strategies as st

from tests.corpus_helpers import CHINH, CUONG, KNAPPER, SONEXAY, report
from vndiplo.corpus import CorpusStore
from vndiplo.corpus.mentions import _yearless_gap
from vndiplo.corpus.page_record import page_record
from vndiplo.model import Document

Side = tuple[tuple[str, str, str | None, str], ...]


def _announcement(doc_id: str, date: str, people: Side = (CUONG, SONEXAY)) -> Document:
    return report(
        doc_id,
        "Theo kế hoạch, vị khách Lào sẽ sang Hà Nội vào đầu tháng Tám.",
        people=list(people),
        type="visit",
        date=date,
        published=None,
        planned=True,
    )


def _talks(doc_id: str, day: str, people: Side = (CUONG, SONEXAY)) -> Document:
    return report(
        doc_id,
        "Chủ tịch nước hội đàm với Thủ tướng Lào.",
        people=list(people),
        type="talks",
        date=day,
        published=day,
        trigger="hội đàm",
    )


def _link(conn: sqlite3.Connection, mention_id: str) -> str | None:
    row = conn.execute("SELECT event_id FROM mentions WHERE id = ?", (mention_id,)).fetchone()
    return None if row is None else row[0]


def test_a_yearless_announcement_links_to_the_talks_inside_its_span() -> None:
    with CorpusStore() as store:
        store.add_many([_announcement("loan-1", "--08-03/--08-05"), _talks("dai-2", "2026-08-04")])
        assert _link(store.conn, "loan-1#0") == "dai-2#0"
        # The announcing page now counts for the meeting it announced.
        assert page_record(store.conn, "loan-1") == "dai-2#0"


def test_an_arrival_the_evening_before_the_span_still_fits() -> None:
    with CorpusStore() as store:
        store.add_many([_announcement("loan-1", "--08-03/--08-05"), _talks("dai-2", "2026-08-02")])
        assert _link(store.conn, "loan-1#0") == "dai-2#0"


def test_a_meeting_of_the_pair_weeks_away_is_not_the_announced_one() -> None:
    with CorpusStore() as store:
        store.add_many([_announcement("loan-1", "--08-03/--08-05"), _talks("dai-2", "2026-08-20")])
        assert _link(store.conn, "loan-1#0") is None


def test_the_pair_meeting_on_those_days_in_two_years_links_neither() -> None:
    with CorpusStore() as store:
        store.add_many(
            [
                _announcement("loan-1", "--08-03/--08-05"),
                _talks("dai-2", "2025-08-04"),
                _talks("dai-3", "2026-08-04"),
            ]
        )
        assert _link(store.conn, "loan-1#0") is None


def test_another_pair_meeting_inside_the_span_is_not_the_announced_visit() -> None:
    with CorpusStore() as store:
        store.add_many(
            [
                _announcement("loan-1", "--08-03/--08-05"),
                _talks("dai-2", "2026-08-04", (CHINH, KNAPPER)),
            ]
        )
        assert _link(store.conn, "loan-1#0") is None


def test_a_span_across_new_year_is_read_in_the_event_year() -> None:
    assert _yearless_gap("--12-30/--01-02", "2027-01-01") == 0
    assert _yearless_gap("--12-30/--01-02", "2026-12-29") == 1
    assert _yearless_gap("--12-30/--01-02", "2026-12-20") is None
    assert _yearless_gap("--02-29", "2028-03-01") == 1
    assert _yearless_gap("--02-29", "2026-03-01") is None  # no 29 February near that day


@given(
    st.dates().map(lambda d: d.isoformat()),
    st.dates().map(lambda d: f"--{d.month:02d}-{d.day:02d}"),
)
def test_the_gap_is_small_or_none(event_day: str, month_day: str) -> None:
    gap = _yearless_gap(month_day, event_day)
    assert gap is None or 0 <= gap <= 1
