"""Reports dated without a year ("chiều 12-12" on a page with no stamp): joined when unambiguous.

Such a report has no day, so it is never linked or placed by day. It joins a meeting when, in
the whole corpus, exactly one event holds a stated-day two-sided report it fits on the same
month and day (of any year):

- a report naming two people or more: :func:`~vndiplo.corpus.link.linked` to that report, its
  day taken as the anchor's (same family, two people in common, places that agree);
- a report naming one side (not a visit): :func:`~vndiplo.corpus.attach.fits_anchor`, the
  one-sided rule of dated reports, on the anchor's day;
- either way, not on the other side's ground as the two articles tell it
  (:func:`vndiplo.corpus.grounds.other_ground`);
- a year-less span ("--03-09/--03-11", talks dated by their visit) fits a meeting on any day
  it covers (:func:`span_days`); a report naming both sides also fits a two-sided report dated
  by its page stamp (that day or the day before) in an event no stated day dates.

The same pair meeting on that month and day in two years, or one leader meeting two counterparts
that day, is two fitting events: the report then stays an event of its own. The two-sided
year-less reports that fit *no* dated meeting are joined among themselves, as one day's stated
reports are (linked, and regrouped by :func:`vndiplo.corpus.apart.regroup` so that a report
naming three people does not bridge two pairs): with nothing dated to choose between, three
outlets' "sáng 27/2" of one pair are far likelier one meeting than the same pair on the same
month-day of two years, which no date could tell apart anyway. A group of two-sided visit
reports then joins the year-less meeting of its trip, on its month-day or a visit's reach
away (:mod:`vndiplo.corpus.yearless_trip`). A year-less report is never an
anchor for dated meetings (its day stays unknown), so no dated two-sided report depends on where
it goes (weak dated reports may join a year-less meeting afterwards:
:mod:`vndiplo.corpus.yearless_weak`), and the placement of a month-day's year-less reports is
recomputed from scratch for every month-day a build touches, and those near a changed day: the
result does not depend on the order articles arrive in.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Callable

from vndiplo.corpus.apart import ONE_SIDE, regroup
from vndiplo.corpus.attach import fits_anchor, reported_people
from vndiplo.corpus.graph import OTHER_SCRIPT, REPLACE_WINDOW, event_of, people_of, take_out, union
from vndiplo.corpus.grounds import Ground, ground_of, home_guests, other_ground
from vndiplo.corpus.link import MAX_SLACK_DAYS, Report, linked, sides_agree
from vndiplo.corpus.sides import PEOPLE_SQL, decode_people, unmarked_as
from vndiplo.corpus.trip import VISIT_REACH, role_changes, roles_of, visit_meets
from vndiplo.corpus.yearless_trip import DayGroups, join_trips
from vndiplo.corpus.yearless_visit import place_one_sided_visits

__all__ = [
    "MONTH_DAY",
    "TOUCH_REACH",
    "month_day",
    "place_yearless",
    "read_in_year",
    "touched_month_days",
]

#: A year-less date as extracted: "--MM-DD", maybe with a time after it.
MONTH_DAY = re.compile(r"^--(\d{2}-\d{2})")


def month_day(date: str | None) -> str | None:
    """ "12-12" for a year-less "--12-12"; None for anything else."""
    found = MONTH_DAY.match(date or "")
    return found.group(1) if found else None


def _anchors(
    conn: sqlite3.Connection,
    people: frozenset[str],
    days_of_year: tuple[str, ...],
    *,
    visits: bool = False,
    stamped: bool = False,
) -> list[tuple[str, str, Report]]:
    """Two-sided reports on those month-days of any year sharing someone: (source id, event
    id, report). Stated-day reports; visits among them only when asked, and with ``stamped``
    also reports dated by their page stamp (a day's slack, which :func:`linked` allows) in an
    event no report of a stated day dates: where one does, it is the anchor, on its own day."""
    marks = ",".join("?" * len(people))
    own = " UNION ALL ".join(["SELECT ?"] * len(people))
    day_marks = ",".join("?" * len(days_of_year))
    # Someone shared, or written in the other script (marks or none): linked() decides.
    rows = conn.execute(
        f"SELECT s.id, s.event_id, s.family, s.day, s.day_inferred, s.location, (SELECT "
        f"{PEOPLE_SQL} FROM source_people p WHERE p.source_id = s.id) "
        "FROM source_people m JOIN sources s ON s.id = m.source_id "
        f"WHERE m.person_id IN ({own} UNION {OTHER_SCRIPT.format(marks=marks)}) "
        "AND s.day IS NOT NULL AND (s.day_inferred = 0 OR (? "
        "AND NOT EXISTS (SELECT 1 FROM sources t WHERE t.event_id = s.event_id "
        "AND t.day_inferred = 0 AND t.day IS NOT NULL))) "
        f"AND (s.family != 'visit' OR ?) AND substr(s.day, 6) IN ({day_marks}) "
        "GROUP BY s.id ORDER BY s.id",
        (*sorted(people), *sorted(people), int(stamped), int(visits), *days_of_year),
    ).fetchall()
    found = [
        (source_id, event_id, Report(family, day, bool(inf), location, *decode_people(packed)))
        for source_id, event_id, family, day, inf, location, packed in rows
    ]
    return [(s, event_id, anchor) for s, event_id, anchor in found if len(anchor.people) >= 2]


def _stamp_reach(days_of_year: tuple[str, ...]) -> tuple[str, ...]:
    """Those month-days and the day after each: a page stamp is the day of the event or the
    day after it."""
    return tuple(sorted({near for day in days_of_year for near in _near(day, 1)[1:]}))


def span_days(date: str | None) -> tuple[str, ...]:
    """The month-days a year-less date covers: one ("--03-10"), or each of a year-less span
    ("--03-09/--03-11", a meeting dated by its visit), at most :data:`SPAN_DAYS` of them."""
    start = month_day(date)
    if start is None:
        return ()
    end = month_day((date or "").partition("/")[2]) or start
    n, last = _INDEX[start], _INDEX[end]
    length = (last - n) % len(_CALENDAR)
    if length >= SPAN_DAYS:
        return (start,)
    return tuple(_CALENDAR[(n + k) % len(_CALENDAR)] for k in range(length + 1))


#: The longest year-less span read as "any of these days" (a state visit's length).
SPAN_DAYS = 7


def _nearest_reading(anchor_day: str, days_of_year: tuple[str, ...]) -> str | None:
    """The report's day read in the anchor's year: the month-day of its own nearest the
    anchor's day (the anchor's own when the report's span holds it)."""
    base = dt.date.fromisoformat(anchor_day)
    readings = [r for r in (read_in_year(anchor_day, d) for d in days_of_year) if r is not None]
    if not readings:
        return None
    return min(readings, key=lambda r: (abs((dt.date.fromisoformat(r) - base).days), r))


def read_in_year(day: str, day_of_year: str) -> str | None:
    """The date of that month-day nearest to ``day`` (its year, or a neighbour at New Year)."""
    base = dt.date.fromisoformat(day)
    best: dt.date | None = None
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            found = dt.date.fromisoformat(f"{year}-{day_of_year}")
        except ValueError:  # 02-29 of a common year
            continue
        if best is None or abs((found - base).days) < abs((best - base).days):
            best = found
    return best.isoformat() if best else None


def _near(day_of_year: str, reach: int) -> tuple[str, ...]:
    """The month-days within ``reach`` of one (across New Year)."""
    n = _INDEX[day_of_year]
    return tuple(_CALENDAR[(n + k) % len(_CALENDAR)] for k in range(-reach, reach + 1))


def _same_way(
    roles: dict[str, str],
    names: tuple[tuple[str, str], ...],
    anchor: Report,
    anchor_roles: dict[str, str],
) -> bool:
    """:func:`~vndiplo.corpus.trip.same_direction`, a person written in another script counting
    to keep a role: "Luong Cuong" hosting on an English arrival page is the "Lương Cường"
    hosting on a Vietnamese one (:func:`~vndiplo.corpus.sides.unmarked_as`). A fold is a guess
    ("Nguyen Van Hung" may be two people), so it may support the direction, never swap it."""
    flipped, kept = role_changes(roles, anchor_roles)
    if flipped or kept:
        return not flipped
    ids = unmarked_as(dict(names), dict(anchor.names))
    return role_changes({ids.get(p, p): r for p, r in roles.items()}, anchor_roles)[1]


def _visit_fitting_events(
    conn: sqlite3.Connection, source_id: str, location: str | None, day_of_year: str
) -> set[str]:
    """The events a two-sided year-less visit report fits: a dated visit it is linked to, or
    a dated meeting of its trip (:mod:`vndiplo.corpus.trip`), read in the anchor's year."""
    people, names = people_of(conn, source_id)
    if len(people) < 2:
        return set()
    # A host read as a guest of the visit (a guest at home) tells no direction.
    misread = home_guests(conn, source_id)
    own_roles = {p: r for p, r in roles_of(conn, source_id).items() if p not in misread}
    own_ground = ground_of(conn, source_id)
    fitting = set()
    for anchor_id, event_id, anchor in _anchors(
        # A meeting dated only by its page stamp is an anchor too, where no stated day dates
        # its event: the trip's welcome reported by the guest's press the morning after.
        conn,
        people,
        _near(day_of_year, VISIT_REACH),
        visits=True,
        stamped=True,
    ):
        assert anchor.day is not None
        mine = Report(
            "visit", read_in_year(anchor.day, day_of_year), False, location, people, names
        )
        fits = linked(mine, anchor) if anchor.family == "visit" else visit_meets(mine, anchor)
        if (
            fits
            and _same_way(own_roles, names, anchor, roles_of(conn, anchor_id))
            and not other_ground(own_ground, ground_of(conn, anchor_id))
        ):
            fitting.add(event_id)
    return fitting


def _fits(
    family: str,
    location: str | None,
    people: frozenset[str],
    names: tuple[tuple[str, str], ...],
    anchor: Report,
    days_of_year: tuple[str, ...],
) -> bool:
    assert anchor.day is not None
    day = _nearest_reading(anchor.day, days_of_year)
    if day is None:
        return False
    if len(people) >= 2:
        return linked(Report(family, day, False, location, people, names), anchor)
    if anchor.day_inferred or day != anchor.day:
        return False  # one side: only a meeting whose day its article states, on that day
    view = (anchor.family, anchor.day, anchor.location, anchor.people)
    return fits_anchor(family, None, anchor.day, False, location, people, view)


def _fitting_events(
    conn: sqlite3.Connection,
    source_id: str,
    document_id: str,
    family: str,
    location: str | None,
    date: str | None,
) -> set[str]:
    days_of_year = span_days(date)
    if family == "visit":
        return _visit_fitting_events(conn, source_id, location, days_of_year[0])
    people = reported_people(conn, source_id, document_id)
    if not people:
        return set()
    names = people_of(conn, source_id)[1]
    own_ground = ground_of(conn, source_id)
    # A report naming both sides may also fit a report dated by its page stamp.
    stamped = len(people) >= 2
    near = _stamp_reach(days_of_year) if stamped else days_of_year
    fitting = {
        event_id
        for anchor_id, event_id, anchor in _anchors(conn, people, near, stamped=stamped)
        if _fits(family, location, people, names, anchor, days_of_year)
        and not other_ground(own_ground, ground_of(conn, anchor_id))
    }
    if fitting or family != "meeting" or len(people) < 2:
        return fitting
    return _visit_of_meeting(conn, source_id, location, days_of_year, own_ground)


def _visit_of_meeting(
    conn: sqlite3.Connection,
    source_id: str,
    location: str | None,
    days_of_year: tuple[str, ...],
    own_ground: Ground,
) -> set[str]:
    """The events of the stated-day visits a two-sided year-less meeting report is a step of,
    when no dated meeting fits it.

    A welcome or the talks of a visit belong to the visit's meeting ("lễ đón ... ngày 29/1" on
    a page with no year, beside another outlet's dated arrival page): the visit names the same
    sides and no other, goes the same way (the host hosts in both: another leader's own
    meeting with the guest names another side) and is dated within a visit's reach of the
    report's month-day (:func:`vndiplo.corpus.trip.visit_meets`), on the same ground. A tea or
    a banquet is of the social family and never asks; and where the pair's tea or banquet is
    dated on the report's day, the report may be that one ("đón tiếp" at the state banquet),
    so it asks no visit of that day either.
    """
    people, names = people_of(conn, source_id)
    own_roles = roles_of(conn, source_id)
    near = tuple(sorted({d for day in days_of_year for d in _near(day, VISIT_REACH)}))
    mine_now = Report("meeting", None, False, location, people, names)
    social_days = {
        anchor.day
        for _s, _e, anchor in _anchors(conn, people, days_of_year, stamped=True)
        if anchor.family == "social" and sides_agree(mine_now, anchor)
    }
    fitting = set()
    for anchor_id, event_id, anchor in _anchors(conn, people, near, visits=True):
        assert anchor.day is not None
        day = _nearest_reading(anchor.day, days_of_year)
        # A visit at the invitation of two leaders (General Secretary and President) holds a
        # meeting with each: one of them with the guest is not told to be the visit's.
        if anchor.family != "visit" or day is None or len(anchor.people) != len(people):
            continue
        if day in social_days:
            continue
        mine = Report("meeting", day, False, location, people, names)
        if (
            visit_meets(anchor, mine)
            and _same_way(own_roles, names, anchor, roles_of(conn, anchor_id))
            and not other_ground(own_ground, ground_of(conn, anchor_id))
        ):
            fitting.add(event_id)
    return fitting


#: The day year-less reports are compared on among themselves (a leap year: "02-29" exists).
_SOME_YEAR = "2000"


def _group_among_themselves(
    conn: sqlite3.Connection, day_of_year: str, ids: list[str], apart: Callable[[str, str], bool]
) -> DayGroups:
    """Join the year-less reports no dated meeting fits that are linked to each other.

    Regrouped like one day's stated reports (:func:`vndiplo.corpus.apart.regroup`), so a report
    naming three people does not bridge two pairs of counterparts met that month-day; two
    reports their articles put on different grounds are not linked. Returns the day's groups of
    two-sided visit and meeting reports, for joining trips (:mod:`.yearless_trip`).
    """
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        f"SELECT s.id, s.family, s.location, {PEOPLE_SQL}, group_concat(p.role, char(31)) "
        "FROM sources s JOIN source_people p ON p.source_id = s.id "
        f"WHERE s.id IN ({marks}) GROUP BY s.id ORDER BY s.id",
        ids,
    ).fetchall()
    day = f"{_SOME_YEAR}-{day_of_year}"
    by_family: dict[str, tuple[dict[str, Report], set[str]]] = {}
    for source_id, family, location, packed, roles in rows:
        report = Report(family, day, False, location, *decode_people(packed))
        if len(report.people) < 2:
            continue  # a one-sided report only ever attaches to a dated meeting
        reports, sides = by_family.setdefault(family, ({}, set()))
        reports[source_id] = report
        if len(report.people) == 2 and set(roles.split("\x1f")) not in ONE_SIDE:
            sides.add(source_id)
    groups = {
        family: regroup(reports, sides, apart)
        for family, (reports, sides) in sorted(by_family.items())
    }
    for family_groups in groups.values():
        for group in family_groups:
            if len(group) > 1:
                union(conn, [event_of(conn, s) for s in group])
    trip_reports = {
        s: r
        for family in ("visit", "meeting")
        for s, r in by_family.get(family, ({}, set()))[0].items()
    }
    return DayGroups(day_of_year, groups.get("visit", []), groups.get("meeting", []), trip_reports)


#: How far from a changed day a month-day is placed again: the weak reports re-placed around a
#: changed day (:data:`~vndiplo.corpus.graph.REPLACE_WINDOW`) and a visit's reach from them, so
#: a weak report that :mod:`vndiplo.corpus.yearless_weak` joined to a year-less meeting is
#: always weighed again with it.
TOUCH_REACH = REPLACE_WINDOW + 2 * MAX_SLACK_DAYS + 7


#: Every month-day of a leap year, in calendar order ("01-01" ... "12-31").
_CALENDAR = [(dt.date(2000, 1, 1) + dt.timedelta(days=n)).isoformat()[5:10] for n in range(366)]
_INDEX = {day_of_year: n for n, day_of_year in enumerate(_CALENDAR)}


def touched_month_days(conn: sqlite3.Connection) -> list[str]:
    """The month-days ("05-30") this transaction touched, and those near a changed day."""
    # With the month-days a visit's reach away: a year-less trip joins across them.
    touched = {
        near
        for (day_of_year,) in conn.execute("SELECT month_day FROM dirty_month_days")
        for near in _near(day_of_year, VISIT_REACH)
    }
    days = {_INDEX[r[0]] for r in conn.execute("SELECT DISTINCT substr(day, 6) FROM dirty_days")}
    # Day-of-year arithmetic over a leap year: at most 366 distinct days however large the build.
    near = {(n + k) % len(_CALENDAR) for n in days for k in range(-TOUCH_REACH, TOUCH_REACH + 1)}
    touched.update(_CALENDAR[n] for n in near)
    return sorted(touched)


def place_yearless(conn: sqlite3.Connection) -> None:
    """Re-place the year-less reports of every month-day this transaction touched, then the
    one-sided visit reports within a visit's reach of them (:mod:`.yearless_visit`)."""
    touched = touched_month_days(conn)
    grounds: dict[str, Ground] = {}

    def apart(a: str, b: str) -> bool:
        for s in (a, b):
            if s not in grounds:
                grounds[s] = ground_of(conn, s)
        return other_ground(grounds[a], grounds[b])

    placed: list[DayGroups] = []
    for day_of_year in touched:
        rows = conn.execute(
            "SELECT id, event_id, document_id, family, location, date FROM sources "
            "WHERE day IS NULL AND date BETWEEN ? AND ? ORDER BY id",
            (f"--{day_of_year}", f"--{day_of_year}~"),
        ).fetchall()
        unplaced = []
        for source_id, _stale, document_id, family, location, date in rows:
            take_out(conn, source_id)
            fitting = _fitting_events(conn, source_id, document_id, family, location, date)
            if len(fitting) == 1:
                union(conn, [fitting.pop(), event_of(conn, source_id)])
            elif not fitting:
                unplaced.append(source_id)
        if unplaced:
            placed.append(_group_among_themselves(conn, day_of_year, unplaced, apart))
    join_trips(conn, placed, _near, apart, read_in_year)
    visit_days = {near for day_of_year in touched for near in _near(day_of_year, VISIT_REACH)}
    place_one_sided_visits(
        conn, {day: _near(day, VISIT_REACH) for day in sorted(visit_days)}, VISIT_REACH
    )
