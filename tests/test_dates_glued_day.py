"""A page that drops the space after "ngày" ("tối ngày14/10/2016") still writes a date, quoted
as written, with the same value as the spaced form. (Sentences in invented words.)"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vndiplo import extract


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        (
            "Tối ngày14/10/2029, ông Lý Văn Hòa tiếp Tổng lãnh sự.",
            "Tối ngày14/10/2029",
            "2029-10-14",
        ),
        ("Ông đến Đà Lạt sáng ngày3-2-2029.", "sáng ngày3-2-2029", "2029-02-03"),
        ("Lễ ký diễn ra ngày9 tháng 5 năm 2029.", "ngày9 tháng 5 năm 2029", "2029-05-09"),
    ],
)
def test_a_glued_ngay_is_a_date(sentence: str, phrase: str, value: str) -> None:
    assert [(d.text, d.value) for d in extract(sentence).dates] == [(phrase, value)]


@pytest.mark.parametrize("word", ["Mongày14/3", "xngày14/3/2029"])
def test_ngay_inside_a_word_is_no_prefix(word: str) -> None:
    assert all(not d.text.lower().startswith(("mongày", "xngày")) for d in extract(word).dates)


@given(st.dates(dt.date(1950, 1, 1), dt.date(2049, 12, 31)), st.sampled_from(["/", "-", "."]))
def test_glued_reads_as_spaced(day: dt.date, sep: str) -> None:
    written = f"{day.day}{sep}{day.month}{sep}{day.year}"
    glued = extract(f"Hai bên ký kết ngày{written} tại Huế.").dates
    spaced = extract(f"Hai bên ký kết ngày {written} tại Huế.").dates
    assert [d.value for d in glued] == [d.value for d in spaced] == [day.isoformat()]
    assert glued[0].text == f"ngày{written}"
