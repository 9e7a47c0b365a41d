"""A trip named as a noun that the page tells as its news is a reported event, not a recalled
one (round 15, corpus: such a page counted for no meeting). The page's own trip: "Đây là chuyến
thăm ... đầu tiên của X", or a dated "Chuyến thăm ... của X từ ngày A-B ..." on a page that lost
its lead. Our own sentences, other leaders and dates."""

from __future__ import annotations

import pytest

import vndiplo

NEWS = [
    "Đây là chuyến thăm chính thức Việt Nam đầu tiên của Thủ tướng Úc Anthony Albanese.",
    "Đây là chuyến thăm nước ngoài đầu tiên của Tổng thống Indonesia Prabowo Subianto trên cương"
    " vị mới.",
    "Đây là chuyến thăm cấp nhà nước đầu tiên của Chủ tịch nước Lương Cường tới Chi-lê.",
    "Đây là chuyến thăm chính thức thứ hai của Thủ tướng Singapore Lý Hiển Long tới Việt Nam.",
    "Chuyến thăm chính thức Lào của Thủ tướng Phạm Minh Chính từ ngày 9 - 10/1/2023 góp phần"
    " thắt chặt quan hệ hai nước.",
    "Chuyến thăm cấp nhà nước của Tổng thống Hàn Quốc Yoon Suk Yeol từ 22 - 24/6/2023 là dấu mốc"
    " quan trọng.",
]


@pytest.mark.parametrize("text", NEWS)
def test_the_pages_own_trip_is_reported(text: str) -> None:
    doc = vndiplo.extract(text, published="2024-05-20")
    assert doc.events, "no event"
    main = doc.events[0]
    assert main.type == "visit"
    assert not main.referenced and not main.planned


def test_a_coming_trip_stays_planned() -> None:
    doc = vndiplo.extract(
        "Đây sẽ là chuyến thăm chính thức Việt Nam đầu tiên của Thủ tướng Úc Anthony Albanese.",
        published="2024-05-20",
    )
    main = doc.events[0]
    assert main.referenced and main.planned


def test_a_recalled_trip_beside_the_news_stays_recalled() -> None:
    doc = vndiplo.extract(
        "Sáng 4/6, Chủ tịch nước Lương Cường hội đàm với Tổng thống Pháp Emmanuel Macron. Hai bên"
        " nhắc lại chuyến thăm của Tổng thống Pháp năm 2016.",
        published="2024-06-04",
    )
    assert doc.events[0].type == "talks" and not doc.events[0].referenced
    recalled = [e for e in doc.events if e.type == "visit"]
    assert recalled and all(e.referenced for e in recalled)
