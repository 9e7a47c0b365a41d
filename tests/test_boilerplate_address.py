"""A speech's salutation opens its body; an excerpt's cut-off last line stays body.

Fragments written for these tests (other names, places and outlets than any real page).
"""

from __future__ import annotations

import vndiplo_boilerplate as plugin

from vndiplo import Document


def labelled(text: str) -> list[tuple[str, str]]:
    return [(b.kind, text[b.start : b.end]) for b in plugin.clean_text(Document(text).normalized)]


def body(text: str) -> list[str]:
    return [quoted for kind, quoted in labelled(text) if kind == "body"]


LEAD = (
    "Hôm nay, Hội nghị hữu nghị nhân dân các nước ASEAN lần thứ năm khai mạc tại thành phố "
    "Huế, với sự tham dự của hơn ba trăm đại biểu đến từ mười quốc gia trong khu vực."
)
SECOND = (
    "Thay mặt Ban tổ chức, tôi trân trọng cảm ơn các vị khách quý đã vượt đường xa đến dự và "
    "chúc Hội nghị thành công tốt đẹp, góp phần vun đắp tình đoàn kết giữa nhân dân các nước."
)


def test_salutation_lines_above_a_speech_open_its_body() -> None:
    text = "\n".join(
        [
            "Phát biểu khai mạc Hội nghị hữu nghị nhân dân ASEAN lần thứ năm",
            "Kính thưa các vị đại biểu,",
            "Thưa các vị khách quý,",
            "Thưa toàn thể Hội nghị",
            LEAD,
            SECOND,
        ]
    )
    kept = body(text)
    assert kept[0] == "Kính thưa các vị đại biểu,"
    assert kept[1:3] == ["Thưa các vị khách quý,", "Thưa toàn thể Hội nghị"]
    assert ("title", "Phát biểu khai mạc Hội nghị hữu nghị nhân dân ASEAN lần thứ năm") in (
        labelled(text)
    )


def test_a_letter_salutation_with_a_colon_opens_the_letter() -> None:
    text = "\n".join(
        [
            "Thư chúc mừng của Chủ tịch Hội hữu nghị gửi Hội hữu nghị Peru",
            "Thưa Ngài Chủ tịch:",
            LEAD,
            SECOND,
        ]
    )
    assert body(text)[0] == "Thưa Ngài Chủ tịch:"


def test_a_head_line_that_only_mentions_thua_is_no_salutation() -> None:
    # Not at the start of the line, or a whole sentence: the head keeps its reading.
    text = "\n".join(
        [
            "Lời thưa của Ban biên tập gửi bạn đọc nhân dịp năm mới",
            LEAD,
            SECOND,
        ]
    )
    assert body(text)[0] == LEAD


def test_a_cut_off_stub_that_only_opens_sentences_is_body_not_a_byline() -> None:
    for stub in ("Tại", "Chiều", "Theo"):
        text = "\n".join(["Thủ tướng tiếp Đại sứ Peru tại Hà Nội", LEAD, SECOND, stub])
        assert body(text)[-1] == stub, stub


def test_a_name_alone_after_the_article_is_still_a_byline() -> None:
    text = "\n".join(["Thủ tướng tiếp Đại sứ Peru tại Hà Nội", LEAD, SECOND, "Minh Châu"])
    assert ("byline", "Minh Châu") in labelled(text)


def test_a_cut_off_bulleted_side_note_is_body() -> None:
    cut = "* Cũng trong chiều nay, Phó Chủ tịch Hội hữu nghị đã tiếp đoàn đại biểu thanh niên P"
    text = "\n".join(["Thủ tướng tiếp Đại sứ Peru tại Hà Nội", LEAD, SECOND, cut])
    assert body(text)[-1] == cut


def test_a_bulleted_form_notice_at_the_end_is_not_body() -> None:
    text = "\n".join(
        ["Thủ tướng tiếp Đại sứ Peru tại Hà Nội", LEAD, SECOND, "* Xin mời gửi ý kiến"]
    )
    assert "* Xin mời gửi ý kiến" not in body(text)


def test_a_sentence_about_a_short_topic_title_is_prose_not_a_caption() -> None:
    opening = (
        "Hiệp định Thương mại Việt Nam - Peru được hai bên ký tại Lima ngày 9-3-2021 sau bốn "
        "năm đàm phán, mở ra thị trường mới cho nông sản và thủy sản của cả hai nước."
    )
    text = "\n".join(["Hiệp định Thương mại Việt Nam - Peru", opening, LEAD, SECOND])
    assert body(text)[0] == opening


def test_a_caption_restating_a_long_title_is_still_a_caption() -> None:
    title = "Thủ tướng tiếp Đại sứ đặc mệnh toàn quyền Cộng hòa Peru tại Việt Nam"
    text = "\n".join([title, LEAD, title + " sáng nay.", SECOND])
    assert title + " sáng nay." not in body(text)
