"""Where a name starts, after the end of its title's body or place (round 16).

The capitalised run after a title is cut into the title's body or place, then the holder's
name. Each family below moves that cut, whatever the office, the verb or the page's order:

* a city's abbreviation without its dot ("Thị trưởng TP Daegu", "Tp Suwon") opens a place as
  "thành phố" and "TP." do: an unknown city after it is the title's, never a name;
* two short acronyms joined by a hyphen with a stray space ("Bộ GD- ĐT", "Sở VH - TT") are
  one body's abbreviation, as "GD-ĐT" typed tight is: the second does not open the name;
* a Central Highlands name opens with one letter ("A Tiu", "Y Bih Niê") or a letter and an
  apostrophe, spaced from the next word or not ("H’ Lan Niê", "K' Mớt"): no place is one
  letter, so the name starts there, after a body or an administrative word alike;
* a romanised Korean family name that is also a body's word ("Ban") before a two-syllable
  hyphenated given name ("Ki-moon") opens the name;
* a holder of a people's committee or council office (UBND, HĐND) is Vietnam's, even with a
  highland name on a page whose guests' country is written near her.

Every name, place and body here is invented.
"""

from __future__ import annotations

import pytest

from tests.titles_helpers import people_by_name

# -- a city's abbreviation without its dot -----------------------------------------------------

_CITY_ABBREVIATION = [
    ("Hôm qua, Thị trưởng TP Gwangsan đã tiếp đoàn đại biểu tỉnh Hà Lâm.", "TP Gwangsan"),
    ("Thị trưởng TP Gwangsan nhận Bằng khen của Chủ tịch UBND tỉnh Hà Lâm.", "TP Gwangsan"),
    ("Chủ tịch tỉnh tặng quà cho Thị trưởng Tp Okamura tại buổi tiếp.", "Tp Okamura"),
    ("Sáng 3/4, Chủ tịch Hội đồng TP Veloria đã hội đàm với đoàn công tác.", "TP Veloria"),
    ("Phó Thị trưởng TP Brenholt cùng đoàn đã đến thăm Khu công nghệ cao.", "TP Brenholt"),
]


@pytest.mark.parametrize(("text", "place"), _CITY_ABBREVIATION)
def test_an_undotted_city_abbreviation_opens_a_place_not_a_name(text: str, place: str) -> None:
    people = people_by_name(text)
    assert place not in people, sorted(people)
    assert place.split()[1] not in people, sorted(people)


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        (
            "Trưa 5/6, ông Park Minho, Thị trưởng TP Gwangsan, Hàn Quốc đã làm việc với tỉnh.",
            "Park Minho",
            "Thị trưởng TP Gwangsan",
            "KR",
        ),
        (
            "Thị trưởng TP Gwangsan Park Minho cảm ơn tỉnh Hà Lâm đã đón tiếp đoàn.",
            "Park Minho",
            "Thị trưởng TP Gwangsan",
            None,
        ),
        (
            "Tiếp đoàn có Thị trưởng Tp Okamura Tanaka Hiroshi và các thành viên.",
            "Tanaka Hiroshi",
            "Thị trưởng Tp Okamura",
            None,
        ),
    ],
)
def test_the_holder_follows_or_precedes_the_abbreviated_city(
    text: str, name: str, title: str, country: str | None
) -> None:
    people = people_by_name(text)
    assert name in people, sorted(people)
    assert title in people[name].titles
    if country is not None:
        assert people[name].country == country


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # near misses: a dotted or known city, and a Vietnamese one, read as before
        (
            "Phó Chủ tịch UBND TP.Hà Lâm Trần Văn Khải tiếp đoàn.",
            "Trần Văn Khải",
            "Phó Chủ tịch UBND TP.Hà Lâm",
        ),
        (
            "Thị trưởng TP. Gwangsan Park Minho tiếp đoàn.",
            "Park Minho",
            "Thị trưởng TP. Gwangsan",
        ),
        (
            "Chủ tịch UBND TP Hải Phòng Nguyễn Văn Thắm đã tiếp đoàn.",
            "Nguyễn Văn Thắm",
            "Chủ tịch UBND TP Hải Phòng",
        ),
    ],
)
def test_dotted_and_known_cities_keep_their_reading(text: str, name: str, title: str) -> None:
    people = people_by_name(text)
    assert set(people) == {name}, sorted(people)
    assert people[name].titles == (title,)


# -- two acronyms joined by a spaced hyphen --------------------------------------------------

_SPACED_ACRONYMS = [
    ("Phát biểu khai mạc, Thứ trưởng Bộ GD- ĐT Phan Văn Lộc khẳng định.", "GD- ĐT"),
    ("Thứ trưởng Bộ NN -PTNT Lê Minh Hòa đã tiếp đoàn công tác.", "NN -PTNT"),
    ("Dự lễ có Giám đốc Sở VH - TT Đỗ Thị Hạnh và đại diện các sở.", "VH - TT"),
    ("Sáng 2/3, Phó Giám đốc Sở KH- CN Vũ Đình Tân làm việc với đoàn Lào.", "KH- CN"),
    ("Thứ trưởng Bộ LĐ- TB&XH Trịnh Văn Sơn chủ trì buổi tiếp.", "LĐ- TB&XH"),
]


@pytest.mark.parametrize(("text", "acronym"), _SPACED_ACRONYMS)
def test_a_spaced_hyphen_between_acronyms_is_inside_the_body(text: str, acronym: str) -> None:
    people = people_by_name(text)
    assert len(people) == 1, sorted(people)
    ((name, person),) = people.items()
    assert not name.split()[0].isupper(), name  # the name starts with its family name
    assert any(t.endswith(acronym) for t in person.titles), person.titles


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: tight pairs and a dash before a name read as before
        ("Thứ trưởng Bộ GD-ĐT Phan Văn Lộc khẳng định.", "Phan Văn Lộc"),
        ("Hôm qua, Chủ tịch VCCI - Nguyễn Văn An đã tiếp đoàn.", "Nguyễn Văn An"),
    ],
)
def test_tight_acronyms_and_a_dash_before_a_name_keep_their_reading(text: str, name: str) -> None:
    assert set(people_by_name(text)) == {name}


# -- Central Highlands names opened by one letter ----------------------------------------------

_HIGHLAND = [
    (
        "Tiếp đoàn, về phía tỉnh có đồng chí H’ Lan Niê – Phó Chủ tịch UBND tỉnh.",
        "H’ Lan Niê",
    ),
    ("Chiều 8/5, Phó Chủ tịch UBND tỉnh H’ Lan Niê đã tiếp đoàn khách Lào.", "H’ Lan Niê"),
    ("Phó Chủ tịch HĐND tỉnh H' Mai Byă đã chủ trì buổi làm việc.", "H' Mai Byă"),
    ("Dự buổi tiếp có Phó Bí thư Thường trực Tỉnh ủy A Tiu.", "A Tiu"),
    ("Chủ tịch UBND huyện K' Mớt phát biểu chào mừng đoàn.", "K' Mớt"),
    ("Bí thư Huyện ủy A Sơn Thanh đã tặng quà cho đoàn.", "A Sơn Thanh"),
]


@pytest.mark.parametrize(("text", "name"), _HIGHLAND)
def test_a_one_letter_opener_starts_the_name(text: str, name: str) -> None:
    people = people_by_name(text)
    assert name in people, sorted(people)
    assert people[name].country == "VN"
    assert not any(t.endswith((" A", " H’", " H'", " K'")) for t in people[name].titles)


def test_two_highland_names_in_one_sentence() -> None:
    people = people_by_name(
        "Tiếp đoàn có Phó Bí thư Tỉnh ủy A Tiu và Phó Chủ tịch UBND tỉnh Y Giang Gry Niê Knơng."
    )
    assert {"A Tiu", "Y Giang Gry Niê Knơng"} <= set(people), sorted(people)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # near misses: a unit's letter, a school's "Y", the Ministry of Health
        ("Giám đốc Sở A Lê Văn Tâm đã tiếp đoàn.", "Lê Văn Tâm", "Giám đốc Sở A"),
        (
            "Hiệu trưởng Trường Đại học Y Hà Lâm Trần Quốc Vĩ đã tiếp đoàn.",
            "Trần Quốc Vĩ",
            None,
        ),
        ("Thứ trưởng Bộ Y tế Đỗ Văn Hưng đã tiếp đoàn.", "Đỗ Văn Hưng", "Thứ trưởng Bộ Y tế"),
    ],
)
def test_a_letter_before_a_place_or_a_full_name_stays_in_the_title(
    text: str, name: str, title: str | None
) -> None:
    people = people_by_name(text)
    assert set(people) == {name}, sorted(people)
    if title is not None:
        assert people[name].titles == (title,)


# -- a Korean family name that is also a body's word -----------------------------------------

_KOREAN_BAN = [
    "Chủ tịch nước đã hội kiến Tổng Thư ký Liên hợp quốc Ban Ki-moon tại New York.",
    "Nhận lời mời của Tổng Thư ký LHQ Ban Ki-moon, Chủ tịch nước dự hội nghị.",
    "Cựu Tổng thư ký Ban Ki-moon phát biểu tại diễn đàn.",
    "Sáng nay, Chủ tịch Ủy ban Đạo đức Toàn cầu Ban Ki-moon đã tiếp đoàn.",
]


@pytest.mark.parametrize("text", _KOREAN_BAN)
def test_a_korean_family_name_is_not_a_body_word(text: str) -> None:
    people = people_by_name(text)
    assert "Ban Ki-moon" in people, sorted(people)
    assert "Ki-moon" not in people
    assert not any(t.endswith(" Ban") for t in people["Ban Ki-moon"].titles)


def test_a_body_named_ban_keeps_its_holder() -> None:
    people = people_by_name("Trưởng Ban Đối ngoại Tỉnh ủy Lê Văn Tâm đã tiếp đoàn.")
    assert set(people) == {"Lê Văn Tâm"}


# -- a people's committee office fixes Vietnam -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Phát biểu tại buổi làm việc, đồng chí H’ Mai Niê - Phó Chủ tịch UBND tỉnh chào "
            "mừng đoàn công tác của Đại sứ đặc mệnh toàn quyền nước Cộng hòa Dân chủ Nhân dân "
            "Lào đến thăm tỉnh.",
            "H’ Mai Niê",
        ),
        (
            "Phát biểu, đồng chí Y Bih Niê - Chủ tịch HĐND tỉnh cảm ơn Đoàn đại biểu tỉnh "
            "Chăm Pa Sắc của Lào đã đến thăm.",
            "Y Bih Niê",
        ),
    ],
)
def test_a_people_committee_office_is_vietnam_s(text: str, name: str) -> None:
    people = people_by_name(text)
    assert people[name].country == "VN"


def test_a_lao_deputy_governor_stays_lao() -> None:
    people = people_by_name(
        "Đoàn tỉnh Khăm Muộn do ông Bun Thoong, Phó Tỉnh trưởng tỉnh Khăm Muộn dẫn đầu đã "
        "tới thăm. Tiếp đoàn có đồng chí H’ Mai Niê – Phó Chủ tịch UBND tỉnh."
    )
    assert people["Bun Thoong"].country == "LA"
    assert people["H’ Mai Niê"].country == "VN"


# -- a province's country given by its official name in lower case ---------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Chiều 3/11, Đoàn đại biểu tỉnh ta đã hội đàm với tỉnh Bun Lạ nước cộng hòa dân chủ "
            "nhân dân Lào. Tham dự có đồng chí Xổm Phết Ma Ni – Phó bí thư Tỉnh ủy, phó tỉnh "
            "trưởng tỉnh Bun Lạ.",
            "Xổm Phết Ma Ni",
            "LA",
        ),
        (
            "Hôm qua, đoàn tỉnh Hà Lâm đã làm việc với tỉnh Pra Xăm vương quốc Campuchia. Dự có "
            "đồng chí Xôm Kim Xuôn – Phó bí thư, phó tỉnh trưởng tỉnh Pra Xăm.",
            "Xôm Kim Xuôn",
            "KH",
        ),
    ],
)
def test_a_lower_case_official_name_places_the_province(text: str, name: str, country: str) -> None:
    assert people_by_name(text)[name].country == country


def test_a_lower_case_word_that_spells_a_country_places_nothing() -> None:
    # "anh" (brother) spells "Anh" (the United Kingdom): a lone lower-case word is no country
    people = people_by_name(
        "Lãnh đạo tỉnh Hà Lâm, anh Lê Văn Tâm, Phó Chủ tịch UBND tỉnh Hà Lâm phát biểu."
    )
    assert people["Lê Văn Tâm"].country == "VN"


# -- one unknown word closing the office, the holder apposed after a comma --------------------

_COMMA_HOLDER = [
    (
        "Hôm qua, ông Lê Văn Tâm hội đàm với Bộ trưởng Ngoại giao Veldoria, Ahmed Rachidi.",
        "Ahmed Rachidi",
        "Bộ trưởng Ngoại giao Veldoria",
    ),
    (
        "Đoàn đã làm việc với Ủy viên Trung ương phụ trách Đối ngoại Đảng cầm quyền Veldoria, "
        "Karim Haddou. Hai bên trao đổi về hợp tác.",
        "Karim Haddou",
        "Ủy viên Trung ương phụ trách Đối ngoại Đảng cầm quyền Veldoria",
    ),
    (
        "Tiếp đoàn có Chủ tịch Hội đồng thành phố Brenholtz, Karl Weber cùng các thành viên.",
        "Karl Weber",
        "Chủ tịch Hội đồng thành phố Brenholtz",
    ),
    (
        "Sáng 4/7, Phó Chủ tịch Quốc hội Veldoria, Amina Diallo Sow; Đại sứ Lê Văn Tâm dự lễ.",
        "Amina Diallo Sow",
        "Phó Chủ tịch Quốc hội Veldoria",
    ),
]


@pytest.mark.parametrize(("text", "name", "title"), _COMMA_HOLDER)
def test_the_holder_after_the_comma_of_an_unknown_place(text: str, name: str, title: str) -> None:
    people = people_by_name(text)
    assert name in people, sorted(people)
    assert title in people[name].titles
    assert "Veldoria" not in people and "Brenholtz" not in people


def test_a_country_misspelt_by_one_letter_gives_its_code() -> None:
    people = people_by_name(
        "Hôm qua, đoàn hội đàm với Bộ trưởng Ngoại giao Algieria, Ahmed Rachidi."
    )
    assert people["Ahmed Rachidi"].country == "DZ"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: a known surname, a list going on, a Vietnamese name after the comma
        ("Hôm qua, Tổng thống Putin, Dmitry Medvedev đã gặp nhau.", "Putin"),
        ("Hôm qua, Đại sứ Smithers, Peter Jones và Anna Lee đã tiếp đoàn.", "Smithers"),
        ("Hôm qua, Đại sứ Smithers, Lê Văn Tâm đã tiếp đoàn.", "Smithers"),
    ],
)
def test_a_titled_surname_before_a_comma_stays_the_name(text: str, name: str) -> None:
    assert name in people_by_name(text)


# -- entries of a list a plural honorific opened -----------------------------------------------

_HONORIFIC_LIST = [
    (
        "Đoàn có các đồng chí: Bun Xổm Phon - Bí thư, Tỉnh trưởng tỉnh Xay Khăm; Khăm Phết Vông "
        "Xay - Phó Tỉnh trưởng và đại diện lãnh đạo một số sở.",
        "Khăm Phết Vông Xay",
        "Phó Tỉnh trưởng",
    ),
    (
        "Tiếp đoàn có các đồng chí: Bun Xổm Phon, Bí thư Tỉnh ủy; On Kẻo Xổm Pha Vi, Phó Tỉnh "
        "trưởng; Lò Văn Tâm, Chánh Văn phòng.",
        "On Kẻo Xổm Pha Vi",
        "Phó Tỉnh trưởng",
    ),
    (
        "Về phía bạn có các ông: Xổm Xạ Vắt – Thứ trưởng Bộ Nội vụ; Khăm Lạ Phôn – Vụ trưởng "
        "Vụ Hợp tác quốc tế.",
        "Khăm Lạ Phôn",
        "Vụ trưởng Vụ Hợp tác quốc tế",
    ),
]


@pytest.mark.parametrize(("text", "name", "title"), _HONORIFIC_LIST)
def test_an_entry_after_a_semicolon_of_an_honorific_list_is_a_name(
    text: str, name: str, title: str
) -> None:
    people = people_by_name(text)
    assert name in people, sorted(people)
    assert title in people[name].titles


def test_an_entry_after_a_semicolon_with_no_honorific_list_stays_unread() -> None:
    # near miss: no plural honorific opened the list, an unknown capitalised run is no name
    people = people_by_name(
        "Tham dự có: Phòng Hợp tác - Vụ trưởng; Khăm Phết Vông Xay - Phó Tỉnh trưởng."
    )
    assert "Khăm Phết Vông Xay" not in people


def test_a_province_the_page_places_gives_its_deputy_governor_a_country() -> None:
    people = people_by_name(
        "Đoàn có các đồng chí: Bun Xổm Phon - Bí thư, Tỉnh trưởng tỉnh Xay Khăm; Khăm Phết Vông "
        "Xay - Phó Tỉnh trưởng và đại diện lãnh đạo một số sở, ngành của tỉnh Xay Khăm (Nước "
        "Cộng hòa Dân chủ Nhân dân Lào)."
    )
    assert people["Khăm Phết Vông Xay"].country == "LA"
