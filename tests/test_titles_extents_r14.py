"""Round 14: what a title holds and where it stops. A region after its city behind a comma
("tại Côn Minh, Vân Nam"), a list of terms ("các khóa X, XI, XII", "khóa XIII và XIV"), a
nationality or an origin ("người Mỹ", "Mỹ gốc Việt"), a participle of taking or leaving
office ("Đại sứ mới bổ nhiệm Lào tại ...") and a rank's mission after a comma ("Công sứ, Đại
sứ quán Hàn Quốc tại Việt Nam"), with neighbours that must not be read so. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given

from tests.titles_helpers import assert_scans_safely, mixes, people_by_name

# (text, name, a title the person must hold, country or "" when not checked)
HOLDS = [
    # a region after the city of a posting or a city office, behind a comma
    (
        "Bà Lê Thị Mai, Tổng Lãnh sự Việt Nam tại Côn Minh, Vân Nam (Trung Quốc), đã tiếp đoàn.",
        "Lê Thị Mai",
        "Tổng Lãnh sự Việt Nam tại Côn Minh, Vân Nam",
        "VN",
    ),
    (
        "Tổng Lãnh sự Việt Nam tại Houston, Texas Trần Văn Nam cho biết cộng đồng đã tăng.",
        "Trần Văn Nam",
        "Tổng Lãnh sự Việt Nam tại Houston, Texas",
        "VN",
    ),
    (
        "Về dự có ông Hans Weber - Lãnh sự danh dự Việt Nam tại Munich, Bavaria - và gia đình.",
        "Hans Weber",
        "Lãnh sự danh dự Việt Nam tại Munich, Bavaria",
        "",
    ),
    # a list of terms
    (
        "Đồng chí Nguyễn Văn An, Ủy viên Trung ương Đảng các khóa X, XI, XII, Ủy viên Bộ Chính"
        " trị, Chủ tịch nước CHXHCN Việt Nam đã từ trần.",
        "Nguyễn Văn An",
        "Ủy viên Trung ương Đảng các khóa X, XI, XII",
        "VN",
    ),
    (
        "Đồng chí Nguyễn Văn An, Ủy viên Trung ương Đảng các khóa X,XI,XII, Ủy viên Bộ Chính"
        " trị, Chủ tịch nước CHXHCN Việt Nam đã từ trần.",
        "Nguyễn Văn An",
        "Chủ tịch nước CHXHCN Việt Nam",
        "VN",
    ),
    (
        "Ông Lê Văn Tín, đại biểu Quốc hội khóa XIII và XIV, đã phát biểu tại phiên họp.",
        "Lê Văn Tín",
        "đại biểu Quốc hội khóa XIII và XIV",
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
        "Ông Tanaka Ichiro – Tổng Lãnh sự, Tổng Lãnh sự quán Nhật Bản tại Đà Nẵng, đã thăm tỉnh.",
        "Tanaka Ichiro",
        "Tổng Lãnh sự, Tổng Lãnh sự quán Nhật Bản tại Đà Nẵng",
        "JP",
    ),
    (
        "Bà Kim Soo-jin - Đại sứ, Đại sứ quán Hàn Quốc tại Lào - đã tiếp đoàn.",
        "Kim Soo-jin",
        "Đại sứ, Đại sứ quán Hàn Quốc tại Lào",
        "KR",
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
        "Nhân dịp ông Sok Vanna được Chính phủ Campuchia bổ nhiệm chức vụ Tổng Lãnh sự tại TP"
        " Hồ Chí Minh, ông đã đến thăm tỉnh.",
        "Sok Vanna",
        "Tổng Lãnh sự tại TP Hồ Chí Minh",
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
        "Bà Kim Soo-jin, Công sứ, Đại sứ quán Hàn Quốc tại Việt Nam, cho biết hai bên sẽ hợp tác.",
        "Kim Soo-jin",
        "Công sứ",
        "",
    ),
    (
        "Ông Park Min-ho, Phó Tổng Lãnh sự, Tổng Lãnh sự quán Hàn Quốc tại Đà Nẵng, phát biểu.",
        "Park Min-ho",
        "Phó Tổng Lãnh sự",
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
        "Ông Lê Văn Tín, Tổng Lãnh sự Việt Nam tại Osaka, Bí thư Đảng ủy, đã phát biểu.",
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
        "Bộ trưởng Lê Văn Tín nhắc tới Andrew Lee, là doanh nhân Mỹ gốc Scotland, sáng lập quỹ.",
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


# an unnamed guest with a companion ("Đại sứ Cuba và Phu nhân") is one entry of a list: its
# title is no title of the next name
COMPANION_LISTS = [
    (
        "Dự tiệc có Đại sứ Pháp và Phu nhân, Tổng Lãnh sự Nhật Bản Tanaka Ichiro.",
        "Tanaka Ichiro",
        ("Tổng Lãnh sự Nhật Bản",),
        "JP",
    ),
    (
        "Khách mời gồm Đại sứ Cuba và Phu nhân, Đại sứ Lào và Phu nhân, Đại sứ Mông Cổ Bat Erdene.",
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


def test_a_named_person_keeps_an_apposed_title_before_a_companion() -> None:
    people = people_by_name("Tổng thống Jean Martin, Chủ tịch Đảng Xã hội và Phu nhân đã dự.")
    assert "Chủ tịch Đảng Xã hội" in people["Jean Martin"].titles


@given(
    mixes(
        [
            "Tổng Lãnh sự Việt Nam tại Côn Minh",
            ", Vân Nam",
            ", Trung Quốc",
            "các khóa X,XI",
            " khóa XIII và XIV",
            ", 12",
            "người Mỹ ",
            "gốc Scotland ",
            "Đại sứ mới bổ nhiệm Lào ",
            "vừa được bổ nhiệm ",
            "Công sứ, Đại sứ quán Hàn Quốc tại Việt Nam",
            " Lê Văn Tín",
            " Kim Soo-jin",
            "tỷ phú ",
            " và Phu nhân, ",
            "Chủ tịch nước",
        ]
    )
)
def test_extents_scan_safely(text: str) -> None:
    assert_scans_safely(text)
