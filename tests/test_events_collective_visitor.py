"""A collective subject before the trigger, and a "của" that names no visitor.

"Nhân dịp Quốc hội bầu ông A giữ chức ..., lãnh đạo nhiều nước gửi điện chúc mừng": the
persons of the occasion's clause are not the senders. "Nhận lời mời của X, Y sẽ thăm ... và
đồng chủ trì Phiên họp của Ủy ban ...": the "của" of an organisation names no visitor, so Y
(the verb's subject) is the visitor.

Every sentence is invented: the names, places and dates belong to no real article.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, roles

PEOPLE: Mapping[str, Any] = {
    "Đặng Minh Khoa": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Hồ Thị Lan": {"titles": ["Thủ tướng Chính phủ"], "country": "VN"},
    "Vilay Phommachanh": {"titles": ["Chủ tịch nước Lào"], "country": "LA"},
    "Lý Quốc Hưng": {"titles": ["Chủ tịch Quốc hội"], "country": "VN"},
    "Ivan Sergeyevich Petrov": {"titles": ["Chủ tịch Thượng viện Belarus"], "country": "BY"},
}


def _events(text: str) -> list[Any]:
    return extract_events(annotate(text, PEOPLE))


@pytest.mark.parametrize(
    "collective",
    ["lãnh đạo nhiều nước", "nhiều nước", "nguyên thủ các quốc gia", "lãnh đạo một số đảng"],
)
def test_collective_subject_leaves_out_the_occasion_s_people(collective: str) -> None:
    text = (
        "Nhân dịp Quốc hội khóa XVI bầu ông Đặng Minh Khoa giữ chức Chủ tịch nước, bà Hồ Thị "
        f"Lan giữ chức Thủ tướng Chính phủ, {collective} đã gửi điện chúc mừng.\n"
        "Chủ tịch nước Lào Vilay Phommachanh đã gửi điện mừng tới Chủ tịch nước Đặng Minh Khoa."
    )
    main = _events(text)[0]
    assert main.type == "message"
    assert sorted(p.name for p in main.participants) == ["Vilay Phommachanh", "Đặng Minh Khoa"]


def test_named_senders_before_the_verb_stay_subjects() -> None:
    text = "Chủ tịch nước Đặng Minh Khoa, Thủ tướng Hồ Thị Lan đã gửi điện chúc mừng Lào."
    main = _events(text)[0]
    assert {p.name for p in main.participants} == {"Đặng Minh Khoa", "Hồ Thị Lan"}


def test_a_collective_with_a_name_in_its_segment_is_no_collective() -> None:
    text = (
        "Chủ tịch nước Đặng Minh Khoa, các Thủ tướng Hồ Thị Lan đã tiếp Chủ tịch nước Lào "
        "Vilay Phommachanh."
    )
    main = _events(text)[0]
    assert ("Vilay Phommachanh", "guest") in roles(main)
    assert ("Đặng Minh Khoa", "host") in roles(main)


@pytest.mark.parametrize("opening", ["Nhận lời mời", "Theo lời mời"])
@pytest.mark.parametrize(
    "rest",
    [
        "và đồng chủ trì Phiên họp lần thứ ba của Ủy ban Hợp tác liên Nghị viện",
        "và dự Diễn đàn của các nghị sĩ trẻ",
        "",
    ],
)
def test_visitor_after_an_inviter_when_of_names_no_person(opening: str, rest: str) -> None:
    text = (
        f"{opening} của Chủ tịch Quốc hội Lý Quốc Hưng, Chủ tịch Thượng viện Belarus Ivan "
        f"Sergeyevich Petrov sẽ thăm chính thức Việt Nam {rest} từ ngày 14 đến 16-8."
    )
    visit = next(e for e in _events(text) if e.type == "visit")
    assert roles(visit) == [("Ivan Sergeyevich Petrov", "guest")]


def test_visit_noun_with_of_still_names_the_visitor() -> None:
    text = (
        "Chủ tịch Quốc hội Lý Quốc Hưng cho biết chuyến thăm chính thức Việt Nam sắp tới của "
        "Chủ tịch Thượng viện Belarus Ivan Sergeyevich Petrov sẽ diễn ra vào tháng 8."
    )
    visits = [e for e in _events(text) if e.type == "visit"]
    assert visits and [p.name for p in visits[0].participants] == ["Ivan Sergeyevich Petrov"]
