"""Round 11: short closing lines under the article are page parts, not a cut-off sentence.

A page whose article ends before the excerpt's length may close on a line of a few words: a
credit saying the text was compiled or collected ("Tổng hợp", "Sưu tầm", "(ST)"), a reporter's
name with such a credit ("Lan Chi (t/h)"), a back-to-top link ("Lên đầu trang") or an "other
news" heading ("Tin tức khác"). None of them is the article's last sentence cut off. Every
page here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.boilerplate_helpers import blocks, body_lines, page

HEADLINE = "Chủ tịch tỉnh Quảng Trị tiếp Tổng Lãnh sự Peru tại Đà Nẵng"
LEAD = (
    "Sáng 12/3, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Quảng Trị Hoàng Văn Nam đã tiếp ông "
    "Carlos Rivas, Tổng Lãnh sự Peru tại Đà Nẵng, đến chào xã giao nhân dịp nhận nhiệm vụ."
)
LAST = (
    "Hai bên nhất trí thúc đẩy trao đổi đoàn doanh nghiệp, hợp tác nông nghiệp và kết nối du "
    "lịch giữa tỉnh với các địa phương của Peru trong thời gian tới."
)

CLOSINGS = [
    "Tổng hợp",
    "Sưu tầm",
    "(ST)",
    "Nguồn: Tổng hợp",
    "Sưu tầm Internet",
    "Lan Chi (t/h)",
    "Minh Quân (TH)",
    "Hoài An (sưu tầm)",
    "Lên đầu trang",
    "Trở về đầu trang",
    "Back to top",
    "Tin tức khác",
    "Các bài khác",
    "Những tin bài khác:",
]


@pytest.mark.parametrize("closing", CLOSINGS)
def test_closing_line_is_not_a_cut_off_sentence(closing: str) -> None:
    text = page(HEADLINE, LEAD, LAST, closing)
    assert body_lines(text) == [LEAD, LAST]


@pytest.mark.parametrize("closing", ["Lan Chi (t/h)", "Tổng hợp", "(ST)"])
def test_compiled_credit_is_a_byline(closing: str) -> None:
    text = page(HEADLINE, LEAD, LAST, closing)
    assert blocks(text)[-1] == ("byline", closing)


@pytest.mark.parametrize("stub", ["Tổng hợp ý kiến các sở, ngà", "Về đầu tư, hai bên", "Lên đầu"])
def test_a_sentence_cut_off_after_such_words_stays_body(stub: str) -> None:
    text = page(HEADLINE, LEAD, LAST, stub)
    assert body_lines(text)[-1] == stub


@given(st.sampled_from(CLOSINGS), st.text(max_size=30))
def test_closing_lines_keep_offsets_valid(closing: str, noise: str) -> None:
    text = page(HEADLINE, LEAD, LAST, closing + noise)
    assert body_lines(text)[:2] == [LEAD, LAST]
