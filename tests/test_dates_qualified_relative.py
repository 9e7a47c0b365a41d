"""A relative or anaphoric day keeps its qualified part of day in its extent.

"Buổi chiều cùng ngày", "cuối giờ sáng nay", "đầu buổi tối hôm qua": the qualifier ("buổi",
"đầu giờ", "cuối buổi") belongs to the phrase, as it already did before a written date.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_dates.parse import scan

from vndiplo import Document, extract

_QUALIFIERS = ("buổi", "Buổi", "đầu giờ", "cuối giờ", "đầu buổi", "Cuối buổi")
_PARTS = {"sáng": "morning", "trưa": "noon", "chiều": "afternoon", "tối": "evening"}
_DAYS = ("nay", "qua", "mai", "cùng ngày", "hôm qua", "hôm sau")


def test_a_qualified_same_day_reads_in_full() -> None:
    text = (
        "Tin đối ngoại\n\nSáng 12/3/2031, Bộ trưởng Trần Minh Khoa tiếp đoàn Chile.\n"
        "Buổi chiều cùng ngày, đoàn thăm Văn Miếu.\n"
    )
    dates = extract(text).dates
    assert [(d.text, d.value, d.part_of_day) for d in dates][-1] == (
        "Buổi chiều cùng ngày",
        "2031-03-12",
        "afternoon",
    )


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("Cuối giờ chiều nay, hai bên ký biên bản.", "Cuối giờ chiều nay", "2031-03-12"),
        ("Đầu buổi sáng hôm qua, đoàn đến sân bay.", "Đầu buổi sáng hôm qua", "2031-03-11"),
    ],
)
def test_a_qualified_relative_day_resolves(sentence: str, phrase: str, value: str) -> None:
    doc = extract(f"Tin ngắn\n\n{sentence}\n", published=dt.date(2031, 3, 12))
    assert [(d.text, d.value) for d in doc.dates] == [(phrase, value)]


@given(
    st.sampled_from(_QUALIFIERS),
    st.sampled_from(sorted(_PARTS)),
    st.sampled_from(_DAYS),
    st.text(alphabet="abc xyz,.", max_size=12),
)
def test_the_extent_covers_qualifier_part_and_day(
    qualifier: str, part: str, day: str, tail: str
) -> None:
    phrase = f"{qualifier} {part} {day}"
    text = f"Mở đầu. {phrase}, {tail}"
    found = [f for f in scan(Document(text).normalized.text) if f.kind == "relative"]
    assert len(found) == 1
    assert text[found[0].start : found[0].end] == phrase
    assert found[0].part_of_day == _PARTS[part]
