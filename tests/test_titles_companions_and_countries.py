"""Fifth-round failure classes, each on sentences written for these tests: a spouse's title
after "và"/"cùng" is the companion's; Vietnamese offices give VN whatever country the
sentence opens with; an ambassador's country in the title; a surname alone after the full
name is a mention. Every case also checks that the windowed scan equals the whole scan."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.titles_helpers import people_by_name

_people = people_by_name


# -- a spouse after "và" / "cùng" -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chủ tịch nước Đỗ Minh Khang và Phu nhân đã đón Tổng thống Ai Cập Farid Mansour.",
        "Thủ tướng Ai Cập Farid Mansour và Phu nhân, Chủ tịch nước Đỗ Minh Khang và Phu nhân"
        " cùng dự buổi hòa nhạc tối qua.",
        "Chủ tịch nước Đỗ Minh Khang cùng Phu quân thăm chùa.",
    ],
)
def test_spouse_after_a_name_is_no_title_of_that_name(text: str) -> None:
    people = _people(text)
    for person in people.values():
        assert all(not t.startswith(("Phu nhân", "Phu quân")) for t in person.titles), person
        for span in person.mentions:
            assert not text[span.start : span.end].startswith("Phu"), person
    assert people["Đỗ Minh Khang"].titles == ("Chủ tịch nước",)


def test_a_named_spouse_after_va_is_still_found() -> None:
    people = _people("Thủ tướng Lào Bounmy Chanthavong và Phu nhân Khamla dự tiệc chiêu đãi.")
    assert people["Khamla"].titles == ("Phu nhân",)
    assert people["Bounmy Chanthavong"].titles == ("Thủ tướng Lào",)


# -- Vietnamese offices give VN ---------------------------------------------------------------


def test_a_vietnamese_office_gives_vn_over_an_apposed_foreign_title() -> None:
    text = (
        "Sau buổi tiếp với nguyên Chủ tịch nước Lê Quang Hòa, Tổng thống Peru sẽ bay"
        " vào Huế để dự hội nghị."
    )
    assert _people(text)["Lê Quang Hòa"].country == "VN"


def test_a_vietnamese_office_takes_no_country_from_the_lead_in() -> None:
    text = "Đoàn đại biểu Peru gồm: Phó Thủ tướng Chính phủ Hoàng Minh Sơn, ông Carlos Ruiz."
    assert _people(text)["Hoàng Minh Sơn"].country == "VN"


def test_a_country_taking_a_stance_on_a_person_is_not_that_person_country() -> None:
    text = "Pháp yêu cầu Tổng thống Omar Haddad rút quân khỏi biên giới."
    assert _people(text)["Omar Haddad"].country is None


def test_the_lead_in_still_gives_a_list_its_country() -> None:
    text = "Đoàn Nghị sĩ Séc gồm: ông Pavel Dvořák, thành viên Ủy ban, và bà Jana Nováková."
    assert _people(text)["Pavel Dvořák"].country == "CZ"


# -- ambassadors ------------------------------------------------------------------------------


def test_an_envoy_bare_title_with_a_country_places_the_envoy_of_none() -> None:
    text = (
        "Sáng nay, Phó Chủ tịch nước Lý Văn Tâm tiếp Đại sứ các nước Nepal, Chile đến chào."
        " Tiếp Đại sứ Nepal, Phó Chủ tịch nước đánh giá cao quan hệ hai nước."
        " Đại sứ Ram Adhikari cảm ơn sự đón tiếp."
    )
    people = _people(text)
    assert people["Ram Adhikari"].country == "NP"
    assert people["Lý Văn Tâm"].country == "VN"


# -- a surname alone after the full name ------------------------------------------------------


def _mentioned(text: str, name: str) -> list[str]:
    person = _people(text)[name]
    return [text[s.start : s.end] for s in person.mentions]


def test_a_lone_surname_after_the_full_name_is_a_mention() -> None:
    text = (
        "Thủ tướng Canada Daniel R. Whitfield tiếp Bộ trưởng Lê Văn An. Whitfield nói hai"
        " nước cần hợp tác. Sau đó, Whitfield rời Hà Nội."
    )
    said = _mentioned(text, "Daniel R. Whitfield")
    assert said == ["Daniel R. Whitfield", "Whitfield", "Whitfield"]


def test_a_surname_before_the_full_name_or_under_another_first_name_is_not() -> None:
    text = (
        "Whitfield là tên phổ biến. Thủ tướng Canada Daniel Whitfield tiếp khách; bà Laura"
        " Whitfield cũng dự."
    )
    assert _mentioned(text, "Daniel Whitfield") == ["Daniel Whitfield"]


def test_a_surname_two_people_share_is_no_mention() -> None:
    text = (
        "Thủ tướng Canada Daniel Whitfield và Bộ trưởng Canada Anne Whitfield dự lễ."
        " Whitfield phát biểu."
    )
    people = _people(text)
    for name in ("Daniel Whitfield", "Anne Whitfield"):
        assert len(people[name].mentions) == 1


def test_a_vietnamese_given_name_alone_is_no_mention() -> None:
    text = "Thủ tướng Lê Văn An tiếp khách. An nói hai nước cần hợp tác."
    assert _mentioned(text, "Lê Văn An") == ["Lê Văn An"]


@given(
    st.lists(
        st.sampled_from(["Whitfield nói.", "Ông Whitfield cười.", "Họ gặp nhau.", "Whitfield"]),
        max_size=6,
    )
)
def test_surname_mentions_only_ever_cover_the_name_or_its_surname(tail: list[str]) -> None:
    text = "Thủ tướng Canada Daniel Whitfield tiếp khách. " + " ".join(tail)
    for said in _mentioned(text, "Daniel Whitfield"):
        assert said in ("Daniel Whitfield", "Whitfield")
