"""Eleventh-round foreign-name shapes, on sentences written for these tests (no page's words):

* an abbreviated ministry with commas inside ("Bộ VH,TT&DL", "Bộ KH,CN") is one acronym, so
  the name after the ministry's country is read;
* the organisation an office belongs to, after a comma and closed by a country, keeps the
  holder's name that follows it (", Quốc hội Ba Lan Nowak Piotr");
* a team's coach ("huấn luyện viên") names a person as a title does;
* a one-word Latin surname whose given name is typed in lower case ("Souphanh vilaysack");
* a transliterated name whose hyphens lost or gained a space ("Khăm - phết Xổm- pha-vắn");
* a trilateral or a bloc and a country joined by hyphens ("Hàn-Mỹ-Nhật", "ASEAN-Trung Quốc")
  after a title is the meeting's format, never a person.

Near misses, where nothing may change: a comma between two acronyms with a space ("UBND, HĐND"),
an owner's country before a verb, a quoted English phrase after a Latin name, and a dash
between spaces in prose ("Hà Nội - nơi ...")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.titles_helpers import assert_scans_safely, mixes, people_by_name


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Ông Lê Văn Tâm gặp Thứ trưởng Bộ VH,TT&DL Nhật Bản Sato Ken tại Osaka.",
            "Sato Ken",
            "Thứ trưởng Bộ VH,TT&DL Nhật Bản",
        ),
        (
            "Thứ trưởng Bộ KH,CN Nhật Bản Tanaka Hiro dự lễ ký.",
            "Tanaka Hiro",
            "Thứ trưởng Bộ KH,CN Nhật Bản",
        ),
        (
            "Cùng dự có Cục trưởng Cục Hợp tác, Quốc hội Ba Lan Nowak Piotr và Đại sứ Trần Văn "
            "Bình.",
            "Nowak Piotr",
            "Cục trưởng Cục Hợp tác, Quốc hội Ba Lan",
        ),
        (
            "Tham dự có Cục trưởng Cục Châu Á, Bộ Ngoại giao Pháp Jean Moreau.",
            "Jean Moreau",
            "Cục trưởng Cục Châu Á, Bộ Ngoại giao Pháp",
        ),
        (
            "Đội tuyển do huấn luyện viên Kim Sang Woo dẫn dắt đã thắng trận.",
            "Kim Sang Woo",
            "huấn luyện viên",
        ),
        (
            "Chiều 3/9, ông Trần Minh Đức tiếp ngài Souphanh vilaysack, Phó Chủ tịch Quốc hội Lào.",
            "Souphanh vilaysack",
            "Phó Chủ tịch Quốc hội Lào",
        ),
        (
            "Đoàn tỉnh Chăm-pa-xắc do đồng chí Khăm - phết Xổm- pha-vắn, Phó tỉnh trưởng dẫn đầu.",
            "Khăm - phết Xổm- pha-vắn",
            "Phó tỉnh trưởng",
        ),
        (
            "Đoàn tỉnh Sa-la-van do đồng chí Bun - mi Xổm - phon-xay, Phó tỉnh trưởng dẫn đầu.",
            "Bun - mi Xổm - phon-xay",
            "Phó tỉnh trưởng",
        ),
    ],
)
def test_foreign_name_shapes(text: str, name: str, title: str) -> None:
    people = people_by_name(text)
    assert name in people, sorted(people)
    assert title in people[name].titles


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a comma and a space between two acronyms lists two bodies
        ("Chủ tịch UBND, HĐND Vương Quốc cho biết.", "HĐND Vương Quốc"),
        # the owner's country before a verb: no name
        ("Vụ trưởng Vụ Châu Á, Bộ Ngoại giao Pháp cho biết.", "Pháp"),
        # "the coaches of Vietnam": no name after a plural
        ("Các huấn luyện viên Việt Nam đã có mặt.", "Việt Nam"),
        # a grouping of countries after a title is no person
        ("Hội nghị Ngoại trưởng Pháp-Đức-Ý sẽ họp tại Rôma.", "Pháp-Đức-Ý"),
        ("Tại Hội nghị Bộ trưởng Kinh tế ASEAN-Trung Quốc, các bên thảo luận.", "ASEAN-Trung Quốc"),
        ("Hội nghị Bộ trưởng EU-Nhật đã diễn ra.", "EU-Nhật"),
        # a dash between spaces in prose is no name's hyphen
        ("Chủ tịch Hà Nội - nơi Bác Hồ sống cho biết.", "Hà Nội - nơi Bác Hồ"),
    ],
)
def test_near_misses(text: str, absent: str) -> None:
    people = people_by_name(text)
    assert absent not in people


def test_quoted_english_after_a_latin_name_is_no_given_name() -> None:
    people = people_by_name("Tổng thống Rivers said that the talks went well.")
    assert "Rivers said" not in people


def test_short_lower_case_word_is_no_given_name() -> None:
    people = people_by_name("Thủ tướng Souphanh ngay sau đó phát biểu.")
    assert not any(name.startswith("Souphanh ") for name in people)


_PIECES = (
    "Bộ VH,TT&DL",
    ", Quốc hội Ba Lan ",
    "huấn luyện viên ",
    "ngài Souphanh vilaysack",
    "đồng chí Khăm - phết Xổm- pha-vắn",
    " - ",
    "- ",
    " -",
    "Kim Jong Su",
    "Bộ trưởng ",
)


@given(mixes(_PIECES) | st.text(max_size=40))
def test_new_shapes_scan_safely(text: str) -> None:
    assert_scans_safely(text)
