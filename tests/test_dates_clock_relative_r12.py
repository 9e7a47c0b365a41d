"""A clock before a relative day: "15h chiều nay", "17h chiều nay (7/10)", "0 giờ 30 đêm qua".
The clock, its part of day and the day word are one expression, a datetime on that day; a
clock after midnight in "đêm qua" falls on the stamp's own date. Invented sentences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vndiplo


def dates(text: str, published: str = "2023-11-20") -> list[tuple[str, str | None, str]]:
    return [(d.text, d.value, d.kind) for d in vndiplo.extract(text, published=published).dates]


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Khoảng 16h chiều nay, đoàn sẽ tới Phnom Penh.", "16h chiều nay", "2023-11-20T16:00"),
        ("Đúng 8 giờ sáng mai, hai bên sẽ ký kết.", "8 giờ sáng mai", "2023-11-21T08:00"),
        ("Vào 21h tối qua, Bộ trưởng đã điện đàm.", "21h tối qua", "2023-11-19T21:00"),
        (
            "Khoảng 9h30 sáng nay (20/11), đoàn rời Hà Nội.",
            "9h30 sáng nay (20/11)",
            "2023-11-20T09:30",
        ),
        (
            "Khoảng 5 giờ chiều nay (20/11), lễ đón bắt đầu.",
            "5 giờ chiều nay (20/11)",
            "2023-11-20T17:00",
        ),
        ("Kết quả được công bố 1 giờ 15 đêm qua.", "1 giờ 15 đêm qua", "2023-11-20T01:15"),
    ],
)
def test_clock_before_a_relative_day(text: str, quoted: str, value: str) -> None:
    assert (quoted, value, "datetime") in dates(text)


def test_part_of_day_with_a_relative_day_alone_stays_a_date() -> None:
    assert ("Sáng nay (20/11)", "2023-11-20", "date") in dates("Sáng nay (20/11), đoàn tới.")


def test_a_duration_before_a_relative_day_is_no_clock() -> None:
    found = dates("Cuộc họp kéo dài 2 giờ chiều nay.")
    assert all(kind != "datetime" for _, _, kind in found)


@given(
    st.integers(min_value=0, max_value=23),
    st.sampled_from(["sáng", "trưa", "chiều", "tối", "đêm"]),
    st.sampled_from(["nay", "qua", "mai"]),
    st.text(max_size=20),
)
def test_offsets_stay_inside_the_text(hour: int, pod: str, rel: str, tail: str) -> None:
    text = f"Lúc {hour}h {pod} {rel} (20/11) {tail}"
    doc = vndiplo.extract(text, published="2023-11-20")
    for d in doc.dates:
        assert 0 <= d.start <= d.end <= len(doc.text)
        assert doc.text[d.start : d.end] == d.text
