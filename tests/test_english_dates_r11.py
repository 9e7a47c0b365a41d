"""Round 11, English pages: a weekday written before a full date is one date with it ("on
Tuesday (June 4, 2024)", "Monday, June 3"); a weekday alone is the latest such day up to the
page's date (the next one when the sentence speaks of the future)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_english.dates import dates_in

_STAMP = dt.date(2031, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The envoy landed on Thursday (March 6, 2031) in Hue.",
            "Thursday (March 6, 2031)",
            "2031-03-06",
        ),
        ("On Monday, March 10, the ministers held talks.", "Monday, March 10", "2031-03-10"),
        (
            "They met on Friday afternoon (March 7) in Hue.",
            "Friday afternoon (March 7)",
            "2031-03-07",
        ),
    ],
)
def test_a_weekday_before_a_date_is_one_date(text: str, phrase: str, value: str) -> None:
    found = list(dates_in(text, 0, _STAMP))
    assert [(t.text, t.value) for t in found] == [(phrase, value)]


def test_a_weekday_alone_is_the_latest_one_up_to_the_stamp() -> None:
    found = list(dates_in("The minister received the delegation on Monday.", 0, _STAMP))
    assert [t.value for t in found] == ["2031-03-10"]
    same_day = list(dates_in("The minister received them on Wednesday.", 0, _STAMP))
    assert [t.value for t in same_day] == ["2031-03-12"]
    ahead = list(dates_in("The president will visit Laos on Friday.", 0, _STAMP))
    assert [t.value for t in ahead] == ["2031-03-14"]


def test_a_bracket_that_is_not_one_date_stays_apart() -> None:
    found = list(dates_in("Talks on Tuesday (March 4 and 5) ended.", 0, _STAMP))
    assert [t.text for t in found] == ["Tuesday", "March 4"]


@given(st.text(alphabet="MondayTuesday (March 4, 2031)on,  evening", max_size=60))
def test_offsets_stay_valid(text: str) -> None:
    for t in dates_in(text, 0, _STAMP):
        assert text[t.start : t.end] == t.text
