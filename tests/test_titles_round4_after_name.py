"""Round-4 classes of the titles stage, each on sentences written for these tests: a title
after the name (dash chains, a colon after the honorific, a family name in capitals, long
Lao names spelt in syllables), a place the page names that a title must not take for a
person, and an honorific glued to the name. Every case also checks that the windowed scan
equals the whole scan (see ``people_by_name``)."""

from __future__ import annotations

import pytest

from tests.titles_helpers import assert_scans_safely, people_by_name

_people = people_by_name


# -- "Name - Title - Title": a chain opened by a dash goes on with dashes ---------------------


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_dash_chain_after_a_name_keeps_every_title(dash: str) -> None:
    text = (
        f"Sáng 4/9, đồng chí Lưu Văn Khải {dash} Phó Bí thư Tỉnh ủy {dash} Chủ tịch UBND tỉnh"
        " đã tiếp Tổng Lãnh sự Lào."
    )
    assert _people(text)["Lưu Văn Khải"].titles == ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh")


def test_dash_chain_stops_before_a_second_named_person() -> None:
    people = _people(
        "Dự có ông Tạ Quốc Bảo - Giám đốc Sở Ngoại vụ - Chủ tịch UBND huyện Kim Ngọc Lan phát biểu."
    )
    assert people["Tạ Quốc Bảo"].titles == ("Giám đốc Sở Ngoại vụ",)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Thường vụ Thành ủy", "Thường vụ Thành ủy"),
        ("Huyện ủy viên", "Huyện ủy viên"),
        ("Quận ủy viên", "Quận ủy viên"),
    ],
)
def test_short_party_committee_titles(title: str, expected: str) -> None:
    text = f"Cùng dự có đồng chí Kiều Thanh Sơn - {title} - Trưởng Ban Dân vận."
    assert _people(text)["Kiều Thanh Sơn"].titles[0] == expected


# -- an honorific, a colon, then the list of names -----------------------------------------------


def test_colon_after_a_plural_honorific_opens_the_names() -> None:
    people = _people(
        "Tham dự có các đồng chí: Mạc Đình Tuấn Phó Chủ tịch UBND tỉnh; Âu Thị Hạnh, Giám đốc"
        " Sở Du lịch."
    )
    assert people["Mạc Đình Tuấn"].titles == ("Phó Chủ tịch UBND tỉnh",)
    assert people["Âu Thị Hạnh"].titles == ("Giám đốc Sở Du lịch",)


def test_colon_after_ong_with_a_comma_title() -> None:
    people = _people("Phát biểu có ông: Lâm Hữu Phước, Chủ tịch Hội hữu nghị Việt - Lào.")
    assert "Lâm Hữu Phước" in people


# -- a family name written in capitals -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hôm qua, ông SUZUKI Kenta – Tổng Lãnh sự Nhật Bản tại Đà Nẵng đã thăm tỉnh Quảng Ngãi.",
        "Chiều 8/6, bà DUPONT Claire, Tổng Lãnh sự Pháp, đến chào xã giao lãnh đạo tỉnh.",
    ],
)
def test_capitals_family_name_after_an_honorific(text: str) -> None:
    names = set(_people(text))
    assert names & {"SUZUKI Kenta", "DUPONT Claire"}


def test_an_acronym_after_an_honorific_is_no_name() -> None:
    people = _people("Ông UBND Tỉnh Bắc Giang, Chủ tịch Hội đồng đã phát biểu.")
    assert not any(name.startswith("UBND") for name in people)


# -- long names spelt in syllables --------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Xổm Phết Vông Xay A Mạt",
        "Bun Mi Xay Xổm Phết Vông Xay",
        "Khăm Xinh Xay Nha Vông Lạt Xa Mi",
    ],
)
def test_long_lao_name_after_do_dong_chi(name: str) -> None:
    text = (
        f"Sáng nay, Sở Ngoại vụ làm việc với đoàn do đồng chí {name}, Phó Chủ tịch Ủy ban"
        " Trung ương Mặt trận Lào xây dựng đất nước làm trưởng đoàn, về kế hoạch giao lưu năm"
        " tới."
    )
    assert _people(text)[name].titles[0].startswith("Phó Chủ tịch Ủy ban Trung ương")


def test_long_run_with_a_vietnamese_family_name_is_still_cut() -> None:
    # a Vietnamese name never runs past five syllables: the run is not taken whole
    people = _people("Có đồng chí Nguyễn Văn Lâm Thái Bình Hòa, Phó Bí thư Tỉnh ủy.")
    assert "Nguyễn Văn Lâm Thái Bình Hòa" not in people


# -- a place the page names is not a person -------------------------------------------------


def test_a_district_named_on_the_page_is_peeled_before_the_name() -> None:
    people = _people(
        "Ngày 3/10, đoàn đại biểu huyện Mã Quan, châu Văn Sơn (Trung Quốc) do đồng chí Lý"
        " Kiến - Bí thư Huyện ủy Mã Quan làm trưởng đoàn đã hội đàm với huyện Bát Xát. Bí thư"
        " Huyện ủy Mã Quan Lý Kiến cảm ơn sự đón tiếp."
    )
    assert "Mã Quan" not in people
    assert people["Lý Kiến"].titles[0] == "Bí thư Huyện ủy Mã Quan"


def test_a_province_named_on_the_page_after_tinh_truong_is_no_person() -> None:
    people = _people(
        "Đoàn công tác đến chúc Tết Nhân dân tỉnh Xay Nha Bu Ly (Lào). Đồng chí Phon Sa Vẳn,"
        " Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư, Tỉnh trưởng Xay Nha Bu Ly"
        " tiếp đoàn."
    )
    assert "Xay Nha Bu Ly" not in people
    assert "Phon Sa Vẳn" in people


def test_a_title_holder_named_after_uy_ban_tinh_is_not_learnt_as_a_place() -> None:
    # "UBND tỉnh <Name>,": the name after an organisation's noun stays a person
    people = _people(
        "Chủ tịch UBND tỉnh Trần Quốc Vượng, Bí thư Tỉnh ủy đã tiếp đoàn. Phó Chủ tịch UBND"
        " tỉnh Trần Quốc Vượng phát biểu."
    )
    assert "Trần Quốc Vượng" in people


def test_a_vietnamese_name_after_a_lower_case_noun_is_not_learnt() -> None:
    people = _people(
        "Lãnh đạo huyện Đặng Văn Hùng, Đặng Văn Hùng nói. Bí thư Huyện ủy Đặng Văn Hùng tiếp đoàn."
    )
    assert "Đặng Văn Hùng" in people


# -- an honorific glued to the name ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Chủ tịch tỉnh tiếp NgàiKa-zu-hi-ro Ô-ga-ta - Đại sứ Nhật Bản tại Việt Nam.",
            "Ka-zu-hi-ro Ô-ga-ta",
        ),
        ("Đón đoàn có ÔngMai Xuân Lộc, Phó Giám đốc Sở Ngoại vụ.", "Mai Xuân Lộc"),
    ],
)
def test_glued_honorific_is_split_from_the_name(text: str, name: str) -> None:
    assert name in _people(text)


def test_names_opening_like_an_honorific_stay_whole() -> None:
    assert "Bàng Thị Thu" in _people("Có bà Bàng Thị Thu, Phó Chủ tịch Hội Phụ nữ tỉnh.")


@pytest.mark.parametrize(
    "text",
    [
        "huyện " + "Ab " * 3000,
        "tỉnh " * 5000,
        "Ngài" * 3000,
        "đồng chí: " * 2000,
        "ông A - Bí thư - " * 2000,
    ],
)
def test_new_constructions_scan_safely(text: str) -> None:
    assert_scans_safely(text)


# -- an office given by a verb after an honorific name ----------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Nhân dịp ông Ma-ri-ô Lô-pết (Mario Lopez) được bầu làm Chủ tịch Thượng viện Chi-lê,"
            " Chủ tịch Quốc hội Trần Văn Hòa đã gửi điện mừng.",
            "Ma-ri-ô Lô-pết",
            "Chủ tịch Thượng viện Chi-lê",
        ),
        (
            "Phó Thủ tướng Lê Văn Tâm gửi điện mừng tới đồng chí Lưu Kiến Quốc, nhân dịp đồng"
            " chí được bổ nhiệm giữ chức Ủy viên Quốc vụ Quốc vụ viện Trung Quốc.",
            "Lưu Kiến Quốc",
            "Ủy viên Quốc vụ Quốc vụ viện Trung Quốc",
        ),
        (
            "Bộ trưởng Ngoại giao Lê Thị Hằng chúc mừng bà Anna Berg vừa được tái bổ nhiệm làm"
            " Ngoại trưởng Thụy Điển.",
            "Anna Berg",
            "Ngoại trưởng Thụy Điển",
        ),
    ],
)
def test_office_given_by_a_verb(text: str, name: str, title: str) -> None:
    assert _people(text)[name].titles == (title,)


def test_a_verb_far_from_the_name_gives_nothing() -> None:
    people = _people(
        "Ông Phạm Quý Long cho biết hội nghị đã thảo luận và sau đó được bầu làm Chủ tịch Hội."
    )
    assert "Phạm Quý Long" not in people


def test_a_name_after_a_governor_of_a_state_is_not_learnt_as_a_place() -> None:
    people = _people("Đại sứ Lê Minh Quân gặp Thống đốc bang Oregon Paul Weston.")
    assert people["Paul Weston"].titles == ("Thống đốc bang Oregon",)
