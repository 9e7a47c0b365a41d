"""Round 15: page furniture around the article (README, round 15 boilerplate class).

Each family is written in several invented wordings, with near misses that must not change:

* a breadcrumb of two section names glued before the headline ("Thời sự - Chính trị <h>");
* a header bar whose items are split by tight bars ("Đặt mua| Mới - ...| Thứ Hai, ngày ...,");
* a comment form under the article ("Trả lời", "Thư điện tử của bạn sẽ không ...");
* a numbered link menu above the headline ("1.[Tin] (H) - 2.TAI LIEU - 3. DIEN DAN");
* a player's label printed twice with its numbers ("Nghe trực tuyến I Nghe trực tuyến II"),
  and a question headline as the last item of a bullet menu;
* a photo caption whose first sentence holds a name's initials ("ông John F. Kerr, ...");
* an editor's note on the order of a live page's updates ("Tin theo thứ tự từ dưới lên:");
* an image's title copied with the site's name ("<caption> - Báo X") under the caption itself.

Names, places and dates are invented; no page text is quoted.
"""

from __future__ import annotations

import pytest

from tests.boilerplate_helpers import blocks, body_lines, page, titles

HEAD = "Đoàn đại biểu tỉnh Sơn Lâm thăm, chúc Tết lãnh đạo tỉnh Hà Giang Nam"
LEAD = (
    "Chiều 12/1, Đoàn đại biểu tỉnh Sơn Lâm do ông Lê Quang Vĩnh, Phó Chủ tịch UBND tỉnh làm "
    "trưởng đoàn đã đến thăm, chúc Tết lãnh đạo tỉnh Hà Giang Nam nhân dịp năm mới."
)
MORE = (
    "Tại buổi tiếp, hai bên đã thông tin cho nhau về tình hình kinh tế - xã hội của mỗi địa "
    "phương và nhất trí tiếp tục thúc đẩy hợp tác trong thời gian tới."
)
LAST = (
    "Chiều cùng ngày, đoàn đã đến thăm và làm việc với Bộ Chỉ huy Quân sự tỉnh Hà Giang Nam, "
    "trao quà cho các gia đình chính sách trên địa bàn."
)


def _kind(text: str, line: str) -> str | None:
    return dict((quoted, kind) for kind, quoted in blocks(text)).get(line)


# -- a breadcrumb of section names glued before the headline -------------------------------


@pytest.mark.parametrize(
    "crumb",
    [
        "Thời sự - Chính trị ",
        "Tin tức | Đối ngoại ",
        "Quốc tế - Ngoại giao: ",
        "Thời sự – Tin hoạt động - ",
        "Tin tức - Thời sự - Chính trị ",
        "Xã hội - Địa phương | ",
    ],
)
def test_a_breadcrumb_of_sections_is_cut_off_the_headline(crumb: str) -> None:
    assert titles(page(crumb + HEAD, LEAD, MORE)) == [HEAD]


def test_one_section_name_is_still_cut_off() -> None:
    assert titles(page("Chính trị " + HEAD, LEAD, MORE)) == [HEAD]


def test_a_section_word_that_opens_a_proper_name_stays_in_the_headline() -> None:
    # "Kinh tế Việt Nam ...": the name runs on into a proper name, so it is the headline's.
    head = "Kinh tế Việt Nam tăng tốc trong quý đầu năm"
    assert titles(page("Thời sự - " + head, LEAD, MORE)) == [head]


def test_a_headline_that_opens_with_a_section_word_in_a_phrase_is_kept() -> None:
    head = "Chính trị gia Nhật Bản thăm tỉnh Hà Giang Nam"
    assert titles(page(head, LEAD, MORE)) == [head]


# -- a header bar split by tight bars --------------------------------------------------------


@pytest.mark.parametrize(
    "bar",
    [
        "Đặt mua báo in| Mới - Đọc báo in phiên bản số| Thứ Hai, Ngày 14 tháng 05 năm 2029,",
        "Liên hệ quảng cáo| Đường dây nóng| Thứ Sáu, ngày 3/9/2032,",
        "Đăng nhập |Đăng ký |Thứ Ba, 12/12/2028,",
        "Báo in| Tạp chí| Podcast| Chủ Nhật, 6 tháng 1, 2030,",
        "Tòa soạn| Liên hệ| Hôm nay,",
        "Đặt báo|Báo điện tử| RSS|",
    ],
)
def test_a_tight_bar_menu_above_the_headline_is_no_title(bar: str) -> None:
    assert titles(page(bar, HEAD, LEAD, MORE)) == [HEAD]


def test_a_headline_split_at_a_comma_still_joins_its_first_half() -> None:
    first = "Hợp tác biên giới Sơn Lâm - Hà Giang Nam được đẩy mạnh,"
    second = "hai tỉnh ký kết biên bản ghi nhớ mới"
    found = titles(page(first, second, LEAD, MORE))
    assert found == [first]


def test_one_bar_in_a_headline_leaves_it_the_headline() -> None:
    head = "Sơn Lâm| Đoàn đại biểu tỉnh thăm, chúc Tết tỉnh bạn"
    assert titles(page(head, LEAD, MORE)) == [head]


# -- a comment form under the article ------------------------------------------------------


@pytest.mark.parametrize(
    "form",
    [
        ["Trả lời", "Thư điện tử của bạn sẽ không được hiển thị công khai."],
        ["Để lại một bình luận", "Địa chỉ email của bạn sẽ không được công bố."],
        ["Trả lời", "Hủy trả lời", "Email của bạn sẽ không được hiển thị công khai."],
        ["Các trường bắt buộc được đánh dấu *"],
        ["Để lại bình luận", "Các trường bắt buộc được đánh dấu là *"],
        [
            "Lưu tên của tôi, email, và trang web trong trình duyệt này cho lần bình luận kế "
            "tiếp của tôi."
        ],
        ["Leave a Reply", "Your email address will not be published."],
    ],
)
def test_a_comment_form_after_the_body_is_dropped(form: list[str]) -> None:
    assert body_lines(page(HEAD, LEAD, MORE, LAST, *form)) == [LEAD, MORE, LAST]


def test_prose_about_a_reply_stays_body() -> None:
    line = (
        "Trả lời câu hỏi của phóng viên, ông Lê Quang Vĩnh cho biết thư điện tử của các doanh "
        "nghiệp sẽ được tiếp nhận tại cổng thông tin của tỉnh."
    )
    assert body_lines(page(HEAD, LEAD, line, MORE)) == [LEAD, line, MORE]


def test_prose_about_a_confidential_letter_stays_body() -> None:
    line = (
        "Thư điện tử của Bộ Ngoại giao sẽ không được công khai trước khi hai bên hoàn tất các "
        "thủ tục cần thiết, người phát ngôn cho biết."
    )
    assert body_lines(page(HEAD, LEAD, line, MORE)) == [LEAD, line, MORE]


# -- a numbered link menu above the headline -----------------------------------------------


@pytest.mark.parametrize(
    "menu",
    [
        "1.[tin-tuc] (H) [binh-luan] (H) [xa-hoi] (H) [the-gioi] (H) [kinh-te] (H) [van-hoa] (H)"
        " [phap-luat] (H) - 2.TAI LIEU - 3. DIEN DAN - 4.[Audio] 5.[Video] - 6.[Lien lac] (7.H_a)",
        "1.[Trang nha] (H) [Tin moi] (H) [Binh luan] (H) [Phong su] (H) [Doi song] (H) [Giai tri]"
        " (H) - 2.[Video] - 3.[Hinh anh] - 4.[Lien lac] - 5.[Tai lieu] - 6.[Thu vien] (7.H_b)",
        "1. Trang chủ - 2. Tin tức trong nước - 3. Tin tức quốc tế - 4. Diễn đàn bạn đọc - 5. Thư"
        " viện ảnh - 6. Âm thanh - 7. Liên hệ tòa soạn - 8. Quảng cáo - 9. Tuyển dụng",
        "1.Trang nhà 2.Bài viết mới 3.Tài liệu lưu trữ 4.Âm thanh 5.Hình ảnh 6.Phim tài liệu"
        " 7.Sách báo 8.Diễn đàn 9.Liên lạc 10.Hướng dẫn sử dụng 11.Ủng hộ",
        "1.[Tin nhanh] (H) - 2.[Chuyen de] (H) - 3.[Phong su] (H) (4.H_xa) (5.H_nb)",
        "1.DIEN DAN - 2.DOWNLOAD - 3.LIEN KET",
    ],
)
def test_a_numbered_link_menu_is_no_title(menu: str) -> None:
    assert titles(page(menu, HEAD, LEAD, MORE)) == [HEAD]


def test_a_numbered_list_in_prose_stays_body() -> None:
    line = (
        "Hai bên nhất trí ba điểm: 1. tăng cường trao đổi đoàn các cấp; 2. mở rộng thương mại "
        "biên giới; 3. phối hợp quản lý, bảo vệ đường biên, mốc giới trên thực địa."
    )
    assert body_lines(page(HEAD, LEAD, line, MORE)) == [LEAD, line, MORE]


def test_a_numbered_headline_is_kept() -> None:
    head = "5 điểm nhấn trong chuyến thăm của đoàn đại biểu tỉnh Sơn Lâm"
    assert titles(page(head, LEAD, MORE)) == [head]


# -- a player's numbered labels, and a question headline in a bullet menu -------------------


@pytest.mark.parametrize(
    "player",
    [
        "Nghe Online I                           Nghe Online II",
        "Nghe trực tuyến 1 Nghe trực tuyến 2",
        "Máy chủ 1 Máy chủ 2 Máy chủ 3",
        "Xem video I Xem video II",
        "Kênh A Kênh B",
        "Phần 1 Phần 2",
    ],
)
def test_a_players_numbered_labels_are_no_title(player: str) -> None:
    text = page("• Trang chủ\n• Giới thiệu\n• " + HEAD, "2031-01-12 15:48:52", player, LEAD, MORE)
    assert titles(text) == [HEAD]


def test_a_question_headline_ending_a_bullet_menu_is_the_title() -> None:
    head = "Đoàn đại biểu tỉnh Sơn Lâm chúc Tết Hà Giang Nam gửi đi thông điệp gì?"
    text = page("• Trang chủ\n• Giới thiệu\n• " + head, "2031-01-12 15:48:52", LEAD, MORE)
    assert titles(text) == [head]


def test_a_question_headline_ending_a_bullet_menu_beats_a_player_label() -> None:
    head = "Vì sao Đoàn đại biểu tỉnh Sơn Lâm chọn Hà Giang Nam cho chuyến thăm đầu năm?"
    text = page("• Trang chủ\n• Liên hệ\n• " + head, "Nghe Online I Nghe Online II", LEAD)
    assert titles(text) == [head]


def test_a_headline_that_repeats_a_word_is_not_a_player() -> None:
    head = "Năm mới, Sơn Lâm và Hà Giang Nam mở ra năm hợp tác mới"
    assert titles(page(head, LEAD, MORE)) == [head]


# -- a caption whose first sentence holds initials -------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "Chủ tịch Hội hữu nghị Việt - Úc tại tỉnh Hà Giang Nam Trần Thu Vân (trái) tiếp thân mật"
        " đoàn của ông John F. Kerr, Phó Chủ tịch Hội hữu nghị Úc - Việt Nam. (Ảnh: Minh Hà) |",
        "Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Sơn Lâm Lê Thanh Bình (Trái) tiếp xã giao "
        "ông Ahmad M.M. Kareem, Tổng Thư ký Liên đoàn Lao động Jordan. (Ảnh: Thu Trang) |",
        "Phó Chủ tịch Ủy ban nhân dân tỉnh Hà Giang Nam Lê Quang Vĩnh tiếp thân mật đoàn doanh "
        "nghiệp của ông Peter J. R. Sandoval, Tổng Lãnh sự Mỹ tại thành phố Hồ Chí Minh. (Ảnh: "
        "Quốc Huy)",
    ],
)
def test_a_caption_with_initials_is_no_body(caption: str) -> None:
    text = page(HEAD, "![]() |", caption, MORE, LAST)
    assert body_lines(text) == [MORE, LAST]
    assert titles(text) == [HEAD]


def test_a_lead_with_a_caption_glued_after_it_stays_body() -> None:
    # "never drop a lead paragraph because a caption repeats it": a whole paragraph of prose
    # before the caption's sentence keeps the line.
    line = (
        "Chiều 12/1, tại trụ sở UBND tỉnh, ông Lê Quang Vĩnh đã tiếp thân mật đoàn đại biểu "
        "tỉnh Sơn Lâm do ông Peter J. Sandoval dẫn đầu sang thăm và chúc Tết. Ông Lê Quang Vĩnh "
        "tiếp đoàn. (Ảnh: Quốc Huy)"
    )
    assert line in body_lines(page(HEAD, line, MORE))


# -- an editor's note on the order of updates ----------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Tin theo thứ tự từ dưới lên:",
        "Tin theo thứ tự từ trên xuống:",
        "Các tin được cập nhật theo thứ tự thời gian:",
        "Diễn biến được xếp theo thứ tự từ mới đến cũ",
        "Tin mới nhất ở trên cùng:",
        "Bài viết được cập nhật liên tục:",
    ],
)
def test_an_order_note_above_the_lead_is_no_body(note: str) -> None:
    assert body_lines(page(HEAD, note, LEAD, MORE)) == [LEAD, MORE]


def test_an_introducing_line_above_the_lead_stays_body() -> None:
    note = "Theo thông cáo của Bộ Ngoại giao:"
    assert note in body_lines(page(HEAD, note, LEAD, MORE))


def test_prose_about_an_order_stays_body() -> None:
    line = (
        "Các đoàn lần lượt phát biểu theo thứ tự bảng chữ cái tên nước, bắt đầu từ đoàn "
        "Campuchia và kết thúc với đoàn Việt Nam."
    )
    assert body_lines(page(HEAD, LEAD, line, MORE)) == [LEAD, line, MORE]


# -- an image's title copied with the site's name -------------------------------------------

CAPTION = "Chủ tịch tỉnh Lê Quang Vĩnh tại cuộc gặp với đoàn đại biểu tỉnh Sơn Lâm"


@pytest.mark.parametrize(
    ("credit", "site"),
    [
        ("© Sputnik / Ivan Petrov / Chuyển đến kho ảnh", "Sputnik Việt Nam"),
        ("© REUTERS / John Smith", "Sputnik Việt Nam"),
        ("© AFP / Jean Dupont ", "Báo Sơn Lâm"),
        ("© Ảnh: Quốc Huy / ", "VOV"),
    ],
)
def test_an_images_title_copy_with_a_site_name_is_no_title(credit: str, site: str) -> None:
    text = page(HEAD, credit + CAPTION, f"{CAPTION} - {site}", LEAD, MORE)
    assert titles(text) == [HEAD]


def test_a_headline_with_a_site_name_and_no_caption_stays_the_title() -> None:
    head = f"{HEAD} - Báo Sơn Lâm"
    assert titles(page(head, LEAD, MORE)) == [head]


# -- a photo's caption standing where a lost headline was -------------------------------------


@pytest.mark.parametrize(
    "toolbar",
    ["leftcenterrightdel", "left center right del", "leftcenterright", "Ảnh 1"],
)
def test_the_line_under_an_images_toolbar_is_no_title(toolbar: str) -> None:
    caption = "Ông Lê Quang Vĩnh - Phó Chủ tịch UBND tỉnh - phát biểu tại buổi tiếp"
    assert titles(page(toolbar, caption, LEAD, MORE)) == []


def test_a_headline_under_the_toolbar_of_another_image_stays_the_title() -> None:
    # the toolbar stands above a headline only when the image is the page's first line; a
    # headline above the toolbar is still the title.
    assert titles(page(HEAD, "leftcenterrightdel", LEAD, MORE)) == [HEAD]


@pytest.mark.parametrize(
    "portrait",
    [
        "Phó Chủ tịch UBND tỉnh Lê Quang Vĩnh",
        "Ông Lê Quang Vĩnh",
        "Đại sứ Lê Quang Vĩnh",
        "Bộ trưởng Ngoại giao Sơn Lâm Lê Quang Vĩnh",
    ],
)
def test_a_portrait_caption_the_lead_repeats_is_no_title(portrait: str) -> None:
    lead = (
        f"Chiều 12/1, {portrait} đã tiếp thân mật đoàn đại biểu tỉnh Hà Giang Nam sang thăm và "
        "chúc Tết nhân dịp năm mới."
    )
    assert titles(page(portrait, lead, MORE)) == []


def test_a_short_headline_the_lead_repeats_with_an_act_stays_the_title() -> None:
    head = "Lãnh đạo tỉnh tiếp đoàn Sơn Lâm"
    lead = f"Chiều 12/1, {head} do ông Lê Quang Vĩnh dẫn đầu sang thăm và chúc Tết."
    assert titles(page(head, lead, MORE)) == [head]


def test_a_name_headline_the_lead_does_not_repeat_stays_the_title() -> None:
    head = "Tân Đại sứ Sơn Lâm Lê Quang Vĩnh"
    assert titles(page(head, LEAD, MORE)) == [head]


def test_a_short_headline_naming_nobody_the_lead_repeats_stays_the_title() -> None:
    head = "Điện chia buồn"
    lead = "Được tin ông Lê Quang Vĩnh từ trần, lãnh đạo tỉnh Sơn Lâm đã gửi điện chia buồn."
    assert titles(page(head, lead, MORE)) == [head]


# -- a blog's numbered post headline over the reposted article's own ---------------------------

REPOSTED = "Những thách thức đằng sau hợp tác biên giới Sơn Lâm - Hà Giang Nam"


@pytest.mark.parametrize("number", ["891. ", "12. ", "Số 45: ", "Bài 7: ", "3021 - "])
def test_a_blogs_numbered_headline_is_the_title(number: str) -> None:
    text = page(number + REPOSTED, "Posted by admin on 13/04/2031", "Báo Sơn Lâm", REPOSTED, LEAD)
    assert titles(text) == [number + REPOSTED]


def test_a_breadcrumb_before_a_headline_still_loses_to_the_bare_headline() -> None:
    text = page("Trang chủ Tin tức Hoạt động " + REPOSTED, REPOSTED, LEAD)
    assert titles(text) == [REPOSTED]


# -- a caption set off by its indent among flush paragraphs ------------------------------------

INDENTED = [
    " Ông Lê Quang Vĩnh tiếp thân mật Đoàn đại biểu tỉnh Sơn Lâm do ông Trần Văn Phúc làm"
    " trưởng đoàn",
    "  Lãnh đạo hai tỉnh chụp ảnh lưu niệm",
    "\tÔng Trần Văn Phúc trao quà lưu niệm cho lãnh đạo tỉnh Hà Giang Nam",
    " Ông Trần Văn Phúc, Phó tỉnh trưởng tỉnh Sơn Lâm gửi thư chúc mừng của tỉnh trưởng t",
]


@pytest.mark.parametrize("caption", INDENTED)
def test_an_indented_unpunctuated_line_between_flush_paragraphs_is_a_caption(caption: str) -> None:
    assert body_lines(page(HEAD, LEAD, caption, MORE, LAST)) == [LEAD, MORE, LAST]


@pytest.mark.parametrize("caption", INDENTED)
def test_an_indented_caption_at_the_excerpts_end_is_no_body(caption: str) -> None:
    assert body_lines(page(HEAD, LEAD, MORE, caption)) == [LEAD, MORE]


def test_an_indented_paragraph_closed_by_a_full_stop_stays_body() -> None:
    line = " " + MORE
    assert body_lines(page(HEAD, LEAD, line, LAST)) == [LEAD, MORE, LAST]


def test_a_page_indented_throughout_keeps_its_lines() -> None:
    cut = "Chiều cùng ngày, đoàn đã đến thăm Bộ Chỉ huy Quân sự tỉnh Hà Giang Nam và"
    text = page(HEAD, "    " + LEAD, "    " + MORE, "    " + cut)
    assert body_lines(text) == [LEAD, MORE, cut]


def test_a_flush_cut_off_end_stays_body() -> None:
    cut = "Chiều cùng ngày, đoàn đã đến thăm Bộ Chỉ huy Quân sự tỉnh Hà Giang Nam và"
    assert body_lines(page(HEAD, LEAD, MORE, cut)) == [LEAD, MORE, cut]


# -- a pictured pair at the excerpt's end ----------------------------------------------------


@pytest.mark.parametrize(
    "pair",
    [
        "Tổng Lãnh sự Tanaka cùng Bí thư Tỉnh ủy Sơn Lâm Lê Quang Vĩnh",
        "Đại sứ Peter Sandoval và Chủ tịch UBND tỉnh Trần Văn Phúc",
        "Ông Lê Quang Vĩnh cùng Tỉnh trưởng Kong Sovann",
        "Bộ trưởng Ngoại giao Sơn Lâm Trần Văn Phúc với Đại sứ Hà Giang Nam Lê Quang Vĩnh",
    ],
)
def test_a_pictured_pair_at_the_excerpts_end_is_no_body(pair: str) -> None:
    assert body_lines(page(HEAD, LEAD, MORE, pair)) == [LEAD, MORE]


@pytest.mark.parametrize(
    "cut",
    [
        "Tổng Lãnh sự Tanaka cùng Bí thư Tỉnh ủy Sơn Lâm Lê Quang Vĩnh đã",
        "Sau đó, Đại sứ Peter Sandoval và Chủ tịch UBND tỉnh Trần Văn Phúc",
        "Ông Lê Quang Vĩnh cho biết, tỉnh sẵn sàng hợp tác cùng Campuchia",
    ],
)
def test_a_cut_sentence_at_the_excerpts_end_stays_body(cut: str) -> None:
    assert body_lines(page(HEAD, LEAD, MORE, cut)) == [LEAD, MORE, cut]


# -- a credited summary above a lead that opens with the news it answers ----------------------

CONDOLENCE_LEAD = (
    "Được tin nguyên Chủ tịch nước Lê Quang Vĩnh từ trần, ngày 14/3, Ban Chấp hành Trung ương "
    "Đảng và Chính phủ nước Cộng hòa Sơn Lâm đã gửi điện chia buồn tới lãnh đạo và nhân dân Hà "
    "Giang Nam."
)
CONDOLENCE_MORE = (
    "Bức điện viết: Chúng tôi vô cùng thương tiếc trước sự ra đi của đồng chí Lê Quang Vĩnh, "
    "người bạn lớn của nhân dân Sơn Lâm."
)


@pytest.mark.parametrize(
    ("head", "summary"),
    [
        (
            "Lãnh đạo Sơn Lâm gửi điện chia buồn nguyên Chủ tịch nước Lê Quang Vĩnh từ trần.",
            "VOV.VN - Bức điện nêu rõ: đồng chí Lê Quang Vĩnh là người bạn lớn của Sơn Lâm.",
        ),
        (
            "Lãnh đạo Sơn Lâm gửi điện chia buồn",
            "(TTXVN) - Sơn Lâm bày tỏ thương tiếc nguyên Chủ tịch nước Lê Quang Vĩnh.",
        ),
        (
            "Điện chia buồn của lãnh đạo Sơn Lâm",
            "TTO - Lãnh đạo Sơn Lâm gửi lời chia buồn sâu sắc về việc ông Lê Quang Vĩnh từ trần.",
        ),
    ],
)
def test_a_credited_summary_above_a_news_received_lead_is_a_sapo(head: str, summary: str) -> None:
    lead = CONDOLENCE_LEAD
    assert body_lines(page(head, summary, lead, CONDOLENCE_MORE)) == [lead, CONDOLENCE_MORE]


@pytest.mark.parametrize(
    "lead",
    [
        CONDOLENCE_LEAD,
        CONDOLENCE_LEAD.replace("Được tin", "Nhận được tin", 1),
        CONDOLENCE_LEAD.replace("Được tin", "Hay tin", 1),
    ],
)
def test_a_news_received_lead_under_its_headline_stays_the_lead(lead: str) -> None:
    head = "Lãnh đạo Sơn Lâm gửi điện chia buồn"
    assert body_lines(page(head, lead, CONDOLENCE_MORE)) == [lead, CONDOLENCE_MORE]


def test_a_credited_summary_with_no_headline_above_stays_the_lead() -> None:
    # README round 8 #38: with no headline above it, the credited paragraph is the lead.
    summary = (
        "VOV.VN - Lãnh đạo Sơn Lâm gửi lời chia buồn sâu sắc tới Đảng, Nhà nước và nhân dân Hà "
        "Giang Nam về việc nguyên Chủ tịch nước Lê Quang Vĩnh từ trần."
    )
    assert summary.split(" - ", 1)[1] in body_lines(page(summary, CONDOLENCE_LEAD))


def test_prose_about_required_items_stays_body() -> None:
    line = (
        "Thông tin cần thiết được ghi chú đầy đủ trong biên bản ghi nhớ mà hai tỉnh đã ký kết "
        "tại buổi làm việc chiều cùng ngày."
    )
    assert body_lines(page(HEAD, LEAD, line, MORE)) == [LEAD, line, MORE]


def test_prose_that_leaves_a_message_stays_body() -> None:
    line = (
        "Trước khi rời tỉnh, đoàn đã để lại một bình luận trong sổ lưu niệm của Bảo tàng tỉnh, "
        "bày tỏ ấn tượng sâu sắc về lịch sử của vùng đất Hà Giang Nam."
    )
    assert body_lines(page(HEAD, LEAD, line, MORE)) == [LEAD, line, MORE]


# -- an outlet's initials glued after the last sentence ---------------------------------------


@pytest.mark.parametrize("credit", ["PL", "TTXVN", "VOV", "T.H", "NG.TH.", "QĐND"])
def test_initials_glued_after_the_last_sentence_are_cut_off(credit: str) -> None:
    assert body_lines(page(HEAD, LEAD, f"{MORE} {credit}")) == [LEAD, MORE]


def test_initials_after_an_ellipsis_are_cut_off() -> None:
    line = MORE[:-1] + "... PL"
    assert body_lines(page(HEAD, LEAD, line)) == [LEAD, MORE[:-1] + "..."]


@pytest.mark.parametrize(
    "line",
    [
        "Hai bên nhất trí thúc đẩy việc thực thi Hiệp định RCEP và sớm ký kết Hiệp định EVFTA",
        "Chiều cùng ngày, đoàn cũng đến thăm Trường Đại học Sơn Lâm và gặp gỡ sinh viên ngành CNTT",
        "Hai bên cũng trao đổi về hợp tác trong khuôn khổ Liên hợp quốc (LHQ).",
    ],
)
def test_a_paragraph_ending_in_capitals_of_its_own_keeps_them(line: str) -> None:
    body = body_lines(page(HEAD, LEAD, line, MORE))
    assert line in body
