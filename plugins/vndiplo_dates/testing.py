"""Hypothesis strategies for the dates plugin: a drawn date together with its Vietnamese phrase.

Each strategy yields a :class:`~vndiplo.testing.dates.DatePhrase`: the phrase (rendered by
:mod:`vndiplo_dates.render` and :mod:`vndiplo_dates.render_words`), and the value, kind, part of
day and ``year_source`` the plugin must read from it against its reference date. The expected
value is worked out from the calendar, never by the parser, so a property can state
``parse(render(x)) == x``::

    from hypothesis import given
    from vndiplo_dates.testing import date_phrases, in_sentences

    @given(in_sentences(date_phrases()))
    def test_round_trip(case):
        doc = Document(case.text, published=case.phrase.reference)
        ...

The module is registered under the ``vndiplo.strategies`` entry point (``dates``), so every name
in ``__all__`` is importable from :mod:`vndiplo.testing` as well (``from vndiplo.testing import
date_phrases``). The renderer-free parts (:class:`DatePhrase`, :class:`DateSentence`,
:func:`reference_dates`, :func:`in_sentences`) live in :mod:`vndiplo.testing.dates` and are
re-exported here.

Year-less phrases are drawn within five months of their reference date, where the nearest-year
rule is unambiguous, and shrink towards the reference date itself, plain styles and no part of
day, so a failure reads like "ngày 1/1" rather than "Đêm khuya thứ Bảy, 29.2".

Besides :func:`date_phrases` (days, moments, months, years, spans, relative days) and
:func:`anniversary_phrases`, the word families: weekdays in a named week or with a direction
(:func:`weekday_phrases`, :func:`weekday_sentences`), "mồng" days and two-digit years, months in
words, relative periods, counted periods, quarters, weekends and parts of a year.
"""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import strategies as st

from vndiplo.testing.dates import (
    PARTS_OF_DAY,
    DatePhrase,
    DateSentence,
    in_sentences,
    reference_dates,
)
from vndiplo_dates.normalise import AHEAD_DAYS
from vndiplo_dates.render import (
    DateStyle,
    MonthStyle,
    SpanStyle,
    TimeStyle,
    YearStyle,
    render_date,
    render_datetime,
    render_month,
    render_relative,
    render_span,
    render_year,
)
from vndiplo_dates.render_words import (
    Direction,
    render_counted,
    render_period,
    render_quarter,
    render_weekday,
    render_weekend,
    render_year_part,
)

__all__ = [
    "DatePhrase",
    "DateSentence",
    "anniversary_phrases",
    "counted_phrases",
    "date_phrases",
    "datetime_phrases",
    "day_phrases",
    "in_sentences",
    "mong_and_short_year_phrases",
    "month_phrases",
    "period_phrases",
    "quarter_phrases",
    "reference_dates",
    "relative_phrases",
    "span_phrases",
    "weekday_phrases",
    "weekday_sentences",
    "weekend_and_year_part_phrases",
    "word_month_phrases",
    "year_phrases",
]

_MIN = dt.date(1990, 6, 1)
_MAX = dt.date(2035, 6, 30)


def _near(reference: dt.date, days: int) -> st.SearchStrategy[dt.date]:
    return st.integers(-days, days).map(lambda n: reference + dt.timedelta(days=n))


def _reported(reference: dt.date, ahead: int) -> st.SearchStrategy[dt.date]:
    """A date a news item published on ``reference`` reports without its year: up to ten
    months back, or up to ``ahead`` days forward (the plugin's AHEAD_DAYS window)."""
    return st.integers(-300, ahead).map(lambda n: reference + dt.timedelta(days=n))


def _monday(date: dt.date) -> dt.date:
    return date - dt.timedelta(days=date.weekday())


def _add_months(date: dt.date, months: int) -> dt.date:
    year, month = divmod(date.year * 12 + date.month - 1 + months, 12)
    return dt.date(year, month + 1, min(date.day, calendar.monthrange(year, month + 1)[1]))


_pods = st.none() | st.sampled_from(PARTS_OF_DAY)


# -- digit families --------------------------------------------------------------------------


@st.composite
def day_phrases(draw: st.DrawFn) -> DatePhrase:
    """A day, with or without year, part of day, "ngày", weekday: "Chiều 18/2", "ngày 1.1.2016"."""
    reference = draw(reference_dates())
    date = draw(_reported(reference, AHEAD_DAYS))
    with_year = draw(st.booleans())
    style: DateStyle = draw(st.sampled_from(("slash", "padded", "dash", "dot", "written")))
    pod = draw(_pods)
    weekday = draw(st.booleans()) if with_year else False
    prefix = draw(st.sampled_from(("", "ngày")))
    if not with_year and not pod and not weekday and style not in ("slash", "padded"):
        prefix = "ngày"  # a bare "13-1" or "16 tháng 9" is not read as a date, by design
    phrase = render_date(
        date, style=style, year=with_year, prefix=prefix, part_of_day=pod, weekday=weekday
    )
    return DatePhrase(
        phrase,
        date.isoformat(),
        "date",
        pod,
        "explicit" if with_year else "reference",
        reference,
    )


@st.composite
def datetime_phrases(draw: st.DrawFn) -> DatePhrase:
    """A moment: "13 giờ 30 phút ngày 16/11", "9h30 ngày 5/3/2024", "16/09/2025 17:02"."""
    reference = draw(reference_dates())
    date = draw(_reported(reference, AHEAD_DAYS))
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    moment = dt.datetime.combine(date, dt.time(hour, minute))
    with_year = draw(st.booleans())
    time_first = draw(st.booleans())
    time_style: TimeStyle = "colon"
    if time_first:
        time_style = draw(st.sampled_from(("gio", "h", "colon")))
    date_style: DateStyle = draw(st.sampled_from(("slash", "padded")))
    phrase = render_datetime(
        moment, time_first=time_first, time_style=time_style, date_style=date_style, year=with_year
    )
    value = f"{date.isoformat()}T{hour:02d}:{minute:02d}"
    source = "explicit" if with_year else "reference"
    return DatePhrase(phrase, value, "datetime", None, source, reference)


@st.composite
def month_phrases(draw: st.DrawFn) -> DatePhrase:
    """A month: "tháng 02/2025", "tháng 10 năm 2022", "đầu tháng 3", "tháng Giêng"."""
    reference = draw(reference_dates())
    with_year = draw(st.booleans())
    if with_year:
        year, month = draw(st.integers(1900, 2099)), draw(st.integers(1, 12))
    else:
        near = draw(_near(reference, 140))  # a bare month takes the nearest year
        year, month = near.year, near.month
    style: MonthStyle = draw(st.sampled_from(("slash", "written", "word")))
    qualifier = draw(st.sampled_from(("", "đầu", "giữa", "cuối")))
    padded = draw(st.booleans())
    phrase = render_month(
        month, year if with_year else None, style=style, qualifier=qualifier, padded=padded
    )
    source = "explicit" if with_year else "reference"
    return DatePhrase(phrase, f"{year:04d}-{month:02d}", "month", None, source, reference)


@st.composite
def year_phrases(draw: st.DrawFn) -> DatePhrase:
    """A year: "năm 2025", "cuối năm 2024", "đầu Xuân 2025", "cuối Tết 2025" (a bare "Tết 2025"
    quotes only its year: see ``festival_year_sentences``)."""
    year = draw(st.integers(1900, 2099))
    style: YearStyle = draw(st.sampled_from(("nam", "xuan", "tet")))
    qualifiers = ("đầu", "cuối", "giữa") if style == "tet" else ("", "đầu", "cuối", "giữa")
    qualifier = draw(st.sampled_from(qualifiers))
    phrase = render_year(year, style=style, qualifier=qualifier)
    return DatePhrase(phrase, f"{year:04d}", "year", None, "explicit", draw(reference_dates()))


@st.composite
def span_phrases(draw: st.DrawFn) -> DatePhrase:
    """A span: "30/10 - 01/11/2022", "ngày 8-10/9/2025", "từ ngày 16 đến 18/11/2025"."""
    start = draw(st.dates(_MIN, _MAX))
    style: SpanStyle = draw(st.sampled_from(("dash", "compact", "range", "full")))
    length = draw(st.integers(1, 20 if style != "full" else 20000))
    end = start + dt.timedelta(days=length)
    dash = draw(st.sampled_from(("-", "–", "—")))
    padded = draw(st.booleans())
    prefix = "ngày" if style == "compact" and draw(st.booleans()) else ""
    phrase = render_span(start, end, style=style, dash=dash, padded=padded, prefix=prefix)
    value = f"{start.isoformat()}/{end.isoformat()}"
    return DatePhrase(phrase, value, "span", None, "explicit", draw(reference_dates()))


@st.composite
def relative_phrases(draw: st.DrawFn) -> DatePhrase:
    """A day relative to the reference: "hôm qua", "sáng nay", "chiều qua", "ngày mai"."""
    reference = draw(reference_dates())
    offset = draw(st.sampled_from((0, -1, 1, -2)))
    pod = draw(_pods) if offset != -2 else None
    phrase = render_relative(offset, pod)
    value = (reference + dt.timedelta(days=offset)).isoformat()
    return DatePhrase(phrase, value, "date", pod, "reference", reference)


@st.composite
def anniversary_phrases(draw: st.DrawFn) -> DatePhrase:
    """An anniversary span from a founding day to the same day this year, as written in
    brackets after "kỷ niệm ... năm": "14/7/1789 - 14/7/2025", "18/1/1950-18/1/2026",
    "2/9/1945 – 2/9/2025". Founding years reach back to 1700 (not part of :func:`date_phrases`).
    """
    reference = draw(reference_dates())
    day = draw(st.dates(dt.date(2001, 1, 1), dt.date(2001, 12, 31)))  # no 29/2
    end = dt.date(reference.year, day.month, day.day)
    start = dt.date(draw(st.integers(1700, reference.year - 1)), day.month, day.day)
    dash = draw(st.sampled_from(("-", "–", "—")))
    gap = dash if draw(st.booleans()) else f" {dash} "
    padded = draw(st.booleans())
    ds: DateStyle = "padded" if padded else "slash"
    phrase = f"{render_date(start, style=ds)}{gap}{render_date(end, style=ds)}"
    value = f"{start.isoformat()}/{end.isoformat()}"
    return DatePhrase(phrase, value, "span", None, "explicit", reference)


def date_phrases() -> st.SearchStrategy[DatePhrase]:
    """Any of the phrase strategies above."""
    return st.one_of(
        day_phrases(),
        datetime_phrases(),
        month_phrases(),
        year_phrases(),
        span_phrases(),
        relative_phrases(),
    )


# -- word families (issue 16) -------------------------------------------------------------


@st.composite
def weekday_phrases(draw: st.DrawFn) -> tuple[DatePhrase, str]:
    """A weekday in a named week or with a direction word, and the direction word, which is
    read but not quoted: "thứ Năm tuần tới", "thứ 3 của tuần này", ("Chủ nhật", " tới"),
    ("thứ Hai", " vừa rồi"), "chiều thứ Sáu tuần trước"."""
    ref = draw(reference_dates())
    weekday = draw(st.integers(0, 6))
    digits, of = draw(st.booleans()), draw(st.booleans())
    pod = draw(_pods)
    if draw(st.booleans()):
        week = draw(st.sampled_from((-1, 0, 1)))
        named = render_weekday(weekday, week=week, digits=digits, of=of, part_of_day=pod)
        day = _monday(ref) + dt.timedelta(weeks=week, days=weekday)
        return DatePhrase(named, day.isoformat(), "date", pod, "reference", ref), ""
    direction: Direction = draw(st.sampled_from(("next", "last")))
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
    """A :func:`weekday_phrases` case in a sentence, the direction word after the quoted phrase:
    "Hai bên sẽ gặp lại vào thứ Năm tuần tới, Bộ Ngoại giao cho biết."."""
    phrase, word = draw(weekday_phrases())
    head = draw(st.sampled_from(("Hai bên sẽ gặp lại vào ", "Đoàn đã tới Hà Nội ", "")))
    text = phrase.phrase
    if not head:
        text = text[:1].upper() + text[1:]
    body = head + text + word + ", Bộ Ngoại giao cho biết."
    shown = DatePhrase(text, phrase.value, phrase.kind, None, "reference", phrase.reference)
    return DateSentence(body, len(head), shown)


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


@st.composite
def period_phrases(draw: st.DrawFn) -> DatePhrase:
    """ "tuần trước", "tháng này", "quý tới", "năm sau", "năm trước"."""
    ref = draw(reference_dates())
    unit = draw(st.sampled_from(("week", "month", "quarter", "year")))
    offset = draw(st.sampled_from((-1, 0, 1)))
    phrase = render_period(unit, offset)
    if unit == "week":
        start = _monday(ref) + dt.timedelta(weeks=offset)
        value, kind = f"{start}/{start + dt.timedelta(days=6)}", "span"
    elif unit == "month":
        value, kind = _add_months(ref, offset).isoformat()[:7], "month"
    elif unit == "quarter":
        index = ref.year * 4 + (ref.month - 1) // 3 + offset
        y, q = divmod(index, 4)
        value, kind = f"{y:04d}-{3 * q + 1:02d}/{y:04d}-{3 * q + 3:02d}", "span"
    else:
        value, kind = f"{ref.year + offset:04d}", "year"
    return DatePhrase(phrase, value, kind, None, "reference", ref)


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
        moved = _add_months(ref, sign * months)
    else:
        moved = ref + dt.timedelta(days=sign * n * (7 if unit == "week" else 1))
    if direction in ("ago", "later", "more", "since"):
        if unit == "day":
            return DatePhrase(phrase, moved.isoformat(), "date", None, "reference", ref)
        if unit == "month":
            return DatePhrase(phrase, moved.isoformat()[:7], "month", None, "reference", ref)
        if unit == "year":
            return DatePhrase(phrase, f"{moved.year:04d}", "year", None, "reference", ref)
        start = _monday(moved)
        value = f"{start}/{start + dt.timedelta(days=6)}"
    else:
        value = f"{min(ref, moved)}/{max(ref, moved)}"
    return DatePhrase(phrase, value, "span", None, "reference", ref)


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


@st.composite
def weekend_and_year_part_phrases(draw: st.DrawFn) -> DatePhrase:
    """ "cuối tuần này", "cuối tuần trước", "6 tháng đầu năm 2025", "chín tháng đầu năm"."""
    ref = draw(reference_dates())
    if draw(st.booleans()):
        offset = draw(st.sampled_from((-1, 0, 1)))
        phrase = render_weekend(offset, bare=draw(st.booleans()))
        saturday = _monday(ref) + dt.timedelta(weeks=offset, days=5)
        value = f"{saturday}/{saturday + dt.timedelta(days=1)}"
        return DatePhrase(phrase, value, "span", None, "reference", ref)
    n, which = draw(st.integers(1, 11)), draw(st.sampled_from(("first", "last")))
    with_year = draw(st.booleans())
    year = draw(st.integers(1990, 2035)) if with_year else ref.year
    phrase = render_year_part(n, which, year if with_year else None, words=draw(st.booleans()))
    if with_year:  # "6 tháng đầu năm 2025" quotes "đầu năm 2025", the year (round 9 #2)
        phrase = phrase[phrase.index("đầu" if which == "first" else "cuối") :]
        return DatePhrase(phrase, f"{year:04d}", "year", None, "explicit", ref)
    first, last = (1, n) if which == "first" else (13 - n, 12)
    value = f"{year:04d}-{first:02d}/{year:04d}-{last:02d}"
    return DatePhrase(phrase, value, "span", None, "reference", ref)
