"""Round 11: page parts around the headline and the lead, found by their shape.

A wire dateline glued before the lead, a slogan banner in capitals above the headline, a long
headline set in capitals, an editor's note in brackets over a speech, a photo's file name glued
to the first word, a read-more link, a repost's source line with its link, a caption printed
twice under the headline, the lead printed over its headline, a related box between a credited
summary and the lead, a cut-off list item after an ellipsis, and a headline copied with a site's
name after it. Every page here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_boilerplate.lead_prefixes import glued_image_name, wire_dateline
from vndiplo_boilerplate.read_more import read_more_start

import vndiplo
from tests.boilerplate_helpers import blocks, body_lines, page, titles

HEADLINE = "Bộ trưởng Ngoại giao Chile thăm chính thức tỉnh Khánh Hòa"
LEAD = (
    "Chiều 9/4, Bộ trưởng Ngoại giao Chile Ignacio Morales cùng đoàn công tác đã đến tỉnh "
    "Khánh Hòa, bắt đầu chuyến thăm chính thức theo lời mời của lãnh đạo tỉnh."
)
MORE = (
    "Trong buổi làm việc, ông Lê Văn Hưng, người đứng đầu chính quyền Khánh Hòa, giới thiệu "
    "tình hình phát triển kinh tế biển và du lịch của tỉnh trong năm qua."
)
LAST = (
    "Hai bên nhất trí thúc đẩy hợp tác nuôi trồng thủy sản, giáo dục nghề và kết nối các "
    "đường bay thẳng giữa hai nước."
)


@pytest.mark.parametrize(
    "dateline",
    ["Nha Trang (TTXVN 9/4/2031)", "Đà Lạt (VNA, 9-4-2031)", "Cam Ranh (TTXVN)"],
)
def test_wire_dateline_without_dash_is_cut_off_the_lead(dateline: str) -> None:
    prose = "Theo phóng viên TTXVN, " + LEAD[0].lower() + LEAD[1:]
    text = page(HEADLINE, f"{dateline} {prose}", MORE, LAST)
    assert body_lines(text)[0] == prose


def test_wire_dateline_day_dates_the_page() -> None:
    text = page(HEADLINE, f"Nha Trang (TTXVN 10/4/2031) {LEAD}", MORE, LAST)
    doc = vndiplo.extract(text)
    assert doc.published is not None and doc.published.isoformat() == "2031-04-10"
    assert "10/4/2031" not in [d.text for d in doc.dates]


def test_lower_case_word_before_a_bracket_is_no_dateline() -> None:
    assert wire_dateline("Bộ trưởng (TTXVN) Chiều nay ...") is None


@pytest.mark.parametrize(
    "banner",
    [
        "NHIỆT LIỆT CHÀO MỪNG KỶ NIỆM 95 NĂM NGÀY THÀNH LẬP ĐẢNG BỘ TỈNH KHÁNH HÒA",
        "CHÀO MỪNG ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ THÀNH PHỐ LẦN THỨ XXI, NHIỆM KỲ 2030 - 2035, "
        "HƯỚNG TỚI KỶ NIỆM 100 NĂM NGÀY THÀNH LẬP ĐẢNG VÀ ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XVI",
        "ĐẢNG CỘNG SẢN VIỆT NAM QUANG VINH MUÔN NĂM",
    ],
)
def test_slogan_banner_above_the_headline_is_not_the_title(banner: str) -> None:
    text = page(banner, "Thời sự", "Cập nhật: 10/04/2031", HEADLINE, LEAD, MORE, LAST)
    assert titles(text) == [HEADLINE]
    assert banner not in body_lines(text)


def test_capitals_headline_over_the_lead_is_the_title() -> None:
    headline = (
        "ĐOÀN ĐẠI BIỂU TỈNH KHÁNH HÒA LÀM VIỆC VỚI CHÍNH QUYỀN VÙNG VALPARAÍSO, NƯỚC CỘNG "
        "HÒA CHILE, ĐỒNG THỜI KÝ MỘT BẢN GHI NHỚ VỀ HỢP TÁC NUÔI TRỒNG VÀ CHẾ BIẾN THỦY SẢN "
        "GIỮA HAI ĐỊA PHƯƠNG"
    )
    text = page(headline, LEAD, MORE)
    assert titles(text) == [headline]
    assert body_lines(text)[0] == LEAD


def test_editor_note_and_caption_over_a_speech() -> None:
    note = "(Toàn văn bài phát biểu của Chủ tịch tỉnh Lê Văn Hưng tại phiên khai mạc Hội nghị)"
    caption = "Ông Lê Văn Hưng, Chủ tịch UBND tỉnh phát biểu tại Hội nghị."
    salutes = ["Kính thưa các vị đại biểu,", "Thưa toàn thể hội nghị,"]
    text = page(note, caption, *salutes, MORE, LAST)
    assert titles(text) == []
    assert body_lines(text)[:3] == [*salutes, MORE]


def test_glued_file_name_and_read_more_link_are_not_body() -> None:
    glued = f"200409_morales_khanh_hoa_640x360_afp{LEAD} Đọc tiếp"
    text = page(HEADLINE, "Trần Minh Khoa", glued)
    assert body_lines(text) == [LEAD]


def test_hyphenated_word_before_prose_is_no_file_name() -> None:
    assert glued_image_name("covid-19-Chiều nay") is None
    assert glued_image_name("abc_def_ghiChiều nay") is None  # no digit: a name, not a file


def test_sentence_that_goes_on_keeps_its_last_words() -> None:
    assert read_more_start("Đoàn sẽ xem tiếp các dự án ở Cam Ranh") is None
    assert read_more_start("Đoàn đã về nước. Xem thêm »") is not None


def test_repost_source_line_with_link_is_the_stamp() -> None:
    source = "Nguồn báo Khánh Hòa điện tử, ngày 10/4/2031, link bài viết: http://example.vn/a-1"
    text = page(HEADLINE, LEAD, MORE, LAST, source)
    assert body_lines(text)[-1] == LAST
    assert ("dateline", source) in blocks(text)


def test_caption_printed_twice_under_the_headline_is_not_the_lead() -> None:
    caption = "Ông Ignacio Morales và ông Lê Văn Hưng tại Trụ sở UBND tỉnh, 9/4/2031."
    text = page(HEADLINE, caption, caption, LEAD, MORE)
    assert body_lines(text)[0] == LEAD
    assert caption not in body_lines(text)


def test_lead_printed_over_its_headline_is_a_teaser() -> None:
    headline = "Video khoảnh khắc Ngoại trưởng Chile tới Cam Ranh"
    text = page(LEAD, headline, "Thu Trang | 10/04/2031, 06:15", LEAD, MORE)
    assert titles(text) == [headline]
    kinds = [kind for kind, quoted in blocks(text) if quoted == LEAD]
    assert kinds == ["boilerplate", "body"]


def test_related_box_between_credited_summary_and_lead() -> None:
    summary = (
        "KHO. Chiều 9/4, Bộ trưởng Ngoại giao Chile Ignacio Morales đã làm việc với "
        "lãnh đạo tỉnh Khánh Hòa."
    )
    lead = (
        "Chiều ngày 09/4/2031, tại Trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Khánh Hòa Lê Văn Hưng "
        "đã làm việc với Bộ trưởng Ngoại giao Chile Ignacio Morales và đoàn công tác."
    )
    text = page(
        HEADLINE,
        summary,
        "Theo dõi báo trên",
        "TIN LIÊN QUAN",
        "khanh hoa don doan chile Khánh Hòa đón đoàn doanh nghiệp Chile tìm hiểu cơ hội đầu tư",
        "khanh hoa don doan chile Cảng Cam Ranh đón tàu du lịch quốc tế đầu tiên trong năm",
        "khanh hoa don doan chile",
        "Ông Ignacio Morales làm việc với lãnh đạo tỉnh chiều 9/4. (Ảnh: Minh Khoa)",
        lead,
        MORE,
        LAST,
    )
    assert body_lines(text)[0] == lead


def test_cut_off_item_after_an_ellipsis_stays_body() -> None:
    broken = "Trước đó, đoàn đã đến thăm Viện Hải dương học Nha Trang;..."
    cut = "...thăm cảng Cam Ranh và làng chài Vĩnh Lương, nơi đoàn gặp gỡ ngư d"
    text = page(HEADLINE, LEAD, MORE, broken, cut)
    assert body_lines(text)[-1] == cut


def test_headline_copied_with_a_site_name_gives_way_to_the_outlet_s() -> None:
    plain = "Ngoại trưởng Chile nói gì tại Khánh Hòa?"
    text = page("Ngoại Trưởng Chile Nói Gì Tại Khánh Hòa? - VOA", plain, LEAD, MORE)
    assert titles(text) == [plain]


@given(st.text(max_size=80))
def test_prefix_and_link_offsets_are_valid(text: str) -> None:
    for found in (wire_dateline(text), glued_image_name(text)):
        if found is not None:
            credit_end, prose_start = found
            assert 0 < credit_end <= prose_start <= len(text)
    start = read_more_start(text)
    assert start is None or 0 < start < len(text)


def test_invitation_lead_under_a_visit_headline_stays_the_lead() -> None:
    invitation = (
        "Nhận lời mời của người đồng cấp Việt Nam, Thủ tướng Chile Ignacio Morales sẽ "
        "sang Hà Nội thăm chính thức từ 3 đến 5/10."
    )
    restated = (
        "Bộ Ngoại giao Việt Nam hôm qua cho hay, Thủ tướng Chile Ignacio Morales sẽ sang Hà Nội "
        "thăm chính thức từ ngày 3 đến 5/10."
    )
    text = page("Thủ tướng Chile sẽ thăm chính thức Việt Nam", invitation, restated, LAST)
    assert body_lines(text)[:2] == [invitation, restated]
