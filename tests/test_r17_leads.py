"""Round 17: the lead veto in page cleaning, and its mirror at the page's end.

The page's lead is the paragraph that names its act (a meeting, a visit, a message), the day
and the people. Whatever marker stands next to it ("Tin liên quan" above it, "Photo: X" or
"Ảnh: X" under it, an outlet's credit before it), it is never cleaned away as a related
teaser, a photo's caption or the page's head; an undated summary above it, telling the same
act, is the sapo. At the other end, names and offices alone under a caption or an image's alt
text are a credit, not the article's last sentence cut off; after "./." the article is over.

All wordings are invented (names, places, dates and outlets are made up).
"""

from __future__ import annotations

import pytest

from tests.boilerplate_helpers import blocks, body_lines, page

LONG = (
    "Hai bên nhất trí tăng cường trao đổi đoàn các cấp, thúc đẩy hợp tác trong các lĩnh vực "
    "giáo dục, nông nghiệp, năng lượng sạch và du lịch, đồng thời phối hợp chặt chẽ tại các "
    "diễn đàn đa phương."
)
THANKS = (
    "Phía bạn cảm ơn sự đón tiếp chu đáo và khẳng định mong muốn mở rộng quan hệ hợp tác giữa "
    "hai địa phương trong thời gian tới."
)

# -- a related-news marker above the lead ---------------------------------------------------

LETTER_LEAD = (
    "Ngày 22/8, Chủ tịch Hội Liên hiệp Thanh niên Việt Nam Đặng Minh Khôi đã gửi thư chúc mừng "
    "ông Sok Vanna, Chủ tịch Hội Liên hiệp Thanh niên Cam-pu-chia khóa mới."
)
WRAPPED = [
    "Bức thư có nội dung như sau: “Nhân dịp Đại hội đại biểu lần thứ IV của Hội Liên hiệp",
    "Thanh niên Cam-pu-chia thành công tốt đẹp; đồng chí được tín nhiệm bầu làm Chủ tịch, "
    "thay mặt Hội Liên hiệp",
]
LETTER_BODY = [
    "Thanh niên Việt Nam, tôi xin gửi tới đồng chí và các đồng chí trong Ban Chấp hành lời "
    "chúc mừng nhiệt liệt nhất.",
    "Chúng tôi tin tưởng quan hệ hợp tác giữa hai tổ chức thanh niên sẽ ngày càng phát triển, "
    "góp phần vun đắp tình hữu nghị giữa hai nước.",
]


@pytest.mark.parametrize("marker", ["Tin liên quan", "TIN LIÊN QUAN", "Bài liên quan"])
def test_lead_under_a_related_marker_is_kept(marker: str) -> None:
    text = page(
        "Thời sự",
        "Thư chúc mừng Chủ tịch Hội Liên hiệp Thanh niên Cam-pu-chia",
        "Thư chúc mừng Chủ tịch Hội Liên hiệp Thanh niên Cam-pu-chia Sok Vanna khóa mới.",
        marker,
        LETTER_LEAD,
        *WRAPPED,
        *LETTER_BODY,
    )
    kept = body_lines(text)
    assert kept[0] == LETTER_LEAD
    assert kept[1:] == [*WRAPPED, *LETTER_BODY]  # the lead's hard-wrapped lines go with it


# -- the lead above a photo's credit ---------------------------------------------------------

RECEPTION = (
    "In the afternoon of April 4, the official reception for Finnish President Aino Korhonen "
    "took place at the Presidential Palace with the highest honours accorded to a head of state."
)
TALKS = (
    "In the talks with Prime Minister Hoàng Văn Lâm, the Finnish President thanked Vietnam for "
    "its support and proposed to expand cooperation in forestry, education and clean energy."
)
FLIGHTS = (
    "The two leaders agreed to open more direct flights between the two countries, to boost "
    "exchanges of students and to sign a new agreement on investment protection soon."
)


@pytest.mark.parametrize(
    ("credit", "photo"),
    [
        ("", "Photo: VGP"),
        ("", "Ảnh: Minh Quân"),
        ("HNGOVNet – ", "Photo: HNGOVNet"),
        ("MOFAnews – ", "Photo: MOFAnews"),
    ],
)
def test_lead_above_a_photo_credit_is_kept(credit: str, photo: str) -> None:
    text = page(
        "Vietnamese Prime Minister meets with Finnish President",
        "05/04/2011 10:20:00",
        credit + RECEPTION,
        photo,
        TALKS,
        FLIGHTS,
        "By Minh Anh",
    )
    assert body_lines(text) == [RECEPTION, TALKS, FLIGHTS]
    if credit:
        assert ("byline", credit.split()[0]) in blocks(text)


def test_vietnamese_ceremony_lead_above_a_photo_credit_is_kept() -> None:
    lead = (
        "Sáng 5/4, lễ đón chính thức Tổng thống Cộng hòa Phần Lan Aino Korhonen đã diễn ra "
        "trọng thể tại Phủ Chủ tịch với đầy đủ nghi thức dành cho nguyên thủ quốc gia."
    )
    later = (
        "Tại cuộc hội đàm với Chủ tịch nước Hoàng Văn Lâm, Tổng thống Aino Korhonen cảm ơn sự "
        "ủng hộ của Việt Nam và đề nghị mở rộng hợp tác về lâm nghiệp, giáo dục và năng lượng."
    )
    text = page("Chủ tịch nước hội đàm với Tổng thống Phần Lan", lead, "Ảnh: TTXVN", later, LONG)
    assert body_lines(text) == [lead, later, LONG]


# -- an undated summary above the lead ----------------------------------------------------------


@pytest.mark.parametrize(
    "summary",
    [
        "(Tin Mới) - Trong điện thăm hỏi, lãnh đạo cấp cao Việt Nam bày tỏ quan tâm trước "
        "tình hình mưa lũ tại Mông Cổ; chuyển lời thăm hỏi chân thành tới nhân dân Mông Cổ.",
        "Trong thư chia buồn, Chủ tịch nước Lê Văn Hưng bày tỏ sự cảm thông sâu sắc với nhân "
        "dân Mông Cổ trước những mất mát do mưa lũ gây ra.",
    ],
)
def test_undated_summary_above_the_lead_is_its_sapo(summary: str) -> None:
    lead = (
        "Được tin nhiều tỉnh của Mông Cổ bị ngập lụt do mưa lũ kéo dài, ngày 12/7/2031, Chủ "
        "tịch nước Lê Văn Hưng đã gửi điện thăm hỏi tới Tổng thống Mông Cổ Bat Erdene."
    )
    later = (
        "Trong điện, Chủ tịch nước mong rằng nhân dân Mông Cổ sẽ sớm vượt qua khó khăn, khắc "
        "phục hậu quả của thiên tai và ổn định cuộc sống."
    )
    text = page("Điện thăm hỏi về mưa lũ ở Mông Cổ", summary, lead, later)
    assert body_lines(text) == [lead, later]


def test_summary_above_a_lead_that_points_back_stays() -> None:
    # "Cùng ngày" goes on from the paragraph above: that paragraph is the article's lead.
    first = (
        "Tại Trụ sở Chính phủ, Thủ tướng Vũ Đình Khải đã tiếp Đại sứ Ai Cập Ahmed Nasser đến "
        "chào từ biệt nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam."
    )
    second = (
        "Cùng ngày 4/8, Thủ tướng Vũ Đình Khải cũng đã tiếp Đại sứ Chi-lê Pablo Rojas đến chào "
        "nhận nhiệm vụ."
    )
    text = page("Thủ tướng tiếp Đại sứ Ai Cập và Đại sứ Chi-lê", first, second, LONG)
    assert body_lines(text) == [first, second, LONG]


# -- the page's end: names and offices under a caption are a credit --------------------------

END_LEAD = (
    "Chiều 14/5, tại Hội trường tỉnh, Chủ tịch UBND tỉnh Lâm Văn Hòa đã tiếp đoàn đại biểu "
    "tỉnh Champasak do Tỉnh trưởng Viengthong Siphandone dẫn đầu."
)
END_MID = (
    "Thay mặt lãnh đạo tỉnh, Chủ tịch UBND tỉnh Lâm Văn Hòa gửi lời chia sẻ trước những mất "
    "mát mà nhân dân tỉnh Champasak gặp phải trong đợt lũ vừa qua."
)
END_LAST = (
    "Ngay trong buổi chiều cùng ngày, đoàn công tác đã đi thăm hỏi các hộ dân bị ảnh hưởng "
    "đang ở tạm trong trường học của huyện Mỹ Tú."
)


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Các gia đình bị ảnh hưởng đang ở tạm trong trường học của huyện Mỹ Tú (Sóc Trăng)",
            "Ngọc Diệp – Sở Ngoại vụ",
        ),
        (
            "Đoàn công tác trao quà cho các hộ dân bị ảnh hưởng tại xã Long Hưng, huyện Mỹ Tú",
            "Minh Khang - Văn phòng UBND tỉnh",
        ),
        (
            "Chu tich tinh Lam Van Hoa tham ho dan vung lu huyen My Tu",
            "Chủ tịch UBND tỉnh Lâm Văn Hòa",
        ),
        ("Lanh dao tinh tiep doan dai bieu tinh Champasak", "Tỉnh trưởng Viengthong Siphandone"),
    ],
)
def test_names_under_a_caption_are_no_cut_off_sentence(caption: str, credit: str) -> None:
    text = page(
        "Chủ tịch tỉnh tiếp đoàn tỉnh Champasak", END_LEAD, END_MID, END_LAST, caption, credit
    )
    assert body_lines(text) == [END_LEAD, END_MID, END_LAST]


def test_office_under_its_alt_text_is_no_cut_off_sentence() -> None:
    lead = "Chiều 9/2, Thủ tướng Vũ Đình Khải đã điện đàm với Thủ tướng Lào Phankham Sithong."
    last = (
        "Thủ tướng Vũ Đình Khải cảm ơn Thủ tướng Phankham Sithong đã gửi thư chúc mừng và khẳng "
        "định mong muốn hợp tác chặt chẽ để đưa quan hệ hai nước lên tầm cao mới."
    )
    text = page(
        "Thủ tướng điện đàm với Thủ tướng Lào",
        lead,
        last,
        "Thu tuong Vu Dinh Khai dien dam voi thu tuong Lao",
        "Thủ tướng Vũ Đình Khải",
    )
    assert body_lines(text) == [lead, last]


def test_sentence_cut_under_a_caption_stays_body() -> None:
    # A verb after the names ("đề n"): the article's own sentence, cut by the excerpt.
    stub = "Phó Tỉnh trưởng Bun-mi Xay-pha đề n"
    caption = "Các thành viên hai đoàn chụp ảnh lưu niệm tại trụ sở UBND tỉnh Sóc Trăng"
    text = page(
        "Chủ tịch tỉnh tiếp đoàn tỉnh Champasak", END_LEAD, END_MID, END_LAST, caption, stub
    )
    assert body_lines(text)[-1] == stub


def test_two_sentences_cut_off_before_a_credit_are_the_last_line() -> None:
    last = (
        "Ông Peter Lindqvist cảm ơn sự đón tiếp nồng hậu của lãnh đạo tỉnh dành cho đoàn. Ông "
        "cho biết"
    )
    text = page(
        "Phó Chủ tịch tỉnh tiếp đoàn thành phố kết nghĩa Uppsala",
        END_LEAD,
        END_MID,
        last,
        "(T.L., Sở Ngoại vụ, ngày 5-6-2031)",
        "Các tin liên quan:",
        "- Hội nghị xúc tiến đầu tư vào tỉnh (31-05-2031)",
        "- Tỉnh khánh thành cầu Long Bình (25-05-2031)",
        "- Lễ hội trái cây Nam Bộ khai mạc (20-05-2031)",
    )
    assert body_lines(text) == [END_LEAD, END_MID, last]


# -- the end mark ----------------------------------------------------------------------------------

CITY_LEAD = (
    "Sáng 7/10, tại trụ sở Thành ủy, Bí thư Thành ủy Trần Văn Quý đã hội đàm với đoàn đại biểu "
    "thành phố Vientiane do ông Somphone Keo dẫn đầu."
)
CITY_END = (
    "Hai bên nhất trí tăng cường trao đổi đoàn các cấp, thúc đẩy hợp tác giáo dục, y tế và du "
    "lịch giữa hai thành phố./."
)


def test_paragraphs_after_the_end_mark_are_other_stories() -> None:
    text = page(
        "Hai thành phố thiết lập quan hệ hợp tác",
        CITY_LEAD,
        CITY_END,
        "Hơn 300 hộ dân ở phường Tân Sơn đã được hỗ trợ sửa chữa nhà ở sau đợt mưa lớn cuối "
        "tuần qua trên địa bàn thành phố.",
        "Sở Giao thông vận tải thành phố vừa công bố kế hoạch phân luồng phục vụ thi công cầu "
        "vượt tại nút giao phía Tây.",
    )
    assert body_lines(text) == [CITY_LEAD, CITY_END]


def test_byline_after_the_end_mark_stays_a_byline() -> None:
    text = page("Hai thành phố thiết lập quan hệ hợp tác", CITY_LEAD, CITY_END, "Minh Châu")
    assert body_lines(text) == [CITY_LEAD, CITY_END]
    assert ("byline", "Minh Châu") in blocks(text)


# -- near misses: copies and teasers stay dropped ---------------------------------------------


def test_dated_caption_with_its_credit_above_a_dated_lead_stays_a_caption() -> None:
    caption = "Thủ tướng Vũ Đình Khải tiếp Đại sứ Ai Cập Ahmed Nasser chiều 4/8. Ảnh: Trần Hải"
    lead = (
        "Chiều 4/8, tại Trụ sở Chính phủ, Thủ tướng Vũ Đình Khải đã tiếp Đại sứ Ai Cập Ahmed "
        "Nasser đến chào từ biệt."
    )
    text = page("Thủ tướng tiếp Đại sứ Ai Cập", caption, lead, LONG)
    assert body_lines(text) == [lead, LONG]


def test_dated_teasers_under_a_marker_above_an_undated_lead_stay_dropped() -> None:
    lead = (
        "Tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Lê Quang Bình đã tiếp Đại sứ Hungary Peter "
        "Szabo và đoàn công tác đến thăm và làm việc tại tỉnh."
    )
    text = page(
        "Chủ tịch tỉnh tiếp Đại sứ Hungary",
        "Tin liên quan",
        "Chủ tịch tỉnh tiếp Đại sứ Ba Lan ngày 12/4",
        "Chủ tịch tỉnh làm việc với đoàn doanh nghiệp Nhật Bản ngày 3/4",
        lead,
        LONG,
    )
    assert body_lines(text) == [lead, LONG]


def test_dated_credited_sapo_restated_by_its_lead_stays_the_sapo() -> None:
    lead = (
        "Chiều 10/7, tại Trụ sở Trung ương Đảng, Tổng Bí thư Hà Minh Tuấn tiếp Bộ trưởng Ngoại "
        "giao Lào Somsavat Keo đang thăm chính thức Việt Nam."
    )
    text = page(
        "Tổng Bí thư tiếp Bộ trưởng Ngoại giao Lào",
        "NDO - Chiều 10/7, tại Trụ sở Trung ương Đảng, Tổng Bí thư Hà Minh Tuấn đã tiếp Bộ "
        "trưởng Ngoại giao Lào Somsavat Keo.",
        lead,
        LONG,
    )
    assert body_lines(text) == [lead, LONG]


def test_undated_lead_of_another_act_above_a_dated_paragraph_stays() -> None:
    # Its people are named nowhere below: it is the page's first report, not a summary.
    first = (
        "Tại Nhà Quốc hội, Phó Chủ tịch Quốc hội Đinh Văn Thạch đã tiếp Chủ tịch Hạ viện "
        "Ma-rốc Karim Tazi đang thăm chính thức Việt Nam."
    )
    second = (
        "Chiều 9/6, Chủ tịch Quốc hội Lưu Hoàng Nam tiếp Chủ tịch Thượng viện Bỉ Anne Claes "
        "tại Nhà Quốc hội."
    )
    text = page("Lãnh đạo Quốc hội tiếp khách quốc tế", first, second, LONG)
    assert body_lines(text) == [first, second, LONG]


@pytest.mark.parametrize(
    ("caption", "credit", "lead"),
    [
        (
            "Thủ tướng Vũ Đình Khải tiếp Đại sứ Ai Cập Ahmed Nasser chiều 4/8 tại Trụ sở Chính "
            "phủ.",
            "Ảnh: VGP/Trần Hải",
            "Tại Trụ sở Chính phủ, Thủ tướng Vũ Đình Khải đã tiếp Đại sứ Ai Cập Ahmed Nasser đến "
            "chào từ biệt nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam.",
        ),
        (
            "President Lam Quoc Dung received Egyptian Ambassador Ahmed Nasser on August 4 at "
            "the Presidential Palace.",
            "Photo: VNA",
            "At the Presidential Palace, President Lam Quoc Dung received Egyptian Ambassador "
            "Ahmed Nasser, who came to bid farewell at the end of his term in Vietnam.",
        ),
    ],
)
def test_dated_caption_over_its_credit_above_an_undated_lead_stays_a_caption(
    caption: str, credit: str, lead: str
) -> None:
    # The lead below tells the same act without pointing back: the line over the credit is
    # that photo's caption, not a lead the cleaner lost.
    text = page(
        "Thủ tướng tiếp Đại sứ Ai Cập", "Cập nhật: 10:20, 05/08/2024", caption, credit, lead, LONG
    )
    assert caption not in body_lines(text)
    assert body_lines(text)[0] == lead


# -- the fallback: a page whose kept paragraphs name no act keeps its first lead ---------------

CONTEXT = (
    "Năm nay đánh dấu 50 năm quan hệ ngoại giao giữa hai nước, với nhiều hoạt động kỷ niệm được "
    "tổ chức trên khắp cả nước và tại nhiều địa phương của bạn."
)
GHANA_LEAD = (
    "Chiều 12/9, Chủ tịch nước Lê Văn Hưng đã hội đàm với Tổng thống Ghana Kwame Asante tại "
    "Phủ Chủ tịch."
)
TRADE = (
    "Hai nhà lãnh đạo nhất trí đưa kim ngạch thương mại song phương lên 1 tỷ USD, mở rộng hợp "
    "tác nông nghiệp, giáo dục và y tế, và khuyến khích doanh nghiệp hai nước kết nối."
)


def test_page_whose_kept_paragraphs_name_no_act_keeps_its_lead() -> None:
    text = page("Việt Nam và Ghana nâng tầm quan hệ", CONTEXT, GHANA_LEAD, "Ảnh: TTXVN", TRADE)
    assert body_lines(text) == [CONTEXT, GHANA_LEAD, TRADE]


def test_page_that_keeps_an_act_leaves_its_caption_alone() -> None:
    signing = (
        "Nhân dịp này, hai nước đã ký kết nhiều văn kiện hợp tác quan trọng về đầu tư và khoa học "
        "công nghệ."
    )
    text = page(
        "Việt Nam và Ghana nâng tầm quan hệ", CONTEXT, GHANA_LEAD, "Ảnh: TTXVN", TRADE, signing
    )
    assert GHANA_LEAD not in body_lines(text)
