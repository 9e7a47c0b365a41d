"""The head-word search of the wrapped-lines join, found from the line breaks, gives what the
page-wide multi-line pattern gives. Invented text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from vndiplo_boilerplate.wrapped import _HEAD_ALONE, head_alone

#: Pieces that make head words, days and near misses when strung together.
_PIECES = ["Sáng", "chiều", "ngày", "Rạng sáng", "hôm", " ", "\t", "\n", "7", "12/3", "x", "."]


@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_head_alone_is_the_patterns_search(text: str) -> None:
    assert head_alone(text) == (_HEAD_ALONE.search(text) is not None)


def test_examples() -> None:
    assert head_alone("Tin mới\n Chiều ngày \n14/5, đoàn thăm tỉnh Bình Long.")
    assert head_alone("Ngày\n3-9-2030 ông Lâm tới.")
    assert not head_alone("Chiều ngày 14/5\n15 giờ")
    assert not head_alone("Sáng nay\n8 giờ, đoàn tới.")
