"""Round 8: page furniture in shapes other outlets print, with near misses where the same words
are the article's. Tails (a reporter's signature with its source, most-read and related
headings, browser and cookie notices, a document's list of recipients), the headline's choice
(a caption sentence, a comment counter glued after it) and captions. Every page is invented.
"""

from __future__ import annotations

import pytest

from tests.boilerplate_helpers import blocks, body_lines, page, titles

TITLE = "Chủ tịch UBND tỉnh Quảng Trị tiếp Đại sứ Thụy Điển tại Việt Nam"
LEAD = (
    "Sáng 9/10, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng đã tiếp Đại sứ "
    "Thụy Điển tại Việt Nam Ann Måwe nhân dịp bà đến thăm và làm việc tại tỉnh."
)
MORE = (
    "Hai bên trao đổi về hợp tác trong lĩnh vực năng lượng tái tạo, giáo dục nghề nghiệp và "
    "khắc phục hậu quả bom mìn sau chiến tranh trên địa bàn tỉnh."
)


def _kind_of(text: str, line: str) -> str:
    return next(kind for kind, quoted in blocks(text) if quoted == line)


# -- (c) tails: a signature with its source ---


@pytest.mark.parametrize(
    "signature",
    [
        "T.LAN (Theo Cổng thông tin điện tử tỉnh)",
        "Hồng Nhung (theo TTXVN)",
        "Quang Minh (tổng hợp theo Reuters, AFP)",
        "Bảo Châu (Nguồn: Bộ Ngoại giao)",
        "Văn Long - Thu Trang (theo website Bộ Ngoại giao)",
        "NGỌC HÀ/Theo báo Quân đội nhân dân",
        "Lê Thịnh (lược dịch theo Kyodo)",
    ],
)
def test_a_signature_with_its_source_is_no_body(signature: str) -> None:
    text = page(TITLE, LEAD, MORE, signature)
    assert body_lines(text)[-1] == MORE
    assert _kind_of(text, signature) != "body"


@pytest.mark.parametrize(
    "body",
    [
        # A sentence that quotes its source in brackets is prose, not a signature.
        "Ông Hưng (theo lời kể của các cựu chiến binh) từng công tác tại huyện Hướng Hóa.",
        "Kim ngạch thương mại hai chiều (theo số liệu của Tổng cục Hải quan) đạt 1,2 tỷ USD.",
    ],
)
def test_a_sentence_with_a_bracketed_source_stays_body(body: str) -> None:
    text = page(TITLE, LEAD, body, MORE)
    assert body in body_lines(text)


# -- (c) tails: a quotation cut off at the end of the excerpt is body ---

ANNOUNCES = (
    "Ngày 4/3, trả lời câu hỏi của phóng viên về phản ứng của Việt Nam trước việc nước này "
    "tổ chức tập trận gần quần đảo Hoàng Sa, Người phát ngôn Bộ Ngoại giao khẳng định:"
)


@pytest.mark.parametrize(
    "cut",
    [
        "“Việt Nam có đầy đủ cơ sở pháp lý và bằng chứng lịch sử khẳng định chủ quyền đối",
        '"Chúng tôi yêu cầu phía bên kia tôn trọng chủ quyền của Việt Nam và không',
        "«Hành động này vi phạm nghiêm trọng luật pháp quốc tế, đặc biệt là Công ước",
    ],
)
@pytest.mark.parametrize("after", [(), ("Nguồn: NDĐT",), ("Nguồn: VOV", "Ảnh: theo TTXVN")])
def test_a_quotation_cut_off_after_the_paragraph_announcing_it_is_body(
    cut: str, after: tuple[str, ...]
) -> None:
    text = page(TITLE, LEAD, ANNOUNCES, cut, *after)
    assert body_lines(text)[-1] == cut


def test_a_quoted_teaser_headline_after_the_article_is_no_body() -> None:
    teaser = "“Ngoại giao cây tre” và bản sắc đối ngoại Việt Nam thời kỳ mới"
    text = page(TITLE, LEAD, MORE, "Nguồn: VOV", teaser)
    assert teaser not in body_lines(text)


# -- (c) tails: most-read and related headings, browser and cookie notices ---


@pytest.mark.parametrize(
    "heading",
    [
        "Bài được xem nhiều nhất",
        "Tin được đọc nhiều",
        "Các bài đọc nhiều nhất trong tuần",
        "Được quan tâm nhiều nhất",
        "Tin bài được chia sẻ nhiều",
        "Tin cùng chuyên mục",
        "Đọc thêm",
    ],
)
def test_a_most_read_or_related_heading_ends_the_article(heading: str) -> None:
    teaser = "Thủ tướng tiếp Bộ trưởng Ngoại giao Ai Cập đang thăm Việt Nam"
    text = page(TITLE, LEAD, MORE, heading, teaser)
    assert body_lines(text)[-1] == MORE


@pytest.mark.parametrize(
    "notice",
    [
        "Trang này hiển thị tốt nhất với trình duyệt Chrome hoặc Firefox phiên bản mới.",
        "Website hiển thị tốt nhất ở độ phân giải 1280x800.",
        "Bạn cần bật JavaScript để xem đầy đủ nội dung trang.",
        "Vui lòng bật JavaScript trong trình duyệt để tiếp tục.",
        "Trang web này sử dụng cookie để cải thiện trải nghiệm của bạn. Đồng ý",
        "Chúng tôi sử dụng cookies để mang lại trải nghiệm tốt hơn cho bạn đọc.",
    ],
)
def test_a_browser_or_cookie_notice_is_no_body(notice: str) -> None:
    text = page(TITLE, LEAD, MORE, notice)
    assert notice not in body_lines(text)
    assert body_lines(text)[-1] == MORE


@pytest.mark.parametrize(
    "body",
    [
        "Hai bên thống nhất sử dụng cookie cùng các công cụ số để đo lường hiệu quả quảng bá.",
        "Đại sứ cho biết chương trình sẽ hiển thị tốt nhất khi được trình chiếu trên màn hình lớn.",
    ],
)
def test_the_same_words_inside_a_sentence_stay_body(body: str) -> None:
    text = page(TITLE, LEAD, body, MORE)
    assert body in body_lines(text)


# -- (c) tails: a document's recipients ---

DECIDES = (
    "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Ngoại vụ và Thủ trưởng các cơ quan, đơn vị liên "
    "quan chịu trách nhiệm thi hành Quyết định này./."
)


@pytest.mark.parametrize(
    "annex",
    [
        ("Nơi nhận:", "- Như Điều 3;", "- Bộ Ngoại giao;", "- Lưu: VT, NC."),
        ("NƠI NHẬN:", "- Như trên;", "- TT Tỉnh ủy;", "- Lưu VT"),
        ("Nơi nhận :", "- Như Điều 4;", "- UB"),
        ("Nơi gửi:", "- Các sở, ban, ngành;", "- Lưu: VP."),
    ],
)
def test_a_document_s_recipients_are_no_body(annex: tuple[str, ...]) -> None:
    text = page(TITLE, LEAD, DECIDES, *annex)
    assert body_lines(text)[-1] == DECIDES


def test_a_sentence_about_where_to_file_stays_body() -> None:
    where = "Nơi nhận hồ sơ đăng ký là Sở Ngoại vụ tỉnh, thời hạn nộp đến hết ngày 30/6/2024."
    text = page(TITLE, LEAD, where, MORE)
    assert where in body_lines(text)


# -- (d) headline choice: a counter glued after the headline ---

HEADLINE = "Thứ trưởng Bộ Công Thương Phan Thị Thắng làm Trưởng Ban Kinh tế Trung ương"


@pytest.mark.parametrize("counter", [" 1", " 12", " 3", "  27"])
def test_a_counter_after_a_headline_printed_again_is_no_part_of_it(counter: str) -> None:
    text = page(HEADLINE, "20/05/2024 08:15", HEADLINE + counter, LEAD, MORE)
    assert titles(text) == [HEADLINE]


def test_a_number_that_ends_a_headline_stays_in_it() -> None:
    headline = "Việt Nam tham dự Hội nghị Cấp cao ASEAN 43"
    text = page(headline, "20/05/2024 08:15", LEAD, MORE)
    assert titles(text) == [headline]


# -- (e) captions: a caption sentence is never the title ---


@pytest.mark.parametrize(
    "caption",
    [
        "Ông Henrik Larsen, Đại sứ Đan Mạch tại Việt Nam phát biểu tại buổi tiếp.",
        "Quang cảnh buổi hội đàm.",
        "Bộ trưởng Lê Minh Hoan và Đại sứ Úc chụp ảnh lưu niệm.",
        "Toàn cảnh buổi làm việc.",
    ],
)
def test_a_caption_sentence_above_the_article_is_not_the_title(caption: str) -> None:
    text = page(caption, LEAD, MORE)
    assert caption not in titles(text)
    assert caption not in body_lines(text)


def test_a_headline_still_wins_over_a_caption_sentence() -> None:
    caption = "Quang cảnh buổi tiếp."
    text = page(TITLE, caption, LEAD, MORE)
    assert titles(text) == [TITLE]
