"""Lines that frame the article without being part of it: the invitation frame printed above a
dated lead, and the chrome a page prints after the article's last paragraph.

Every page here is invented (outlets, people, places); each reproduces one construction of the
real-page corpus in other words, beside the pages the rule must leave alone.
"""

from __future__ import annotations

from tests.test_boilerplate_lead import body, page

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


def test_invitation_frame_above_a_dated_lead_is_a_sapo() -> None:
    text = page(TALKS_TITLE, "Thứ năm, 05/06/2025 18:20", FRAME, DATED_LEAD, LATER)
    assert body(text) == [DATED_LEAD, LATER]


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
