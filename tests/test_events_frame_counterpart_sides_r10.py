"""Sides read from the shape around the act (round 10), in invented words.

* A fronted noun frame ("Tại cuộc hội đàm với A, B khẳng định ..."): the subject of the first
  statement after the frame's comma is the other side.
* A counterpart phrase ("người đồng cấp phía Việt Nam", "người đồng nhiệm", "Bộ trưởng nước
  chủ nhà") stands for the named holder on that side.
"""

from __future__ import annotations

from typing import Any

import pytest

import vndiplo


@pytest.fixture(scope="module")
def runner() -> vndiplo.Runner:
    return vndiplo.Runner()


def _main_sides(runner: vndiplo.Runner, text: str) -> set[str]:
    doc = runner.run({"id": "t", "text": text, "published": None})
    assert doc.events, "no event"
    return {p.name for p in doc.events[0].participants}


def _case(cid: str, text: str, want: set[str]) -> Any:
    return pytest.param(text, want, id=cid)


FRAMES = [
    _case(
        "talks_frame_with_counterpart",
        "Tại cuộc hội đàm với Bộ trưởng Ngoại giao Trần Quang Vinh, Ngoại trưởng Pháp Marc"
        " Dubois khẳng định Pháp coi trọng quan hệ với Việt Nam.",
        {"Trần Quang Vinh", "Marc Dubois"},
    ),
    _case(
        "meeting_frame_province",
        "Trong cuộc gặp với Tỉnh trưởng tỉnh Champasak Vilay Sisavath, Chủ tịch UBND tỉnh Quảng"
        " Nam Lê Văn Dũng đề nghị hai bên đẩy mạnh giao thương.",
        {"Vilay Sisavath", "Lê Văn Dũng"},
    ),
    _case(
        "talks_frame_party_level",
        "Tại buổi hội đàm với Trưởng ban Đối ngoại Trung ương Hà Văn Khải, Phó Chủ tịch Đảng"
        " Nhân dân Campuchia Sar Kheng bày tỏ vui mừng về quan hệ hai Đảng.",
        {"Hà Văn Khải", "Sar Kheng"},
    ),
    _case(
        "ministry_frame_ministers",
        "Tại cuộc hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kenji Sato, Đại tướng Phan Văn"
        " Giang nhấn mạnh tầm quan trọng của hợp tác quốc phòng.",
        {"Kenji Sato", "Phan Văn Giang"},
    ),
    # near miss: a clause, not a frame, before the comma; the speaker stays out
    _case(
        "clause_before_comma_no_frame",
        "Chiều 4/5, Thủ tướng Lê Minh Châu đã hội đàm với Thủ tướng Lào Sonexay Siphandone,"
        " Phó Thủ tướng Trần Hồng Hà cho biết.",
        {"Lê Minh Châu", "Sonexay Siphandone"},
    ),
]

COUNTERPARTS = [
    _case(
        "congratulations_to_counterpart_side_named",
        "Sau khi Tổng Bí thư Lê Văn Hòa được bầu lại, Tổng Bí thư Đảng Nhân dân Cách mạng Lào"
        " Thongloun Sisoulith đã gửi điện chúc mừng người đồng cấp phía Việt Nam.",
        {"Thongloun Sisoulith", "Lê Văn Hòa"},
    ),
    _case(
        "phone_call_with_counterpart_other_country",
        "Ngoại trưởng Úc Penny Wong vừa được bổ nhiệm. Chiều 2/6, Bộ trưởng Ngoại giao Trần Quang"
        " Vinh đã điện đàm với người đồng cấp Úc.",
        {"Trần Quang Vinh", "Penny Wong"},
    ),
    _case(
        "counterpart_by_office_nearest",
        "Bộ trưởng Quốc phòng Nhật Bản Kenji Sato và Thủ tướng Nhật Bản Fumio Kishida đón đoàn."
        " Ngày 8/8, Bộ trưởng Quốc phòng Phan Văn Giang hội đàm với người đồng nhiệm.",
        {"Phan Văn Giang", "Kenji Sato"},
    ),
]


@pytest.mark.parametrize(("text", "want"), FRAMES)
def test_frame_speaker_is_the_other_side(runner: vndiplo.Runner, text: str, want: set[str]) -> None:
    assert _main_sides(runner, text) == want


@pytest.mark.parametrize(("text", "want"), COUNTERPARTS)
def test_counterpart_phrase_is_the_named_holder(
    runner: vndiplo.Runner, text: str, want: set[str]
) -> None:
    assert want <= _main_sides(runner, text)
