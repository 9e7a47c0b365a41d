"""A delegation's member list ("Đoàn ... thăm K gồm: ...") is not the visit event; a visit a
sentence dates with its own span is the main event of a page with no reported event. Invented
words, with cases where the visit stays."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Tomas Novak": {"titles": ["Chủ tịch Thượng viện"], "country": "CZ"},
    "Jana Novakova": {"titles": [], "country": "CZ"},
    "Petr Holub": {"titles": ["Thượng nghị sĩ"], "country": "CZ"},
    "Phạm Thu Hà": {"titles": ["Chủ tịch Quốc hội"], "country": "VN"},
}


def _events(text: str, dates: Any = ()) -> list[Event]:
    return extract_events(annotate(text, PEOPLE, dates))


@pytest.mark.parametrize(
    "opening",
    [
        "Đoàn đại biểu Thượng viện Séc thăm Việt Nam gồm các thành viên chính thức:",
        "Đoàn Thượng viện Séc sang thăm Việt Nam bao gồm:",
    ],
)
def test_a_member_list_of_a_visiting_delegation_makes_no_visit(opening: str) -> None:
    text = (
        f"{opening} Chủ tịch Thượng viện Séc Tomas Novak và phu nhân Jana Novakova; "
        "Thượng nghị sĩ Petr Holub."
    )
    assert all(e.type != "visit" for e in _events(text))


def test_a_visit_reported_before_its_member_list_stays() -> None:
    text = (
        "Chiều 2/4, Chủ tịch Thượng viện Séc Tomas Novak đã đến Hà Nội, bắt đầu chuyến thăm "
        "chính thức Việt Nam. Đoàn gồm: Thượng nghị sĩ Petr Holub."
    )
    main = _events(text)[0]
    assert main.type == "visit"
    assert [(p.name, p.role) for p in main.participants] == [("Tomas Novak", "guest")]


def test_a_delegation_that_visits_including_a_region_is_still_a_visit() -> None:
    text = "Chiều 2/4, Chủ tịch Thượng viện Séc Tomas Novak thăm các tỉnh miền Trung, gồm Huế."
    assert _events(text)[0].type == "visit"


def test_the_dated_trip_is_the_main_event_when_the_lead_is_a_member_list() -> None:
    text = (
        "Đoàn đại biểu Thượng viện Séc thăm Việt Nam gồm: Chủ tịch Thượng viện Séc Tomas Novak; "
        "Thượng nghị sĩ Petr Holub.\n"
        "Trong buổi tiếp Đại sứ Séc đầu năm nay, Chủ tịch Quốc hội Phạm Thu Hà đánh giá cao "
        "quan hệ hai nước.\n"
        "Chuyến thăm chính thức của Chủ tịch Thượng viện Séc Tomas Novak từ ngày 3/5-7/5 góp "
        "phần thắt chặt quan hệ hai nước."
    )
    main = _events(text, [("từ ngày 3/5-7/5", "--05-03/--05-07")])[0]
    assert main.type == "visit"
    assert [(p.name, p.role) for p in main.participants] == [("Tomas Novak", "guest")]
