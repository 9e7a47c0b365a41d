"""Round 10: captions, teasers and related lists found by their shape, not their spelling.

A photo's credit closes its caption in many shapes ("Ảnh X" with no colon, "Nguồn: X" after
the full stop, "(Nguồn X)", "AFP photo", "Photo by X"); a gallery prints the headline, the
photo's number and the caption on one line; none of these is body, so none gives the page an
event, a date or a place. Prose that merely holds the word "ảnh" or "nguồn" stays body. Every
page here is invented.
"""

from __future__ import annotations

import pytest

import vndiplo
from tests.boilerplate_helpers import blocks, body_lines, page

HEADLINE = "Thủ tướng Lào thăm chính thức tỉnh Nghệ An"
STAMP = "08/03/2019 10:20"
LEAD = (
    "Sáng 7/3, Thủ tướng Lào Thongloun Sisoulith cùng đoàn đại biểu cấp cao Lào đã đến tỉnh "
    "Nghệ An, bắt đầu chuyến thăm chính thức từ ngày 7 đến 8/3."
)
MORE = (
    "Tại buổi làm việc, lãnh đạo tỉnh Nghệ An thông báo tình hình kinh tế - xã hội và kết quả "
    "hợp tác với các tỉnh của Lào trong năm qua."
)
LAST = (
    "Hai bên nhất trí tăng cường trao đổi đoàn, mở rộng hợp tác giáo dục, y tế và thương mại "
    "qua các cửa khẩu biên giới."
)

# A scene with a place and a day of its own, closed by a credit in each shape.
SCENE = "Lễ đón đoàn tại sân bay quốc tế Vinh chiều 6/3"
CREDITED_CAPTIONS = [
    f"{SCENE}. Ảnh Hoàng Long",
    f"{SCENE}. Ảnh: Hoàng Long/TTXVN",
    f"{SCENE} (Ảnh: Báo Nghệ An)",
    f"{SCENE} - Ảnh Quang Minh",
    f"{SCENE}. Nguồn: VGP",
    f"{SCENE} (Nguồn TTXVN)",
    f"{SCENE}. Photo: Reuters",
    f"{SCENE}. AFP photo",
    f"{SCENE}. Photo by Kyodo",
    f"{SCENE} | ẢNH THANH HÀ",
]


@pytest.mark.parametrize("caption", CREDITED_CAPTIONS)
def test_caption_closed_by_any_credit_is_no_body(caption: str) -> None:
    text = page(HEADLINE, STAMP, LEAD, caption, MORE, LAST)
    assert body_lines(text) == [LEAD, MORE, LAST]
    assert ("caption", caption) in blocks(text)


@pytest.mark.parametrize("caption", CREDITED_CAPTIONS[:4] + CREDITED_CAPTIONS[6:8])
def test_credited_caption_gives_no_event_place_or_day(caption: str) -> None:
    text = page(HEADLINE, STAMP, LEAD, caption, MORE, LAST)
    doc = vndiplo.extract(text)
    assert doc.events
    assert doc.events[0].type == "visit"
    assert all("Vinh" not in (ev.location or "") for ev in doc.events)
    assert all(not str(ev.date or "").endswith("03-06") for ev in doc.events)


# A credit printed alone under its caption, in shapes other than "Ảnh: X".
CREDIT_LINES = ["Ảnh Hoàng Long", "AFP photo", "Photo: Reuters", "(Ảnh Minh Thu)", "Reuters Photo"]


@pytest.mark.parametrize("credit", CREDIT_LINES)
def test_credit_alone_makes_the_line_above_a_caption(credit: str) -> None:
    scene = "Thủ tướng Lào và Bí thư Tỉnh ủy Nghệ An trồng cây lưu niệm tại Khu di tích Kim Liên"
    text = page(HEADLINE, STAMP, LEAD, scene, credit, MORE, LAST)
    assert body_lines(text) == [LEAD, MORE, LAST]


# Near misses: prose that holds "ảnh", "hình" or "nguồn" but ends with no credit.
PROSE_WITH_CUES = [
    "Thủ tướng Lào đã tặng tỉnh bức ảnh Chủ tịch Kaysone Phomvihane và Chủ tịch Hồ Chí Minh.",
    "Theo lãnh đạo tỉnh, dịch bệnh đã ảnh hưởng lớn tới thương mại qua cửa khẩu Nậm Cắn.",
    "Dự án trường học đã được xây dựng bằng nguồn vốn viện trợ của Chính phủ Việt Nam dành "
    "cho Lào.",
    "Hai bên đánh giá cao hình ảnh đẹp của hai dân tộc trong lịch sử đấu tranh. Ảnh hưởng "
    "của hợp tác lan tỏa tới nhiều địa phương",
    "Đoàn đã đến thăm triển lãm ảnh về quan hệ đặc biệt Việt Nam - Lào tại Quảng trường Hồ "
    "Chí Minh.",
    "Sau đó, đoàn chụp ảnh lưu niệm với cán bộ, giáo viên và học sinh Lào đang học tập tại "
    "Nghệ An.",
]


@pytest.mark.parametrize("prose", PROSE_WITH_CUES)
def test_prose_holding_cue_words_stays_body(prose: str) -> None:
    text = page(HEADLINE, STAMP, LEAD, prose, MORE, LAST)
    assert prose in body_lines(text)


def test_lead_with_a_glued_caption_stays_body() -> None:
    """A long dated lead and a caption on one line: the lead keeps the line."""
    line = f"{LEAD} {SCENE}. Ảnh Hoàng Long"
    text = page(HEADLINE, STAMP, line, MORE, LAST)
    assert body_lines(text)[0] == line


# A gallery's line: the headline (the photo's alt text), its number, then the caption, which
# may be long and carry a year of its own.
GALLERY_CAPTIONS = [
    f"{HEADLINE} - ảnh 1 Thủ tướng Lào gặp Bí thư Tỉnh ủy tại Hà Nội tháng 4/2018. "
    "Ảnh: báo Nghệ An.",
    f"{HEADLINE} - Ảnh 2 Hai đoàn hội đàm tại trụ sở Tỉnh ủy Nghệ An trong không khí hữu "
    "nghị, chân thành và tin cậy, với sự tham dự của lãnh đạo các sở, ngành và địa phương "
    "có chung đường biên giới với Lào, tháng 5/2017",
    f"{HEADLINE} hình 3 Thủ tướng Lào dâng hương tại Khu di tích Kim Liên năm 2016",
    f"{HEADLINE} – ảnh 4 Quang cảnh buổi làm việc ở thành phố Vinh năm 2015",
    f"{HEADLINE} - photo 1 Thủ tướng Lào chào cán bộ tỉnh năm 2014",
    f"{HEADLINE} - hinh 2 Doan dai bieu Lao tai Vinh nam 2013",
]


@pytest.mark.parametrize("line", GALLERY_CAPTIONS)
def test_headline_photo_number_caption_is_no_body(line: str) -> None:
    text = page(HEADLINE, STAMP, LEAD, line, MORE, LAST)
    assert body_lines(text) == [LEAD, MORE, LAST]
    doc = vndiplo.extract(text)
    assert all(ev.date is None or "2013" not in str(ev.date) for ev in doc.events)


def test_sentence_mentioning_photos_by_number_stays_body() -> None:
    """Near miss: a sentence that ends before "ảnh" is prose, whatever number follows."""
    prose = (
        "Tỉnh đã tặng đoàn cuốn sách tư liệu. Trong ảnh 1 Thủ tướng Lào ký sổ vàng truyền "
        "thống của tỉnh."
    )
    text = page(HEADLINE, STAMP, LEAD, prose, MORE, LAST)
    assert prose in body_lines(text)


# -- a description printed twice around the stamp --------------------------------------------

SUMMARY = (
    "Bộ trưởng Ngoại giao gửi điện thăm hỏi về trận động đất ở miền Tây Thổ Nhĩ Kỳ, khiến "
    "hàng chục người thiệt mạng."
)
DATED_LEAD = (
    "Được tin trận động đất ở miền Tây Thổ Nhĩ Kỳ khiến hàng chục người thiệt mạng, ngày 3/2, "
    "Bộ trưởng Ngoại giao Lê Hoàng Nam đã gửi điện thăm hỏi tới Bộ trưởng Ngoại giao Thổ Nhĩ "
    "Kỳ Ahmet Kaya."
)
SHORT_HEADLINE = "Bộ trưởng Ngoại giao gửi điện thăm hỏi Thổ Nhĩ Kỳ"
STAMPS = [
    "Theo TTXVN | 04/02/2023, 07:40",
    "04/02/2023 07:40",
    "Thứ bảy, 04/02/2023 - 07:40",
    "Nguồn: VOV | 04-02-2023 07:40",
    "Cập nhật: 07:40 ngày 04/02/2023",
    "Theo Báo Quốc tế",
]


@pytest.mark.parametrize("stamp", STAMPS)
def test_description_printed_twice_around_stamp_is_no_body(stamp: str) -> None:
    text = page(SUMMARY, SHORT_HEADLINE, stamp, SUMMARY, DATED_LEAD, MORE, LAST)
    assert body_lines(text) == [DATED_LEAD, MORE, LAST]
    doc = vndiplo.extract(text)
    assert doc.events[0].trigger in doc.text[doc.events[0].evidence.start :]
    assert "Ahmet Kaya" in {p.name for p in doc.events[0].participants}


def test_lead_printed_twice_around_a_photo_keeps_its_first_copy() -> None:
    """Near miss: no stamp or credit between the copies: the first copy is the lead."""
    text = page(SHORT_HEADLINE, STAMPS[1], DATED_LEAD, "anh-dien-tham-hoi-01.jpg", DATED_LEAD, MORE)
    assert body_lines(text)[0] == DATED_LEAD


def test_summary_twice_without_a_restating_lead_keeps_its_copy() -> None:
    """Near miss: no longer paragraph below says the summary again: the copy is the lead."""
    text = page(SUMMARY, SHORT_HEADLINE, STAMPS[0], SUMMARY, MORE, LAST)
    assert SUMMARY in body_lines(text)


# -- a bulleted list of other stories' headlines under the lead ------------------------------

BORDER_LEAD = (
    "Tại phiên họp thường niên của Ủy ban hợp tác biên giới Việt Nam - Lào, hai bên nhất trí "
    "đẩy nhanh việc tôn tạo hệ thống mốc quốc giới trong năm nay."
)
BORDER_MORE = (
    "Từ ngày 12 đến 15/9, tại thành phố Viêng Chăn, đã diễn ra phiên họp thường niên của Ủy "
    "ban hợp tác biên giới hai nước."
)
RELATED_ITEMS = [
    ("- ", "Bộ đội Biên phòng hai nước tuần tra song phương trên tuyến biên giới Tây Bắc"),
    ("• ", "Giao lưu hữu nghị tại cặp cửa khẩu quốc tế Cầu Treo - Nậm Phao"),
    ("+ ", "Hội đàm giữa Bộ Tư lệnh hai lực lượng bảo vệ biên giới tại Xiêng Khoảng"),
    ("– ", "Trao tặng nhà tình nghĩa cho gia đình chính sách ở bản biên giới"),
    ("* ", "Tăng cường phối hợp phòng chống buôn lậu qua biên giới hai nước"),
    ("► ", "Ký kết biên bản hợp tác giữa các đồn biên phòng kết nghĩa"),
]


@pytest.mark.parametrize("count", [2, 3, 4])
@pytest.mark.parametrize("start", [0, 2])
def test_bulleted_headlines_under_the_lead_are_no_body(count: int, start: int) -> None:
    items = ["".join(item) for item in RELATED_ITEMS[start : start + count]]
    text = "\n".join([BORDER_LEAD, *items, "", BORDER_MORE, LAST])
    assert body_lines(text) == [BORDER_LEAD, BORDER_MORE, LAST]
    doc = vndiplo.extract(text)
    assert all("Xiêng Khoảng" not in (ev.location or "") for ev in doc.events)


def test_bulleted_headlines_above_the_lead_are_no_body() -> None:
    items = ["- " + RELATED_ITEMS[k][1] + " trong năm 2023 và những năm tiếp theo" for k in (0, 2)]
    text = page("Biên giới", *items, BORDER_MORE, LAST)
    assert body_lines(text) == [BORDER_MORE, LAST]


def test_list_introduced_by_a_colon_stays_body() -> None:
    """Near miss: the papers signed, introduced by a colon, belong to the article."""
    intro = "Sau phiên họp, hai bên đã ký kết các văn kiện hợp tác sau:"
    items = [
        "- Biên bản phiên họp thường niên của Ủy ban hợp tác biên giới năm 2023",
        "- Kế hoạch tôn tạo mốc quốc giới trên tuyến biên giới chung",
    ]
    text = "\n".join([BORDER_LEAD, intro, *items, "", BORDER_MORE, LAST])
    assert all(item in body_lines(text) for item in items)


def test_bulleted_sentences_stay_body() -> None:
    """Near miss: items that end with a full stop are the article's own points."""
    items = [
        "- Hai bên thống nhất tăng cường tuần tra chung trên toàn tuyến biên giới.",
        "- Hai bên thống nhất trao đổi thông tin thường xuyên về tình hình an ninh.",
    ]
    text = "\n".join([BORDER_LEAD, *items, "", BORDER_MORE, LAST])
    assert all(item in body_lines(text) for item in items)


# -- bare captions: short unpunctuated lines that restate the headline or the lead ------------

EMBASSY_LEAD = (
    "Từ ngày 14 đến 16/5/2019, Tổng Lãnh sự Việt Nam tại Osaka Trần Minh Châu đã thăm tỉnh "
    "Wakayama và làm việc với Thống đốc Nisaka Yoshinobu, Hội hữu nghị Nhật - Việt và một số "
    "doanh nghiệp của tỉnh."
)
EMBASSY_MORE = (
    "Thống đốc Nisaka hoan nghênh đoàn và mong muốn tăng cường giao lưu giữa địa phương với "
    "các tỉnh, thành phố của Việt Nam."
)
EMBASSY_LAST = (
    "Tổng Lãnh sự cảm ơn sự quan tâm của tỉnh đối với cộng đồng người Việt và các thực tập "
    "sinh đang làm việc tại Wakayama."
)
BARE_CAPTIONS = [
    "Tổng Lãnh sự làm việc với Thống đốc tỉnh Wakayama NISAKA",
    "Tổng Lãnh sự thăm cảng biển tại thành phố Kainan, tỉnh Wakayama",
    "Tổng Lãnh sự Trần Minh Châu và Thống đốc Nisaka Yoshinobu",
    "Thống đốc Nisaka tặng quà lưu niệm cho Tổng Lãnh sự",
    "Tổng Lãnh sự gặp gỡ doanh nghiệp của tỉnh Wakayama tại cảng Shingu",
    "Tổng Lãnh sự Việt Nam tại Osaka thăm tỉnh Wakayama",
]


@pytest.mark.parametrize("caption", BARE_CAPTIONS)
def test_bare_caption_between_paragraphs_is_no_body(caption: str) -> None:
    text = page(EMBASSY_LEAD, caption, EMBASSY_MORE, EMBASSY_LAST)
    assert body_lines(text) == [EMBASSY_LEAD, EMBASSY_MORE, EMBASSY_LAST]
    doc = vndiplo.extract(text)
    assert doc.events[0].type == "visit"
    assert all("Kainan" not in (ev.location or "") for ev in doc.events)
    assert all("Shingu" not in (ev.location or "") for ev in doc.events)


def test_bare_captions_of_a_gallery_in_a_row_are_no_body() -> None:
    text = page(EMBASSY_LEAD, *BARE_CAPTIONS[:2], EMBASSY_MORE, BARE_CAPTIONS[4], EMBASSY_LAST)
    assert body_lines(text) == [EMBASSY_LEAD, EMBASSY_MORE, EMBASSY_LAST]


# Near misses: short lines that stay body.
KEPT_SHORT_LINES = [
    # a subheading on another topic (it opens with no subject the story names)
    "Triển vọng hợp tác nông nghiệp công nghệ cao",
    # it introduces what follows
    "Tổng Lãnh sự nhấn mạnh ba nội dung chính:",
    # a quotation's heading
    "Tổng Lãnh sự: Cộng đồng người Việt là cầu nối",
    # a dated line narrates
    "Ngày 15/5, Tổng Lãnh sự thăm cảng Kainan",
]


@pytest.mark.parametrize("line", KEPT_SHORT_LINES)
def test_short_lines_that_are_no_caption_stay_body(line: str) -> None:
    text = page(EMBASSY_LEAD, line, EMBASSY_MORE, EMBASSY_LAST)
    assert line in body_lines(text)


def test_cut_off_last_line_after_a_caption_stays_body() -> None:
    """A bare caption above the excerpt's cut-off last line: the stub is still body."""
    stub = "Trong thời gian ở Wakayama, Tổng Lãnh sự cũng đã đến thăm khu tưởng niệm cổ với"
    text = page(EMBASSY_LEAD, EMBASSY_MORE, BARE_CAPTIONS[1], stub)
    assert body_lines(text) == [EMBASSY_LEAD, EMBASSY_MORE, stub]


def test_last_short_line_of_a_page_is_left_to_the_end_rules() -> None:
    """Near miss: with no paragraph below, a short line may be the excerpt's cut-off end."""
    line = "Tổng Lãnh sự làm việc với Thống đốc tỉnh Wakayama và giới thiệu"
    text = page(EMBASSY_LEAD, EMBASSY_MORE, line)
    assert line in body_lines(text)


def test_subheading_about_a_named_place_stays_body() -> None:
    """Near miss: the story names "Quảng Trị" only as a place ("tỉnh Quảng Trị"), so a line
    opening with it is a subheading about the places, not a caption of an actor."""
    lead = (
        "Chiều 4/4, Phó Chủ tịch UBND tỉnh Quảng Trị Hà Sỹ Đồng đã tiếp Phó Tỉnh trưởng tỉnh "
        "Savannakhet Sổm Xay và đoàn công tác tại trụ sở tỉnh."
    )
    line = "Quảng Trị và Savannakhet bàn về cửa khẩu Lao Bảo"
    text = page(lead, line, MORE, LAST)
    assert line in body_lines(text)


# -- a message's headline places its topic, not the message -----------------------------------

TOPIC_HEADLINES = [
    "Chủ tịch nước gửi điện chia buồn về trận động đất tại Thổ Nhĩ Kỳ",
    "Thủ tướng gửi điện thăm hỏi về vụ cháy chung cư ở Hồng Kông",
    "Bộ trưởng Ngoại giao gửi thư chia buồn về lũ lụt tại miền Bắc Italy",
    "Lãnh đạo tỉnh gửi điện thăm hỏi về bão lớn ở tỉnh Savannakhet",
]


@pytest.mark.parametrize("headline", TOPIC_HEADLINES)
def test_message_headline_topic_place_is_not_the_message_place(headline: str) -> None:
    lead = (
        "Ngày 7/2, Chủ tịch nước Lê Văn An, Thủ tướng Trần Văn Bình và Bộ trưởng Ngoại giao "
        "Ngô Hữu Chí đã gửi điện thăm hỏi tới lãnh đạo và nhân dân nước bạn về những thiệt hại "
        "nặng nề do thiên tai gây ra."
    )
    text = page(headline, "08/02/2023 09:00", lead, LAST)
    doc = vndiplo.extract(text)
    assert doc.events[0].type == "message"
    assert doc.events[0].location is None


def test_short_then_long_bulleted_headlines_above_the_lead_are_no_body() -> None:
    """A long last item (a paragraph's length, no stop) after short ones: the same list."""
    long_item = (
        "- Hội đàm giữa Bộ Tư lệnh Bộ đội Biên phòng Việt Nam và Bộ Tư lệnh Cảnh sát biên giới "
        "Lào về hợp tác quản lý, bảo vệ đường biên giới và mốc quốc giới trên toàn tuyến"
    )
    items = ["- " + RELATED_ITEMS[0][1], "• " + RELATED_ITEMS[1][1], long_item]
    text = page("Trang chủ > Quốc phòng > Biên giới", *items, BORDER_MORE, LAST)
    assert body_lines(text) == [BORDER_MORE, LAST]
