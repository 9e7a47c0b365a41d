"""Round 13: one person's name and titles written in two cases on one page.

A title's short form written in another case than the longer title it begins ("Thủ tướng"
beside "thủ tướng Việt Nam", "Tổng thống" beside "Tổng Thống Hoa Kỳ") is a spelling of its
own, listed as written; the same short form in the same case still gives way. Lower-case
middle syllables ("Trần văn Khiêm") are the same person as the capitalised spelling.
Sentences written for these tests; each also checks that the windowed scan equals the whole
scan.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from vndiplo_titles import find_people_with

from tests.titles_helpers import LEX, assert_scans_safely, mixes, people_by_name
from vndiplo import Document
from vndiplo.annotations import Block


@pytest.mark.parametrize(
    ("text", "name", "short", "long"),
    [
        (
            "Khách đến là ông Trần Văn Khiêm, thủ tướng Việt Nam. Thủ tướng Trần Văn Khiêm "
            "đã gặp các linh mục.",
            "Trần Văn Khiêm",
            "Thủ tướng",
            "thủ tướng Việt Nam",
        ),
        (
            "Tổng Thống Hoa Kỳ George Miller đã tiếp Chủ tịch nước Lê Văn Tín. Tổng thống "
            "George Miller nói hai bên đã trao đổi thẳng thắn.",
            "George Miller",
            "Tổng thống",
            "Tổng Thống Hoa Kỳ",
        ),
        (
            "Tổng bí thư đảng Cộng sản Việt Nam Lê Văn Tín tới Washington. Tổng Bí thư Lê Văn "
            "Tín sẽ gặp các nghị sĩ.",
            "Lê Văn Tín",
            "Tổng Bí thư",
            "Tổng bí thư đảng Cộng sản Việt Nam",
        ),
        (
            "Chủ Tịch Quốc Hội Lào Saysomphone Phomvihane đã hội đàm. Chủ tịch Saysomphone "
            "Phomvihane cảm ơn.",
            "Saysomphone Phomvihane",
            "Chủ tịch",
            "Chủ Tịch Quốc Hội Lào",
        ),
        (
            # the short form first, in the lead; the long one, lower case, later
            "Thủ tướng Trần văn Khiêm đến thăm Tòa Giám mục. Đó là ông Trần Văn Khiêm, "
            "thủ tướng chính phủ.",
            "Trần Văn Khiêm",
            "Thủ tướng",
            "thủ tướng chính phủ",
        ),
    ],
)
def test_a_short_title_in_another_case_is_listed(
    text: str, name: str, short: str, long: str
) -> None:
    people = people_by_name(text)
    assert name in people, people
    titles = people[name].titles
    assert short in titles, titles
    assert long in titles, titles


def test_a_short_title_in_the_same_case_still_gives_way() -> None:
    text = (
        "Bộ trưởng Ngoại giao Lê Văn Tín đã tiếp Đại sứ Pháp. Bộ trưởng Lê Văn Tín "
        "khẳng định quan hệ tốt đẹp."
    )
    assert people_by_name(text)["Lê Văn Tín"].titles == ("Bộ trưởng Ngoại giao",)


def test_lower_case_middle_syllables_are_the_same_person() -> None:
    text = (
        "Thủ tướng Trần văn Khiêm đã gặp Giám mục Lê quang Tịnh. Sau đó ông Trần Văn Khiêm, "
        "thủ tướng, rời đi."
    )
    people = people_by_name(text)
    assert "Trần Văn Khiêm" in people
    assert "Trần văn Khiêm" not in people
    assert len(people["Trần Văn Khiêm"].mentions) == 2


@given(
    mixes(
        [
            *("Thủ tướng ", "thủ tướng Việt Nam", "Tổng Thống Hoa Kỳ ", "Trần văn Khiêm"),
            *(", ", ". ", "Trần Văn Khiêm", "ông ", "Tổng thống ", "George Miller"),
        ]
    )
)
def test_case_variants_scan_safely(text: str) -> None:
    assert_scans_safely(text)


def _page(lines: list[tuple[str, str, str]]) -> Document:
    """A document of labelled lines: (kind, rule, text)."""
    text, blocks, at = "", [], 0
    for kind, rule, line in lines:
        blocks.append(Block(at, at + len(line), kind, rule))
        text += line + "\n"
        at = len(text)
    return Document(text, blocks=tuple(blocks))


_BODY = "Thủ tướng Trần văn Khiêm đã gặp Giám mục Lê quang Tịnh tại Tòa Giám mục."


@pytest.mark.parametrize(
    ("other", "name"),
    [
        # a caption's or a menu's capitals are no spelling of the page's
        (
            ("caption", "photo_credit", "Thủ tướng Trần Văn Khiêm tại Tòa Giám mục."),
            "Trần văn Khiêm",
        ),
        (("boilerplate", "tail", "Thủ tướng Trần Văn Khiêm gặp Giám mục."), "Trần văn Khiêm"),
        # the headline's and a sapo's are, as the body's own would be
        (("title", "title", "Thủ tướng Trần Văn Khiêm gặp Giám mục"), "Trần Văn Khiêm"),
        (
            ("boilerplate", "sapo", "Thủ tướng Trần Văn Khiêm đã gặp các linh mục."),
            "Trần Văn Khiêm",
        ),
    ],
)
def test_a_name_is_spelt_as_the_headline_sapo_or_body_write_it(
    other: tuple[str, str, str], name: str
) -> None:
    doc = _page([other, ("body", "", _BODY)])
    names = {p.name for p in find_people_with(doc, LEX)}
    assert name in names, names
