"""An act inside a relative clause about a place describes the place, it is not told: "Lào là
quốc gia đầu tiên Tổng Bí thư đến thăm sau Đại hội", "..., nơi hai nhà lãnh đạo hội đàm năm
2017". Invented sentences."""

from __future__ import annotations

import pytest

import vndiplo


@pytest.mark.parametrize(
    "sentence",
    [
        "Campuchia là quốc gia đầu tiên Chủ tịch Quốc hội Trần Thanh Mẫn đến thăm năm nay.",
        "Nhật Bản là nước thứ hai Thủ tướng sang thăm trong năm nay.",
        "Quảng Ninh là địa phương đầu tiên mà đoàn đã đến thăm trong chuyến công tác.",
        "Hà Nội là nơi hai nhà lãnh đạo hội đàm vào năm 2017.",
    ],
)
def test_a_place_described_by_who_visits_it_tells_no_act(sentence: str) -> None:
    lead = "Sáng 4/6, Phó Thủ tướng Lê Thành Long tiếp Đại sứ Hàn Quốc Choi Young-sam tại Hà Nội."
    doc = vndiplo.extract(f"Tin đối ngoại\n\n{lead}\n\n{sentence}", published="2025-06-04")
    told = [e for e in doc.events if not e.referenced]
    assert [e.type for e in told] == ["reception"]


def test_the_planned_trip_stays_the_news_beside_its_description() -> None:
    text = (
        "Tin đối ngoại\n\nTheo thông báo của Bộ Ngoại giao, Chủ tịch nước Lương Cường sẽ thăm"
        " cấp Nhà nước Chile từ ngày 10 đến 12/11.\n\nChile là quốc gia đầu tiên ở Mỹ Latinh"
        " Chủ tịch nước đến thăm trên cương vị mới."
    )
    doc = vndiplo.extract(text, published="2025-11-05")
    assert doc.events and doc.events[0].date == "2025-11-10/2025-11-12"
