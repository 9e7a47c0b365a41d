"""Seventh-round classes of people and titles, each on sentences written for these tests:
"Tân" (newly in office) capitalised after a dash, a comma or at a sentence's start; a bare
office noun named by a title word ("Cục Lãnh sự", "Phủ Tổng thống"); a person who is only a
memorial's or site's proper name; the office a person "becomes" ("trở thành"). Every case
also checks that the windowed scan equals the whole scan (see ``people_by_name``)."""

from __future__ import annotations

import pytest

from tests.titles_helpers import people_by_name

_people = people_by_name


# -- "Tân" opens a title unless it ends a name -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Chiều 4/6, ông Oliver James Grant – Tân Đại sứ Anh tại Việt Nam đã thăm cảng Cái Mép.",
         "Oliver James Grant", "Tân Đại sứ Anh tại Việt Nam"),
        ("Tân Chủ tịch Thượng viện Lê Thị Hoa phát biểu nhậm chức.",
         "Lê Thị Hoa", "Tân Chủ tịch Thượng viện"),
        ("Sáng nay, Tân Thủ tướng Nhật Bản Ishiba Shigeru điện đàm với Thủ tướng Lê Văn Hai.",
         "Ishiba Shigeru", "Tân Thủ tướng Nhật Bản"),
        ("Bà Sarah Lynn, Tân Tổng Lãnh sự Canada tại TP.HCM, chào xã giao lãnh đạo thành phố.",
         "Sarah Lynn", "Tân Tổng Lãnh sự Canada tại TP.HCM"),
        ("Ông Peter Hall - tân Đại sứ Úc đã đến Huế.", "Peter Hall", "tân Đại sứ Úc"),
    ],
)  # fmt: skip
def test_tan_before_a_title_is_new_in_office(text: str, name: str, title: str) -> None:
    assert title in _people(text)[name].titles


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ông Trần Lập Tân Tổng lãnh sự Việt Nam tại Côn Minh dự lễ.", "Trần Lập Tân"),
        ("Ông Lê Văn Tân, Chủ tịch UBND xã, dự lễ.", "Lê Văn Tân"),
    ],
)
def test_tan_ending_a_name_stays_in_the_name(text: str, name: str) -> None:
    person = _people(text)[name]
    assert not any(t.startswith("Tân") for t in person.titles)


# -- a bare office noun and the title word that names it ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Sáng 2/3, Cục trưởng Cục Lãnh sự Trần Văn Nam đã tiếp đoàn.",
         "Trần Văn Nam", "Cục trưởng Cục Lãnh sự"),
        ("Phó Cục trưởng Cục Lãnh sự Bộ Ngoại giao Hà Thị Mai trao giấy chấp nhận.",
         "Hà Thị Mai", "Phó Cục trưởng Cục Lãnh sự Bộ Ngoại giao"),
        ("Tổng thư ký Phủ Tổng thống Mary Kelly đã dự lễ.",
         "Mary Kelly", "Tổng thư ký Phủ Tổng thống"),
        ("Bà Mary Kelly, Tổng thư ký Phủ Tổng thống Ireland, đã dự lễ.",
         "Mary Kelly", "Tổng thư ký Phủ Tổng thống Ireland"),
        ("Chánh văn phòng Phủ Thủ tướng Thái Lan Somchai Wong đã tới Hà Nội.",
         "Somchai Wong", "Chánh văn phòng Phủ Thủ tướng Thái Lan"),
        ("Ủy viên Hội đồng Bộ trưởng Lê Văn Hai dự lễ.",
         "Lê Văn Hai", "Ủy viên Hội đồng Bộ trưởng"),
    ],
)  # fmt: skip
def test_a_title_word_names_the_bare_office_before_it(text: str, name: str, title: str) -> None:
    assert _people(text)[name].titles == (title,)


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("Bộ trưởng Bộ Quốc phòng Đại tướng Phan Văn Giang tiếp đoàn.",
         "Phan Văn Giang", ("Bộ trưởng Bộ Quốc phòng", "Đại tướng")),
        ("Giám đốc Sở Ngoại vụ Đại tá Lê Văn Ba dự họp.",
         "Lê Văn Ba", ("Giám đốc Sở Ngoại vụ", "Đại tá")),
    ],
)  # fmt: skip
def test_a_rank_after_a_named_office_is_still_a_rank(
    text: str, name: str, titles: tuple[str, ...]
) -> None:
    assert _people(text)[name].titles == titles


def test_a_palace_in_a_place_phrase_is_no_person() -> None:
    people = _people(
        "Chủ tịch nước Võ Văn Thưởng đón Tổng thống Pháp Emmanuel Macron tại Phủ Chủ tịch."
    )
    assert set(people) == {"Võ Văn Thưởng", "Emmanuel Macron"}


# -- a person who is only a site's proper name --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn viếng Lăng Chủ tịch Hồ Chí Minh sáng nay.",
        "Tổng thống đặt vòng hoa tại Tượng đài Chủ tịch Hồ Chí Minh ở Moscow.",
        "Lễ khánh thành Khu di tích nơi ở và làm việc của Chủ tịch Hồ Chí Minh ở Quảng Châu.",
        "Đoàn thăm Nhà lưu niệm Chủ tịch Kaysone Phomvihane tại Savannakhet.",
        "Đoàn tham quan Bảo tàng Đại tướng Võ Nguyên Giáp ở Quảng Bình.",
    ],
)
def test_a_memorial_proper_name_holds_no_person(text: str) -> None:
    assert _people(text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đoàn vào Lăng viếng Chủ tịch Hồ Chí Minh sáng nay.", "Hồ Chí Minh"),
        ("Đảng do Chủ tịch Hồ Chí Minh sáng lập.", "Hồ Chí Minh"),
        ("Đoàn dâng hương tại đài tưởng niệm Thủ tướng Jawaharlal Nehru.", "Jawaharlal Nehru"),
        ("Cuộc gặp của Chủ tịch nước Võ Văn Thưởng với Đại sứ Pháp.", "Võ Văn Thưởng"),
    ],
)
def test_a_person_honoured_or_described_is_still_a_person(text: str, name: str) -> None:
    assert name in _people(text)


# -- the office a person becomes ---------------------------------------------------------------


def test_the_office_a_person_becomes_is_a_title() -> None:
    text = (
        "Tân Chủ tịch Thượng viện Lê Thị Hoa phát biểu. Trước đó, Thượng viện đã bầu bà Lê"
        " Thị Hoa trở thành Chủ tịch Thượng viện, Chủ tịch Hội đồng Bầu cử."
    )
    titles = _people(text)["Lê Thị Hoa"].titles
    assert "Chủ tịch Thượng viện" in titles
    assert "Chủ tịch Hội đồng Bầu cử" in titles


def test_a_country_becoming_chair_gives_no_one_a_title() -> None:
    text = "Thủ tướng Phạm Minh Chính dự hội nghị. Năm 2020, Việt Nam trở thành Chủ tịch ASEAN."
    assert _people(text)["Phạm Minh Chính"].titles == ("Thủ tướng",)
