"""Failure classes seen on crawled pages (second round), each pinned on sentences written for
these tests (other people, countries and offices): lower-case ranks and envoys, a title glued
after an honorific name, "nước này" and "nước bạn" countries, honorary consuls and "tại bang X"
postings, an owning ministry after a comma, and "Title Country, Name". Every case also checks
that the windowed scan equals the whole-block scan."""

from __future__ import annotations

import pytest
from hypothesis import given
from vndiplo_titles.matcher import lexicon_for

from tests.titles_helpers import assert_scans_safely, mixes, people_by_name

LEX = lexicon_for(None)
_people = people_by_name


# -- lower-case titles ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        (
            "Về phần mình, đại sứ Indonesia Budi Santoso Wirawan cho rằng hai nước cần hợp tác.",
            "Budi Santoso Wirawan",
            "đại sứ Indonesia",
            "ID",
        ),
        ("Sáng nay, đại tướng Lê Văn Hùng đã tiếp đoàn.", "Lê Văn Hùng", "đại tướng", "VN"),
        (
            "Ông chào mừng thượng tướng Lý Minh Khang, Tư lệnh Quân khu 4.",
            "Lý Minh Khang",
            "thượng tướng",
            "VN",
        ),
    ],
)
def test_a_lower_case_rank_or_envoy_before_a_name(
    text: str, name: str, title: str, country: str
) -> None:
    people = _people(text)
    assert name in people, people
    assert title in people[name].titles
    assert people[name].country == country


@pytest.mark.parametrize(
    "text",
    [
        "Các đại sứ Mỹ và Anh đã tới.",
        "Ông là đại tá về hưu.",
        "Thủ tướng đã gặp đại sứ Nhật Bản.",
        "Buổi lễ có nhiều đại tá, thượng tá tham dự.",
    ],
)
def test_a_lower_case_title_alone_is_nobody(text: str) -> None:
    assert _people(text) == {}


# -- a title glued after an honorific name --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Đoàn do Bà Ivanova phó Thống đốc làm trưởng đoàn.", "Ivanova", "phó Thống đốc"),
        (
            "(Ông Lê Văn Tám Bí thư Thành ủy phát biểu tại buổi đón)",
            "Lê Văn Tám",
            "Bí thư Thành ủy",
        ),
    ],
)
def test_a_title_right_after_an_honorific_name(text: str, name: str, title: str) -> None:
    people = _people(text)
    assert name in people, people
    assert people[name].titles == (title,)


def test_a_glued_title_with_its_own_name_is_another_person() -> None:
    people = _people("Ông Nguyễn Văn An Chủ tịch nước Trần Đức Lương đã tới.")
    assert set(people) == {"Trần Đức Lương"}


# -- countries from the context -------------------------------------------------------------------


def test_this_country_points_back_to_the_country_named_before() -> None:
    people = _people(
        "Bộ Ngoại giao Hàn Quốc cho biết, hôm qua, Thủ tướng nước này Kim Min-seok đã điện đàm."
    )
    person = people["Kim Min-seok"]
    assert person.titles == ("Thủ tướng nước này",)
    assert person.country == "KR"


def test_the_partner_country_of_a_delegation_list() -> None:
    people = _people(
        "Đoàn Tùy viên Quốc phòng nước bạn, có: Đồng chí Đại tá Vong Sa Kham, Tùy viên Quốc "
        "phòng; đồng chí Trung tá Bun Mi Xay, Phó tùy viên.\n"
        "Hai bên ôn lại tình cảm với nước bạn Lào."
    )
    assert people["Vong Sa Kham"].country == "LA"
    assert people["Bun Mi Xay"].country == "LA"


def test_a_country_in_the_lead_in_of_the_list() -> None:
    people = _people(
        "Đoàn Lào gồm: Đại tá Vong Sa Kham, Tùy viên Quốc phòng; Thiếu tướng Lê Văn Hùng, "
        "Cục trưởng."
    )
    assert people["Vong Sa Kham"].country == "LA"
    assert people["Lê Văn Hùng"].country == "VN"  # a Vietnamese family name keeps the default


def test_no_lead_in_keeps_the_default() -> None:
    assert _people("Đại tá Bun Xay, Tùy viên Quốc phòng đã tới.")["Bun Xay"].country == "VN"


def test_an_honorary_consul_is_of_the_host_country() -> None:
    people = _people(
        "Phó Thủ tướng đã tiếp ông Rajiv Mehta, Lãnh sự danh dự Việt Nam tại bang Kerala, Ấn Độ."
    )
    person = people["Rajiv Mehta"]
    assert person.titles == ("Lãnh sự danh dự Việt Nam tại bang Kerala",)
    assert person.country == "IN"
    # an ambassador stays of the sending country
    people = _people("Đại sứ Việt Nam tại Ấn Độ Nguyễn Văn Bình phát biểu.")
    assert people["Nguyễn Văn Bình"].country == "VN"


# -- an owning organisation after a comma ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        (
            "Đoàn do ông Pedro Alvarez - Vụ trưởng Quan hệ Thuế, Bộ Tài chính Chi-lê dẫn đầu.",
            "Pedro Alvarez",
            "Vụ trưởng Quan hệ Thuế, Bộ Tài chính Chi-lê",
            "CL",
        ),
        (
            "Cùng dự có bà Marie Dubois, Tổng cục trưởng Tổng cục Hợp tác, Bộ Quân đội Pháp.",
            "Marie Dubois",
            "Tổng cục trưởng Tổng cục Hợp tác, Bộ Quân đội Pháp",
            "FR",
        ),
    ],
)
def test_an_owning_ministry_with_its_country(
    text: str, name: str, title: str, country: str
) -> None:
    people = _people(text)
    assert people[name].titles == (title,)
    assert people[name].country == country


def test_an_owning_ministry_without_a_country_is_not_read() -> None:
    people = _people("Ông Trần Văn Dũng, Vụ trưởng, Bộ Ngoại giao, cho biết.")
    assert people["Trần Văn Dũng"].titles == ("Vụ trưởng",)


# -- "Title Country, Name" -------------------------------------------------------------------------


def test_a_comma_between_a_title_naming_a_country_and_the_name() -> None:
    people = _people(
        "Hiệp định được Thủ tướng Campuchia, Hun Sen và Thủ tướng Việt Nam, Nguyễn Văn Bình ký."
    )
    assert people["Hun Sen"].titles == ("Thủ tướng Campuchia",)
    assert people["Nguyễn Văn Bình"].titles == ("Thủ tướng Việt Nam",)
    assert people["Nguyễn Văn Bình"].country == "VN"


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng Quốc phòng Nga, Trung Quốc và Mỹ đã họp.",
        "Chủ tịch nước, Nguyễn Văn A và Trần Văn B đi thăm.",  # no country in the title
    ],
)
def test_no_name_after_the_comma(text: str) -> None:
    assert _people(text) == {}


# -- properties --------------------------------------------------------------------------------

_PIECES = (
    " ",
    ", ",
    "đại sứ ",
    "đại tá ",
    "Bà ",
    "phó Thống đốc ",
    "nước này ",
    "nước bạn",
    ": ",
    "; ",
    "Lào ",
    "Lãnh sự danh dự ",
    "tại bang ",
    "Bộ Tài chính ",
    "Pháp ",
    "Thủ tướng ",
    "Vong Sa ",
    "Nguyễn Văn ",
    "Kim ",
    "và ",
    "\n",
    ".",
)


@given(mixes(_PIECES, noise=6))
def test_any_mix_of_the_new_constructions_scans_safely(text: str) -> None:
    assert_scans_safely(text)
