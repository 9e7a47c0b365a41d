"""Sunday written the Catholic and southern way, "Chúa Nhật", reads as "Chủ Nhật" does: with
its date in brackets, in a week, with a part of day. Invented sentences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vndiplo


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Chúa Nhật (19/5), Giám mục giáo phận tiếp Đại sứ Ý.", "Chúa Nhật (19/5)", "2024-05-19"),
        ("Sáng Chúa nhật 19/5, đoàn thăm nhà thờ lớn.", "Sáng Chúa nhật 19/5", "2024-05-19"),
        ("Chúa Nhật tuần trước, đoàn đã về nước.", "Chúa Nhật tuần trước", "2024-05-19"),
    ],
)
def test_chua_nhat_is_sunday(text: str, quoted: str, value: str) -> None:
    found = [(d.text, d.value) for d in vndiplo.extract(text, published="2024-05-20").dates]
    assert (quoted, value) in found


@given(st.text(max_size=40))
def test_offsets_valid(tail: str) -> None:
    doc = vndiplo.extract("Chúa Nhật (19/5) " + tail, published="2024-05-20")
    for d in doc.dates:
        assert doc.text[d.start : d.end] == d.text
