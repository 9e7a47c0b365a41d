"""Round 14: what a title holds and where it stops. A region after its city behind a comma
("tại Thành Đô, Tứ Xuyên"), a list of terms ("hai khóa XI và XII", "khóa XIV và XV"), a
nationality or an origin ("người Mỹ", "Mỹ gốc Việt"), a participle of taking or leaving
office ("Đại sứ mới bổ nhiệm ..."), a head's own mission after a comma ("Đại sứ, Đại sứ quán
..."), an office noun after an appointing agent, an unnamed guest with a companion, a Khmer
style, a biography after a copula, a headline's short name; with neighbours that must not be
read so. Sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from vndiplo_titles import find_people_with

import vndiplo
from tests.titles_helpers import LEX, assert_scans_safely, mixes, people_by_name
from vndiplo import Document

# (text, name, a title the person must hold, country or "" when not checked)
HOLDS = [
    # a region after the city of a posting or a city office, behind a comma
    (
        "Bà Lê Thị Mai, Tổng Lãnh sự Việt Nam tại Thành Đô, Tứ Xuyên (Trung Quốc), dự lễ.",
        "Lê Thị Mai",
        "Tổng Lãnh sự Việt Nam tại Thành Đô, Tứ Xuyên",
        "VN",
    ),
    (
        "Tổng Lãnh sự Việt Nam tại Houston, Texas Trần Văn Nam cho biết cộng đồng đã tăng.",
        "Trần Văn Nam",
        "Tổng Lãnh sự Việt Nam tại Houston, Texas",
        "VN",
    ),
    (
        "Về dự có ông Hans Weber - Lãnh sự danh dự Lào tại Munich, Bavaria - và gia đình.",
        "Hans Weber",
        "Lãnh sự danh dự Lào tại Munich, Bavaria",
        "",
    ),
    # a list of terms
    (
        "Đồng chí Nguyễn Văn An, Ủy viên Trung ương Đảng hai khóa XI và XII, Phó Thủ tướng"
        " Chính phủ CHXHCN Việt Nam đã dự.",
        "Nguyễn Văn An",
        "Ủy viên Trung ương Đảng hai khóa XI và XII",
        "VN",
    ),
    (
        "Ông Đỗ Minh Khôi, Ủy viên Trung ương các khóa IX,X,XI, Trưởng ban Dân vận, Chủ tịch"
        " Quốc hội CHXHCN Việt Nam, đã phát biểu.",
        "Đỗ Minh Khôi",
        "Chủ tịch Quốc hội CHXHCN Việt Nam",
        "VN",
    ),
    (
        "Ông Lê Văn Tín, đại biểu Quốc hội khóa XIV và XV, đã phát biểu tại phiên họp.",
        "Lê Văn Tín",
        "đại biểu Quốc hội khóa XIV và XV",
        "VN",
    ),
    (
        "Ủy viên Bộ Chính trị khóa XI, XII Phạm Quang Minh đã tiếp đoàn.",
        "Phạm Quang Minh",
        "Ủy viên Bộ Chính trị khóa XI, XII",
        "VN",
    ),
    (
        "Bà Trần Thị Lan, Đại biểu Quốc hội các khóa 12, 13 và 14, Phó Chủ tịch Hội Nông dân,"
        " phát biểu.",
        "Trần Thị Lan",
        "Đại biểu Quốc hội các khóa 12, 13 và 14",
        "",
    ),
    # a nationality or an origin after a profession
    (
        "Chiều qua, tỷ phú người Mỹ Warren Buffett đã đến Hà Nội.",
        "Warren Buffett",
        "tỷ phú người Mỹ",
        "US",
    ),
    (
        "Hôm nay, nhà báo người Pháp Jean Dupont đã phỏng vấn Bộ trưởng Lê Văn Tín.",
        "Jean Dupont",
        "nhà báo người Pháp",
        "FR",
    ),
    (
        "Doanh nhân Mỹ gốc Việt Lê Văn Tín đã tài trợ dự án.",
        "Lê Văn Tín",
        "Doanh nhân Mỹ gốc Việt",
        "US",
    ),
    (
        "Buổi lễ có Nghị sĩ Anh gốc Pakistan Sajid Karim tham dự.",
        "Sajid Karim",
        "Nghị sĩ Anh gốc Pakistan",
        "GB",
    ),
    (
        "Tỷ phú gốc Scotland Alexander Bell đã đến thăm.",
        "Alexander Bell",
        "Tỷ phú gốc Scotland",
        "",
    ),
    # a participle of taking or leaving office inside the title
    (
        "Khách mời có Đại sứ mới bổ nhiệm Lào tại Việt Nam Khamphao Ernthavanh và phu nhân.",
        "Khamphao Ernthavanh",
        "Đại sứ mới bổ nhiệm Lào tại Việt Nam",
        "LA",
    ),
    (
        "Đại sứ vừa được bổ nhiệm của Nhật Bản tại Việt Nam Ito Naoki đã trình thư.",
        "Ito Naoki",
        "Đại sứ vừa được bổ nhiệm của Nhật Bản tại Việt Nam",
        "JP",
    ),
    (
        "Sáng 3/4, Tổng Lãnh sự mới nhậm chức Hàn Quốc tại Đà Nẵng Park Ji-hoon đã chào xã giao.",
        "Park Ji-hoon",
        "Tổng Lãnh sự mới nhậm chức Hàn Quốc tại Đà Nẵng",
        "KR",
    ),
    (
        "Đại sứ sắp mãn nhiệm Cuba tại Việt Nam Orlando Hernández đã chào từ biệt.",
        "Orlando Hernández",
        "Đại sứ sắp mãn nhiệm Cuba tại Việt Nam",
        "CU",
    ),
    # a rank, then its mission after a comma
    (
        "Ông Tanaka Ichiro – Đại sứ, Đại sứ quán Nhật Bản tại Lào, đã thăm tỉnh.",
        "Tanaka Ichiro",
        "Đại sứ, Đại sứ quán Nhật Bản tại Lào",
        "JP",
    ),
    (
        "Bà Tan Mei Ling - Đại sứ, Đại sứ quán Singapore tại Lào - đã tiếp đoàn.",
        "Tan Mei Ling",
        "Đại sứ, Đại sứ quán Singapore tại Lào",
        "SG",
    ),
    (
        "Lãnh sự, Lãnh sự quán Pháp tại Đà Nẵng Jean Martin đã thăm trường.",
        "Jean Martin",
        "Lãnh sự, Lãnh sự quán Pháp tại Đà Nẵng",
        "FR",
    ),
]


# an office given by a verb with its agent or an office noun between ("được Chính phủ X bổ
# nhiệm chức vụ ...", "bầu vào chức vụ ..."): the office is the person's title
HOLDS += [
    (
        "Nhân dịp ông Sok Vanna được Hoàng gia Campuchia bổ nhiệm chức vụ Lãnh sự tại Khon"
        " Kaen, ông đã đến thăm tỉnh.",
        "Sok Vanna",
        "Lãnh sự tại Khon Kaen",
        "KH",
    ),
    (
        "Năm 2020, ông Lee Jun-ho được Quốc hội bầu vào chức vụ Chủ tịch Quốc hội Hàn Quốc.",
        "Lee Jun-ho",
        "Chủ tịch Quốc hội Hàn Quốc",
        "KR",
    ),
    (
        "Ông Kim Jin-woo vừa được bổ nhiệm chức vụ Đại sứ Hàn Quốc tại Việt Nam.",
        "Kim Jin-woo",
        "Đại sứ Hàn Quốc tại Việt Nam",
        "KR",
    ),
    (
        "Sau khi bà Maria Lopez được Tổng thống bổ nhiệm vào cương vị Bộ trưởng Ngoại giao"
        " Chile, bà đã thăm Hà Nội.",
        "Maria Lopez",
        "Bộ trưởng Ngoại giao Chile",
        "CL",
    ),
]


@pytest.mark.parametrize(("text", "name", "title", "country"), HOLDS)
def test_the_title_holds_its_whole_extent(text: str, name: str, title: str, country: str) -> None:
    people = people_by_name(text)
    assert name in people, (text, list(people))
    assert title in people[name].titles, (text, people[name].titles)
    if country:
        assert people[name].country == country, (text, people[name].country)


# (text, name, a title the person must hold, words that must not be a person's name)
STOPS = [
    # a country after the comma still locates and is no part of the title
    (
        "Ông Trần Văn Nam, Tổng Lãnh sự Việt Nam tại Quảng Châu, Trung Quốc, cho biết.",
        "Trần Văn Nam",
        "Tổng Lãnh sự Việt Nam tại Quảng Châu",
        "",
    ),
    # a region after a territory the office governs only locates it
    (
        "Ông Lý Minh, Thị trưởng thành phố Quế Lâm, Quảng Tây, cho biết hai bên đã ký kết.",
        "Lý Minh",
        "Thị trưởng thành phố Quế Lâm",
        "",
    ),
    # a staff rank, then the mission it works in: the mission locates
    (
        "Bà Kim Soo-jin, Công sứ, Đại sứ quán Nhật Bản tại Lào, cho biết hai bên sẽ hợp tác.",
        "Kim Soo-jin",
        "Công sứ",
        "",
    ),
    (
        "Ông Park Min-ho, Phó Lãnh sự, Lãnh sự quán Hàn Quốc tại Huế, phát biểu.",
        "Park Min-ho",
        "Phó Lãnh sự",
        "",
    ),
    # delegates of the Assembly are a delegation, no deputy
    (
        "Trưởng đoàn Đại biểu Quốc hội tỉnh Lê Văn Tín đã tiếp Đoàn đại biểu Quốc hội Palau.",
        "Lê Văn Tín",
        "Trưởng đoàn Đại biểu Quốc hội tỉnh",
        "Palau",
    ),
    # a title after the comma is the next title of the chain
    (
        "Ông Lê Văn Tín, Tổng Lãnh sự Việt Nam tại Fukuoka, Bí thư Đảng ủy, đã phát biểu.",
        "Lê Văn Tín",
        "Bí thư Đảng ủy",
        "",
    ),
    # a term, then a comma and the next title: no list of terms
    (
        "Đại biểu Quốc hội khóa XV, Bộ trưởng Bộ Y tế Đào Hồng Lan đã tiếp đoàn.",
        "Đào Hồng Lan",
        "Đại biểu Quốc hội khóa XV",
        "",
    ),
    # an active verb of appointing with an object: the appointee's title is his own
    (
        "Thủ tướng mới bổ nhiệm Thứ trưởng Bộ Y tế Lê Văn Tín hôm qua.",
        "Lê Văn Tín",
        "Thứ trưởng Bộ Y tế",
        "Thủ tướng mới bổ nhiệm",
    ),
    # an origin in a description after a copula is no person
    (
        "Bộ trưởng Lê Văn Tín nhắc tới Andrew Lee, một tỷ phú Canada gốc Scotland, sáng lập quỹ.",
        "Lê Văn Tín",
        "Bộ trưởng",
        "Scotland",
    ),
]


@pytest.mark.parametrize(("text", "name", "title", "not_name"), STOPS)
def test_the_title_stops_where_it_ends(text: str, name: str, title: str, not_name: str) -> None:
    people = people_by_name(text)
    assert name in people, (text, list(people))
    assert title in people[name].titles, (text, people[name].titles)
    if not_name:
        assert not any(not_name in other for other in people), (text, list(people))


def test_an_active_appointment_keeps_the_appointer_apart() -> None:
    people = people_by_name("Chủ tịch nước vừa bổ nhiệm Đại sứ Lê Văn Tín tại Lào.")
    assert people["Lê Văn Tín"].titles == ("Đại sứ",)


# an unnamed guest with a companion ("Đại sứ Chile và Phu nhân") is one entry of a list: its
# title is no title of the next name
COMPANION_LISTS = [
    (
        "Dự tiệc có Đại sứ Pháp và Phu nhân, Tổng Lãnh sự Nhật Bản Tanaka Ichiro.",
        "Tanaka Ichiro",
        ("Tổng Lãnh sự Nhật Bản",),
        "JP",
    ),
    (
        "Khách mời gồm Đại sứ Chile và Phu nhân, Đại sứ Peru và Phu nhân, Đại sứ Mông Cổ Bat"
        " Erdene.",
        "Bat Erdene",
        ("Đại sứ Mông Cổ",),
        "MN",
    ),
    (
        "Tham dự có Đại sứ Ý cùng Phu nhân, Tham tán Đức Hans Weber và nhiều khách mời.",
        "Hans Weber",
        ("Tham tán Đức",),
        "DE",
    ),
    (
        "Đại sứ Việt Nam tại Mông Cổ Lê Văn Tín chủ trì. Khách mời có Đại sứ Chile và Phu nhân,"
        " Đại sứ Peru và Phu nhân.",
        "Lê Văn Tín",
        ("Đại sứ Việt Nam tại Mông Cổ",),
        "VN",
    ),
    (
        "Chủ tịch nước và Phu nhân Phan Thị Mai đã dự lễ.",
        "Phan Thị Mai",
        ("Phu nhân",),
        "",
    ),
]


@pytest.mark.parametrize(("text", "name", "titles", "country"), COMPANION_LISTS)
def test_an_unnamed_guest_and_companion_end_a_list_entry(
    text: str, name: str, titles: tuple[str, ...], country: str
) -> None:
    people = people_by_name(text)
    assert people[name].titles == titles, (text, people[name].titles)
    if country:
        assert people[name].country == country


def test_our_countrys_envoy_takes_no_other_envoys_country() -> None:
    people = people_by_name(
        "Đại sứ nước ta tại Kazakhstan Phan Văn An phát biểu. Khách mời có Đại sứ Chile và Phu"
        " nhân, Đại sứ Peru và Phu nhân. Đại sứ Phan Văn An cảm ơn khách."
    )
    assert people["Phan Văn An"].country == "VN"


def test_an_office_and_companion_may_point_back_to_its_holder() -> None:
    doc = Document(
        "Tổng thống Jean Martin tới sân bay lúc 9 giờ. Đón Tổng thống và Phu nhân tại sân bay"
        " có Thị trưởng Paul Durand."
    )
    people = {p.name: p for p in find_people_with(doc, LEX)}
    assert len(people["Jean Martin"].mentions) == 2


def test_a_named_person_keeps_an_apposed_title_before_a_companion() -> None:
    people = people_by_name("Tổng thống Jean Martin, Chủ tịch Đảng Xã hội và Phu nhân đã dự.")
    assert "Chủ tịch Đảng Xã hội" in people["Jean Martin"].titles


# a Khmer style between an office and the name is a title as written
KHMER_STYLES = [
    ("Thủ tướng Samdech Techo Hun Manet đã tiếp đoàn.", "Hun Manet", "Samdech Techo"),
    ("Nguyên Thủ tướng Samdech Techo Hunsen gửi điện.", "Hunsen", "Samdech Techo"),
    (
        "Chủ tịch Thượng viện Samdech Vibol Sena Pheakdei Say Chhum đã tiếp đoàn.",
        "Say Chhum",
        "Samdech Vibol Sena Pheakdei",
    ),
    (
        "Chủ tịch Quốc hội Campuchia Samdech Akka Moha Ponhea Chakrei Heng Samrin phát biểu.",
        "Heng Samrin",
        "Samdech Akka Moha Ponhea Chakrei",
    ),
]


@pytest.mark.parametrize(("text", "name", "style"), KHMER_STYLES)
def test_a_khmer_style_after_an_office_is_a_title(text: str, name: str, style: str) -> None:
    people = people_by_name(text)
    assert style in people[name].titles, (text, people[name].titles)
    assert people[name].country == "KH"


# a biography listed after a copula and a semicolon is said of the subject
COPULA_LISTS = [
    (
        "Ông Lê Văn Tín 50 tuổi, quê Hà Nam, là thạc sĩ kinh tế; Ủy viên Trung ương Đảng khóa"
        " XII, Đại biểu Quốc hội khóa XV.",
        "Lê Văn Tín",
        ("Ủy viên Trung ương Đảng khóa XII", "Đại biểu Quốc hội khóa XV"),
    ),
    (
        "Bà Trần Thị Lan là tiến sĩ luật; Phó Chủ tịch Hội Luật gia, Ủy viên Ban Thường vụ.",
        "Trần Thị Lan",
        ("Phó Chủ tịch Hội Luật gia", "Ủy viên Ban Thường vụ"),
    ),
    (
        "Tân Đại sứ Lê Minh Hòa sinh năm 1970, là cử nhân quan hệ quốc tế; nguyên Vụ trưởng"
        " Vụ Châu Âu.",
        "Lê Minh Hòa",
        ("nguyên Vụ trưởng Vụ Châu Âu",),
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), COPULA_LISTS)
def test_a_biography_after_a_copula_is_the_subjects(
    text: str, name: str, titles: tuple[str, ...]
) -> None:
    people = people_by_name(text)
    for title in titles:
        assert title in people[name].titles, (text, people[name].titles)


@pytest.mark.parametrize(
    "text",
    [
        "Ông Lê Văn Tín đã phát biểu; Chủ tịch Hội Nông dân cũng đồng ý.",
        "Ông Lê Văn Tín là thạc sĩ. Chủ tịch Hội Nông dân đồng ý; Phó Chủ tịch Hội Luật gia cũng"
        " vậy.",
    ],
)
def test_a_semicolon_without_a_copula_gives_no_title(text: str) -> None:
    assert "Lê Văn Tín" not in people_by_name(text)


@given(
    mixes(
        [
            "Tổng Lãnh sự Việt Nam tại Thành Đô",
            ", Tứ Xuyên",
            ", Trung Quốc",
            "các khóa X,XI",
            " khóa XIII và XIV",
            ", 12",
            "người Mỹ ",
            "gốc Scotland ",
            "Đại sứ mới bổ nhiệm Lào ",
            "vừa được bổ nhiệm ",
            "Công sứ, Đại sứ quán Nhật Bản tại Lào",
            " Lê Văn Tín",
            " Kim Soo-jin",
            "tỷ phú ",
            " và Phu nhân, ",
            " là thạc sĩ; ",
            "Samdech Techo ",
            "Chủ tịch nước",
        ]
    )
)
def test_extents_scan_safely(text: str) -> None:
    assert_scans_safely(text)


# a headline names a body person by a part of the name with an office the body does not give
HEADLINE_PARTS = [
    (
        "Đại sứ Singapore Goh tới thăm tỉnh Bình Định\n\n"
        "Sáng 5/3, ông Goh Wei Ming – Đại sứ, Đại sứ quán Singapore tại Lào, đã thăm tỉnh.\n",
        "Goh Wei Ming",
        "Đại sứ Singapore",
    ),
    (
        "Đại sứ Đức Weber chào từ biệt Chủ tịch tỉnh\n\n"
        "Chiều 2/6, Chủ tịch UBND tỉnh Lê Văn Tín đã tiếp ông Hans Weber đến chào từ biệt.\n",
        "Hans Weber",
        "Đại sứ Đức",
    ),
    (
        "Thống đốc Tanaka thăm Đà Nẵng\n\n"
        "Ngày 9/9, Chủ tịch UBND thành phố Lê Văn Tín tiếp Thống đốc tỉnh Shizuoka Tanaka"
        " Ichiro và đoàn.\n",
        "Tanaka Ichiro",
        "Thống đốc tỉnh Shizuoka",
    ),
]


@pytest.mark.parametrize(("text", "name", "title"), HEADLINE_PARTS)
def test_a_headline_office_goes_to_the_full_name(text: str, name: str, title: str) -> None:
    doc = vndiplo.extract(text, published="2024-05-03")
    people = {p.name: p for p in doc.people}
    assert title in people[name].titles, (text, people[name].titles)


def test_a_headline_part_shared_by_two_body_names_adds_nothing() -> None:
    doc = vndiplo.extract(
        "Đại sứ Kim chào Chủ tịch tỉnh\n\n"
        "Sáng 1/4, Chủ tịch UBND tỉnh Lê Văn Tín tiếp ông Kim Min-ho và ông Kim Soo-hyun.\n",
        published="2024-04-01",
    )
    people = {p.name: p for p in doc.people}
    assert all("Đại sứ" not in p.titles for p in people.values())


# a lower-case profession with its qualifier before a name ("ký giả tự do X")
PROFESSIONS = [
    ("Bình luận về cuộc gặp, ký giả tự do Lê Văn Tín từ Berlin nói:", "Lê Văn Tín", "ký giả tự do"),
    (
        "Theo nhà báo tự do người Pháp Jean Dupont, hai bên đã ký.",
        "Jean Dupont",
        "nhà báo tự do người Pháp",
    ),
    ("Theo ký giả Nguyễn Văn Bình của đài RFI, hai bên đã ký.", "Nguyễn Văn Bình", "ký giả"),
]


@pytest.mark.parametrize(("text", "name", "title"), PROFESSIONS)
def test_a_lower_case_profession_with_its_qualifier(text: str, name: str, title: str) -> None:
    people = people_by_name(text)
    assert title in people[name].titles, (text, people[name].titles)


@pytest.mark.parametrize(
    "text", ["Các nhà báo tự do Việt Nam đã dự.", "Các ký giả tự do đã dự họp báo ở Huế."]
)
def test_plural_professions_name_no_one(text: str) -> None:
    assert people_by_name(text) == {}
