"""Review-2 finding 4: a deictic day ("chiều nay", "tối qua") before the lead's day/month takes
the page's day away only when it opens a sentence or a clause outside quotation marks, and
never from a lead day that writes its year. Invented sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

from vndiplo import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker's "hôm nay" in quotes
        (
            '"Hôm nay là dịp vui của hai dân tộc", Đại sứ Jonas Berg phát biểu.\n\nNgày '
            "14/5/2026, tại Huế, Chủ tịch tỉnh Đặng Văn Hòa tiếp Đại sứ Thụy Điển.\n",
            dt.date(2026, 5, 14),
        ),
        (
            "Ông Berg nói: “Chúng tôi đến đây, hôm nay, với nhiều kỳ vọng”.\n\nSáng 14/5/2026, "
            "Chủ tịch tỉnh Đặng Văn Hòa tiếp Đại sứ Thụy Điển.\n",
            dt.date(2026, 5, 14),
        ),
        # a deictic sentence before a lead day that writes its year
        (
            "Tối qua, Bộ Ngoại giao phát đi thông cáo báo chí. Ngày 14/5/2026, tại Huế, Chủ tịch "
            "tỉnh Đặng Văn Hòa tiếp Đại sứ Thụy Điển.\n",
            dt.date(2026, 5, 14),
        ),
        # a deictic inside a clause, not opening it
        (
            "Đoàn đã tới Huế từ chiều qua để chuẩn bị.\n\nNgày 14/5, Chủ tịch tỉnh Đặng Văn Hòa "
            "tiếp Đại sứ Thụy Điển. Năm 2026, hai nước kỷ niệm 57 năm (1969-2026) quan hệ.\n",
            dt.date(2026, 5, 14),
        ),
    ],
)
def test_a_deictic_that_opens_no_reported_clause_keeps_the_leads_day(
    text: str, expected: dt.date
) -> None:
    assert extract(text).published == expected


@pytest.mark.parametrize(
    "text",
    [
        # the rule's own class, with the deictic opening a clause after a source
        "Theo tin từ Bộ Ngoại giao, sáng nay Thứ trưởng Võ Thanh Hà tiếp Đại sứ Áo.\n\nNgày "
        "3/7, hai bên đã họp tại Viên.\n",
        "Chiều nay, tại Đà Nẵng, Phó Chủ tịch tỉnh tiếp đoàn Hàn Quốc.\n\nNgày 2/7, đoàn "
        "đã thăm Quảng Nam.\n",
    ],
)
def test_a_clause_opening_deictic_still_leaves_the_day_unwritten(text: str) -> None:
    anchor = "Năm 2026, hai nước kỷ niệm 30 năm (1996-2026) thiết lập quan hệ ngoại giao.\n"
    assert extract(text + anchor).published is None
