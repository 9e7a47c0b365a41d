"""Round-5 late classes of the titles stage: a title after the name with "tân" (newly in
office), relational titles ("người đồng cấp", "đồng nhiệm"), a soldier's rank-like noun, the
fused office "Tổng Bí thư - Chủ tịch nước", and place data that must never become a person
(the United Kingdom's long name, federal states, Thai provinces, Georgia the country or the
US state, the Arab League). Sentences written for these tests; every case also checks that
the windowed scan equals the whole scan."""

from __future__ import annotations

import pytest

from tests.titles_helpers import people_by_name

_people = people_by_name


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        (
            "Chủ tịch nước đã gửi điện tới Ngài Kofi Mensah, tân Tổng thống nước Cộng hòa Ghana.",
            "Kofi Mensah",
            "tân Tổng thống nước Cộng hòa Ghana",
            "GH",
        ),
        (
            "Thủ tướng gửi thư chúc mừng NgàiKofi Mensah, tân Thủ tướng Ghana.",
            "Kofi Mensah",
            "tân Thủ tướng Ghana",
            "GH",
        ),
        (
            "Hôm qua, tân Ngoại trưởng Peru Ana Quispe đã tới Lima.",
            "Ana Quispe",
            "tân Ngoại trưởng Peru",
            "PE",
        ),
    ],
)
def test_new_in_office(text: str, name: str, title: str, country: str) -> None:
    person = _people(text)[name]
    assert person.titles == (title,)
    assert person.country == country


def test_capitalised_tan_is_a_name_syllable_not_new() -> None:
    people = _people("Ông Trần Lập Tân Tổng lãnh sự Trung Quốc tại Đà Nẵng đã tới dự.")
    assert "Trần Lập Tân" in people
    assert people["Trần Lập Tân"].titles[0].startswith("Tổng lãnh sự")


def test_le_tan_is_no_modifier() -> None:
    people = _people("Vụ trưởng Vụ Lễ tân Bộ Ngoại giao Lê Văn An ra đón đoàn.")
    assert people["Lê Văn An"].titles == ("Vụ trưởng Vụ Lễ tân Bộ Ngoại giao",)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Bộ trưởng Quốc phòng Pháp Jean Morel và người đồng cấp mới của Đức Hans Weber đã"
            " điện đàm.",
            "Hans Weber",
            "người đồng cấp mới của Đức",
        ),
        (
            "Ngoại trưởng Pháp Jean Morel hội đàm với người đồng cấp Đức Hans Weber.",
            "Hans Weber",
            "người đồng cấp Đức",
        ),
        (
            "Tại Rome, Ngoại trưởng Ý Paolo Conti gặp người đồng nhiệm Áo Karl Huber.",
            "Karl Huber",
            "người đồng nhiệm Áo",
        ),
        ("Bộ trưởng Paolo Conti và đồng nhiệm Lê Văn An đã thảo luận.", "Lê Văn An", "đồng nhiệm"),
        ("Bà trao lại nhật ký của binh sĩ Trần Văn Bình cho gia đình.", "Trần Văn Bình", "binh sĩ"),
    ],
)
def test_relational_titles(text: str, name: str, title: str) -> None:
    assert _people(text)[name].titles == (title,)


def test_counterpart_needs_a_name() -> None:
    people = _people("Ngoại trưởng Pháp Jean Morel hội đàm với người đồng cấp của mình tại Bern.")
    assert set(people) == {"Jean Morel"}
    people = _people("Người đồng cấp của ông cho biết như vậy tại Bern.")
    assert people == {}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Tổng Bí thư - Chủ tịch nước Lào Bounkham Sisouk tiếp Đại sứ Lê Văn An.",
            "Bounkham Sisouk",
            "Tổng Bí thư - Chủ tịch nước Lào",
        ),
        (
            "Đại sứ chuyển lời thăm hỏi của Tổng Bí thư - Chủ tịch nước Lê Văn An.",
            "Lê Văn An",
            "Tổng Bí thư - Chủ tịch nước",
        ),
    ],
)
def test_fused_top_office_is_one_title(text: str, name: str, title: str) -> None:
    assert _people(text)[name].titles == (title,)


def test_other_dashed_offices_stay_two() -> None:
    people = _people(
        "Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh Lê Văn An tiếp Đại sứ Cuba Jose Perez."
    )
    assert "Chủ tịch UBND tỉnh" in people["Lê Văn An"].titles
    assert all(" - " not in t for t in people["Lê Văn An"].titles)


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        (
            "Thủ tướng tiếp ông John Carter, cựu Thủ tướng Liên hiệp Vương quốc Anh và Bắc"
            " Ireland đang thăm Việt Nam.",
            "John Carter",
            "cựu Thủ tướng Liên hiệp Vương quốc Anh và Bắc Ireland",
            "GB",
        ),
        (
            "Đại sứ Vương quốc Anh và Bắc Ireland Mark Hill trình Quốc thư.",
            "Mark Hill",
            "Đại sứ Vương quốc Anh và Bắc Ireland",
            "GB",
        ),
        (
            "Thủ tướng gặp Thống đốc bang New South Wales Mary Brown tại Sydney.",
            "Mary Brown",
            "Thống đốc bang New South Wales",
            "AU",
        ),
        (
            "Thủ hiến bang Queensland Tom Reid đón đoàn tại sân bay.",
            "Tom Reid",
            "Thủ hiến bang Queensland",
            "AU",
        ),
        (
            "Đại sứ gặp Tỉnh trưởng Chiangmai Somchai Wongsa.",
            "Somchai Wongsa",
            "Tỉnh trưởng Chiangmai",
            "TH",
        ),
        (
            "Chủ tịch tỉnh tiếp Thống đốc bang Georgia Brian Kemp.",
            "Brian Kemp",
            "Thống đốc bang Georgia",
            "US",
        ),
        (
            "Chủ tịch Quốc hội tiếp Chủ tịch Quốc hội Georgia Nino Beridze.",
            "Nino Beridze",
            "Chủ tịch Quốc hội Georgia",
            "GE",
        ),
    ],
)
def test_places_in_titles(text: str, name: str, title: str, country: str) -> None:
    people = _people(text)
    assert people[name].titles == (title,)
    assert people[name].country == country
    assert not any(w in people for w in ("Bắc Ireland", "South Wales", "Chiangmai", "Georgia"))


def test_a_title_that_ends_in_a_province_is_no_person() -> None:
    people = _people("Đại sứ Lê Văn An đề nghị Tỉnh trưởng Chiangmai xem xét hợp tác.")
    assert set(people) == {"Lê Văn An"}


def test_arab_league_head_takes_no_neighbouring_country() -> None:
    people = _people(
        "Thủ tướng gặp Tổng thống Bosnia-Herzegovina Marko Ivic, Tổng thư ký Liên đoàn Ả rập"
        " Ahmed Aboul Gheit và Ngoại trưởng Slovakia Jan Novak."
    )
    assert people["Marko Ivic"].country == "BA"
    assert people["Ahmed Aboul Gheit"].country is None
    assert people["Jan Novak"].country == "SK"
