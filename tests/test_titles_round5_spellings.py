"""Round-5 name merging and world regions: one name spelt two ways on one page, an initial and
a surname, a name cut off by the end of an excerpt, a republic's transliterated style before
its country, continents inside a title, a count before a title. Sentences written for these
tests (other names, places and outlets than any page)."""

from __future__ import annotations

import pytest

from tests.titles_helpers import people_by_name

_people = people_by_name


@pytest.mark.parametrize(
    ("text", "name", "dropped"),
    [
        (
            "Chủ tịch Quốc hội Hàn Quốc Kim Min Jae tới Hà Nội. Chiều nay, Chủ tịch Quốc hội "
            "Hàn Quốc Kim Min-Jae hội đàm. Ông Kim Min-Jae cảm ơn.",
            "Kim Min-Jae",
            "Kim Min Jae",
        ),
        (
            "Đại sứ Hàn Quốc Lee Tae-ho dự. Sau đó Đại sứ Hàn Quốc Lee Tae Ho phát biểu.",
            "Lee Tae-ho",
            "Lee Tae Ho",
        ),
        (
            "Tổng thống Nigeria Musa Bello’Dankwa qua đời. Tổng thống Musa Bello'Dankwa được an "
            "táng. Ông Musa Bello’Dankwa từng là thống đốc.",
            "Musa Bello’Dankwa",
            "Musa Bello'Dankwa",
        ),
    ],
)
def test_one_name_spelt_two_ways_is_one_person(text: str, name: str, dropped: str) -> None:
    people = _people(text)
    assert name in people
    assert dropped not in people


def test_initial_and_surname_fold_into_the_full_name() -> None:
    people = _people(
        "Tổng thống Bê-li-xê Pê-đrô Xan-chét Gô-mét thăm Hà Nội. Tổng thống Bê-li-xê "
        "P.Xan-chét sinh năm 1970."
    )
    assert list(people) == ["Pê-đrô Xan-chét Gô-mét"]
    assert people["Pê-đrô Xan-chét Gô-mét"].titles == ("Tổng thống Bê-li-xê",)


def test_an_initial_of_another_first_name_stays_apart() -> None:
    people = _people(
        "Tổng thống Pê-đrô Xan-chét Gô-mét tiếp Bộ trưởng Ngoại giao L.Xan-chét tại dinh."
    )
    assert "L.Xan-chét" in people


@pytest.mark.parametrize(
    ("text", "full", "cut"),
    [
        (
            "Chủ tịch nước Trần Văn Khải tiếp đoàn. Trong buổi tiếp, Chủ tịch nước Trần Văn K",
            "Trần Văn Khải",
            "Trần Văn K",
        ),
        (
            "Thủ tướng Lê Hoàng Nam dự lễ. Phát biểu tại lễ, Thủ tướng Lê Hoàng Na\n",
            "Lê Hoàng Nam",
            "Lê Hoàng Na",
        ),
    ],
)
def test_a_name_cut_by_the_excerpt_end_joins_the_full_name(text: str, full: str, cut: str) -> None:
    people = _people(text)
    assert full in people
    assert cut not in people


def test_a_cut_name_with_no_full_form_is_dropped() -> None:
    people = _people("Dự có Trung tướng Lê Văn Hải, Tư lệnh Quân khu 5; Thiếu tướng Đỗ Quang")
    assert "Lê Văn Hải" in people
    assert "Đỗ Quang" not in people


def test_a_short_vietnamese_name_inside_the_text_is_another_person() -> None:
    people = _people("Thứ trưởng Phạm Văn Tha gặp Thứ trưởng Phạm Văn Thanh tại Huế.")
    assert {"Phạm Văn Tha", "Phạm Văn Thanh"} <= set(people)


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        (
            "Tổng thống nước Cộng hòa Bô-li-va Vê-nê-xu-ê-la Hu-gô Ra-pha-en Mô-ra-lét thăm.",
            "Hu-gô Ra-pha-en Mô-ra-lét",
            "Tổng thống nước Cộng hòa Bô-li-va Vê-nê-xu-ê-la",
            "VE",
        ),
        (
            "Phó Tổng thống Cộng hòa Bô-li-va Vê-nê-xu-ê-la Đen-xy Rô-đri-gết tới Hà Nội.",
            "Đen-xy Rô-đri-gết",
            "Phó Tổng thống Cộng hòa Bô-li-va Vê-nê-xu-ê-la",
            "VE",
        ),
    ],
)
def test_a_republics_style_before_its_country_is_the_titles(
    text: str, name: str, title: str, country: str
) -> None:
    person = _people(text)[name]
    assert person.titles == (title,)
    assert person.country == country


@pytest.mark.parametrize(
    "text",
    [
        "Sau cuộc họp của 18 Bộ trưởng (EAS) Đông Á và Châu Âu, hai bên ra tuyên bố.",
        "Hội nghị các Ngoại trưởng Châu Phi kết thúc hôm qua.",
        "Hội nghị Bộ trưởng Châu Á - Thái Bình Dương khai mạc.",
        "Diễn đàn Nghị sĩ Trung Đông họp tại Doha.",
    ],
)
def test_a_continent_after_a_title_is_no_person(text: str) -> None:
    assert _people(text) == {}


def test_a_family_name_chau_still_opens_a_name() -> None:
    people = _people("Thứ trưởng Ngoại giao Châu Văn Toàn tiếp Đại sứ.")
    assert people["Châu Văn Toàn"].titles == ("Thứ trưởng Ngoại giao",)


@pytest.mark.parametrize(
    ("text", "elected", "office", "sender"),
    [
        (
            "Nhân dịp đồng chí Xa-min Ha-đi được Đại hội Đảng Lao động Ni-giê bầu lại làm Chủ "
            "tịch Đảng, đồng chí Lê Văn Ba, Tổng Bí thư, đã gửi thư chúc mừng.",
            "Xa-min Ha-đi",
            "Chủ tịch Đảng",
            "Lê Văn Ba",
        ),
        (
            "Nhân dịp ông Mát-xi-mô Pi-ê-ri được Quốc hội Italy bầu làm Chủ tịch Hạ viện, đồng "
            "chí Trần Thị Tư, Chủ tịch Quốc hội, đã gửi điện mừng.",
            "Mát-xi-mô Pi-ê-ri",
            "Chủ tịch Hạ viện",
            "Trần Thị Tư",
        ),
    ],
)
def test_an_office_given_by_an_electing_body_is_the_elected_persons(
    text: str, elected: str, office: str, sender: str
) -> None:
    people = _people(text)
    assert people[elected].titles == (office,)
    assert office not in people[sender].titles


def test_a_chinese_family_name_lo_opens_a_name() -> None:
    people = _people(
        "Phái đoàn do Phó Chủ tịch Hội Hữu nghị Nhân dân Trung Quốc Lô Minh Khải dẫn đầu."
    )
    assert people["Lô Minh Khải"].country == "CN"
