"""Round-8 date classes, each with variants other outlets would write and near misses that must
still read as dates (all sentences invented):

* a day that names a street, square, park or bridge ("đường 3/2", "Quảng trường 30/4") is the
  place's name, not a date, as "Quốc khánh 2/9" names the holiday;
* a typo that runs the month into the year ("Ngày 24/112013") reads as the separated date
  (README round 7, AH3), after a date word only;
* "năm mới 2026" (the new year, by number) is a year quoted with its words;
* a date word that ends a hard-wrapped line ("kể từ ngày" / "15 tháng 8 năm 2023") opens the
  date on the next body line.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_dates import _wrapped_lead, find_dates
from vndiplo_dates.glued_year import glued_year
from vndiplo_dates.patterns import GLUED_YEAR

from vndiplo import Document, extract
from vndiplo.model import Block
from vndiplo.testing.core import unicode_texts


def _dates(sentence: str) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in extract(sentence).dates]


@pytest.mark.parametrize(
    "sentence",
    [
        "Văn phòng đại diện đặt tại số 8 đường 3/2, quận 10, TP Hồ Chí Minh.",
        "Lễ mít tinh được tổ chức tại Quảng trường 30/4 của tỉnh Bình Phước.",
        "Khách sạn của đoàn nằm trên phố 19/5, quận Hà Đông.",
        "Đoàn dạo bộ ở Công viên 29/3 trước khi rời Đà Nẵng.",
        "Trụ sở tỉnh nằm trên Đại lộ 30/4, thành phố Thủ Dầu Một.",
        "Đường 2/9 được trang trí cờ hoa đón đoàn Lào.",
        "Đoàn đi qua cầu 2/9 rồi vào trung tâm thành phố.",
    ],
)
def test_a_day_naming_a_street_or_square_is_no_date(sentence: str) -> None:
    assert _dates(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Đoàn lên đường 12/5 để sang Viêng Chăn.", "12/5"),  # sets off on a day
        ("Ông cho biết thành phố 14/3 đã đón hai đoàn khách.", "14/3"),  # the city, its day
        ("Trên đường về nước ngày 2/9, Chủ tịch dừng chân tại Singapore.", "ngày 2/9"),
        ("Đoàn viên 5/6 đã lên đường.", "5/6"),  # "viên" without "công": no park
    ],
)
def test_near_misses_of_street_days_stay_dates(sentence: str, phrase: str) -> None:
    assert [text for text, _ in _dates(sentence)] == [phrase]


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("Ngày 24/112013, đoàn thanh niên Hòa Bình sang Vân Nam.", "Ngày 24/112013", "2013-11-24"),
        (
            "Thủ tướng Ba Lan thăm Việt Nam từ ngày 5-7/42015.",
            "từ ngày 5-7/42015",
            "2015-04-05/2015-04-07",
        ),
        ("Sáng 3.92019, Bộ trưởng tiếp Đại sứ Chile.", "Sáng 3.92019", "2019-09-03"),
        ("Hai bên gặp nhau hôm 1/12020 tại Viêng Chăn.", "hôm 1/12020", "2020-01-01"),
        ("Hội nghị khai mạc từ ngày 12/62024 tại Huế.", "ngày 12/62024", "2024-06-12"),
        ("Chiều ngày 30-42018, đoàn rời Hà Nội.", "Chiều ngày 30-42018", "2018-04-30"),
    ],
)
def test_a_month_run_into_its_year_is_read(sentence: str, phrase: str, value: str) -> None:
    assert _dates(sentence) == [(phrase, value)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hồ sơ số 24/112013 được lưu tại Văn phòng.",  # no date word: a number
        "Ngày 31/22020 đoàn tới.",  # no 31 February
        "Tổng kim ngạch đạt 12/112013 tấn.",
    ],
)
def test_glued_digits_without_a_date_word_or_a_valid_day_are_no_date(sentence: str) -> None:
    assert _dates(sentence) == []


def test_a_separated_date_is_read_as_before() -> None:
    assert _dates("Ngày 24/11/2013, đoàn tới Liễu Châu.") == [("Ngày 24/11/2013", "2013-11-24")]


@given(st.dates(dt.date(1950, 1, 1), dt.date(2049, 12, 31)), st.sampled_from(["/", "-", "."]))
def test_glued_reads_as_separated(day: dt.date, sep: str) -> None:
    glued = _dates(f"Ngày {day.day}{sep}{day.month}{day.year}, hai bên ký kết.")
    spaced = _dates(f"Ngày {day.day}{sep}{day.month}{sep}{day.year}, hai bên ký kết.")
    assert [value for _, value in glued] == [value for _, value in spaced]


@given(unicode_texts())
def test_glued_year_handler_never_crashes_and_stays_in_its_match(text: str) -> None:
    for match in GLUED_YEAR.finditer(text):
        found = glued_year(match, text)
        if found is not None:
            assert match.start() <= found.start < found.end <= match.end()
    for d in find_dates(Document(text)):
        assert text[d.start : d.end] == d.text


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Nhân dịp đầu năm mới 2026, ông Bun chúc Tết Đảng bộ thành phố.", "đầu năm mới 2026"),
        ("Chào đón năm mới 2025, hai tỉnh trao đổi thư chúc mừng.", "năm mới 2025"),
        ("Dịp Xuân mới 2024, đoàn đến thăm tỉnh bạn.", "Xuân mới 2024"),
        ("Nhân dịp Tết năm mới 2023, Đại sứ gửi lời chúc.", "năm mới 2023"),
    ],
)
def test_the_new_year_by_its_number_is_a_year(sentence: str, phrase: str) -> None:
    (found,) = _dates(sentence)
    assert found == (phrase, phrase[-4:])


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm mới tới gần, hai bên trao quà.",  # no number: not "năm tới"
        "Hai bên chúc nhau năm mới an khang.",
        "Ông chúc năm mới 2000 người dân sức khỏe.",  # a count after the greeting
    ],
)
def test_new_year_without_its_number_is_no_date(sentence: str) -> None:
    assert _dates(sentence) == []


def _lines(lines: list[tuple[str, str]]) -> Document:
    """A hard-wrapped page: one block per line, each with its kind."""
    text = "\n".join(line for _kind, line in lines)
    blocks, at = [], 0
    for kind, line in lines:
        blocks.append(Block(at, at + len(line), kind))
        at += len(line) + 1
    return attrs.evolve(Document(text), blocks=blocks)


@pytest.mark.parametrize(
    ("first", "second", "phrase", "value"),
    [
        (
            "Quyết định có hiệu lực kể từ ngày",
            "15 tháng 8 năm 2023.",
            "ngày\n15 tháng 8 năm 2023",
            "2023-08-15",
        ),
        (
            "Đoàn tới Sê Kông vào sáng",
            "12/3/2024, bắt đầu chuyến thăm.",
            "sáng\n12/3/2024",
            "2024-03-12",
        ),
        ("Hai bên đã ký biên bản hôm", "20-7-2022 tại Viêng Chăn.", "hôm\n20-7-2022", "2022-07-20"),
        ("Ngày", "3/5/2024, Giám đốc Sở tiếp Tổng lãnh sự.", "Ngày\n3/5/2024", "2024-05-03"),
        (
            "Tiếp đó, chiều ngày",
            "9.10.2021, đoàn làm việc với tỉnh.",
            "chiều ngày\n9.10.2021",
            "2021-10-09",
        ),
    ],
)
def test_a_date_word_ending_the_line_before_opens_the_date(
    first: str, second: str, phrase: str, value: str
) -> None:
    dates = find_dates(_lines([("body", first), ("body", second)]))
    assert [(d.text, d.value) for d in dates] == [(phrase, value)]


def test_a_date_word_in_a_dropped_line_is_not_pulled_in() -> None:
    dates = find_dates(_lines([("boilerplate", "Ngày"), ("body", "3/5/2024, Sở tiếp đoàn.")]))
    assert [d.text for d in dates] == ["3/5/2024"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Đoàn thăm Lào trong ngày", "12 đoàn viên được khen thưởng."),  # no date after it
        ("Tin cập nhật hằng ngày", "Số 12/2019 của tạp chí."),  # a number, not a day
    ],
)
def test_a_wrapped_date_word_before_no_date_adds_nothing(first: str, second: str) -> None:
    assert find_dates(_lines([("body", first), ("body", second)])) == []


def test_a_wrapped_date_after_a_blank_line_stays_apart() -> None:
    text = "Ngày\n\n3/5/2024, Sở tiếp đoàn."
    doc = attrs.evolve(Document(text), blocks=[Block(0, 4, "body"), Block(6, len(text), "body")])
    assert [d.text for d in find_dates(doc)] == ["3/5/2024"]


@given(unicode_texts(), st.integers(min_value=0, max_value=200))
def test_wrapped_lead_starts_at_or_shortly_before_the_block(text: str, at: int) -> None:
    start = min(at, len(text))
    lead = _wrapped_lead(text, start)
    assert start - 20 <= lead <= start
    assert lead == start or "\n" in text[lead:start]
