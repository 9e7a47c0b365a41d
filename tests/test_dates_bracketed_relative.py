"""A relative phrase pinned down by a date in brackets after it is one date, worth the bracket.

"đầu năm nay (tháng 1/2024)", "năm ngoái (2023)", "tuần trước (ngày 3/5)": a reader takes the
pair as one expression; the bracket says which month, year or day the relative words meant.
"""

from __future__ import annotations

import pytest
from vndiplo_dates.parse import scan

from vndiplo import extract


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        (
            "Hồi đầu năm nay (tháng 2/2033), hai bên ký hiệp định.",
            "đầu năm nay (tháng 2/2033)",
            "2033-02",
        ),
        (
            "Cuối năm ngoái (tháng 11/2032), đoàn sang thăm.",
            "Cuối năm ngoái (tháng 11/2032)",
            "2032-11",
        ),
        ("Năm ngoái ( 2032 ), hai nước mở đường bay.", "Năm ngoái ( 2032 )", "2032"),
        (
            "Tuần trước (ngày 4/6/2033), Bộ trưởng đến Lima.",
            "Tuần trước (ngày 4/6/2033)",
            "2033-06-04",
        ),
        ("Tháng trước (tháng 5/2033) hai bên họp.", "Tháng trước (tháng 5/2033)", "2033-05"),
    ],
)
def test_a_relative_phrase_with_its_date_in_brackets_is_one_date(
    sentence: str, phrase: str, value: str
) -> None:
    text = f"Tin đối ngoại\n\nNgày 12/6/2033, Thủ tướng tiếp đoàn Peru.\n{sentence}\n"
    dates = [(d.text, d.value) for d in extract(text).dates]
    assert (phrase, value) in dates
    assert all(not t.startswith("tháng") or "(" in t for t, _ in dates[1:])


@pytest.mark.parametrize(
    "text",
    [
        "năm 2033 (tháng 5) hai bên",  # an explicit year is not relative: two dates stay
        "năm nay, (tháng 5/2033) hai bên",  # a comma before the bracket: not the same phrase
        "năm nay (tháng 5/2033 hai bên",  # no closing bracket
        "lúc 8 giờ 30 phút (ngày 3/5) hai bên",  # a clock time is not pinned by a day
    ],
)
def test_no_join_without_a_relative_and_a_closed_bracket_right_after_it(text: str) -> None:
    assert len(scan(text)) == 2
