"""An act announced as a noun between its two sides ("đã diễn ra cuộc hội đàm giữa A và B"),
in invented words (round 8): "giữa" coordinates the sides as "A và B hội đàm" does, so their
order says nothing of who travelled. The side at home hosts: home is the place's country, else
the country the framing trip goes to. Near misses: no place and no trip (both stay
participants); a plain "A hội đàm với B" keeps its subject's side.
"""

from __future__ import annotations

import pytest

import vndiplo


def _roles(text: str) -> dict[str, str]:
    doc = vndiplo.Runner().run({"id": "g", "text": text, "published": "2024-10-20"})
    assert doc.events
    return {p.name: p.role for p in doc.events[0].participants}


@pytest.mark.parametrize(
    ("lead", "host", "guest"),
    [
        (
            "Sáng 14/10, trong khuôn khổ chuyến thăm chính thức Cộng hòa Kenya, đã diễn ra cuộc "
            "hội đàm giữa Thủ tướng Phan Quốc Việt và Tổng thống Kenya William Otieno.",
            "William Otieno",
            "Phan Quốc Việt",
        ),
        (
            "Chiều 9/10, tại Phủ Chủ tịch, đã diễn ra cuộc hội kiến giữa Tổng thống Chile Ana "
            "Soto và Chủ tịch nước Trần Văn Nam.",
            "Trần Văn Nam",
            "Ana Soto",
        ),
        (
            "Tối 2/10, nhân dịp thăm làm việc tại Nhật Bản, đã diễn ra cuộc gặp giữa Bộ trưởng "
            "Ngoại giao Đỗ Minh Tú với Ngoại trưởng Nhật Bản Sato Kenji.",
            "Sato Kenji",
            "Đỗ Minh Tú",
        ),
        (
            "Ngày 5/10, tại thủ đô Viêng Chăn, đã diễn ra cuộc hội đàm cấp cao giữa Tổng Bí thư "
            "Lê Hoài Nam và Tổng Bí thư, Chủ tịch nước Lào Thongsavanh Keo.",
            "Thongsavanh Keo",
            "Lê Hoài Nam",
        ),
    ],
)
def test_home_side_hosts(lead: str, host: str, guest: str) -> None:
    roles = _roles(f"Tin đối ngoại\n\n{lead}\n\nHai bên trao đổi về hợp tác song phương.\n")
    assert (roles.get(host), roles.get(guest)) == ("host", "guest")


def test_no_place_no_trip_both_participants() -> None:
    roles = _roles(
        "Tin đối ngoại\n\nNgày 5/10, đã diễn ra cuộc hội đàm trực tuyến giữa Bộ trưởng Ngoại "
        "giao Đỗ Minh Tú và Ngoại trưởng Chile Ana Soto.\n"
    )
    assert set(roles.values()) == {"participant"}


def test_plain_subject_keeps_its_side() -> None:
    roles = _roles(
        "Tin đối ngoại\n\nSáng 14/10, trong khuôn khổ chuyến thăm chính thức Cộng hòa Kenya, "
        "Thủ tướng Phan Quốc Việt đã hội đàm với Tổng thống Kenya William Otieno.\n"
    )
    assert (roles.get("Phan Quốc Việt"), roles.get("William Otieno")) == ("guest", "host")
