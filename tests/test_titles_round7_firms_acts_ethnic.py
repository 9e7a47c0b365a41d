"""Round 7 (titles7b): a brand ending in a company word is no person ("Tổng giám đốc Hãng X
Air"); a bare title after the object of a sentence-opening act is the main clause's subject
("Tiếp Đại sứ Y, Bộ trưởng cho biết"); ethnic-minority Vietnamese names are Vietnam's; a
lower-case title alone refers back to the person the page named with it; a fund or a hotel
after an office is an organisation; names with lower-case particles in a chain after a dash
or a comma. Sentences written for these tests (invented names, firms and places)."""

from __future__ import annotations

import pytest

from tests.titles_helpers import people_by_name

# -- (3) a company's or brand's name after an office -------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Tổng giám đốc Sao Bay Air Lâm Thị Hạnh cho biết.",
            "Lâm Thị Hạnh",
            "Tổng giám đốc Sao Bay Air",
        ),
        (
            "Chủ tịch Tập đoàn Mekora Group Đinh Quốc Bảo phát biểu.",
            "Đinh Quốc Bảo",
            "Chủ tịch Tập đoàn Mekora Group",
        ),
        (
            "Ông Park Jin Woo, Giám đốc Công ty Lữ hành Mirae Tour, cho biết.",
            "Park Jin Woo",
            "Giám đốc Công ty Lữ hành Mirae Tour",
        ),
        (
            "Giám đốc Công ty Lữ hành Mirae Tour Park Jin Woo cho biết.",
            "Park Jin Woo",
            "Giám đốc Công ty Lữ hành Mirae Tour",
        ),
        (
            "Giám đốc Khách sạn Lotus Huế Trần Văn Bảo đón đoàn.",
            "Trần Văn Bảo",
            "Giám đốc Khách sạn Lotus Huế",
        ),
    ],
)
def test_a_brand_is_the_title_and_the_name_follows(text: str, name: str, title: str) -> None:
    people = people_by_name(text)
    assert set(people) == {name}, people
    assert people[name].titles == (title,)


@pytest.mark.parametrize(
    "text",
    [
        "Tổng giám đốc Sao Bay Air cho biết hãng mở đường bay mới.",
        "Chủ tịch Tập đoàn Mekora Group cho biết sẽ đầu tư.",
        "Tổng Giám đốc Vietnam Airlines đã ký hợp đồng.",
        "Chủ tịch Hội đồng quản trị KTV Software ký kết.",
        "Giám đốc Khách sạn Lotus Huế đón đoàn.",
    ],
)
def test_a_brand_alone_is_no_person(text: str) -> None:
    assert people_by_name(text) == {}


def test_near_miss_a_foreign_name_is_still_a_name() -> None:
    people = people_by_name("Đại sứ Anh Gareth Ward thăm tỉnh.")
    assert set(people) == {"Gareth Ward"}


# -- (2) a chain opened by an act -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "Tiếp Đại sứ Ý, ông Paolo Della Rocca, Phó Chủ tịch nước cho biết.",
            "Paolo Della Rocca",
            ("Đại sứ Ý",),
        ),
        (
            "Tiếp Đại sứ Ý Paolo Della Rocca, Bộ trưởng hoan nghênh.",
            "Paolo Della Rocca",
            ("Đại sứ Ý",),
        ),
        (
            "Chiều 3/5, tiếp ông Paolo Della Rocca, Đại sứ Ý, Thứ trưởng nhấn mạnh.",
            "Paolo Della Rocca",
            ("Đại sứ Ý",),
        ),
        (
            "Tại buổi tiếp Đại sứ Bỉ Anne de Wit, Chủ tịch tỉnh đánh giá cao.",
            "Anne de Wit",
            ("Đại sứ Bỉ",),
        ),
        (
            "Hội đàm với Ngoại trưởng Đức Otto von Kessel, Bộ trưởng khẳng định.",
            "Otto von Kessel",
            ("Ngoại trưởng Đức",),
        ),
        (
            "Tiếp Đại sứ UAE, ông Saeed al-Nuaimi, Bộ trưởng cho biết.",
            "Saeed al-Nuaimi",
            ("Đại sứ UAE",),
        ),
    ],
)
def test_a_bare_title_after_the_acts_object_is_not_the_objects(
    text: str, name: str, titles: tuple[str, ...]
) -> None:
    people = people_by_name(text)
    assert people[name].titles == titles


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # no act opens the sentence: an apposition, as before
        ("Ông Paolo Della Rocca, Đại sứ Ý cho biết.", "Paolo Della Rocca", ("Đại sứ Ý",)),
        # "Tiếp đó" (then) is no act
        ("Tiếp đó, ông Paolo Della Rocca, Đại sứ Ý cho biết.", "Paolo Della Rocca", ("Đại sứ Ý",)),
        # a conjunction after the title keeps the phrase going
        (
            "Tiếp đoàn, có ông Paolo Della Rocca, Trưởng đoàn, Đại sứ Ý cùng các thành viên.",
            "Paolo Della Rocca",
            ("Trưởng đoàn", "Đại sứ Ý"),
        ),
    ],
)
def test_near_misses_keep_the_apposition(text: str, name: str, titles: tuple[str, ...]) -> None:
    assert people_by_name(text)[name].titles == titles


# -- (1) a title after the name with a dash --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Chiều 3/5, ông Peter Holm – Tân Đại sứ Đan Mạch tại Việt Nam đã trình thư.",
            "Peter Holm",
            "Tân Đại sứ Đan Mạch tại Việt Nam",
        ),
        (
            "Bộ trưởng tiếp ông Peter Holm – tân Đại sứ Đan Mạch.",
            "Peter Holm",
            "tân Đại sứ Đan Mạch",
        ),
        (
            "Tham dự có bà Vũ Thị Lan - Giám đốc Sở Ngoại vụ tỉnh Thái Bình.",
            "Vũ Thị Lan",
            "Giám đốc Sở Ngoại vụ tỉnh Thái Bình",
        ),
        (
            "Tiếp bà Ingrid Dahl - Giám đốc Quỹ Nhi đồng Bắc Âu, Thứ trưởng cảm ơn.",
            "Ingrid Dahl",
            "Giám đốc Quỹ Nhi đồng Bắc Âu",
        ),
    ],
)
def test_a_dashed_title_is_the_names(text: str, name: str, title: str) -> None:
    people = people_by_name(text)
    assert people[name].titles == (title,)


def test_near_miss_a_dash_between_places() -> None:
    assert people_by_name("Đoàn đi Nam Định – Thái Bình trong hai ngày.") == {}


# -- (5) ethnic-minority Vietnamese names -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Phó Chủ tịch tỉnh Y Lâm Niê Kđăm tiếp đoàn Campuchia.", "Y Lâm Niê Kđăm"),
        ("Trưởng Ban Dân tộc Y Lâm Niê Kđăm dự hội nghị.", "Y Lâm Niê Kđăm"),
        ("Phó Chủ tịch tỉnh Bạc Liêu Danh Minh Tú dự lễ.", "Danh Minh Tú"),
        ("Bà H'Lan Mlô, Phó Chủ tịch HĐND tỉnh Đắk Lắk, dự lễ.", "H'Lan Mlô"),
        ("Chủ tịch UBND tỉnh Gia Lai Ksor Văn Thương làm việc với đoàn Lào.", "Ksor Văn Thương"),
        ("Phó Chủ tịch Quốc hội Y Khoa Byă tiếp Đại sứ Lào.", "Y Khoa Byă"),
    ],
)
def test_an_ethnic_minority_name_is_vietnams(text: str, name: str) -> None:
    people = people_by_name(text)
    assert people[name].country == "VN"


def test_near_miss_a_foreign_name_after_a_foreign_title() -> None:
    people = people_by_name("Đại sứ Campuchia Chay Sokha chào xã giao Chủ tịch tỉnh.")
    assert people["Chay Sokha"].country == "KH"


# -- (6) a lower-case title alone refers back to its named holder --------------------------


def _mentions(text: str, name: str) -> list[str]:
    return [text[m.start : m.end] for m in people_by_name(text)[name].mentions]


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        (
            "Tổng thống Kenya Samuel Otieno thăm Việt Nam. Sáng 5/6, tổng thống Kenya dự lễ đón.",
            "Samuel Otieno",
            "tổng thống Kenya",
        ),
        (
            "Thủ tướng Lào Bounlay tới Hà Nội. Sau đó, thủ tướng Lào đã đặt vòng hoa.",
            "Bounlay",
            "thủ tướng Lào",
        ),
    ],
)
def test_a_lower_case_title_refers_back(text: str, name: str, mention: str) -> None:
    assert mention in _mentions(text, name)


def test_near_misses_a_lower_case_title_of_no_one_named() -> None:
    text = "Tổng thống Chile Luis Mora thăm Hà Nội. Hai bên nhắc tới tổng thống Kenya năm 2019."
    assert set(people_by_name(text)) == {"Luis Mora"}
    text = "Tổng thống Kenya Samuel Otieno thăm Hà Nội. Các tổng thống Kenya trước đây cũng tới."
    assert _mentions(text, "Samuel Otieno") == ["Samuel Otieno"]


# -- (4) an abbreviated Central Committee inside a title ------------------------------------


@pytest.mark.parametrize("body", ["BCH TƯ", "BCHTW", "Ban Chấp hành TƯ", "BCH Trung ương"])
def test_an_abbreviated_central_committee_keeps_both_sides(body: str) -> None:
    text = (
        f"Tổng Bí thư {body} Đảng Cộng sản Việt Nam Hồ Văn Khải gửi điện mừng Tổng thống Peru "
        "Diego Salas."
    )
    people = people_by_name(text)
    assert people["Hồ Văn Khải"].titles == (f"Tổng Bí thư {body} Đảng Cộng sản Việt Nam",)
    assert people["Diego Salas"].titles == ("Tổng thống Peru",)
