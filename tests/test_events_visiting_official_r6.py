"""A foreign official on a working trip to a Vietnamese locality is the guest of the reception
told around him, in invented words; "với" alone does not mark the receivers, and a foreign host
at home or with no trip told keeps his role."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

PEOPLE: Mapping[str, Any] = {
    "Kenji Mori": {"titles": ["Giám đốc Sở Ngoại vụ"], "country": "JP"},
    "Lò Thị Hạnh": {"titles": ["Chủ tịch UBND tỉnh"], "country": "VN"},
    "Anna Berg": {"titles": ["Thị trưởng"], "country": "SE"},
}
_DAY = [("ngày 21/3", "--03-21")]


def _roles(text: str) -> list[tuple[str, str]]:
    main = extract_events(annotate(text, PEOPLE, _DAY))[0]
    assert main.type == "reception"
    return sorted((p.name, p.role) for p in main.participants)


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        (
            "Đây là nhận định của ông Kenji Mori, Giám đốc Sở Ngoại vụ tỉnh Shiga (Nhật Bản) tại "
            "buổi tiếp với lãnh đạo UBND tỉnh Quảng Bình nhân chuyến thăm và làm việc của đoàn "
            "công tác tại tỉnh Quảng Bình ngày 21/3.",
            "Kenji Mori",
        ),
        (
            "Trong chuyến công tác tại tỉnh Quảng Bình ngày 21/3, ông Kenji Mori, Giám đốc Sở "
            "Ngoại vụ tỉnh Shiga (Nhật Bản), tại buổi tiếp với lãnh đạo tỉnh cho biết hai bên sẽ "
            "mở rộng hợp tác.",
            "Kenji Mori",
        ),
        (
            "Bà Anna Berg, Thị trưởng thành phố Uppsala (Thụy Điển), đã bày tỏ như vậy tại buổi "
            "tiếp của lãnh đạo thành phố Cần Thơ nhân chuyến thăm và làm việc tại thành phố Cần "
            "Thơ ngày 21/3.",
            "Anna Berg",
        ),
    ],
)
def test_the_visiting_official_is_received(text: str, guest: str) -> None:
    assert _roles(text) == [(guest, "guest")]


def test_a_guest_written_after_with_stays_the_guest() -> None:
    assert _roles(
        "Tại buổi tiếp với Thị trưởng Anna Berg ngày 21/3, Chủ tịch UBND tỉnh Lò Thị Hạnh giới "
        "thiệu tiềm năng của tỉnh."
    ) == [("Anna Berg", "guest"), ("Lò Thị Hạnh", "host")]


@pytest.mark.parametrize(
    "text",
    [
        # at home, receiving a Vietnamese delegation
        "Ông Kenji Mori, Giám đốc Sở Ngoại vụ tỉnh Shiga (Nhật Bản), tại buổi tiếp đoàn công "
        "tác tỉnh Quảng Bình nhân chuyến thăm và làm việc tại Nhật Bản ngày 21/3, cho biết hai "
        "bên sẽ mở rộng hợp tác.",
        # no trip told
        "Ông Kenji Mori, Giám đốc Sở Ngoại vụ tỉnh Shiga (Nhật Bản) tại buổi tiếp ngày 21/3 cho "
        "biết hai bên sẽ mở rộng hợp tác.",
    ],
)
def test_a_foreign_host_keeps_his_role_when(text: str) -> None:
    assert _roles(text) == [("Kenji Mori", "host")]
