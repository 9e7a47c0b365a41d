"""Hypothesis strategies for Vietnamese date phrases, each drawn with its expected parse.

Every strategy yields a :class:`DatePhrase`: the phrase (rendered by
:mod:`vndiplo_dates.render`), the value, kind, part of day and ``year_source`` the dates plugin
must return for it, and the reference date the phrase is read against. The expected value is
computed from the drawn date, never by the parser, so a property can state
``parse(render(x)) == x``::

    from hypothesis import given
    from vndiplo.testing.dates import date_phrases, in_sentences

    @given(in_sentences(date_phrases()))
    def test_round_trip(case):
        doc = Document(case.text, published=case.phrase.reference)
        ...

Year-less phrases are drawn within five months of their reference date, where the nearest-year
rule is unambiguous, and shrink towards the reference date itself, plain styles and no part of
day, so a failure reads like "ngày 1/1" rather than "Đêm khuya thứ Bảy, 29.2".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from attrs import frozen
from hypothesis import strategies as st
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

__all__ = [
    "DatePhrase",
    "DateSentence",
    "anniversary_phrases",
    "date_phrases",
    "datetime_phrases",
    "day_phrases",
    "in_sentences",
    "month_phrases",
    "reference_dates",
    "relative_phrases",
    "span_phrases",
    "year_phrases",
]

PARTS_OF_DAY = ("morning", "noon", "afternoon", "evening", "night")
_MIN = dt.date(1990, 6, 1)
_MAX = dt.date(2035, 6, 30)


@frozen
class DatePhrase:
    """A rendered phrase and what the dates plugin must read from it."""

    phrase: str
    value: str
    kind: str
    part_of_day: str | None
    year_source: str | None
    reference: dt.date | None


@frozen
class DateSentence:
    """A phrase placed in a sentence: ``text[start:start + len(phrase.phrase)]`` is the phrase."""

    text: str
    start: int
    phrase: DatePhrase

    @property
    def end(self) -> int:
        return self.start + len(self.phrase.phrase)


def reference_dates() -> st.SearchStrategy[dt.date]:
    """Publication dates between 1990 and 2035."""
    return st.dates(_MIN, _MAX)


def _near(reference: dt.date, days: int) -> st.SearchStrategy[dt.date]:
    return st.integers(-days, days).map(lambda n: reference + dt.timedelta(days=n))


def _reported(reference: dt.date, ahead: int) -> st.SearchStrategy[dt.date]:
    """A date a news item published on ``reference`` reports without its year: up to ten
    months back, or up to ``ahead`` days forward (the plugin's AHEAD_DAYS window)."""
    return st.integers(-300, ahead).map(lambda n: reference + dt.timedelta(days=n))


_pods = st.none() | st.sampled_from(PARTS_OF_DAY)


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
    """A year: "năm 2025", "cuối năm 2024", "đầu Xuân 2025", "Tết 2025"."""
    year = draw(st.integers(1900, 2099))
    style: YearStyle = draw(st.sampled_from(("nam", "xuan", "tet")))
    qualifier = draw(st.sampled_from(("", "đầu", "cuối", "giữa"))) if style != "tet" else ""
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


# Sentence frames from diplomatic news, with no digits of their own. "{}" is the phrase. No
# frame says "sẽ"/"dự kiến": a plan moves a year-less day ahead (see the dates plugin docs).
_LEADERS: Sequence[tuple[str, str]] = (
    ("Tổng Bí thư", "Tô Lâm"),
    ("Chủ tịch nước", "Lương Cường"),
    ("Thủ tướng", "Phạm Minh Chính"),
    ("Phó Thủ tướng", "Bùi Thanh Sơn"),
    ("Bộ trưởng Ngoại giao", "Lê Hoài Trung"),
    ("Chủ tịch Quốc hội", "Trần Thanh Mẫn"),
    ("Đại sứ", "Phạm Thanh Bình"),
)
_GUESTS: Sequence[tuple[str, str]] = (
    ("Thủ tướng Nhật Bản", "Ishiba Shigeru"),
    ("Tổng thống Hàn Quốc", "Lee Jae-myung"),
    ("Ngoại trưởng Mỹ", "Marco Rubio"),
    ("Bí thư Khu ủy Quảng Tây", "Trần Cương"),
    ("Thủ tướng Lào", "Sonexay Siphandone"),
    ("Tổng thống Pháp", "Emmanuel Macron"),
    ("Thủ tướng Ấn Độ", "Narendra Modi"),
)
_PLACES = ("Hà Nội", "Phủ Chủ tịch", "Nhà Quốc hội", "Tokyo", "Bắc Kinh", "Viêng Chăn", "Paris")
_OUTLETS = ("TTXVN", "Báo Quốc tế", "VnExpress", "Nhân Dân", "VOV")
_FRAMES = (
    "{p}, tại {place}, {title} {name} đã tiếp {gtitle} {guest}.",
    "{title} {name} đã hội đàm với {gtitle} {guest} {p} tại {place}.",
    "Theo {outlet}, {p}, {title} {name} đã điện đàm với {gtitle} {guest}.",
    "{title} {name} thăm chính thức {place} ({p}) theo lời mời của {gtitle} {guest}.",
    "Phát biểu {p}, {gtitle} {guest} khẳng định quan hệ hai nước đang phát triển tốt đẹp.",
    "Hai bên nhất trí tổ chức đối thoại chiến lược {p}, {outlet} cho biết.",
)


@st.composite
def in_sentences(draw: st.DrawFn, phrases: st.SearchStrategy[DatePhrase]) -> DateSentence:
    """Place a phrase in a sentence about leaders, countries and outlets."""
    phrase = draw(phrases)
    frame = draw(st.sampled_from(_FRAMES))
    title, name = draw(st.sampled_from(_LEADERS))
    gtitle, guest = draw(st.sampled_from(_GUESTS))
    fields = {
        "place": draw(st.sampled_from(_PLACES)),
        "outlet": draw(st.sampled_from(_OUTLETS)),
        "title": title,
        "name": name,
        "gtitle": gtitle,
        "guest": guest,
    }
    before, after = frame.split("{p}")
    head = before.format(**fields)
    text = phrase.phrase
    if not head:
        text = text[:1].upper() + text[1:]
        phrase = DatePhrase(
            text, phrase.value, phrase.kind, phrase.part_of_day, phrase.year_source,
            phrase.reference,
        )  # fmt: skip
    return DateSentence(head + text + after.format(**fields), len(head), phrase)
