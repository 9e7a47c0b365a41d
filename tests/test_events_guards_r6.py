"""Near-miss guards for round-6 event rules, in invented words: each rule fires on its own
construction and stays quiet on the sentence next to it (review 1 of round 6)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

# --- a foreign diplomat posted in Viet Nam hosts (visiting_official.py) ---------------------

_POSTED: Mapping[str, Any] = {
    "Taro Ikeda": {"titles": ["Tổng Lãnh sự"], "country": "JP"},
    "Khamla Vongsa": {"titles": ["Tổng Lãnh sự"], "country": "LA"},
    "Kenji Mori": {"titles": ["Giám đốc Sở Ngoại vụ"], "country": "JP"},
}
_DAY = [("ngày 21/3", "--03-21")]


def _main_roles(text: str, people: Mapping[str, Any]) -> list[tuple[str, str]]:
    main = extract_events(annotate(text, people, _DAY))[0]
    return sorted((p.name, p.role) for p in main.participants)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Ông Taro Ikeda, Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh, đã tiếp đoàn công tác tỉnh "
            "Long An nhân chuyến thăm và làm việc tại TP Hồ Chí Minh ngày 21/3.",
            "Taro Ikeda",
        ),
        (
            "Chiều ngày 21/3, ông Khamla Vongsa, Tổng Lãnh sự Lào tại Đà Nẵng, tiếp đoàn lãnh đạo "
            "tỉnh Quảng Nam nhân chuyến thăm và làm việc tại Đà Nẵng.",
            "Khamla Vongsa",
        ),
        (
            "Ông Taro Ikeda, Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh, tại buổi tiếp với đoàn "
            "doanh nghiệp tỉnh Bình Phước nhân chuyến thăm và làm việc tại TP Hồ Chí Minh ngày "
            "21/3 cho biết hai bên sẽ mở rộng hợp tác.",
            "Taro Ikeda",
        ),
    ],
)
def test_a_diplomat_posted_in_viet_nam_keeps_hosting(text: str, host: str) -> None:
    assert (host, "host") in _main_roles(text, _POSTED)


def test_the_visiting_official_at_a_reception_is_still_received() -> None:
    assert _main_roles(
        "Ông Kenji Mori, Giám đốc Sở Ngoại vụ tỉnh Shiga (Nhật Bản), tại cuộc tiếp với lãnh đạo "
        "tỉnh Hà Tĩnh nhân chuyến thăm và làm việc tại tỉnh Hà Tĩnh ngày 21/3 cho biết hai bên "
        "sẽ mở rộng hợp tác.",
        _POSTED,
    ) == [("Kenji Mori", "guest")]
