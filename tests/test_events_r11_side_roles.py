"""Roles of the main event's sides (round 11), in invented sentences at several levels, with near
misses where a rule must not fire:

1. a meeting on the sidelines of a United Nations session has no host, even with the official
   of the country it sits in (README AK4); a summit a country hosts and a ceremony's sidelines
   keep the host the place gives;
2. in a third country, the side whose stated country is not the place's is not made the host
   because the other side's visit is told ("trong khuôn khổ chuyến thăm Lào, A hội kiến B" with
   B of a third country); a side with no stated country may still be at home there;
3. the side that "có mặt tại <place> bắt đầu/để" meets the other came to it: it is the guest;
4. the people listed after "Ra sân bay đón đoàn có" welcomed the delegation where it landed: all
   hosts (README AJ3), the first of them never its guest; so do those who "Thay mặt <body> đón
   Đoàn tại sân bay có" list, for the visit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.event_helpers import events_of, main_of, roles_of

PEOPLE: Mapping[str, Any] = {
    "Đinh Quốc Bảo": {"titles": ["Bộ trưởng Quốc phòng"], "country": "VN"},
    "Park Ji-hoon": {"titles": ["Ngoại trưởng Hàn Quốc"], "country": "KR"},
    "Emily Stone": {"titles": ["Ngoại trưởng Mỹ"], "country": "US"},
    "Sato Kenji": {"titles": ["Ngoại trưởng Nhật Bản"], "country": "JP"},
    "Sok Chenda": {"titles": ["Bộ trưởng Quốc phòng Campuchia"], "country": "KH"},
    "Somchai Wong": {"titles": ["Bộ trưởng Ngoại giao Thái Lan"], "country": "TH"},
    "Tạ Minh Khôi": {"titles": ["Bộ trưởng Ngoại giao"], "country": "VN"},
    "Lưu Văn Đức": {"titles": ["Thứ trưởng Ngoại giao"], "country": "VN"},
    "Tạ Thị Mai": {"titles": ["Đại sứ Việt Nam tại Canada"], "country": "VN"},
    "Mark Ellison": {"titles": ["Thủ tướng Canada"], "country": "CA"},
    "Lâm Văn Phú": {"titles": ["Tổng Giám đốc"], "country": None},
}


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 3/5, Ngoại trưởng Nhật Bản Sato Kenji đã hội kiến Ngoại trưởng Mỹ Emily Stone ở "
        "New York (Hoa Kỳ), bên lề phiên họp thường niên của Liên hợp quốc.",
        "Ngày 3/5, Ngoại trưởng Hàn Quốc Park Ji-hoon gặp Ngoại trưởng Mỹ Emily Stone ở New "
        "York, bên lề khóa họp Đại hội đồng LHQ.",
        "Bên lề Khóa họp Đại hội đồng LHQ tại New York, Ngoại trưởng Hàn Quốc Park Ji-hoon đã "
        "gặp Ngoại trưởng Mỹ Emily Stone.",
        "Ngày 3/5, tại New York, Ngoại trưởng Hàn Quốc Park Ji-hoon hội đàm với Ngoại trưởng Mỹ "
        "Emily Stone bên lề phiên họp Hội đồng Bảo an.",
    ],
)
def test_un_sidelines_have_no_host(text: str) -> None:
    roles = roles_of(main_of(text, PEOPLE))
    assert roles and set(roles.values()) == {"participant"}, roles


def test_a_summit_in_one_sides_country_keeps_its_host() -> None:
    text = (
        "Bên lề cuộc họp thượng đỉnh G20 ở Washington, Ngoại trưởng Hàn Quốc Park Ji-hoon đã "
        "gặp Ngoại trưởng Mỹ Emily Stone."
    )
    roles = roles_of(main_of(text, PEOPLE))
    assert roles.get("Emily Stone") == "host", roles


def test_a_ceremonys_sidelines_keep_the_host() -> None:
    text = (
        "Bên lề lễ ký các hợp đồng tại Washington, Ngoại trưởng Hàn Quốc Park Ji-hoon đã gặp "
        "Ngoại trưởng Mỹ Emily Stone."
    )
    roles = roles_of(main_of(text, PEOPLE))
    assert roles.get("Emily Stone") == "host", roles


def test_a_reception_on_the_sidelines_keeps_its_host() -> None:
    text = (
        "Bên lề Hội nghị Cấp cao APEC tại Tokyo, Ngoại trưởng Nhật Bản Sato Kenji đã tiếp "
        "Ngoại trưởng Hàn Quốc Park Ji-hoon."
    )
    roles = roles_of(main_of(text, PEOPLE))
    assert roles.get("Sato Kenji") == "host", roles


def test_a_third_country_side_is_no_host_for_a_told_visit() -> None:
    text = (
        "Trong khuôn khổ chuyến thăm chính thức Lào, chiều 3/5, tại Viêng Chăn, Bộ trưởng Quốc "
        "phòng Đinh Quốc Bảo đã hội kiến Bộ trưởng Quốc phòng Campuchia Sok Chenda."
    )
    roles = roles_of(main_of(text, PEOPLE))
    assert roles == {"Đinh Quốc Bảo": "participant", "Sok Chenda": "participant"}, roles


@pytest.mark.parametrize(
    ("text", "guest", "host"),
    [
        (
            "Sáng 3/5, Bộ trưởng Ngoại giao Thái Lan Somchai Wong có mặt ở Dinh Độc Lập bắt đầu "
            "hội đàm cùng Bộ trưởng Tạ Minh Khôi.",
            "Somchai Wong",
            "Tạ Minh Khôi",
        ),
        (
            "Chiều 3/5, Bộ trưởng Ngoại giao Thái Lan Somchai Wong đã có mặt ở trụ sở Bộ Ngoại "
            "giao để gặp Bộ trưởng Tạ Minh Khôi.",
            "Somchai Wong",
            "Tạ Minh Khôi",
        ),
    ],
)
def test_the_side_present_at_the_place_came_to_it(text: str, guest: str, host: str) -> None:
    roles = roles_of(main_of(text, PEOPLE))
    assert roles.get(guest) == "guest" and roles.get(host) == "host", roles


def test_presence_without_a_meeting_after_it_names_no_guest() -> None:
    # "có mặt" closes a clause of its own; the talks are another sentence's
    text = (
        "Bộ trưởng Ngoại giao Thái Lan Somchai Wong có mặt tại sân bay. Chiều 3/5, Bộ trưởng "
        "Ngoại giao Tạ Minh Khôi và Bộ trưởng Ngoại giao Thái Lan Somchai Wong đã hội đàm tại "
        "Băng Cốc."
    )
    roles = roles_of(main_of(text, PEOPLE))
    assert roles.get("Somchai Wong") == "host", roles


@pytest.mark.parametrize(
    "text",
    [
        "Tối 3/5, Thủ tướng Canada Mark Ellison và đoàn đã tới sân bay Cam Ranh. "
        "Ra sân bay đón đoàn có Thứ trưởng Ngoại giao Lưu Văn Đức, Đại sứ Việt Nam tại Canada Tạ "
        "Thị Mai.",
        "Ra sân bay đón đoàn có Thứ trưởng Ngoại giao Lưu Văn Đức, Đại sứ Việt Nam tại Canada Tạ "
        "Thị Mai.",
        "Cùng ra tận sân bay Đà Nẵng đón đoàn có Thứ trưởng Ngoại giao Lưu Văn Đức và Đại sứ Việt "
        "Nam tại Canada Tạ Thị Mai.",
    ],
)
def test_airport_welcomers_all_host(text: str) -> None:
    welcome = next(e for e in events_of(text, PEOPLE) if e.trigger == "đón")
    roles = roles_of(welcome)
    assert roles.get("Lưu Văn Đức") == "host" and roles.get("Tạ Thị Mai") == "host", roles


@pytest.mark.parametrize(
    "opener",
    ["Thay mặt Lãnh đạo Chính phủ đón Đoàn", "Thay mặt lãnh đạo Bộ Ngoại giao ra sân bay đón Đoàn"],
)
def test_welcomers_on_behalf_host_the_visit(opener: str) -> None:
    text = (
        "Tối 3/5, Thủ tướng Canada Mark Ellison tới Hà Nội, mở đầu chuyến thăm chính thức nước "
        f"ta. {opener} tại sân bay Nội Bài có Thứ trưởng Ngoại giao Lưu Văn Đức."
    )
    roles = roles_of(main_of(text, PEOPLE))
    assert roles == {"Mark Ellison": "guest", "Lưu Văn Đức": "host"}, roles


_PIECES = (
    "Thay mặt Lãnh đạo Chính phủ đón Đoàn ",
    "Ra sân bay đón đoàn có ",
    "Thứ trưởng Ngoại giao Lưu Văn Đức",
    "bên lề kỳ họp Liên hợp quốc",
    "bên lề Hội nghị G20",
    "bên lề lễ ký",
    "có mặt ở Dinh Độc Lập bắt đầu ",
    "Ngoại trưởng Hàn Quốc Park Ji-hoon ",
    "hội đàm với ",
    "Ngoại trưởng Mỹ Emily Stone",
    ", ",
    ". ",
    "tại New York (Mỹ)",
)


@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), max_size=12).map("".join))
def test_roles_scan_safely(text: str) -> None:
    for event in events_of(text, PEOPLE):
        assert event.evidence is None or 0 <= event.evidence.start <= event.evidence.end
        assert {p.role for p in event.participants} <= {"host", "guest", "participant"}
