"""Round-4 date classes, in sentences written for these tests (other people, places and dates
than any page): dates alone in brackets, a photo position that looks like a weekday, two days
that write their year once and fix a year-less day, and a life told year by year that names no
current year."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from vndiplo_dates import find_dates

import vndiplo
from vndiplo import Document

_RUNNER = vndiplo.Runner()


def pipeline_dates(text: str) -> list[tuple[str, str]]:
    """Dates as the pipeline reads them, with the reference date it infers from the text."""
    doc = _RUNNER.run({"id": "t", "text": text})
    return [(d.text, d.value) for d in doc.dates]


def dates(text: str, published: str | None = None) -> list[tuple[str, str]]:
    doc = Document(text, published=published)
    return [(d.text, d.value) for d in find_dates(doc)]


# -- a dash date alone in brackets --------------------------------------------------------------


def test_dash_day_month_alone_in_brackets_is_a_date() -> None:
    text = "Ở buổi tọa đàm cuối cùng (12-9), đoàn Bộ Tư pháp thăm Tòa án tối cao Mông Cổ."
    assert dates(text) == [("12-9", "--09-12")]


def test_dash_day_month_in_brackets_takes_the_page_year() -> None:
    text = "Nhân dịp kỷ niệm ngày giải phóng (30-4), hai đoàn trao đổi quà lưu niệm."
    assert dates(text, "2019-05-02") == [("30-4", "2019-04-30")]


def test_dash_month_year_alone_in_brackets_is_a_month() -> None:
    text = "Hai nước lập quan hệ ngoại giao (8-1994) và mở đại sứ quán ngay sau đó."
    assert dates(text) == [("8-1994", "1994-08")]


def test_dash_day_month_without_brackets_stays_out() -> None:
    # a bare dash pair in running text is a score, a ratio or a code as often as a date
    assert dates("Đội Cần Thơ thắng 3-1 trong trận giao hữu.") == []
    assert dates("Mã hồ sơ 6-2003 được lưu tại văn phòng.") == []


def test_score_in_brackets_after_a_quantity_word_stays_out() -> None:
    assert dates("Trận đấu kết thúc với tỷ số (2-1) nghiêng về đội khách.") == []


def test_month_year_dash_with_more_in_the_brackets_stays_out() -> None:
    assert dates("Văn bản (số 4-2011 và phụ lục) được gửi kèm.") == []


# -- a position in a photo is not a weekday ---------------------------------------------------


def test_position_from_the_left_is_not_a_weekday() -> None:
    text = "Đại sứ Hà Lan (thứ ba từ trái sang) chụp ảnh cùng lãnh đạo tỉnh Bến Tre."
    assert dates(text, "2022-03-10") == []


def test_position_on_the_right_is_not_a_weekday() -> None:
    assert dates("Ông Karimov (thứ hai, bên phải) trao quà.", "2022-03-10") == []
    assert dates("Bà Lindqvist (thứ 4 từ phải qua) phát biểu.", "2022-03-10") == []


def test_weekday_with_a_week_is_still_read() -> None:
    text = "Đoàn sẽ tới Cần Thơ vào thứ hai tuần tới."
    assert dates(text, "2022-03-10") == [("thứ hai tuần tới", "2022-03-14")]


# -- two days that write their month and year once ----------------------------------------------


def test_year_less_day_inside_two_listed_days_takes_their_year() -> None:
    text = (
        "Hôm nay (14-3), Thủ tướng Phần Lan bắt đầu thăm Việt Nam. Chuyến thăm diễn ra "
        "trong hai ngày 14 và 15-3-2011."
    )
    got = dates(text)
    assert got[0] == ("Hôm nay (14-3)", "2011-03-14")
    assert ("ngày 14", "2011-03-14") in got


def test_year_less_day_outside_the_listed_days_keeps_no_year() -> None:
    text = "Sáng 2-6, đoàn đến Đà Lạt. Hội thảo diễn ra ngày 20 và 21-9-2011."
    assert dates(text)[0] == ("Sáng 2-6", "--06-02")


# -- a life told year by year names no current year ---------------------------------------------


def test_biography_years_do_not_date_the_visit() -> None:
    text = (
        "Ngày 12/4, ông Tomás Herrera, Chủ tịch Thượng viện Uruguay, đến Hà Nội.\n"
        "Năm 2001, ông Herrera được bầu vào Thượng viện. Năm 2006, ông được bầu lại."
    )
    assert pipeline_dates(text)[0] == ("Ngày 12/4", "--04-12")


def test_one_opening_year_still_names_the_current_year() -> None:
    text = "Năm 2016, hai nước kỷ niệm quan hệ ngoại giao. Chiều 12/4, hai Bộ trưởng hội đàm."
    assert ("Chiều 12/4", "2016-04-12") in pipeline_dates(text)


# -- properties of the bracket reading ----------------------------------------------------------


@given(st.integers(1, 28), st.integers(1, 12), st.text(max_size=30))
def test_bracketed_dash_dates_quote_the_text(day: int, month: int, tail: str) -> None:
    text = f"Buổi gặp thứ nhất ({day}-{month}){tail}"
    doc = Document(text)
    for found in find_dates(doc):
        assert text[found.start : found.end] == found.text
    assert f"{day}-{month}" in [d.text for d in find_dates(doc)] or tail[:1].isalnum()


@given(st.text(alphabet="()-0123456789 thứhaibatráiphải,", max_size=60))
def test_bracket_and_side_soup_never_crashes(text: str) -> None:
    doc = Document(text, published="2020-05-05")
    first = [(d.start, d.end, d.value) for d in find_dates(doc)]
    again = [(d.start, d.end, d.value) for d in find_dates(Document(text, published="2020-05-05"))]
    assert first == again
    for start, end, _ in first:
        assert 0 <= start < end <= len(text)
