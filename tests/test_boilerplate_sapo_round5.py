"""Sapos the round-4 blind pages showed: a summary between the headline and the lead.

- The lead says the summary again whole, with the invitation frame put in front, and the summary
  is longer than a one-line teaser (up to the sapo limit): the summary is the sapo.
- A paragraph that quotes a source ("Thông cáo ... cho biết: <the summary again>") goes on from
  the lead above it: that first paragraph is the lead.
- A photo's alt text and caption (the same sentence twice) between the summary and a dated lead
  are passed over: the summary is the sapo, the pair no lead.
- "Tiếp tục chuyến thăm ..., sáng 27/7, ..." frames a lead like "Trong khuôn khổ ...".
"""

from __future__ import annotations

from vndiplo_boilerplate import frames

from tests.boilerplate_helpers import body_lines, page

TITLE = "Bộ trưởng Quốc phòng Trần Văn An thăm chính thức Cộng hòa Ấn Độ"
STAMP = "12/03/2016 09:41"
SUMMARY = (
    "Đoàn đại biểu quân sự cấp cao Việt Nam do Đại tướng Trần Văn An, Ủy viên Bộ Chính trị, "
    "Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng làm trưởng đoàn, cùng các tướng lĩnh "
    "của ba quân chủng và đại diện các tổng cục, thăm hữu nghị chính thức Cộng hòa Ấn Độ từ "
    "ngày 12 đến 15/3."
)
FRAMED = (
    "Nhận lời mời của Bộ trưởng Quốc phòng Ấn Độ Rajesh Kumar, Ủy viên Nội các, "
    "Chủ tịch Ủy ban An ninh quốc gia của Quốc hội, " + SUMMARY[0].lower() + SUMMARY[1:]
)
NEXT = (
    "Tham gia đoàn có Trung tướng Lê Văn Bình, Phó Tổng Tham mưu trưởng; Trung tướng Hồ Văn Thái, "
    "Tư lệnh Quân khu 5 cùng lãnh đạo một số cơ quan chức năng của Bộ Quốc phòng."
)
CAPTION = "Bộ trưởng Quốc phòng Trần Văn An. Ảnh: Minh Quân"


def test_a_long_summary_the_framed_lead_says_again_whole_is_a_sapo() -> None:
    assert len(SUMMARY.split()) > 50  # longer than a one-line teaser
    kept = body_lines(page(TITLE, STAMP, SUMMARY, CAPTION, FRAMED, NEXT))
    assert kept == [FRAMED, NEXT]


def test_a_paragraph_quoting_the_communique_goes_on_from_the_lead() -> None:
    quoted = "Thông cáo của Văn phòng Bộ Quốc phòng cho biết: " + FRAMED
    kept = body_lines(page(TITLE, STAMP, SUMMARY, quoted, NEXT))
    assert kept == [SUMMARY, quoted, NEXT]


SHORT_TITLE = "Đại sứ Việt Nam tại Oman làm việc với Thống đốc tỉnh Dhofar"
TEASER = (
    "Đại sứ Phạm Quốc Hưng khẳng định, Việt Nam mong muốn mở rộng hợp tác với Oman trong "
    "các lĩnh vực năng lượng, nông nghiệp và du lịch."
)
ALT = "Đại sứ Phạm Quốc Hưng làm việc với Thống đốc tỉnh Dhofar Salim Al-Harthy."
DATED_LEAD = (
    "Ngày 9/10, Đại sứ Phạm Quốc Hưng đã làm việc với ông Salim Al-Harthy, Thống đốc tỉnh "
    "Dhofar, nhằm thúc đẩy quan hệ giữa Việt Nam với tỉnh Dhofar nói riêng và Oman nói chung."
)
AFTER = (
    "Tại buổi làm việc, Đại sứ Phạm Quốc Hưng đánh giá cao những thành tựu phát triển của "
    "tỉnh Dhofar trong những năm qua."
)


def test_a_caption_printed_twice_between_the_summary_and_the_dated_lead() -> None:
    kept = body_lines(page(SHORT_TITLE, TEASER, ALT, ALT, DATED_LEAD, AFTER))
    assert kept == [DATED_LEAD, AFTER]


def test_an_article_printed_paragraph_by_paragraph_twice_keeps_its_lead() -> None:
    # Every paragraph twice in a row (the last copy cut off): the first pair is the dated lead,
    # no caption pair, so the summary above it is still the sapo.
    cut = AFTER[:40]
    kept = body_lines(page(SHORT_TITLE, TEASER, DATED_LEAD, DATED_LEAD, AFTER, cut))
    assert kept[0] == DATED_LEAD


def test_a_lead_inside_a_visit_opens_with_its_frame() -> None:
    title = "Thủ tướng hội đàm với Thủ tướng Bỉ"
    summary = "Thủ tướng Lê Minh Khoa và Thủ tướng Bỉ bày tỏ hài lòng về quan hệ hai nước."
    lead = (
        "Tiếp tục chuyến thăm chính thức Vương quốc Bỉ, chiều 14/6 theo giờ địa phương, Thủ tướng "
        "Lê Minh Khoa đã hội đàm với Thủ tướng Bỉ Jan Peeters tại thủ đô Brussels."
    )
    kept = body_lines(page(title, "14/06/2018 20:15", summary, lead, AFTER))
    assert kept == [lead, AFTER]


def test_continuation_frames() -> None:
    assert frames.opens_with_occasion("tiếp tục chuyến thăm chính thức nga, sáng 27/7, ...")
    assert frames.opens_with_occasion("tiếp tục chương trình công tác tại lào, chiều 3/2, ...")
    assert frames.opens_with_occasion("tiếp tục chuyến công tác tại nhật bản, ...")
    assert not frames.opens_with_occasion("tiếp tục thúc đẩy hợp tác kinh tế ...")
