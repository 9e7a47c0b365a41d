"""The page's own date stamp, in the shapes crawled pages print it, as ``published`` with the
characters it was read from (``published_evidence``)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vndiplo import extract

LEAD = (
    "Chiều 6/3, tại Trụ sở Bộ Ngoại giao, Thứ trưởng Ngoại giao Đỗ Hùng Việt đã tiếp Đại sứ "
    "Thụy Điển Johan Ndisi."
)
HEADLINE = "Thứ trưởng Ngoại giao tiếp Đại sứ Thụy Điển"
ENGLISH_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def stamp_shapes(day: dt.date) -> list[str]:
    d, m, y = day.day, day.month, day.year
    weekday = WEEKDAYS[day.weekday()]
    english = day.strftime("%A")
    return [
        f"{d:02d}/{m:02d}/{y} 05:02",
        f"{weekday}, {d:02d}/{m:02d}/{y}",
        f"Cập nhật ngày: {d:02d}/{m:02d}/{y}",
        f"19:45 | {d:02d}/{m:02d}/{y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}-{m:02d}-{y}",
        f"{y}.{m:02d}.{d:02d}",
        f"{english}, {ENGLISH_MONTHS[m - 1]} {d}, {y}",
        f"{d} {ENGLISH_MONTHS[m - 1]} {y}",
        f"Ngọc Lan (Ban Thời sự)-{weekday}, ngày {d:02d}/{m:02d}/{y} 22:24 GMT+7",
        f"Hoàng Minh, Thu Trang, Lê Vũ (Kênh VTV1)-{weekday}, ngày {d:02d}/{m:02d}/{y} 08:05",
        f"PV - 13:50, {d:02d}/{m:02d}/{y}",
    ]


@pytest.mark.parametrize("shape", range(len(stamp_shapes(dt.date(2025, 2, 19)))))
def test_every_stamp_shape_is_published_with_its_evidence(shape: int) -> None:
    day = dt.date(2025, 3, 7)
    stamp = stamp_shapes(day)[shape]
    text = f"{HEADLINE}\n\n{stamp}\n\n{LEAD}\n"
    doc = extract(text)
    assert doc.published == day, stamp
    assert doc.published_source == "page"
    assert doc.published_evidence is not None
    evidence = text[doc.published_evidence.start : doc.published_evidence.end]
    assert evidence == stamp
    assert doc.to_dict()["published_evidence"] == doc.published_evidence.to_dict()
    assert doc.events[0].date == "2025-03-06"


@given(st.dates(dt.date(1995, 1, 1), dt.date(2030, 12, 31)), st.integers(0, 11))
def test_stamps_round_trip_on_any_day(day: dt.date, shape: int) -> None:
    stamp = stamp_shapes(day)[shape]
    doc = extract(f"{HEADLINE}\n\n{stamp}\n\n{LEAD}\n")
    assert doc.published == day


def test_the_articles_stamp_wins_over_the_mastheads_date() -> None:
    text = (
        "Báo Điện tử Tỉnh X\n\nThứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27\n\n"
        f"{HEADLINE}\n\nPV - 13:50, 07/03/2025\n\n{LEAD}\n"
    )
    doc = extract(text)
    assert doc.published == dt.date(2025, 3, 7)


def test_a_sentence_with_a_date_and_a_time_is_no_stamp() -> None:
    text = (
        f"{HEADLINE}\n\nNgày 15/07/2015 Thủ tướng đã tiếp Đại sứ Nhật Bản tại Hà Nội lúc "
        "22:24 và trao đổi về hợp tác kinh tế.\n"
    )
    doc = extract(text)
    assert doc.published_source != "page"


def test_caller_and_text_dates_carry_no_stamp_evidence() -> None:
    assert extract(f"{HEADLINE}\n\n{LEAD}\n", published="2025-03-07").published_evidence is None
