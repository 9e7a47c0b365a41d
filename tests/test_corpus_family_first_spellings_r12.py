"""Korean and Chinese names in Latin script: the family name first, the given syllables written
apart, hyphened or joined, perhaps one consonant apart, are one person; two given names that
differ by more are two. Invented pairs, no page text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vndiplo.corpus.sides import compatible_names


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Moon Jae In", "Moon Jae-in"),
        ("Yoon Suk Yeol", "Yoon Suk-yeol"),
        ("Ban Ki Moon", "Ban Ki-moon"),
        ("Li Ke Qiang", "Li Keqiang"),
        ("Park Geum Hye", "Park Geun-hye"),
    ],
)
def test_one_person(a: str, b: str) -> None:
    assert compatible_names(a, b)
    assert compatible_names(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kim Jong Un", "Kim Jong Il"),
        ("Park Chung Hee", "Park Geun Hye"),
        ("Li Qiang", "Li Keqiang"),
        ("Kim Yo Jong", "Kim Yong Jong"),
        ("Lee Hae Chan", "Lee Hoi Chang"),
        ("Lee Sang-min", "Lee Sang Jin"),
        ("Choi Sang-mok", "Choi Sang Bok"),
    ],
)
def test_two_people(a: str, b: str) -> None:
    assert not compatible_names(a, b)


@given(st.text(max_size=30), st.text(max_size=30))
def test_symmetric_and_total(a: str, b: str) -> None:
    assert compatible_names(a, b) == compatible_names(b, a)
