"""Trigger words that are no event, and one that is, each construction in invented words: "tiếp"
as a bound syllable of a compound ("tiếp tân", "tiếp ứng") unless "tân" means "new" before an
office, "làm việc với" before a manner noun, a meeting that is only possible or hoped for ("có
thể gặp nhau", "mong sớm gặp lại nhau"), and a two-party video meeting ("hội nghị trực tuyến
với <person>"), which is a call."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Đinh Quốc Bảo": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Ravi Kapoor": {"titles": ["Đại sứ"], "country": "IN"},
    "Tạ Minh Khôi": {"titles": ["Thứ trưởng Ngoại giao"], "country": "VN"},
    "Park Ji-hoon": {"titles": ["Thứ trưởng Ngoại giao"], "country": "KR"},
}


def _events(text: str) -> list[Event]:
    dates = [("3/5", "--05-03", None)] if "3/5" in text else []
    return extract_events(annotate(text, PEOPLE, dates))


def _sides(event: Event) -> list[tuple[str, str]]:
    return sorted((p.name, p.role) for p in event.participants)


@pytest.mark.parametrize(
    "text",
    [
        "Ông Đinh Quốc Bảo trò chuyện với các đại sứ tại buổi tiếp tân sau lễ bổ nhiệm.",
        "Sau lễ ký quyết định, Chủ tịch nước Đinh Quốc Bảo dự tiệc tiếp tân cùng khách mời.",
        "Lực lượng cứu hộ đã tiếp ứng cho đoàn công tác tại cửa khẩu.",
        "Văn hóa hai nước tiếp biến lẫn nhau qua nhiều thế kỷ.",
    ],
)
def test_tiep_inside_a_compound_is_no_reception(text: str) -> None:
    assert all(e.type != "reception" for e in _events(text))


def test_tiep_tan_before_an_office_receives_the_new_envoy() -> None:
    main = _events("Ngày 3/5, Chủ tịch nước Đinh Quốc Bảo tiếp tân Đại sứ Ấn Độ Ravi Kapoor.")[0]
    assert (main.type, main.trigger) == ("reception", "tiếp")
    assert _sides(main) == [("Ravi Kapoor", "guest"), ("Đinh Quốc Bảo", "host")]


@pytest.mark.parametrize("noun", ["tinh thần khẩn trương", "trách nhiệm cao", "hiệu quả"])
def test_working_with_a_manner_is_no_meeting(noun: str) -> None:
    text = f"Sau ba ngày làm việc với {noun}, kỳ họp thứ tư của Hội đồng đã bế mạc."
    assert all(e.type != "meeting" for e in _events(text))


def test_working_with_a_person_is_still_a_meeting() -> None:
    main = _events("Ngày 3/5, Chủ tịch nước Đinh Quốc Bảo làm việc với Đại sứ Ravi Kapoor.")[0]
    assert (main.type, main.trigger) == ("meeting", "làm việc với")


@pytest.mark.parametrize(
    "text",
    [
        "Tôi vui vì bạn bè hai nước nay có thể trực tiếp gặp gỡ được nhau.",
        "Hai bên đều hy vọng sớm có thể gặp lại nhau.",
        "Các cựu chiến binh mong sớm gặp lại nhau ở quê nhà.",
    ],
)
def test_a_possible_or_hoped_meeting_is_no_meeting(text: str) -> None:
    assert all(e.type != "meeting" for e in _events(text))


def test_a_reciprocal_meeting_that_happened_is_a_meeting() -> None:
    main = _events("Ngày 3/5, Đinh Quốc Bảo và Ravi Kapoor đã gặp nhau tại Đà Nẵng.")[0]
    assert (main.type, main.trigger) == ("meeting", "gặp")


@pytest.mark.parametrize("verb", ["tiến hành hội nghị", "tổ chức hội nghị", "họp", "hội đàm"])
def test_a_video_meeting_with_one_counterpart_is_a_call(verb: str) -> None:
    text = (
        f"Ngày 3/5, Thứ trưởng Ngoại giao Tạ Minh Khôi đã {verb} trực tuyến với Thứ trưởng "
        "Ngoại giao Hàn Quốc Park Ji-hoon để trao đổi về phiên họp sắp tới."
    )
    main = _events(text)[0]
    assert main.type == "phone_call"
    assert {p.name for p in main.participants} == {"Tạ Minh Khôi", "Park Ji-hoon"}


def test_a_video_meeting_with_many_provinces_is_no_call() -> None:
    text = "Ngày 3/5, Thứ trưởng Tạ Minh Khôi đã họp trực tuyến với các tỉnh biên giới phía Bắc."
    assert all(e.type != "phone_call" for e in _events(text))
