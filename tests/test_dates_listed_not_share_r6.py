"""Review-2 finding 2: a bare day before a noun is a share of something only before a share
noun ("2/3 số", "1/4 diện tích", "2/3 dân số", "3/5 trong số"); a listed day ("1/9 và 2/9",
"ngày 4 và 5/10", "28/8, 2/9") and a scheduled one ("Chương trình: 6/9 Bộ trưởng ...") stay
dates whatever noun follows. All sentences invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from vndiplo_dates import find_dates

from vndiplo import Document

REF = dt.date(2023, 8, 20)


def dates(text: str) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(Document(text, published=REF))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sáng 4/9 và 5/9 Tổng Lãnh sự quán mở cửa đón khách.",
            [("Sáng 4/9", "2023-09-04"), ("5/9", "2023-09-05")],
        ),
        (
            "Suốt hai ngày 6 và 7/10 các đoàn doanh nghiệp dự hội chợ.",
            [("ngày 6", "2023-10-06"), ("7/10", "2023-10-07")],
        ),
        (
            "Chiều 29/8 và 1/9 những ca sĩ trẻ hát tại quảng trường.",
            [("Chiều 29/8", "2023-08-29"), ("1/9", "2023-09-01")],
        ),
        (
            "Ngày 28/8, 2/9 và 3/9 người dân đổ về trung tâm.",
            [("Ngày 28/8", "2023-08-28"), ("2/9", "2023-09-02"), ("3/9", "2023-09-03")],
        ),
        (
            "Dự kiến 9/9 hoặc 10/9 số liệu chính thức được công bố.",
            [("9/9", "2023-09-09"), ("10/9", "2023-09-10")],
        ),
        ("Chương trình: 6/9 Bộ trưởng tiếp đoàn.", [("6/9", "2023-09-06")]),
        ("Kế hoạch chuyến thăm: 12/9 Phó Thủ tướng tới Seoul.", [("12/9", "2023-09-12")]),
        ("Theo lịch, 14/9 thành phố đón đoàn.", [("14/9", "2023-09-14")]),
        ("Chương trình: 15/9 đại diện hai bên gặp nhau.", [("15/9", "2023-09-15")]),
    ],
)
def test_a_listed_or_scheduled_day_stays_a_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gần 2/3 số phiếu thuận.",
        "Có 2/3 dân số tỉnh sống bằng nghề biển.",
        "Chưa tới 1/4 diện tích đất được dùng.",
        "Chừng 1/5 tổng vốn đến từ Nhật Bản.",
        "Có 3/5 trong số họ là kỹ sư.",
        "Chỉ 1/3 lượng hàng kịp xuất.",
    ],
)
def test_a_share_before_a_share_noun_is_still_no_date(text: str) -> None:
    assert dates(text) == []
