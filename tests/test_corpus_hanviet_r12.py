"""Chinese names in Sino-Vietnamese and in pinyin: a syllable-level fit, never a key.

Pairs are invented or common readings; near misses differ by a syllable or its count.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vndiplo.corpus import name_key
from vndiplo.corpus.hanviet import could_be_one, pinyin_ids, pinyin_shaped
from vndiplo.corpus.sides import shared_sides


@pytest.mark.parametrize(
    ("vietnamese", "pinyin"),
    [
        ("Tập Cận Bình", "Xi Jinping"),
        ("Tập Cận Bình", "Xi Jin Ping"),
        ("Tập Cận Bình", "Xi Jin-ping"),
        ("Lưu Ninh", "Liu Ning"),
        ("Trần Cương", "Chen Gang"),
        ("Vương Nghị", "Wang Yi"),
        ("Lý Cường", "Li Qiang"),
        ("Hà Vệ Đông", "He Weidong"),
        ("Phùng Tuấn Kiệt", "Feng Junjie"),
        ("Âu Dương Minh Hoa", "Ouyang Minghua"),
        ("Ngụy Phượng Hoà", "Wei Fenghe"),
    ],
)
def test_readings_fit(vietnamese: str, pinyin: str) -> None:
    assert could_be_one(vietnamese, pinyin) and could_be_one(pinyin, vietnamese)
    assert name_key(pinyin) in pinyin_ids(vietnamese)


@pytest.mark.parametrize(
    ("vietnamese", "pinyin"),
    [
        ("Lý Khắc Cường", "Li Qiang"),  # one syllable more
        ("Lý Cường", "Li Keqiang"),
        ("Trần Cương", "Chen Qiang"),  # another given syllable
        ("Tập Cận Bình", "Jinping Xi"),  # family name last
        ("Tập Cận Bình", "Xijinping"),  # one word
        ("Tập Cận Bình", "Xi Ji Nping"),  # a break inside a syllable
        ("Lương Cường", "Luong Cuong"),  # a Vietnamese name without marks
        ("Lưu Ninh", "Lưu Ninh"),
    ],
)
def test_near_misses_do_not_fit(vietnamese: str, pinyin: str) -> None:
    assert not could_be_one(vietnamese, pinyin)


def test_pinyin_shape_is_cheap_filter() -> None:
    assert pinyin_shaped("Liu Ning") and not pinyin_shaped("Antony Blinken")


def test_a_fit_supports_a_shared_person_but_never_anchors() -> None:
    vi = {"ngo-quoc": "Ngô Quốc Thắng", "luu": "Lưu Ninh"}
    en = {"ngo-quoc": "Ngô Quốc Thắng", "liu": "Liu Ning"}
    assert shared_sides(vi, en, cross_script=True) == (1, 2)
    alone_vi = {"luu": "Lưu Ninh", "x": "Đỗ Văn Khải"}
    alone_en = {"liu": "Liu Ning", "y": "Someone Else"}
    assert shared_sides(alone_vi, alone_en, cross_script=True)[1] == 0


@given(st.text(max_size=30), st.text(max_size=30))
def test_fit_is_symmetric_and_never_crashes(a: str, b: str) -> None:
    assert could_be_one(a, b) == could_be_one(b, a)
    pinyin_ids(a)
    pinyin_shaped(b)
