"""Guards on two round-6 name rules (sentences written for these tests):

- "Sheikh" is a Gulf ruler's style only before a Gulf-style name ("bin", "Al ..."): "Sheikh
  Hasina" keeps it, and a name is never cut down to one word;
- an initial and a family name join a family-first name only when the full name is written
  family name first (East Asian): "K. John" is not "John Kerry"."""

from __future__ import annotations

import pytest

from tests.titles_helpers import people_by_name

_people = people_by_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the style stays where it is part of the name, or where one word would be left
        ("Thủ tướng Bangladesh Sheikh Hasina đã tiếp Đại sứ Việt Nam.", "Sheikh Hasina"),
        ("Bà Sheikh Hasina, Thủ tướng Bangladesh, phát biểu.", "Sheikh Hasina"),
        ("Thủ tướng Bangladesh Sheikh Hasina Wazed hội kiến Chủ tịch nước.", "Sheikh Hasina Wazed"),
        ("Quốc vương Kuwait Sheikh Nawaf dự lễ.", "Sheikh Nawaf"),
        ("Tổng thống Senegal Cheikh Diop phát biểu.", "Cheikh Diop"),
        # before a Gulf-style name it is a style, left out
        ("Quốc vương Qatar Sheikh Tamim Al Thani hội đàm với Chủ tịch nước.", "Tamim Al Thani"),
        ("Thủ tướng Kuwait Sheikh Ahmad Al-Sabah đến Hà Nội.", "Ahmad Al-Sabah"),
        ("Bộ trưởng Oman Shaikh Salim bin Nasser đến Hà Nội.", "Salim bin Nasser"),
    ],
)
def test_sheikh_is_a_style_only_before_a_gulf_name(text: str, name: str) -> None:
    assert name in _people(text), (text, list(_people(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Ông K. John, Đại sứ Anh, và ông John Kerry, Ngoại trưởng Mỹ, dự tiệc.",
        "Bà M. Anna, Tổng Lãnh sự Đức, và bà Anna Muller, Đại sứ Áo, phát biểu.",
    ],
)
def test_an_initial_never_joins_a_western_name(text: str) -> None:
    names = set(_people(text))
    assert len(names) == 2, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thủ tướng Nhật Bản Sato Kenji hội đàm. Bộ trưởng chúc mừng ngài K. Sato.", "Sato Kenji"),
        ("Bộ trưởng Hàn Quốc Kim Minsu hội đàm. Thứ trưởng cảm ơn ông M. Kim.", "Kim Minsu"),
    ],
)
def test_an_initial_joins_a_family_first_name(text: str, name: str) -> None:
    assert set(_people(text)) == {name}


def test_a_name_and_office_under_an_interviews_answer_is_no_signer() -> None:
    from vndiplo import Runner

    text = (
        "Thưa Đại sứ, ông nghĩ gì về hợp tác giáo dục?\n"
        "Chúng tôi sẽ mở rộng học bổng cho sinh viên hai nước.\n"
        "Erik Lund Đại sứ Thụy Điển tại Việt Nam"
    )
    runner = Runner()
    doc = runner.run(text)
    assert not doc.people  # "Erik Lund Đại sứ ..." is a caption line, read as no signer
    assert not doc.events
    # the same line under a letter's closing is its signer: the guard is the interview's
    letter = text.replace("\nErik Lund", "\nTôi xin chúc Ngài sức khỏe.\nErik Lund")
    signed = runner.run(letter)
    assert signed.events and signed.events[0].type == "message"
    assert [p.name for p in signed.events[0].participants] == ["Erik Lund"]
