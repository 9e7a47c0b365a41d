"""Seventh-round classes of people and titles, each on sentences written for these tests:
"Tân" (newly in office) capitalised after a dash, a comma or at a sentence's start; a bare
office noun named by a title word ("Cục Lãnh sự", "Phủ Tổng thống"); a person who is only a
memorial's or site's proper name; the office a person "becomes" ("trở thành"). Every case
also checks that the windowed scan equals the whole scan (see ``people_by_name``)."""

from __future__ import annotations

import pytest
from vndiplo_titles.glued_words import case_seam_at

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
        ("Bộ trưởng Bộ Công an Đại tướng Lê Văn Bình tiếp đoàn.",
         "Lê Văn Bình", ("Bộ trưởng Bộ Công an", "Đại tướng")),
        ("Giám đốc Sở Ngoại vụ Đại tá Lê Văn Ba dự họp.",
         "Lê Văn Ba", ("Giám đốc Sở Ngoại vụ", "Đại tá")),
    ],
)  # fmt: skip
def test_a_rank_after_a_named_office_is_still_a_rank(
    text: str, name: str, titles: tuple[str, ...]
) -> None:
    assert _people(text)[name].titles == titles


def test_a_palace_in_a_place_phrase_is_no_person() -> None:
    people = _people("Chủ tịch nước Đỗ Minh Khang đón Tổng thống Chile Ana Rojas tại Phủ Chủ tịch.")
    assert set(people) == {"Đỗ Minh Khang", "Ana Rojas"}


# -- a person who is only a site's proper name --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sáng nay đoàn đặt hoa ở Lăng Chủ tịch Hồ Chí Minh rồi về khách sạn.",
        "Đoàn ghé Tượng đài Chủ tịch Hồ Chí Minh ở Ulan Bator.",
        "Buổi khai trương Khu di tích ngôi nhà nhỏ của Chủ tịch Hồ Chí Minh tại Paris.",
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
        ("Tờ báo do Chủ tịch Hồ Chí Minh thành lập năm 1925.", "Hồ Chí Minh"),
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


# -- further host countries after a comma ("kiêm nhiệm") ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Ông Hoàng Văn Lợi, Đại sứ Việt Nam tại Thái Lan, kiêm nhiệm Myanmar và Lào, đã"
         " dự tiệc.", "Hoàng Văn Lợi",
         "Đại sứ Việt Nam tại Thái Lan, kiêm nhiệm Myanmar và Lào"),
        ("Đại sứ Việt Nam tại Pháp, kiêm nhiệm Monaco Đinh Toàn Thắng trình quốc thư.",
         "Đinh Toàn Thắng", "Đại sứ Việt Nam tại Pháp, kiêm nhiệm Monaco"),
        ("Bà Lê Thị Hà, Đại sứ Lào tại Kenya, kiêm nhiệm Uganda, Rwanda và Burundi"
         " dự lễ.", "Lê Thị Hà",
         "Đại sứ Lào tại Kenya, kiêm nhiệm Uganda, Rwanda và Burundi"),
        ("Ông Trần Văn Hùng, Đại sứ Việt Nam tại Kenya, đồng thời kiêm nhiệm Uganda đã trình"
         " quốc thư.", "Trần Văn Hùng", "Đại sứ Việt Nam tại Kenya, đồng thời kiêm nhiệm Uganda"),
        ("Ông Đỗ Minh Tuấn, Đại sứ Campuchia tại Ai Cập kiêm nhiệm Sudan dự lễ.",
         "Đỗ Minh Tuấn", "Đại sứ Campuchia tại Ai Cập kiêm nhiệm Sudan"),
    ],
)  # fmt: skip
def test_concurrent_accreditation_after_a_comma_stays_in_the_title(
    text: str, name: str, title: str
) -> None:
    assert _people(text)[name].titles == (title,)


def test_a_second_country_after_one_posting_is_no_accreditation() -> None:
    text = "Ông Trần Văn Hùng, Đại sứ Việt Nam tại Kenya, Ethiopia, đã trình quốc thư."
    assert _people(text)["Trần Văn Hùng"].titles == ("Đại sứ Việt Nam tại Kenya",)


# -- a spokesperson of a title written in lower case -------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Trả lời báo chí, người phát ngôn của tổng thống Pháp Marie Dubois nói.",
         "Marie Dubois", "người phát ngôn của tổng thống Pháp"),
        ("Sau cuộc họp, phát ngôn viên của thủ tướng Anh James Slack cho biết.",
         "James Slack", "phát ngôn viên của thủ tướng Anh"),
        ("Theo người phát ngôn của chủ tịch nước Lào Khamphao Vong, chuyến thăm thành công.",
         "Khamphao Vong", "người phát ngôn của chủ tịch nước Lào"),
        ("Phát ngôn viên Bộ Ngoại giao Trung Quốc Mao Ninh cho biết.",
         "Mao Ninh", "Phát ngôn viên Bộ Ngoại giao Trung Quốc"),
    ],
)  # fmt: skip
def test_a_spokesperson_holds_the_title_not_the_owner(text: str, name: str, title: str) -> None:
    assert _people(text)[name].titles == (title,)


def test_a_spokesperson_without_a_name_leaves_the_named_owner_alone() -> None:
    text = "Người phát ngôn của tổng thống cho biết Tổng thống Lee Jae Myung sẽ sang Mỹ."
    assert _people(text)["Lee Jae Myung"].titles == ("Tổng thống",)


# -- a transliterated name after a foreign state's body ----------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Phó Chủ nhiệm Ủy ban Giáo dục Nhân đại toàn quốc Ô Lan Đồ dự hội đàm.",
         "Ô Lan Đồ", "Phó Chủ nhiệm Ủy ban Giáo dục Nhân đại toàn quốc"),
        ("Phó Chủ tịch Chính hiệp toàn quốc Mã Tiêu Lâm dự hội đàm.",
         "Mã Tiêu Lâm", "Phó Chủ tịch Chính hiệp toàn quốc"),
        ("Ủy viên Quốc vụ viện Khâu Lạc Sơn dự hội đàm.",
         "Khâu Lạc Sơn", "Ủy viên Quốc vụ viện"),
        ("Có mặt Phó Tổng Thư ký Nhân đại toàn quốc Trương Hải, Phó Chủ nhiệm Ủy ban Tài chính"
         " Nhân đại toàn quốc Ba Đặc Nhĩ.", "Ba Đặc Nhĩ",
         "Phó Chủ nhiệm Ủy ban Tài chính Nhân đại toàn quốc"),
    ],
)  # fmt: skip
def test_a_name_after_a_foreign_state_body_is_a_name(text: str, name: str, title: str) -> None:
    person = _people(text)[name]
    assert person.titles == (title,)
    assert person.country == "CN"


def test_a_place_after_a_foreign_state_body_is_no_name() -> None:
    assert _people("Phó Chủ nhiệm Nhân đại toàn quốc Khu tự trị Quảng Tây dự họp.") == {}


# -- an acronym glued to the lower-case word after it ------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Chủ tịch UBNDtỉnh Lê Thanh Hòa đã tiếp ông Hà Minh, Tổng Lãnh sự Trung Quốc.",
         "Lê Thanh Hòa", "Chủ tịch UBNDtỉnh"),
        ("Phó Chủ tịch HĐNDhuyện Trần Văn Bảy dự lễ.", "Trần Văn Bảy", "Phó Chủ tịch HĐNDhuyện"),
        ("Chủ tịch UBNDthành phố Nguyễn Văn Nên dự lễ.",
         "Nguyễn Văn Nên", "Chủ tịch UBNDthành phố"),
    ],
)  # fmt: skip
def test_an_acronym_glued_to_a_lower_case_word_is_cut(text: str, name: str, title: str) -> None:
    assert _people(text)[name].titles == (title,)


@pytest.mark.parametrize("word", ["VNExpress", "TPBank", "NATOs", "IPhone"])
def test_brands_in_camel_case_are_not_cut(word: str) -> None:
    assert case_seam_at(word) == 0
