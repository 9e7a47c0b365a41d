"""A dispatch stamped two or three days after the day its lead reports says "chiều nay" and
"chiều qua" of that day, not of the stamp's.

"Sáng 4/6, đoàn đến Viêng Chăn. Chiều nay, đoàn hội kiến ..." stamped 6/6: "chiều nay" is
4/6. One day late is ordinary ("Tối 5/6 ... Sáng nay" stamped 6/6 means 6/6) and stays read
from the stamp.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_dates.relative import deictic_day

from vndiplo import extract


def values(text: str, published: dt.date) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in extract(text, published=published).dates]


@pytest.mark.parametrize(
    ("body", "stamp", "expected"),
    [
        (
            "Sáng 4/6, đoàn đại biểu đến Viêng Chăn. Chiều nay, trưởng đoàn hội kiến Thủ tướng.",
            dt.date(2031, 6, 6),
            [("Sáng 4/6", "2031-06-04"), ("Chiều nay", "2031-06-04")],
        ),
        (
            "Chiều 4.6, đoàn đến Seoul. Ngay trong chiều qua, đoàn gặp kiều bào.",
            dt.date(2031, 6, 6),
            [("Chiều 4.6", "2031-06-04"), ("chiều qua", "2031-06-04")],
        ),
        (  # one day late: "sáng nay" is the stamp's day
            "Tối 5/6, đoàn đến Hà Nội. Sáng nay, hai bên hội đàm.",
            dt.date(2031, 6, 6),
            [("Tối 5/6", "2031-06-05"), ("Sáng nay", "2031-06-06")],
        ),
    ],
)
def test_deictic_days_of_a_late_dispatch(
    body: str, stamp: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert values(f"Tin đối ngoại\n\n{body}\n", stamp) == expected


@given(
    st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)),
    st.integers(-2, 2),
    st.one_of(st.none(), st.integers(-10, 10)),
)
def test_deictic_day_is_the_stamps_or_the_written_day(
    stamp: dt.date, offset: int, back: int | None
) -> None:
    written = None if back is None else stamp - dt.timedelta(days=back)
    day = deictic_day(stamp, offset, written)
    plain = stamp + dt.timedelta(days=offset)
    assert day in (plain, written)
    if written is None or offset not in (0, -1) or not 2 <= (stamp - written).days <= 3:
        assert day == plain
    else:
        assert day <= plain
