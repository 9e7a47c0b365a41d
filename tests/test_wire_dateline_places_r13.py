"""A wire dateline's city is the meeting's place when the body names none (AK9, round 11 #7).

Wires write the city in capitals before a dash, an en or an em dash, with or without the
agency or the day ("VATICAN CITY —", "WASHINGTON -", "PHNOM PENH (TTXVN) –"). Fragments
written for these tests (other names, places and outlets than any real page).
"""

from __future__ import annotations

import pytest

import vndiplo

TAIL = "\n\nHai bên trao đổi về quan hệ song phương và các vấn đề cùng quan tâm.\n"


def _place(text: str) -> str | None:
    doc = vndiplo.extract(text)
    assert doc.events, "no event"
    return doc.events[0].location


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("VATICAN CITY — ", "VATICAN CITY"),
        ("WASHINGTON - ", "WASHINGTON"),
        ("PHNOM PENH (TTXVN) – ", "PHNOM PENH"),
        ("KUALA LUMPUR, 5/6 (VNA) – ", "KUALA LUMPUR"),
        ("NEW DELHI – ", "NEW DELHI"),
        ("ULAANBAATAR — ", "ULAANBAATAR"),
        ("Vatican City — ", "Vatican City"),
    ],
)
def test_the_wire_dateline_gives_the_place(dateline: str, place: str) -> None:
    text = (
        "Thủ tướng hội đàm với Tổng thống nước chủ nhà\n\n"
        + dateline
        + "Hôm thứ Hai, Thủ tướng Lê Văn Bình đã hội đàm với Tổng thống Ahmad Karim trong "
        "khuôn khổ chuyến thăm chính thức kéo dài ba ngày." + TAIL
    )
    assert _place(text) == place


def test_the_body_place_wins_over_the_dateline() -> None:
    text = (
        "Thủ tướng hội đàm với Tổng thống nước chủ nhà\n\n"
        "WASHINGTON — Hôm thứ Hai, tại Nhà Trắng, Tổng thống Ahmad Karim đã hội đàm với Thủ "
        "tướng Lê Văn Bình trong khuôn khổ chuyến thăm chính thức." + TAIL
    )
    assert _place(text) == "Nhà Trắng"


@pytest.mark.parametrize("label", ["TIN NÓNG — ", "CẬP NHẬT - ", "ĐỘC QUYỀN – "])
def test_a_label_in_capitals_is_no_place(label: str) -> None:
    text = (
        "Thủ tướng hội đàm với Tổng thống nước chủ nhà\n\n"
        + label
        + "Hôm thứ Hai, Thủ tướng Lê Văn Bình đã hội đàm với Tổng thống Ahmad Karim trong "
        "khuôn khổ chuyến thăm chính thức kéo dài ba ngày." + TAIL
    )
    assert _place(text) is None


def test_two_named_sides_keep_their_roles_unsettled_by_the_dateline() -> None:
    # where the wire files from says nothing of whose ground it is (a summit's sidelines)
    text = (
        "Ngoại trưởng gặp Ngoại trưởng Ai Cập\n\n"
        "NEW YORK — Ngoại trưởng Hoa Kỳ John Parker hôm thứ Hai đã gặp Ngoại trưởng Ai Cập "
        "Ahmad Karim." + TAIL
    )
    main = vndiplo.extract(text).events[0]
    assert main.location == "NEW YORK"
    assert {p.role for p in main.participants} == {"participant"}


@pytest.mark.parametrize("dateline", ["WASHINGTON - ", "Washington — ", "TOKYO (TTXVN) – "])
def test_a_lone_side_from_abroad_is_the_guest(dateline: str) -> None:
    text = (
        "Thủ tướng hội kiến Nhà vua\n\n"
        + dateline
        + "Hôm thứ Sáu, Thủ tướng Lê Văn Bình đã hội kiến với Nhà vua trong 40 phút."
        + TAIL
    )
    main = vndiplo.extract(text).events[0]
    assert [(p.name, p.role) for p in main.participants] == [("Lê Văn Bình", "guest")]


def test_a_lone_side_at_home_gets_no_role_from_the_dateline() -> None:
    text = (
        "Thủ tướng hội kiến Nhà vua\n\n"
        "HÀ NỘI (TTXVN) – Hôm thứ Sáu, Thủ tướng Lê Văn Bình đã hội kiến với Nhà vua trong "
        "40 phút." + TAIL
    )
    main = vndiplo.extract(text).events[0]
    assert [(p.name, p.role) for p in main.participants] == [("Lê Văn Bình", "participant")]


def test_a_lone_side_met_abroad_travelled() -> None:
    # the other side is named by no person the titles stage finds ("Đức Giáo hoàng")
    text = (
        "Chủ tịch nước hội kiến Đức Giáo hoàng\n\n"
        "VATICAN CITY — Hôm thứ Sáu, Chủ tịch nước Lê Văn Bình đã hội kiến với Đức Giáo hoàng "
        "trong 40 phút, lâu hơn dự kiến." + TAIL
    )
    main = vndiplo.extract(text).events[0]
    assert main.location == "VATICAN CITY"
    assert [(p.name, p.role) for p in main.participants] == [("Lê Văn Bình", "guest")]
