"""Calls and messages are done at a distance: each outlet files from its own capital (a Korean
agency from Seoul, a Vietnamese paper from Hanoi), so two places never tell two such reports
apart; a meeting's two places still do (round 16, corpus dev: a president's phone call reported
by a Korean and a Vietnamese outlet stayed two events)."""

from __future__ import annotations

import pytest

from vndiplo.corpus.link import Report, linked

PAIR = frozenset({"kim-min-jun", "vo-van-an"})


def _report(family: str, place: str | None, day: str = "2024-03-23") -> Report:
    return Report(family=family, day=day, day_inferred=False, location=place, people=PAIR)


@pytest.mark.parametrize("family", ["call", "message"])
@pytest.mark.parametrize(("a", "b"), [("Seoul", "Hà Nội"), ("Seoul", "Hanoi"), ("Tokyo", None)])
def test_a_distance_act_links_across_two_filing_places(family: str, a: str, b: str | None) -> None:
    assert linked(_report(family, a), _report(family, b))


@pytest.mark.parametrize("family", ["meeting", "visit", "signing"])
def test_a_meeting_in_two_countries_stays_two_events(family: str) -> None:
    assert not linked(_report(family, "Seoul"), _report(family, "Hà Nội"))


def test_a_distance_act_still_needs_the_same_day_and_pair() -> None:
    assert not linked(_report("call", "Seoul"), _report("call", "Hà Nội", day="2024-03-29"))
    other = Report("call", "2024-03-23", False, "Hà Nội", frozenset({"vo-van-an", "lee-ho"}))
    assert not linked(_report("call", "Seoul"), other)
