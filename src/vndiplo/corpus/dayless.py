"""Reports with no day at all (no date in the text, no page stamp): joined when unambiguous.

A copy with its dateline stripped ("Thủ tướng hội kiến Tổng thống ...", no stamp, no date in
the URL) has no day, so it is never linked or placed by day. It joins a meeting only when, in
the whole corpus, exactly one event holds a report it fits, of any day or year:

- the same family, and a report naming two people or more (a visit naming both sides also fits
  a meeting report of its trip, going the same way: :mod:`vndiplo.corpus.trip`);
- two sides in common (:func:`vndiplo.corpus.sides.shared_sides`: one person exactly and the
  other the same or a short spelling the pair pins down);
- places that agree (:func:`vndiplo.corpus.link.places_agree`);
- not the pair in the other direction (A's state visit to B, B's return visit to A is another
  meeting): someone hosts in one report and is the guest in the other while no one keeps the
  same host or guest role in both (one flipped role beside a kept one is a reading slip);
- its article does not also report, with no day, the other mode of encounter of its people
  (a call beside a meeting: a call page recalling the pair's last meeting);
- not on the other side's ground as the two articles tell it
  (:func:`vndiplo.corpus.grounds.other_ground`: the report's article has X arriving while the
  meeting has X hosting, or the two places lie in different countries).

Two day-less reports fitting no event join each other only when something beyond the pair
dates or places them together: both name a place and the places agree, or their articles' URLs
state the same month (:func:`vndiplo.url_dates.date_from_url`; the store keeps no crawl date).
Two calls of one pair in different years, neither placed, are otherwise one guess.

People are compared as the corpus resolves them (:mod:`vndiplo.corpus.resolved_ids`): an
English report's "Nguyen Phu Trong" is the "Nguyễn Phú Trọng" of a Vietnamese one when he is the
only marked person of that fold, so the two reports of a Lao leader's visit share its hosts
though they spell the guest in two scripts (the respelt guest is never the key).

A pair that met twice (two years, or a call and a later call) is two fitting events, and a
report naming one host and the visitor does not fit the visitor's talks with another host
(one side in common): the report then stays an event of its own. So it does when the pair's
other day-less reports name the report's whole cast (in either script) while no report of its
one fitting event does, and do not fit that event: they tell of a meeting it may not be (a Lao
leader's visit to two hosts beside a later welcome by one of them). Being conservative matters
more here than anywhere: nothing in the report can tell two such meetings apart.

Day-less reports are never what another report fits, so placing one changes nothing for the
others. Each build re-places the day-less reports that name someone whose reports or events it
touched (the people of ``dirty_people`` and of ``dirty_events``, through the person index),
after every other pass: the result is a function of the set of articles, whatever their order.
"""

from __future__ import annotations

import sqlite3

import attrs

from vndiplo.corpus.graph import components, event_of, people_of, split_event, union
from vndiplo.corpus.grounds import Ground, ground_of, other_ground
from vndiplo.corpus.link import Report, places_agree
from vndiplo.corpus.page_days import page_visit_days, same_days
from vndiplo.corpus.resolved_ids import alias_kin, resolved, resolved_keys
from vndiplo.corpus.sides import PEOPLE_SQL, decode_people, shared_sides
from vndiplo.corpus.trip import role_changes, roles_of, same_direction, visit_meets
from vndiplo.corpus.yearless import month_day
from vndiplo.url_dates import date_from_url

__all__ = ["place_dayless"]


def _dayless(day: str | None, date: str | None) -> bool:
    return day is None and month_day(date) is None


_TOUCHED = """
WITH hit(id) AS (
    SELECT id FROM dirty_people UNION SELECT q.person_id FROM dirty_events d
    JOIN sources t ON t.event_id = d.id JOIN source_people q ON q.source_id = t.id),
root(id) AS (
    SELECT coalesce(a.same_as, h.id) FROM hit h LEFT JOIN person_aliases a ON a.person_id = h.id),
near(id) AS (
    SELECT id FROM hit UNION SELECT id FROM root
    UNION SELECT a.person_id FROM person_aliases a WHERE a.same_as IN (SELECT id FROM root))
SELECT DISTINCT s.id, s.event_id, s.family, s.location, s.date
FROM source_people m JOIN sources s ON s.id = m.source_id
WHERE s.day IS NULL AND m.person_id IN (SELECT id FROM near)
ORDER BY s.id
"""


def _touched(conn: sqlite3.Connection) -> list[tuple[str, str, str, str | None]]:
    """Day-less reports naming someone this transaction touched, or another spelling the
    corpus resolves to the same person (placement reads people through the aliases): (id,
    event, family, place)."""
    rows = conn.execute(_TOUCHED).fetchall()
    return [(i, e, f, loc) for i, e, f, loc, date in rows if month_day(date) is None]


def _swapped(a: dict[str, str], b: dict[str, str]) -> bool:
    """Whether the two reports are the pair's meeting in the other direction.

    Someone hosts in one report and is the guest in the other, and no one keeps the same host
    or guest role in both. A report that names both sides hosts ("X và Y tiến hành hội đàm"
    read as two hosts) flips one role without reversing the visit: a reading slip, not a return
    visit, so it does not keep the reports apart.
    """
    flipped, kept = role_changes(a, b)
    return flipped and not kept


def _url_month(conn: sqlite3.Connection, source_id: str) -> tuple[int, int] | None:
    """The year and month the report's article URL states, if it states one."""
    row = conn.execute(
        "SELECT d.url FROM sources s JOIN documents d ON d.id = s.document_id WHERE s.id = ?",
        (source_id,),
    ).fetchone()
    found = date_from_url(row[0] if row else None)
    return None if found is None else (found.year, found.month)


def _pinned_together(
    conn: sqlite3.Connection, a: str, a_place: str | None, b: str, b_place: str | None
) -> bool:
    """Whether two day-less reports of one pair are tied beyond the pair itself: both placed,
    in agreeing places, both articles' URLs stating one month, or both articles dating a
    visit of the pair on days in common (:mod:`vndiplo.corpus.page_days`). A pair meets again
    and again; with none of these the two reports could be any two of its meetings."""
    if a_place and b_place:
        return True  # places_agree was checked with the other fitting tests
    month = _url_month(conn, a)
    if month is not None and month == _url_month(conn, b):
        return True
    return same_days(page_visit_days(conn, a), page_visit_days(conn, b))


def _hostless(own: dict[str, str], other: dict[str, str]) -> bool:
    """Whether one report names no host and no guest (a meeting on a summit's sidelines, where
    no one receives anyone) while the other has someone host someone: two different meetings
    of the pair, which a report with no day cannot be read across."""

    def hosted(roles: dict[str, str]) -> bool:
        return {"host", "guest"} <= set(roles.values())

    def unhosted(roles: dict[str, str]) -> bool:
        return bool(roles) and not {"host", "guest"} & set(roles.values())

    return (unhosted(own) and hosted(other)) or (hosted(own) and unhosted(other))


#: A call and an in-person meeting: an article reporting both of one person, neither dated, may
#: be about either (a call that recalls the pair's last meeting, a meeting that mentions a call).
_OTHER_MODE = {"call": ("meeting", "social"), "meeting": ("call",), "social": ("call",)}


def _call_or_meeting(
    conn: sqlite3.Connection, source_id: str, family: str, people: frozenset[str]
) -> bool:
    """Whether the report's article also reports, with no day, the other mode of encounter
    (:data:`_OTHER_MODE`) of one of its people: with no day to tell which the article is
    about, the report is no evidence for either meeting."""
    other = _OTHER_MODE.get(family)
    if other is None:
        return False
    marks, person_marks = ",".join("?" * len(other)), ",".join("?" * len(people))
    row = conn.execute(
        "SELECT 1 FROM sources s JOIN sources t ON t.document_id = s.document_id "
        "JOIN source_people p ON p.source_id = t.id "
        f"WHERE s.id = ? AND t.day IS NULL AND t.family IN ({marks}) "
        f"AND p.person_id IN ({person_marks}) LIMIT 1",
        (source_id, *other, *sorted(people)),
    ).fetchone()
    return row is not None


def _fitting_events(
    conn: sqlite3.Connection, source_id: str, family: str, location: str | None
) -> tuple[set[str], set[str], set[str]]:
    """The events holding a dated or year-less report this one fits, the day-less reports of
    its own family it fits and that are pinned to it (:func:`_join_among_themselves`), and all
    the day-less reports of its family it fits, pinned or not (:func:`_kin_elsewhere`)."""
    raw, names = people_of(conn, source_id)
    if len(raw) < 2 or _call_or_meeting(conn, source_id, family, raw):
        return set(), set(), set()
    # People as the corpus resolves them: "Nguyen Phu Trong" is the "Nguyễn Phú Trọng" of a
    # Vietnamese report (:mod:`vndiplo.corpus.resolved_ids`).
    ids = resolved(conn, raw)
    named = resolved_keys(dict(names), ids)
    people = alias_kin(conn, set(ids.values()))
    marks = ",".join("?" * len(people))
    # A visit naming both sides may be the trip of a meeting (:mod:`vndiplo.corpus.trip`), and
    # a meeting a step of a visit naming its cast: a page telling a visit's welcome or talks with
    # no day at all belongs to the visit's meeting when one visit names the same cast and goes
    # the same way (another leader's own meeting with the guest names another side, a visit of
    # two inviters another cast), and only when no meeting fits (better evidence).
    families = {"visit": (family, "meeting"), "meeting": (family, "visit")}.get(family, (family,))
    fam_marks = ",".join("?" * len(families))
    rows = conn.execute(
        "SELECT s.id, s.event_id, s.family, s.day, s.date, s.location, "
        f"(SELECT {PEOPLE_SQL} FROM source_people p WHERE p.source_id = s.id) "
        "FROM source_people m JOIN sources s ON s.id = m.source_id "
        f"WHERE m.person_id IN ({marks}) AND s.family IN ({fam_marks}) AND s.id != ? "
        "GROUP BY s.id",
        (*sorted(people), *families, source_id),
    ).fetchall()
    fitting: set[str] = set()
    trips: set[str] = set()
    partners: set[str] = set()
    kin: set[str] = set()
    own_roles = resolved_keys(roles_of(conn, source_id), ids)
    own_ground = _resolved_ground(ground_of(conn, source_id), ids)
    mine = Report(family, None, False, location, frozenset(named), tuple(named.items()))
    # one query resolves every candidate's people
    unpacked = [(row, decode_people(row[-1])) for row in rows]
    other_ids = resolved(conn, {pid for _row, (raw_ids, _p) in unpacked for pid in raw_ids})
    for row, (_raw_ids, other_pairs) in unpacked:
        other_id, event_id, other_family, day, date, other_location, _packed = row
        other_named = resolved_keys(dict(other_pairs), other_ids)
        other_people, other_names = frozenset(other_named), tuple(other_named.items())
        dayless = _dayless(day, date)
        if len(other_people) < 2 or (dayless and other_family != family):
            continue
        if other_family != family:
            other = Report(other_family, None, False, other_location, other_people, other_names)
            trip = visit_meets(other, mine) if family == "meeting" else visit_meets(mine, other)
            if not trip or (family == "meeting" and len(other_people) != len(named)):
                continue
            if not same_direction(own_roles, _roles(conn, other_id, other_ids)):
                continue
        # The cheap tests first: one query per row for the roles would make a person with
        # thousands of reports quadratic.
        if not (
            shared_sides(named, other_named)[1] >= 2 and places_agree(location, other_location)
        ):
            continue
        other_roles = _roles(conn, other_id, other_ids)
        if _swapped(own_roles, other_roles) or other_ground(
            own_ground, _resolved_ground(ground_of(conn, other_id), other_ids)
        ):
            continue
        if not dayless:
            if not _hostless(own_roles, other_roles):
                (trips if other_family == "visit" != family else fitting).add(event_id)
        else:
            kin.add(other_id)
            if _pinned_together(conn, source_id, location, other_id, other_location):
                partners.add(other_id)
    return fitting or trips, partners, kin


def _roles(conn: sqlite3.Connection, source_id: str, ids: dict[str, str]) -> dict[str, str]:
    """A report's roles, its people as the corpus resolves them."""
    return resolved_keys(roles_of(conn, source_id), ids)


def _resolved_ground(ground: Ground, ids: dict[str, str]) -> Ground:
    """``ground`` with its people as the corpus resolves them."""
    return attrs.evolve(
        ground,
        hosts=frozenset(ids.get(p, p) for p in ground.hosts),
        travelled=frozenset(ids.get(p, p) for p in ground.travelled),
    )


def _join_among_themselves(
    conn: sqlite3.Connection, unfitted: dict[str, set[str]], fitted: set[str]
) -> None:
    """Join day-less reports that fit no event but each other, when every two of them fit.

    ``unfitted`` maps each such report to the day-less reports it fits. A partner placed into an
    event (``fitted``) is no partner; a chain A-B-C where A and C do not fit (a return visit
    beside the visit) joins nothing.
    """
    edges = [
        (a, b)
        for a, found in sorted(unfitted.items())
        for b in sorted(found)
        if a < b and b in unfitted and a in unfitted[b] and b not in fitted
    ]
    members = sorted({s for edge in edges for s in edge})
    for group in components(members, edges):
        whole = all(b in unfitted[a] for a in group for b in group if a != b)
        if len(group) > 1 and whole:
            union(conn, [event_of(conn, s) for s in group])


def _kin_elsewhere(conn: sqlite3.Connection, source_id: str, kin: set[str], event_id: str) -> bool:
    """Whether the pair's day-less reports tell of another meeting than the one event the report
    fits: a day-less report it fits names everyone it names and does not fit that event, while
    no report of the event names them all (the Lao leader with two hosts beside a later welcome
    by one of them). With no day to choose, the report then joins neither."""
    own = _named(conn, source_id)
    event_reports = [
        r[0] for r in conn.execute("SELECT id FROM sources WHERE event_id = ?", (event_id,))
    ]
    if any(_names_all(own, _named(conn, other)) for other in event_reports):
        return False
    return any(
        _names_all(own, _named(conn, other))
        and event_id not in _fitting_events(conn, other, *_source_view(conn, other))[0]
        for other in sorted(kin)
    )


def _named(conn: sqlite3.Connection, source_id: str) -> dict[str, str]:
    """A report's people, as the corpus resolves them, with the names it writes."""
    raw, names = people_of(conn, source_id)
    return resolved_keys(dict(names), resolved(conn, raw))


def _names_all(own: dict[str, str], other: dict[str, str]) -> bool:
    """Whether ``other`` names every side ``own`` names, in either script."""
    return shared_sides(own, other, cross_script=True)[1] >= len(own)


def _source_view(conn: sqlite3.Connection, source_id: str) -> tuple[str, str | None]:
    family, location = conn.execute(
        "SELECT family, location FROM sources WHERE id = ?", (source_id,)
    ).fetchone()
    return family, location


def place_dayless(conn: sqlite3.Connection) -> None:
    """Re-place the day-less reports naming someone this transaction touched."""
    unfitted: dict[str, set[str]] = {}
    fitted: set[str] = set()
    for source_id, event_id, family, location in _touched(conn):
        event_id = event_of(conn, source_id)  # an earlier split may have renamed it
        others = conn.execute(
            "SELECT 1 FROM sources WHERE event_id = ? AND id != ? LIMIT 1", (event_id, source_id)
        ).fetchone()
        if others is not None:
            split_event(conn, event_id, [source_id])
        fitting, partners, kin = _fitting_events(conn, source_id, family, location)
        if len(fitting) == 1 and not _kin_elsewhere(conn, source_id, kin, next(iter(fitting))):
            union(conn, [fitting.pop(), event_of(conn, source_id)])
            fitted.add(source_id)
        elif len(fitting) <= 1:
            unfitted[source_id] = partners
        else:
            fitted.add(source_id)
    # Partners this build did not touch: whether they fit an event, and whom they fit. One
    # joined to other day-less reports earlier is taken apart with them, to be weighed again.
    queue = sorted(set().union(*unfitted.values()) - unfitted.keys() - fitted)
    while queue:
        partner = queue.pop()
        if partner in unfitted or partner in fitted:
            continue
        event_id = event_of(conn, partner)
        members = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM sources WHERE event_id = ? AND day IS NULL AND "
                "(date IS NULL OR date NOT LIKE '--%') ORDER BY id",
                (event_id,),
            )
        ]
        total = conn.execute("SELECT count(*) FROM sources WHERE event_id = ?", (event_id,))
        if len(members) > 1 and len(members) == total.fetchone()[0]:
            split_event(conn, event_id, members)
            queue.extend(m for m in members if m != partner)
        fitting, partners, _kin = _fitting_events(conn, partner, *_source_view(conn, partner))
        if fitting:
            fitted.add(partner)
        else:
            unfitted[partner] = partners
            queue.extend(sorted(partners - unfitted.keys() - fitted))
    _join_among_themselves(conn, unfitted, fitted)
