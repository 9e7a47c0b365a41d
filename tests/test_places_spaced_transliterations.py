"""Hyphenated transliterations of country names written with spaces ("Ai Len", "Ác Hen Ti Na")."""

from __future__ import annotations

import pytest

import vndiplo
from vndiplo.places import default_places, spaced_transliteration


@pytest.mark.parametrize(
    ("name", "spaced"),
    [
        ("Ai-len", "Ai Len"),
        ("Ác-hen-ti-na", "Ác Hen Ti Na"),
        ("Niu Di-lân", "Niu Di Lân"),
        ("Bô-xni-a và Héc-dê-gô-vi-na", "Bô Xni A và Héc Dê Gô Vi Na"),
        ("Cộng hòa Đô-mi-ni-ca", "Cộng hòa Đô Mi Ni Ca"),
    ],
)
def test_hyphenated_transliterations_get_a_spaced_spelling(name: str, spaced: str) -> None:
    assert spaced_transliteration(name) == spaced


@pytest.mark.parametrize("name", ["Timor-Leste", "Ma-li", "Cu-ba", "Ghana", "Ả-Rập Xê-út"])
def test_latin_compounds_short_forms_and_plain_names_get_none(name: str) -> None:
    assert spaced_transliteration(name) is None


def test_the_spaced_spelling_is_a_country_of_the_gazetteer() -> None:
    countries = {p.name: p.country for p in default_places() if p.kind == "country"}
    assert countries["Ai Len"] == "IE"
    assert countries["Ác Hen Ti Na"] == "AR"


def test_a_title_with_a_spaced_country_keeps_the_name_apart() -> None:
    doc = vndiplo.Runner().run("Sáng 9/10, Thứ trưởng Lê Văn Tâm tiếp Đại sứ Ai Len Fiona Byrne.")
    people = {p.name: p for p in doc.people}
    assert "Fiona Byrne" in people
    assert people["Fiona Byrne"].country == "IE"
