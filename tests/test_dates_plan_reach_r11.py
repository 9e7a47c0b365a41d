"""Round-11 plans and reported days in one sentence, in invented wordings with near misses:

* a day a few days before the stamp, in a sentence that also plans ("sẽ ... tháng 10 tới"), is
  the reported day, not the same day almost a year ahead; a day planned months ahead still is;
* a month planned in another clause before the trigger ("B sẽ thăm X vào tháng 10 tới, thông
  tin được nêu tại buổi tiếp ... ngày 3/6") does not date the trigger: the day in its own
  clause does; with no such day the month still dates it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_dates.year_choice import PLAN_DAYS, plan_within_reach

import vndiplo


@pytest.fixture(scope="module")
def runner() -> vndiplo.Runner:
    return vndiplo.Runner()


def _run(runner: vndiplo.Runner, text: str, published: str | None = None) -> vndiplo.Document:
    return runner.run({"id": "t", "text": text, "published": published})


PLANNED_AND_TOLD = (
    "Tổng thống Brazil Paulo Costa sẽ thăm Việt Nam vào tháng 10 tới, thông tin được nêu tại "
    "buổi tiếp Đại sứ Brazil Ana Lima của Phó Thủ tướng Trần Minh Đức ngày 3/6."
)


def test_a_day_just_before_the_stamp_stays_in_its_year(runner: vndiplo.Runner) -> None:
    doc = _run(runner, PLANNED_AND_TOLD, "2031-06-06")
    assert [d.value for d in doc.dates if d.text == "ngày 3/6"] == ["2031-06-03"]


def test_a_day_planned_weeks_ahead_stays_ahead(runner: vndiplo.Runner) -> None:
    text = "Tổng thống Brazil Paulo Costa sẽ thăm Việt Nam ngày 3/2."
    doc = _run(runner, text, "2031-12-20")
    assert doc.dates[0].value == "2032-02-03"


def test_the_own_clause_day_beats_another_clauses_month(runner: vndiplo.Runner) -> None:
    doc = _run(runner, PLANNED_AND_TOLD, "2031-06-06")
    reception = next(e for e in doc.events if e.type == "reception")
    assert reception.date == "2031-06-03"


def test_a_month_in_the_triggers_own_clause_still_dates_it(runner: vndiplo.Runner) -> None:
    text = "Tổng thống Brazil Paulo Costa sẽ thăm Việt Nam vào tháng 10 tới."
    doc = _run(runner, text, "2031-06-06")
    assert doc.events[0].date == "2031-10"


@given(st.integers(1, 12), st.integers(1, 28), st.integers(0, 400))
def test_plan_reach_is_a_distance(month: int, day: int, offset: int) -> None:
    anchor = dt.date(2031, 1, 1) + dt.timedelta(days=offset)
    year = anchor.year + 1
    when = dt.date(year, month, day)
    assert plan_within_reach(month, day, year, anchor) == ((when - anchor).days <= PLAN_DAYS)
    assert plan_within_reach(month, None, year, anchor)
