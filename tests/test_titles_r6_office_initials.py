"""Only a Vietnamese office written as initials ("TVTU", "UVBTV", "PBT") between commas in an
apposition is a title (review 2, #16); a firm's or a body's letters ("FPT", "ABB", "IMF")
there are nobody's title. Invented names."""

from __future__ import annotations

import pytest

from tests.titles_helpers import people_by_name


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "Ông Hà Văn Tư, UVBTV, Trưởng Ban Dân vận Tỉnh ủy dự buổi làm việc.",
            "Hà Văn Tư",
            ("UVBTV", "Trưởng Ban Dân vận Tỉnh ủy"),
        ),
        (
            "Ông Vi Văn Sơn, TUV, Phó Chủ tịch UBND tỉnh dự buổi tiếp.",
            "Vi Văn Sơn",
            ("TUV", "Phó Chủ tịch UBND tỉnh"),
        ),
        (
            "Bà Lò Thị Hoa, PBTTT, Chủ tịch HĐND tỉnh cùng dự.",
            "Lò Thị Hoa",
            ("PBTTT", "Chủ tịch HĐND tỉnh"),
        ),
    ],
)
def test_an_office_in_initials_is_a_title(text: str, name: str, titles: tuple[str, ...]) -> None:
    people = people_by_name(text)
    assert name in people, people
    assert people[name].titles == titles


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Ông Hà Văn Tư, FPT, Phó Chủ tịch Hội đồng quản trị, phát biểu.", "FPT"),
        ("Ông Karl Berg, ABB, Giám đốc khu vực châu Á, phát biểu.", "ABB"),
        ("Bà Mira Kovac, IMF, Trưởng đoàn công tác, cho biết như vậy.", "IMF"),
    ],
)
def test_a_firms_letters_are_no_title(text: str, letters: str) -> None:
    for person in people_by_name(text).values():
        assert letters not in person.titles, person
