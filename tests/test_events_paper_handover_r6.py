"""Review-2 finding 5: a paper handed over is a signing between two sides only when the sides
are named ("hai bên", "hai nước", "hai Bộ trưởng", "hai cơ quan"), not after any "hai" ("Sau
hai ngày làm việc"), and not when it goes to one receiver ("trao văn kiện ... cho Đại sứ X")
unless a ceremony frames it. Invented sentences.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from vndiplo import Runner

_PEOPLE: Mapping[str, Any] = {
    "Đỗ Thanh Bình": {"titles": ["Thứ trưởng"], "country": "VN"},
    "Hiroshi Sato": {"titles": ["Đại sứ"], "country": "JP"},
    "Lars Berg": {"titles": ["Bộ trưởng"], "country": "SE"},
}


def _signings(text: str) -> list[tuple[str, str]]:
    events = extract_events(annotate(text, _PEOPLE, [("9/5", "--05-09")]))
    return [(e.type, e.trigger) for e in events if e.type == "signing"]


@pytest.mark.parametrize(
    "text",
    [
        "Sau hai ngày làm việc tại Huế, ngày 9/5, Thứ trưởng Đỗ Thanh Bình trao văn kiện dự án "
        "cho Đại sứ Hiroshi Sato.",
        "Trong hai tuần qua, đến ngày 9/5, Thứ trưởng Đỗ Thanh Bình đã trao các văn kiện của "
        "dự án cầu cảng cho ông Hiroshi Sato.",
        "Ngày 9/5, hai bên trao đổi ý kiến; sau đó Thứ trưởng Đỗ Thanh Bình trao bản ghi nhớ "
        "cho Đại sứ Hiroshi Sato.",
        "Sau hai lần trì hoãn, ngày 9/5 Thứ trưởng Đỗ Thanh Bình trao hiệp định vay vốn cho đại "
        "diện nhà tài trợ.",
    ],
)
def test_a_paper_handed_to_one_receiver_or_after_any_hai_is_no_signing(text: str) -> None:
    assert _signings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 9/5, hai Bộ trưởng đã trao các văn kiện hợp tác về năng lượng.",
        "Ngày 9/5, hai cơ quan trao bản ghi nhớ về đào tạo, với sự chứng kiến của Bộ trưởng "
        "Lars Berg.",
        "Ngày 9/5, hai nước trao văn kiện cho nhau sau hội đàm.",
        "Ngày 9/5, Thứ trưởng Đỗ Thanh Bình và Bộ trưởng Lars Berg chứng kiến lễ trao văn kiện "
        "cho đại diện hai doanh nghiệp.",
        "Ngày 9/5, Thứ trưởng Đỗ Thanh Bình trao thỏa thuận giữa Bộ Công Thương và Bộ Kinh tế "
        "Thụy Điển.",
    ],
)
def test_two_named_sides_or_a_ceremony_still_make_the_signing(text: str) -> None:
    assert ("signing", "trao") in _signings(text)


def test_a_hand_over_to_an_ambassador_is_not_the_pages_signing() -> None:
    doc = Runner().run(
        {
            "id": "h",
            "text": "Bàn giao văn kiện dự án\n\nSau hai ngày làm việc tại Cần Thơ, chiều 9/5, "
            "Thứ trưởng Đỗ Thanh Bình trao văn kiện dự án nước sạch cho Đại sứ Nhật Bản "
            "Hiroshi Sato.\n",
            "published": "2027-05-10",
        }
    )
    assert all(e.type != "signing" for e in doc.events)
