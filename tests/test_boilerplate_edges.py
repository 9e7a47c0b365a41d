"""The edges of the article on crawled pages: summaries above the lead, galleries, captions and
players after it, and the cut-off last line of an excerpt.

Every page here is invented (outlets, people, places); each reproduces one construction of the
real-page corpus in other words, and the pages beside it that the rule must leave alone.
"""

from __future__ import annotations

import pytest
from vndiplo_boilerplate.restated import restated_share

from tests.test_boilerplate_lead import blocks, body, page

TITLE = "Bộ trưởng Hoàng Minh Khoa tiếp Đoàn đại biểu tỉnh Sa-va-khẹt"
LATER = (
    "Hai bên nhất trí tăng cường trao đổi đoàn các cấp, phối hợp quản lý biên giới và thúc "
    "đẩy thương mại qua các cửa khẩu trong thời gian tới."
)


# -- the sapo that the lead restates ------------------------------------------------------------

SUMMARY = (
    "Đoàn đại biểu tỉnh Sa-va-khẹt do ông Bun-mi Xay-pha dẫn đầu đã đến Hà Nội, bắt đầu "
    "chuyến thăm và làm việc 4 ngày."
)
RESTATING_LEAD = (
    "Nhận lời mời của Bộ trưởng Hoàng Minh Khoa, ngày 3/4, Đoàn đại biểu tỉnh Sa-va-khẹt do "
    "ông Bun-mi Xay-pha, Phó Tỉnh trưởng, dẫn đầu đã đến Hà Nội, bắt đầu chuyến thăm và làm "
    "việc 4 ngày tại Việt Nam."
)


def test_summary_the_lead_restates_is_a_sapo() -> None:
    # No date phrase opens the lead: it is the restatement that marks the summary.
    text = page(TITLE, SUMMARY, RESTATING_LEAD, LATER)
    assert body(text) == [RESTATING_LEAD, LATER]


def test_dated_summary_the_lead_restates_is_a_sapo() -> None:
    summary = "Chiều 3/4, Bộ trưởng Hoàng Minh Khoa đã tiếp Đoàn đại biểu tỉnh Sa-va-khẹt."
    lead = (
        "14h30 ngày 3/4, tại Trụ sở Bộ, Bộ trưởng Hoàng Minh Khoa đã tiếp Đoàn đại biểu tỉnh "
        "Sa-va-khẹt do ông Bun-mi Xay-pha dẫn đầu, Cổng thông tin của Bộ cho biết."
    )
    assert body(page(TITLE, "Lê Vân |", summary, lead, LATER)) == [lead, LATER]


def test_lead_followed_by_a_paragraph_that_goes_on_is_kept() -> None:
    lead = (
        "Sáng 3/4, tại Hà Nội, Bộ trưởng Hoàng Minh Khoa chủ trì lễ đón và hội đàm với Đoàn "
        "đại biểu tỉnh Sa-va-khẹt do ông Bun-mi Xay-pha dẫn đầu."
    )
    second = (
        "Sau lễ đón, Bộ trưởng Hoàng Minh Khoa và ông Bun-mi Xay-pha thăm Phòng truyền thống, "
        "ký sổ lưu niệm rồi tiến hành hội đàm với Đoàn đại biểu tỉnh Sa-va-khẹt."
    )
    assert body(page(TITLE, lead, second, LATER)) == [lead, second, LATER]


def test_long_first_paragraph_restated_below_is_kept() -> None:
    # A first paragraph as long as a lead, quoted again in an announcement below, is the lead.
    lead = (
        "Bộ trưởng Hoàng Minh Khoa sẽ dẫn đầu Đoàn đại biểu Bộ thăm chính thức Vương quốc "
        "Ê-xoa-ti-ni, thăm làm việc tại Cộng hòa Man-đi-vơ và dự Hội nghị Bộ trưởng các nước "
        "ven Ấn Độ Dương tại thủ đô Ma-lê từ ngày 12 đến ngày 19 tháng 5 tới, theo kế hoạch "
        "được công bố sáng nay."
    )
    second = "Thông báo của Văn phòng Bộ cho biết: nhận lời mời của các nước chủ nhà, " + lead
    assert body(page(TITLE, lead, second, LATER)) == [lead, second, LATER]


def test_restated_share_counts_words_in_order() -> None:
    assert restated_share("a b c d", "x a b y c d") == 1.0
    assert restated_share("a b c d", "d c b a") == 0.25
    assert restated_share("a b c d", "x y z") == 0.0
    assert restated_share("a b c", "c a b x c") == 1.0  # not the first match of each word
    assert restated_share("a b c d", "a x", floor=0.9) == 0.25  # below the floor: a bound
    assert restated_share("", "a b") == 0.0


# -- galleries, credited captions, photo tables -------------------------------------------------

LEAD = (
    "Chiều 9/6, tại Trụ sở Bộ, Bộ trưởng Hoàng Minh Khoa đã tiếp Đoàn đại biểu tỉnh Sa-va-khẹt "
    "do ông Bun-mi Xay-pha, Phó Tỉnh trưởng, dẫn đầu."
)


def test_slug_gallery_with_unaccented_numbers_is_captions() -> None:
    slug = "bo truong hoang minh khoa tiep doan dai bieu sa va khet hinh"
    text = page(
        TITLE,
        f"{slug} 1",
        LEAD,
        LATER,
        f"{slug} 2",
        "Hai Bộ trưởng duyệt đội danh dự. Quân nhạc cử quốc thiều hai nước.",
        f"{slug} 3",
        "Bộ trưởng Hoàng Minh Khoa cũng giới thiệu các thành viên đoàn Việt Nam dự buổi tiếp.",
        f"{slug} 4",
        "Bộ trưởng Hoàng Minh Khoa tặng quà lưu niệm cho ông Bun-mi Xay-pha.",
        "bo truong hoang minh khoa tie",
    )
    assert body(text) == [LEAD, LATER]


def test_numbered_gallery_after_the_article_is_captions() -> None:
    alt = "Bộ trưởng Hoàng Minh Khoa tiếp Đoàn đại biểu tỉnh Sa-va-khẹt"
    text = page(
        TITLE,
        LEAD,
        LATER,
        f"{alt} -2Bộ trưởng Hoàng Minh Khoa cảm ơn ông Bun-mi Xay-pha và các thành viên đoàn "
        "đã dành thời gian đến thăm Bộ.",
        f"{alt} -3",
        "Các thành viên Đoàn đại biểu tỉnh Sa-va-khẹt dự buổi tiếp. Hai bên trao đổi thân mật.",
        f"{alt} -4",
        "Bộ trưởng Hoàng Minh Khoa cũng giới thiệu các thành viên đoàn Việt Nam dự buổi tiếp.",
    )
    assert body(text) == [LEAD, LATER]


def test_paragraph_after_an_uncaptioned_photo_number_is_body() -> None:
    text = page(TITLE, "Ảnh đoàn đại biểu hinh 1", LEAD, LATER)
    assert body(text) == [LEAD, LATER]


def test_scene_sentence_credited_to_a_source_is_a_caption() -> None:
    caption = (
        "Bộ trưởng Hoàng Minh Khoa và ông Bun-mi Xay-pha tại buổi tiếp. (Nguồn: Thông tấn Hòa Bình)"
    )
    long_paragraph = (
        "Theo số liệu của cơ quan thống kê, thương mại hai chiều giữa hai địa phương trong năm "
        "qua đạt hơn 120 triệu USD, tăng 18% so với năm trước, trong đó hàng nông sản chiếm "
        "gần một nửa. (Nguồn: Cục Thống kê)"
    )
    text = page(TITLE, LEAD, caption, long_paragraph)
    kinds = {quoted: (kind, rule) for kind, rule, quoted in blocks(text)}
    assert kinds[caption] == ("caption", "source_caption")
    assert kinds[long_paragraph][0] == "body"


@pytest.mark.parametrize(
    "caption",
    [
        "Chủ tịch tỉnh Đào Văn Hưng (phải) tặng quà lưu niệm cho Tổng Lãnh sự Marta Ilves.",
        "Đại sứ Ba Lan (giữa) cùng lãnh đạo Sở Ngoại vụ tại buổi làm việc",
        "Ông Lý Minh Đạt (thứ hai từ trái sang) và đoàn công tác thăm khu công nghiệp (ngày 8, "
        "tại tỉnh Bình Phước).",
        "Bộ trưởng Olsen (bên trái) bắt tay Thứ trưởng Ngô Thị Lan",
    ],
)
def test_scene_placing_its_people_in_the_photo_is_a_caption(caption: str) -> None:
    kinds = {
        quoted: (kind, rule) for kind, rule, quoted in blocks(page(TITLE, LEAD, caption, LATER))
    }
    assert kinds[caption] == ("caption", "position_note")
    assert body(page(TITLE, caption, LEAD, LATER)) == [LEAD, LATER]


def test_a_side_in_brackets_after_a_common_noun_stays_prose() -> None:
    sentence = (
        "Theo quy định mới, xe của đoàn đi làn đường bên (phải) khi vào khu vực cửa khẩu và "
        "dừng ở trạm kiểm soát liên hợp."
    )
    assert body(page(TITLE, LEAD, sentence, LATER)) == [LEAD, sentence, LATER]


def test_photo_table_cell_is_a_caption() -> None:
    cell = "| Đại diện hai đoàn ký biên bản hội đàm tại Hà Nội. |"
    assert body(page(TITLE, LEAD, "![]() |", cell, LATER)) == [LEAD, LATER]


# -- the end of the article ---------------------------------------------------------------------


def test_video_player_invitation_is_a_widget() -> None:
    text = page(
        TITLE,
        LEAD,
        LATER,
        "Mời quý độc giả theo dõi các chương trình truyền hình đã phát sóng của Đài Phương Nam.",
    )
    assert body(text) == [LEAD, LATER]


def test_invitation_to_read_a_speech_stays_body() -> None:
    invitation = "Mời quý độc giả theo dõi toàn văn bài phát biểu của Bộ trưởng Hoàng Minh Khoa."
    assert invitation in body(page(TITLE, LEAD, invitation, LATER))


def test_speech_salutations_are_no_run_of_teasers() -> None:
    # "Kính thưa ..., / Thưa ..., / Thưa ...," end in commas: they open a speech, not a tail.
    speech = (
        "Trước hết, tôi xin chân thành cảm ơn Hội đồng đã tin tưởng giao cho tôi trọng trách "
        "này trong nhiệm kỳ mới."
    )
    text = page(
        TITLE,
        LEAD,
        "Kính thưa Hội đồng tỉnh,",
        "Thưa các vị đại biểu, khách quý,",
        "Thưa toàn thể đồng bào, cử tri trong tỉnh,",
        speech,
    )
    assert speech in body(text)


def test_long_paragraph_trailing_off_below_a_caption_is_body() -> None:
    caption = "Bộ trưởng Hoàng Minh Khoa tặng quà lưu niệm cho Phó Tỉnh trưởng Bun-mi Xay-pha"
    paragraph = (
        "Tỉnh Sa-va-khẹt nằm ở miền Trung nước bạn, có đường biên giới dài với các tỉnh của Việt "
        "Nam, là cửa ngõ của hành lang kinh tế Đông - Tây, nổi tiếng với cà phê, lúa gạo, gỗ "
        "rừng trồng, du lịch sinh thái và các khu công nghiệp mới, những lĩnh vực mà doanh "
        "nghiệp hai bên đang quan tâm như chế biến nông sản, vận tải, kho bãi..."
    )
    assert body(page(TITLE, LEAD, caption, paragraph, LATER))[-2:] == [paragraph, LATER]


def test_text_and_photo_credit_is_a_byline_and_closes_the_article() -> None:
    text = page(TITLE, LEAD, LATER, "Tin, ảnh: Lê Văn Tám", "Một số hình ảnh tại bu")
    labelled = blocks(text)
    assert ("byline", "source_credit", "Tin, ảnh: Lê Văn Tám") in labelled
    assert body(text) == [LEAD, LATER]


def test_cut_off_line_opening_an_earlier_paragraph_is_body() -> None:
    # The excerpt stops at "Hai Bộ" - a name-like pair, but the start of the article's own
    # sentence pattern ("Hai Bộ trưởng ...").
    second = "Hai Bộ trưởng nhất trí duy trì các cơ chế đối thoại thường niên giữa hai bên."
    text = page(TITLE, LEAD, second, "Hai Bộ")
    assert body(text) == [LEAD, second, "Hai Bộ"]


def test_cut_off_line_opening_an_earlier_alt_text_is_not_body() -> None:
    slug = "bo truong hoang minh khoa tiep doan dai bieu sa va khet hinh"
    caption = "Hai Bộ trưởng chụp ảnh lưu niệm cùng các thành viên hai đoàn."
    text = page(TITLE, LEAD, LATER, f"{slug} 1", caption, "bo truong ho")
    assert body(text) == [LEAD, LATER]


def test_cut_off_line_after_a_stopless_caption_is_body() -> None:
    caption = "Lãnh đạo hai tỉnh chụp ảnh lưu niệm cùng các thành viên đoàn công tác"
    text = page(TITLE, LEAD, LATER, caption, "Phó Tỉnh trưởng Bun-mi Xay-pha đề n")
    assert body(text) == [LEAD, LATER, "Phó Tỉnh trưởng Bun-mi Xay-pha đề n"]
