"""Round-5 classes of how a run of titles is cut, on sentences written for these tests: a
comma inside a list of portfolios, an office "bên cạnh" another, a dash inside an
organisation's name (a country pair, a second half), a title word that names the unit
before it, a mission's staff posted "tại" a country, and foreign office families the
lexicon lacked (embassy ranks, trade representatives, chiefs of staff). Near variants check
that a title still ends where it should."""

from __future__ import annotations

import pytest

from tests.titles_helpers import people_by_name

_people = people_by_name


# -- a comma inside a list of portfolios ------------------------------------------------------


@pytest.mark.parametrize(
    "ministry",
    [
        "Bộ Lao động, Thương binh và Xã hội",
        "Bộ Văn hóa, Thể thao và Du lịch",
        "Bộ Nông, lâm, ngư nghiệp",
        "Bộ Nông, Lâm, Ngư nghiệp",
    ],
)
def test_a_comma_list_of_portfolios_stays_in_the_ministry(ministry: str) -> None:
    people = _people(f"Sáng 9/3, Thứ trưởng {ministry} Đinh Quốc Bảo tiếp đoàn Mông Cổ.")
    assert people["Đinh Quốc Bảo"].titles == (f"Thứ trưởng {ministry}",)


@pytest.mark.parametrize("end", [".", ", đã phát biểu.", " đã phát biểu."])
def test_lower_case_portfolios_after_phu_trach_close_with_va(end: str) -> None:
    text = (
        "Bộ trưởng Hà Minh Tuấn tiếp ông Peter Olsen, Thứ trưởng Bộ Ngoại giao Đan Mạch"
        f" phụ trách thương mại, năng lượng và môi trường{end}"
    )
    assert _people(text)["Peter Olsen"].titles == (
        "Thứ trưởng Bộ Ngoại giao Đan Mạch phụ trách thương mại, năng lượng và môi trường",
    )


def test_a_second_title_after_a_portfolio_is_still_a_second_title() -> None:
    people = _people("Ông Anders Berg, Bộ trưởng Bộ Y tế, Chủ tịch Hội đồng Dược phẩm, đã tới.")
    assert people["Anders Berg"].titles == ("Bộ trưởng Bộ Y tế", "Chủ tịch Hội đồng Dược phẩm")


def test_a_portfolio_list_that_runs_into_other_words_ends_the_title() -> None:
    people = _people("Ông Anders Berg, Bộ trưởng Bộ Y tế, giáo sư đầu ngành, đã tới.")
    assert people["Anders Berg"].titles[0] == "Bộ trưởng Bộ Y tế"


# -- "bên cạnh" another office ----------------------------------------------------------------


@pytest.mark.parametrize("tail", [",", " Campuchia,"])
def test_an_office_attached_to_the_prime_minister_keeps_it(tail: str) -> None:
    text = f"Dự tiệc có ông Sok Dara, Bộ trưởng bên cạnh Thủ tướng{tail} và nhiều khách mời."
    assert _people(text)["Sok Dara"].titles == (f"Bộ trưởng bên cạnh Thủ tướng{tail[:-1]}",)


# -- a dash inside an organisation's name ----------------------------------------------------


@pytest.mark.parametrize("dash", ["-", "–"])
def test_a_country_pair_of_short_names_stays_in_the_organisation(dash: str) -> None:
    text = f"Ông Mori Kenta, trưởng đoàn Liên minh Nghị sĩ hữu nghị Nhật {dash} Việt phát biểu."
    titles = _people(text)["Mori Kenta"].titles
    assert titles == (f"trưởng đoàn Liên minh Nghị sĩ hữu nghị Nhật {dash} Việt",)


def test_a_short_country_pair_before_a_name() -> None:
    people = _people("Chủ tịch Hội hữu nghị Việt - Hàn Đào Thị Lan phát biểu.")
    assert people["Đào Thị Lan"].titles == ("Chủ tịch Hội hữu nghị Việt - Hàn",)


@pytest.mark.parametrize(
    "text",
    [
        "Thiếu tướng Mạc Văn Sơn, Tư lệnh Quân chủng Phòng không - Không quân dự lễ.",
        "Tư lệnh Quân chủng Phòng không - Không quân Mạc Văn Sơn dự lễ.",
    ],
)
def test_the_second_half_of_an_organisation_name_after_a_dash(text: str) -> None:
    assert "Tư lệnh Quân chủng Phòng không - Không quân" in _people(text)["Mạc Văn Sơn"].titles


def test_a_dash_before_a_name_still_ends_the_title() -> None:
    people = _people("Chủ tịch UBND tỉnh Gia Lai - ông Vũ Đình Khôi tiếp đoàn.")
    assert people["Vũ Đình Khôi"].titles == ("Chủ tịch UBND tỉnh Gia Lai",)


# -- a title word naming the unit before it --------------------------------------------------


def test_a_title_word_that_names_a_department() -> None:
    people = _people("Ông Lò Văn Tiến, Cục trưởng Cục Lãnh sự đã trao giấy chấp nhận.")
    assert people["Lò Văn Tiến"].titles == ("Cục trưởng Cục Lãnh sự",)


def test_a_council_of_chiefs_of_staff_reads_on_to_its_country() -> None:
    people = _people(
        "Trong chuyến thăm, đại tướng Roy Hale, chủ tịch Hội đồng Tham mưu trưởng Liên quân"
        " Canada đã đón đoàn."
    )
    assert "chủ tịch Hội đồng Tham mưu trưởng Liên quân Canada" in people["Roy Hale"].titles


def test_a_rank_and_a_name_after_a_ministry_stay_a_rank_and_a_name() -> None:
    people = _people("Bộ trưởng Bộ Quốc phòng Đại tướng Lục Văn Hải tiếp đoàn.")
    assert people["Lục Văn Hải"].titles == ("Bộ trưởng Bộ Quốc phòng", "Đại tướng")


@pytest.mark.parametrize("free", ["tự do", "Tự do"])
def test_a_liberal_party_keeps_its_free(free: str) -> None:
    text = f"Ngài Ono Taro, nguyên Tổng Thư ký Đảng Dân chủ {free} Nhật Bản, đã tới."
    assert _people(text)["Ono Taro"].titles == (f"nguyên Tổng Thư ký Đảng Dân chủ {free} Nhật Bản",)


# -- a mission's staff, foreign office families ----------------------------------------------


@pytest.mark.parametrize("rank", ["Bí thư thứ ba", "Bí thư thứ hai", "Tùy viên"])
def test_a_mission_staff_title_keeps_its_posting(rank: str) -> None:
    text = f"Bà Tsetseg Bold, {rank} Đại sứ quán Mông Cổ tại Việt Nam đã dự."
    assert _people(text)["Tsetseg Bold"].titles == (f"{rank} Đại sứ quán Mông Cổ tại Việt Nam",)


@pytest.mark.parametrize(
    ("title", "country"),
    [
        ("Công sứ Đại sứ quán Hàn Quốc tại Việt Nam", "KR"),
        ("Tham tán Công sứ Đại sứ quán Nhật Bản", "JP"),
        ("Phó đại diện Thương mại Hoa Kỳ", "US"),
        ("Đại diện Thương mại Hoa Kỳ", "US"),
    ],
)
def test_foreign_office_families_before_a_name(title: str, country: str) -> None:
    people = _people(f"Phó Chủ tịch tỉnh tiếp ngài {title} Lee Min-woo vào chiều qua.")
    assert people["Lee Min-woo"].titles == (title,)
    assert people["Lee Min-woo"].country == country


def test_a_chief_of_staff_after_a_deputy_commander() -> None:
    people = _people(
        "Dự có Chuẩn đô đốc Kha Văn Lộc, Phó Tư lệnh, Tham mưu trưởng Quân chủng Hải quân."
    )
    assert people["Kha Văn Lộc"].titles == (
        "Chuẩn đô đốc",
        "Phó Tư lệnh",
        "Tham mưu trưởng Quân chủng Hải quân",
    )


# -- a plural title shared out by a colon ----------------------------------------------------


@pytest.mark.parametrize("joiner", [", ", " và "])
def test_a_colon_list_of_bare_names_shares_the_plural_title(joiner: str) -> None:
    people = _people(
        f"Dự hội nghị có các đồng chí Ủy viên Ban Bí thư: Hồ Minh Khoa{joiner}Tạ Thu Vân."
    )
    assert people["Hồ Minh Khoa"].titles == ("Ủy viên Ban Bí thư",)
    assert people["Tạ Thu Vân"].titles == ("Ủy viên Ban Bí thư",)


def test_a_colon_list_shares_the_title_before_each_name_own_titles_up_to_a_semicolon() -> None:
    people = _people(
        "Tới dự có các đồng chí Ủy viên Bộ Chính trị: Chủ tịch nước Hồ Minh Khoa, Đại tướng"
        " Tạ Văn Vĩnh, Bộ trưởng Bộ Quốc phòng; cùng Thượng tướng Lạc Văn Hùng."
    )
    assert people["Hồ Minh Khoa"].titles == ("Ủy viên Bộ Chính trị", "Chủ tịch nước")
    assert people["Tạ Văn Vĩnh"].titles == (
        "Ủy viên Bộ Chính trị",
        "Đại tướng",
        "Bộ trưởng Bộ Quốc phòng",
    )
    assert people["Lạc Văn Hùng"].titles == ("Thượng tướng",)


def test_a_single_title_and_a_colon_shares_nothing() -> None:
    people = _people("Phát biểu của Thủ tướng Hồ Minh Khoa: Bộ trưởng Tạ Văn Vĩnh sẽ đi.")
    assert people["Tạ Văn Vĩnh"].titles == ("Bộ trưởng",)
