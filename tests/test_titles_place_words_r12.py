"""Round 12: capitalised words that are places or bodies, never a person, after a title: a
river or other natural feature ("sông Mekong"), a brand or chamber written with a capital
inside ("AmCham", "PetroVietnam"), a joint body's pair of countries glued by a hyphen
("Campuchia-Việt Nam"), a saint's state ("St Vincent", "Saint Lucia"). Sentences written for
these tests; each also checks that the windowed scan equals the whole scan."""

from __future__ import annotations

import pytest
from hypothesis import given
from vndiplo_titles.name_runs import camel_brand

from tests.titles_helpers import assert_scans_safely, mixes, people_by_name


@pytest.mark.parametrize(
    "text",
    [
        "Phát biểu tại diễn đàn, Giám đốc Văn phòng lưu vực sông Danube cho biết nhiều điều.",
        "Tỉnh trưởng Hành lang kinh tế tiểu vùng sông Mê Kông phát biểu khai mạc.",
        "Trưởng ban quản lý vịnh Halong chủ trì buổi họp.",
        "Chủ tịch Hội đồng quản lý hồ Tonle Sap đã phát biểu.",
    ],
)
def test_a_natural_feature_after_a_title_is_no_name(text: str) -> None:
    assert people_by_name(text) == {}


def test_a_name_still_follows_a_feature_with_a_family_name() -> None:
    text = "Bộ trưởng Đặng Văn Hòa tiếp Chủ tịch Ủy ban quản lý vịnh Osaka Tanaka Ichiro."
    assert set(people_by_name(text)) == {"Đặng Văn Hòa", "Tanaka Ichiro"}


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng Đặng Văn Hòa đã trao đổi với Phó Chủ tịch KorCham tại Hà Nội.",
        "Bộ trưởng Đặng Văn Hòa tiếp Tổng giám đốc PetroVietnam tại trụ sở Bộ.",
        "Bộ trưởng Đặng Văn Hòa tiếp Chủ tịch EuroCham, cùng dự có đại diện doanh nghiệp.",
    ],
)
def test_a_brand_with_a_capital_inside_is_no_name(text: str) -> None:
    assert set(people_by_name(text)) == {"Đặng Văn Hòa"}


def test_a_name_after_a_camel_case_brand_is_found() -> None:
    people = people_by_name("Bộ trưởng Đặng Văn Hòa tiếp Chủ tịch AusCham Peter Walsh.")
    assert people["Peter Walsh"].titles == ("Chủ tịch AusCham",)


@pytest.mark.parametrize("word", ["McCain", "MacArthur", "DeSantis", "DiMaggio", "LaGuardia"])
def test_a_surname_with_a_glued_particle_is_a_name(word: str) -> None:
    assert not camel_brand(word)
    people = people_by_name(f"Bộ trưởng Đặng Văn Hòa tiếp Thượng nghị sĩ Robert {word}.")
    assert f"Robert {word}" in people


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn Lào do ông Khamla Vong, Chủ tịch Ủy ban liên hợp Lào-Việt Nam làm Trưởng đoàn.",
        "Đoàn bạn do ông Sok Pheap, Chủ tịch Ủy ban hỗn hợp Campuchia-Việt Nam làm Trưởng đoàn.",
        "Ông Anan Sri, Chủ tịch Hội đồng doanh nghiệp Singapore-Việt Nam làm Trưởng đoàn.",
    ],
)
def test_a_hyphened_country_pair_is_no_name(text: str) -> None:
    people = people_by_name(text)
    assert len(people) == 1
    assert not any("Việt Nam" in name for name in people)


@pytest.mark.parametrize(
    "text",
    [
        "Phó Thủ tướng Đặng Văn Hòa gặp Thủ tướng Kenya, Thủ tướng St Vincent and the"
        " Grenadines và Ngoại trưởng Peru.",
        "Phó Thủ tướng Đặng Văn Hòa gặp Thủ tướng Saint Lucia tại New York.",
        "Phó Thủ tướng Đặng Văn Hòa gặp Toàn quyền St. Kitts và Nevis tại New York.",
        "Phó Thủ tướng Đặng Văn Hòa gặp Tổng thống Sao Tome và Principe tại New York.",
        "Phó Thủ tướng Đặng Văn Hòa gặp Thị trưởng Sankt Gallen tại Thụy Sĩ.",
    ],
)
def test_a_saints_state_is_no_name(text: str) -> None:
    assert set(people_by_name(text)) == {"Đặng Văn Hòa"}


_PIECES = [
    "Chủ tịch ",
    "Giám đốc Văn phòng ",
    "sông ",
    "vịnh ",
    "Mekong ",
    "AmCham ",
    "Campuchia-Việt ",
    "Nam ",
    "St",
    ". ",
    "Saint ",
    "Vincent ",
    "Lê Văn Hải",
    ", ",
    " và ",
]


@given(mixes(_PIECES))
def test_place_words_scan_safely(text: str) -> None:
    assert_scans_safely(text)
