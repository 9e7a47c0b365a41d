"""Forms seen on crawled pages (the real-page dev split), in sentences written for these tests.

Each class: a year standing alone in a name or a list, a month-precision page stamp that fixes the
year of the main day, a clock time alone, a relative day written before a bare date, qualified
parts of day, spaced and glued separators, a bare "ngày 23", "hôm qua" against a year-less day.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_dates import find_dates
from vndiplo_dates.parse import scan
from vndiplo_dates.reference import stamp_month

from vndiplo import Document, Runner


def dates(text: str, published: dt.date | None = None) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(Document(text, published=published))]


# -- a year standing alone ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Lãnh đạo các nền kinh tế sẽ dự Hội nghị APEC 2017 ở Đà Nẵng.", ["2017"]),
        ("Ông giới thiệu Liên hoan Festival Huế 2016 với các vị khách.", ["2016"]),
        ("Bộ Quốc phòng công bố Sách trắng Quốc phòng Việt Nam 2019 hôm đó.", ["2019"]),
        ("Hai nước đã nâng cấp quan hệ hồi 2013, mở ra giai đoạn mới.", ["2013"]),
        ("Hai bên rà soát Kế hoạch hợp tác 2019 và bàn việc sắp tới.", ["2019"]),
        ("Sách đã in vào các năm 1998, 2004 và 2009 tại Hà Nội.", ["năm 1998", "2004", "2009"]),
        ("Hội nghị bàn về các mốc 2020, 2025 hoặc 2030 của kế hoạch.", ["2020", "2025", "2030"]),
    ],
)
def test_a_year_standing_alone_is_a_year(text: str, quoted: list[str]) -> None:
    found = dates(text)
    assert [t for t, _ in found] == quoted
    assert all(value == t[-4:] for t, value in found)


@pytest.mark.parametrize(
    "text",
    [
        "Buổi lễ thu hút khoảng 2000 người tham dự.",
        "Kho chứa hơn 1950 tấn gạo cứu trợ.",
        "Mọi thắc mắc xin gọi 024 3825 2019 trong giờ hành chính.",
        "Đội bóng mặc áo số 2010 trong trận giao hữu.",
        "Nghị định số 15/2020/NĐ-CP và dịch Covid-19 được nhắc tới.",
        "Quãng đường dài 2015 km qua nhiều tỉnh.",
        "Giá niêm yết là 1999 đồng mỗi đơn vị.",
        "Mã bưu chính 2019 15 thuộc khu vực này.",
    ],
)
def test_a_count_or_a_code_is_not_a_year(text: str) -> None:
    assert dates(text) == []


def test_a_longer_reading_wins_over_the_bare_year() -> None:
    text = "Giai đoạn 2021-2025, kim ngạch đạt đỉnh vào năm 2024 và tháng 3/2023."
    assert [t for t, _ in dates(text)] == ["2021-2025", "năm 2024", "tháng 3/2023"]


def test_a_bare_year_in_the_main_sentence_does_not_fix_the_main_day() -> None:
    doc = Runner().run("Chiều 5/1, hai bộ trưởng đánh giá Kế hoạch hợp tác 2019 của hai bộ.")
    assert doc.dates[0].value == "--01-05"


@given(st.integers(1900, 2099), st.sampled_from(["APEC", "Festival", "Expo", "SEA Games"]))
def test_bare_year_round_trip(year: int, name: str) -> None:
    text = f"Việt Nam đăng cai {name} {year}, nhiều đoàn tham dự."
    ((quoted, value),) = dates(text)
    assert (quoted, value) == (str(year), str(year))


# -- a month-precision page stamp --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body", "stamp"),
    [
        ("date 2018-10 Ngày 23/10, ông A nhận chức.", "Ngày", (2018, 10)),
        ("2021-03\nSáng 2/3, hai bên ký kết.", "Sáng", (2021, 3)),
        ("Tháng 7/2019\nNgày 5/7, đoàn tới Hà Nội.", "Ngày", (2019, 7)),
        ("Tin tức\n10 năm 2015\nChiều 9/10, ...", "Chiều", (2015, 10)),
        ("date 2018-10-23 Ngày 23/10", "Ngày", None),  # a full stamp: the page date reader's
        ("Ngày 23/10, hội nghị 2018-10 bàn về", "Ngày", None),  # not before the body
    ],
)
def test_stamp_month(text: str, body: str, stamp: tuple[int, int] | None) -> None:
    assert stamp_month(text, text.index(body)) == stamp


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("date 2023-06\n\nNgày 5/6, hai bộ trưởng đã hội đàm tại Hà Nội.", "2023-06-05"),
        ("date 2025-04\n\nNgày 2/4, đoàn công tác tỉnh thăm nước bạn.", "2025-04-02"),
        # a stamp of January, an event at the end of December: the year before
        ("date 2020-01\n\nChiều 30/12, hai bên đã hội đàm tại Viêng Chăn.", "2019-12-30"),
    ],
)
def test_a_month_stamp_fixes_the_year_of_the_main_day(text: str, value: str) -> None:
    doc = Runner().run(text)
    assert doc.dates[0].value == value
    assert doc.dates[0].year_source == "context"


def test_without_a_stamp_the_day_stays_year_less() -> None:
    doc = Runner().run("Tin thế giới\n\nNgày 5/6, hai bộ trưởng đã hội đàm tại Hà Nội.")
    assert doc.dates[0].value == "--06-05"


# -- properties ----------------------------------------------------------------------------------


@given(st.text(max_size=80))
def test_any_text_scans_to_valid_offsets(text: str) -> None:
    for found in scan(text):
        assert 0 <= found.start < found.end <= len(text)
    for item in find_dates(Document(text)):
        assert text[item.start : item.end] == item.text
