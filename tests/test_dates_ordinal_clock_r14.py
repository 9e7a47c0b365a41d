"""Round 14 date classes, in invented sentences (other leaders, places, years and outlets).

1. An ordinal "thứ hai" attached to a noun is no weekday, whatever the date after it: "ngày làm
   việc thứ hai (14/5)", "buổi hội thảo thứ ba, 15/5", "lần gặp thứ tư (ngày 16/5)". A weekday
   follows a time word or opens its clause ("Chiều thứ Hai (13/5)", "vào thứ Ba (14/5)",
   "Hà Nội, thứ Sáu 17/5").
2. A clock before a bare relative day is one expression, a datetime on that day: "11h30'
   hôm qua (19/5)", "9 giờ sáng hôm qua", "20h hôm nay", "7 giờ 15 phút ngày mai".
3. A sentence that refers back to an act ("Buổi tiếp diễn ra vào ngày 15/5") has the tense of the
   sentence that reported the act: its year-less day is resolved as that sentence's would be.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vndiplo

STAMP = "2024-05-20"


def dates(text: str, published: str | None = STAMP) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in vndiplo.extract(text, published=published).dates]


# -- 1. an ordinal attached to a noun is no weekday ------------------------------------------

ORDINALS = [
    # the dev shape: a working day counted, the date in brackets
    ("Trong ngày làm việc thứ hai (14/5) tại Hà Nội, Thủ tướng Ba Lan gặp sinh viên.", "14/5"),
    # a comma and no brackets
    ("Ngày làm việc thứ ba, 15/5, đoàn thăm tỉnh Quảng Ninh.", "15/5"),
    # another noun, the date right after it
    ("Trong buổi hội thảo thứ hai 14/5, hai bên ký biên bản ghi nhớ.", "14/5"),
    # a digit ordinal, "ngày" inside the bracket
    ("Tại phiên thảo luận thứ 3 (ngày 16/5), Đại sứ Chile phát biểu.", "ngày 16/5"),
    # the day of a trip counted with "của"
    ("Ngày thứ tư của chuyến thăm, 16/5, Tổng thống Kenya tới Huế.", "16/5"),
    # a meeting counted
    ("Cuộc gặp thứ hai (ngày 12/5) giữa hai Ngoại trưởng diễn ra tại Viêng Chăn.", "ngày 12/5"),
]


@pytest.mark.parametrize(("text", "quoted"), ORDINALS)
def test_an_ordinal_after_a_noun_is_no_weekday(text: str, quoted: str) -> None:
    assert [q for q, _ in dates(text)] == [quoted]


WEEKDAYS = [
    ("Chiều thứ Hai (13/5), Chủ tịch nước tiếp Đại sứ Peru.", "Chiều thứ Hai (13/5)"),
    ("Hội nghị khai mạc vào thứ Ba (14/5) tại Hà Nội.", "thứ Ba (14/5)"),
    ("Hôm thứ tư, 15/5, Bộ trưởng Ngoại giao Ai Cập tới Hà Nội.", "Hôm thứ tư, 15/5"),
    ("Thứ Năm (16/5), hai bên ký kết thỏa thuận.", "Thứ Năm (16/5)"),
    # after a name the weekday dates the clause
    ("Ngoại trưởng gặp Tổng thống Chile Rafael Soto thứ ba (14/5).", "thứ ba (14/5)"),
    # a hyphenated name, and a weekday's capitalised name after a verb
    ("Bộ trưởng hội đàm với Ngoại trưởng Kim Min-jae thứ sáu (17/5).", "thứ sáu (17/5)"),
    ("Phát biểu thứ Hai, 13/5, Đại sứ Pháp nhấn mạnh hợp tác.", "thứ Hai, 13/5"),
]


@pytest.mark.parametrize(("text", "quoted"), WEEKDAYS)
def test_a_weekday_after_a_time_word_or_opening_its_clause_stays(text: str, quoted: str) -> None:
    assert [q for q, _ in dates(text)] == [quoted]


# -- 2. a clock before a bare relative day -----------------------------------------------------

CLOCKS = [
    (
        "Lúc 11h30' hôm qua (19/5), đoàn đến sân bay Nội Bài.",
        "11h30' hôm qua (19/5)",
        "2024-05-19T11:30",
    ),
    (
        "Lúc 11h30 hôm qua (19/5), đoàn đến sân bay Nội Bài.",
        "11h30 hôm qua (19/5)",
        "2024-05-19T11:30",
    ),
    ("Vào 9 giờ sáng hôm qua, đoàn đến Đà Nẵng.", "9 giờ sáng hôm qua", "2024-05-19T09:00"),
    ("Khoảng 20h hôm nay, Tổng thống Ghana sẽ tới Hà Nội.", "20h hôm nay", "2024-05-20T20:00"),
    ("Đúng 7 giờ 15 phút ngày mai, lễ đón bắt đầu.", "7 giờ 15 phút ngày mai", "2024-05-21T07:15"),
    ("Lúc 14h ngày hôm qua, hai bên điện đàm.", "Lúc 14h ngày hôm qua", "2024-05-19T14:00"),
]


@pytest.mark.parametrize(("text", "quoted", "value"), CLOCKS)
def test_a_clock_before_a_bare_relative_day_is_one_datetime(
    text: str, quoted: str, value: str
) -> None:
    assert (quoted, value) in dates(text)


def test_a_duration_before_a_relative_day_stays_apart() -> None:
    # "trong 2 giờ": a duration, not a clock
    got = dates("Hai bên hội đàm trong 2 giờ hôm qua tại Hà Nội.")
    assert ("hôm qua", "2024-05-19") in got


# -- 3. a back-referring sentence takes the tense of the act it refers to -----------------------

BACK = [
    # past act, date after the stamp's month: last year's
    ("A đã tiếp B tại Hà Nội. Buổi tiếp diễn ra vào ngày 15/5 tại Phủ Chủ tịch.", "2018-05-15"),
    ("Bộ trưởng X vừa hội đàm với Bộ trưởng Y. Cuộc hội đàm được tổ chức ngày 15/5.", "2018-05-15"),
    # a plan: the same words stay in the stamp's year
    ("Tổng thống D sẽ thăm Việt Nam. Chuyến thăm diễn ra vào ngày 15/5.", "2019-05-15"),
]


@pytest.mark.parametrize(("text", "value"), BACK)
def test_a_back_reference_takes_the_tense_of_the_act(text: str, value: str) -> None:
    assert [v for _, v in dates(text, "2019-03-20")] == [value]


@given(st.sampled_from(["thứ hai", "thứ Ba", "thứ 4"]), st.text(max_size=30))
def test_ordinal_and_weekday_offsets_are_valid(word: str, noise: str) -> None:
    text = f"{noise} ngày làm việc {word} (14/5) {noise} 11h30' hôm qua (19/5)"
    for d in vndiplo.extract(text, published=STAMP).dates:
        assert 0 <= d.start < d.end <= len(text)
