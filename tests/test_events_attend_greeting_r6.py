"""Under a headline about attending a summit, a greeting call paid on the arriving leader is not
the sideline meeting that replaces the attendance, in invented words; talks on the sidelines, or
a greeting call with no headline about the attendance, keep the round-4 choice."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Lê Văn Minh": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Park Ji-ho": {"titles": ["Chủ tịch Hội hữu nghị Hàn - Việt"], "country": "KR"},
    "Carlos Mendez": {"titles": ["Tổng thống Chile"], "country": "CL"},
}
_ARRIVAL = (
    "Trưa 22/5, máy bay đưa Chủ tịch nước Lê Văn Minh cùng đoàn Việt Nam tham dự Hội nghị "
    "Cấp cao APEC đã tới Seoul an toàn. "
)
_DATES = [("Trưa 22/5", "--05-22", "noon")]


def _main(text: str, title: str | None) -> Event:
    return extract_events(annotate(text, PEOPLE, _DATES, title=title))[0]


@pytest.mark.parametrize(
    "call",
    [
        "Ngay sau khi đến Seoul, Chủ tịch nước Lê Văn Minh tiếp Chủ tịch Hội hữu nghị Hàn - "
        "Việt Park Ji-ho đến chào.",
        "Tối cùng ngày, Chủ tịch Hội hữu nghị Hàn - Việt Park Ji-ho đã đến chào Chủ tịch nước "
        "Lê Văn Minh.",
    ],
)
def test_a_greeting_call_leaves_the_attendance_main(call: str) -> None:
    main = _main(_ARRIVAL + call, "Chủ tịch nước đến Seoul tham dự APEC")
    assert (main.type, main.trigger) == ("attend", "tham dự")
    assert [(p.name, p.role) for p in main.participants] == [("Lê Văn Minh", "participant")]


def test_talks_on_the_sidelines_still_win() -> None:
    main = _main(
        _ARRIVAL + "Chiều cùng ngày, Chủ tịch nước Lê Văn Minh hội đàm với Tổng thống Chile "
        "Carlos Mendez.",
        "Chủ tịch nước đến Seoul tham dự APEC",
    )
    assert main.type == "talks"


def test_without_a_headline_about_the_attendance_the_call_stays() -> None:
    main = _main(
        _ARRIVAL + "Ngay sau khi đến Seoul, Chủ tịch nước Lê Văn Minh tiếp Chủ tịch Hội hữu "
        "nghị Hàn - Việt Park Ji-ho đến chào.",
        None,
    )
    assert main.type == "reception"
