"""Compounds of the act syllables that report no diplomatic act: a private visit to one's family
("về nước thăm thân"), a visit to a detainee ("thăm nuôi"), a depository or a posted note ("lưu
ký"). Invented sentences."""

from __future__ import annotations

import pytest

import vndiplo


@pytest.mark.parametrize(
    "text",
    [
        "Dịp Tết, nhiều kiều bào ở Pháp đã về nước thăm thân và du xuân tại Hà Nội ngày 3/2.",
        "Ngày 5/3, gia đình bà Lan được vào trại thăm nuôi con trai.",
        "Trung tâm Lưu ký Chứng khoán Việt Nam vừa công bố quy chế mới ngày 4/4.",
    ],
)
def test_no_event(text: str) -> None:
    assert vndiplo.extract(text, published="2024-04-05").events == ()


def test_a_state_visit_is_still_one() -> None:
    doc = vndiplo.extract(
        "Ngày 3/2, Thủ tướng Phạm Minh Chính thăm chính thức Pháp theo lời mời của Thủ tướng Pháp.",
        published="2024-02-04",
    )
    assert doc.events[0].type == "visit"


def test_a_friendly_visit_stays_a_visit() -> None:
    doc = vndiplo.extract(
        "Chiều 18/5, tại Havana, Chủ tịch nước Lương Cường đã thăm thân mật lãnh tụ Cuba Raúl"
        " Castro tại nhà riêng.",
        published="2024-05-19",
    )
    assert doc.events[0].type == "visit"
