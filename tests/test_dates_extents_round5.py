"""Date extents as the crawled-page gold quotes them, each construction in invented words:

* a span whose month is written in words is one span ("Từ ngày 3 đến ngày 6 tháng 9 năm 2011");
* "tháng Năm, 2017": a comma before the year keeps the year in the date, unless a count follows;
* a clock time written "14g26" is a clock time, before "ngày" or alone after "lúc";
* "lúc" before a clock time and its date belongs to it (README round 7 #2, doubt D7), "vào" not;
* "lần thứ 2 (ngày ...)" is an ordinal, not a weekday: the date quotes "ngày ..." alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from vndiplo_dates import find_dates

from vndiplo import Document

REF = dt.date(2011, 9, 20)


def dates(text: str, published: dt.date | None = REF) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(Document(text, published=published))]


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        (
            "Từ ngày 3 đến ngày 6 tháng 9 năm 2011, Hội đồng nhân dân tỉnh họp kỳ thứ hai.",
            "Từ ngày 3 đến ngày 6 tháng 9 năm 2011",
            "2011-09-03/2011-09-06",
        ),
        (
            "Hội thảo diễn ra ngày 3-6 tháng 9 năm 2011 tại Vinh.",
            "ngày 3-6 tháng 9 năm 2011",
            "2011-09-03/2011-09-06",
        ),
        (
            "Đoàn thăm Lào từ ngày 29 tháng 8 đến ngày 2 tháng 9 năm 2011.",
            "từ ngày 29 tháng 8 đến ngày 2 tháng 9 năm 2011",
            "2011-08-29/2011-09-02",
        ),
        (
            "Lễ hội kéo dài từ ngày 30 tháng 12 năm 2010 đến hết ngày 2 tháng 1 năm 2011.",
            "từ ngày 30 tháng 12 năm 2010 đến hết ngày 2 tháng 1 năm 2011",
            "2010-12-30/2011-01-02",
        ),
        (
            "Chiều từ 3 đến 6 tháng Chín, đoàn ở Huế.",
            "Chiều từ 3 đến 6 tháng Chín",
            "2011-09-03/2011-09-06",
        ),
    ],
)
def test_a_span_with_its_month_in_words_is_one_span(text: str, quoted: str, value: str) -> None:
    assert dates(text) == [(quoted, value)]


def test_days_without_a_span_word_or_year_are_not_a_span() -> None:
    assert dates("Tỷ số 3-6 tháng này chưa đổi.") == []


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        (
            "Sáng ngày 4 tháng Bảy, 2018, hai bên gặp nhau.",
            "Sáng ngày 4 tháng Bảy, 2018",
            "2018-07-04",
        ),
        ("Ngày 4 tháng 7, 2018 đánh dấu mốc mới.", "Ngày 4 tháng 7, 2018", "2018-07-04"),
    ],
)
def test_a_comma_before_the_year_keeps_it(text: str, quoted: str, value: str) -> None:
    assert dates(text) == [(quoted, value)]


def test_a_count_after_the_comma_is_no_year() -> None:
    got = dates("Lễ mít tinh ngày 2 tháng 9, 2000 người tham dự.")
    assert got == [("ngày 2 tháng 9", "2011-09-02")]


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        (
            "Kết quả công bố vào lúc 9g05 ngày 12-9-2011.",
            "lúc 9g05 ngày 12-9-2011",
            "2011-09-12T09:05",
        ),
        ("Ông qua đời lúc 23 giờ ngày 8/9 tại Paris.", "lúc 23 giờ ngày 8/9", "2011-09-08T23:00"),
        ("Tàu cập cảng vào lúc 7h15 sáng 19/9.", "lúc 7h15 sáng 19/9", "2011-09-19T07:15"),
        (
            "Lúc 10 giờ 30 phút ngày 2 tháng 9 năm 2011, lễ chào cờ bắt đầu.",
            "Lúc 10 giờ 30 phút ngày 2 tháng 9 năm 2011",
            "2011-09-02T10:30",
        ),
    ],
)
def test_the_clock_lead_lúc_is_quoted(text: str, quoted: str, value: str) -> None:
    assert dates(text) == [(quoted, value)]


def test_a_g_clock_time_alone_needs_its_lead() -> None:
    text = "Ngày 12-9-2011, Quốc hội họp. Vào lúc 9g07, chủ tọa tuyên bố khai mạc."
    assert dates(text) == [("Ngày 12-9-2011", "2011-09-12"), ("lúc 9g07", "2011-09-12T09:07")]
    assert dates("Mỗi gói chứa 5g20 bột.") == []


@pytest.mark.parametrize("noun", ["lần", "kỳ", "khóa", "phiên"])
def test_an_ordinal_before_a_bracketed_date_is_no_weekday(noun: str) -> None:
    text = f"Kết quả cuộc họp Ủy ban hỗn hợp {noun} thứ 2 (ngày 14/3/2010) được đánh giá cao."
    assert dates(text) == [("ngày 14/3/2010", "2010-03-14")]


def test_a_weekday_before_a_bracketed_date_stays() -> None:
    text = "Thứ Hai (19/9), hai bên hội đàm."
    assert dates(text) == [("Thứ Hai (19/9)", "2011-09-19")]


def test_a_birth_date_fixes_no_year_for_the_page() -> None:
    text = (
        "Tổng thống Chile thăm Việt Nam từ ngày 12 đến 14-5. Ông sinh ngày 3-4-1958 tại Valparaíso."
    )
    assert dates(text, None) == [
        ("từ ngày 12 đến 14-5", "--05-12/--05-14"),
        ("ngày 3-4-1958", "1958-04-03"),
    ]


def test_a_pupils_day_still_fixes_the_year() -> None:
    text = "Nhà trường khai giảng cho học sinh ngày 5/9/2025. Chiều 6/9, đoàn tới thăm."
    assert dates(text, None) == [("ngày 5/9/2025", "2025-09-05"), ("Chiều 6/9", "2025-09-06")]
