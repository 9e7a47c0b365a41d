"""The date anchors, their branches grouped by first character for speed, find what the plain
alternation of the same branches finds, in either case (``vndiplo_dates.parse``)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_dates import parse

_PLAIN = re.compile("|".join(parse._ANCHOR_BRANCHES))
_PLAIN_ANY_CASE = re.compile(_PLAIN.pattern, re.IGNORECASE)
_PIECES = (
    "hôm", "hoặc", "8h25", "14g26", "11 giờ", "3 pm", "11AM", "mai", "qua", "quý", "tới",
    "tháng", "tuần sau", "năm tới", "ngày 23,", "thứ hai", "chủ nhật", "cách đây", "16 và 17/5",
    "13, 14/4", "12:30", "1.1", "2022-10", "1975", "2031", " ", ", ", "x", "H", "M", "\n",
)  # fmt: skip


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_grouped_anchors_match_the_plain_alternation(text: str) -> None:
    assert _spans(parse._ANCHORS, text) == _spans(_PLAIN, text)
    assert _spans(parse._ANCHORS_ANY_CASE, text.upper()) == _spans(_PLAIN_ANY_CASE, text.upper())


def test_a_branch_opens_with_one_character() -> None:
    with pytest.raises(ValueError):
        parse._by_first_character(["h?x"])
