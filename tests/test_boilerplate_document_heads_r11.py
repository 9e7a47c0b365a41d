"""Round 11: a reproduced document's own head (letterhead, kind, date line) opens the body.

Every page here is invented.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import vndiplo
from tests.boilerplate_helpers import body_lines, page, titles

HEADLINE = "Thông cáo về chuyến thăm Chile của đoàn Bộ Công Thương"
TEXT = (
    "Đoàn công tác của Bộ Công Thương Việt Nam do Thứ trưởng Hoàng Minh Đạt dẫn đầu sẽ thăm "
    "Chile từ ngày 4 đến 7 tháng 5 năm 2031 theo lời mời của Bộ Kinh tế Chile."
)
MORE = "Hai bên dự kiến ký kế hoạch hành động về thương mại nông sản giai đoạn mới."


def test_letterhead_kind_and_date_line_open_the_body() -> None:
    head = ["BỘ NGOẠI GIAO CHILE", "Vụ Báo chí", "Santiago, ngày 3 tháng 5 năm 2031"]
    text = page(HEADLINE, *head, "THÔNG CÁO BÁO CHÍ", TEXT, MORE)
    assert body_lines(text)[0] == "BỘ NGOẠI GIAO CHILE"
    assert body_lines(text)[-2:] == [TEXT, MORE]
    assert titles(text) == [HEADLINE]
    doc = vndiplo.extract(text)
    assert doc.published_source != "page"  # the document's date line is no page stamp
    assert "ngày 3 tháng 5 năm 2031" in [d.text for d in doc.dates]


def test_a_letter_s_date_line_opens_the_body_under_a_caption() -> None:
    caption = "Ông Hoàng Minh Đạt tại một hội chợ nông sản. (Ảnh: Minh Khang/TTXVN)"
    salutation = "Thưa các bạn hàng Chile thân mến!"
    text = page(
        HEADLINE, caption, "Đà Nẵng, ngày 02 tháng 02 năm 2031", "THƯ CẢM ƠN", salutation, TEXT
    )
    assert body_lines(text)[:2] == ["Đà Nẵng, ngày 02 tháng 02 năm 2031", "THƯ CẢM ƠN"]


def test_a_news_page_s_capital_byline_and_stamp_stay_out() -> None:
    text = page(HEADLINE, "NGỌC LAN", "Thứ Hai, 3/5/2031 10:20", TEXT, MORE)
    assert body_lines(text) == [TEXT, MORE]


@given(
    st.lists(
        st.sampled_from(["BỘ CÔNG THƯƠNG", "THƯ", "Vụ Âu Mỹ", "x", "Hà Nội, 3/5/2031"]), max_size=5
    )
)
def test_document_heads_never_drop_the_text(head: list[str]) -> None:
    text = page(HEADLINE, *head, TEXT, MORE)
    assert body_lines(text)[-2:] == [TEXT, MORE]
