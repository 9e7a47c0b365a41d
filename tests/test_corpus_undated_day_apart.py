"""Undated reports of one act stamped a day apart: one event, never a chain of days.

Names, outlets and dates are made up. A message or a call is rarely dated by the outlets that
repeat it: one publishes it that evening, another the next morning ("hôm qua", or no day at
all). Near misses: the same pair's talks and a phone call a day later, a congratulation message
and a call, reports stamped two days apart, and a chain of three days.
"""

from __future__ import annotations

from tests.corpus_helpers import report
from vndiplo.corpus import MergedEvent, merge
from vndiplo.model import Document

SENDER = ("Olaf Brandtner", "Tổng thống Áo", "AT", "guest")
RECEIVER = ("Hà Quang Vinh", "Tổng Bí thư", "VN", "host")


def _undated(doc_id: str, stamp: str, type: str = "message", trigger: str = "") -> Document:
    trigger = trigger or {"message": "gửi điện chúc mừng", "phone_call": "điện đàm"}.get(
        type, "hội đàm"
    )
    return report(
        doc_id,
        f"Tổng thống Áo {trigger} Tổng Bí thư.",
        people=[SENDER, RECEIVER],
        type=type,
        date=None,
        published=stamp,
        trigger=trigger,
    )


def _groups(events: list[MergedEvent]) -> list[list[str]]:
    return sorted(sorted(s.document_id for s in e.sources) for e in events)


def test_messages_stamped_that_evening_and_the_next_morning_are_one() -> None:
    docs = [
        _undated("tinmoi-1", "2026-03-14"),
        _undated("baosang-1", "2026-03-14"),
        _undated("dientu-1", "2026-03-15"),
    ]
    assert _groups(merge(docs)) == [["baosang-1", "dientu-1", "tinmoi-1"]]


def test_a_call_reported_the_next_morning_joins_the_evening_report() -> None:
    docs = [
        _undated("tinmoi-2", "2026-04-02", "phone_call"),
        _undated("x-2", "2026-04-03", "phone_call"),
    ]
    assert _groups(merge(docs)) == [["tinmoi-2", "x-2"]]


def test_reports_stamped_two_days_apart_stay_apart() -> None:
    docs = [_undated("tinmoi-3", "2026-03-14"), _undated("baosang-3", "2026-03-16")]
    assert _groups(merge(docs)) == [["baosang-3"], ["tinmoi-3"]]


def test_a_chain_over_three_days_falls_back_to_same_day_groups() -> None:
    docs = [
        _undated("a-4", "2026-03-14"),
        _undated("b-4", "2026-03-14"),
        _undated("c-4", "2026-03-15"),
        _undated("d-4", "2026-03-16"),
    ]
    assert _groups(merge(docs)) == [["a-4", "b-4"], ["c-4"], ["d-4"]]


def test_talks_then_a_phone_call_next_day_stay_two_events() -> None:
    docs = [
        _undated("tinmoi-5", "2026-05-10", "talks"),
        _undated("baosang-5", "2026-05-11", "phone_call"),
    ]
    assert len(merge(docs)) == 2


def test_a_congratulation_message_and_a_call_stay_two_events() -> None:
    docs = [_undated("tinmoi-6", "2026-01-20"), _undated("baosang-6", "2026-01-21", "phone_call")]
    assert len(merge(docs)) == 2


def test_an_undated_report_still_joins_a_stated_call_of_the_day_before() -> None:
    stated = report(
        "congbao-7",
        "Tối 9/6, Tổng thống Áo điện đàm với Tổng Bí thư.",
        people=[SENDER, RECEIVER],
        type="phone_call",
        date="2026-06-09",
        published="2026-06-09",
        trigger="điện đàm",
    )
    docs = [
        stated,
        _undated("x-7", "2026-06-10", "phone_call"),
        _undated("y-7", "2026-06-10", "phone_call"),
    ]
    assert _groups(merge(docs)) == [["congbao-7", "x-7", "y-7"]]
