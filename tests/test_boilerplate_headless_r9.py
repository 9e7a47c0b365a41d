"""Round 9 (second pass): heads with no clean headline, credited sapos, furniture in the body.

A bullet menu above the headline, a site's label glued before it with a spaced colon, a photo's
caption closed by an agency credit where the headline was lost; a credited one-sentence summary
above a lead that opens with a clock time or names the summary's speaker; a cut-off teaser of
another story after the last paragraph; a caption under an image's slug; a caption typed twice
with a slip; two related links between paragraphs; two reporters joined by a dash. Every page
here is invented.
"""

from __future__ import annotations

import pytest

from tests.boilerplate_helpers import blocks, body_lines, page, titles

HEADLINE = "Bộ trưởng Công Thương Lào thăm và làm việc tại tỉnh Nghệ An"
LEAD = (
    "Chiều 9/5, Chủ tịch UBND tỉnh Nghệ An Hoàng Minh Đức đã tiếp Bộ trưởng Công Thương Lào "
    "Phonsavanh Keola và đoàn công tác tại trụ sở tỉnh."
)
MORE = (
    "Tại buổi tiếp, hai bên đã trao đổi về hợp tác thương mại, đầu tư và phát triển hạ tầng "
    "cửa khẩu giữa tỉnh Nghệ An với các tỉnh của Lào."
)
LAST = (
    "Bộ trưởng Phonsavanh Keola cảm ơn sự đón tiếp chu đáo của tỉnh và mong muốn hai bên sớm "
    "triển khai các thỏa thuận đã ký."
)


# -- the head -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "menu",
    [
        ["• Trang chủ", "• Giới thiệu"],
        ["• Ban tiếng Lào", "• Các trang mạng xã hội", "• Liên hệ"],
        ["● Tin tức", "● Ảnh"],
        ["▪ Chuyên mục", "▪ Đối ngoại địa phương", "▪ Video"],
    ],
)
def test_last_item_of_a_bullet_menu_is_the_headline(menu: list[str]) -> None:
    text = page(*menu, f"{menu[0][0]} {HEADLINE}", "09/05/2024 10:12", LEAD, MORE, LAST)
    assert titles(text) == [HEADLINE]
    assert body_lines(text)[0] == LEAD


def test_bullet_highlights_under_a_headline_are_no_title() -> None:
    # Near miss: the page's own headline stands above a run of bulleted highlights.
    text = page(
        HEADLINE,
        "• Hai bên bàn về hạ tầng cửa khẩu",
        "• Thúc đẩy thương mại biên giới",
        LEAD,
        MORE,
        LAST,
    )
    assert titles(text) == [HEADLINE]


@pytest.mark.parametrize(
    "label", ["View Full Version", "News & Activities", "Archive", "Printable View"]
)
def test_site_label_before_the_headline_is_cut_off(label: str) -> None:
    text = page(f"{label} : {HEADLINE}", "09-05-2024, 21:40", LEAD, MORE, LAST)
    assert titles(text) == [HEADLINE]
    assert ("boilerplate", label) in blocks(text)


@pytest.mark.parametrize(
    "headline",
    [
        # Near misses: a speaker's words (no space before the colon, or a name the page uses).
        "Phonsavanh Keola: Lào coi trọng hợp tác với Nghệ An",
        "Phonsavanh Keola : Lào coi trọng hợp tác với Nghệ An",
        "COVID-19 : Nghệ An và các tỉnh của Lào phối hợp phòng dịch",
        "Vientiane Times : Hội nghị hợp tác quốc tế lần thứ nhất",
    ],
)
def test_colon_headline_without_a_site_label_stays_whole(headline: str) -> None:
    lead = LEAD if "Vientiane" not in headline else LEAD.replace("tỉnh.", "tỉnh, Vientiane Times.")
    text = page(headline, "09/05/2024 10:12", lead, MORE, LAST)
    assert titles(text) == [headline]


@pytest.mark.parametrize(
    "caption",
    [
        "Bộ trưởng Phonsavanh Keola thăm một nhà máy chế biến tại Nghệ An. (Reuters)",
        "Đoàn công tác của Lào dạo quanh khu kinh tế Đông Nam! (AFP)",
        "Hai trưởng đoàn bắt tay trước buổi làm việc. (Ảnh: Xuân Mai)",
        "Quang cảnh bến cảng Cửa Lò ngày đoàn đến thăm. (Nghệ An TV)",
    ],
)
def test_caption_with_an_agency_credit_is_no_title(caption: str) -> None:
    text = page(caption, LEAD, MORE, LAST)
    assert titles(text) == []
    assert caption not in body_lines(text)
    assert body_lines(text)[0] == LEAD


@pytest.mark.parametrize(
    "headline",
    [
        "Bộ trưởng Công Thương Lào thăm Nghệ An (Lào)",
        "Hợp tác Việt - Lào (kỳ 2)",
    ],
)
def test_headline_ending_in_brackets_stays_title(headline: str) -> None:
    text = page(headline, LEAD, MORE, LAST)
    assert titles(text) == [headline]


# -- credited and undated summaries -----------------------------------------------------------


@pytest.mark.parametrize(
    ("summary", "lead"),
    [
        (
            "(VNA) - Việt Nam luôn coi Lào là đối tác ưu tiên hàng đầu trong hợp tác thương mại.",
            "Đây là khẳng định của ông Hoàng Minh Đức, Chủ tịch UBND tỉnh Nghệ An, khi tiếp "
            "Bộ trưởng Công Thương Lào Phonsavanh Keola chiều 9/5.",
        ),
        (
            "(Báo Miền Trung) - Lào mong muốn mở rộng hợp tác cửa khẩu với các tỉnh Bắc Trung Bộ.",
            "Đó là nhận định của Bộ trưởng Phonsavanh Keola tại buổi làm việc với lãnh đạo tỉnh "
            "Nghệ An ngày 9/5 vừa qua.",
        ),
        (
            "Hợp tác thương mại giữa Nghệ An và Lào còn nhiều dư địa.",
            "Đó cũng là đánh giá chung của các đại biểu tại buổi tiếp Bộ trưởng Công Thương Lào "
            "do Chủ tịch UBND tỉnh Nghệ An chủ trì.",
        ),
        (
            "(NTV) - 97,5% đại biểu tán thành bầu ông Hoàng Minh Đức làm Chủ tịch UBND tỉnh.",
            "Đúng 10h ngày 9/5, ông Lê Văn Hà, Trưởng ban kiểm phiếu đã công bố kết quả bầu ông "
            "Hoàng Minh Đức.",
        ),
        (
            "(NTV) - Hội đồng nhân dân tỉnh đã bầu ông Hoàng Minh Đức giữ chức Chủ tịch UBND.",
            "Lúc 9 giờ 30 sáng 9/5, kỳ họp chuyên đề của HĐND tỉnh đã bầu ông Hoàng Minh Đức với "
            "số phiếu tán thành cao.",
        ),
    ],
)
def test_summary_above_a_restarting_lead_is_a_sapo(summary: str, lead: str) -> None:
    text = page(HEADLINE, summary, "09/05/2024 16:01", lead, MORE, LAST)
    assert body_lines(text)[0] == lead
    assert not any(summary.endswith(line) for line in body_lines(text))


@pytest.mark.parametrize(
    "second",
    [
        # Near misses: the paragraph below goes on from the lead, it does not name a speaker.
        "Đây là lần thứ hai trong năm Bộ trưởng Phonsavanh Keola đến thăm tỉnh Nghệ An.",
        "Đó là kết quả của quá trình hợp tác lâu dài mà hai bên đã cùng nhau xây dựng trong "
        "nhiều năm qua, theo Bộ trưởng Phonsavanh Keola.",
        "Lúc đó, hai bên đã ký biên bản ghi nhớ về hợp tác thương mại biên giới.",
    ],
)
def test_lead_followed_by_its_continuation_stays_body(second: str) -> None:
    lead = "Bộ trưởng Công Thương Lào Phonsavanh Keola đã làm việc với lãnh đạo tỉnh Nghệ An."
    text = page(HEADLINE, lead, second, MORE, LAST)
    assert body_lines(text)[:2] == [lead, second]


# -- the article's end and its inside -----------------------------------------------------------


@pytest.mark.parametrize(
    "teaser",
    [
        "Ca sĩ Hà Anh ra mắt album mới trong thá",
        "Đội tuyển Thái Lan chốt danh sách dự SEA Ga",
        "Giá vàng SJC tại Hà Nội hôm nay tiếp tục tăng mạnh sau phiên",
    ],
)
def test_cut_teaser_of_another_story_is_no_body(teaser: str) -> None:
    text = page(HEADLINE, LEAD, MORE, LAST, teaser)
    assert body_lines(text)[-1] == LAST


@pytest.mark.parametrize(
    "stub",
    [
        "Bộ trưởng Phonsavanh Keola cũng đề nghị tỉnh Nghệ An hỗ trợ doanh nghi",
        "Hai bên nhất trí sẽ tiếp tục phối hợp chặt chẽ trong thời gi",
        "Ông Trần Văn Bình, Giám đốc Sở Công Thương cho b",
        # A new person, told in the words of the lines above ("đã làm việc với").
        "Thứ trưởng Ngoại giao Đinh Văn Khải cũng đã làm việc với đoàn sá",
        # A new principal under an office, cut before the verb.
        "Thủ tướng Chính phủ Lê Minh Hoàng",
        "PV: Ông có",  # a question cut off: one capital, a pronoun
        "Прошу Вас передать слова сочувствия и поддержки семьям",
    ],
)
def test_cut_last_sentence_of_the_article_stays_body(stub: str) -> None:
    more = "Trước đó, đoàn đã làm việc với Sở Công Thương tỉnh về hợp tác cửa khẩu."
    text = page(HEADLINE, LEAD, MORE, more, LAST, stub)
    assert body_lines(text)[-1] == stub


@pytest.mark.parametrize(
    ("image", "caption"),
    [
        (
            "nghe an tiep bo truong cong thuong lao",
            "Chủ tịch UBND tỉnh Hoàng Minh Đức phát biểu tại buổi tiếp",
        ),
        ("hop-tac thuong-mai nghe-an lao", "Quang cảnh buổi làm việc giữa hai bên"),
        ("anh-tiep-doan-lao-02.jpg", "Bộ trưởng Phonsavanh Keola trao quà lưu niệm cho tỉnh"),
    ],
)
def test_line_under_an_image_slug_is_its_caption(image: str, caption: str) -> None:
    text = page(HEADLINE, LEAD, image, caption, MORE, LAST)
    assert body_lines(text) == [LEAD, MORE, LAST]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Lãnh đạo tỉnh Nghệ An và Bộ Công Thương Lào chụp ảnh lưu niệm tại trụ sở.",
            "Lãnh đạo tỉnh Nghệ An và Bộ Công Thương Lào chụp ảnh lưu niệm tại trụ sờ.",
        ),
        (
            "Hai bên trao biên bản ghi nhớ hợp tác giữa tỉnh Nghệ An và tỉnh Bolikhamxay.",
            "Hai bên trao biên bản ghi nhớ hợp tác giữa tỉnh Nghệ An và tỉnh Bolikhamxa.",
        ),
    ],
)
def test_caption_typed_twice_with_a_slip_is_no_body(first: str, second: str) -> None:
    text = page(HEADLINE, LEAD, first, second, MORE, LAST)
    assert body_lines(text) == [LEAD, MORE, LAST]


def test_two_different_sentences_in_a_row_stay_body() -> None:
    # Near miss: one word apart, but a different word, not a slip.
    first = "Hai bên nhất trí tăng cường hợp tác thương mại giữa tỉnh Nghệ An và tỉnh Bolikhamxay."
    second = "Hai bên nhất trí tăng cường hợp tác du lịch giữa tỉnh Nghệ An và tỉnh Bolikhamxay."
    text = page(HEADLINE, LEAD, first, second, LAST)
    assert body_lines(text) == [LEAD, first, second, LAST]


@pytest.mark.parametrize(
    "pair",
    [
        [
            "Sinh viên Lào tại Huế đón Tết cổ truyền Bunpimay",
            "Tỉnh Savannakhet chúc mừng năm mới tỉnh Quảng Trị",
        ],
        [
            "Đà Nẵng đón đoàn doanh nghiệp Hàn Quốc tìm hiểu đầu tư",
            "Hội Hữu nghị Việt - Lào tỉnh Hà Tĩnh tổng kết năm",
        ],
    ],
)
def test_two_related_links_between_paragraphs_are_no_body(pair: list[str]) -> None:
    text = page(HEADLINE, LEAD, *pair, MORE, LAST)
    assert body_lines(text) == [LEAD, MORE, LAST]


@pytest.mark.parametrize(
    "pair",
    [
        # Near misses: a subheading and a caption that name the article's own people.
        ["Thúc đẩy hợp tác thương mại cửa khẩu", "Chủ tịch UBND tỉnh Hoàng Minh Đức phát biểu"],
        ["Nghệ An và Lào bàn về cửa khẩu", "Bộ trưởng Phonsavanh Keola tặng quà tỉnh Nghệ An"],
    ],
)
def test_subheading_and_caption_naming_the_article_are_not_related_links(
    pair: list[str],
) -> None:
    text = page(HEADLINE, LEAD, *pair, MORE, LAST)
    assert pair[0] in body_lines(text)


@pytest.mark.parametrize(
    "byline", ["Vũ An – Minh Thư", "Lê Hà - Quốc Bảo", "Thu Trang – Hoài Nam/VOV"]
)
def test_two_reporters_joined_by_a_dash_sign_the_story(byline: str) -> None:
    text = page(HEADLINE, LEAD, MORE, LAST, byline)
    assert body_lines(text)[-1] == LAST
    assert ("byline", byline) in blocks(text)
