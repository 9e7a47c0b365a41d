"""Heads the round-5 blind pages got wrong: a summary said again past the lead, a kicker under
a sapo taken for the headline, a photo's caption under its file name, a headline cut in two at a
comma, a blog post's title reprinted above the article it reposts, a blog's label banner.

Every text here is written for the test (other names, places, outlets), never a page's words.
"""

from __future__ import annotations

import pytest
from vndiplo_boilerplate import rules
from vndiplo_boilerplate.lexicon import compiled_markers

from tests.boilerplate_helpers import body_lines, page, titles

HEAD = "Bộ trưởng Ngoại giao điện đàm với Ngoại trưởng Bờ Biển Ngà"
STAMP = "Cập nhật: 21/06/2021"
LEAD = (
    "Chiều 20/6, Bộ trưởng Ngoại giao Lê Văn Thành đã điện đàm với Ngoại trưởng Bờ Biển Ngà "
    "Adama Koné về quan hệ giữa hai nước."
)
RESTATING = (
    "Trong cuộc điện đàm, hai bộ trưởng hài lòng về quan hệ hữu nghị, đồng thời thống nhất sớm "
    "tổ chức kỳ họp Ủy ban hỗn hợp lần thứ hai để mở rộng hợp tác thương mại và nông nghiệp."
)
SUMMARY = (
    "Hai bộ trưởng thống nhất sớm tổ chức kỳ họp Ủy ban hỗn hợp lần thứ hai để mở rộng hợp tác "
    "thương mại và nông nghiệp."
)
LAST = "Hai bên cũng trao đổi về các vấn đề khu vực và quốc tế cùng quan tâm."


@pytest.mark.parametrize(
    "summary",
    [
        SUMMARY,
        "TTXVN - " + SUMMARY,  # with the outlet's credit
        "(Báo Đồng Nai) - " + SUMMARY,
    ],
)
def test_a_summary_said_again_past_the_lead_is_no_body(summary: str) -> None:
    body = body_lines(page(HEAD, STAMP, summary, LEAD, RESTATING, LAST))
    assert body[0] == LEAD
    assert summary not in body


def test_a_summary_said_again_with_its_subject_changed_past_a_caption() -> None:
    summary = (
        "Diễn đàn Hợp tác sông Sê San là cơ chế đối thoại cao nhất của ba tỉnh nhằm bàn bạc các "
        "chủ đề liên quan tới quản lý nguồn nước, phòng chống thiên tai và các giải pháp mới để "
        "phát triển bền vững lưu vực sông."
    )
    lead = (
        "Theo thông báo của Văn phòng Ủy ban nhân dân tỉnh, Chủ tịch tỉnh Trần Minh Quang sẽ dự "
        "Diễn đàn Hợp tác sông Sê San tại thành phố Kon Tum vào ngày 12/9."
    )
    again = (
        "Đây là cơ chế đối thoại cao nhất của ba tỉnh nhằm bàn bạc các chủ đề liên quan tới quản "
        "lý nguồn nước, phòng chống thiên tai và các giải pháp mới để phát triển bền vững lưu vực "
        "sông, họp hai năm một lần."
    )
    text = page(
        "Chủ tịch tỉnh dự Diễn đàn Hợp tác sông Sê San",
        "10/09/2022 - 08:15",
        summary,
        "Chủ tịch tỉnh Trần Minh Quang. (Ảnh: Hoàng Lan)",
        lead,
        again,
        LAST,
    )
    body = body_lines(text)
    assert body[0] == lead
    assert summary not in body


def test_a_dated_lead_said_again_below_stays_the_lead() -> None:
    lead = (
        "Sáng 4/6, Chủ tịch tỉnh Trần Minh Quang tiếp Tổng Lãnh sự Hàn Quốc Kim Jin-ho tại trụ "
        "sở Ủy ban nhân dân tỉnh."
    )
    again = (
        "Như đã nêu, sáng 4/6, Chủ tịch tỉnh Trần Minh Quang tiếp Tổng Lãnh sự Hàn Quốc Kim "
        "Jin-ho tại trụ sở Ủy ban nhân dân tỉnh để trao đổi về hợp tác."
    )
    text = page("Chủ tịch tỉnh tiếp Tổng Lãnh sự Hàn Quốc", "05/06/2023", lead, LAST, again)
    assert body_lines(text)[0] == lead


def test_a_first_paragraph_said_again_nowhere_stays() -> None:
    # Round 8: a summary that names nobody ("Hai bộ trưởng nhất trí ...") above a dated lead
    # is a sapo (settled AG11: AI08); a paragraph that opens as article text still stays.
    first = (
        "Trong dịp này, hai bộ trưởng nhất trí tăng cường trao đổi đoàn các cấp và thúc đẩy đầu "
        "tư vào nông nghiệp công nghệ cao."
    )
    text = page(HEAD, STAMP, first, LEAD, LAST)
    assert first in body_lines(text)


def test_a_line_between_a_headless_summary_and_the_lead_is_no_headline() -> None:
    summary = (
        "Thứ trưởng Bộ Nội vụ Campuchia Sok Phal đánh giá cao kết quả phối hợp giữa hai bộ "
        "trong công tác phòng, chống buôn lậu qua biên giới thời gian qua."
    )
    kicker = "Tình hữu nghị Việt Nam - Campuchia ngày càng bền chặt"
    lead = (
        "Chiều 2/3, tại Hà Nội, Thượng tướng Nguyễn Hữu Tâm tiếp Thứ trưởng Bộ Nội vụ Campuchia "
        "Sok Phal đang thăm và làm việc tại Việt Nam."
    )
    assert titles(page(summary, kicker, lead, LAST)) == []


def test_a_headline_under_a_photo_description_stays_the_headline() -> None:
    caption = "Quang cảnh buổi làm việc giữa hai huyện Kỳ Sơn (Việt Nam) và Mường Mộc (Lào)."
    head = "Làm việc giữa huyện Kỳ Sơn (Việt Nam) và huyện Mường Mộc (Lào)"
    lead = (
        "Sáng 9/4, tại huyện Kỳ Sơn (Việt Nam), đoàn công tác huyện Mường Mộc (Lào) đã làm việc "
        "với lãnh đạo huyện Kỳ Sơn về công tác biên giới."
    )
    assert titles(page(caption, head, lead, LAST)) == [head]


@pytest.mark.parametrize("name", ["2. bo truong a3", "hop-bao-ngoai-giao-1.jpg", "img_0457"])
def test_the_caption_under_a_photo_file_name_is_no_headline(name: str) -> None:
    caption = "Tổng thống Chile đặt vòng hoa tại Đài tưởng niệm các Anh hùng liệt sĩ"
    lead = (
        "Nhận lời mời của Chủ tịch nước Lê Văn Thành, Tổng thống Chile Pedro Soto thăm chính "
        "thức Việt Nam từ ngày 3-5/5/2015. Sáng 5/5, Tổng thống đã đặt vòng hoa tại Đài tưởng "
        "niệm các Anh hùng liệt sĩ."
    )
    assert titles(page(name, caption, lead, LAST)) == []


@pytest.mark.parametrize(
    ("line", "file_name"),
    [
        ("3. le don a1", True),
        ("tiep-dai-su-2.png", True),
        ("dsc_2031", True),
        ("APEC 2017", False),
        ("Covid-19", False),
        ("covid-19", False),
        ("t7, 10 / 2015", False),
        ("Hội nghị lần 2", False),
        ("ảnh 2", False),
    ],
)
def test_what_makes_a_photo_file_name(line: str, file_name: bool) -> None:
    assert rules.is_file_name(line) is file_name


def test_a_headline_cut_at_a_comma_starts_on_its_first_line() -> None:
    first = "Dàn khoan trái phép - Bắc Kinh mất điểm ngoại giao,"
    second = "Hà Nội giữ vững lập trường"
    lead = (
        "Ngày 3/5/2014, một công ty dầu khí nước ngoài đưa dàn khoan vào vùng biển của Việt Nam, "
        "gây phản ứng mạnh mẽ của dư luận trong và ngoài nước."
    )
    assert titles(page(first, second, lead, LAST)) == [first]


def test_a_name_ending_in_a_comma_above_the_headline_is_no_headline() -> None:
    head = "Tăng cường hợp tác giữa hai tỉnh biên giới"
    lead = (
        "Sáng 8/8, tại thành phố Lạng Sơn, lãnh đạo hai tỉnh đã hội đàm về hợp tác thương mại "
        "biên giới."
    )
    assert titles(page("Trần Văn Bình,", head, lead, LAST)) == [head]


REPOSTED = "Vì sao Thủ tướng Lào chọn Hà Nội cho chuyến công du đầu tiên?"
COMMENT = (
    "Đọc tham khảo; theo tôi bài viết còn bỏ qua nhiều lý do về kinh tế, nhất là các dự án "
    "thủy điện mà hai bên đang bàn thảo suốt mấy năm nay."
)
ARTICLE = (
    "Chuyến thăm của Thủ tướng Lào có ý nghĩa chính trị quan trọng, nhất là trong bối cảnh "
    "khu vực đang có nhiều thay đổi."
)


@pytest.mark.parametrize(
    "headline", [REPOSTED, "Thủ tướng Lào chọn Hà Nội cho chuyến công du đầu tiên"]
)
def test_a_blog_post_title_reprinted_above_its_article_is_the_headline(headline: str) -> None:
    text = page("Thứ Bảy, 4 tháng 1, 2014", headline, COMMENT, headline, ARTICLE, LAST)
    assert titles(text) == [headline]
    assert body_lines(text)[0] == COMMENT


def test_a_lead_printed_twice_is_no_reposted_headline() -> None:
    lead = "Chiều 4/1, Thủ tướng Lào thăm hữu nghị chính thức Việt Nam theo lời mời của Chính phủ."
    text = page(lead, COMMENT, lead, ARTICLE, LAST)
    assert titles(text) == []
    assert body_lines(text)[0] == lead


@pytest.mark.parametrize(
    ("line", "banner"),
    [
        ("Hiển thị các bài đăng có nhãn Ngoại giao. Hiển thị tất cả bài đăng", True),
        ("Đang hiển thị bài viết theo nhãn Biển Đông", True),
        ("Hiển thị các bài đăng được sắp xếp theo mức độ liên quan cho truy vấn Lào", True),
        ("Showing posts with label Vietnam. Show all posts", True),
        ("Hiển thị tinh thần đoàn kết giữa hai dân tộc", False),
        ("Bài đăng có nhãn đẹp nhất năm", False),
    ],
)
def test_a_blog_label_banner_is_chrome(line: str, banner: bool) -> None:
    marker = compiled_markers(None).match(line.lower())
    assert (marker is not None and marker.role == "widget") is banner
    if banner:
        text = page(line, "Thứ Bảy, 4 tháng 1, 2014", REPOSTED, COMMENT, REPOSTED, ARTICLE)
        assert titles(text) == [REPOSTED]
