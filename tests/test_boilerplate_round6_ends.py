"""Round 6: the end of an article - cut-off list items and words, letters' signatures,
comment-box notices, cut headings, captions numbered above their text, caption galleries.

Every page here is invented; the constructions are those the round-5 blind pages showed.
"""

from __future__ import annotations

import pytest

from tests.boilerplate_helpers import blocks, body_lines, page

TITLE = "Chủ tịch UBND tỉnh Hà Tĩnh tiếp đoàn công tác tỉnh Savannakhet"
LEAD = (
    "Sáng 9/3, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Võ Trọng Hải đã tiếp đoàn công tác "
    "tỉnh Savannakhet (Lào) do ông Santiphap Phomvihane, Tỉnh trưởng, dẫn đầu."
)
MIDDLE = (
    "Hai bên nhất trí đẩy mạnh trao đổi đoàn các cấp, thúc đẩy hợp tác trong các lĩnh vực "
    "giao thông, thương mại biên giới và đào tạo nguồn nhân lực."
)
LAST = (
    "Chủ tịch UBND tỉnh khẳng định Hà Tĩnh luôn sẵn sàng tạo điều kiện để doanh nghiệp hai "
    "bên tìm hiểu cơ hội đầu tư và mở rộng hợp tác lâu dài."
)
INTRO = "Các văn kiện được ký kết tại buổi tiếp gồm:"


# -- class 1: a cut-off fragment that continues the body ----------------------------------------


@pytest.mark.parametrize(
    ("items", "cut"),
    [
        (["1. Thỏa thuận hợp tác về giáo dục;", "2. Biên bản ghi nhớ về y tế;"], "3. Kế hoạch h"),
        (["9. Thỏa thuận về du lịch;", "10. Ghi nhớ về thương mại;"], "11. Chương"),
        (["a) Thỏa thuận về nông nghiệp;", "b) Ghi nhớ về lao động;"], "c) Biên bản làm v"),
        (
            [
                "1) Thỏa thuận giữa Sở Ngoại vụ hai tỉnh về trao đổi đoàn giai đoạn 2025-2030;",
                "2) Biên bản ghi nhớ giữa Sở Công Thương hai tỉnh về phát triển chợ biên giới;",
            ],
            "3) Bản ghi",
        ),
    ],
)
def test_the_next_item_of_a_numbered_list_cut_off_is_body(items: list[str], cut: str) -> None:
    kept = body_lines(page(TITLE, LEAD, MIDDLE, INTRO, *items, cut))
    assert kept[-1] == cut


@pytest.mark.parametrize(
    ("items", "cut"),
    [
        (["1. Thỏa thuận hợp tác về giáo dục;", "2. Biên bản ghi nhớ về y tế;"], "7. Tin kh"),
        ([LAST], "1. Tin liê"),  # no list above: a numbered teaser's stub
    ],
)
def test_a_numbered_stub_that_does_not_continue_the_list_is_dropped(
    items: list[str], cut: str
) -> None:
    kept = body_lines(page(TITLE, LEAD, MIDDLE, INTRO, *items, cut))
    assert cut not in kept


@pytest.mark.parametrize("cut", ["Bộ", "Thủ", "Chủ", "Phó", "Tổng", "Ủy"])
def test_an_office_word_alone_at_the_end_is_a_cut_sentence(cut: str) -> None:
    kept = body_lines(page(TITLE, LEAD, MIDDLE, LAST, cut))
    assert kept[-1] == cut


@pytest.mark.parametrize("byline", ["Đoàn Hùng", "Minh Châu", "Phó Hà", "Hà", "Thu Hà (TTXVN)"])
def test_a_byline_or_a_credit_at_the_end_stays_out(byline: str) -> None:
    kept = body_lines(page(TITLE, LEAD, MIDDLE, LAST, byline))
    assert kept[-1] == LAST


# -- class 3: a caption, a comment box or a heading cut at the end ------------------------------


@pytest.mark.parametrize(
    "anchor",
    [
        "Lễ đón đoàn công tác tỉnh Savannakhet tại Hà Tĩnh - Ảnh 3.",
        "Lễ đón đoàn công tác tỉnh Savannakhet tại Hà Tĩnh - ảnh 2",
        "Quang cảnh buổi tiếp hình 4",
    ],
)
def test_a_stub_below_a_photo_number_is_its_caption(anchor: str) -> None:
    kept = body_lines(page(TITLE, LEAD, MIDDLE, LAST, anchor, "Đội danh dự chào đón Ch"))
    assert kept[-1] == LAST


@pytest.mark.parametrize(
    "notice",
    [
        "Bạn cần đăng nhập để sử dụng chức năng này!",
        "Bạn không thể gửi bình luận liên tục. Vui lòng chờ",
        "Quý độc giả vui lòng đăng nhập để gửi ý kiến.",
        "Bạn đọc chưa nhập nội dung bình luận",
        "Vui lòng đăng nhập trước khi bình luận.",
        "Xin hãy đợi 30 giây.",
    ],
)
def test_comment_box_notices_are_not_body(notice: str) -> None:
    kept = body_lines(page(TITLE, LEAD, MIDDLE, LAST, "H.N", notice))
    assert notice not in kept


@pytest.mark.parametrize(
    "sentence",
    [
        "Bạn bè quốc tế cần hiểu rõ hơn tiềm năng hợp tác của hai tỉnh, nhất là trong "
        "lĩnh vực du lịch, thương mại biên giới và giáo dục, ông Võ Trọng Hải cho biết.",
        "Hãy cùng nhau nhập cuộc vì sự phát triển chung, Tỉnh trưởng nhấn mạnh trong phát biểu.",
    ],
)
def test_prose_that_addresses_a_reader_is_still_body(sentence: str) -> None:
    kept = body_lines(page(TITLE, LEAD, MIDDLE, sentence, LAST))
    assert sentence in kept


@pytest.mark.parametrize("cut", ["Có thể bạn", "Tin liên", "Bạn có thể quan", "Tin cùng chuyên"])
def test_a_cut_related_heading_at_the_end_is_not_body(cut: str) -> None:
    kept = body_lines(page(TITLE, LEAD, MIDDLE, LAST, "VĂN HẢI", cut))
    assert cut not in kept


def test_a_gallery_of_short_captions_inside_the_article_keeps_the_paragraphs_below() -> None:
    captions = [
        "Quang cảnh buổi tiếp đoàn công tác tỉnh Savannakhet",
        "Các thành viên đoàn tỉnh Savannakhet",
        "Lãnh đạo các sở, ngành tỉnh Hà Tĩnh",
    ]
    kept = body_lines(page(TITLE, LEAD, *captions, MIDDLE, LAST))
    assert kept == [LEAD, MIDDLE, LAST]


def test_a_run_of_teasers_that_ends_the_page_is_still_the_tail() -> None:
    teasers = [
        "Thủ tướng tiếp Đại sứ Nhật Bản chào từ biệt",
        "Bộ trưởng Ngoại giao hội đàm với người đồng cấp Ba Lan",
        "Chủ tịch Quốc hội dự khai mạc diễn đàn nghị viện",
    ]
    kept = body_lines(page(TITLE, LEAD, MIDDLE, LAST, *teasers))
    assert kept == [LEAD, MIDDLE, LAST]


# -- class 2: a letter's signature ---------------------------------------------------------------

LETTER_TITLE = "Điện mừng Quốc khánh nước Cộng hòa Áo"
LETTER_LEAD = (
    "Nhân dịp Quốc khánh nước Cộng hòa Áo, Chủ tịch Quốc hội đã gửi điện mừng tới Chủ tịch "
    "Hội đồng Liên bang Áo. Bức điện có đoạn viết:"
)
LETTER_BODY = (
    "Quan hệ hữu nghị giữa hai nước đã không ngừng được củng cố trong nhiều thập kỷ qua, trên "
    "cơ sở tin cậy và tôn trọng lẫn nhau, mang lại lợi ích thiết thực cho nhân dân hai nước."
)


@pytest.mark.parametrize(
    ("closing", "signature"),
    [
        (
            "Tôi xin chúc Ngài sức khỏe và hạnh phúc.",
            ["Lê Minh Khôi", "Chủ tịch Quốc hội nước Cộng hòa Xã hội chủ nghĩa Việt Nam"],
        ),
        (
            "Xin gửi tới Ngài lời chào trân trọng nhất.",
            ["Anna Huber Chủ tịch Hội đồng Liên bang Áo"],
        ),
        ("Trân trọng.", ["Trần Quang Vinh", "Ủy viên Bộ Chính trị", "Bí thư Thành ủy Hải Phòng"]),
        (
            "Chúng tôi chúc nhân dân Áo hòa bình, thịnh vượng.",
            ["Karl Maier", "Tổng thống Cộng hòa Áo"],
        ),
    ],
)
def test_a_letters_signature_is_body(closing: str, signature: list[str]) -> None:
    kept = body_lines(
        page(LETTER_TITLE, LETTER_LEAD, LETTER_BODY, closing, *signature, "Tin mới nhất", "X")
    )
    assert kept[-len(signature) - 1 :] == [closing, *signature]


def test_a_byline_under_a_first_person_quote_is_no_signature() -> None:
    quote = "Chúng tôi mong muốn hợp tác lâu dài với Hà Tĩnh, ông Santiphap nói."
    found = blocks(page(TITLE, LEAD, MIDDLE, quote, "Thanh Hà"))
    assert ("byline", "Thanh Hà") in found


def test_a_byline_and_a_caption_after_a_report_are_no_signature() -> None:
    caption = "Chủ tịch UBND tỉnh tiếp Tỉnh trưởng Savannakhet."
    kept = body_lines(page(TITLE, LEAD, MIDDLE, LAST, "Thanh Hà", caption))
    assert kept[-1] == LAST
