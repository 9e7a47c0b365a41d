"""Round 9: page layouts with no clean headline or with furniture inside the article.

A lead that lost its full stop (a frame then its date set off by commas, or an act told as
done on a named day) is the body's first line, not the title; a headline directly above a
lead that opens with its date is the title even when it is long; the comment box's state,
"featured" grids and copyright footers end the article; a labelled source in lower case is a
credit; a table cell's caption, a template's token and an address slug are no body. Every page
here is invented.
"""

from __future__ import annotations

import pytest

from tests.boilerplate_helpers import blocks, body_lines, page, titles

HEADLINE = "Hợp tác nông nghiệp Việt Nam - Campuchia bước sang giai đoạn mới"
STAMP = "Thứ năm, 14/03/2024 - 09:15"
MORE = (
    "Tại buổi làm việc, hai bên nhất trí đẩy mạnh trao đổi kinh nghiệm về giống cây trồng, "
    "thủy lợi và chế biến nông sản trong thời gian tới."
)
LAST = (
    "Phía Campuchia cảm ơn sự hỗ trợ của Việt Nam và mong muốn mở rộng hợp tác tại các tỉnh "
    "biên giới của hai nước."
)

# Leads with no final full stop, in several shapes (frame then date; act done on a day).
UNPUNCTUATED_LEADS = [
    "Trong khuôn khổ chuyến công tác tại Campuchia, sáng 13/3, Bộ trưởng Nông nghiệp Lê Văn "
    "Tâm đã đến chào xã giao Phó Thủ tướng Campuchia Sok Vanna tại Phnom Penh",
    "Nhân dịp dự Hội nghị hợp tác vùng, chiều ngày 13/3, Chủ tịch UBND tỉnh An Giang Trần "
    "Quốc Hòa đã hội kiến Tỉnh trưởng tỉnh Takeo Vei Samnang tại trụ sở tỉnh",
    "Tại Phnom Penh, tối 13-3, Thứ trưởng Ngoại giao Đỗ Minh Hải đã có cuộc gặp với Quốc vụ "
    "khanh Bộ Ngoại giao Campuchia Kung Phoak về hợp tác biên giới",
    "Phó Thủ tướng Campuchia Sok Vanna đã tiếp Bộ trưởng Nông nghiệp Việt Nam Lê Văn Tâm, "
    "trong một buổi làm việc thân mật hôm thứ Tư 13.3.2024",
    "Đại sứ Việt Nam tại Campuchia Nguyễn Minh Khôi vừa chào xã giao Bộ trưởng Thương mại "
    "Campuchia Pan Sorasak tại trụ sở Bộ này ngày 13/3/2024 theo lịch làm việc",
]


@pytest.mark.parametrize("lead", UNPUNCTUATED_LEADS)
def test_unpunctuated_lead_is_body_not_title(lead: str) -> None:
    text = page("Tin tức", HEADLINE, STAMP, lead, HEADLINE, MORE, LAST)
    assert titles(text) == [HEADLINE]
    assert body_lines(text)[0] == lead


@pytest.mark.parametrize("lead", UNPUNCTUATED_LEADS[3:])
def test_unpunctuated_lead_past_widgets_and_image_name(lead: str) -> None:
    text = page(HEADLINE, "0", "17", lead, "anh-hoi-dam-01.jpg", MORE, LAST)
    assert titles(text) == [HEADLINE]
    assert body_lines(text)[0] == lead


# Near misses: long headlines that name a date but are no lead (no frame clause, no tense).
LONG_HEADLINES = [
    "Bộ trưởng Nông nghiệp Lê Văn Tâm chào xã giao Phó Thủ tướng Campuchia Sok Vanna nhân "
    "chuyến công tác tại Phnom Penh ngày 13/3",
    "Hội nghị hợp tác phát triển vùng biên giới Việt Nam - Campuchia lần thứ 12 sẽ diễn ra "
    "tại tỉnh An Giang vào tháng 4",
    "Tại Phnom Penh, Thứ trưởng Ngoại giao Đỗ Minh Hải gặp Quốc vụ khanh Bộ Ngoại giao "
    "Campuchia bàn về hợp tác biên giới",
]


@pytest.mark.parametrize("headline", LONG_HEADLINES)
def test_long_headline_without_a_lead_shape_stays_title(headline: str) -> None:
    lead = (
        "Sáng 13/3, tại Phnom Penh, Bộ trưởng Nông nghiệp Lê Văn Tâm đã có buổi làm việc với "
        "Phó Thủ tướng Campuchia Sok Vanna."
    )
    text = page(headline, STAMP, lead, MORE, LAST)
    assert titles(text) == [headline]
    assert body_lines(text)[0] == lead


LONG_TITLE = (
    "Tân Lãnh sự Hàn Quốc tại Đà Nẵng chào xã giao Ủy ban nhân dân và Hội Hữu nghị Việt Nam - "
    "Hàn Quốc tỉnh Quảng Nam trong ngày đầu nhận nhiệm vụ"
)


@pytest.mark.parametrize(
    "opening",
    ["Ngày 4 tháng 6 năm 2024,", "Chiều 4/6,", "Sáng ngày 4/6/2024,", "Ngày 4-6,"],
)
def test_long_headline_directly_above_a_dated_lead_is_the_title(opening: str) -> None:
    lead = (
        f"{opening} ông Park Min Soo, tân Lãnh sự Hàn Quốc tại Đà Nẵng đã đến chào xã giao "
        "Ủy ban nhân dân tỉnh Quảng Nam và Hội Hữu nghị Việt Nam - Hàn Quốc của tỉnh."
    )
    text = page(LONG_TITLE, lead, MORE, LAST)
    assert titles(text) == [LONG_TITLE]
    assert body_lines(text)[0] == lead


def test_long_first_paragraph_sharing_no_names_is_no_headline() -> None:
    # A first paragraph with no final stop that names other people is the article's text.
    first = (
        "Năm nay ngành nông nghiệp tỉnh đặt mục tiêu tăng trưởng ổn định nhờ mở rộng diện tích "
        "lúa chất lượng cao và đẩy mạnh xuất khẩu nông sản sang các thị trường mới"
    )
    lead = "Ngày 4/6, ông Park Min Soo đã đến chào xã giao Ủy ban nhân dân tỉnh Quảng Nam."
    text = page(first, lead, MORE)
    assert titles(text) == []
    assert body_lines(text)[0] == first


# Footers and widgets after the article: each family, several wordings.
FOOTERS = [
    ["Không có bình luận"],
    ["Chưa có bình luận nào."],
    ["0 bình luận"],
    ["(2) Ý kiến"],
    ["Hãy là người đầu tiên bình luận"],
    ["Nổi bật", "Tỉnh An Giang đón đoàn doanh nghiệp Nhật Bản"],
    ["Đừng bỏ lỡ", "Lãnh đạo tỉnh tiếp Đại sứ Úc"],
    ["Không thể bỏ lỡ", "Đoàn đại biểu Lào thăm Cần Thơ"],
    ["(*) Không sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản của Báo Miền Tây."],
    ["Nghiêm cấm sao chép nội dung khi chưa được sự cho phép của tòa soạn."],
    ["Mọi hình thức sao chép thông tin trên trang này phải ghi rõ nguồn."],
]


@pytest.mark.parametrize("footer", FOOTERS)
def test_footer_after_the_article_is_dropped(footer: list[str]) -> None:
    lead = "Chiều 4/6, Chủ tịch UBND tỉnh An Giang đã tiếp Tỉnh trưởng Takeo tại trụ sở tỉnh."
    text = page(HEADLINE, lead, MORE, LAST, *footer)
    assert body_lines(text)[-1] == LAST


@pytest.mark.parametrize(
    "sentence",
    [
        "Không có bình luận nào được đưa ra về kế hoạch này, người phát ngôn cho biết thêm.",
        "Hai bên cũng nhấn mạnh việc không sao chép mô hình cũ mà xây dựng cách làm mới phù "
        "hợp với điều kiện của mỗi tỉnh.",
        "Nổi bật trong năm qua là việc hai tỉnh ký kết bản ghi nhớ hợp tác về thương mại.",
    ],
)
def test_sentence_near_a_footer_stays_body(sentence: str) -> None:
    lead = "Chiều 4/6, Chủ tịch UBND tỉnh An Giang đã tiếp Tỉnh trưởng Takeo tại trụ sở tỉnh."
    text = page(HEADLINE, lead, MORE, sentence, LAST)
    assert sentence in body_lines(text)


@pytest.mark.parametrize("credit", ["Nguồn: zing", "Nguồn: vnexpress", "Source: reuters"])
def test_labelled_source_in_lower_case_is_a_credit(credit: str) -> None:
    lead = "Chiều 4/6, Chủ tịch UBND tỉnh An Giang đã tiếp Tỉnh trưởng Takeo tại trụ sở tỉnh."
    text = page(HEADLINE, lead, MORE, LAST, credit)
    assert body_lines(text)[-1] == LAST
    assert ("byline", credit) in blocks(text)


# Furniture inside the article.
@pytest.mark.parametrize(
    "furniture",
    [
        "Quang cảnh buổi làm việc |",
        "Bộ trưởng Lê Văn Tâm tại buổi tiếp. |",
        "Hai bên trao quà lưu niệm |",
        "[links()]",
        "{{related_news}}",
        "an giang tiep doan cong tac tinh takeo campuchia",
        "hop-tac-nong-nghiep viet-nam campuchia giai-doan-moi",
    ],
)
def test_furniture_between_paragraphs_is_no_body(furniture: str) -> None:
    lead = "Chiều 4/6, Chủ tịch UBND tỉnh An Giang đã tiếp Tỉnh trưởng Takeo tại trụ sở tỉnh."
    text = page(HEADLINE, lead, furniture, MORE, LAST)
    assert body_lines(text) == [lead, MORE, LAST]


@pytest.mark.parametrize(
    "line",
    [
        "Hai bên trao quà lưu niệm",  # a short line with no bar: left as it was
        "COVID-19 and ASEAN trade",  # unaccented words with capitals: no slug
        "Ghi chú (1)",
    ],
)
def test_near_furniture_stays_body(line: str) -> None:
    lead = "Chiều 4/6, Chủ tịch UBND tỉnh An Giang đã tiếp Tỉnh trưởng Takeo tại trụ sở tỉnh."
    text = page(HEADLINE, lead, line, MORE, LAST)
    assert line in body_lines(text)
