"""People an honorific introduces and a role in lower case describes ("ông X, thành viên
Nhóm ..."), and party membership as a title; the property test over these constructions is
in ``test_titles_professions_and_lists.py``. Every sentence is invented."""

from __future__ import annotations

import pytest
from vndiplo_titles import find_people_with
from vndiplo_titles.matcher import lexicon_for

from vndiplo import Document

LEX = lexicon_for(None)


def _names(text: str) -> dict[str, tuple[str, ...]]:
    doc = Document(text)
    people = find_people_with(doc, LEX)
    assert people == find_people_with(doc, LEX, windowed=False), text
    return {p.name: p.titles for p in people}


def test_an_apposed_lower_case_role_after_an_honorific_name() -> None:
    text = (
        "Đoàn có ông Taras Hnatenko, thành viên Nhóm, Đảng viên Đảng Liên minh Xanh, "
        "Chủ tịch Tiểu ban Đường sắt của Ủy ban Giao thông; ông Oleh Marchuk, thành viên Nhóm."
    )
    found = _names(text)
    assert found["Taras Hnatenko"] == (
        "thành viên Nhóm",
        "Đảng viên Đảng Liên minh Xanh",
        "Chủ tịch Tiểu ban Đường sắt của Ủy ban Giao thông",
    )
    assert found["Oleh Marchuk"] == ("thành viên Nhóm",)


def test_co_is_an_honorific_and_a_councillor_in_lower_case_is_a_title() -> None:
    found = _names("Cùng đi có cô Mai Đặng, nghị viên thành phố Westfield, và Luật sư Tạ An.")
    assert found["Mai Đặng"] == ("nghị viên thành phố Westfield",)


@pytest.mark.parametrize(
    "text",
    [
        # a lower-case title after an honorific with no name after it: a common noun
        # ("ông bộ trưởng Kha Văn Lực", with the name, is a title: test_titles_crawled4)
        "Bà thứ trưởng cho biết sẽ xem xét.",
        # the apposition of a name no honorific introduced keeps wanting a capitalised title
        "Hội nghị có Lê Văn Tư, thành viên ban tổ chức.",
        # an embassy is a place of work, not an ambassador
        "Ông Lương Văn Sáu, đại sứ quán cho biết.",
        # "Cô Tô" is an island
        "Cô Tô đón nhiều du khách.",
    ],
)
def test_lower_case_roles_stay_common_nouns_elsewhere(text: str) -> None:
    assert _names(text) == {}


def test_a_party_membership_reads_the_whole_party_name() -> None:
    """Every capitalised word after "Đảng viên Đảng" is the party's, no person's name."""
    found = _names("Ông Pavlo Shevchuk, Đảng viên Đảng Mặt trận Narodna Volia, phát biểu.")
    assert found == {"Pavlo Shevchuk": ("Đảng viên Đảng Mặt trận Narodna Volia",)}


def _countries(text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in find_people_with(Document(text), LEX)}


def test_the_lead_in_gives_a_country_to_foreign_names_under_titles_naming_none() -> None:
    text = "Đoàn Nghị sĩ Ba Lan gồm: ông Jan Wiśniewski, thành viên Nhóm, và bà Ewa Zając."
    assert _countries(text)["Jan Wiśniewski"] == "PL"


def test_an_office_of_an_international_body_takes_no_country_from_the_lead_in() -> None:
    text = "Tại Pháp, Chủ tịch Nghị viện châu Âu (EP) Marco Bellini phát biểu."
    assert _countries(text) == {"Marco Bellini": None}


def test_a_vietnamese_name_under_a_profession_takes_no_country_from_the_lead_in() -> None:
    assert _countries("Tại Nhật Bản, Giáo sư Kha Minh Triều phát biểu.") == {"Kha Minh Triều": None}
