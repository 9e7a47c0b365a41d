"""Round-4 classes of the titles stage as overseas and older outlets write them: leaders'
titles in lower case, the abbreviation "TT", middle syllables of a Vietnamese name in lower
case, an honorific right after a title, and a Latin name's doubled last word. Sentences written
for these tests; every case also checks that the windowed scan equals the whole scan."""

from __future__ import annotations

import pytest

from tests.titles_helpers import people_by_name

_people = people_by_name


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Tối qua, thủ tướng Hun Manet đã tới Hà Nội.", "Hun Manet", "thủ tướng"),
        (
            "Đoàn có phó thủ tướng Trần Lưu Quang và các quan chức.",
            "Trần Lưu Quang",
            "phó thủ tướng",
        ),
        ("Bà gặp tổng thống Emmanuel Macron hôm thứ Ba.", "Emmanuel Macron", "tổng thống"),
        (
            "Theo chủ tịch quốc hội Saysomphone Phomvihane, hai bên nhất trí.",
            "Saysomphone Phomvihane",
            "chủ tịch quốc hội",
        ),
    ],
)
def test_lower_case_leader_title_before_a_name(text: str, name: str, title: str) -> None:
    assert _people(text)[name].titles == (title,)


@pytest.mark.parametrize(
    "text",
    [
        "Ông được bầu làm thủ tướng năm 2006.",
        "Bà là tổng thống đầu tiên của Philippines.",
        "Ông từng làm thủ tướng Thái Lan hai nhiệm kỳ.",
        "Cuộc gặp giữa hai thủ tướng, ông nói, rất thẳng thắn.",
    ],
)
def test_lower_case_leader_title_alone_is_a_common_noun(text: str) -> None:
    assert _people(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Hôm qua, chủ tịch nước Cộng hòa Séc, ông Petr Pavel đã phát biểu.",
        "Hôm qua, chủ tịch nước Cộng hòa Séc ông Petr Pavel đã phát biểu.",
        "Hôm qua, Chủ tịch nước Cộng hòa Séc ông Petr Pavel đã phát biểu.",
    ],
)
def test_honorific_after_a_title_names_its_holder(text: str) -> None:
    people = _people(text)
    assert list(people) == ["Petr Pavel"]
    assert people["Petr Pavel"].titles[0].lower() == "chủ tịch nước cộng hòa séc"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sáng nay, chủ tịch nước Lê đức Anh tiếp đoàn.", "Lê đức Anh"),
        ("Phó thủ tướng Vũ văn Ninh dự lễ.", "Vũ văn Ninh"),
        ("Có mặt ông Đặng thị Ngọc, bộ trưởng.", "Đặng thị Ngọc"),
    ],
)
def test_lower_case_middle_syllables_inside_a_name(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng Hoàng gia Anh đến.",
        "Tổng thống Đồng minh Mỹ phát biểu.",
        "Bộ trưởng Lê đã gặp Nam hôm qua.",
    ],
)
def test_a_lower_case_word_is_no_middle_name_before_a_place(text: str) -> None:
    names = set(_people(text))
    assert not {"Hoàng gia Anh", "Đồng minh Mỹ", "Lê đã Nam"} & names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Trong buổi họp báo, TT Obama nói rõ lập trường.", "Obama"),
        ("Chiều nay TT Phan Văn Khải rời Washington.", "Phan Văn Khải"),
    ],
)
def test_tt_abbreviation_before_a_name(text: str, name: str) -> None:
    assert _people(text)[name].titles == ("TT",)


@pytest.mark.parametrize(
    "text",
    [
        "Khách sạn ở TT Phú Bài, tỉnh TT Huế, mở cửa.",
        "Bộ TT&TT cho biết TT này vừa khai trương.",
        "Theo TTXVN, TT Bình Minh có mưa.",
    ],
)
def test_tt_is_no_title_before_a_town_or_alone(text: str) -> None:
    assert _people(text) == {}


def test_doubled_last_word_of_a_latin_name() -> None:
    people = _people(
        "Tổng thống Pháp Jacques Chirac đã đến. Cả tổng thống Jacques Chirac Chirac lẫn thủ"
        " tướng Phan Văn Khải đều phát biểu."
    )
    assert set(people) == {"Jacques Chirac", "Phan Văn Khải"}


# -- ethnic-minority and transliterated styles -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dự lễ có Phó Chủ tịch UBND tỉnh Y Ngông Niê Kdăm.", "Y Ngông Niê Kdăm"),
        ("Chủ tịch HĐND tỉnh Y Khuê Byă phát biểu.", "Y Khuê Byă"),
    ],
)
def test_highland_name_opener_after_an_administrative_word(text: str, name: str) -> None:
    people = _people(text)
    assert name in people
    assert not any(t.endswith(" Y") for t in people[name].titles)


def test_transliterated_sultan_style_is_no_part_of_the_name() -> None:
    people = _people("Quốc vương Ma-lai-xi-a Xun-tan Ha-gi A-bu Ba-ka gửi điện mừng.")
    assert "A-bu Ba-ka" in people
