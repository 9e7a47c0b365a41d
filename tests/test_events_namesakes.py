"""The person an occasion, a monument or a place is named after is no side of the event, in
invented words: "dự lễ mừng sinh nhật Quốc vương X", "vào Lăng viếng Chủ tịch Y", "đặt vòng hoa
tại Đài tưởng niệm Z", "thăm Bảo tàng W". A guest welcomed, a person met beside the place, and a
birthday congratulated stay sides."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.namesakes import is_namesake
from vndiplo_events.testing import annotate

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Lò Văn Khải": {"titles": ["Chủ tịch UBND tỉnh"], "country": "VN"},
    "Hà Minh Đức": {"titles": ["Thủ tướng"], "country": "VN"},
    "Sisowath Rith": {"titles": ["Quốc vương Campuchia"], "country": "KH"},
    "Olav Berg": {"titles": ["Thủ tướng Na Uy"], "country": "NO"},
    "Tôn Đức Lâm": {"titles": ["Chủ tịch"], "country": "VN"},
    "Kwame Asante": {"titles": ["Tổng thống Ghana"], "country": "GH"},
    "Ama Owusu": {"titles": ["Tổng thống đầu tiên"], "country": "GH"},
}
DATES = [("Ngày 14/3", "2026-03-14")]


def _main(text: str) -> Event:
    return extract_events(annotate(text, PEOPLE, DATES))[0]


def _names(event: Event) -> set[str]:
    return {p.name for p in event.participants}


@pytest.mark.parametrize(
    "occasion",
    [
        "lễ kỷ niệm sinh nhật lần thứ 70 của Quốc vương Campuchia Sisowath Rith",
        "tiệc mừng sinh nhật Quốc vương Sisowath Rith",
        "lễ kỷ niệm 100 năm ngày sinh Quốc vương Sisowath Rith",
        "buổi lễ nhân ngày giỗ của Quốc vương Sisowath Rith",
    ],
)
def test_the_person_an_occasion_celebrates_is_no_participant(occasion: str) -> None:
    text = f"Ngày 14/3, Chủ tịch UBND tỉnh Lò Văn Khải đã đến dự {occasion} tại Hà Nội."
    main = _main(text)
    assert main.type == "attend"
    assert _names(main) == {"Lò Văn Khải"}


@pytest.mark.parametrize(
    "place",
    [
        "vào Lăng viếng Chủ tịch Tôn Đức Lâm",
        "đặt vòng hoa tại Đài tưởng niệm Tổng thống Ama Owusu",
        "dâng hoa tại tượng đài cố Tổng thống Ama Owusu",
        "tham quan Khu di tích Chủ tịch Tôn Đức Lâm",
        "tham quan Bảo tàng Tổng thống Ama Owusu",
        "thăm Nhà lưu niệm Chủ tịch Tôn Đức Lâm",
    ],
)
def test_the_person_a_monument_is_named_after_is_no_participant(place: str) -> None:
    text = f"Ngày 14/3, Tổng thống Ghana Kwame Asante đã thăm Hà Nội và {place}."
    main = _main(text)
    assert "Tôn Đức Lâm" not in _names(main)
    assert "Ama Owusu" not in _names(main)
    assert "Kwame Asante" in _names(main)


def test_the_guest_of_a_welcome_ceremony_stays() -> None:
    text = "Ngày 14/3, Thủ tướng Hà Minh Đức dự lễ đón Tổng thống Ghana Kwame Asante tại Hà Nội."
    assert "Kwame Asante" in _names(_main(text))


def test_a_person_met_beside_the_monument_stays() -> None:
    text = (
        "Ngày 14/3, Thủ tướng Hà Minh Đức tiếp Thủ tướng Na Uy Olav Berg sau khi ông đặt vòng "
        "hoa tại Đài tưởng niệm các anh hùng liệt sĩ."
    )
    assert _names(_main(text)) == {"Hà Minh Đức", "Olav Berg"}


def test_a_birthday_congratulated_keeps_its_addressee() -> None:
    text = (
        "Ngày 14/3, Thủ tướng Hà Minh Đức gửi điện chúc mừng sinh nhật Quốc vương Campuchia "
        "Sisowath Rith."
    )
    assert "Sisowath Rith" in _names(_main(text))


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("dự lễ kỷ niệm sinh nhật lần thứ 63 của thiên hoàng ", True),
        ("vào lăng viếng chủ tịch ", True),
        ("thăm bảo tàng cùng thủ tướng ", False),  # "cùng" opens another phrase
        ("đặt hoa tại tượng đài, sau đó hội đàm với tổng thống ", False),
        ("gửi thư chúc mừng sinh nhật chủ tịch ", False),  # the addressee
        ("có ấn tượng sâu sắc về tổng thống ", False),
        ("dự lễ đón tổng thống ", False),
    ],
)
def test_is_namesake_reads_the_noun_phrase_before_the_mention(before: str, expected: bool) -> None:
    low = before + "x"
    assert is_namesake(low, len(before)) is expected
