"""Round 7: site chrome around an article must not move its headline or its body's end.

Metamorphic stability (``benchmarks.metamorphic``, transform ``boilerplate_noise``) showed three
classes: a photo credit, share bar or tag line below the last paragraph made that paragraph a
caption (and a page with one paragraph lost its body, so related headlines were read as the
story); a site menu or a breadcrumb with slashes above the headline was taken for the headline;
a crawler's stamp below the menu stayed glued to the lead. Every page here is invented, with
other outlets' chrome than the pages showed.
"""

from __future__ import annotations

import pytest

from tests.boilerplate_helpers import blocks, body_lines, page, titles

TITLE = "Chủ tịch UBND tỉnh Quảng Trị tiếp Tổng Lãnh sự Lào tại Đà Nẵng"
LEAD = (
    "Chiều 14/5, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Quảng Trị Hà Sỹ Đồng đã tiếp "
    "Tổng Lãnh sự Lào tại Đà Nẵng Bounmy Vanmany nhân dịp ông đến chào xã giao."
)
MIDDLE = (
    "Hai bên nhất trí tiếp tục phối hợp chặt chẽ trong công tác quản lý biên giới, thúc đẩy "
    "thương mại qua cửa khẩu Lao Bảo và trao đổi đoàn các cấp."
)
LAST = (
    "Tổng Lãnh sự Bounmy Vanmany cảm ơn sự quan tâm của lãnh đạo tỉnh và khẳng định sẽ làm "
    "cầu nối để các địa phương của Lào mở rộng hợp tác với Quảng Trị."
)
RELATED = [
    "Phó Chủ tịch tỉnh Kon Tum Nguyễn Ngọc Sâm làm việc với đoàn tỉnh Attapeu",
    "Bộ trưởng Công Thương Brunei hội đàm với người đồng cấp Malaysia",
    "Đại sứ Lê Quang Long trình Thư ủy nhiệm lên Chủ tịch Quốc hội Lào",
]


# -- class (a): chrome below the last paragraph ------------------------------------------------


@pytest.mark.parametrize(
    "below",
    [
        ["Ảnh: Hoàng Lâm", "Bài liên quan", *RELATED],
        ["(Ảnh: Thu Trang)", "Chia sẻ | In bài | Gửi bài viết"],
        ["Nguồn ảnh: Sở Ngoại vụ"],
        ["ẢNH: MINH TÚ", "Từ khóa: Quảng Trị, Lào, biên giới"],
        ["Photo: Hải Nam", "Tin cùng chuyên mục", *RELATED],
        ["Ảnh: Ngọc Hà", "Facebook Zalo Twitter", "Đọc thêm", *RELATED],
    ],
)
def test_a_credit_with_only_chrome_below_keeps_the_last_paragraph(below: list[str]) -> None:
    kept = body_lines(page(TITLE, LEAD, MIDDLE, LAST, *below))
    assert kept == [LEAD, MIDDLE, LAST]


def test_a_one_paragraph_page_keeps_its_paragraph_above_a_credit_and_related_news() -> None:
    kept = body_lines(page(TITLE, LEAD, "Ảnh: Thanh Tùng", "Xem thêm", *RELATED))
    assert kept == [LEAD]


def test_a_short_real_last_paragraph_stays_above_a_credit() -> None:
    short = "Đoàn sẽ làm việc tại tỉnh đến hết ngày 16/5."
    kept = body_lines(page(TITLE, LEAD, MIDDLE, short, "Ảnh: Bảo Ngọc", "Tin liên quan", *RELATED))
    assert kept[-1] == short


def test_near_miss_a_caption_with_prose_below_its_credit_is_still_a_caption() -> None:
    caption = "Chủ tịch UBND tỉnh Hà Sỹ Đồng tặng quà lưu niệm Tổng Lãnh sự Bounmy Vanmany"
    found = blocks(page(TITLE, LEAD, caption, "Ảnh: Hoàng Lâm", MIDDLE, LAST))
    assert ("caption", caption) in found
    assert body_lines(page(TITLE, LEAD, caption, "Ảnh: Hoàng Lâm", MIDDLE, LAST)) == [
        LEAD,
        MIDDLE,
        LAST,
    ]


def test_near_miss_a_lead_that_mentions_photos_is_body() -> None:
    lead = (
        "Sáng 3/6, tại Bảo tàng tỉnh, Phó Chủ tịch UBND tỉnh Hoàng Nam đã cùng Đại sứ Nhật "
        "Bản khai mạc triển lãm ảnh về 50 năm quan hệ hai nước, với hơn 100 bức ảnh tư liệu."
    )
    kept = body_lines(page(TITLE, lead, MIDDLE, "Ảnh: Trần Huy", "Tin liên quan", *RELATED))
    assert kept == [lead, MIDDLE]


# -- class (b): related headlines after the credit never become the story -----------------------


@pytest.mark.parametrize("marker", ["Tin liên quan", "Bài viết liên quan", "Xem thêm", "Đọc thêm"])
def test_related_headlines_below_a_credit_stay_out_of_the_body(marker: str) -> None:
    kept = body_lines(page(TITLE, LEAD, "Ảnh: Quang Vinh", marker, *RELATED, "Chia sẻ"))
    assert kept == [LEAD]
    assert not any(line in kept for line in RELATED)


# -- class (c): chrome above the headline ------------------------------------------------------


@pytest.mark.parametrize(
    "above",
    [
        ["Thời sự / Ngoại giao"],
        ["Trang chủ / Thế giới / Châu Á"],
        ["Tin tức/Đối ngoại"],
        ["Trang chủ Thời sự Kinh tế Giáo dục Thể thao Bạn đọc"],
        ["Kinh tế - Xã hội - Đời sống - Video"],
        ["Trang chủ • Chính trị • Đối ngoại • Quốc phòng", "Chính trị » Đối ngoại"],
    ],
)
def test_a_menu_or_a_breadcrumb_above_the_headline_is_not_the_title(above: list[str]) -> None:
    text = page(*above, TITLE, LEAD, MIDDLE, LAST)
    assert titles(text) == [TITLE]
    assert body_lines(text) == [LEAD, MIDDLE, LAST]


@pytest.mark.parametrize(
    "headline",
    [
        "Việt Nam / Lào ký thỏa thuận hợp tác giáo dục giai đoạn mới",
        "Thủ tướng dự Hội nghị Thượng đỉnh ASEAN tại Jakarta",
        "Kinh tế Việt Nam tăng tốc trong quý I",
        "Hợp tác Kinh tế Văn hóa Giáo dục Việt Nam - Lào",
    ],
)
def test_near_miss_headlines_with_slashes_or_section_words_stay_titles(headline: str) -> None:
    assert titles(page(headline, LEAD, MIDDLE, LAST)) == [headline]


def test_near_miss_a_byline_with_a_slash_is_not_a_breadcrumb() -> None:
    found = blocks(page(TITLE, "Minh Anh / TTXVN", LEAD, MIDDLE, LAST))
    assert ("byline", "Minh Anh / TTXVN") in found


def test_a_crawl_stamp_below_the_menu_is_cut_off_the_lead() -> None:
    text = page("Trang chủ | Thời sự | Thế giới", "date 2025-05-14 " + LEAD, MIDDLE, LAST)
    assert body_lines(text) == [LEAD, MIDDLE, LAST]
    assert ("dateline", "date 2025-05-14") in blocks(text)
