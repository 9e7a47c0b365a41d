"""Round-6 name spans: a lost space inside a Vietnamese name, styles before a name, long
official country forms, a title glued after a hyphenated given name, a generational suffix,
an initial with a family-first name, a building's title before a person's, and an envoy's
further postings. Sentences written for these tests (other names, places and outlets than
any page); every case also checks that the windowed scan equals the whole scan."""

from __future__ import annotations

import pytest

from tests.titles_helpers import people_by_name

_people = people_by_name


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a lost space inside a Vietnamese name: one person with the spaced spelling
        (
            "Đại sứ Việt Nam tại Thụy Sĩ TrầnQuốc Hưng đã trình thư. Đại sứ Trần Quốc Hưng nói.",
            "Trần Quốc Hưng",
            "VN",
        ),
        ("Thứ trưởng LêThị Mai đã phát biểu. Thứ trưởng Lê Thị Mai cảm ơn.", "Lê Thị Mai", "VN"),
        # styles are no part of the name
        (
            "Phó Tổng thống Các Tiểu vương quốc Arập thống nhất Sheikh Hamdan bin Rashid dự.",
            "Hamdan bin Rashid",
            "AE",
        ),
        (
            "Bộ trưởng Ngoại giao Tiểu vương quốc A-rập Thống nhất Shaikh Saif bin Omar đến.",
            "Saif bin Omar",
            "AE",
        ),
        ("Thượng nghị sĩ Malaysia Tan Sri Rahim Noor dự lễ.", "Rahim Noor", "MY"),
        ("Bộ trưởng Malaysia Dato Seri Azmin Yusof dự lễ.", "Azmin Yusof", "MY"),
        ("Thủ tướng Đại Công quốc Luxembourg Marc Weber dự.", "Marc Weber", "LU"),
        # a title glued by a hyphen after a hyphenated given name
        ("Ông Kim Dong-hyun-Tổng Lãnh sự Hàn Quốc tại Đà Nẵng phát biểu.", "Kim Dong-hyun", "KR"),
        ("Bà Park Ji-won-Phó Tổng Lãnh sự Hàn Quốc cảm ơn.", "Park Ji-won", "KR"),
        # a president's generational suffix, as a monarch's number
        ("Tổng thống Philippines Benito Reyes III đến dự hội nghị.", "Benito Reyes III", "PH"),
        (
            "Thống đốc bang Texas John Carter IV, Chủ tịch Hội đồng, phát biểu.",
            "John Carter IV",
            "US",
        ),
    ],
)
def test_name_span(text: str, name: str, country: str) -> None:
    people = _people(text)
    assert name in people, (text, list(people))
    assert people[name].country == country


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the long form is a place: no person "Các Tiểu"
        (
            "Phó Tổng thống Các Tiểu vương quốc Ả Rập thống nhất Sheikh Hamdan bin Rashid dự.",
            "Các Tiểu",
        ),
        # guards: a hyphenated name with no title after it stays whole
        ("Chủ tịch Cuba Miguel Díaz-Canel phát biểu.", "Miguel Díaz"),
        # a Roman number after a Vietnamese name, or before a capitalised word, is none of it
        ("Tổng thống Benito Reyes III Hội nghị dự.", "Benito Reyes III"),
        ("Thủ tướng Lê Văn Hai II dự.", "Lê Văn Hai II"),
    ],
)
def test_not_a_name(text: str, absent: str) -> None:
    assert absent not in _people(text)


def test_transliterated_joined_syllables_stay_as_written() -> None:
    # joined syllables of a Khmer name are its spelling, not a lost space. Since round 8 a
    # Vietnamese-spelt run right after a foreign country is a name (see
    # test_titles_round8_people.py); the page's text normalisation has already spaced the
    # glued syllables, so the name is read spaced, but its mention quotes the page as written
    text = "Bộ trưởng Campuchia XốcKhăn ĐaRi đã đến."
    for person in _people(text).values():
        assert [text[m.start : m.end] for m in person.mentions] == ["XốcKhăn ĐaRi"]


def test_initial_and_family_name_join_a_family_first_name() -> None:
    text = "Thủ tướng Nhật Bản Tanaka Hiroshi hội đàm. Bộ trưởng chúc mừng ngài H. Tanaka."
    assert set(_people(text)) == {"Tanaka Hiroshi"}


def test_initial_of_another_given_name_stays_apart() -> None:
    text = "Thủ tướng Nhật Bản Tanaka Hiroshi hội đàm. Bộ trưởng K. Tanaka nói."
    assert "K. Tanaka" in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 21/10, ở Phủ Thủ tướng Nhật Bản, Thủ tướng Trần Quang Vinh gặp riêng ông A.",
        "Sáng 2/3, tại Dinh Tổng thống Pháp, Thủ tướng Trần Quang Vinh gặp ông B.",
    ],
)
def test_building_title_is_nobodys(text: str) -> None:
    people = _people(text)
    assert people["Trần Quang Vinh"].country == "VN"
    assert people["Trần Quang Vinh"].titles == ("Thủ tướng",)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Đại sứ Việt Nam tại Ai Cập kiêm nhiệm Sudan và Libya Trần Minh Đức đã trình thư.",
            "Trần Minh Đức",
            "VN",
        ),
        ("Đại sứ Việt Nam tại Kenya kiêm nhiệm Uganda Lê Hoàng Nam dự lễ.", "Lê Hoàng Nam", "VN"),
        (
            "Đại sứ Việt Nam tại Pháp kiêm nhiệm Monaco Phạm Thu Hà dự lễ.",
            "Phạm Thu Hà",
            "VN",
        ),
        # guard: a foreign envoy keeps his own country
        ("Đại sứ Nhật Bản tại Việt Nam kiêm nhiệm Lào Suzuki Taro dự.", "Suzuki Taro", "JP"),
    ],
)
def test_envoy_keeps_own_country_over_further_postings(text: str, name: str, country: str) -> None:
    people = _people(text)
    assert people[name].country == country
