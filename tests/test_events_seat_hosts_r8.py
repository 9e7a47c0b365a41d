"""A meeting held at one side's seat is on that side's ground: the side whose country the seat
is ("tại Điện Kremlin", "tại Dinh Malacañang", "tại số 10 phố Downing"), or whose office it houses
when it names no country ("tại Hoàng cung", "tại Phủ Tổng thống", "tại trụ sở UBND tỉnh"), hosts.
The seats are gazetteer data (vndiplo.place_names.SEATS). All sentences are invented."""

from __future__ import annotations

import pytest

import vndiplo


@pytest.fixture(scope="module")
def runner() -> vndiplo.Runner:
    return vndiplo.Runner()


def _roles(runner: vndiplo.Runner, text: str) -> dict[str, str]:
    doc = runner.run({"id": "t", "text": text, "published": "2024-06-10"})
    return {p.name: p.role for p in doc.events[0].participants}


@pytest.mark.parametrize(
    ("text", "host", "guest"),
    [
        (
            "Sáng 5/7, Thủ tướng Phạm Quang Vinh hội kiến Tổng thống Philippines Ramon Cruz "
            "tại Dinh Malacañang.",
            "Ramon Cruz",
            "Phạm Quang Vinh",
        ),
        (
            "Ngày 14/2, Thủ tướng Lê Văn Hòa hội đàm với Thủ tướng Anh John Carter tại số 10 "
            "phố Downing.",
            "John Carter",
            "Lê Văn Hòa",
        ),
        (
            "Ngày 14/2, Thủ tướng Lê Văn Hòa gặp Tổng thống Pháp Luc Moreau tại Điện Elysee.",
            "Luc Moreau",
            "Lê Văn Hòa",
        ),
        (
            "Chiều 20/5, Chủ tịch nước Trần Đức Minh hội kiến Quốc vương Campuchia Norodom "
            "Sihamoni tại Hoàng cung.",
            "Norodom Sihamoni",
            "Trần Đức Minh",
        ),
        (
            "Tối 2/10, Thủ tướng Lê Văn Hòa đã hội đàm với Tổng thống Indonesia Budi Santoso "
            "tại Phủ Tổng thống.",
            "Budi Santoso",
            "Lê Văn Hòa",
        ),
        (
            "Sáng 11/11, Bộ trưởng Ngoại giao Hàn Quốc Choi Jin Woo và Chủ tịch UBND tỉnh Bắc "
            "Ninh Đỗ Văn Khải đã gặp tại trụ sở UBND tỉnh Bắc Ninh.",
            "Đỗ Văn Khải",
            "Choi Jin Woo",
        ),
        (
            "Ngày 3/3, Chủ tịch nước Trần Đức Minh và Tổng thống Hàn Quốc Park Min Ho đã hội "
            "đàm tại Nhà Xanh.",
            "Park Min Ho",
            "Trần Đức Minh",
        ),
    ],
)
def test_the_side_whose_seat_holds_the_meeting_hosts(
    runner: vndiplo.Runner, text: str, host: str, guest: str
) -> None:
    roles = _roles(runner, text)
    assert roles.get(host) == "host", roles
    assert roles.get(guest) == "guest", roles


@pytest.mark.parametrize(
    "text",
    [
        # a third country's seat: neither side is at home
        "Ngày 8/9, Thủ tướng Lê Văn Hòa gặp Thủ tướng Nhật Bản Sato Kenji tại Điện Kremlin.",
        # both sides hold the office the seat is named after
        "Ngày 8/9, Thủ tướng Lê Văn Hòa gặp Thủ tướng Nhật Bản Sato Kenji tại Dinh Thủ tướng.",
        # a hotel is no one's seat
        "Ngày 8/9, Thủ tướng Lê Văn Hòa gặp Thủ tướng Nhật Bản Sato Kenji tại khách sạn "
        "Grand Hyatt.",
    ],
)
def test_a_neutral_or_shared_seat_makes_no_host(runner: vndiplo.Runner, text: str) -> None:
    assert "host" not in _roles(runner, text).values()
