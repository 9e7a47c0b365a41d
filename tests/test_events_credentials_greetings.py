"""Presenting credentials, New-Year greeting trips, and "tiếp chuyện" (talking with).

Every sentence is invented: the names, places and dates belong to no real article.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate
from vndiplo_events.testing import roles as _roles

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Vũ Hoàng Nam": {"titles": ["Đại sứ"], "country": "VN"},
    "Helga Lindqvist": {"titles": ["Tổng thống"], "country": "FI"},
    "Ngô Minh Tâm": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Lê Văn Phúc": {"titles": ["Phó Chủ tịch UBND tỉnh"], "country": "VN"},
    "Sok Vanna": {"titles": ["Tỉnh trưởng"], "country": "KH"},
    "Marek Nowak": {"titles": ["Đại sứ Ba Lan"], "country": "PL"},
}


def _events(text: str) -> list[Event]:
    return extract_events(annotate(text, PEOPLE))


def _main(text: str) -> Event:
    events = _events(text)
    assert events, text
    return events[0]


@pytest.mark.parametrize(
    "paper", ["trình quốc thư", "trình Thư ủy nhiệm", "trình bản sao Quốc thư"]
)
def test_presenting_credentials_is_an_event_of_both(paper: str) -> None:
    main = _main(
        f"Ngày 4/3, Đại sứ Vũ Hoàng Nam đã {paper} lên Tổng thống Helga Lindqvist. Đại sứ "
        "chuyển lời thăm hỏi của lãnh đạo Việt Nam."
    )
    assert main.type == "other"
    assert _roles(main) == [("Helga Lindqvist", "participant"), ("Vũ Hoàng Nam", "participant")]


def test_the_sender_of_the_letter_is_no_side() -> None:
    main = _main(
        "Ngày 4/3, Đại sứ Vũ Hoàng Nam đã trình thư ủy nhiệm của Chủ tịch nước Ngô Minh Tâm "
        "lên Tổng thống Helga Lindqvist."
    )
    assert {p.name for p in main.participants} == {"Vũ Hoàng Nam", "Helga Lindqvist"}


def test_the_reception_after_the_presentation_wins() -> None:
    main = _main(
        "Ngày 4/3, Đại sứ Vũ Hoàng Nam đã trình quốc thư lên Tổng thống Helga Lindqvist. "
        "Tại buổi tiếp sau lễ trình quốc thư, Đại sứ chuyển lời thăm hỏi của lãnh đạo Việt Nam."
    )
    assert main.type == "reception"
    assert main.trigger == "tiếp"
    assert _roles(main) == [("Helga Lindqvist", "host"), ("Vũ Hoàng Nam", "guest")]


def test_a_reception_of_envoys_presenting_credentials_stays_one_reception() -> None:
    events = _events(
        "Sáng 9/5, Chủ tịch nước Ngô Minh Tâm đã tiếp Đại sứ Ba Lan Marek Nowak tới trình "
        "Quốc thư tại Phủ Chủ tịch."
    )
    assert events[0].type == "reception"
    assert _roles(events[0]) == [("Marek Nowak", "guest"), ("Ngô Minh Tâm", "host")]
    assert all(e.type != "other" for e in events)


@pytest.mark.parametrize("trip", ["sang chúc mừng Tết", "đến chúc Tết", "tới chúc mừng năm mới"])
def test_a_new_year_greeting_trip_is_a_visit(trip: str) -> None:
    main = _main(
        f"Chiều 12/4, Phó Chủ tịch UBND tỉnh Lê Văn Phúc dẫn đầu đoàn {trip} tại tỉnh Takeo."
    )
    assert main.type == "visit"
    assert _roles(main) == [("Lê Văn Phúc", "guest")]


def test_talking_with_a_delegation_is_no_reception() -> None:
    events = _events(
        "Tiếp chuyện đoàn công tác, Tỉnh trưởng Sok Vanna bày tỏ vui mừng trước quan hệ hai tỉnh."
    )
    assert all(e.type != "reception" for e in events)
