"""Event words chained in one clause: the most specific act is the main event (talks >
reception > meeting > visit > working session), and it keeps the counterpart the chain names.
Each construction in invented words, with near variants and cases where nothing changes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Hendrik Vos": {"titles": ["Tổng Lãnh sự"], "country": "NL"},
    "Trần Quốc Vinh": {"titles": ["Chủ tịch UBND tỉnh"], "country": "VN"},
    "Lê Minh Đạt": {"titles": ["Thủ tướng"], "country": "VN"},
    "Ravi Kapoor": {"titles": ["Thủ tướng"], "country": "IN"},
    "Sato Haruki": {"titles": ["Đại sứ"], "country": "JP"},
    "Đinh Văn Phú": {"titles": ["Bí thư Thành ủy"], "country": "VN"},
}


def _main(text: str, title: str | None = None) -> Event:
    fields: dict[str, Any] = {"title": title} if title else {}
    return extract_events(annotate(text, PEOPLE, (), **fields))[0]


def _sides(event: Event) -> list[tuple[str, str]]:
    return sorted((p.name, p.role) for p in event.participants)


@pytest.mark.parametrize(
    "link", ["và có buổi hội đàm với", "và có cuộc hội đàm với", "và hội đàm với"]
)
def test_a_visit_to_a_place_chained_to_talks_is_the_talks(link: str) -> None:
    text = (
        "Ngày 4/3/2021, ông Hendrik Vos, Tổng Lãnh sự Hà Lan, đã đến thăm tỉnh Bến Lâm "
        f"{link} ông Trần Quốc Vinh, Chủ tịch UBND tỉnh."
    )
    main = _main(text, title="Tổng Lãnh sự Hà Lan thăm tỉnh Bến Lâm")
    assert main.type == "talks"
    assert _sides(main) == [("Hendrik Vos", "guest"), ("Trần Quốc Vinh", "host")]


def test_a_visit_to_a_place_chained_to_a_working_session_stays_the_visit() -> None:
    text = (
        "Ngày 4/3/2021, ông Hendrik Vos, Tổng Lãnh sự Hà Lan, đã đến thăm tỉnh Bến Lâm "
        "và có buổi làm việc với ông Trần Quốc Vinh, Chủ tịch UBND tỉnh."
    )
    assert _main(text).type != "talks"


@pytest.mark.parametrize(
    "link", ["có cuộc gặp riêng, tiến hành hội đàm", "có cuộc gặp xã giao và hội đàm"]
)
def test_a_meeting_chained_to_talks_is_the_talks(link: str) -> None:
    text = (
        "Chiều 9/2, tại Thủ đô New Delhi, Thủ tướng Lê Minh Đạt đã "
        f"{link} với Thủ tướng Ấn Độ Ravi Kapoor."
    )
    main = _main(text)
    assert main.type == "talks"
    assert {p.name for p in main.participants} == {"Lê Minh Đạt", "Ravi Kapoor"}


def test_a_meeting_and_later_separate_talks_stay_apart() -> None:
    text = (
        "Chiều 9/2, Thủ tướng Lê Minh Đạt đã gặp Thủ tướng Ấn Độ Ravi Kapoor tại New Delhi. "
        "Sáng 10/2, hai nhà lãnh đạo hội đàm."
    )
    assert _main(text).type == "meeting"


@pytest.mark.parametrize("trip", ["chuyến thăm", "chuyến công tác"])
def test_a_trip_noun_chained_to_a_working_session_is_the_visit(trip: str) -> None:
    text = (
        "Đại sứ Nhật Bản Sato Haruki cho biết điều này hôm 12-5 nhân "
        f"{trip}, làm việc với Bí thư Thành ủy Hải Yên Đinh Văn Phú và dự lễ hội ẩm thực tại "
        "Hải Yên."
    )
    main = _main(text)
    assert main.type == "visit"
    assert _sides(main) == [("Sato Haruki", "guest"), ("Đinh Văn Phú", "host")]


def test_a_meeting_and_a_banquet_stay_the_meeting() -> None:
    text = (
        "Tối 2/6, Bí thư Thành ủy Đinh Văn Phú gặp mặt, chiêu đãi Đại sứ Nhật Bản Sato Haruki "
        "tại Hải Yên."
    )
    assert _main(text).type == "meeting"
