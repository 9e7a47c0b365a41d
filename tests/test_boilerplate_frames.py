"""Lines that frame the article without being part of it: the invitation frame printed above a
dated lead, and the chrome a page prints after the article's last paragraph.

Every page here is invented (outlets, people, places); each reproduces one construction of the
real-page corpus in other words, beside the pages the rule must leave alone.
"""

from __future__ import annotations

from tests.test_boilerplate_lead import blocks, body, page

TALKS_TITLE = "Chủ tịch Quốc hội Đỗ Minh Khang hội đàm với Chủ tịch Thượng viện Ma-li"
VISIT_TITLE = "Đoàn đại biểu Thượng viện Ma-li thăm chính thức Việt Nam"
FRAME = (
    "Nhận lời mời của Chủ tịch Quốc hội Đỗ Minh Khang, Đoàn đại biểu Thượng viện Ma-li do "
    "Chủ tịch Thượng viện Amadou Keita dẫn đầu thăm chính thức Việt Nam từ ngày 4 - 7/6."
)
DATED_LEAD = (
    "Chiều 5/6, tại Nhà Quốc hội, ngay sau lễ đón chính thức, Chủ tịch Quốc hội Đỗ Minh Khang "
    "đã hội đàm với Chủ tịch Thượng viện Amadou Keita."
)
LATER = (
    "Hai bên nhất trí tăng cường trao đổi đoàn các cấp, chia sẻ kinh nghiệm lập pháp và "
    "phối hợp chặt chẽ tại các diễn đàn nghị viện đa phương."
)


def titles_and_body(text: str) -> tuple[list[str], list[str]]:
    labelled = blocks(text)
    return (
        [quoted for kind, _rule, quoted in labelled if kind == "title"],
        [quoted for kind, _rule, quoted in labelled if kind == "body"],
    )


def test_invitation_frame_above_a_dated_lead_is_the_lead() -> None:
    # Round 16: an invitation paragraph is narration and stays the lead under any headline
    # (README round 8 #38); it alone gives the visit's span (a blind page's talks, BR01's shape).
    text = page(TALKS_TITLE, "Thứ năm, 05/06/2025 18:20", FRAME, DATED_LEAD, LATER)
    assert body(text) == [FRAME, DATED_LEAD, LATER]


def test_invitation_frame_is_the_lead_when_the_headline_reports_the_visit() -> None:
    # The headline is the visit: the frame reports it, the dated paragraph goes on with the
    # programme of the visit.
    text = page(VISIT_TITLE, FRAME, DATED_LEAD, LATER)
    assert body(text) == [FRAME, DATED_LEAD, LATER]


def test_credited_invitation_frame_is_the_lead() -> None:
    credited = "(TTXVN) - " + FRAME
    text = page(TALKS_TITLE, credited, DATED_LEAD, LATER)
    assert body(text)[0] == FRAME


def test_invitation_frame_above_an_undated_paragraph_is_the_lead() -> None:
    text = page(TALKS_TITLE, FRAME, LATER)
    assert body(text) == [FRAME, LATER]


def test_invitation_frame_under_a_summary_is_the_lead() -> None:
    # A page has one summary: below a teaser sapo, the frame opens the article.
    teaser = (
        "Chiều 5/6, tại Nhà Quốc hội, Chủ tịch Quốc hội Đỗ Minh Khang đã chủ trì lễ đón "
        "Chủ tịch Thượng viện Amadou Keita..."
    )
    text = page(TALKS_TITLE, teaser, FRAME, DATED_LEAD, LATER)
    assert body(text) == [FRAME, DATED_LEAD, LATER]


# -- chrome after the last paragraph ------------------------------------------------------------

REPORT_TITLE = "Phó Thủ tướng Lâm Quốc Bảo tiếp Bộ trưởng Thương mại Cô-lôm-bi-a"
REPORT_LEAD = (
    "Sáng 14/10, tại Trụ sở Chính phủ, Phó Thủ tướng Lâm Quốc Bảo đã tiếp Bộ trưởng Thương "
    "mại Cô-lôm-bi-a Laura Ortega nhân dịp bà thăm làm việc tại Việt Nam."
)
REPORT_LAST = (
    "Bộ trưởng Laura Ortega mong muốn hai bên sớm khởi động đàm phán một hiệp định thương mại "
    "song phương, mở rộng thị trường cho cà phê và nông sản."
)


def test_print_and_back_to_top_buttons_are_a_widget() -> None:
    text = page(REPORT_TITLE, REPORT_LEAD, REPORT_LAST, "Back Top page Print Email |")
    assert body(text) == [REPORT_LEAD, REPORT_LAST]


def test_video_player_messages_are_widgets() -> None:
    for message in (
        "Bạn gặp sự cố gì khi xem video này?",
        "Trình duyệt của bạn không hỗ trợ thẻ video.",
    ):
        text = page(REPORT_TITLE, REPORT_LEAD, REPORT_LAST, message)
        assert body(text) == [REPORT_LEAD, REPORT_LAST], message


def test_contributions_notice_with_an_address_is_no_cut_off_line() -> None:
    notice = "Tin bài, ảnh cộng tác xin gửi về hộp thư bantin@dulieumau.vn"
    text = page(REPORT_TITLE, REPORT_LEAD, REPORT_LAST, notice)
    assert body(text) == [REPORT_LEAD, REPORT_LAST]


def test_same_section_heading_closes_the_article() -> None:
    # Last on the page, where the excerpt is cut off, it is no cut-off sentence either.
    teaser = "Đoàn doanh nghiệp Cô-lôm-bi-a khảo sát khu công nghiệp Bình Dương"
    heading = "Bài viết cùng chuyên mục"
    for tail in ((heading, teaser), (heading,)):
        text = page(REPORT_TITLE, REPORT_LEAD, REPORT_LAST, *tail)
        assert body(text) == [REPORT_LEAD, REPORT_LAST]


def test_section_label_with_a_view_counter_is_no_headline() -> None:
    # The headline names no one the lead names, so only the label's shape can lose it.
    label = "Chuyên mục: TIN HOẠT ĐỘNG CỦA LÃNH ĐẠO CHÍNH PHỦ | Lượt xem : 4,210"
    title = "MỞ RỘNG HỢP TÁC THƯƠNG MẠI VỚI MỸ LATINH"
    text = page(label, title, REPORT_LEAD, REPORT_LAST)
    assert titles_and_body(text)[0] == [title]


# -- lines that end in a colon ------------------------------------------------------------------


def test_kicker_yields_to_the_headline_it_opens() -> None:
    kicker = "Diễn đàn Hợp tác Nông nghiệp Việt Nam - Mỹ Latinh lần thứ nhất:"
    headline = "Mở ra những chân trời mới"
    text = page(kicker, headline, "09:15 14/10/2025", REPORT_LEAD, REPORT_LAST)
    assert titles_and_body(text) == ([headline], [REPORT_LEAD, REPORT_LAST])


def test_line_introducing_the_first_paragraph_is_body_not_a_title() -> None:
    intro = "Theo thông báo của Văn phòng Chính phủ:"
    text = page(intro, REPORT_LEAD, REPORT_LAST)
    assert titles_and_body(text) == ([], [intro, REPORT_LEAD, REPORT_LAST])


def test_line_introducing_the_first_paragraph_under_a_headline() -> None:
    intro = "Theo thông báo của Văn phòng Chính phủ:"
    text = page(REPORT_TITLE, intro, REPORT_LEAD, REPORT_LAST)
    assert titles_and_body(text) == ([REPORT_TITLE], [intro, REPORT_LEAD, REPORT_LAST])


# -- a headline run into its lead on one line ---------------------------------------------------

GLUED_HEADLINE = "Đoàn đại biểu tỉnh Cao Bằng thăm và làm việc tại tỉnh Quảng Tây (Trung Quốc)"
GLUED_LEAD = (
    "Ngày 12/5, đoàn đại biểu tỉnh Cao Bằng do ông Hoàng Văn Tú, Phó Chủ tịch UBND tỉnh, làm "
    "trưởng đoàn đã đến thăm và làm việc tại tỉnh Quảng Tây."
)
GLUED_LATER = (
    "Hai bên trao đổi về hợp tác thương mại qua các cặp cửa khẩu và phối hợp quản lý biên "
    "giới trong thời gian tới."
)


def test_section_headline_and_dated_lead_on_one_line_are_split() -> None:
    glued = f"Thời sự {GLUED_HEADLINE} {GLUED_LEAD}"
    titles, kept = titles_and_body(page("date 2025-05", glued, GLUED_LATER))
    assert titles == [GLUED_HEADLINE]
    assert kept == [GLUED_LEAD, GLUED_LATER]


def test_headline_and_dated_lead_on_one_line_are_split() -> None:
    titles, kept = titles_and_body(page(f"{GLUED_HEADLINE} {GLUED_LEAD}", GLUED_LATER))
    assert titles == [GLUED_HEADLINE]
    assert kept == [GLUED_LEAD, GLUED_LATER]


def test_a_date_inside_a_lead_does_not_split_it() -> None:
    # A capitalised date after a full stop or a comma is the lead's own second sentence.
    lead = (
        "Đoàn đại biểu tỉnh Cao Bằng đã đến Nam Ninh, bắt đầu chuyến thăm ba ngày. Chiều 12/5, "
        "đoàn làm việc với lãnh đạo Khu tự trị Quảng Tây về hợp tác cửa khẩu."
    )
    titles, kept = titles_and_body(page(GLUED_HEADLINE, lead, GLUED_LATER))
    assert titles == [GLUED_HEADLINE]
    assert kept == [lead, GLUED_LATER]


def test_a_date_in_the_body_does_not_split_a_paragraph() -> None:
    # Only the head is looked at: below the first paragraph, lines are never cut.
    later = (
        "Theo chương trình, đoàn sẽ dự hội chợ thương mại biên giới Tại Nam Ninh Ngày 14/5, "
        "gặp gỡ doanh nghiệp hai bên và thăm khu kinh tế cửa khẩu."
    )
    _titles, kept = titles_and_body(page(GLUED_HEADLINE, GLUED_LEAD, later))
    assert kept == [GLUED_LEAD, later]
