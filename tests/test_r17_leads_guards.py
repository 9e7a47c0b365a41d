"""Round 17 regression repair: guards on the lead veto and the page-end rules.

The round's lead veto, its summary-above-lead rule and its names-only credit at the page's end
misfired on older pages: an arrival paragraph above a paragraph of the programme ("Theo kế
hoạch, ... sẽ hội kiến ...") was dropped as its summary; an image's alt text ("![]() Ngày 24/3,
Lễ khánh thành ...") and a photo's caption under its file name ("TBT X (T) và ông Y ... ngày
19/5/2014") were taken back as the lead; a cut-off last line opening a sentence ("Ngay sau
Lễ") or following a photo's credit ("Tỉnh đoàn Quảng Bìn" under "BÁ HOÀNG") was read as a
credit. The study constructions each guard leaves alone are checked beside them.

All wordings are invented (names, places, dates and outlets are made up).
"""

from __future__ import annotations

import pytest

from tests.boilerplate_helpers import body_lines, page
from tests.test_r17_leads import LONG

# -- a paragraph of the programme is no lead a summary restates ---------------------------------

ARRIVAL = (
    "Đón Chủ tịch nước Lê Văn Hưng và đoàn đại biểu cấp cao Việt Nam tại sân bay quốc tế "
    "Ezeiza có đại diện chính quyền thành phố Buenos Aires và đại diện Bộ Ngoại giao Ác-hen-ti-na."
)


@pytest.mark.parametrize(
    "programme",
    [
        "Theo kế hoạch, trong ngày 14/6, Chủ tịch nước Lê Văn Hưng sẽ hội kiến với Thị trưởng "
        "Buenos Aires và dự lễ khánh thành Trung tâm Thương mại Việt Nam.",
        "Trong ngày 14/6, Chủ tịch nước Lê Văn Hưng sẽ hội kiến với Thị trưởng Buenos Aires "
        "Martín Ocampo tại trụ sở chính quyền thành phố.",
    ],
)
def test_arrival_above_the_programme_stays_the_lead(programme: str) -> None:
    ceremony = (
        "Lễ đón chính thức Chủ tịch nước Lê Văn Hưng sẽ được tổ chức trọng thể tại Phủ Tổng thống "
        "ở thủ đô vào trưa 15/6."
    )
    text = page("Chủ tịch nước bắt đầu chuyến thăm Ác-hen-ti-na", ARRIVAL, programme, ceremony)
    assert body_lines(text)[0] == ARRIVAL


def test_undated_summary_above_a_reported_lead_is_still_its_sapo() -> None:
    # The study construction: the lead below reports the act done; the summary above is a sapo.
    summary = (
        "Trong thư chia buồn, Chủ tịch nước Lê Văn Hưng bày tỏ sự cảm thông sâu sắc với nhân "
        "dân Mông Cổ trước những mất mát do mưa lũ gây ra."
    )
    lead = (
        "Được tin nhiều tỉnh của Mông Cổ bị ngập lụt do mưa lũ kéo dài, ngày 12/7/2031, Chủ "
        "tịch nước Lê Văn Hưng đã gửi điện thăm hỏi tới Tổng thống Mông Cổ Bat Erdene."
    )
    text = page("Điện thăm hỏi về mưa lũ ở Mông Cổ", summary, lead, LONG)
    assert body_lines(text) == [lead, LONG]


# -- an image's alt text and a caption under its file name are no lead --------------------------

COMMENT = [
    "Một trong những ý tưởng hấp dẫn nhất của mọi học thuyết chính trị là tinh thần đoàn kết "
    "vượt qua biên giới giữa các dân tộc, điều mà nhiều thế hệ đã theo đuổi.",
    "Trong suốt thời gian tồn tại của phong trào, lý tưởng ấy đã được diễn dịch qua nhiều hành "
    "động khác nhau, có khi trái ngược nhau.",
]


def test_alt_text_with_an_act_and_a_day_is_no_lead() -> None:
    alt = (
        "![]() Ngày 18/4, Lễ khánh thành Nhà lưu niệm Chủ tịch Hồ Chí Minh đã được tổ chức "
        "long trọng tại Quảng Châu, Quảng Đông, Trung Quốc. |"
    )
    text = page(
        "Chủ tịch Quốc hội hội đàm trực tuyến với Chủ tịch Quốc hội Lào",
        alt,
        "![]() Các tỉnh thống nhất trong năm 2031 tiếp tục quán triệt thực hiện hiệu quả các "
        "nhận thức chung đã đạt được giữa lãnh đạo cấp cao hai Đảng, hai Nhà nước... |",
        "![]() |",
        "Chủ tịch Quốc hội Trần Văn Hòa chào Chủ tịch Quốc hội Lào Sai Somphone. Ảnh: Minh "
        "Đức/TTXVN |",
        "Cuộc hội đàm diễn ra ngay sau khi Quốc hội Lào tổ chức thành công kỳ họp thứ nhất, kiện "
        "toàn bộ máy lãnh đạo khóa mới.",
        *COMMENT,
    )
    assert alt not in body_lines(text)


@pytest.mark.parametrize("marker", [" (T)", " (trái)", ""])
def test_caption_under_an_image_file_name_is_no_lead(marker: str) -> None:
    caption = (
        f"Chủ tịch nước Lê Văn Hưng{marker} và ông Trần Minh Đức, Chủ tịch UBND tỉnh Nam Hà, "
        "nói chuyện với nhau trước phiên khai mạc kỳ họp Quốc hội tại Hà Nội vào ngày 19/5/2031."
    )
    text = page(
        "Tinh thần đoàn kết và lợi ích quốc gia",
        "Bình luận của Lê Minh, phóng viên",
        "000_Hkg4412871-600.jpg",
        caption,
        "AFP photo",
        *COMMENT,
    )
    assert caption not in body_lines(text)
    assert body_lines(text)[0] == COMMENT[0]


def test_lead_above_a_photo_credit_is_still_kept() -> None:
    # The study construction: a lead with no image above it, over its photo's credit.
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


# -- the page's cut-off last line ----------------------------------------------------------------

END_LEAD = (
    "Chiều 14/5, tại Hội trường tỉnh, Chủ tịch UBND tỉnh Lâm Văn Hòa đã tiếp đoàn đại biểu "
    "tỉnh Champasak do Tỉnh trưởng Viengthong Siphandone dẫn đầu."
)
END_MID = (
    "Thay mặt lãnh đạo tỉnh, Chủ tịch UBND tỉnh Lâm Văn Hòa gửi lời chia sẻ trước những mất "
    "mát mà nhân dân tỉnh Champasak gặp phải trong đợt lũ vừa qua."
)
CAPTION = "Chủ tịch UBND tỉnh Lâm Văn Hòa và Tỉnh trưởng Viengthong Siphandone duyệt đội danh dự."


@pytest.mark.parametrize("stub", ["Ngay sau Lễ", "Kết thúc Hội", "Sau đó Đoàn"])
def test_sentence_cut_after_one_capital_under_a_caption_is_the_last_line(stub: str) -> None:
    text = page("Chủ tịch tỉnh tiếp đoàn tỉnh Champasak", END_LEAD, END_MID, CAPTION, CAPTION, stub)
    assert body_lines(text)[-1] == stub


@pytest.mark.parametrize("stub", ["Tỉnh đoàn Sóc Trăn", "Ban Đối ngoại Tỉnh ủy Sóc"])
def test_names_cut_under_a_photo_credit_are_the_last_line(stub: str) -> None:
    text = page(
        "Tuổi trẻ hai tỉnh kết nối",
        END_LEAD,
        "Đoàn công tác dâng hương tại khu tưởng niệm Chủ tịch Kaysone Phomvihane",
        "MINH TÚ",
        END_MID,
        "Cán bộ Tỉnh đoàn thăm, tặng quà tại Trường hữu nghị Champasak - Sóc Trăng",
        "MINH TÚ",
        stub,
    )
    assert body_lines(text)[-1] == stub


@pytest.mark.parametrize(
    "credit",
    ["Ngọc Diệp – Sở Ngoại vụ", "Chủ tịch UBND tỉnh Lâm Văn Hòa", "Thủ tướng Vũ Đình Khải"],
)
def test_credit_under_a_caption_is_still_no_cut_off_sentence(credit: str) -> None:
    # The study construction: names and offices alone right under a caption.
    last = (
        "Ngay trong buổi chiều cùng ngày, đoàn công tác đã đi thăm hỏi các hộ dân bị ảnh hưởng "
        "đang ở tạm trong trường học của huyện Mỹ Tú."
    )
    caption = "Các gia đình bị ảnh hưởng đang ở tạm trong trường học của huyện Mỹ Tú (Sóc Trăng)"
    text = page("Chủ tịch tỉnh tiếp đoàn tỉnh Champasak", END_LEAD, END_MID, last, caption, credit)
    assert body_lines(text) == [END_LEAD, END_MID, last]
