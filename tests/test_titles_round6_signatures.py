"""Round 6: a reproduced letter's signature line ("<Name> <Office>" on its own line, no
honorific, no comma) right under the letter's first-person closing names the signer; the
letter page is then the signer's message. Letters written for these tests."""

from __future__ import annotations

import pytest

from vndiplo import Runner

_RUNNER = Runner()


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Quan hệ hai nước phát triển tốt đẹp. Tôi vui mừng về điều đó.\n"
            "Tôi chúc Ngài sức khỏe và hạnh phúc.\nJan Nowak Tổng thống Cộng hòa Ba Lan",
            "Jan Nowak",
            "Tổng thống Cộng hòa Ba Lan",
        ),
        (
            "Hai nước đã vượt qua nhiều khó khăn.\n"
            "Chúng tôi kính chúc Ngài và nhân dân Việt Nam an khang.\n"
            "Lê Văn Tâm Chủ tịch Hội hữu nghị Việt - Ba Lan",
            "Lê Văn Tâm",
            "Chủ tịch Hội hữu nghị Việt - Ba Lan",
        ),
        (
            "Chúng tôi ghi nhận những đóng góp của tỉnh bạn.\n"
            "Tôi xin chúc Ngài mạnh khỏe.\nAnna-Maria Lind Thủ tướng Thụy Điển",
            "Anna-Maria Lind",
            "Thủ tướng Thụy Điển",
        ),
    ],
)
def test_a_signature_line_is_the_signers_message(text: str, name: str, title: str) -> None:
    doc = _RUNNER.run(text)
    people = {p.name: p for p in doc.people}
    assert people[name].titles == (title,)
    assert doc.events and doc.events[0].type == "message"
    assert [p.name for p in doc.events[0].participants] == [name]


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        # no first person above: a caption or a credit, no signature
        (
            "Hai nước đã vượt qua nhiều khó khăn.\nJan Nowak Tổng thống Cộng hòa Ba Lan",
            "Hai nước đã vượt qua nhiều khó khăn.\nTôi chúc Ngài sức khỏe.\n"
            "Jan Nowak Tổng thống Cộng hòa Ba Lan",
        ),
        # a sentence goes on after the name and office
        (
            "Hai nước đã vượt qua nhiều khó khăn.\nBài viết rất hay, tôi đồng ý.\n"
            "Jan Nowak Tổng thống Cộng hòa Ba Lan nói vậy",
            "Hai nước đã vượt qua nhiều khó khăn.\nTôi chúc Ngài sức khỏe.\n"
            "Jan Nowak Tổng thống Cộng hòa Ba Lan",
        ),
        # a source line, no name
        (
            "Hai nước đã vượt qua nhiều khó khăn.\nTôi chúc Ngài sức khỏe.\n"
            "Nguồn Đại sứ quán Ba Lan",
            "Hai nước đã vượt qua nhiều khó khăn.\nTôi chúc Ngài sức khỏe.\n"
            "Jan Nowak Đại sứ Ba Lan",
        ),
    ],
)
def test_no_signature(text: str, signed: str) -> None:
    doc = _RUNNER.run(text)
    # nobody is read and nothing happens on the page
    assert not doc.people
    assert not doc.events
    # the twin that differs only by the construction under test is a signed letter: the
    # guard holds because of that construction, not because the line cannot be read
    twin = _RUNNER.run(signed)
    assert twin.events and twin.events[0].type == "message"
    assert [p.name for p in twin.events[0].participants] == ["Jan Nowak"]
