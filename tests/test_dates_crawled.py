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


# -- a clock time alone -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "quoted", "value"),
    [
        # the day the text is at: the last reported day
        (
            "Sáng 3-2-2011, đoàn tới Viêng Chăn. Đoàn vào Phủ Chủ tịch lúc 10 giờ sáng và hội đàm.",
            None,
            "lúc 10 giờ sáng",
            "2011-02-03T10:00",
        ),
        # no date before it: the page's date
        (
            "Đoàn xe tới Phủ Chủ tịch vào khoảng 7h40, sau đó lễ đón bắt đầu.",
            dt.date(2016, 5, 23),
            "7h40",
            "2016-05-23T07:40",
        ),
        (
            "Hai bên ký kết lúc 15 giờ 15 phút.",
            dt.date(2024, 3, 1),
            "lúc 15 giờ 15 phút",
            "2024-03-01T15:15",
        ),
        (
            "Buổi tiệc bắt đầu lúc 7 giờ tối.",
            dt.date(2024, 3, 1),
            "lúc 7 giờ tối",
            "2024-03-01T19:00",
        ),
        # "cùng ngày" after the time: the time on the reported day
        (
            "Lúc 9 giờ sáng 20-5 giờ Paris (14 giờ 10 phút cùng ngày giờ Hà Nội), lễ ký bắt đầu.",
            None,
            "14 giờ 10 phút cùng ngày",
            "--05-20T14:10",
        ),
    ],
)
def test_a_clock_time_alone_is_on_the_day_the_text_is_at(
    text: str, published: dt.date | None, quoted: str, value: str
) -> None:
    found = dict(dates(text, published))
    assert found[quoted] == value


@pytest.mark.parametrize(
    "text",
    [
        "Cuộc hội đàm kéo dài 2 giờ 30 phút trong không khí thân mật.",
        "Trong 24 giờ qua, mưa lớn kéo dài ở nhiều nơi.",
        "Sau 3 giờ thảo luận, hai bên đạt đồng thuận.",
        "Hai bên họp khoảng 2 giờ.",
        "Bây giờ hai bên cần tăng cường hợp tác, bao giờ cũng vậy.",
        "Đoàn nghỉ 2 giờ rồi đi tiếp.",
    ],
)
def test_a_duration_in_hours_is_not_a_time(text: str) -> None:
    assert dates(text, dt.date(2024, 3, 1)) == []


def test_a_clock_time_without_any_day_is_left_out() -> None:
    assert dates("Đoàn tới lúc 8h30 và rời đi lúc 11 giờ trưa.") == []


def test_a_time_before_a_date_is_one_expression() -> None:
    assert dates("Lúc 9 giờ sáng ngày 12 tháng 5, đoàn tới.", dt.date(2025, 5, 20)) == [
        ("Lúc 9 giờ sáng ngày 12 tháng 5", "2025-05-12T09:00")
    ]


@given(st.integers(0, 23), st.integers(0, 59), st.dates(dt.date(1990, 1, 1), dt.date(2090, 1, 1)))
def test_clock_round_trip(hour: int, minute: int, day: dt.date) -> None:
    text = f"Lễ đón bắt đầu lúc {hour}h{minute:02d}, hai bên sau đó hội đàm."
    assert dates(text, day) == [
        (f"lúc {hour}h{minute:02d}", f"{day.isoformat()}T{hour:02d}:{minute:02d}")
    ]


# -- a relative day written before its date ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Sáng nay 3/6, hai bên ký kết.", "Sáng nay 3/6", "2024-06-03"),
        ("Chiều nay 3.6, Thủ tướng tiếp Đại sứ.", "Chiều nay 3.6", "2024-06-03"),
        ("Ngày mai 4/6, đoàn sẽ thăm Huế.", "Ngày mai 4/6", "2024-06-04"),
        ("Hôm nay 3/6, hội nghị khai mạc.", "Hôm nay 3/6", "2024-06-03"),
    ],
)
def test_a_relative_day_before_a_bare_date_is_one_expression(
    text: str, quoted: str, value: str
) -> None:
    assert dates(text, dt.date(2024, 6, 3)) == [(quoted, value)]


def test_a_relative_day_before_a_bare_date_fixes_the_writing_day() -> None:
    text = "Sáng nay 14/9, hai bên hội đàm. Đoàn đã tới Hà Nội hôm qua."
    assert dates(text) == [("Sáng nay 14/9", "--09-14"), ("hôm qua", "--09-13")]


def test_a_bare_qua_does_not_join_a_bare_date() -> None:
    # "qua" alone is as often "through" ("thông qua 2/3 số phiếu"): no day is read into it
    found = dates("Dự luật được thông qua 2/3 số phiếu.", dt.date(2024, 6, 3))
    assert all("qua" not in quoted for quoted, _ in found)


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        # a part of day before "qua" makes it "yesterday": the date after it is that day
        ("Chiều qua 2/6, hai bên ký kết.", "Chiều qua 2/6", "2024-06-02"),
        ("Tối qua 2.6, tại Đà Lạt, hai bên ký kết.", "Tối qua 2.6", "2024-06-02"),
    ],
)
def test_a_part_of_day_qua_joins_a_bare_date(text: str, quoted: str, value: str) -> None:
    assert dates(text, dt.date(2024, 6, 3)) == [(quoted, value)]


@given(st.dates(dt.date(1990, 1, 1), dt.date(2090, 1, 1)), st.sampled_from(["Sáng", "Tối"]))
def test_part_of_day_qua_before_date_round_trip(day: dt.date, pod: str) -> None:
    phrase = f"{pod} qua {day.day}.{day.month}"
    written = day + dt.timedelta(days=1)
    assert dates(f"{phrase}, hai bên hội đàm.", written) == [(phrase, day.isoformat())]


@given(st.dates(dt.date(1990, 1, 1), dt.date(2090, 1, 1)), st.sampled_from(["Sáng", "Chiều"]))
def test_relative_before_date_round_trip(day: dt.date, pod: str) -> None:
    phrase = f"{pod} nay {day.day}/{day.month}"
    assert dates(f"{phrase}, hai bên hội đàm.", day) == [(phrase, day.isoformat())]


# -- qualified parts of day, "hôm" before a weekday ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "part"),
    [
        (
            "Cuối giờ chiều 15/6, tại Nhà Quốc hội, hai bên gặp mặt.",
            "Cuối giờ chiều 15/6",
            "afternoon",
        ),
        ("Đầu giờ sáng 2/3, đoàn tới Hà Nội.", "Đầu giờ sáng 2/3", "morning"),
        ("Vào buổi tối ngày 5/7, hai bên dự tiệc.", "buổi tối ngày 5/7", "evening"),
        (
            "Vào buổi chiều thứ năm, ngày 8 tháng 12 năm 2005, hai bên ký kết.",
            "buổi chiều thứ năm, ngày 8 tháng 12 năm 2005",
            "afternoon",
        ),
        (
            "Ông tới hôm thứ ba, mùng 6 tháng 12 năm 2005.",
            "hôm thứ ba, mùng 6 tháng 12 năm 2005",
            None,
        ),
    ],
)
def test_qualified_parts_of_day(text: str, quoted: str, part: str | None) -> None:
    (found,) = find_dates(Document(text, published=dt.date(2024, 7, 10)))
    assert (found.text, found.part_of_day) == (quoted, part)


# -- spaced and glued separators, outlet datelines, holiday names ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tối 24- 4-2010, ông A tiếp đoàn.", [("Tối 24- 4-2010", "2010-04-24")]),
        ("Sáng 3. 5.2012, hai bên ký kết.", [("Sáng 3. 5.2012", "2012-05-03")]),
        ("Chiều 9-11tại Hà Nội, Bộ trưởng tiếp đoàn.", [("Chiều 9-11", "2015-11-09")]),
        # a spaced dash with no year is a span's, a glued word after a bare date a measure
        ("Hội chợ từ ngày 8- 10/9 tại Hà Nội.", [("từ ngày 8- 10/9", "2015-09-08/2015-09-10")]),
        ("Xe chở ngày 2-3km đường.", []),
        ("Ngày 2-3kg hàng.", []),
        # the outlet's dateline is the page's stamp, not the story's date
        ("VOA\nVOA, 24/06/2008 Tổng thống gặp Thủ tướng.", []),
        ("Ngày 24/06/2008, Tổng thống gặp Thủ tướng.", [("Ngày 24/06/2008", "2008-06-24")]),
        # a holiday's name, not a date; with "ngày" it is one
        ("Chủ tịch dự Lễ kỷ niệm Quốc khánh 2/9 của Việt Nam.", []),
        ("Chủ tịch dự lễ mừng ngày 2/9 tại Hà Nội.", [("ngày 2/9", "2015-09-02")]),
        # "cách nay gần hai tháng qua thư mời": "qua" is "through"
        ("Buổi tiếp đã được sắp xếp cách nay gần hai tháng qua một công hàm.", []),
        # an open start quotes no "Từ" (README round 7 AH5)
        ("Từ đầu năm 2012, hai bên đã gặp ba lần.", [("đầu năm 2012", "2012")]),
        ("Hai bên hợp tác từ năm 2017.", [("năm 2017", "2017")]),
    ],
)
def test_separators_datelines_and_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text, dt.date(2015, 11, 10)) == expected


@given(st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)), st.sampled_from("-./"))
def test_spaced_separator_round_trip(day: dt.date, sep: str) -> None:
    phrase = f"Tối {day.day}{sep} {day.month}{sep}{day.year}"
    assert dates(f"{phrase}, hai bên gặp nhau.") == [(phrase, day.isoformat())]


# -- a day alone, "hôm qua" against a year-less day ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the page's month
        (
            "Khi hội kiến tại Bắc Kinh ngày 23 , Chủ tịch nói.",
            dt.date(2006, 8, 23),
            [("ngày 23", "2006-08-23")],
        ),
        (
            "Hai bên đã gặp tại Hà Nội ngày 21, rồi cùng tới Huế.",
            dt.date(2006, 8, 23),
            [("ngày 21", "2006-08-21")],
        ),
        # a day after the page's: the month before
        (
            "Hai bên đã gặp ngày 28, rồi cùng tới Huế.",
            dt.date(2006, 8, 3),
            [("ngày 28", "2006-07-28")],
        ),
        # the month of the date before it
        (
            "Sáng 20/5/2009, đoàn tới Tokyo. Hai bên hội đàm ngày 21, rồi ký kết.",
            None,
            [("Sáng 20/5/2009", "2009-05-20"), ("ngày 21", "2009-05-21")],
        ),
        # counts and ordinals are not days
        ("Mỗi ngày 2, 3 chuyến bay cất cánh.", dt.date(2006, 8, 23), []),
        ("Trong ngày 2, các đại biểu thảo luận.", dt.date(2006, 8, 23), []),
        # nothing to fix its month
        ("Hai bên gặp tại Hà Nội ngày 21, rồi tới Huế.", None, []),
    ],
)
def test_a_day_alone_takes_the_month_the_text_is_at(
    text: str, published: dt.date | None, expected: list[tuple[str, str]]
) -> None:
    assert dates(text, published) == expected


def test_yesterday_against_a_year_less_writing_day() -> None:
    text = "Hôm nay (25/11), hai bên điện đàm. Ông cũng vừa điện đàm với Chủ tịch vào hôm qua."
    assert dates(text) == [("Hôm nay (25/11)", "--11-25"), ("hôm qua", "--11-24")]


def test_yesterday_without_any_writing_day_is_left_out() -> None:
    assert dates("Ông cũng vừa điện đàm với Chủ tịch vào hôm qua.") == []


@given(st.dates(dt.date(1901, 1, 2), dt.date(2098, 12, 30)), st.integers(0, 1))
def test_day_alone_round_trip(published: dt.date, back: int) -> None:
    day = published - dt.timedelta(days=back)
    text = f"Hai bên đã gặp tại Hà Nội ngày {day.day}, rồi cùng tới Huế."
    assert dates(text, published) == [(f"ngày {day.day}", day.isoformat())]


@given(
    st.integers(1700, 2099),
    st.integers(1, 12),
    st.sampled_from(["date {y}-{m:02d}", "{y}-{m:02d}", "Tháng {m}/{y}", "tháng {m} năm {y}"]),
)
def test_stamp_month_round_trip(year: int, month: int, form: str) -> None:
    text = form.format(y=year, m=month) + "\nNgày 3/4, hai bên hội đàm."
    assert stamp_month(text, text.index("Ngày")) == (year, month)


# -- properties ----------------------------------------------------------------------------------


@given(st.text(max_size=80))
def test_any_text_scans_to_valid_offsets(text: str) -> None:
    for found in scan(text):
        assert 0 <= found.start < found.end <= len(text)
    for item in find_dates(Document(text)):
        assert text[item.start : item.end] == item.text
