"""The shape of a date-phrase case, and sentences to put it in; no plugin needed.

:class:`DatePhrase` is a phrase with what the dates plugin must read from it (value, kind, part
of day, ``year_source``) and the reference date it is read against; :class:`DateSentence` places
one in a sentence of diplomatic news (:func:`in_sentences`); :func:`reference_dates` draws
publication dates.

The strategies that render phrases (:func:`date_phrases`, :func:`day_phrases`, the word
families ...) need the dates plugin's renderers, so they live in the plugin,
:mod:`vndiplo_dates.testing`, registered under the ``vndiplo.strategies`` entry point. They are
importable from :mod:`vndiplo.testing` (``from vndiplo.testing import date_phrases``); the old
spelling ``from vndiplo.testing.dates import date_phrases`` still works, through the same entry
point::

    from hypothesis import given
    from vndiplo.testing import date_phrases, in_sentences

    @given(in_sentences(date_phrases()))
    def test_round_trip(case):
        doc = Document(case.text, published=case.phrase.reference)
        ...
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from attrs import frozen
from hypothesis import strategies as st

from vndiplo.testing.plugins import find_strategy

__all__ = ["PARTS_OF_DAY", "DatePhrase", "DateSentence", "in_sentences", "reference_dates"]

#: Names this module defined before the strategies moved to the dates plugin: still importable
#: from here, looked up through the ``vndiplo.strategies`` entry points.
MOVED = (
    "anniversary_phrases",
    "date_phrases",
    "datetime_phrases",
    "day_phrases",
    "month_phrases",
    "relative_phrases",
    "span_phrases",
    "year_phrases",
)

PARTS_OF_DAY = ("morning", "noon", "afternoon", "evening", "night")
_MIN = dt.date(1990, 6, 1)
_MAX = dt.date(2035, 6, 30)


def __getattr__(name: str) -> Any:
    """``from vndiplo.testing.dates import date_phrases``: the strategies that moved to a plugin."""
    if name in MOVED:
        return find_strategy(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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

#: The frames that do not tell their act as done.
_UNTENSED_FRAMES = tuple(frame for frame in _FRAMES if " đã " not in frame)


def _after_reference_month(phrase: DatePhrase) -> bool:
    """Whether a phrase whose year the reference gives starts in a later month of its year."""
    if phrase.year_source != "reference" or phrase.reference is None:
        return False
    start = phrase.value.partition("/")[0]
    if len(start) < 7 or not start[:4].isdigit():
        return False
    ref = phrase.reference
    return int(start[:4]) == ref.year and int(start[5:7]) > ref.month


@st.composite
def in_sentences(draw: st.DrawFn, phrases: st.SearchStrategy[DatePhrase]) -> DateSentence:
    """Place a phrase in a sentence about leaders, countries and outlets."""
    phrase = draw(phrases)
    # a day reported done ("đã tiếp") in a month after the page's cannot be this year's
    # (README round 9 #4): such a phrase is placed in a frame that does not tell it as done
    done = not _after_reference_month(phrase)
    frame = draw(st.sampled_from(_FRAMES if done else _UNTENSED_FRAMES))
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
