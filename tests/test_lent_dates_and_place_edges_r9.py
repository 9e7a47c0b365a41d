"""Round 9 (reviewer A class C2 and its place-boundary lines), in invented words: a trip told by
its end ("về đến X, kết thúc chuyến công tác tham dự Y") keeps no date of the return; a place
phrase stops at a dash opening a lower-case aside ("- nơi ông ...") but runs on over a street
address and its city after a comma ("Trung tâm X, 35 Hùng Vương, Hà Nội")."""

from __future__ import annotations

import pytest

from vndiplo import extract
from vndiplo.model import Event


def _events(text: str, published: str | None = "2024-12-20") -> list[Event]:
    return list(extract(text, published=published).events)


def _of_type(text: str, kind: str) -> Event:
    found = [e for e in _events(text) if e.type == kind]
    assert found, text
    return found[0]


# -- the return's day is not the trip's act's --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # reviewer A's variant
        "Tối 14/3, Chủ tịch nước Trần Văn Hải về đến Hà Nội, kết thúc chuyến tham dự Hội nghị "
        "G20 tại Ấn Độ.",
        # own: "chuyến công tác", "tốt đẹp", a minister, a province leader, "chuyến đi"
        "Tối 3/9, chuyên cơ chở Thủ tướng Lê Văn Hưng đã về đến Hà Nội, kết thúc tốt đẹp chuyến "
        "công tác tham dự Hội nghị thượng đỉnh ASEAN tại Indonesia.",
        "Chiều 12/10, Bộ trưởng Ngoại giao Phạm Thu Hà về nước, kết thúc chuyến công tác tham "
        "dự Kỳ họp Đại hội đồng Liên hợp quốc tại New York.",
        "Ngày 6/5, Bí thư Tỉnh ủy Đắk Lắk Ngô Văn Lâm đã về đến Buôn Ma Thuột, kết thúc chuyến "
        "đi dự Hội chợ thương mại tại Phnôm Pênh.",
        "Trưa 1/12, Chủ tịch Quốc hội Đỗ Minh Quân về tới Hà Nội, kết thúc chuyến làm việc "
        "tham dự Đại hội đồng IPU tại Geneva.",
    ],
)
def test_return_day_not_lent_to_the_trips_attendance(text: str) -> None:
    attend = _of_type(text, "attend")
    assert attend.date is None


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the attendance is the sentence's own act, dated by it
        "Tối 14/3, Chủ tịch nước Trần Văn Hải tham dự Hội nghị G20 tại Ấn Độ.",
        "Chiều 12/10, Bộ trưởng Ngoại giao Phạm Thu Hà tham dự phiên khai mạc Kỳ họp Đại hội "
        "đồng Liên hợp quốc, kết thúc tuần cấp cao.",
    ],
)
def test_own_attendance_keeps_its_day(text: str) -> None:
    attend = _of_type(text, "attend")
    assert attend.date is not None


# -- place edges ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # reviewer A's lines (P8, P10 wording changed)
        (
            "Tối 8/11, Chủ tịch nước Trần Văn Hải chủ trì tiệc chiêu đãi Tổng thống Pháp Jean "
            "Moreau tại Trung tâm Hội nghị Quốc tế, 35 Hùng Vương, Hà Nội.",
            "Trung tâm Hội nghị Quốc tế, 35 Hùng Vương, Hà Nội",
        ),
        (
            "Ngày 5/3, Thủ tướng Lê Văn Hưng đã dự lễ khai mạc hội chợ tại thành phố Đà Nẵng - "
            "nơi ông từng công tác nhiều năm.",
            "thành phố Đà Nẵng",
        ),
        # own: an address as the whole place, "số", an en dash aside
        (
            "Sáng 3/4, tại số 1 Hoàng Hoa Thám, Hà Nội, Bộ trưởng Quốc phòng Lê Văn Tâm tiếp "
            "Đại sứ Nhật Bản Ito Jun.",
            "số 1 Hoàng Hoa Thám, Hà Nội",
        ),
        (
            "Chiều 9/6, Phó Thủ tướng Đỗ Văn Hùng tiếp Đại sứ Ấn Độ Ravi Kumar tại Nhà khách "
            "Chính phủ, số 2 Lê Thạch, Hà Nội.",
            "Nhà khách Chính phủ, số 2 Lê Thạch, Hà Nội",
        ),
        (
            "Ngày 2/8, Chủ tịch UBND tỉnh Nghệ An Võ Văn Bình tiếp đoàn tỉnh Xiêng Khoảng tại "
            "thành phố Vinh – nơi đoàn dừng chân đầu tiên.",
            "thành phố Vinh",
        ),
    ],
)
def test_place_edges(text: str, place: str) -> None:
    assert _events(text)[0].location == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # near misses: a capitalised name after a dash, a count after a comma
        (
            "Chiều 3/4, Thủ tướng Lê Văn Hưng hội đàm với Thủ tướng Lào Sonexay tại Trụ sở "
            "Chính phủ, 20 năm sau chuyến thăm đầu tiên.",
            "Trụ sở Chính phủ",
        ),
        (
            "Sáng 5/5, Bộ trưởng Lê Văn Tâm tiếp Đại sứ Pháp Jean Moreau tại Trung tâm Hội nghị "
            "Quốc gia - Mỹ Đình.",
            "Trung tâm Hội nghị Quốc gia - Mỹ Đình",
        ),
    ],
)
def test_place_edges_near_misses(text: str, place: str) -> None:
    assert _events(text)[0].location == place
