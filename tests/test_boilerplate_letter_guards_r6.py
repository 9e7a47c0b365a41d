"""Guards on the letter-signature rule (review of round 6; pages written for these tests): an
interview's last answer speaks in the first person too, so a byline and office-led headlines
under it are no signature; an office line with ":" or a second office after "và" is no
signer's office; a letter the page tells of, addresses or closes with a formula keeps its
signature."""

from __future__ import annotations

import pytest

from tests.boilerplate_helpers import blocks, body_lines, page

TITLE = "Đại sứ Phần Lan: Hai nước còn nhiều dư địa hợp tác về giáo dục"
QUESTION = (
    "Thưa Đại sứ, ông đánh giá thế nào về kết quả hợp tác giáo dục giữa hai nước trong năm "
    "vừa qua, nhất là về trao đổi sinh viên và giảng viên?"
)
ANSWER = (
    "Trong năm qua, số sinh viên Việt Nam sang Phần Lan học tập tăng gần gấp đôi, và nhiều "
    "trường đại học hai nước đã ký thỏa thuận trao đổi giảng viên, nghiên cứu chung."
)
LAST = (
    "Chúng tôi sẽ tiếp tục mở rộng học bổng cho sinh viên Việt Nam, nhất là trong các ngành "
    "công nghệ xanh và năng lượng tái tạo."
)
BYLINE = "Thu Trang"


@pytest.mark.parametrize(
    "headlines",
    [
        ["Chủ tịch nước: Giáo dục là trụ cột của quan hệ đối tác", "Tin mới nhất"],
        ["Thủ tướng Phần Lan và những ấn tượng về vịnh Hạ Long", "Tin mới nhất"],
        # no ":" and no "và": only the page (an interview, no letter) keeps it apart
        ["Thủ tướng Phần Lan tại Diễn đàn Kinh tế Mekong", "Tin mới nhất"],
    ],
)
def test_an_interviews_byline_and_headlines_are_no_signature(headlines: list[str]) -> None:
    found = blocks(page(TITLE, QUESTION, ANSWER, LAST, BYLINE, *headlines))
    kept = [quoted for kind, quoted in found if kind == "body"]
    assert kept[-1] == LAST
    assert BYLINE not in kept and headlines[0] not in kept


LETTER_TITLE = "Thư cảm ơn của Thủ tướng Phần Lan"
LETTER = (
    "Thay mặt Chính phủ Phần Lan, tôi muốn nói lời cảm ơn tới các bạn ở Huế và Hội An, nơi "
    "đoàn chúng tôi được chào đón như người trong nhà suốt mấy ngày ngắn ngủi."
)


@pytest.mark.parametrize(
    ("closing", "signature"),
    [
        # the writer addresses the reader
        ("Tôi xin chúc Ngài dồi dào sức khỏe.", ["Aino Virtanen Thủ tướng Cộng hòa Phần Lan"]),
        # a closing formula
        ("Trân trọng.", ["Aino Virtanen", "Thủ tướng Cộng hòa Phần Lan"]),
        # the page tells of the letter (its headline)
        (
            "Chúng tôi mong sớm đón các bạn Việt Nam tại Helsinki.",
            ["Aino Virtanen", "Thủ tướng Cộng hòa Phần Lan"],
        ),
    ],
)
def test_a_letter_keeps_its_signature(closing: str, signature: list[str]) -> None:
    kept = body_lines(page(LETTER_TITLE, LETTER, closing, *signature, "Tin liên quan", "X"))
    assert kept[-len(signature) - 1 :] == [closing, *signature]


@pytest.mark.parametrize(
    "office",
    [
        "Thủ tướng Phần Lan và Tổng thống Cộng hòa Estonia",
        "Thủ tướng Phần Lan: Cộng hòa Phần Lan",
    ],
)
def test_an_office_line_naming_two_offices_or_a_headline_is_no_signature(office: str) -> None:
    closing = "Tôi xin chúc Ngài dồi dào sức khỏe."
    kept = body_lines(page(LETTER_TITLE, LETTER, closing, "Aino Virtanen", office, "Tin", "X"))
    assert office not in kept
