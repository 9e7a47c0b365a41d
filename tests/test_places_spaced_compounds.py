"""Latin compound country names written with a space for the hyphen ("Timor Leste").

Names, titles and sentences are made up.
"""

from __future__ import annotations

import pytest

import vndiplo
from vndiplo.places import default_places, spaced_compound


@pytest.mark.parametrize(
    ("name", "spaced"),
    [
        ("Timor-Leste", "Timor Leste"),
        ("Guinea-Bissau", "Guinea Bissau"),
        ("Bosnia-Herzegovina", "Bosnia Herzegovina"),
    ],
)
def test_a_latin_compound_gets_a_spaced_spelling(name: str, spaced: str) -> None:
    assert spaced_compound(name) == spaced


@pytest.mark.parametrize(
    "name", ["Ả-Rập Xê-út", "A-Rập Xê-út", "Ai-len", "Sharm el-Sheikh", "Ghana", "Niu Di-lân"]
)
def test_transliterations_short_or_lower_case_parts_get_none(name: str) -> None:
    assert spaced_compound(name) is None


def test_the_spaced_compounds_are_countries() -> None:
    countries = {p.name: p.country for p in default_places() if p.kind == "country"}
    assert countries["Timor Leste"] == "TL"
    assert countries["Guinea Bissau"] == "GW"
    assert countries["Bosnia Herzegovina"] == "BA"


@pytest.mark.parametrize(
    ("country", "code"),
    [
        ("Timor Leste", "TL"),
        ("Timor-Leste", "TL"),
        ("Đông Timor", "TL"),
        ("Guinea Bissau", "GW"),
        ("Guinea-Bissau", "GW"),
        ("Ghi-nê Bít-xao", "GW"),
        ("Guinea Xích đạo", "GQ"),
        ("Guinea", "GN"),  # the longer names above must not fall back to it
        ("Bosnia Herzegovina", "BA"),
        ("Bosnia-Herzegovina", "BA"),
        ("Bosnia và Herzegovina", "BA"),
    ],
)
def test_a_title_ends_at_the_country_however_it_is_joined(country: str, code: str) -> None:
    text = (
        f"Chiều 4/11, Phó Thủ tướng Đoàn Minh Khải tiếp Ngoại trưởng {country} Elena Marisol Varga."
    )
    doc = vndiplo.Runner().run(text)
    people = {p.name: p for p in doc.people}
    assert "Elena Marisol Varga" in people, sorted(people)
    assert people["Elena Marisol Varga"].country == code


def test_the_country_at_a_sentence_head_is_no_name() -> None:
    doc = vndiplo.Runner().run(
        "Tổng thống Timor Leste Carlos Mendes Belo đã điện đàm với Chủ tịch nước Lương Minh Tâm."
    )
    assert "Carlos Mendes Belo" in {p.name for p in doc.people}
    assert not any("Timor" in p.name for p in doc.people)
