"""A welcome ceremony told first without its host, then by who presided over it, is one
reception: the chair hosts, the one welcomed is the guest.

Every sentence is invented: the names, places and dates belong to no real article.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, roles

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Hà Quang Vinh": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Ingrid Solberg": {"titles": ["Tổng thống Phần Lan"], "country": "FI"},
    "Trịnh Văn Khải": {"titles": ["Thủ tướng"], "country": "VN"},
}

_HOSTED = [("Hà Quang Vinh", "host"), ("Ingrid Solberg", "guest")]


def _events(text: str, title: str = "") -> list[Event]:
    return extract_events(
        annotate(text, PEOPLE, [("Sáng 14/3", "2026-03-14", "morning")], title=title)
    )


@pytest.mark.parametrize(
    "welcome",
    [
        "Sáng 14/3, tại Phủ Chủ tịch diễn ra lễ đón chính thức Tổng thống Phần Lan Ingrid "
        "Solberg thăm cấp Nhà nước tới Việt Nam.",
        "Sáng 14/3, lễ đón chính thức Tổng thống Phần Lan Ingrid Solberg đã được tổ chức trọng "
        "thể tại Phủ Chủ tịch.",
    ],
)
@pytest.mark.parametrize(
    "chair",
    [
        "Chủ tịch nước Hà Quang Vinh chủ trì lễ đón.",
        "Chủ trì lễ đón có Chủ tịch nước Hà Quang Vinh.",
        "Lễ đón do Chủ tịch nước Hà Quang Vinh chủ trì.",
    ],
)
def test_a_hostless_welcome_and_its_chair_are_one_reception(welcome: str, chair: str) -> None:
    events = _events(f"{welcome}\nQuân nhạc cử quốc thiều hai nước.\n{chair}")
    main = events[0]
    assert main.type == "reception"
    assert roles(main) == _HOSTED
    # no second welcome with the chair alone
    assert [e for e in events if e.type == "reception"] == [main]


def test_the_chair_of_a_welcome_told_after_the_main_talks_gets_its_guest() -> None:
    events = _events(
        "Sáng 14/3, lễ đón chính thức Tổng thống Phần Lan Ingrid Solberg đã được tổ chức trọng "
        "thể tại Phủ Chủ tịch. Chủ tịch nước Hà Quang Vinh chủ trì lễ đón. Ngay sau đó, Chủ tịch "
        "nước Hà Quang Vinh hội đàm với Tổng thống Phần Lan Ingrid Solberg.",
        title="Chủ tịch nước Hà Quang Vinh hội đàm với Tổng thống Phần Lan",
    )
    assert events[0].type == "talks"
    welcomes = [e for e in events if e.type == "reception"]
    assert welcomes and roles(welcomes[0]) == _HOSTED


def test_a_passive_guest_before_duoc_don() -> None:
    events = _events(
        "Sáng 14/3, Tổng thống Phần Lan Ingrid Solberg được đón trọng thể tại Phủ Chủ tịch. "
        "Chủ tịch nước Hà Quang Vinh chủ trì lễ đón."
    )
    welcomes = [e for e in events if e.type == "reception"]
    assert welcomes and roles(welcomes[0]) == _HOSTED


def test_a_chair_far_from_any_welcome_keeps_no_guest() -> None:
    # the welcome is not told before the chair: no guest to lend
    events = _events(
        "Sáng 14/3, Thủ tướng Trịnh Văn Khải làm việc với Bộ Ngoại giao. Chủ tịch nước Hà Quang "
        "Vinh chủ trì lễ đón."
    )
    welcomes = [e for e in events if e.type == "reception"]
    assert all("Ingrid Solberg" not in {p.name for p in e.participants} for e in welcomes)
    assert all("Trịnh Văn Khải" not in {p.name for p in e.participants} for e in welcomes)


def test_a_co_chair_is_not_the_host_of_a_welcome() -> None:
    events = _events(
        "Sáng 14/3, lễ đón chính thức Tổng thống Phần Lan Ingrid Solberg đã được tổ chức tại "
        "Phủ Chủ tịch. Hai bên đồng chủ trì lễ đón."
    )
    assert all(("Ingrid Solberg", "host") not in roles(e) for e in events if e.type == "reception")
