"""Round 16: a lead is not a sapo because the paragraph below echoes it.

Two page shapes the round-15 blind pages showed, in invented wordings (names, places, dates and
outlets are made up):

- An invitation paragraph ("Nhận lời mời của X, đoàn Y thăm Z từ ngày D1 - D2") under a
  headline that reports one act of the visit, above the dated paragraph of that act. The
  invitation is narration and stays the article's lead (README round 8 #38: "Invitation
  paragraphs are narration and stay the lead"); it alone gives the visit's span and the full
  offices of the sides.
- A first paragraph that opens with the act's own day, above a paragraph that goes on about the
  same act without any date ("Tham dự buổi làm việc, về phía ... có ..."). The dated paragraph
  is the narration (README round 8 #3, round 9 #12: the first paragraph is the lead when it is
  dated or continued by the next one); it is a sapo only when the paragraph below restarts the
  news with a date of its own.
"""

from __future__ import annotations

import pytest

from tests.boilerplate_helpers import body_lines, page, titles

# -- invitation leads -------------------------------------------------------------------------

INVITATIONS = [
    (
        "Chủ tịch Quốc hội Đỗ Minh Khang hội đàm với Chủ tịch Thượng viện Ma-li",
        "Nhận lời mời của Chủ tịch Quốc hội Đỗ Minh Khang, Đoàn đại biểu Thượng viện Ma-li do "
        "Chủ tịch Thượng viện Amadou Keita dẫn đầu thăm chính thức Việt Nam từ ngày 4 - 7/6.",
        "Chiều 5/6, tại Nhà Quốc hội, Chủ tịch Quốc hội Đỗ Minh Khang đã hội đàm với Chủ tịch "
        "Thượng viện Amadou Keita.",
    ),
    (
        "Chủ tịch Hội Nông dân Trần Văn Lực làm việc với Liên minh Nông dân Mông Cổ",
        "Nhận lời mời của Liên minh Nông dân Mông Cổ, Đoàn đại biểu Hội Nông dân Việt Nam do "
        "đồng chí Trần Văn Lực - Ủy viên Trung ương Đảng, Chủ tịch Hội Nông dân Việt Nam - làm "
        "trưởng đoàn sang làm việc tại Mông Cổ từ ngày 12 – 15.9.",
        "Sáng 12.9, tại Thủ đô U-lan Ba-to, Đoàn do đồng chí Trần Văn Lực dẫn đầu đã có buổi "
        "làm việc với Liên minh Nông dân Mông Cổ do ông Batbold Tsend chủ trì.",
    ),
    (
        "Hội đàm giữa Chủ tịch nước Lâm Quang Vĩnh và Tổng thống Cộng hòa Síp",
        "Nhận lời mời của Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam Lâm Quang Vĩnh, "
        "Tổng thống Cộng hòa Síp Andreas Nikolaou đã thăm cấp Nhà nước Việt Nam từ ngày "
        "30/9-2/10/2019.",
        "Ngày 30/9, Chủ tịch nước Lâm Quang Vĩnh đã tiến hành hội đàm với Tổng thống Andreas "
        "Nikolaou. Hai bên đã trao đổi về quan hệ hai nước.",
    ),
    (
        "Bộ trưởng Tư pháp Hồ Đức Tài tiếp Bộ trưởng Tư pháp Mô-dăm-bích",
        "Được sự nhất trí và nhận lời mời của Bộ Tư pháp Việt Nam, Bộ trưởng Tư pháp Mô-dăm-bích "
        "Helena Matola dẫn đầu đoàn công tác thăm và làm việc tại Việt Nam từ 20 đến 24/3.",
        "Chiều ngày 21/3, tại trụ sở Bộ Tư pháp, Bộ trưởng Hồ Đức Tài đã tiếp và làm việc với "
        "Bộ trưởng Helena Matola.",
    ),
    (
        "Thủ tướng Phan Văn Định hội kiến Tổng thống Pê-ru",
        "Nhận lời mời của Tổng thống Cộng hòa Pê-ru Luis Quispe, Thủ tướng Chính phủ Phan Văn "
        "Định thăm chính thức Pê-ru từ ngày 8 đến ngày 10 tháng 11.",
        "Tối 8/11 (giờ địa phương), tại Phủ Tổng thống ở Thủ đô Li-ma, Thủ tướng Phan Văn Định "
        "đã hội kiến Tổng thống Luis Quispe.",
    ),
    (
        "Hai Bộ trưởng Quốc phòng ký Bản ghi nhớ hợp tác",
        "Nhận lời mời của Bộ trưởng Quốc phòng Cộng hòa Séc Pavel Dvořák, Đại tướng Ngô Xuân "
        "Trường, Bộ trưởng Bộ Quốc phòng Việt Nam thăm chính thức Séc từ 3-6/4/2023.",
        "Sáng 4/4, tại Praha, hai Bộ trưởng đã ký Bản ghi nhớ về hợp tác quốc phòng sau khi "
        "hội đàm.",
    ),
]
INVITATION_MORE = (
    "Hai bên nhất trí tăng cường trao đổi đoàn các cấp, chia sẻ kinh nghiệm và phối hợp chặt chẽ "
    "tại các diễn đàn đa phương trong thời gian tới."
)


@pytest.mark.parametrize(("title", "invitation", "dated"), INVITATIONS)
def test_an_invitation_paragraph_above_the_act_s_dated_paragraph_is_the_lead(
    title: str, invitation: str, dated: str
) -> None:
    body = body_lines(page(title, invitation, dated, INVITATION_MORE))
    assert body[:2] == [invitation, dated]


@pytest.mark.parametrize(("title", "invitation", "dated"), INVITATIONS[:3])
def test_the_invitation_lead_stays_across_layouts(title: str, invitation: str, dated: str) -> None:
    # A stamp and a byline under the headline, a photo caption between the two paragraphs,
    # single line breaks: the same layout for the reader.
    text = "\n".join(
        [
            title,
            "Thứ năm, 05/06/2025 18:20",
            invitation,
            "Quang cảnh buổi làm việc. Ảnh: Minh Anh",
            dated,
            INVITATION_MORE,
        ]
    )
    assert body_lines(text)[0] == invitation


def test_a_summary_above_the_invitation_lead_is_still_the_sapo() -> None:
    # Near miss: the credited one-line summary under the headline is the sapo (round 8 #38);
    # the invitation paragraph below it is the lead.
    title, invitation, dated = INVITATIONS[0]
    summary = (
        "(TTXVN) - Chủ tịch Quốc hội Đỗ Minh Khang và Chủ tịch Thượng viện Amadou Keita nhất trí "
        "tăng cường hợp tác nghị viện."
    )
    body = body_lines(page(title, summary, invitation, dated, INVITATION_MORE))
    assert body[:2] == [invitation, dated]


# -- a dated first paragraph continued by an undated one ---------------------------------------

CONTINUED = [
    (
        "UBND tỉnh làm việc với Đoàn công tác của Tổng Lãnh sự quán Thái Lan tại Thành phố Hồ Chí "
        "Minh",
        "Chiều 9/10, UBND tỉnh tổ chức buổi làm việc với Đoàn công tác của Tổng Lãnh sự quán "
        "Thái Lan tại Thành phố Hồ Chí Minh.",
        "Tham dự buổi làm việc, về phía Đoàn công tác của Tổng Lãnh sự quán Thái Lan tại Thành "
        "phố Hồ Chí Minh do ông Somchai Rattana - Tổng Lãnh sự làm trưởng đoàn.",
    ),
    (
        "Sở Ngoại vụ tiếp Đoàn công tác của Đại sứ quán Cu-ba tại Việt Nam",
        "Sáng ngày 3.4, Sở Ngoại vụ tỉnh đã tiếp Đoàn công tác của Đại sứ quán Cu-ba tại Việt Nam.",
        "Dự buổi tiếp, về phía Đoàn công tác của Đại sứ quán Cu-ba tại Việt Nam có bà Marta "
        "Pérez, Tham tán Chính trị; về phía tỉnh có đồng chí Lê Văn Hòa, Giám đốc Sở Ngoại vụ.",
    ),
    (
        "Hội Hữu nghị tỉnh gặp mặt Đoàn đại biểu Hội Hữu nghị tỉnh Chăm-pa-sắc",
        "Ngày 14-2, Hội Hữu nghị tỉnh gặp mặt Đoàn đại biểu Hội Hữu nghị tỉnh Chăm-pa-sắc.",
        "Cùng dự buổi gặp mặt, về phía Đoàn đại biểu Hội Hữu nghị tỉnh Chăm-pa-sắc có ông "
        "Khamla Sayavong, Chủ tịch Hội Hữu nghị tỉnh Chăm-pa-sắc.",
    ),
]
CONTINUED_MORE = (
    "Phát biểu tại buổi làm việc, lãnh đạo tỉnh chào mừng đoàn và mong muốn hai bên tăng cường "
    "hợp tác trong lĩnh vực giáo dục, thương mại và du lịch."
)


@pytest.mark.parametrize(("title", "dated", "continued"), CONTINUED)
def test_a_dated_first_paragraph_continued_without_a_date_is_the_lead(
    title: str, dated: str, continued: str
) -> None:
    body = body_lines(page(title, dated, continued, CONTINUED_MORE))
    assert body[:2] == [dated, continued]


@pytest.mark.parametrize(("title", "dated", "continued"), CONTINUED)
def test_the_dated_lead_stays_under_a_stamp_and_over_a_caption(
    title: str, dated: str, continued: str
) -> None:
    text = "\n".join(
        [
            title,
            "Ngày đăng: 12/10/2023 08:21",
            dated,
            "Các đại biểu dự buổi làm việc. |",
            continued,
            CONTINUED_MORE,
        ]
    )
    assert body_lines(text)[0] == dated


@pytest.mark.parametrize(
    "summary",
    [
        # Near misses: a dated summary that the paragraph below says again with its own date
        # is a sapo (the news restarts there), credited or not.
        "Ngày 22/8, lễ trao Quyết định phong hàm Đại sứ cho 40 cán bộ ngoại giao đã được tổ chức "
        "tại Phủ Chủ tịch.",
        "(VOV5) - Ngày 22/8, lễ trao Quyết định phong hàm Đại sứ cho 40 cán bộ ngoại giao đã "
        "được tổ chức tại Phủ Chủ tịch.",
    ],
)
def test_a_dated_summary_said_again_with_its_date_is_still_a_sapo(summary: str) -> None:
    lead = (
        "Ngày 22/8, lễ trao Quyết định phong hàm Đại sứ cho 40 cán bộ ngoại giao đã được tổ chức "
        "tại Phủ Chủ tịch, nhân dịp kỷ niệm ngày thành lập ngành ngoại giao."
    )
    more = (
        "Thay mặt lãnh đạo Đảng, Nhà nước, Chủ tịch nước Lâm Quang Vĩnh đã trao quyết định "
        "phong hàm Đại sứ cho các cán bộ được phong hàm trong dịp này."
    )
    body = body_lines(page("40 cán bộ ngoại giao được phong hàm Đại sứ", summary, lead, more))
    assert body[0] == lead


# -- a letter's signature after its closing ----------------------------------------------------

LETTER = [
    "Thư chúc Tết của Chủ tịch nước",
    "Thưa đồng bào, đồng chí và chiến sĩ cả nước!",
    "Nhân dịp năm mới, thay mặt lãnh đạo Đảng, Nhà nước, tôi thân ái gửi tới toàn thể đồng bào, "
    "đồng chí và chiến sĩ cả nước lời chúc mừng tốt đẹp nhất.",
    "Năm qua, toàn dân tộc ta đã nỗ lực vượt qua nhiều khó khăn, thử thách, đạt được những thành "
    "quả quan trọng trên các lĩnh vực.",
]


@pytest.mark.parametrize("closing", ["Chào thân ái!", "Trân trọng.", "Kính thư."])
@pytest.mark.parametrize(
    "signature",
    [
        "Lâm Quang Vĩnh - Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam.",
        "Lâm Quang Vĩnh – Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        "Lâm Quang Vĩnh, Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        "Ngô Thị Hằng - Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam.",
    ],
)
def test_a_signature_with_its_office_on_one_line_closes_the_letter(
    closing: str, signature: str
) -> None:
    body = body_lines(page(*LETTER, closing, signature))
    assert body[-1] == signature


def test_a_caption_of_name_and_act_after_a_report_is_no_signature() -> None:
    # Near miss: a news report (no letter) whose last line pictures the leader.
    report = [
        "Chủ tịch nước tiếp Đại sứ Chi-lê",
        "Chiều 5/3, tại Phủ Chủ tịch, Chủ tịch nước Lâm Quang Vĩnh đã tiếp Đại sứ Chi-lê Pablo "
        "Rojas đến chào từ biệt.",
        "Hai bên nhất trí tăng cường hợp tác kinh tế, thương mại và giáo dục trong thời gian tới.",
        "Lâm Quang Vĩnh - Chủ tịch nước tiếp Đại sứ Pablo Rojas.",
    ]
    assert body_lines(page(*report))[-1] == report[2]


# -- a reproduced letter's sender block and salutation -----------------------------------------

SENDERS = [
    [
        "GS. Maria Santos, Ph.D",
        "Chủ tịch Liên đoàn Phụ nữ Phi-líp-pin (FWP)",
        "Chủ tịch Hội đồng các Tổ chức Phụ nữ châu Á (CAWO)",
    ],
    [
        "Tiến sĩ Anan Wongsa",
        "Tổng Thư ký Liên đoàn Công đoàn Thái Lan",
    ],
]
SALUTATIONS = ["Bà Chủ tịch kính mến,", "Thưa Bà Chủ tịch,", "Các đồng chí thân mến!"]
LETTER_TEXT = (
    "Thay mặt Liên đoàn, tôi xin gửi tới Bà lời chúc mừng tốt đẹp nhân dịp Đại hội đại biểu "
    "toàn quốc lần thứ 12 của Hội."
)
LETTER_MORE = (
    "Hơn 90 năm qua, Hội đã có đóng góp to lớn cho sự phát triển của đất nước và cho phong "
    "trào phụ nữ trong khu vực."
)


@pytest.mark.parametrize("sender", SENDERS)
@pytest.mark.parametrize("salutation", SALUTATIONS)
def test_a_letter_s_sender_block_opens_the_body(sender: list[str], salutation: str) -> None:
    title = "Thư chúc mừng Đại hội của Chủ tịch CAWO"
    lines = [title, "", "08/03/2030", *sender, "", "Kính gửi: Bà Chủ tịch Hội Phụ nữ Việt Nam"]
    text = "\n".join(lines) + "\n\n" + page(salutation, LETTER_TEXT, LETTER_MORE)
    body = body_lines(text)
    assert body[0] == sender[0]
    assert salutation in body and LETTER_TEXT in body
    assert titles(text) == [title]


def test_an_office_line_under_a_news_headline_is_no_sender_block() -> None:
    # Near miss: no address block under it, a news page's byline and office.
    text = page(
        "Chủ tịch Hội Phụ nữ tiếp Chủ tịch CAWO",
        "Minh Anh",
        "Chiều 8/3, tại Hà Nội, Chủ tịch Hội Phụ nữ Việt Nam Lê Thị Hoa đã tiếp bà Maria Santos, "
        "Chủ tịch Hội đồng các Tổ chức Phụ nữ châu Á.",
        LETTER_MORE,
    )
    assert body_lines(text)[0].startswith("Chiều 8/3")


# -- an outlet's or a dateline's credit before the lead ----------------------------------------

CREDIT_LEAD = (
    "Tiếp tục chương trình công tác, chiều 9/8, đoàn công tác của HĐND tỉnh do ông Lò Văn Thành "
    "làm trưởng đoàn đã tới chào xã giao lãnh đạo tỉnh Phông-sa-lỳ."
)


@pytest.mark.parametrize(
    "credit",
    [
        "Sơn La TV - ",
        "Hà Giang TV – ",
        "Quảng Ninh TV — ",
        "ĐÀ NẴNG -- ",
        "TÒA TỔNG GIÁM MỤC HUẾ -- ",
        "THÀNH PHỐ HỒ CHÍ MINH - ",
    ],
)
def test_a_credit_before_the_lead_is_no_part_of_it(credit: str) -> None:
    title = "Đoàn công tác HĐND tỉnh chào xã giao lãnh đạo tỉnh Phông-sa-lỳ"
    body = body_lines(page(title, credit + CREDIT_LEAD, INVITATION_MORE))
    assert body[0] == CREDIT_LEAD


@pytest.mark.parametrize(
    "lead",
    [
        # Near misses: a pair of countries or a body's name before a dash is the sentence.
        "Việt Nam - Lào nhất trí tăng cường hợp tác trong lĩnh vực giáo dục và đào tạo.",
        "Hội nghị ASEAN - Nhật Bản đã khai mạc sáng 9/8 tại Viêng Chăn với sự tham dự của các "
        "bộ trưởng.",
        "Diễn đàn Kinh tế Việt Nam - EU diễn ra sáng 9/8 tại Hà Nội với sự tham dự của nhiều "
        "doanh nghiệp.",
    ],
)
def test_a_dash_inside_the_lead_s_sentence_is_no_credit(lead: str) -> None:
    body = body_lines(page("Hợp tác khu vực", lead, INVITATION_MORE))
    assert body[0] == lead


# -- the page's last line under an image's file name -------------------------------------------


@pytest.mark.parametrize(
    "image", ["z5381869576000_920bdf97d4173229a97bf0a2f34e8ad6.jpg", "IMG_20240425_1530.JPG"]
)
@pytest.mark.parametrize(
    "cut",
    [
        "Từ trụ sở làm việc của tỉnh dễ dàng nhìn thấy ngọn núi nổi tiến",
        "Quang cảnh buổi làm việc giữa hai đo",
        "Đoàn công tác chụp ảnh lưu niệm cùng lãnh đạo",
    ],
)
def test_a_cut_line_under_an_image_name_is_its_caption(image: str, cut: str) -> None:
    last = (
        "Hai tỉnh cần tăng cường giao lưu, quảng bá tới du khách để kết nối, khai thác hiệu quả "
        "tiềm năng du lịch."
    )
    text = page("Chủ tịch tỉnh làm việc với Thống đốc", CREDIT_LEAD, last, image, cut)
    assert body_lines(text)[-1] == last


def test_a_cut_paragraph_after_a_caption_stays_body() -> None:
    # Near miss: no image name above it, the cut paragraph goes on from the article.
    last = "Hai tỉnh cần tăng cường giao lưu, quảng bá tới du khách."
    cut = "Tại buổi làm việc, hai bên cũng thống nhất sẽ sớm ký kết biên bản ghi nhớ về hợp tá"
    text = page("Chủ tịch tỉnh làm việc với Thống đốc", CREDIT_LEAD, last, cut)
    assert body_lines(text)[-1] == cut
