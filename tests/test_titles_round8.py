"""Titles and countries of round 8, in invented words: a founder joined to an office with
"kiêm", a standing-committee member written in full before a second office, and officers of
international bodies, who stand for no country (not the host's, not the page's partner)."""

from __future__ import annotations

import pytest

import vndiplo


@pytest.fixture(scope="module")
def people(request: pytest.FixtureRequest) -> dict[str, tuple[list[str], str | None]]:
    runner = vndiplo.Runner()
    text = (
        "Thủ tướng Lê Minh Châu thăm Trung Quốc\n\n"
        "Ngày 3/6, tại Thiên Tân, Trung Quốc, Thủ tướng Lê Minh Châu tiếp Nhà sáng lập kiêm Chủ"
        " tịch điều hành WEF Hans Weber. Cùng ngày, Thủ tướng gặp Người đồng sáng lập kiêm Tổng"
        " Giám đốc Tập đoàn Orion Mark Hill. Tổng Thư ký Liên hợp quốc Pedro Ruiz và Tổng thư ký"
        " AIPA Budi Santoso cũng gửi thư tới Hội nghị ở Trung Quốc. Ủy viên Thường vụ Tỉnh ủy,"
        " Trưởng ban Tuyên truyền Tỉnh ủy Vân Nam Lý Minh và Ủy viên Thường vụ Thành ủy, Trưởng"
        " ban Dân vận Thành ủy Côn Minh Vương Hải dự buổi tiếp. Trung Quốc là đối tác lớn."
    )
    doc = runner.run({"id": "t", "text": text, "published": None})
    return {p.name: (list(p.titles), p.country) for p in doc.people}


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Hans Weber", "Nhà sáng lập kiêm Chủ tịch điều hành WEF"),
        ("Mark Hill", "Người đồng sáng lập kiêm Tổng Giám đốc Tập đoàn Orion"),
        ("Lý Minh", "Ủy viên Thường vụ Tỉnh ủy"),
        ("Lý Minh", "Trưởng ban Tuyên truyền Tỉnh ủy Vân Nam"),
        ("Vương Hải", "Ủy viên Thường vụ Thành ủy"),
    ],
)
def test_full_titles(
    people: dict[str, tuple[list[str], str | None]], name: str, title: str
) -> None:
    assert title in people[name][0]


@pytest.mark.parametrize("name", ["Hans Weber", "Pedro Ruiz", "Budi Santoso"])
def test_officers_of_international_bodies_have_no_country(
    people: dict[str, tuple[list[str], str | None]], name: str
) -> None:
    assert people[name][1] is None


# near misses: a country's own officer keeps the country, a posting at the UN stays national
@pytest.mark.parametrize(("name", "country"), [("Lý Minh", "CN"), ("Lê Minh Châu", "VN")])
def test_national_officers_keep_their_country(
    people: dict[str, tuple[list[str], str | None]], name: str, country: str
) -> None:
    assert people[name][1] == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a national leader who chairs a body keeps the country
        (
            "Tin đối ngoại\n\nNgày 4/5, trên cương vị Chủ tịch ASEAN 2030, Thủ tướng Chính phủ"
            " Lê Minh Châu, Chủ tịch ASEAN 2030 đã tiếp Đại sứ Cuba Carlos Ruiz tại Hà Nội.",
            "Lê Minh Châu",
        ),
        # an envoy to the UN is the sending state's
        (
            "Tin đối ngoại\n\nNgày 4/5, Đại sứ Đặng Thu Hà, Trưởng Phái đoàn đại diện thường"
            " trực Việt Nam tại Liên hợp quốc, đã tiếp Đại sứ Cuba Carlos Ruiz tại New York.",
            "Đặng Thu Hà",
        ),
    ],
)
def test_national_offices_beside_a_body_keep_the_country(text: str, name: str) -> None:
    doc = vndiplo.Runner().run({"id": "t", "text": text, "published": None})
    assert {p.name: p.country for p in doc.people}.get(name) == "VN"
