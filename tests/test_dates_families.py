"""Round trips for the word families of issue 16: each form rendered from a drawn date (by
:mod:`vndiplo_dates.render` / :mod:`vndiplo_dates.render_words`), placed in a sentence, reads back
as exactly that value. Expected values are worked out here from the calendar, not by the plugin.
"""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st
from vndiplo_dates import find_dates
from vndiplo_dates.core import TWO_DIGIT_PIVOT
from vndiplo_dates.normalise import AHEAD_DAYS
from vndiplo_dates.render import MONTH_NUMBER_WORDS, render_date, render_month
from vndiplo_dates.render_words import (
    render_counted,
    render_day_list,
    render_month_span,
    render_ordinal,
    render_period,
    render_quarter,
    render_weekday,
    render_weekend,
    render_year_part,
)

from vndiplo import Document
from vndiplo.testing.dates import DatePhrase, DateSentence, in_sentences, reference_dates

PODS = ("morning", "noon", "afternoon", "evening", "night")


def read(case: DateSentence) -> list[tuple[object, ...]]:
    doc = Document(case.text, published=case.phrase.reference)
    return [(d.start, d.end, d.value, d.kind, d.year_source) for d in find_dates(doc)]


def check(case: DateSentence) -> None:
    p = case.phrase
    assert read(case) == [(case.start, case.end, p.value, p.kind, p.year_source)], case.text


def monday(date: dt.date) -> dt.date:
    return date - dt.timedelta(days=date.weekday())


def add_months(date: dt.date, months: int) -> dt.date:
    year, month = divmod(date.year * 12 + date.month - 1 + months, 12)
    return dt.date(year, month + 1, min(date.day, calendar.monthrange(year, month + 1)[1]))


# -- weekdays ----------------------------------------------------------------------------


@st.composite
def weekday_phrases(draw: st.DrawFn) -> tuple[DatePhrase, str]:
    """A weekday in a named week or with a direction word, and the direction word, which is
    read but not quoted: "thứ Năm tuần tới", "thứ 3 của tuần này", ("Chủ nhật", " tới"),
    ("thứ Hai", " vừa rồi"), "chiều thứ Sáu tuần trước"."""
    ref = draw(reference_dates())
    weekday = draw(st.integers(0, 6))
    digits, of = draw(st.booleans()), draw(st.booleans())
    pod = draw(st.none() | st.sampled_from(PODS))
    if draw(st.booleans()):
        week = draw(st.sampled_from((-1, 0, 1)))
        phrase = render_weekday(weekday, week=week, digits=digits, of=of, part_of_day=pod)
        day = monday(ref) + dt.timedelta(weeks=week, days=weekday)
        return DatePhrase(phrase, day.isoformat(), "date", pod, "reference", ref), ""
    direction = draw(st.sampled_from(("next", "last")))
    bare = render_weekday(weekday, digits=digits, part_of_day=pod)
    word = render_weekday(weekday, direction=direction, digits=digits, part_of_day=pod)
    ahead = (weekday - ref.weekday()) % 7
    if direction == "next":
        day = ref + dt.timedelta(days=ahead or 7)
    else:
        day = ref - dt.timedelta(days=(7 - ahead) % 7 or 7)
    phrase = DatePhrase(bare, day.isoformat(), "date", pod, "reference", ref)
    return phrase, word[len(bare) :]


@st.composite
def weekday_sentences(draw: st.DrawFn) -> DateSentence:
    phrase, word = draw(weekday_phrases())
    head = draw(st.sampled_from(("Hai bên sẽ gặp lại vào ", "Đoàn đã tới Hà Nội ", "")))
    text = phrase.phrase
    if not head:
        text = text[:1].upper() + text[1:]
    body = head + text + word + ", Bộ Ngoại giao cho biết."
    shown = DatePhrase(text, phrase.value, phrase.kind, None, "reference", phrase.reference)
    return DateSentence(body, len(head), shown)


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


@st.composite
def mong_and_short_year_phrases(draw: st.DrawFn) -> DatePhrase:
    """ "mồng 2 tháng 9", "ngày mồng 10 tháng 3 năm 2024", "4/5/19", "2/9/45"."""
    ref = draw(reference_dates())
    if draw(st.booleans()):
        year = draw(st.integers(1941, 2040))
        date = draw(st.dates(dt.date(year, 1, 1), dt.date(year, 12, 31)))
        phrase = render_date(date, style="short_year")
        return DatePhrase(phrase, date.isoformat(), "date", None, "explicit", ref)
    date = ref + dt.timedelta(days=draw(st.integers(-300, AHEAD_DAYS)))
    with_year = draw(st.booleans())
    prefix = draw(st.sampled_from(("", "ngày")))
    phrase = render_date(date, style="mong", year=with_year, prefix=prefix)
    source = "explicit" if with_year else "reference"
    return DatePhrase(phrase, date.isoformat(), "date", None, source, ref)


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
    phrase = f"lúc {hour} giờ {pod} ngày {day.day} tháng {day.month}"
    (found,) = find_dates(Document(f"Hai bên hội đàm {phrase} tại Hà Nội.", published=ref))
    want = f"{day.isoformat()}T{hour + 12 * afternoon:02d}:00"
    assert (found.text, found.value, found.kind) == (phrase, want, "datetime")


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


@st.composite
def word_month_phrases(draw: st.DrawFn) -> DatePhrase:
    """ "tháng Năm", "tháng Mười Hai năm 2019", "cuối tháng Tám"."""
    ref = draw(reference_dates())
    with_year = draw(st.booleans())
    if with_year:
        year, month = draw(st.integers(1900, 2099)), draw(st.integers(1, 12))
    else:
        near = ref + dt.timedelta(days=draw(st.integers(-140, 140)))
        year, month = near.year, near.month
    qualifier = draw(st.sampled_from(("", "đầu", "giữa", "cuối")))
    phrase = render_month(month, year if with_year else None, style="words", qualifier=qualifier)
    if draw(st.booleans()):
        phrase = phrase.lower()
    source = "explicit" if with_year else "reference"
    return DatePhrase(phrase, f"{year:04d}-{month:02d}", "month", None, source, ref)


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


@st.composite
def period_phrases(draw: st.DrawFn) -> DatePhrase:
    """ "tuần trước", "tháng này", "quý tới", "năm sau", "năm trước"."""
    ref = draw(reference_dates())
    unit = draw(st.sampled_from(("week", "month", "quarter", "year")))
    offset = draw(st.sampled_from((-1, 0, 1)))
    phrase = render_period(unit, offset)
    if unit == "week":
        start = monday(ref) + dt.timedelta(weeks=offset)
        value, kind = f"{start}/{start + dt.timedelta(days=6)}", "span"
    elif unit == "month":
        value, kind = add_months(ref, offset).isoformat()[:7], "month"
    elif unit == "quarter":
        index = ref.year * 4 + (ref.month - 1) // 3 + offset
        y, q = divmod(index, 4)
        value, kind = f"{y:04d}-{3 * q + 1:02d}/{y:04d}-{3 * q + 3:02d}", "span"
    else:
        value, kind = f"{ref.year + offset:04d}", "year"
    return DatePhrase(phrase, value, kind, None, "reference", ref)


@given(in_sentences(period_phrases()))
def test_relative_periods_round_trip(case: DateSentence) -> None:
    check(case)


@st.composite
def counted_phrases(draw: st.DrawFn) -> DatePhrase:
    """ "5 ngày qua", "hai tháng tiếp theo", "3 năm vừa qua", "7 ngày tới", "3 tuần sau", "hai
    tháng nữa", "cách đây 5 năm"."""
    ref = draw(reference_dates())
    direction = draw(st.sampled_from(("past", "future", "next", "ago", "later", "more", "since")))
    units = ("day", "week") if direction in ("ago", "later") else ("day", "week", "month", "year")
    unit = draw(st.sampled_from(units))
    n = draw(st.integers(1, 10 if unit == "year" else 30))
    words = n <= 10 and draw(st.booleans())
    phrase = render_counted(n, unit, direction, words=words)
    sign = -1 if direction in ("past", "ago", "since") else 1
    months = {"month": n, "year": 12 * n}.get(unit)
    if months is not None:
        moved = add_months(ref, sign * months)
    else:
        moved = ref + dt.timedelta(days=sign * n * (7 if unit == "week" else 1))
    if direction in ("ago", "later", "more", "since"):
        if unit == "day":
            return DatePhrase(phrase, moved.isoformat(), "date", None, "reference", ref)
        if unit == "month":
            return DatePhrase(phrase, moved.isoformat()[:7], "month", None, "reference", ref)
        if unit == "year":
            return DatePhrase(phrase, f"{moved.year:04d}", "year", None, "reference", ref)
        start = monday(moved)
        value = f"{start}/{start + dt.timedelta(days=6)}"
    else:
        value = f"{min(ref, moved)}/{max(ref, moved)}"
    return DatePhrase(phrase, value, "span", None, "reference", ref)


@given(in_sentences(counted_phrases()))
def test_counted_periods_round_trip(case: DateSentence) -> None:
    check(case)


@st.composite
def quarter_phrases(draw: st.DrawFn) -> DatePhrase:
    """ "quý II" (the reference's quarter or one either side), "quý 1 của năm 2026",
    "quý III/2025"."""
    ref = draw(reference_dates())
    roman = draw(st.booleans())
    if draw(st.booleans()):
        year, quarter = draw(st.integers(1990, 2035)), draw(st.integers(1, 4))
        phrase = render_quarter(quarter, year, roman=roman, of=draw(st.booleans()))
        source = "explicit"
    else:
        index = ref.year * 4 + (ref.month - 1) // 3 + draw(st.sampled_from((-1, 0, 1)))
        year, quarter = index // 4, index % 4 + 1
        phrase, source = render_quarter(quarter, roman=roman), "reference"
    value = f"{year:04d}-{3 * quarter - 2:02d}/{year:04d}-{3 * quarter:02d}"
    return DatePhrase(phrase, value, "span", None, source, ref)


@given(in_sentences(quarter_phrases()))
def test_quarters_round_trip(case: DateSentence) -> None:
    check(case)


@st.composite
def weekend_and_year_part_phrases(draw: st.DrawFn) -> DatePhrase:
    """ "cuối tuần này", "cuối tuần trước", "6 tháng đầu năm 2025", "chín tháng đầu năm"."""
    ref = draw(reference_dates())
    if draw(st.booleans()):
        offset = draw(st.sampled_from((-1, 0, 1)))
        phrase = render_weekend(offset, bare=draw(st.booleans()))
        saturday = monday(ref) + dt.timedelta(weeks=offset, days=5)
        value = f"{saturday}/{saturday + dt.timedelta(days=1)}"
        return DatePhrase(phrase, value, "span", None, "reference", ref)
    n, which = draw(st.integers(1, 11)), draw(st.sampled_from(("first", "last")))
    with_year = draw(st.booleans())
    year = draw(st.integers(1990, 2035)) if with_year else ref.year
    phrase = render_year_part(n, which, year if with_year else None, words=draw(st.booleans()))
    first, last = (1, n) if which == "first" else (13 - n, 12)
    value = f"{year:04d}-{first:02d}/{year:04d}-{last:02d}"
    return DatePhrase(phrase, value, "span", None, "explicit" if with_year else "reference", ref)


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
