"""A meeting told as happening on one side's visit ("nhân dịp thăm X", "đang ở thăm X",
"trong thời gian ở thăm X"), before or after the act: the side of the visited country hosts,
the other is the guest; a side of neither country meets on a third country's ground. All
sentences are invented."""

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
            "Chiều 4/3, Thủ tướng Lê Văn Hòa đã hội kiến Tổng thống Hàn Quốc Park Min Ho nhân "
            "dịp thăm chính thức Hàn Quốc.",
            "Park Min Ho",
            "Lê Văn Hòa",
        ),
        (
            "Đang ở thăm Lào, Bí thư Tỉnh ủy Nghệ An Hoàng Minh Tuấn đã gặp Tỉnh trưởng tỉnh "
            "Bolikhamxay Khamphan Vong.",
            "Khamphan Vong",
            "Hoàng Minh Tuấn",
        ),
        (
            "Ngày 9/10, Bộ trưởng Quốc phòng Ngô Xuân Lịch gặp Bộ trưởng Quốc phòng Ấn Độ "
            "Rajnath Singh nhân dịp sang thăm Ấn Độ.",
            "Rajnath Singh",
            "Ngô Xuân Lịch",
        ),
        (
            "Trong thời gian ở thăm Cuba, Trưởng ban Đối ngoại Trung ương Lê Hoài Nam đã hội "
            "kiến Bí thư thứ nhất Đảng Cộng sản Cuba Miguel Torres.",
            "Miguel Torres",
            "Lê Hoài Nam",
        ),
        (
            "Sáng 15/8, Thủ tướng Nhật Bản Sato Kenji gặp Chủ tịch Quốc hội Trần Thanh Bình "
            "nhân dịp đang thăm chính thức Việt Nam.",
            "Trần Thanh Bình",
            "Sato Kenji",
        ),
    ],
)
def test_the_visited_countrys_side_hosts(
    runner: vndiplo.Runner, text: str, host: str, guest: str
) -> None:
    roles = _roles(runner, text)
    assert roles.get(host) == "host", roles
    assert roles.get(guest) == "guest", roles


@pytest.mark.parametrize(
    "text",
    [
        # visiting Korea, meeting Japan's leader: a third country's ground
        "Nhân dịp thăm Hàn Quốc, Thủ tướng Lê Văn Hòa đã gặp Thủ tướng Nhật Bản Sato Kenji.",
        "Thủ tướng Lê Văn Hòa đã gặp Thủ tướng Nhật Bản Sato Kenji nhân dịp đang thăm Hàn Quốc.",
    ],
)
def test_a_third_countrys_visit_makes_no_host(runner: vndiplo.Runner, text: str) -> None:
    assert "host" not in _roles(runner, text).values()
