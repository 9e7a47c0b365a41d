"""A future word plans every event its clause coordinates, each construction in invented words:
a talks listed after "sẽ có các cuộc gặp ... trước khi ..." is planned and does not beat the
visit that began; a past word between ends the plan; "sắp xếp" is no future word."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Phan Đức Hòa": {"titles": ["Thủ tướng"], "country": "VN"},
    "Erik Dahl": {"titles": ["Thủ tướng Na Uy"], "country": "NO"},
}
DATES = [("Tối 4/6", "2026-06-04", "evening")]


def _events(text: str, **fields: Any) -> list[Event]:
    return extract_events(annotate(text, PEOPLE, DATES, **fields))


def test_talks_far_after_a_future_word_are_planned() -> None:
    text = (
        "Tối 4/6, Thủ tướng Phan Đức Hòa đã tới Bergen, bắt đầu chuyến thăm chính thức Na Uy. "
        "Tại Bergen, Thủ tướng Phan Đức Hòa sẽ có các cuộc gặp với lãnh đạo địa phương và giới "
        "doanh nghiệp trước khi dự lễ đón chính thức và có cuộc hội đàm với Thủ tướng Na Uy "
        "Erik Dahl tại Oslo."
    )
    events = _events(text, title="Thủ tướng Phan Đức Hòa sẽ hội đàm với Thủ tướng Na Uy")
    assert events[0].type == "visit"
    talks = next(e for e in events if e.type == "talks")
    assert talks.planned


def test_a_past_word_after_the_future_one_ends_the_plan() -> None:
    text = (
        "Tối 4/6, sau khi nói rằng hai nước sẽ mở đường bay thẳng, Thủ tướng Phan Đức Hòa đã "
        "hội đàm với Thủ tướng Na Uy Erik Dahl."
    )
    main = _events(text)[0]
    assert main.type == "talks"
    assert not main.planned


def test_arranging_time_is_no_plan() -> None:
    text = (
        "Tối 4/6, dù lịch trình dày đặc, Thủ tướng Na Uy Erik Dahl đã sắp xếp thời gian để có "
        "một cuộc gặp với Thủ tướng Phan Đức Hòa."
    )
    main = _events(text)[0]
    assert main.type == "meeting"
    assert not main.planned
