"""Post-scoring round 7 classes, on sentences written for these tests: words closing a body's
name ("Toàn Quốc", "Pháp-Việt") are never the start of the foreign name after them; a
district's head ("Quận trưởng") before a Korean or Latin name; a family name that is also an
organisation word ("Đoàn") after a province's title; "tiếp" inside a compound ("tiếp bước",
"giao tiếp giữa") is no reception."""

from __future__ import annotations

import pytest

import vndiplo
from tests.titles_helpers import people_by_name

_RUNNER = vndiplo.Runner()


def _event_types(text: str) -> list[str]:
    return [e.type for e in _RUNNER.run({"id": "t", "text": text}).events]


# -- a body's closing words before a foreign name -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Đoàn Đảng Xanh do Bí Thư Toàn Quốc Anna Moreau dẫn đầu đã tới Huế.",
         "Anna Moreau", "Bí Thư Toàn Quốc"),
        ("Ủy viên Trung Ương Đảng Lao động Bỉ Pierre Laurent phát biểu tại hội thảo.",
         "Pierre Laurent", "Ủy viên Trung Ương Đảng Lao động Bỉ"),
        ("Chiều 3/4, Chủ tịch nước tiếp Chủ tịch Hội hữu nghị Pháp-Việt Jean Dupont.",
         "Jean Dupont", "Chủ tịch Hội hữu nghị Pháp-Việt"),
        ("Bộ trưởng tiếp Chủ tịch Liên minh Nghị sĩ hữu nghị Hàn-Việt Park Jisoo tại Seoul.",
         "Park Jisoo", "Chủ tịch Liên minh Nghị sĩ hữu nghị Hàn-Việt"),
        ("Ông Lê Văn Hai gặp Phó Chủ tịch Hội Hữu nghị Nhật-Việt Kenji Sato ở Osaka.",
         "Kenji Sato", "Phó Chủ tịch Hội Hữu nghị Nhật-Việt"),
    ],
)  # fmt: skip
def test_words_closing_a_body_stay_in_the_title(text: str, name: str, title: str) -> None:
    people = people_by_name(text)
    assert name in people
    assert title in people[name].titles
    assert not any(n.endswith(name) and n != name for n in people)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: a hyphenated name, a lone pair ending the run, a Korean given name
        ("Tổng thống Moon Jae-in tiếp Thủ tướng Lê Văn Hai.", "Moon Jae-in"),
        ("Chủ tịch Kim Jong-un tiếp đoàn Việt Nam.", "Kim Jong-un"),
    ],
)
def test_hyphenated_names_stay_whole(text: str, name: str) -> None:
    assert name in people_by_name(text)


def test_a_country_pair_alone_is_no_name() -> None:
    text = "Ông đề nghị Liên minh Nghị sĩ hữu nghị Pháp-Việt tiếp tục thúc đẩy hợp tác."
    assert not any("Pháp-Việt" in n for n in people_by_name(text))


# -- a foreign district's head ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Đoàn do Quận trưởng Park Minsoo làm trưởng đoàn đã tới Huế.", "Park Minsoo",
         "Quận trưởng"),
        ("Đoàn do Phó Quận trưởng Lee Hana dẫn đầu.", "Lee Hana", "Phó Quận trưởng"),
        ("Đoàn do Quận trưởng quận Mapo-gu Choi Junho dẫn đầu.", "Choi Junho",
         "Quận trưởng quận Mapo-gu"),
        ("Ông Sato Ken, Quận trưởng quận Chuo, phát biểu.", "Sato Ken",
         "Quận trưởng quận Chuo"),
    ],
)  # fmt: skip
def test_district_head_before_a_foreign_name(text: str, name: str, title: str) -> None:
    assert title in people_by_name(text)[name].titles


# -- "Đoàn" as a family name after a province's title -----------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Phó Chủ tịch UBND tỉnh Cao Bằng Đoàn Thu Hà tiếp đoàn.", "Đoàn Thu Hà",
         "Phó Chủ tịch UBND tỉnh Cao Bằng"),
        ("Ngày 2/6, Chủ tịch UBND tỉnh Hà giang Đoàn Minh Quân tiếp, làm việc với đoàn.",
         "Đoàn Minh Quân", "Chủ tịch UBND tỉnh Hà giang"),
        ("Phó Bí thư Tỉnh ủy Bắc Kạn Đoàn Văn Tú dự lễ.", "Đoàn Văn Tú",
         "Phó Bí thư Tỉnh ủy Bắc Kạn"),
        ("Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Đoàn Ngọc Hưng và Giám đốc Sở Y tế "
         "Lê Văn Hai dự lễ.", "Đoàn Ngọc Hưng", "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh"),
        ("Chủ tịch UBND huyện Đoàn Văn Tú dự lễ.", "Đoàn Văn Tú", "Chủ tịch UBND huyện"),
    ],
)  # fmt: skip
def test_doan_after_a_place_opens_a_name(text: str, name: str, title: str) -> None:
    assert title in people_by_name(text)[name].titles


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # near misses: the Youth Union ("Đoàn") with no place before it, or "Thanh Niên"
        ("Bí thư Đoàn Thanh Niên tỉnh Lê Văn Ba phát biểu.", "Lê Văn Ba",
         "Bí thư Đoàn Thanh Niên tỉnh"),
        ("Ông Lê Văn Ba, Bí thư Đoàn Khối Doanh, phát biểu.", "Lê Văn Ba",
         "Bí thư Đoàn Khối Doanh"),
        ("Bí thư Tỉnh Đoàn Lê Văn Ba phát biểu.", "Lê Văn Ba", "Bí thư Tỉnh Đoàn"),
    ],
)  # fmt: skip
def test_youth_union_stays_an_organisation(text: str, name: str, title: str) -> None:
    people = people_by_name(text)
    assert title in people[name].titles
    assert not any(n.startswith("Đoàn") for n in people)


# -- "tiếp" inside a compound is no reception ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bài viết kể về ông Trần Văn Long, người tiếp bước cha mình trên con đường ngoại giao.",
        "Ông Nguyễn Văn Bình tiếp bước thế hệ đi trước, giữ vững các nguyên tắc.",
        "Vùng biển này là khu vực giao tiếp giữa hai đại dương.",
        "Kỹ năng giao tiếp của các nhà ngoại giao trẻ được bồi dưỡng thường xuyên.",
        "Trạm chuyển tiếp tín hiệu được đặt trên đỉnh núi.",
    ],
)
def test_tiep_in_a_compound_is_no_reception(text: str) -> None:
    assert "reception" not in _event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a foreign ministry's official receiving ("Ngoại giao tiếp")
        "Sáng 3/5, Thứ trưởng Ngoại giao Lê Văn Hai tiếp Đại sứ Pháp Jean Roux tại Hà Nội.",
        "Sáng 3/5, Thứ trưởng Ngoại giao tiếp Đại sứ Pháp Jean Roux tại Hà Nội.",
        "Ngày 8/6, Bộ trưởng Lê Văn Hai tiếp bà Anna Moreau, Bí thư Toàn quốc Đảng Xanh.",
    ],
)
def test_reception_still_read(text: str) -> None:
    assert _event_types(text)[0] == "reception"
