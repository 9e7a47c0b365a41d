"""Round trips for the word families of issue 16: each form rendered from a drawn date (by
:mod:`vndiplo_dates.render` / :mod:`vndiplo_dates.render_words`), placed in a sentence, reads back
as exactly that value. The strategies that draw them are public, in :mod:`vndiplo_dates.testing`;
expected values are worked out from the calendar, not by the plugin.
"""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st
from vndiplo_dates import find_dates
from vndiplo_dates.core import TWO_DIGIT_PIVOT
from vndiplo_dates.normalise import AHEAD_DAYS
from vndiplo_dates.render import MONTH_NUMBER_WORDS
from vndiplo_dates.render_words import (
    render_day_list,
    render_month_span,
    render_ordinal,
    render_weekday,
)
from vndiplo_dates.testing import (
    DateSentence,
    counted_phrases,
    in_sentences,
    mong_and_short_year_phrases,
    period_phrases,
    quarter_phrases,
    reference_dates,
    weekday_sentences,
    weekend_and_year_part_phrases,
    word_month_phrases,
)

from vndiplo import Document


def read(case: DateSentence) -> list[tuple[object, ...]]:
    doc = Document(case.text, published=case.phrase.reference)
    return [(d.start, d.end, d.value, d.kind, d.year_source) for d in find_dates(doc)]


def check(case: DateSentence) -> None:
    p = case.phrase
    assert read(case) == [(case.start, case.end, p.value, p.kind, p.year_source)], case.text


# -- weekdays ----------------------------------------------------------------------------


@given(weekday_sentences())
def test_weekday_in_a_week_or_with_a_direction_round_trips(case: DateSentence) -> None:
    check(case)


@given(reference_dates(), st.integers(0, 6), st.sampled_from(("", "sẽ ", "đã ")))
def test_a_lone_weekday_takes_the_tense_or_the_nearest_day(
    ref: dt.date, weekday: int, tense: str
) -> None:
    """ "vào thứ Bảy": "sẽ" the coming one (or today), "đã" the last one (or today), else the
    nearest, three days either side."""
    text = f"Thủ tướng {tense}tiếp Đại sứ Pháp vào {render_weekday(weekday)} tại Hà Nội."
    (found,) = find_dates(Document(text, published=ref))
    ahead = (weekday - ref.weekday()) % 7
    if tense == "sẽ ":
        want = ref + dt.timedelta(days=ahead)
    elif tense == "đã ":
        want = ref - dt.timedelta(days=(7 - ahead) % 7)
    else:
        want = ref + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)
    assert (found.text, found.value) == (render_weekday(weekday), want.isoformat())


# -- days: "mồng", two-digit years, clock times, lists -------------------------------------


@given(in_sentences(mong_and_short_year_phrases()))
def test_mong_days_and_two_digit_years_round_trip(case: DateSentence) -> None:
    check(case)


def test_two_digit_years_pivot() -> None:
    assert TWO_DIGIT_PIVOT == 40
    doc = Document("Ngày 2/9/45 và ngày 4/5/19, ngày 1/1/40, ngày 1/1/41. Trực 24/7/41.")
    assert [d.value for d in find_dates(doc)] == [
        "1945-09-02",
        "2019-05-04",
        "2040-01-01",
        "1941-01-01",
        "1941-07-24",  # "24/7" alone is round the clock; with a year it is a day
    ]


@given(reference_dates(), st.integers(-300, AHEAD_DAYS), st.integers(1, 11), st.booleans())
def test_clock_time_before_a_written_day_keeps_the_day_and_its_year_rule(
    ref: dt.date, offset: int, hour: int, afternoon: bool
) -> None:
    day = ref + dt.timedelta(days=offset)
    pod = "chiều" if afternoon else "sáng"
    phrase = f"{hour} giờ {pod} ngày {day.day} tháng {day.month}"
    (found,) = find_dates(Document(f"Hai bên hội đàm lúc {phrase} tại Hà Nội.", published=ref))
    want = f"{day.isoformat()}T{hour + 12 * afternoon:02d}:00"
    assert (found.text, found.value, found.kind) == ("lúc " + phrase, want, "datetime")


@given(st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31)), st.integers(1, 3))
def test_a_day_list_gives_each_day_its_value(last: dt.date, gap: int) -> None:
    if last.day <= gap:
        last = last + dt.timedelta(days=gap)
    first = last.day - gap
    phrase = render_day_list(first, last.day, last.month, last.year)
    text = f"Hội nghị diễn ra {phrase} tại Viêng Chăn."
    found = find_dates(Document(text, published=last))
    assert [(d.text, d.value) for d in found] == [
        (f"ngày {first}", last.replace(day=first).isoformat()),
        (f"{last.day}/{last.month}/{last.year}", last.isoformat()),
    ]


# -- months in words, month ranges, ordinal parts -----------------------------------------


@given(in_sentences(word_month_phrases()))
def test_months_in_words_round_trip(case: DateSentence) -> None:
    check(case)


@given(st.integers(1990, 2035), st.integers(1, 12), st.integers(1, 11))
def test_a_month_range_with_the_year_once(year: int, last: int, length: int) -> None:
    first = last - length
    start_year = year if first >= 1 else year - 1
    first = first if first >= 1 else first + 12
    phrase = render_month_span(first, last, year)
    (found,) = find_dates(Document(f"Chương trình kéo dài {phrase}.", published="2025-01-01"))
    assert (found.text, found.value, found.kind) == (
        phrase,
        f"{start_year:04d}-{first:02d}/{year:04d}-{last:02d}",
        "span",
    )


@given(
    reference_dates(),
    st.integers(-140, 140),
    st.booleans(),
    st.sampled_from(("day", "week")),
    st.sampled_from(("first", "last")),
)
def test_ordinal_parts_of_a_month(
    ref: dt.date, offset: int, with_year: bool, unit: str, which: str
) -> None:
    near = ref + dt.timedelta(days=offset)
    year, month = near.year, near.month
    phrase = render_ordinal(month, year if with_year else None, unit=unit, which=which)
    (found,) = find_dates(Document(f"Hai bên nhất trí gặp lại vào {phrase}.", published=ref))
    first, last = 1, calendar.monthrange(year, month)[1]
    if unit == "day":
        want = dt.date(year, month, first if which == "first" else last).isoformat()
    else:
        start = first if which == "first" else last - 6
        want = f"{dt.date(year, month, start)}/{dt.date(year, month, start + 6)}"
    assert (found.text, found.value) == (phrase, want)


# -- relative and counted periods, quarters ------------------------------------------------


@given(in_sentences(period_phrases()))
def test_relative_periods_round_trip(case: DateSentence) -> None:
    check(case)


@given(in_sentences(counted_phrases()))
def test_counted_periods_round_trip(case: DateSentence) -> None:
    check(case)


@given(in_sentences(quarter_phrases()))
def test_quarters_round_trip(case: DateSentence) -> None:
    check(case)


@given(in_sentences(weekend_and_year_part_phrases()))
def test_weekends_and_parts_of_a_year_round_trip(case: DateSentence) -> None:
    check(case)


@given(reference_dates(), st.sampled_from(("Ngày kia", "Ngày mốt")))
def test_the_day_after_tomorrow(ref: dt.date, phrase: str) -> None:
    (found,) = find_dates(Document(f"{phrase}, đoàn sẽ tới Hà Nội.", published=ref))
    assert (found.text, found.value) == (phrase, (ref + dt.timedelta(days=2)).isoformat())


# -- the year of a year-less day: tense, and the article's dated span ------------------------


@given(reference_dates(), st.integers(AHEAD_DAYS + 1, 300), st.sampled_from(("sẽ", "dự kiến")))
def test_a_plan_keeps_a_far_day_ahead(ref: dt.date, ahead: int, word: str) -> None:
    """A visit announced in February for May: "sẽ"/"dự kiến" keep the day in the coming
    months; without them the distance rule sends it to last year."""
    day = ref + dt.timedelta(days=ahead)
    phrase = f"ngày {day.day}/{day.month}"
    planned = find_dates(Document(f"Tổng thống Pháp {word} thăm Việt Nam {phrase}.", published=ref))
    reported = find_dates(Document(f"Tổng thống Pháp thăm Việt Nam {phrase}.", published=ref))
    assert [d.value for d in planned] == [day.isoformat()]
    assert reported[0].value < ref.isoformat()


@given(st.dates(dt.date(1995, 1, 1), dt.date(2030, 12, 20)), st.integers(1, 5), st.data())
def test_days_of_a_dated_visit_take_its_year(
    start: dt.date, length: int, data: st.DataObject
) -> None:
    """ "Sáng 4/8 ... chuyến thăm từ ngày 3 - 6/8/2013": the day falls inside the visit, whose
    year the article writes, whatever the page stamp says."""
    end = start + dt.timedelta(days=length)
    day = start + dt.timedelta(days=data.draw(st.integers(0, length)))
    stamp = dt.date(2026, 1, 15)
    text = (
        f"Sáng {day.day}/{day.month}, Chủ tịch nước tiếp Thủ tướng Lào. Chuyến thăm diễn ra "
        f"từ ngày {start.day}/{start.month} đến ngày {end.day}/{end.month}/{end.year}."
    )
    found = find_dates(Document(text, published=stamp, published_source="page"))
    assert (found[0].value, found[0].year_source) == (day.isoformat(), "context")


@given(st.text(alphabet="thứ haibảynămsáuchủnhậttuầntớiquýIV0123456789 /,.-", max_size=80))
def test_word_soup_gives_valid_offsets(text: str) -> None:
    for d in find_dates(Document(text, published="2025-06-15")):
        assert text[d.start : d.end] == d.text


def test_month_number_words_cover_the_year() -> None:
    assert sorted(MONTH_NUMBER_WORDS) == list(range(1, 13))
