"""Round-6 date-list constructions, each in invented words, with the near misses that must not
change:

* minutes marked with a prime or an apostrophe ("9h45’", "7h5'") belong to the clock time, and
  the clock, its part of day and its day are one expression ("9h45’ sáng 14/3", "20h10’ cùng
  ngày", "7h5’, chiều 2.4");
* English-style clocks ("10AM", "4 pm", "15:45") are clock times next to a day or alone after a
  word that places a moment ("đúng", "đến", "thành", "lúc"); a ratio or a verse number is none;
* a bare "2/3" right before the noun it is a share of ("2/3 số đại biểu", "1/4 diện tích") is no
  date; "ngày 1/4", "(1/4)" and "1/4, tại ..." still are;
* a year inside a named year or a festival ("Năm Du lịch Quốc gia 2023", "Xuân Quý Mão 2023")
  is quoted as the bare year; "năm Quý Mão 2023" keeps its lunar name;
* "ngày 5 và 6 tháng 8": the second listed day is a date too (not "six months").
"""

from __future__ import annotations

import datetime as dt

import pytest
from vndiplo_dates import find_dates

from vndiplo import Document

REF = dt.date(2023, 8, 20)


def dates(text: str, published: dt.date | None = REF) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(Document(text, published=published))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đúng 9h45’ sáng 14/3, đoàn của tỉnh Kon Tum tới Viêng Chăn.",
            [("9h45’ sáng 14/3", "2023-03-14T09:45")],
        ),
        (
            "Lúc 9h45' sáng 14/3 (tức 10h45’ cùng ngày giờ Tokyo), đoàn tới nơi.",
            [("Lúc 9h45' sáng 14/3", "2023-03-14T09:45"), ("10h45’ cùng ngày", "2023-03-14T10:45")],
        ),
        (
            "Chiều 2/4, hai bên hội đàm; 20h10’ cùng ngày, đoàn rời Hà Nội.",
            [("Chiều 2/4", "2023-04-02"), ("20h10’ cùng ngày", "2023-04-02T20:10")],
        ),
        ("Vào 7h5’, chiều 2.4, lễ ký diễn ra.", [("7h5’, chiều 2.4", "2023-04-02T19:05")]),
        ("Khoảng 7h5′ ngày 2/4 đoàn tới.", [("7h5′ ngày 2/4", "2023-04-02T07:05")]),
    ],
)
def test_minutes_with_a_prime_belong_to_the_clock(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chúng tôi có mặt đúng 10AM như lời mời.", [("10AM", "2023-08-20T10:00")]),
        ("Buổi gặp dời lại thành 15:45 vì mưa.", [("15:45", "2023-08-20T15:45")]),
        ("Đến 15:45 mọi người mới tới đủ.", [("15:45", "2023-08-20T15:45")]),
        ("Lúc 4 pm ngày 18/8, Đại sứ gặp sinh viên.", [("Lúc 4 pm ngày 18/8", "2023-08-18T16:00")]),
        ("Vào 12 AM ngày 18/8 tàu cập cảng.", [("12 AM ngày 18/8", "2023-08-18T00:00")]),
        (
            "Lúc 15:45 ngày 18/8, Đại sứ gặp sinh viên.",
            [("Lúc 15:45 ngày 18/8", "2023-08-18T15:45")],
        ),
        ("Lễ bắt đầu lúc 8 giờ 15, ngày 18/8.", [("lúc 8 giờ 15, ngày 18/8", "2023-08-18T08:15")]),
    ],
)
def test_english_style_clocks_are_clock_times(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bản vẽ theo tỷ lệ 1:50 được trình lên hội đồng.",
        "Sách Ru-tơ 2:12 được đọc trong buổi lễ.",
        "Ông am hiểu văn hóa Lào.",
        "Lúc 15PM trời mưa to.",  # no such hour
        "Cả đội về nhì với tỷ số 2:10.",
    ],
)
def test_ratios_verses_and_words_are_no_clock(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gần 2/3 số đại biểu tán thành.",
        "Chưa tới 1/4 diện tích rừng được trồng lại.",
        "Có 2/3 dân số sống ở nông thôn.",
        "Khoảng 3/5 trong số họ là nữ.",
        "Hơn 1/3 các thành viên vắng mặt.",
    ],
)
def test_a_share_before_its_noun_is_no_date(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Ngày 1/4 số khách tới Huế tăng mạnh.", "Ngày 1/4"),
        ("Buổi lễ (1/4) thu hút đông người.", "1/4"),
        ("Đoàn tới Huế 1/4, tại đó ông gặp lãnh đạo tỉnh.", "1/4"),
        ("Sáng 1/4 các đại biểu làm việc tại tỉnh.", "Sáng 1/4"),
    ],
)
def test_a_real_day_before_a_noun_is_still_a_date(text: str, quoted: str) -> None:
    assert [t for t, _ in dates(text)] == [quoted]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nhân dịp Xuân Quý Mão 2023, đoàn tới chúc Tết.", [("2023", "2023")]),
        ("Đón Tết Quý Mão 2023 cùng kiều bào.", [("2023", "2023")]),
        ("Trong Năm Du lịch Quốc gia 2023, tỉnh đón nhiều khách.", [("2023", "2023")]),
        ("Trên cương vị Năm Chủ tịch AIPA 2023, Quốc hội chủ trì.", [("2023", "2023")]),
        ("Bước sang năm Quý Mão 2023, cả nước vui Tết.", [("năm Quý Mão 2023", "2023")]),
        ("Chúc mừng Xuân Quý Mão 2024.", [("2024", "2024")]),  # a misread name: the year alone
    ],
)
def test_a_year_inside_a_name_is_quoted_bare(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


def test_a_named_year_still_ties_the_page_to_its_year() -> None:
    from vndiplo import Runner

    doc = Runner().run(
        {"id": "n", "text": "Tin\n\nNhân dịp Xuân Quý Mão 2023, chiều 20/1 đoàn tới chúc Tết."}
    )
    assert [(d.text, d.value) for d in doc.dates] == [
        ("2023", "2023"),
        ("chiều 20/1", "2023-01-20"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngày 5 và 6 tháng 8, đoàn làm việc tại Lào Cai.",
            [("Ngày 5", "2023-08-05"), ("6 tháng 8", "2023-08-06")],
        ),
        (
            "Trong hai ngày 5 và 6 tháng 8 năm 2022, đoàn làm việc.",
            [("ngày 5", "2022-08-05"), ("6 tháng 8 năm 2022", "2022-08-06")],
        ),
        (
            "Hôm 5 hoặc 6 tháng 8 đoàn đã tới.",
            [("Hôm 5", "2023-08-05"), ("6 tháng 8", "2023-08-06")],
        ),
        ("Ngày 16 và 17/8, đoàn họp.", [("Ngày 16", "2023-08-16"), ("17/8", "2023-08-17")]),
    ],
)
def test_the_second_listed_day_with_a_month_in_words(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sau 6 tháng 8 ngày, công trình hoàn thành.",
        "Cả 5 và 6 tháng 8 lần thử đều thất bại.",
    ],
)
def test_a_count_of_months_is_no_listed_day(text: str) -> None:
    assert all("tháng 8" not in t for t, _ in dates(text))
