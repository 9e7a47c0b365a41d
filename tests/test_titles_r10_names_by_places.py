"""Tenth-round class: person names cut or lost next to place words in a title chain, on
sentences written for these tests (no page's words):

* a given name that is also a one-word organisation ("Trường", "Hội", "Viện") ends the name a
  family name opens, also after the title's place ("UBND tỉnh Cao Bằng Lê Minh Trường") and
  before any lower-case word, not only a verb of the stop list;
* a posting "tại <place>" the gazetteer does not know ends at the place, and the capitalised
  run after it is the holder (a Vietnamese name from its family name, a Lao, Khmer or Thai
  name from its first word Vietnamese could not spell); a representative office's head is
  posted like an envoy; a known country ending the unknown place is the host country;
* an unknown district or province that opens with a word of the family-name list ("Kim Sơn",
  "Gia Lâm", "Tân Yên") does not swallow the holder's three-syllable name.

Near misses: "Trường Đại học" / "Viện Nghiên cứu" stay organisations, a known place of two
words is never cut, a four-syllable name stays whole, "tại" before an event is no posting,
a place after a name ("ông X, Hà Nội") stays a place.
"""

from __future__ import annotations

import pytest

from tests.titles_helpers import people_by_name

_people = people_by_name


# -- a given name that is also an organisation word ---------------------------------------------


#: A given name that is also an organisation word, after the title's place.
_ORGANISATION_WORD_NAMES = [
    (
        "Sáng 9/6, Chủ tịch UBND tỉnh Cao Bằng Lê Minh Trường nồng nhiệt đón đoàn bạn.",
        "Lê Minh Trường",
        "Chủ tịch UBND tỉnh Cao Bằng",
    ),
    (
        "Phó Bí thư Tỉnh ủy Bắc Kạn Hoàng Đức Trường trao quà cho các em.",
        "Hoàng Đức Trường",
        "Phó Bí thư Tỉnh ủy Bắc Kạn",
    ),
    (
        "Chủ tịch UBND tỉnh Phan Quốc Trường tặng hoa chúc mừng đoàn.",
        "Phan Quốc Trường",
        "Chủ tịch UBND tỉnh",
    ),
    (
        "Giám đốc Sở Ngoại vụ tỉnh Quảng Trị Võ Thanh Hội hoan nghênh đoàn công tác.",
        "Võ Thanh Hội",
        "Giám đốc Sở Ngoại vụ tỉnh Quảng Trị",
    ),
    (
        "Bí thư Thành ủy Hải Phòng Đào Quang Viện thăm hỏi bà con.",
        "Đào Quang Viện",
        "Bí thư Thành ủy Hải Phòng",
    ),
    (
        "Trước đó, Phó Chủ tịch UBND tỉnh Sơn La Cầm Văn Trường, cùng lãnh đạo các sở, "
        "đã ra sân bay đón đoàn.",
        "Cầm Văn Trường",
        "Phó Chủ tịch UBND tỉnh Sơn La",
    ),
    (
        "Đón đoàn có Chủ tịch HĐND tỉnh Hà Giang Vũ Trường.",
        "Vũ Trường",
        "Chủ tịch HĐND tỉnh Hà Giang",
    ),
]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a capitalised organisation name follows: the word opens it, the name is before
        ("Hiệu trưởng Trường Đại học Tây Nguyên Lê Văn Hòa phát biểu.", "Tây Nguyên Lê Văn Hòa"),
        # a place of two words that opens with a family name is not a name
        ("Chủ tịch UBND tỉnh Lâm Đồng Trường Đại học Đà Lạt phát biểu.", "Lâm Đồng Trường"),
    ],
)
def test_organisation_word_stays_an_organisation(text: str, absent: str) -> None:
    people = _people(text)
    assert all(absent not in n for n in people), people


def test_name_then_school_stays_three_syllables() -> None:
    # a full three-syllable name already: a school after it is no fourth syllable
    people = _people("Hiệu trưởng Nguyễn Văn Hùng Trường mầm non Sao Mai phát biểu.")
    assert "Nguyễn Văn Hùng" in people, people


# -- an unknown posting ends at its place; the holder follows ------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Ngày 2/8, Tổng Lãnh sự Lào tại Vinh Khamsouk Vongsa đã đến chào.",
            "Khamsouk Vongsa",
            "LA",
        ),
        ("Tổng Lãnh sự Lào tại Vinh, ông Khamsouk Vongsa, phát biểu.", "Khamsouk Vongsa", "LA"),
        ("Lãnh sự Campuchia tại Vinh Chhay Sothea dự lễ.", "Chhay Sothea", "KH"),
        ("Tổng Lãnh sự Thái Lan tại Vinh Somsak Chaiyo chúc mừng tỉnh.", "Somsak Chaiyo", "TH"),
        ("Tổng Lãnh sự Nhật Bản tại Sapporo Tanaka Hiroshi đã tiếp đoàn.", "Tanaka Hiroshi", "JP"),
        ("Tổng Lãnh sự Việt Nam tại Vinh Đỗ Minh Khôi tham dự.", "Đỗ Minh Khôi", "VN"),
        (
            "Giám đốc Văn phòng đại diện Lào tại Vinh Bounthong Keo cảm ơn tỉnh.",
            "Bounthong Keo",
            "LA",
        ),
        (
            "Đại sứ tại Cộng Hòa Dân Chủ Triều Tiên Lê Hữu Tâm trình quốc thư.",
            "Lê Hữu Tâm",
            "VN",
        ),
    ],
)
def test_unknown_posting_then_holder(text: str, name: str, country: str) -> None:
    people = _people(text)
    assert name in people, people
    assert people[name].country == country
    assert any(" tại " in t for t in people[name].titles)


@pytest.mark.parametrize(
    "text",
    [
        # an event after "tại", not a posting
        "Đại sứ Pháp tại Lễ kỷ niệm quốc khánh đã phát biểu.",
        # a posting place in a case the gazetteer lacks, no holder: no name from its words
        "Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên Hợp Quốc phát biểu.",
        "Tổng Lãnh sự Lào tại Vinh đã dự buổi lễ.",
    ],
)
def test_posting_without_a_holder_names_no_one(text: str) -> None:
    assert _people(text) == {}


# -- an unknown place that opens with a family-name word -------------------------------------------


#: An unknown place that opens with a family-name word, then the holder's name.
_FAMILY_WORD_PLACES = [
    (
        "Bí thư Huyện ủy Kim Sơn Đinh Công Bằng phát biểu.",
        "Đinh Công Bằng",
        "Bí thư Huyện ủy Kim Sơn",
    ),
    (
        "Chủ tịch UBND huyện Gia Lâm Tạ Văn Quý báo cáo.",
        "Tạ Văn Quý",
        "Chủ tịch UBND huyện Gia Lâm",
    ),
    (
        "Bí thư Huyện ủy Tân Yên Mai Thu Trang cho biết.",
        "Mai Thu Trang",
        "Bí thư Huyện ủy Tân Yên",
    ),
    (
        "Chủ tịch UBND huyện Yên Bình Lý Quốc Huy tiếp đoàn.",
        "Lý Quốc Huy",
        "Chủ tịch UBND huyện Yên Bình",
    ),
    (
        "Bí thư Huyện ủy Kim Sơn Nguyễn Thị Thu Hà cảm ơn đoàn.",
        "Nguyễn Thị Thu Hà",
        "Bí thư Huyện ủy Kim Sơn",
    ),
]


@pytest.mark.parametrize(("text", "name", "title"), _ORGANISATION_WORD_NAMES + _FAMILY_WORD_PLACES)
def test_name_after_a_place_stays_whole(text: str, name: str, title: str) -> None:
    people = _people(text)
    assert name in people, people
    assert title in people[name].titles


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # given names that read as places stay in the name
        ("Chủ tịch UBND tỉnh Hải Dương Lê Thanh Hà tiếp đoàn.", "Lê Thanh Hà"),
        ("Bí thư Tỉnh ủy Ninh Bình Phạm Kim Sơn tiếp đoàn.", "Phạm Kim Sơn"),
        ("Chủ tịch UBND tỉnh Đồng Nai Võ Xuân Lộc tiếp đoàn.", "Võ Xuân Lộc"),
        # a four-syllable name with a family-name word inside stays whole
        ("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân phát biểu.", "Nguyễn Thị Kim Ngân"),
        ("Bí thư Tỉnh ủy Đinh Văn Lâm Hùng phát biểu.", "Đinh Văn Lâm Hùng"),
        ("Chủ tịch UBND tỉnh Thanh Hóa Nguyễn Văn An tiếp đoàn.", "Nguyễn Văn An"),
    ],
)
def test_names_stay_whole(text: str, name: str) -> None:
    assert name in _people(text)


def test_place_after_a_name_stays_a_place() -> None:
    people = _people("Bà Trần Thị Mai, Chủ tịch Hội Phụ nữ tỉnh, Hà Nội, cho biết.")
    assert "Trần Thị Mai" in people
    assert all("Hà Nội" not in n for n in people)
