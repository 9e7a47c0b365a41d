"""A congratulation's other side past several appositions, or in the message retold.

"Nhân dịp ông X, Ủy viên ..., Chủ tịch Hội hữu nghị A - B, được bầu lại, Y gửi thư mừng": a
chain of titles (a body's name joining two countries with a dash) used to hide the election.
"Y đã gửi điện chúc mừng. Bức điện gửi tới X ...": the message retold names its addressee.
Names are made up.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_events.elected_addressee import _ELECTED_AFTER

from tests.test_events_reception_sides import _main

PEOPLE: dict[str, dict[str, object]] = {
    "Đinh Công Hậu": {"titles": ["Chủ tịch"], "country": "VN"},
    "Marta Kowalczyk": {"titles": ["Chủ tịch Thượng viện Ba Lan"], "country": "PL"},
}
BOTH = [("Marta Kowalczyk", "participant"), ("Đinh Công Hậu", "participant")]


@pytest.mark.parametrize(
    "occasion",
    [
        "Nhân dịp ông Đinh Công Hậu, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Cà Mau, Chủ tịch "
        "Hội hữu nghị Việt Nam - Ba Lan khóa II, được bầu lại làm Chủ tịch Hội",
        "Nhân dịp đồng chí Đinh Công Hậu, Phó Chủ tịch Ủy ban Trung ương, Chủ tịch Hội hữu nghị "
        "Việt – Ba Lan, vừa được Đại hội tín nhiệm bầu giữ chức Chủ tịch",
        "Nhân dịp ông Đinh Công Hậu - Tổng Thư ký Ủy ban Đoàn kết - Giám đốc Học viện Hòa Bình - "
        "chính thức nhậm chức Chủ tịch Quốc hội",
    ],
)
def test_a_chain_of_titles_does_not_hide_the_election(occasion: str) -> None:
    text = f"{occasion}, bà Marta Kowalczyk, Chủ tịch Thượng viện Ba Lan, đã gửi thư mừng."
    assert sorted(_main(text, PEOPLE)) == BOTH


def test_a_chain_of_titles_without_an_election_adds_no_addressee() -> None:
    text = (
        "Nhân dịp ông Đinh Công Hậu, Ủy viên Trung ương Đảng, Chủ tịch Hội hữu nghị Việt Nam - "
        "Ba Lan, tròn 60 tuổi, bà Marta Kowalczyk, Chủ tịch Thượng viện Ba Lan, đã gửi "
        "thư mừng."
    )
    assert _main(text, PEOPLE) == [("Marta Kowalczyk", "participant")]


@pytest.mark.parametrize(
    "retold",
    [
        "Bức điện gửi tới ông Đinh Công Hậu nêu rõ hai nước là bạn bè.",
        "Trong thư chúc mừng gửi Chủ tịch Đinh Công Hậu, bà bày tỏ vui mừng.",
        "Thông điệp gửi đến Chủ tịch Đinh Công Hậu khẳng định tình hữu nghị.",
    ],
)
def test_the_message_retold_names_its_addressee(retold: str) -> None:
    text = f"Ngày 4/6, Chủ tịch Thượng viện Ba Lan Marta Kowalczyk đã gửi điện chúc mừng. {retold}"
    assert sorted(_main(text, PEOPLE)) == BOTH


def test_a_message_sent_from_a_place_has_no_addressee_there() -> None:
    text = (
        "Ngày 4/6, Chủ tịch Thượng viện Ba Lan Marta Kowalczyk đã gửi điện chúc mừng. "
        "Bức điện gửi từ Vác-sa-va, nơi ông Đinh Công Hậu từng học."
    )
    assert _main(text, PEOPLE) == [("Marta Kowalczyk", "participant")]


@given(st.text(alphabet="abc ,-–()đượcbầuchủtịch", max_size=300))
def test_the_election_pattern_ends_quickly_on_any_text(text: str) -> None:
    match = _ELECTED_AFTER.match(text.lower())
    assert match is None or 0 <= match.end() <= len(text)
    assert re.compile(_ELECTED_AFTER.pattern) is not None
