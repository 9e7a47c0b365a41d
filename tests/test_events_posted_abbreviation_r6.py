"""Review-2 finding 18: a diplomat posted in Việt Nam keeps hosting at a reception told as a
noun when the post is written with abbreviation dots ("tại TP.HCM", "tại Tp.HCM"): the place
is read whole, not cut at its first dot. Invented names.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

_PEOPLE: Mapping[str, Any] = {
    "Anders Holm": {"titles": ["Tổng Lãnh sự"], "country": "DK"},
    "Kenji Mori": {"titles": ["Giám đốc Sở Ngoại vụ"], "country": "JP"},
}


def _main_roles(text: str) -> list[tuple[str, str]]:
    main = extract_events(annotate(text, _PEOPLE, [("ngày 11/6", "--06-11")]))[0]
    return sorted((p.name, p.role) for p in main.participants)


@pytest.mark.parametrize("post", ["TP.HCM", "Tp.HCM", "TP. Hồ Chí Minh", "TP.Hồ Chí Minh"])
def test_a_consul_posted_at_a_dotted_city_keeps_hosting(post: str) -> None:
    text = (
        f"Ông Anders Holm, Tổng Lãnh sự Đan Mạch tại {post}, tại buổi tiếp đoàn doanh nghiệp "
        f"tỉnh Tây Ninh nhân chuyến thăm và làm việc tại {post} ngày 11/6 cho biết hai bên sẽ "
        "mở rộng hợp tác."
    )
    assert ("Anders Holm", "host") in _main_roles(text)


def test_an_official_visiting_a_dotted_city_is_still_received() -> None:
    text = (
        "Ông Kenji Mori, Giám đốc Sở Ngoại vụ tỉnh Nara (Nhật Bản), tại cuộc tiếp với lãnh đạo "
        "TP.HCM nhân chuyến thăm và làm việc tại TP.HCM ngày 11/6 cho biết hai bên sẽ mở rộng "
        "hợp tác."
    )
    assert _main_roles(text) == [("Kenji Mori", "guest")]
