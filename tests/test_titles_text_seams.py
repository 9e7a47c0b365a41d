"""Seams of the text surface that break a person's span: a space lost between two words
("vớiThủ tướng", "Thứ trưởngLê", "QHĐinh"), a sentence hard-wrapped at a line end, a name
written once with a lower-case syllable. Invented names, places and outlets."""

from __future__ import annotations

import pytest
from vndiplo_titles.glued_words import case_seam_at, has_case_seam

from tests.titles_helpers import people_by_name
from vndiplo import Document, extract
from vndiplo.model import Block
from vndiplo.sentences import split_sentences


@pytest.mark.parametrize(
    ("word", "cut"),
    [
        ("vớiThủ", 3),  # a preposition glued to a title
        ("vàBộ", 2),
        ("choÔng", 3),
        ("trưởngLê", 6),  # a title's last syllable glued to a name
        ("NgàiHa-ri", 4),  # an honorific glued to a transliterated name
        ("QHĐinh", 2),  # an acronym glued to a name only Vietnamese spells
        ("UBNDTrần", 4),
    ],
)
def test_a_lost_space_at_a_case_seam_is_found(word: str, cut: int) -> None:
    assert case_seam_at(word) == cut


@pytest.mark.parametrize(
    "word",
    ["VinFast", "McCain", "MacArthur", "iPhone", "VNExpress", "PetroVietnam", "UBND", "Thủtướng"],
)
def test_brands_latin_names_and_acronyms_hold_no_seam(word: str) -> None:
    assert case_seam_at(word) == 0


def test_a_plain_sentence_needs_no_token_by_token_read() -> None:
    assert not has_case_seam("Thủ tướng Lê Văn Tâm tiếp Đại sứ Ba Lan tại Hà Nội.")
    assert has_case_seam("Thủ tướng Lê Văn Tâm tiếp vớiĐại sứ Ba Lan.")


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Thủ tướng Lê Văn Tâm đã có cuộc gặp vớiThủ tướng Ba Lan Anna Kowalska tại Bali.",
            "Anna Kowalska",
            "Thủ tướng Ba Lan",
        ),
        (
            "Bộ trưởng Hồ Minh Đạt đã hội đàm cùngBộ trưởng Ngoại giao Chile Pablo Rojas.",
            "Pablo Rojas",
            "Bộ trưởng Ngoại giao Chile",
        ),
        (
            "Sáng 3/4, Thứ trưởngTrần Văn Hòa và ông Mark Ellis ký kết thỏa thuận hợp tác.",
            "Trần Văn Hòa",
            "Thứ trưởng",
        ),
        (
            "Tham dự có Trưởng ban công tác đại biểu QHĐinh Thị Lan và các đại biểu.",
            "Đinh Thị Lan",
            "Trưởng ban công tác đại biểu QH",
        ),
    ],
)
def test_a_title_glued_by_a_lost_space_still_names_its_holder(
    text: str, name: str, title: str
) -> None:
    people = people_by_name(text)
    assert name in people, people
    assert title in people[name].titles


def test_a_glued_title_gives_the_event_its_second_side() -> None:
    doc = extract(
        "Hà Nội, ngày 6/5 - Thủ tướng Lê Văn Tâm đã có cuộc gặp vớiThủ tướng Ba Lan "
        "Anna Kowalska tại Bali.",
        published="2012-05-06",
    )
    names = {p.name for p in doc.events[0].participants}
    assert names == {"Lê Văn Tâm", "Anna Kowalska"}


# A blog post cut at a fixed width: the event sentence runs over a line end, and the second
# side's name opens the next line.
WRAPPED_POST = "\n".join(
    [
        "Bộ trưởng Ngoại giao điện đàm với người đồng cấp",
        "",
        "Ngày 9/3 vừa qua, Bộ trưởng Ngoại giao Vũ Hữu Khang và Ngoại trưởng Na Uy",
        "Erik Solvang đã có cuộc điện đàm, trao đổi về các biện pháp thúc đẩy quan hệ",
        "song phương trong thời gian tới, nhất là về thương mại và năng lượng tái tạo.",
        "Ngoại trưởng Erik Solvang chúc mừng những thành tựu của Việt Nam trong năm",
        "qua và mong muốn hai bên sớm trao đổi các chuyến thăm cấp cao trong năm nay,",
        "đồng thời đề nghị hai nước tăng cường hợp tác trong lĩnh vực đóng tàu biển.",
        "Bộ trưởng Vũ Hữu Khang cảm ơn Ngoại trưởng Erik Solvang và nhất trí rằng",
        "hai bên cần tiếp tục phối hợp chặt chẽ tại các diễn đàn khu vực và quốc tế.",
    ]
)


def test_a_hard_wrapped_sentence_keeps_the_name_before_its_line_end() -> None:
    doc = extract(WRAPPED_POST, published="2019-03-10")
    first = doc.sentence_spans[0]
    assert WRAPPED_POST[first.start : first.end].startswith("Ngày 9/3 vừa qua")
    assert "Erik Solvang đã có cuộc điện đàm" in WRAPPED_POST[first.start : first.end]
    names = {p.name for p in doc.events[0].participants}
    assert names == {"Vũ Hữu Khang", "Erik Solvang"}


def test_a_line_break_ends_a_sentence_in_uncleaned_text() -> None:
    text = "Tiêu đề bài viết\nNội dung thứ nhất"
    spans = [text[s.start : s.end] for s in split_sentences(text, [(0, len(text))])]
    assert spans == ["Tiêu đề bài viết", "Nội dung thứ nhất"]
    wrapped = [text[s.start : s.end] for s in split_sentences(text, [(0, len(text))], {0})]
    assert wrapped == [text]
    doc = Document(text, blocks=[Block(0, len(text), "body", "uncleaned")])
    assert len(doc.sentences) == 2


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the headline writes the name regularly: the body's slip takes that spelling
        ("Chủ tịch nước Lê minh Quang đã đến thăm Hà Lan.", "Lê Minh Quang"),
        ("Chủ tịch nước lê minh Quang đã đến thăm Hà Lan.", "Lê Minh Quang"),
    ],
)
def test_a_lower_case_syllable_takes_the_regular_spelling_of_the_page(
    body: str, expected: str
) -> None:
    doc = extract(f"Chủ tịch nước Lê Minh Quang thăm Hà Lan\n\n{body}", published="2014-05-02")
    assert [p.name for p in doc.people] == [expected]


def test_a_page_that_only_writes_the_odd_form_keeps_it() -> None:
    assert "Lê minh Quang" in people_by_name("Chủ tịch nước Lê minh Quang đã đến thăm Hà Lan.")
