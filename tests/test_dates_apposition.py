"""Dates written twice over, and bare month ranges, as crawled pages write them.

Classes: a relative day with its date in apposition after a comma ("tối qua, 4/6"), one date
quoted whole like "hôm qua (30/3)"; a range of two bare months with years ("(3/1988 – 3/2018)");
a month and year joined by a dot ("tháng 7.2026"). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_dates import find_dates

from vndiplo import Document

STAMP = dt.date(2022, 6, 5)


def dates(text: str, published: dt.date | None = STAMP) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(Document(text, published=published))]


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Tối qua, 4/6, Phó Thủ tướng Hà Minh Khôi đã tiếp đoàn.", "Tối qua, 4/6", "2022-06-04"),
        ("Hôm nay, 5/6, đoàn đại biểu tỉnh Yên Bình lên đường.", "Hôm nay, 5/6", "2022-06-05"),
        ("Kỳ họp tiếp tục sáng nay, 5-6, với phiên chất vấn.", "sáng nay, 5-6", "2022-06-05"),
        ("Trước đó, chiều hôm qua, 4/6, hai bên đã ký kết.", "chiều hôm qua, 4/6", "2022-06-04"),
    ],
)
def test_a_relative_day_with_its_date_after_a_comma_is_one_date(
    text: str, quoted: str, value: str
) -> None:
    assert dates(text) == [(quoted, value)]


@pytest.mark.parametrize(
    "text",
    [
        # "qua" with no noun or part of day is "through", and a weekday is the date pattern's
        "Nghị quyết được thông qua, 2/3 đại biểu tán thành.",
    ],
)
def test_a_bare_qua_before_a_comma_does_not_join_the_number(text: str) -> None:
    assert all(not quoted.lower().startswith("qua") for quoted, _ in dates(text))


@given(
    st.sampled_from(["Sáng nay", "chiều nay", "Hôm nay", "tối qua", "Hôm qua", "trưa qua"]),
    st.integers(1, 28),
    st.integers(1, 12),
)
def test_any_relative_day_in_apposition_reads_the_written_date(
    lead: str, day: int, month: int
) -> None:
    # no page stamp: the written day and month, no year
    text = f"Trong buổi làm việc {lead}, {day}/{month}, Đại sứ Ô Văn Lâm phát biểu."
    assert dates(text, None) == [(f"{lead}, {day}/{month}", f"--{month:02d}-{day:02d}")]


def test_a_range_of_two_bare_months_is_one_span() -> None:
    text = "Lễ kỷ niệm 30 năm thiết lập quan hệ (3/1988 – 3/2018) diễn ra tại Huế."
    assert dates(text) == [("3/1988 – 3/2018", "1988-03/2018-03")]


def test_a_backward_bare_month_range_keeps_the_first_month() -> None:
    assert dates("Số liệu 5/2020 - 2/2019 được công bố.")[0] == ("5/2020", "2020-05")


@given(st.integers(1990, 2030), st.integers(1, 12), st.integers(1, 30), st.integers(1, 12))
def test_any_forward_bare_month_range_is_a_span(y1: int, m1: int, gap: int, m2: int) -> None:
    y2 = y1 + gap
    text = f"Chặng đường ({m1}/{y1} - {m2}/{y2}) được nhắc lại."
    assert dates(text) == [(f"{m1}/{y1} - {m2}/{y2}", f"{y1}-{m1:02d}/{y2}-{m2:02d}")]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Cửa khẩu sẽ mở vào tháng 7.2026, theo kế hoạch.", [("tháng 7.2026", "2026-07")]),
        # a full stop then a year opening the next sentence: the month stays alone
        ("Dự án xong trong tháng 7. 2026 là năm bản lề.", [("tháng 7", "2022-07")]),
    ],
)
def test_a_month_and_year_joined_by_a_dot(text: str, quoted: list[tuple[str, str]]) -> None:
    assert dates(text)[: len(quoted)] == quoted
