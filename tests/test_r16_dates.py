"""Dates nothing on the page places, and day spans that cross a month (round 16), in invented
sentences.

The family:

* A relative date with no stamp to count from ("Sáng hôm nay", "chiều qua", "hôm thứ Tư",
  "tuần trước", "năm ngoái", "năm tới", "từ hôm nay đến ngày 20-10") has no ISO 8601 value, and
  the output contract gives every listed date one: it stays out of ``dates`` (the real-page gold
  lists it with value null: a known gap kept for the contract), and the event keeps its part of
  day. Under a stamp the same phrases keep their values; counted periods ("5 ngày qua", "2 năm
  trước") stay out either way (README round 9 #2).
* A month or quarter of this year with no stamp keeps its part ("tháng 10 năm nay" ``--10``,
  round 12 #4 BF01a; "quý II năm nay" ``--04/--06`` as "quý II", round 11 #6); last year's month
  has no value and stays out.
* "từ ngày D1 đến D2/M" with D1 > D2 starts in the month before (README round 15, backward
  spans), with a dash or a word, with or without a year.
* A lone weekday after "và"/"hoặc" is a day only when a day stands before the conjunction ("thứ
  Hai và thứ Ba"); "đứng đầu về A và thứ 2 về B" ranks. A Sunday right after "lễ" names a
  service ("Thánh lễ Chúa nhật"), no date.
* "8g" before its part of day is a clock ("lúc 8g sáng"), a year word ending a hard-wrapped line
  is quoted with its year ("Năm" / "2016"), and an opening career year ("Năm 2013, ... ông được
  bổ nhiệm") ties no page that runs a later period up to now ("Từ tháng 9/2018 đến nay").
"""

from __future__ import annotations

import json

import pytest

import vndiplo
from vndiplo import Document


def listed(text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in vndiplo.extract(text, published=published).dates]


# -- relative dates with no stamp: listed, value None ---------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "part"),
    [
        (
            "Sáng hôm nay, Đại sứ Pê-đrô Lát-xa đã đến thăm Hòa thượng Thích Minh Tâm.",
            "Sáng hôm nay",
            "morning",
        ),
        (
            "Chủ tịch Quốc hội Trần Văn Hải chiều qua đã hội đàm với Chủ tịch Thượng viện Chile.",
            "chiều qua",
            "afternoon",
        ),
        ("Hôm thứ Tư, Tổng thống Ma-ri-a Gô-mét tiếp Thủ tướng Lê Văn Dũng.", "Hôm thứ Tư", None),
        ("Tối nay, Bộ trưởng Nguyễn An sẽ dự tiệc chiêu đãi tại Lima.", "Tối nay", "evening"),
        (
            "Tuần trước, hai Bộ trưởng Ngoại giao đã điện đàm về hợp tác nghề cá.",
            "Tuần trước",
            None,
        ),
        (
            "Năm ngoái, kim ngạch thương mại giữa Việt Nam và Peru đạt 1 tỷ USD.",
            "Năm ngoái",
            None,
        ),
        ("Hai nước sẽ kỷ niệm 30 năm quan hệ ngoại giao vào năm tới.", "năm tới", None),
        ("Đoàn đại biểu tỉnh Kiên Hòa sang thăm Cam-pu-chia hôm qua.", "hôm qua", None),
        (
            "Đoàn sẽ tham dự Liên hoan thanh niên từ hôm nay đến ngày 20-10.",
            "từ hôm nay đến ngày 20-10",
            None,
        ),
        ("Tháng trước, Phó Thủ tướng Hoàng Minh đã thăm Chile.", "Tháng trước", None),
    ],
)
def test_a_relative_date_with_no_stamp_stays_out(text: str, phrase: str, part: str | None) -> None:
    assert phrase in text and part in (None, "morning", "afternoon", "evening")
    assert not vndiplo.extract(text).dates


def test_the_same_phrases_under_a_stamp_keep_their_values() -> None:
    text = "Sáng hôm nay, Đại sứ Pê-đrô Lát-xa đến thăm Hòa thượng Thích Minh Tâm. Năm ngoái ..."
    assert listed(text, "2031-05-14") == [("Sáng hôm nay", "2031-05-14"), ("Năm ngoái", "2030")]
    assert listed("Hôm thứ Tư, hai bên hội đàm.", "2031-05-16") == [("Hôm thứ Tư", "2031-05-14")]


def test_a_relative_day_with_its_date_keeps_the_date() -> None:
    text = "Hôm nay (25/11), Thủ tướng Lê Văn Dũng tiếp Đại sứ Peru. Hôm qua, hai bên đã ký."
    assert listed(text) == [("Hôm nay (25/11)", "--11-25"), ("Hôm qua", "--11-24")]


@pytest.mark.parametrize(
    "text",
    [
        "Trong 5 ngày qua, hai bên đã gặp nhau ba lần.",
        "Hai bên đã ký thỏa thuận cách đây 2 năm.",
        "Kim ngạch 6 tháng đầu năm nay tăng mạnh.",
        "Trong năm qua, quan hệ hai nước phát triển tốt đẹp.",
    ],
)
def test_counted_periods_with_no_stamp_stay_out(text: str) -> None:
    assert listed(text) == []


def test_an_unplaced_relative_day_dates_no_event() -> None:
    text = (
        "Chiều nay, tại Trụ sở Bộ Ngoại giao, Bộ trưởng Nguyễn Văn An đã tiếp Đại sứ Chile "
        "Pablo Rojas."
    )
    doc = vndiplo.extract(text)
    assert not doc.dates
    assert doc.events and doc.events[0].date is None
    assert doc.events[0].part_of_day == "afternoon"


def test_a_written_day_still_dates_the_event_beside_an_unplaced_one() -> None:
    text = (
        "Chiều 8/3, Bộ trưởng Nguyễn Văn An đã tiếp Đại sứ Chile Pablo Rojas. Năm ngoái, hai "
        "nước đã ký hiệp định thương mại."
    )
    doc = vndiplo.extract(text)
    assert [(d.text, d.value) for d in doc.dates] == [("Chiều 8/3", "--03-08")]
    assert doc.events[0].date == "--03-08"


def test_every_listed_date_has_a_value_in_json() -> None:
    doc = vndiplo.extract("Hôm qua, hai Bộ trưởng đã điện đàm. Chiều 8/3, hai bên ký kết.")
    record = json.loads(json.dumps(doc.to_dict()))
    assert [d["value"] for d in record["dates"]] == ["--03-08"]
    assert Document.from_dict(record).dates[0].value == "--03-08"


# -- a month or quarter of this year ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Hội nghị thượng đỉnh sẽ diễn ra tại Lima vào tháng 10 năm nay.",
            "tháng 10 năm nay",
            "--10",
        ),
        ("Hai bên nhất trí tổ chức kỳ họp vào tháng 3 năm nay.", "tháng 3 năm nay", "--03"),
        ("Trong quý II năm nay, đoàn sẽ sang thăm.", "quý II năm nay", "--04/--06"),
    ],
)
def test_a_month_of_this_year_keeps_its_month(text: str, phrase: str, value: str) -> None:
    assert listed(text) == [(phrase, value)]


def test_a_month_of_last_year_with_no_stamp_stays_out() -> None:
    assert listed("Đoàn đã sang thăm Peru vào tháng 11 năm ngoái.") == []


def test_a_month_of_this_year_under_a_stamp_takes_its_year() -> None:
    assert listed("Hội nghị sẽ diễn ra vào tháng 10 năm nay.", "2031-05-14") == [
        ("tháng 10 năm nay", "2031-10")
    ]


# -- day spans that cross a month --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Đoàn đại biểu Quốc hội đã thăm Chile và Peru từ ngày 27 đến 3/10.",
            "từ ngày 27 đến 3/10",
            "--09-27/--10-03",
        ),
        (
            "Đoàn công tác thăm Lào từ ngày 30 - 2/1/2026.",
            "từ ngày 30 - 2/1/2026",
            "2025-12-30/2026-01-02",
        ),
        (
            "Thủ tướng thăm chính thức Argentina từ 29 đến 2/6/2030.",
            "từ 29 đến 2/6/2030",
            "2030-05-29/2030-06-02",
        ),
        (
            "Đoàn thăm Peru từ ngày 12 đến 15/10/2030.",
            "từ ngày 12 đến 15/10/2030",
            "2030-10-12/2030-10-15",
        ),
    ],
)
def test_a_day_span_starts_in_the_month_before_when_it_would_run_backwards(
    text: str, phrase: str, value: str
) -> None:
    doc = vndiplo.extract(text)
    assert [(d.text, d.value) for d in doc.dates] == [(phrase, value)]
    assert doc.events and doc.events[0].date == value


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ số chung cuộc là 24-4/12 sau hai hiệp.",  # no "từ"/"ngày": no range
        "Hai đoàn gặp nhau từ ngày 31 đến 2/12.",  # 31 November does not exist
    ],
)
def test_no_backward_span_without_its_from_or_a_real_day(text: str) -> None:
    assert not any(d.kind == "span" for d in vndiplo.extract(text).dates)


# -- weekdays that are ranks or names ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Peru đứng đầu về số dự án và thứ 2 về tổng vốn đầu tư tại tỉnh.",
        "Chile xếp thứ nhất về du khách hoặc thứ ba về vốn đầu tư.",
        "Giáo dân dự Thánh lễ Chúa nhật tại nhà thờ chính tòa.",
        "Bà không dự buổi lễ Chủ nhật Tưởng niệm năm nay.",
    ],
)
def test_a_rank_or_a_services_sunday_is_no_weekday(text: str) -> None:
    assert not any(
        d.text.lower().startswith(("thứ", "chủ", "chúa"))
        for d in vndiplo.extract(text, published="2031-05-14").dates
    )


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("Hai bên làm việc vào thứ Hai và thứ Ba.", ["thứ Hai", "thứ Ba"]),
        ("Đoàn đến Lima chiều thứ Năm hoặc thứ Sáu.", ["chiều thứ Năm", "thứ Sáu"]),
        ("Chủ nhật, Tổng thống Peru tiếp đoàn.", ["Chủ nhật"]),
        ("Lễ ký kết diễn ra vào Chủ nhật.", ["Chủ nhật"]),
    ],
)
def test_listed_weekdays_and_a_plain_sunday_stay_days(text: str, phrases: list[str]) -> None:
    got = [d.text for d in vndiplo.extract(text, published="2031-05-14").dates]
    assert got == phrases


# -- "8g sáng", a letter's "Năm" / "2016" ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("Cuộc điện đàm bắt đầu lúc 8g sáng.", "lúc 8g sáng", "2031-12-30T08:00"),
        ("Từ 7g sáng, thiếu nhi đã đứng chờ đón đoàn.", "7g sáng", "2031-12-30T07:00"),
        ("Đoàn rời Lima vào 21g tối cùng ngày.", "21g tối cùng ngày", "2031-12-30T21:00"),
    ],
)
def test_a_clock_in_g_before_its_part_of_day(sentence: str, phrase: str, value: str) -> None:
    text = "Ngày 30/12/2031, hai Bộ trưởng Quốc phòng điện đàm. " + sentence
    assert (phrase, value) in listed(text)


def test_a_weight_in_g_is_no_clock() -> None:
    text = "Ngày 30/12/2031, hai bên trao quà. Mỗi gói trà nặng 5g sáng màu."
    assert listed(text) == [("Ngày 30/12/2031", "2031-12-30")]


def test_a_year_wrapped_after_its_word_is_quoted_with_it() -> None:
    text = (
        "Thư chúc Tết\n\nThưa đồng bào!\nNăm\n2030 vừa qua, chúng ta đã vượt qua nhiều khó\nkhăn."
    )
    assert listed(text) == [("Năm\n2030", "2030")]


# -- a career told up to the present ------------------------------------------------------------


def test_a_career_year_before_a_period_up_to_now_is_no_present_year() -> None:
    text = (
        "Ông Trần Văn An được Quốc hội bầu làm Chánh án, ngày 26/8. Năm 2013, khi đang là Phó "
        "Vụ trưởng, ông được bổ nhiệm giữ chức Vụ trưởng. Từ tháng 9/2018 đến nay, ông giữ "
        "cương vị Phó Chánh án."
    )
    assert listed(text)[0] == ("ngày 26/8", "--08-26")


def test_an_opening_present_year_still_ties_without_a_later_period() -> None:
    text = (
        "Ông Trần Văn An được Quốc hội bầu làm Chánh án, ngày 26/8. Năm 2019 là năm bản lề của "
        "ngành. Từ tháng 9/2015 đến nay, ông giữ cương vị Phó Chánh án."
    )
    assert listed(text)[0] == ("ngày 26/8", "2019-08-26")
