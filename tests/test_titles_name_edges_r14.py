"""Round 14: where a person's name starts and ends inside a title run.

- A place is never one unknown syllable: a family name right after one closes the place, not
  opens the name ("Huyện ủy Tây Giang | A Lăng Hải"), when the name would otherwise run to four
  syllables or hold a syllable Vietnamese does not spell (a highland name).
- Two offices joined by a hyphen with no spaces ("Tổng Bí thư-Chủ tịch nước X") are read as
  the spaced dash is: the person after them is found.
- A name glued by a hyphen to the title after it ("X-CEO Tập đoàn Y") ends at the hyphen;
  English executive titles ("CEO", "CFO") are titles, but not inside a run ("APEC CEO Summit").

Sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given

from tests.titles_helpers import assert_scans_safely, mixes, people_by_name


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Chủ tịch UBND huyện Tây Giang Bh'riu Quân đã tiếp đoàn công tác tỉnh Sê Kông.",
            "Bh'riu Quân",
            "Chủ tịch UBND huyện Tây Giang",
        ),
        (
            "Chủ tịch UBND huyện Đông Giang A Lăng Phong chúc Tết các bản của Lào.",
            "A Lăng Phong",
            "Chủ tịch UBND huyện Đông Giang",
        ),
        (
            "Sáng nay, Phó Chủ tịch UBND huyện Nam Giang Zơ Râm Tuấn tiếp đoàn huyện Đắc Chưng.",
            "Zơ Râm Tuấn",
            "Phó Chủ tịch UBND huyện Nam Giang",
        ),
        (
            "Đoàn do đồng chí Bí thư Huyện ủy Tây Giang Pơ Lang Hà dẫn đầu đã sang thăm Lào.",
            "Pơ Lang Hà",
            "Bí thư Huyện ủy Tây Giang",
        ),
        (
            "Tiếp đoàn có Chủ tịch HĐND huyện Tây Giang Ating Mai cùng các ban ngành.",
            "Ating Mai",
            "Chủ tịch HĐND huyện Tây Giang",
        ),
        (
            "Bí thư Đảng ủy xã Nam Giang Chơ Rum Bình; Chủ tịch xã Hồ Văn Đức cùng dự.",
            "Chơ Rum Bình",
            "Bí thư Đảng ủy xã Nam Giang",
        ),
    ],
)
def test_a_family_name_after_one_syllable_closes_the_place(
    text: str, name: str, title: str
) -> None:
    people = people_by_name(text)
    assert name in people, people
    assert title in people[name].titles


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the family name opens a three-syllable Vietnamese name: the word before is the body's
        ("Sáng nay Phó Cục trưởng Cục Thuế Đào Minh Quân gặp phía Chile.", "Đào Minh Quân"),
        ("Bí thư Đảng ủy Khối Nguyễn Văn Hòa đã tiếp đoàn Lào.", "Nguyễn Văn Hòa"),
        ("Chủ tịch UBND tỉnh Lê Văn Hải đã tiếp Đại sứ Lào.", "Lê Văn Hải"),
        ("Bí thư Huyện ủy Gia Lâm Đinh Văn Hưng tiếp đoàn Nhật Bản.", "Đinh Văn Hưng"),
    ],
)
def test_a_family_name_opening_a_name_still_opens_it(text: str, name: str) -> None:
    assert name in people_by_name(text)


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "Tổng Bí thư-Chủ tịch nước Đỗ Văn Lâm đã tiếp Thủ tướng Lào.",
            "Đỗ Văn Lâm",
            ("Tổng Bí thư", "Chủ tịch nước"),
        ),
        (
            "Hôm qua, Phó Thủ tướng-Bộ trưởng Ngoại giao Lê Minh Hòa hội đàm với Ngoại trưởng Úc.",
            "Lê Minh Hòa",
            ("Phó Thủ tướng", "Bộ trưởng Ngoại giao"),
        ),
        (
            "Bộ trưởng-Chủ nhiệm Ủy ban Dân tộc Trần Quốc Bảo tiếp Đại sứ Ý.",
            "Trần Quốc Bảo",
            ("Bộ trưởng", "Chủ nhiệm Ủy ban Dân tộc"),
        ),
        (
            "Đoàn do Bí thư Thành ủy-Chủ tịch HĐND thành phố Phan Thị Thu dẫn đầu sang Campuchia.",
            "Phan Thị Thu",
            ("Bí thư Thành ủy", "Chủ tịch HĐND thành phố"),
        ),
        (
            "Tổng thư ký-Chủ tịch Hội đồng Lê Văn Tùng dự hội nghị tại Jakarta.",
            "Lê Văn Tùng",
            ("Tổng thư ký", "Chủ tịch Hội đồng"),
        ),
        (
            "Tham dự có Tổng Bí thư–Chủ tịch nước Vũ Đức Huy và Thủ tướng Lào.",
            "Vũ Đức Huy",
            (),
        ),
    ],
)
def test_offices_joined_by_a_bare_hyphen(text: str, name: str, titles: tuple[str, ...]) -> None:
    people = people_by_name(text)
    assert name in people, people
    for title in titles:
        assert any(title in t for t in people[name].titles), people[name].titles


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Phó Chủ tịch tỉnh tiếp ông Pieter Jansen-CEO Tập đoàn Vandel.",
            "Pieter Jansen",
            "CEO Tập đoàn Vandel",
        ),
        (
            "Bộ trưởng tiếp bà Mary Barra-CFO Tập đoàn General Motors.",
            "Mary Barra",
            "CFO Tập đoàn General Motors",
        ),
        (
            "Thủ tướng tiếp ông Jensen Huang, CEO Tập đoàn Nvidia, tại Hà Nội.",
            "Jensen Huang",
            "CEO Tập đoàn Nvidia",
        ),
        (
            "Thủ tướng tiếp CEO Tập đoàn Nvidia Jensen Huang tại Hà Nội.",
            "Jensen Huang",
            "CEO Tập đoàn Nvidia",
        ),
        (
            "Ông Ahmed Karimi–Chủ tịch Tập đoàn CTP đã thăm cảng.",
            "Ahmed Karimi",
            "Chủ tịch Tập đoàn CTP",
        ),
        (
            "Bí thư Tỉnh ủy tiếp bà Trần Thị Lan-Giám đốc Sở Ngoại vụ.",
            "Trần Thị Lan",
            "Giám đốc Sở Ngoại vụ",
        ),
    ],
)
def test_a_name_glued_to_its_title_ends_at_the_hyphen(text: str, name: str, title: str) -> None:
    people = people_by_name(text)
    assert name in people, people
    assert title in people[name].titles


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị APEC CEO Summit diễn ra tại Lima với nhiều doanh nghiệp.",
        "Diễn đàn ASEAN CEO Forum năm nay thu hút đông doanh nghiệp Nhật Bản.",
    ],
)
def test_an_executive_acronym_inside_a_name_titles_no_one(text: str) -> None:
    assert people_by_name(text) == {}


@given(
    mixes(
        [
            "Bí thư Huyện ủy Tây Giang ",
            "Bh'riu Quân",
            "Tổng Bí thư-Chủ tịch nước ",
            "Đỗ Văn Lâm",
            "-CEO Tập đoàn ",
            "ông Pieter Jansen",
            "A Lăng ",
            "-",
            ", ",
        ]
    )
)
def test_name_edges_scan_safely(text: str) -> None:
    assert_scans_safely(text)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Ông Đỗ Minh Khoa, Giám đốc Bảo tàng Hồ Chí Minh, đã tiếp Đại sứ Bỉ.",
            "Đỗ Minh Khoa",
            "Giám đốc Bảo tàng Hồ Chí Minh",
        ),
        (
            "Bà Lý Thu Trang, Hiệu trưởng Trường THPT Chu Văn An, đã đón đoàn học sinh Úc.",
            "Lý Thu Trang",
            "Hiệu trưởng Trường THPT Chu Văn An",
        ),
        (
            "Ông Karim Haddad - Giám đốc Quỹ Mubadala đã làm việc với tỉnh.",
            "Karim Haddad",
            "Giám đốc Quỹ Mubadala",
        ),
        (
            "Tiếp đoàn có ông Vi Văn Sáng, Giám đốc Bệnh viện Việt Đức.",
            "Vi Văn Sáng",
            "Giám đốc Bệnh viện Việt Đức",
        ),
        (
            "Ông Mai Quốc Tuấn, Viện trưởng Học viện Lê Quý Đôn; bà Hà My cùng dự.",
            "Mai Quốc Tuấn",
            "Viện trưởng Học viện Lê Quý Đôn",
        ),
        (
            "Đồng chí Lò Văn Hưng, Bí thư Đoàn TNCS Hồ Chí Minh tỉnh, đã tiếp đoàn Lào.",
            "Lò Văn Hưng",
            "Bí thư Đoàn TNCS Hồ Chí Minh",
        ),
    ],
)
def test_a_named_holders_institution_named_after_someone(text: str, name: str, title: str) -> None:
    people = people_by_name(text)
    assert name in people, people
    assert title in people[name].titles
    assert len(people) == 1, people


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a second person after an office, not after an institution's noun
        ("Tô Văn Lâm, Chủ tịch nước Lương Văn Cường đã dự lễ.", {"Lương Văn Cường"}),
        # the country of the body, not its name
        ("Ông Lưu Minh, Phó Bí thư Đoàn TNCS Trung Quốc cho biết như vậy.", {"Lưu Minh"}),
        # unapposed: the holder's name follows the institution's
        (
            "Hiệu trưởng Trường Đại học Tôn Đức Thắng Lê Văn Hà đã tiếp Đại sứ Lào.",
            {"Lê Văn Hà"},
        ),
    ],
)
def test_names_after_offices_stay_names(text: str, names: set[str]) -> None:
    assert names <= set(people_by_name(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bộ trưởng Lê Trường Sơn tiếp Đại sứ Nhật Bản tại Hà Nội.", "Lê Trường Sơn"),
        ("Tham dự có đồng chí Đinh Trường Phúc, Phó Chủ tịch UBND tỉnh.", "Đinh Trường Phúc"),
        ("Đại sứ Việt Nam tại Chile Hồ Trường Giang đã chào xã giao Bộ trưởng.", "Hồ Trường Giang"),
        ("Chủ tịch UBND tỉnh Nguyễn Viện Minh đã đón đoàn Nhật Bản.", "Nguyễn Viện Minh"),
        ("Ông Phan Hội Khánh, Giám đốc Sở Ngoại vụ, cùng dự buổi tiếp.", "Phan Hội Khánh"),
        ("Phó Bí thư Tỉnh ủy Bùi Trường Tô hội đàm với Bí thư tỉnh Hủa Phăn.", "Bùi Trường Tô"),
    ],
)
def test_a_middle_name_that_is_also_an_organisations_word(text: str, name: str) -> None:
    assert name in people_by_name(text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the school's name after "Trường" stays the organisation's
        ("Hiệu trưởng Trường Đại học Ngoại thương Lê Văn Hà tiếp đoàn Nhật.", "Hiệu trưởng"),
        ("Giám đốc Viện Nghiên cứu Trung Quốc Đỗ Tiến Sâm dự hội thảo.", "Giám đốc Viện"),
    ],
)
def test_an_organisation_word_before_its_name_stays_the_organisations(
    text: str, title: str
) -> None:
    people = people_by_name(text)
    assert len(people) == 1, people
    (person,) = people.values()
    assert person.titles[0].startswith(title)
    assert len(person.name.split()) == 3, person.name


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Đ/c Lương Văn Dũng, UVTV TƯ Đoàn, Phó Chủ tịch Hội LHTN Việt Nam gặp đoàn Quảng Tây.",
            "Lương Văn Dũng",
            "UVTV TƯ Đoàn",
        ),
        (
            "Đồng chí Kha Minh Tân, UVTW Đảng, Trưởng Ban Kinh tế Trung ương gặp khách Lào.",
            "Kha Minh Tân",
            "UVTW Đảng",
        ),
        (
            "Ông Tạ Hữu Phúc, UVBTV Tỉnh ủy, Giám đốc Sở Ngoại vụ, đón Tổng Lãnh sự Nhật Bản.",
            "Tạ Hữu Phúc",
            "UVBTV Tỉnh ủy",
        ),
        (
            "Đồng chí Vi Thị Hạnh, UV BCH TƯ Đảng, Bí thư Tỉnh ủy, dự buổi đón.",
            "Vi Thị Hạnh",
            "UV BCH TƯ Đảng",
        ),
        (
            "Đ/c Đàm Văn Phú, UVBTV Thành ủy, Trưởng Ban Dân vận đã tiếp đoàn Viêng Chăn.",
            "Đàm Văn Phú",
            "UVBTV Thành ủy",
        ),
        ("Đồng chí Hồ Sĩ Lâm, TUV, Bí thư Huyện ủy, tiếp đoàn Lào.", "Hồ Sĩ Lâm", "TUV"),
    ],
)
def test_an_abbreviated_office_with_its_body_after_the_name(
    text: str, name: str, title: str
) -> None:
    people = people_by_name(text)
    assert name in people, people
    assert title in people[name].titles


@pytest.mark.parametrize(
    "text",
    [
        # a firm's letters, then prose: no office
        "Ông Lã Văn Quý, FPT Software, cho biết đơn hàng tăng.",
        # initials, then prose before the comma
        "Ông Lã Văn Quý, UV đã nói rằng, Chủ tịch tỉnh sẽ tới.",
    ],
)
def test_initials_without_an_office_after_them_title_no_one(text: str) -> None:
    assert "Lã Văn Quý" not in people_by_name(text)


@pytest.mark.parametrize(
    ("text", "wife", "title", "husband", "office"),
    [
        (
            "Bà Lê Thị Hà, phu nhân Tổng Bí thư Lương Cường, đã đến Paris.",
            "Lê Thị Hà",
            "phu nhân Tổng Bí thư Lương Cường",
            "Lương Cường",
            "Tổng Bí thư",
        ),
        (
            "Hôm qua bà Lê Thị Hà, phu nhân Chủ tịch nước Việt Nam Lương Cường, gặp các em nhỏ.",
            "Lê Thị Hà",
            "phu nhân Chủ tịch nước Việt Nam Lương Cường",
            "Lương Cường",
            "Chủ tịch nước Việt Nam",
        ),
        (
            "Bà Trần Thu Vân, phu nhân Chủ tịch Hội đồng nhân dân Đà Nẵng Võ Minh, thăm Seoul.",
            "Trần Thu Vân",
            "phu nhân Chủ tịch Hội đồng nhân dân Đà Nẵng Võ Minh",
            "Võ Minh",
            "Chủ tịch Hội đồng nhân dân Đà Nẵng",
        ),
        (
            "Ông Joachim Sauer, Phu quân Thủ tướng Đức Angela Merkel, dự buổi hòa nhạc.",
            "Joachim Sauer",
            "Phu quân Thủ tướng Đức Angela Merkel",
            "Angela Merkel",
            "Thủ tướng Đức",
        ),
    ],
)
def test_a_named_wife_apposed_to_her_husbands_office(
    text: str, wife: str, title: str, husband: str, office: str
) -> None:
    people = people_by_name(text)
    assert wife in people, people
    assert title in people[wife].titles
    assert husband in people, people
    assert office in people[husband].titles
