"""Round 3 of the titles plugin: professions, degrees and clergy as the role a person is
named by; a lower-case list of portfolios; words inside a title that are stop words
elsewhere. Every sentence here is invented."""

from __future__ import annotations

import pytest
from hypothesis import given
from vndiplo_titles import find_people_with
from vndiplo_titles.matcher import lexicon_for

from tests.titles_helpers import assert_scans_safely, mixes
from vndiplo import Document

LEX = lexicon_for(None)


def _names(doc: Document) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in find_people_with(doc, LEX)}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Tại hội thảo, Giáo sư Kha Minh Triều cho rằng ...", "Kha Minh Triều", "Giáo sư"),
        ("Tiến sĩ Đàm Thị Ngọc trình bày tham luận.", "Đàm Thị Ngọc", "Tiến sĩ"),
        ("Luật sư Quách Văn Lợi đại diện cho bị đơn.", "Quách Văn Lợi", "Luật sư"),
        ("Hòa thượng Thích Minh Quang chủ trì buổi lễ.", "Thích Minh Quang", "Hòa thượng"),
        ("Thượng Tọa Thích Huệ Tâm cùng dự.", "Thích Huệ Tâm", "Thượng Tọa"),
        ("Linh mục Giuse Trần Ân dâng lễ.", "Giuse Trần Ân", "Linh mục"),
    ],
)
def test_a_profession_or_clergy_rank_names_a_person(text: str, name: str, title: str) -> None:
    found = _names(Document(text))
    assert found[name] == (title,)


def test_a_profession_alone_says_nothing_of_the_country() -> None:
    """A professor or a monk holds no office of Vietnam's: no country by default."""
    people = find_people_with(Document("Giáo sư Kha Minh Triều phát biểu."), LEX)
    assert people[0].country is None


def test_an_overseas_legislator_in_apposition_after_an_honorific_name() -> None:
    text = "Đoàn gồm ông Peter Lưu, Dân biểu tiểu bang Oregon, và Luật sư Mạc Văn Hiền."
    found = _names(Document(text))
    assert found["Peter Lưu"] == ("Dân biểu tiểu bang Oregon",)
    assert found["Mạc Văn Hiền"] == ("Luật sư",)


def test_a_profession_as_a_common_noun_names_no_one() -> None:
    """Lower case, or with no name after it, a profession is no person's title."""
    assert _names(Document("Các luật sư và tiến sĩ đã tham dự hội thảo.")) == {}
    assert _names(Document("Ông ấy là Giáo sư của trường.")) == {}


# -- a lower-case list of a committee's portfolios -----------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Quốc hội nghe Chủ nhiệm Ủy ban văn hóa, thể thao và thanh niên của Quốc hội "
            "Lạc Hữu Thành trình bày báo cáo.",
            "Lạc Hữu Thành",
            "Chủ nhiệm Ủy ban văn hóa, thể thao và thanh niên của Quốc hội",
        ),
        (
            "Phó Chủ nhiệm Ủy ban kinh tế, ngân sách của Quốc hội Mạc Thị Duyên phát biểu.",
            "Mạc Thị Duyên",
            "Phó Chủ nhiệm Ủy ban kinh tế, ngân sách của Quốc hội",
        ),
        (
            "Chủ tịch Hội đồng y tế, giáo dục và môi trường Tăng Văn Hòa phát biểu.",
            "Tăng Văn Hòa",
            "Chủ tịch Hội đồng y tế, giáo dục và môi trường",
        ),
    ],
)
def test_a_lower_case_list_of_portfolios_stays_in_the_title(
    text: str, name: str, title: str
) -> None:
    assert _names(Document(text))[name] == (title,)


@pytest.mark.parametrize(
    "text",
    [
        # no "và" closing the list and no owner after it: the title ends at the comma
        "Chủ tịch Ủy ban nhân dân, phó giám đốc sở và các cán bộ đã tới dự.",
        # an apposed description, not a portfolio
        "Ủy viên Ban thường vụ, người phụ trách của Hội Nông dân Ông Văn Tư dự.",
        # a verb in the list
        "Chủ nhiệm Ủy ban kinh tế, đã nói và hứa Lê Văn Tư dự.",
    ],
)
def test_a_comma_after_a_lower_case_committee_still_ends_its_title(text: str) -> None:
    for titles in _names(Document(text)).values():
        assert not any(", " in t for t in titles), titles


_PIECES = (
    "Chủ nhiệm Ủy ban ",
    "Bộ trưởng Bộ ",
    "kinh tế",
    "ngân sách",
    ", ",
    " và ",
    " của ",
    "Quốc hội ",
    "Lạc Hữu Thành",
    "Giáo sư ",
    "Hòa thượng ",
    "Dân biểu tiểu bang ",
    " ông ",
    "Cô ",
    "Taras Hnatenko",
    "thành viên Nhóm",
    "thứ trưởng ",
    "đại sứ quán",
    "nghị viên ",
    "Đảng viên Đảng ",
    "Liên minh Xanh",
    "cố ",
    "dự khuyết ",
    ";",
    ".",
    "\n",
)


@given(mixes(_PIECES))
def test_the_new_constructions_give_valid_offsets(text: str) -> None:
    """Any mix of the new constructions with any Unicode scans safely."""
    assert_scans_safely(text)


# -- words inside a title that are stop words elsewhere; "cố" (the late) -------------------


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Lạc Văn Khôi dự.",
            "Lạc Văn Khôi",
            ("Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy"),
        ),
        (
            "Chủ tịch Liên hiệp các tổ chức thanh niên Việt Nam Đỗ Minh Tâm phát biểu.",
            "Đỗ Minh Tâm",
            ("Chủ tịch Liên hiệp các tổ chức thanh niên Việt Nam",),
        ),
    ],
)
def test_inner_phrases_read_on(text: str, name: str, titles: tuple[str, ...]) -> None:
    assert _names(Document(text))[name] == titles


def test_the_late_office_holder_is_a_former_one() -> None:
    (person,) = find_people_with(Document("Lễ tưởng niệm cố Thủ tướng Đào Minh Khôi."), LEX)
    assert person.titles == ("cố Thủ tướng",)
    assert person.roles[0].former


@pytest.mark.parametrize(
    "text",
    ["Ông ấy cố gắng gặp Bộ trưởng.", "Các cố vấn Đào Minh Khôi và Lê An đã tới.", "Dự họp."],
)
def test_co_as_a_verb_or_in_co_van_opens_no_former_title(text: str) -> None:
    assert all(not p.roles[0].former for p in find_people_with(Document(text), LEX))
