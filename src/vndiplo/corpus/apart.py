"""Two different meetings of one day that a many-sided report would bridge stay apart.

Linking is the connected components of :func:`~vndiplo.corpus.link.linked`, so one report
naming three people (A, B and C) that shares two with the A-B talks and two with the A-C
reception of the same day would make the two meetings one event. Two reports that each name
the two sides of a pair of counterparts (exactly two people, not both hosts nor both guests),
and not the same two, are *cannot-merge*. A report naming two people links only a report naming
the same two or more, so only a report naming three or more can bridge such a pair, and a
component holding one is regrouped:

- the reports naming at most two people form the components of their own links (one per pair);
- the reports naming three or more form theirs, and each such group joins the one pair group it
  links to, or stays an event of its own when it links to two or none.

The regrouping is a function of the day's stated reports of a family, recomputed from scratch
whenever a build touches a day that holds a report naming three or more, so the result still
does not depend on the order articles arrive in. Visits (linked across days) are left out:
they never anchor a meeting by themselves.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from vndiplo.corpus.facts import FAMILIES, SOCIAL
from vndiplo.corpus.graph import components, event_of, link_stated, split_event, union
from vndiplo.corpus.link import Report, linked
from vndiplo.corpus.sides import PEOPLE_SQL, decode_people

__all__ = ["ONE_SIDE", "keep_pairs_apart", "regroup"]


def _components(ids: Sequence[str], joined: Callable[[str, str], bool]) -> list[list[str]]:
    edges = ((a, b) for n, a in enumerate(ids) for b in ids[n + 1 :] if joined(a, b))
    return components(ids, edges)


def _conflicted(group: Sequence[str], reports: dict[str, Report], sides: set[str]) -> bool:
    pairs = {reports[s].people for s in group if s in sides}
    return len(pairs) >= 2


def regroup(
    reports: dict[str, Report],
    sides: set[str],
    apart: Callable[[str, str], bool] | None = None,
) -> list[list[str]]:
    """The events one day's stated reports of one family form, cannot-merge pairs kept apart.

    ``sides`` holds the reports that name the two sides of a pair of counterparts; a delegation
    named as two guests ("the prime minister and his deputy") is not a pair of counterparts.
    ``apart`` vetoes a link the reports alone do not rule out (their articles' grounds).
    """

    def joined(a: str, b: str) -> bool:
        return linked(reports[a], reports[b]) and not (apart is not None and apart(a, b))

    out: list[list[str]] = []
    for component in _components(sorted(reports), joined):
        if not _conflicted(component, reports, sides):
            out.append(component)
            continue
        small = [s for s in component if len(reports[s].people) <= 2]
        many = [s for s in component if len(reports[s].people) > 2]
        pairs = _components(small, joined)
        for bridge in _components(many, joined):
            touched = [
                n for n, g in enumerate(pairs) if any(joined(a, b) for a in bridge for b in g)
            ]
            if len(touched) == 1:
                pairs[touched[0]] = sorted(pairs[touched[0]] + bridge)
            else:
                out.append(bridge)
        out.extend(pairs)
    return out


#: The roles of a report naming one side twice (a host and his deputy): not a pair.
ONE_SIDE = ({"host"}, {"guest"})


def _day_reports(
    conn: sqlite3.Connection, family: str, day: str
) -> tuple[dict[str, Report], set[str]]:
    """The day's stated reports of a family, and those naming a pair of counterparts."""
    rows = conn.execute(
        f"SELECT s.id, s.location, {PEOPLE_SQL}, "
        "group_concat(p.role, char(31)) FROM sources s "
        "JOIN source_people p ON p.source_id = s.id "
        "WHERE s.family = ? AND s.day = ? AND s.day_inferred = 0 GROUP BY s.id",
        (family, day),
    ).fetchall()
    reports = {
        source_id: Report(family, day, False, location, *decode_people(packed))
        for source_id, location, packed, _roles in rows
    }
    sides = {
        source_id
        for source_id, _loc, _packed, roles in rows
        if len(reports[source_id].people) == 2 and set((roles or "").split("\x1f")) not in ONE_SIDE
    }
    return reports, sides


def _apply(conn: sqlite3.Connection, groups: list[list[str]]) -> None:
    """Make the events of the day's reports these groups; what was attached is placed again."""
    events = {event_of(conn, s) for g in groups for s in g}
    members: list[tuple[str, int]] = []
    for event_id in sorted(events):
        rows = conn.execute(
            "SELECT id, day_inferred FROM sources WHERE event_id = ? ORDER BY id", (event_id,)
        ).fetchall()
        members.extend(rows)
        split_event(conn, event_id, [r[0] for r in rows])
    grouped = {s for g in groups for s in g}
    for group in groups:
        union(conn, [event_of(conn, s) for s in group])
    # Weak reports that were attached link again among themselves (attachment follows);
    # undated and year-less ones are placed again by their own passes (their days are dirty).
    for source_id, inferred in members:
        if source_id not in grouped and not inferred:
            link_stated(conn, source_id)


def keep_pairs_apart(conn: sqlite3.Connection) -> None:
    """Regroup the changed days that hold a stated report naming three people or more."""
    families = sorted({*FAMILIES.values(), SOCIAL} - {"visit"})
    marks = ",".join("?" * len(families))
    # From the changed days into the (family, day) index: never a scan of all sources.
    days = conn.execute(
        "SELECT DISTINCT s.family, s.day FROM dirty_days d "
        "CROSS JOIN sources s INDEXED BY sources_family_day "
        f"ON s.family IN ({marks}) AND s.day = d.day WHERE s.day_inferred = 0 "
        "AND (SELECT count(*) FROM source_people p WHERE p.source_id = s.id) > 2 "
        "ORDER BY s.family, s.day",
        families,
    ).fetchall()
    for family, day in days:
        _apply(conn, regroup(*_day_reports(conn, family, day)))
