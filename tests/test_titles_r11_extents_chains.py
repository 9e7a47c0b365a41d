"""Round 11: title chains joined by a dash, colon lists whose items carry their own titles,
where a title ends (a commission's topic, "vấn đề", a verb such as "xin", "thay", "giữ
chức"), "đương kim" kept as written, and offices only the headline gives. Sentences are made
up; names and places are invented or generic."""

from __future__ import annotations

import pytest
from hypothesis import given

import vndiplo
from tests.titles_helpers import assert_scans_safely, mixes, people_by_name


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "Ủy viên Ban Thường vụ Đảng ủy Khối - Giám đốc Sở Du lịch Đặng Minh Khôi nói.",
            "Đặng Minh Khôi",
            ("Ủy viên Ban Thường vụ Đảng ủy Khối", "Giám đốc Sở Du lịch"),
        ),
        (
            "Phó Trưởng Ban Tuyên giáo – Giám đốc Sở Ngoại vụ Vũ Thị Hạnh đã tiếp ông Karl Weber.",
            "Vũ Thị Hạnh",
            ("Phó Trưởng Ban Tuyên giáo", "Giám đốc Sở Ngoại vụ"),
        ),
        (
            "Bà Vũ Thị Hạnh, Phó Giám đốc Sở Xây dựng - Chánh Thanh tra Sở đã gặp ông Karl Weber.",
            "Vũ Thị Hạnh",
            ("Phó Giám đốc Sở Xây dựng", "Chánh Thanh tra Sở"),
        ),
    ],
)
def test_dashed_titles_are_one_chain(text: str, name: str, titles: tuple[str, ...]) -> None:
    assert people_by_name(text)[name].titles == titles


def test_dash_between_two_named_people_still_parts_them() -> None:
    people = people_by_name(
        "Hội đàm giữa Bộ trưởng Tài chính Việt Nam Đặng Minh Khôi - Bộ trưởng Tài chính Lào "
        "Somsak Vongdara."
    )
    assert people["Đặng Minh Khôi"].titles == ("Bộ trưởng Tài chính Việt Nam",)
    assert people["Somsak Vongdara"].titles == ("Bộ trưởng Tài chính Lào",)


def test_fused_office_stays_one_title() -> None:
    people = people_by_name("Tổng Bí thư - Chủ tịch nước Lào Somsak Vongdara tiếp đoàn.")
    assert people["Somsak Vongdara"].titles == ("Tổng Bí thư - Chủ tịch nước Lào",)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Ông Đặng Minh Khôi, Cố vấn Ủy ban các vấn đề đô thị của Hội đồng đã nói.",
            "Cố vấn Ủy ban các vấn đề đô thị của Hội đồng",
        ),
        (
            "Ông Đặng Minh Khôi, Chủ tịch Ủy ban quốc gia về người khuyết tật đã tiếp đoàn.",
            "Chủ tịch Ủy ban quốc gia về người khuyết tật",
        ),
        (
            "Ông Đặng Minh Khôi, Phó Chủ tịch UBQG về trẻ em đã tiếp đoàn.",
            "Phó Chủ tịch UBQG về trẻ em",
        ),
        (
            "Ông Đặng Minh Khôi, Bộ trưởng phụ trách vấn đề di cư đã tiếp đoàn.",
            "Bộ trưởng phụ trách vấn đề di cư",
        ),
        (
            "Tôi, Đặng Minh Khôi - Giám đốc Sở Du lịch xin cam kết với mọi người.",
            "Giám đốc Sở Du lịch",
        ),
        (
            "Ông Đặng Minh Khôi, Thứ trưởng Bộ Tài chính được bổ nhiệm giữ chức Tổng cục trưởng.",
            "Thứ trưởng Bộ Tài chính",
        ),
        (
            "Ông Karl Weber, Bộ trưởng Kinh tế Áo thay ông Hans Gruber dẫn đầu đoàn.",
            "Bộ trưởng Kinh tế Áo",
        ),
    ],
)
def test_title_ends_where_the_sentence_goes_on(text: str, title: str) -> None:
    people = people_by_name(text)
    name = "Karl Weber" if "Karl" in text else "Đặng Minh Khôi"
    assert people[name].titles[0] == title


def test_return_verb_after_a_bare_title_is_no_topic() -> None:
    people = people_by_name("Chủ tịch nước về thăm tỉnh. Chủ tịch nước Đặng Minh Khôi về dự lễ.")
    assert people["Đặng Minh Khôi"].titles == ("Chủ tịch nước",)


def test_keeping_peace_stays_inside_an_office() -> None:
    people = people_by_name("Ông Đặng Minh Khôi, Cục trưởng Cục gìn giữ hòa bình đã phát biểu.")
    assert people["Đặng Minh Khôi"].titles == ("Cục trưởng Cục gìn giữ hòa bình",)


def test_shared_title_reaches_every_item_set_apart_by_semicolons() -> None:
    people = people_by_name(
        "Khách mời là các Ủy viên Ban Thường vụ: Giám đốc Sở Du lịch Đặng Minh Khôi; Chánh "
        "Thanh tra Sở Vũ Thị Hạnh; Giám đốc Thư viện Lý Văn Tài."
    )
    for name in ("Đặng Minh Khôi", "Vũ Thị Hạnh", "Lý Văn Tài"):
        assert people[name].titles[0] == "Ủy viên Ban Thường vụ"
    assert people["Lý Văn Tài"].titles[1] == "Giám đốc Thư viện"


def test_two_shared_titles_before_a_colon_reach_name_title_items() -> None:
    people = people_by_name(
        "Đoàn gồm các đồng chí Ủy viên Hội đồng Khoa học, Ủy viên Ban Cán sự: Đặng Minh Khôi, "
        "Giám đốc Sở Du lịch; Vũ Thị Hạnh, Chánh Thanh tra Sở."
    )
    for name in ("Đặng Minh Khôi", "Vũ Thị Hạnh"):
        assert people[name].titles[:2] == ("Ủy viên Hội đồng Khoa học", "Ủy viên Ban Cán sự")


def test_each_colon_group_keeps_its_own_title() -> None:
    people = people_by_name(
        "Khách mời là các đồng chí Ủy viên Ban Cán sự: Đặng Minh Khôi, Vũ Thị Hạnh; các đồng "
        "chí Ủy viên Hội đồng Khoa học: Lý Văn Tài, Giám đốc Sở Du lịch; Hồ Thị Lan, Giám đốc "
        "Thư viện."
    )
    assert people["Vũ Thị Hạnh"].titles == ("Ủy viên Ban Cán sự",)
    assert people["Hồ Thị Lan"].titles == ("Ủy viên Hội đồng Khoa học", "Giám đốc Thư viện")


@given(
    mixes(
        [
            "Ủy viên Ban Thường vụ - Giám đốc Sở ",
            " – Chánh Thanh tra ",
            "Đặng Minh Khôi",
            "các Ủy viên Ban Cán sự: ",
            "; ",
            ", ",
            "Ủy ban quốc gia về ",
            "UBQG về ",
            "các vấn đề ",
            " xin ",
            " giữ chức ",
            "Chủ nhiệm Văn phòng Quốc hội ",
            ".",
        ]
    )
)
def test_dashes_semicolons_and_topics_scan_safely(text: str) -> None:
    assert_scans_safely(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kết quả cho thấy đương kim Thủ tướng Anna Berg thắng lớn.", "Anna Berg"),
        ("Ông Karl Weber, đương kim Chủ tịch Hạ viện, đã phát biểu.", "Karl Weber"),
    ],
)
def test_incumbent_stays_in_the_title_as_written(text: str, name: str) -> None:
    (got,) = people_by_name(text)[name].titles
    assert got.startswith("đương kim ")


def test_an_office_only_the_headline_gives_is_added_after_the_bodys() -> None:
    doc = vndiplo.extract(
        "Trung tướng Đặng Minh Khôi nhận nhiệm vụ mới\n\n"
        "Sáng 3/5, Thứ trưởng Bộ Quốc phòng Đặng Minh Khôi đã tiếp Đại sứ Áo Karl Weber.\n",
        published="2024-05-03",
    )
    people = {p.name: p for p in doc.people}
    assert people["Đặng Minh Khôi"].titles == ("Thứ trưởng Bộ Quốc phòng", "Trung tướng")
    assert len(people["Đặng Minh Khôi"].roles) == 2
    assert people["Karl Weber"].titles == ("Đại sứ Áo",)


def test_a_headline_short_form_of_a_body_title_adds_nothing() -> None:
    doc = vndiplo.extract(
        "Thứ trưởng Đặng Minh Khôi tiếp Đại sứ Áo\n\n"
        "Sáng 3/5, Thứ trưởng Bộ Quốc phòng Đặng Minh Khôi đã tiếp Đại sứ Áo Karl Weber.\n",
        published="2024-05-03",
    )
    people = {p.name: p for p in doc.people}
    assert people["Đặng Minh Khôi"].titles == ("Thứ trưởng Bộ Quốc phòng",)


@pytest.mark.parametrize(
    ("text", "name", "titles", "country"),
    [
        (
            "Sáng 4/4, ông Karl Weber, Công sứ, Đại sứ quán Áo tại Việt Nam đã gặp đoàn.",
            "Karl Weber",
            ("Công sứ",),
            "AT",
        ),
        (
            "Sáng 4/4, bà Park Soo-min, Tùy viên, Tổng Lãnh sự quán Mông Cổ tại Huế đã phát biểu.",
            "Park Soo-min",
            ("Tùy viên",),
            "MN",
        ),
        (
            "Bà Anna Berg, Tham tán, Trưởng ban Văn hóa, Đại sứ quán Thụy Điển đã nói.",
            "Anna Berg",
            ("Tham tán", "Trưởng ban Văn hóa"),
            "SE",
        ),
    ],
)
def test_a_mission_after_a_rank_locates_it_outside_the_title(
    text: str, name: str, titles: tuple[str, ...], country: str
) -> None:
    person = people_by_name(text)[name]
    assert person.titles == titles
    assert person.country == country


def test_a_ministry_after_a_comma_stays_in_the_title() -> None:
    people = people_by_name("Ông Carlos Ruiz, Vụ trưởng Quan hệ Thuế, Bộ Tài chính Chi-lê đã nói.")
    assert people["Carlos Ruiz"].titles == ("Vụ trưởng Quan hệ Thuế, Bộ Tài chính Chi-lê",)


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "Phó Thủ tướng kiêm Chủ nhiệm Ủy ban Dân số Đặng Minh Khôi tiếp ông Karl Weber.",
            "Đặng Minh Khôi",
            ("Phó Thủ tướng kiêm Chủ nhiệm Ủy ban Dân số", "Chủ nhiệm Ủy ban Dân số"),
        ),
        (
            "Ông Lý Văn Tài - Viện trưởng Viện Sử học kiêm thứ trưởng bộ văn hóa đã dự.",
            "Lý Văn Tài",
            ("Viện trưởng Viện Sử học kiêm thứ trưởng bộ văn hóa", "thứ trưởng bộ văn hóa"),
        ),
        (
            "Ông Lý Văn Tài, Đại sứ Việt Nam tại Peru kiêm nhiệm Bolivia đã phát biểu.",
            "Lý Văn Tài",
            ("Đại sứ Việt Nam tại Peru kiêm nhiệm Bolivia",),
        ),
    ],
)
def test_an_office_held_concurrently_is_listed_too(
    text: str, name: str, titles: tuple[str, ...]
) -> None:
    assert people_by_name(text)[name].titles == titles


def test_a_spelling_written_apart_wins_over_the_concurrent_one() -> None:
    people = people_by_name(
        "Ông Karl Weber mời Bộ trưởng Tài chính kiêm phó Thủ tướng Đặng Minh Khôi sang thăm. "
        "Phó Thủ tướng Đặng Minh Khôi cảm ơn."
    )
    titles = people["Đặng Minh Khôi"].titles
    assert "Phó Thủ tướng" in titles
    assert "phó Thủ tướng" not in titles


def test_an_envoy_title_names_its_owner_who_holds_the_owners_office() -> None:
    people = people_by_name(
        "Bộ trưởng Tài chính Lý Văn Tài, Đặc phái viên của Chủ tịch nước Đặng Minh Khôi đã hội đàm "
        "với ông Karl Weber."
    )
    assert people["Lý Văn Tài"].titles == (
        "Bộ trưởng Tài chính",
        "Đặc phái viên của Chủ tịch nước Đặng Minh Khôi",
    )
    assert people["Đặng Minh Khôi"].titles == ("Chủ tịch nước",)


def test_an_owner_with_a_country_after_two_titles_is_named_in_the_envoys_title() -> None:
    people = people_by_name(
        "Thủ tướng tiếp ông Bold Batbayar, Đặc phái viên của Chủ tịch Đảng, Tổng thống Mông Cổ "
        "Ganbold Tsend."
    )
    assert people["Bold Batbayar"].titles == (
        "Đặc phái viên của Chủ tịch Đảng, Tổng thống Mông Cổ Ganbold Tsend",
    )
    assert people["Ganbold Tsend"].titles == ("Chủ tịch Đảng", "Tổng thống Mông Cổ")


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng tiếp Ngài Sato Ken, cựu Đại sứ thiện chí Việt Nam – Nhật Bản.",
        "Ông Sato Ken, Đại sứ thiện chí Việt Nam - Nhật Bản đã phát biểu.",
    ],
)
def test_a_pair_of_countries_after_a_rank_is_one_title(text: str) -> None:
    (title,) = people_by_name(text)["Sato Ken"].titles
    assert title.endswith("Việt Nam – Nhật Bản") or title.endswith("Việt Nam - Nhật Bản")


def test_a_dash_before_a_name_still_parts_title_and_name() -> None:
    assert people_by_name("Thủ tướng Nhật Bản - Sato Ken đã phát biểu.")["Sato Ken"].titles == (
        "Thủ tướng Nhật Bản",
    )


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Bà Lý Hồng - Tổng Lãnh sự Lào tại TP.Cần Thơ có mặt.",
            "Lý Hồng",
            "Tổng Lãnh sự Lào tại TP.Cần Thơ",
        ),
        (
            "Ông Park Min-soo, Ủy viên Hội đồng TP.Suwon đã phát biểu.",
            "Park Min-soo",
            "Ủy viên Hội đồng TP.Suwon",
        ),
        (
            "Giám đốc Sở Du lịch TP.Huế Đặng Minh Khôi dự lễ.",
            "Đặng Minh Khôi",
            "Giám đốc Sở Du lịch TP.Huế",
        ),
    ],
)
def test_a_city_abbreviated_with_its_dot_is_a_place_of_the_title(
    text: str, name: str, title: str
) -> None:
    assert people_by_name(text)[name].titles == (title,)
