"""Round 5: a side of a meeting named only with an honorific ("ông X hội đàm với ...",
"tiếp bà Y", "Tại cuộc gặp, đồng chí Z ...") is a person with no title, and a reproduced
letter's addressee line ("Ngài <Name>") takes the title written on the line under it.
Sentences written for these tests (invented names, places and outlets); every case also
checks that the windowed scan equals the whole scan."""

from __future__ import annotations

import pytest
from vndiplo_titles import find_people_with

from tests.titles_helpers import LEX, people_by_name
from vndiplo import Document
from vndiplo.model import Block

_people = people_by_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the subject: tense words, "có cuộc", a bracketed abbreviation before the verb
        ("Ông Đào Minh Khuê sẽ có cuộc hội đàm với Tổng thống Ruritania.", "Đào Minh Khuê"),
        ("Chiều nay bà Hà Thu Trang đã hội kiến Chủ tịch Thượng viện.", "Hà Thu Trang"),
        ("Tuần tới ông Lạc Văn Thịnh (LVT) viếng thăm Ấn Độ và Úc.", "Lạc Văn Thịnh"),
        ("Đồng chí Vi Đức Hòa tiếp đoàn đại biểu tỉnh bạn.", "Vi Đức Hòa"),
        ("Ông Marek Zielony đến thăm Đà Nẵng ngày 3/2.", "Marek Zielony"),
        ("Ông Vi Đức Hòa gặp gỡ Đại sứ Ba Lan tại trụ sở.", "Vi Đức Hòa"),
        ("Đồng chí Vi Đức Hòa cảm ơn ông Marek Zielony đã tới.", "Vi Đức Hòa"),
        # the object of the meeting verb
        ("Chủ tịch tỉnh tiếp ông Marek Zielony tại trụ sở.", "Marek Zielony"),
        ("Bộ trưởng đã hội đàm với bà Ingrid Solvang về thương mại.", "Ingrid Solvang"),
        ("Bí thư cảm ơn đồng chí Somphet Inthavong đã dành thời gian.", "Somphet Inthavong"),
        ("Thủ tướng chào xã giao ngài Henrik Aalto tại Helsinki.", "Henrik Aalto"),
        # the subject after a frame naming the meeting
        ("Tại cuộc gặp, ông Đào Minh Khuê nhấn mạnh quan hệ hai nước.", "Đào Minh Khuê"),
        ("Phát biểu tại buổi tiếp, bà Hà Thu Trang nói rằng hai bên gần gũi.", "Hà Thu Trang"),
        ("Trong buổi làm việc với đoàn, đồng chí Vi Đức Hòa đề nghị hợp tác.", "Vi Đức Hòa"),
    ],
)
def test_an_honorific_named_side_of_a_meeting_is_a_person(text: str, name: str) -> None:
    assert _people(text)[name].titles == ()


def test_a_vietnamese_spelt_side_defaults_to_vietnam_a_foreign_one_stays_open() -> None:
    people = _people("Ông Đào Minh Khuê tiếp ông Marek Zielony tại Hà Nội.")
    assert people["Đào Minh Khuê"].country == "VN"
    assert people["Marek Zielony"].country is None
    # a well-known name keeps its own country; "Ngài" leaves a Vietnamese-spelt name open
    assert _people("Ông Hồ Cẩm Đào sẽ gặp Tổng thống Lan.")["Hồ Cẩm Đào"].country == "CN"
    assert _people("Thủ tướng tiếp ngài Đào Minh Khuê.")["Đào Minh Khuê"].country is None


def test_a_foreign_delegations_head_keeps_the_delegations_country() -> None:
    text = "Đoàn đại biểu Trung Quốc do ông Mạnh Khải Trình dẫn đầu đã hội kiến Chủ tịch tỉnh."
    assert _people(text)["Mạnh Khải Trình"].country == "CN"


@pytest.mark.parametrize(
    "text",
    [
        "Ông Đinh Công Tuấn cảm ơn các đại biểu.",  # thanks no side
        "Ông Đinh Công Tuấn tiếp tục công việc ở sở.",  # "tiếp tục": go on
        "Ông Đinh Công Tuấn tiếp nhận hồ sơ.",  # "tiếp nhận": take in
        "Bà Mai Thu Hà gặp cử tri huyện Đông.",  # voters are no side
        "Ông Đinh Công Tuấn thăm hỏi gia đình.",  # "thăm hỏi": ask after
        "Ông Đinh Công Tuấn nói rằng thời tiết đẹp.",  # no meeting at all
        "Ông Tuấn hội đàm với Tổng thống.",  # one word: no full name
        "Tại cuộc họp báo, ông Đinh Công Tuấn trả lời phóng viên.",  # a press briefing
        "Theo ông Đinh Công Tuấn, cuộc gặp diễn ra tốt đẹp.",  # a source, not a side
    ],
)
def test_no_person_without_a_meeting_construction(text: str) -> None:
    assert _people(text) == {}


def _paragraphs(text: str) -> Document:
    """``text`` with one body block per paragraph, as the boilerplate stage makes them."""
    blocks = []
    pos = 0
    for part in text.split("\n\n"):
        start = text.index(part, pos)
        pos = start + len(part)
        if part.strip():
            blocks.append(Block(start, pos, "body"))
    return Document(text, blocks=blocks)


def _letter(address: str, title: str) -> str:
    return (
        "ĐẠI SỨ QUÁN\n\nNgày 4/5/2012\n\n"
        f"{address}\n\n{title}\n\nVarsava\n\n"
        "Thưa Ngài Bộ trưởng,\n\nTôi xin gửi tới Ngài lời chúc mừng nhân dịp năm mới."
    )


@pytest.mark.parametrize(
    ("address", "title", "name"),
    [
        ("Ngài Tomasz Wielki", "Bộ trưởng Bộ Ngoại giao Ba Lan", "Tomasz Wielki"),
        ("   Kính gửi:    Ngài Tomasz Wielki", "Bộ trưởng Bộ Ngoại giao Ba Lan", "Tomasz Wielki"),
        ("Kính gửi: Ông Pieter van Dijk", "Bộ trưởng Bộ Ngoại giao Hà Lan", "Pieter van Dijk"),
        ("Ngài Lê Hoàng Vũ", "Thủ tướng Nước Cộng hòa Xã hội Chủ nghĩa Việt Nam", "Lê Hoàng Vũ"),
    ],
)
def test_a_letters_addressee_takes_the_title_on_the_next_line(
    address: str, title: str, name: str
) -> None:
    doc = _paragraphs(_letter(address, title))
    people = find_people_with(doc, LEX)
    assert people == find_people_with(doc, LEX, windowed=False)
    by_name = {p.name: p for p in people}
    assert by_name[name].titles == (title,)


@pytest.mark.parametrize(
    ("address", "title"),
    [
        ("Ngài Tomasz Wielki cảm ơn", "Bộ trưởng Bộ Ngoại giao Ba Lan"),  # not a name line
        ("Ngài Tomasz Wielki", "Varsava, ngày 4/5"),  # no title under it
        ("Tomasz Wielki", "Bộ trưởng Bộ Ngoại giao Ba Lan"),  # no honorific: a signature
    ],
)
def test_no_title_joined_without_an_address_line_and_a_title_line(address: str, title: str) -> None:
    doc = _paragraphs(_letter(address, title))
    assert all(p.name != "Tomasz Wielki" for p in find_people_with(doc, LEX))
