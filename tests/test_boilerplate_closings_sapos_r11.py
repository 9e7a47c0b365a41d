"""Round 11: page parts at the article's edges: closing lines, sapos over photos, captions.

A page whose article ends before the excerpt's length may close on a line of a few words: a
credit saying the text was compiled or collected ("Tổng hợp", "Sưu tầm", "(ST)"), a reporter's
name with such a credit ("Lan Chi (t/h)"), a back-to-top link ("Lên đầu trang") or an "other
news" heading ("Tin tức khác"). None of them is the article's last sentence cut off. An
undated summary over the page's photo and caption, above a dated lead, is a sapo. A date
phrase broken after its head word ("Ngày" / "12/3/2031, ...") is one line of the lead, and the
line under a photo's number closed by a full stop ("... - Ảnh 1.") is its caption, as is a
scene printed once that closes on its day after a comma. Every page here is invented.
"""

from __future__ import annotations

import pytest
import vndiplo_boilerplate as plugin
from hypothesis import given
from hypothesis import strategies as st

from tests.boilerplate_helpers import blocks, body_lines, page, titles
from vndiplo import Document

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


# -- a summary over the page's photo ---------------------------------------------------------

SUMMIT = "Thủ tướng Lê Minh Khôi tiếp xúc nhiều nguyên thủ ở Lima"
SUMMARY = (
    "Thủ tướng Lê Minh Khôi hội đàm với lãnh đạo các nước như Chile, Peru, Kenya, Ai Cập, "
    "Na Uy, Ba Lan, Thụy Điển, bàn cách mở rộng buôn bán cùng điện gió."
)
CAPTION = "Thủ tướng Lê Minh Khôi gặp Tổng thống Chile Ignacio Morales. Ảnh: TTXVN"
TALKS = (
    "Nhân dịp dự Diễn đàn Thái Bình Dương ở Lima, chiều 14/11 (giờ địa phương), Thủ tướng "
    "Lê Minh Khôi đã gặp riêng người đứng đầu Chile là Ignacio Morales."
)
TALKS_ON = (
    "Ông Ignacio Morales nói Chile muốn Việt Nam trở thành bạn hàng lớn ở châu Á và mời "
    "doanh nghiệp sang khai khoáng."
)


@pytest.mark.parametrize(
    "lead",
    [TALKS, "Chiều 14/11, tại Lima, Thủ tướng Lê Minh Khôi đã gặp Tổng thống Ignacio Morales."],
)
def test_undated_summary_over_the_photo_is_a_sapo(lead: str) -> None:
    text = page(SUMMIT, SUMMARY, CAPTION, lead, TALKS_ON)
    assert body_lines(text) == [lead, TALKS_ON]


def test_summary_over_the_photo_stays_the_lead_when_the_next_paragraph_is_undated() -> None:
    undated = (
        "Thủ tướng Lê Minh Khôi lần lượt trò chuyện riêng với người đứng đầu Chile, Peru và "
        "Kenya ngay trong buổi sáng."
    )
    text = page(SUMMIT, SUMMARY, CAPTION, undated, TALKS_ON)
    assert body_lines(text)[0] == SUMMARY


def test_a_dated_first_paragraph_over_the_photo_stays_the_lead() -> None:
    dated = "Sáng 14/11, Thủ tướng Lê Minh Khôi hội đàm với lãnh đạo Chile, Peru và Kenya."
    text = page(SUMMIT, dated, CAPTION, TALKS, TALKS_ON)
    assert body_lines(text)[0] == dated


@given(st.text(max_size=60))
def test_summary_over_photo_never_drops_the_lead(noise: str) -> None:
    text = page(SUMMIT, SUMMARY + noise, CAPTION, TALKS, TALKS_ON)
    assert body_lines(text)[-2:] == [TALKS, TALKS_ON]


# -- a lead's date phrase broken after its head word; a caption under a photo's number -----

OPENING = "Cục trưởng Cục Hợp tác Trần Văn Lộc đã tiếp bà Ana Silva, Đại sứ Bồ Đào Nha, tại Hà Nội."


@pytest.mark.parametrize("head", ["Ngày", "Chiều", "Sáng ngày"])
def test_date_head_word_alone_joins_the_lead(head: str) -> None:
    text = f"{head}\n12/3/2031, {OPENING}\n\n{LAST}"
    assert body_lines(text) == [f"{head}\n12/3/2031, {OPENING}", LAST]


def test_date_head_word_over_a_bare_stamp_is_not_joined() -> None:
    text = f"{HEADLINE}\n\nNgày\n12/3/2031 10:20\n\n{LEAD}\n\n{LAST}"
    assert body_lines(text) == [LEAD, LAST]


NUMBERED = "Chủ tịch tỉnh Quảng Trị tiếp Tổng Lãnh sự Peru tại Đà Nẵng - Ảnh 1."
PHOTO = "Đoàn xe đón khách đi qua cửa ngõ thành phố Đông Hà trong buổi sáng mưa phùn."


def test_caption_under_a_photo_number_above_the_lead_is_not_body() -> None:
    text = page(HEADLINE, NUMBERED, PHOTO, LEAD, LAST)
    assert body_lines(text) == [LEAD, LAST]
    assert ("caption", PHOTO) in blocks(text)


def test_dated_paragraph_under_a_photo_number_is_the_lead() -> None:
    text = page(HEADLINE, NUMBERED, LEAD, LAST)
    assert body_lines(text) == [LEAD, LAST]


@given(st.sampled_from(["Ngày", "Chiều ngày", "Tối", "ngày"]), st.text(max_size=40))
def test_joined_date_openings_keep_offsets_valid(head: str, rest: str) -> None:
    text = f"{head}\n{rest}\n\n{LAST}"
    found = plugin.clean_text(Document(text).normalized)
    for block in found:
        assert 0 <= block.start < block.end <= len(text)
    assert body_lines(text)[-1] == LAST


# -- a caption printed once that closes on its day ------------------------------------------

SCENE = "Ông Carlos Rivas trò chuyện với cán bộ Sở Ngoại vụ bên bờ sông Hiếu, ngày 12/3/2031."


def test_caption_closing_on_its_day_between_paragraphs_is_not_body() -> None:
    text = page(HEADLINE, LEAD, SCENE, LAST)
    assert body_lines(text) == [LEAD, LAST]
    assert ("caption", SCENE) in blocks(text)


def test_caption_closing_on_its_day_under_the_headline_is_neither_title_nor_lead() -> None:
    undated_lead = LEAD.replace("Sáng 12/3, t", "T")
    text = page(HEADLINE, SCENE, undated_lead, LAST)
    assert body_lines(text) == [undated_lead, LAST]
    assert titles(text) == [HEADLINE]


def test_a_dated_sentence_closing_on_its_day_stays_body() -> None:
    line = "Ngày 13/3, đoàn đi thăm cảng Cửa Việt và trở về Đà Nẵng, 13/3/2031."
    text = page(HEADLINE, LEAD, line, LAST)
    assert body_lines(text) == [LEAD, line, LAST]


def test_a_place_and_date_is_no_such_caption() -> None:
    text = page(HEADLINE, LEAD, LAST, "Đông Hà, 12/3/2031")
    assert ("caption", "Đông Hà, 12/3/2031") not in blocks(text)
