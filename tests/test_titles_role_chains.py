"""A role named as a role ("nhậm chức Tổng thống ...") is not the first link of a title chain,
and a country's official long name is a place, not a person.

Before the fix, "nhậm chức Tổng thống Đại Hàn Dân Quốc, Tổng Bí thư Tô Lâm" gave Tô Lâm the
Korean president's title and country, and "Đại Hàn Dân Quốc" itself was read as a person.
"""

from __future__ import annotations

import pytest

import vndiplo


@pytest.fixture(scope="module")
def runner() -> vndiplo.Runner:
    return vndiplo.Runner()


def people(runner: vndiplo.Runner, text: str) -> dict[str, tuple[tuple[str, ...], str | None]]:
    return {p.name: (tuple(p.titles), p.country) for p in runner.run(text).people}


@pytest.mark.parametrize(
    ("text", "name", "titles", "country"),
    [
        (
            "Nhân dịp ông Lee Jae Myung nhậm chức Tổng thống Đại Hàn Dân Quốc, Tổng Bí thư Tô "
            "Lâm và Chủ tịch nước Lương Cường đã gửi điện mừng Tổng thống Lee Jae Myung.",
            "Tô Lâm",
            ("Tổng Bí thư",),
            "VN",
        ),
        (
            "Nhân dịp ông Friedrich Merz nhậm chức Thủ tướng Cộng hòa Liên bang Đức, Chủ tịch "
            "nước Lương Cường đã gửi điện mừng.",
            "Lương Cường",
            ("Chủ tịch nước",),
            "VN",
        ),
        (
            "Nhân dịp bà Sanae Takaichi được bầu giữ chức Thủ tướng Nhật Bản, Thủ tướng Phạm "
            "Minh Chính đã gửi điện mừng.",
            "Phạm Minh Chính",
            ("Thủ tướng",),
            "VN",
        ),
        (
            "Sau lễ nhậm chức Tổng thống Indonesia, Chủ tịch Quốc hội Trần Thanh Mẫn đã có cuộc "
            "gặp ngắn với Tổng thống Prabowo Subianto.",
            "Trần Thanh Mẫn",
            ("Chủ tịch Quốc hội",),
            "VN",
        ),
    ],
    ids=["nham-chuc", "nham-chuc-long-country", "giu-chuc", "le-nham-chuc"],
)
def test_role_after_chuc_does_not_chain_to_the_next_name(
    runner: vndiplo.Runner, text: str, name: str, titles: tuple[str, ...], country: str
) -> None:
    found = people(runner, text)
    assert found[name] == (titles, country)


def test_titles_joined_by_commas_still_chain(runner: vndiplo.Runner) -> None:
    text = (
        "Tiếp theo, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tuyên giáo Nguyễn "
        "Trọng Nghĩa phát biểu."
    )
    assert people(runner, text)["Nguyễn Trọng Nghĩa"][0] == (
        "Ủy viên Bộ Chính trị",
        "Bí thư Trung ương Đảng",
        "Trưởng Ban Tuyên giáo",
    )


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Sáng 22/4, Bí thư Tỉnh ủy Vũ Đại Thắng tiếp ngài Choi Young Sam, Đại sứ Đại Hàn Dân "
            "Quốc tại Việt Nam.",
            "Choi Young Sam",
            "KR",
        ),
        (
            "Chiều 5/6, Chủ tịch Quốc hội Trần Thanh Mẫn tiếp Chủ tịch Quốc hội Đại Hàn Dân Quốc "
            "Woo Won Shik.",
            "Woo Won Shik",
            "KR",
        ),
        (
            "Tổng thống Đại Hàn Dân Quốc Lee Jae Myung đã điện đàm với Tổng Bí thư Tô Lâm.",
            "Lee Jae Myung",
            "KR",
        ),
    ],
    ids=["ambassador", "speaker", "president"],
)
def test_dai_han_dan_quoc_is_korea_not_a_person(
    runner: vndiplo.Runner, text: str, name: str, country: str
) -> None:
    found = people(runner, text)
    assert "Hàn Dân Quốc" not in found
    assert found[name][1] == country


@pytest.mark.parametrize(
    ("text", "building", "person"),
    [
        (
            "Sáng 28/10, tại Dinh Tổng thống Qasr Al Watan ở thủ đô Abu Dhabi, Thủ tướng Phạm "
            "Minh Chính hội đàm với Tổng thống UAE Mohamed bin Zayed Al Nahyan.",
            "Qasr Al Watan",
            "Phạm Minh Chính",
        ),
        (
            "Chiều 12/3, tại Phủ Tổng thống Malacañang, Chủ tịch nước Lương Cường hội đàm với "
            "Tổng thống Philippines Ferdinand Marcos Jr.",
            "Malacañang",
            "Lương Cường",
        ),
        (
            "Sáng 7/3, tại Cung Tổng thống Istana Merdeka, Thủ tướng Phạm Minh Chính hội kiến "
            "Tổng thống Indonesia Prabowo Subianto.",
            "Istana Merdeka",
            "Phạm Minh Chính",
        ),
    ],
    ids=["dinh", "phu", "cung"],
)
def test_palace_named_after_an_office_is_not_a_person(
    runner: vndiplo.Runner, text: str, building: str, person: str
) -> None:
    found = people(runner, text)
    assert building not in found
    assert person in found


def test_government_before_a_title_is_not_a_building(runner: vndiplo.Runner) -> None:
    text = "Người đứng đầu Chính phủ Thủ tướng Phạm Minh Chính đã dự hội nghị."
    assert people(runner, text)["Phạm Minh Chính"][0] == ("Thủ tướng",)
