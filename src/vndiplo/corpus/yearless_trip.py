"""Year-less visit reports and the year-less meeting of their trip, on the same or a near day.

Outlets date one trip by different days: the talks "ngày 10/3", the end of the visit "ngày
11/3", the arrival the evening before. With no year anywhere, the two-sided reports that fit
no dated meeting are grouped per month-day (:mod:`vndiplo.corpus.yearless`), so a visit group
and the meeting group of its trip a day apart stayed two events. Each year-less group of
two-sided visit reports joins

- the one meeting group of its own month-day its trip fits, else
- the one meeting group within :data:`~vndiplo.corpus.trip.VISIT_REACH` month-days its trip
  fits (read in one year, across New Year too),

where a trip fits a meeting (:func:`vndiplo.corpus.trip.visit_meets`) with two sides in common,
agreeing places, the same direction (a return visit is another meeting) and the same ground as
the articles tell it. Two fitting meeting groups (talks with two hosts, a pair met twice that
week) leave the visit alone. Only groups recomputed in the same pass are weighed, so the result
is a function of the set of year-less reports of the month-days touched (widened by the reach).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence

import attrs

from vndiplo.corpus.graph import event_of, union
from vndiplo.corpus.link import Report
from vndiplo.corpus.trip import VISIT_REACH, roles_of, same_direction, visit_meets

__all__ = ["DayGroups", "join_trips"]


@attrs.frozen
class DayGroups:
    """One month-day's year-less groups of two-sided visit and meeting reports."""

    day_of_year: str
    visits: Sequence[Sequence[str]]
    meetings: Sequence[Sequence[str]]
    #: Each grouped report, its day read in a fixed leap year ("2000-03-10").
    reports: Mapping[str, Report]


def join_trips(
    conn: sqlite3.Connection,
    days: Sequence[DayGroups],
    near: Callable[[str, int], tuple[str, ...]],
    apart: Callable[[str, str], bool],
    read_in_year: Callable[[str, str], str | None],
) -> None:
    """Join each visit group to the one meeting group of its trip (see the module doc)."""
    by_day = {d.day_of_year: d for d in days}
    roles: dict[str, dict[str, str]] = {}

    def role(source_id: str) -> dict[str, str]:
        if source_id not in roles:
            roles[source_id] = roles_of(conn, source_id)
        return roles[source_id]

    def fits(visit: Report, v: str, meeting: Report, m: str) -> bool:
        return visit_meets(visit, meeting) and same_direction(role(v), role(m)) and not apart(v, m)

    for own in days:
        for group in own.visits:
            target = _the_one_meeting(own, group, by_day, near, fits, read_in_year)
            if target is not None:
                union(conn, [event_of(conn, s) for s in (*group, *target)])


def _the_one_meeting(
    own: DayGroups,
    group: Sequence[str],
    by_day: Mapping[str, DayGroups],
    near: Callable[[str, int], tuple[str, ...]],
    fits: Callable[[Report, str, Report, str], bool],
    read_in_year: Callable[[str, str], str | None],
) -> Sequence[str] | None:
    """The one meeting group the visit group fits: of its own day first, else within reach."""
    for days in ((own.day_of_year,), near(own.day_of_year, VISIT_REACH)):
        found = []
        for day_of_year in days:
            other = by_day.get(day_of_year)
            if other is None:
                continue
            for meeting_group in other.meetings:
                if _group_fits(own, group, other, meeting_group, fits, read_in_year):
                    found.append(meeting_group)
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _group_fits(
    own: DayGroups,
    group: Sequence[str],
    other: DayGroups,
    meeting_group: Sequence[str],
    fits: Callable[[Report, str, Report, str], bool],
    read_in_year: Callable[[str, str], str | None],
) -> bool:
    for m in meeting_group:
        meeting = other.reports[m]
        assert meeting.day is not None
        for v in group:
            visit = own.reports[v]
            assert visit.day is not None
            day = read_in_year(visit.day, other.day_of_year)
            if day is not None and fits(visit, v, attrs.evolve(meeting, day=day), m):
                return True
    return False
