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
_DAY = [("ngày 14/8", "--08-14")]


def _roles(text: str) -> list[tuple[str, str]]:
    main = extract_events(annotate(text, PEOPLE, _DAY))[0]
    assert main.type == "reception"
    return sorted((p.name, p.role) for p in main.participants)


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        (
            "Ông Kenji Mori, Giám đốc Sở Ngoại vụ tỉnh Nagano (Nhật Bản), cho rằng du lịch là "
            "ưu tiên của đôi bên tại buổi tiếp với lãnh đạo tỉnh Hà Giang nhân chuyến thăm và làm "
            "việc của đoàn Nagano tại Hà Giang ngày 14/8.",
            "Kenji Mori",
        ),
        (
            "Trong chuyến thăm và làm việc tại tỉnh Hà Giang ngày 14/8, ông Kenji Mori, Giám đốc "
            "Sở Ngoại vụ tỉnh Nagano (Nhật Bản), nói tại buổi tiếp với các lãnh đạo địa phương "
            "rằng du lịch là ưu tiên của đôi bên.",
            "Kenji Mori",
        ),
        (
            "Bà Anna Berg, Thị trưởng thành phố Uppsala (Thụy Điển), cảm ơn sự đón tiếp chu đáo "
            "tại buổi tiếp của lãnh đạo thành phố Huế nhân chuyến thăm và làm việc tại thành phố "
            "Huế ngày 14/8.",
            "Anna Berg",
        ),
    ],
)
def test_the_visiting_official_is_received(text: str, guest: str) -> None:
    assert _roles(text) == [(guest, "guest")]


def test_a_guest_written_after_with_stays_the_guest() -> None:
    assert _roles(
        "Chủ tịch UBND tỉnh Lò Thị Hạnh nêu các thế mạnh của tỉnh tại buổi tiếp với Thị "
        "trưởng Anna Berg ngày 14/8."
    ) == [("Anna Berg", "guest"), ("Lò Thị Hạnh", "host")]


@pytest.mark.parametrize(
    "text",
    [
        # at home, receiving a Vietnamese delegation
        "Ông Kenji Mori, Giám đốc Sở Ngoại vụ tỉnh Nagano (Nhật Bản), nói tại buổi tiếp đoàn "
        "đại biểu tỉnh Hà Giang nhân chuyến thăm và làm việc tại Nhật Bản ngày 14/8 rằng đôi "
        "bên nên tăng chuyến bay.",
        # no trip told
        "Ông Kenji Mori, Giám đốc Sở Ngoại vụ tỉnh Nagano (Nhật Bản), nói tại buổi tiếp đoàn "
        "đại biểu tỉnh Hà Giang ngày 14/8 rằng đôi bên nên tăng chuyến bay.",
    ],
)
def test_a_foreign_host_keeps_his_role_when(text: str) -> None:
    assert _roles(text) == [("Kenji Mori", "host")]
