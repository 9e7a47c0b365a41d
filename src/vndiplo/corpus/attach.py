"""One-sided reports: attached to the one meeting they can only be part of.

Outlets often name one side only ("Tổng Bí thư dự tiệc trà", the counterpart in a photo
caption), or report the encounter as a step of a visit ("chuyến thăm", with the host or
without). Such a *weak* report (a visit, or fewer than two people) never links by itself to a
two-sided report: a visit spans the talks of one day and the tea of the next, and one leader
meets several counterparts a day, so chaining on them would fuse different meetings.

Instead, once the two-sided (*anchor*) events are merged, each event made only of weak reports
joins the one anchor it fits, and stays apart when it fits none or two:

- a compatible type: the same family, or a visit and a meeting;
- every person it names is in the anchor's report (one shared principal is enough), as written
  or as another full spelling of one of its names, found through the article's host
  (:func:`vndiplo.corpus.sides.spelled_into`); a report naming no one counts its article's
  people (:func:`reported_people`);
- the day: the stated day, a visit's span containing the anchor's day, one day of slack for a
  report dated by its publication or by words counted from it ("hôm nay"), two for a visit
  dated by its arrival;
- places that do not contradict each other (:func:`vndiplo.corpus.link.places_agree`).

Anchors are events with a two-sided report whose day the article states, so an attached report
never changes what others attach to: the result is again a function of the set of articles.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from vndiplo.corpus.graph import REPLACE_WINDOW, link_stated, place_undated, split_event, union
from vndiplo.corpus.hanviet import pinyin_ids
from vndiplo.corpus.link import MAX_SLACK_DAYS, places_agree
from vndiplo.corpus.sides import PEOPLE_SQL, decode_people, spelled_into

__all__ = [
    "ALSO_FITS",
    "WEAK",
    "WEAK_SOURCE_SQL",
    "WeakSource",
    "anchor_fits",
    "article_hosts",
    "dated_anchors_fitted",
    "fits_anchor",
    "place_weak_and_undated",
    "reported_people",
    "reported_spellings",
    "weak_events",
]

#: A source is weak when it is a visit or names fewer than two people (SQL over ``s``).
WEAK = "(s.family = 'visit' OR "
WEAK += "(SELECT count(*) FROM source_people p WHERE p.source_id = s.id) < 2)"
#: Families a weak report may attach to besides its own.
ALSO_FITS = {"visit": ("meeting",)}
_SPAN = 2 * MAX_SLACK_DAYS + 7  # how far a visit's span reaches, for the candidate query


def _shift(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def _span(date: str | None, day: str) -> tuple[str, str] | None:
    """A visit's stated span "2025-08-10/2025-08-13", when the date is one."""
    if not date or "/" not in date:
        return None
    start, _slash, end = date.partition("/")
    if len(start) == 10 and len(end) == 10 and start <= end:
        return start, end
    return None


def fits_anchor(
    family: str,
    date: str | None,
    day: str,
    inferred: bool,
    location: str | None,
    people: frozenset[str],
    anchor: tuple[str, str, str | None, frozenset[str]],
) -> bool:
    """Whether a weak report fits an anchor report (family, day, location, people)."""
    a_family, a_day, a_location, a_people = anchor
    if a_family != family and a_family not in ALSO_FITS.get(family, ()):
        return False
    if not people or not people <= a_people:
        return False
    span = _span(date, day) if family == "visit" else None
    if span is not None:
        if not span[0] <= a_day <= span[1]:
            return False
    else:
        after = (dt.date.fromisoformat(day) - dt.date.fromisoformat(a_day)).days
        if family == "visit":
            if abs(after) > 2 + (1 if inferred else 0):
                return False
        # A page dated by its publication reports what happened that day or the day before,
        # never what happens the day after it was published.
        elif not (0 <= after <= 1 if inferred else after == 0):
            return False
    return places_agree(location, a_location)


#: The hosts of an anchor report that also names a guest (SQL over ``s``): who receives.
_HOSTS_SQL = (
    "(SELECT group_concat(h.person_id, char(31)) FROM source_people h "
    "WHERE h.source_id = s.id AND h.role = 'host' AND EXISTS (SELECT 1 FROM source_people g "
    "WHERE g.source_id = s.id AND g.role = 'guest'))"
)


def _anchors_near(
    conn: sqlite3.Connection,
    family: str,
    day: str,
    people: frozenset[str],
    *,
    stamped: bool = False,
) -> list[tuple[str, tuple[str, str, str | None, frozenset[str]], dict[str, str], frozenset[str]]]:
    """Stated-day two-sided sources near ``day`` sharing someone: (event, anchor view, names,
    hosts); with ``stamped``, those dated by their page's stamp instead."""
    families = (family, *ALSO_FITS.get(family, ()))
    marks = ",".join("?" * len(people))
    fam_marks = ",".join("?" * len(families))
    reach = _SPAN if family == "visit" else MAX_SLACK_DAYS
    # From the shared people's reports (an index lookup) to the sources near the day; the
    # anchors' whole people lists only for those.
    rows = conn.execute(
        f"SELECT s.event_id, s.family, s.day, s.location, (SELECT {PEOPLE_SQL} "
        f"FROM source_people p WHERE p.source_id = s.id), {_HOSTS_SQL} "
        "FROM sources s WHERE s.id IN (SELECT source_id FROM source_person_days "
        f"WHERE person_id IN ({marks}) AND family IN ({fam_marks}) AND family != 'visit' "
        "AND day BETWEEN ? AND ? AND day_inferred = ?) ORDER BY s.id",
        (*sorted(people), *families, _shift(day, -reach), _shift(day, reach), int(stamped)),
    ).fetchall()
    found = []
    for event_id, fam, a_day, loc, packed, hosts in rows:
        ids, names = decode_people(packed)
        if len(ids) >= 2:
            host_ids = frozenset((hosts or "").split("\x1f")) - {""}
            found.append((event_id, (fam, a_day, loc, ids), dict(names), host_ids))
    return found


def weak_events(conn: sqlite3.Connection, low: str, high: str) -> list[str]:
    """Events near the changed days whose every source is weak."""
    rows = conn.execute(
        f"SELECT DISTINCT s.event_id FROM sources s WHERE s.day BETWEEN ? AND ? AND {WEAK} "
        "ORDER BY s.event_id",
        (low, high),
    ).fetchall()
    weak = []
    for (event_id,) in rows:
        strong = conn.execute(
            f"SELECT 1 FROM sources s WHERE s.event_id = ? AND NOT {WEAK} LIMIT 1", (event_id,)
        ).fetchone()
        if strong is None:
            weak.append(event_id)
    return weak


def reported_people(conn: sqlite3.Connection, source_id: str, document_id: str) -> frozenset[str]:
    """The people a weak report names; for an article naming no one in any report, its people.

    "Hai nhà lãnh đạo dự tiệc trà" names its sides only elsewhere in the body ("Tổng thống X
    và Tổng Bí thư Y tin tưởng ..."). When none of the article's events names anyone, the
    people of its body stand for the sides, for attaching only (the event's participants stay
    as extracted); every one of them must then be in the anchor, so a bystander keeps it apart.
    """
    own = frozenset(
        r[0]
        for r in conn.execute(
            "SELECT person_id FROM source_people WHERE source_id = ?", (source_id,)
        )
    )
    if own:
        return own
    named = conn.execute(
        "SELECT 1 FROM sources s JOIN source_people p ON p.source_id = s.id "
        "WHERE s.document_id = ? LIMIT 1",
        (document_id,),
    ).fetchone()
    if named is not None:
        return own
    rows = conn.execute(
        "SELECT DISTINCT person_id FROM person_names WHERE document_id = ?", (document_id,)
    )
    return frozenset(r[0] for r in rows)


def reported_spellings(
    conn: sqlite3.Connection, source_id: str, people: frozenset[str]
) -> dict[str, str]:
    """Each of a weak report's people with the name it writes (the id for body people)."""
    rows = conn.execute(
        "SELECT person_id, name FROM source_people WHERE source_id = ?", (source_id,)
    ).fetchall()
    written = dict(rows)
    return {pid: written.get(pid, pid) for pid in people}


def article_hosts(conn: sqlite3.Connection, document_id: str) -> frozenset[str]:
    """Whom the weak report's article names as a host of a meeting or visit it reports.

    A guest on a state visit is welcomed by one leader and holds talks with another the same
    day; a page naming only the guest in its welcome sentence ("lễ đón ... Tổng thống X") may
    still name its host in the next one ("Chủ tịch nước Y chủ trì lễ đón").
    """
    rows = conn.execute(
        "SELECT DISTINCT p.person_id FROM sources s JOIN source_people p ON p.source_id = s.id "
        "WHERE s.document_id = ? AND p.role = 'host' AND s.family IN ('meeting', 'visit')",
        (document_id,),
    )
    return frozenset(r[0] for r in rows)


def detach_weak(conn: sqlite3.Connection, low: str, high: str) -> list[tuple[str, str]]:
    """Take the weak stated-day sources near the changed days out of anchor events.

    Returns them, for the caller to link again among themselves (they form the weak events
    they were before being attached); undated ones are re-placed by the undated placement.
    """
    rows = conn.execute(
        f"SELECT s.id, s.event_id FROM sources s WHERE s.day BETWEEN ? AND ? AND {WEAK} "
        "AND EXISTS (SELECT 1 FROM sources t WHERE t.event_id = s.event_id AND "
        f"NOT {WEAK.replace('s.', 't.')}) ORDER BY s.id",
        (low, high),
    ).fetchall()
    return [(source_id, event_id) for source_id, event_id in rows]


def _visit_reach(date: str | None, day: str, loose: bool) -> tuple[str, str]:
    """The days a visit report covers: its stated span, else its day and the visit slack."""
    span = _span(date, day)
    if span is not None:
        return span
    slack = 2 + (1 if loose else 0)
    return _shift(day, -slack), _shift(day, slack)


def _trip_to_attend(conn: sqlite3.Connection, source_id: str) -> bool:
    """Whether the visit's own sentence reports attending something ("tới ... dự Hội nghị")."""
    row = conn.execute(
        "SELECT 1 FROM sources s JOIN sources t ON t.document_id = s.document_id "
        "AND t.evidence_start = s.evidence_start AND t.family = 'attend' "
        "WHERE s.id = ? LIMIT 1",
        (source_id,),
    ).fetchone()
    return row is not None


def _other_meetings(
    conn: sqlite3.Connection,
    people: frozenset[str],
    reach: tuple[str, str],
    anchor_event: str,
    anchor_day: str,
) -> bool:
    """Whether the people also meet someone else within ``reach`` than at the anchor.

    Another meeting is a two-sided report of a stated day in another event, or a one-sided
    report that cannot be of the anchor's day (another stated day; published before it, or more
    than a day after it).
    """
    marks = ",".join("?" * len(people))
    rows = conn.execute(
        "SELECT s.event_id, s.day, s.day_inferred + s.day_relative, "
        "(SELECT count(*) FROM source_people q WHERE q.source_id = s.id) "
        "FROM sources s WHERE s.id IN (SELECT source_id FROM source_person_days "
        f"WHERE person_id IN ({marks}) AND family = 'meeting' AND day BETWEEN ? AND ?)",
        (*sorted(people), *reach),
    ).fetchall()
    for event_id, day, loose, named in rows:
        if named >= 2:
            if not loose and event_id != anchor_event:
                return True
        elif loose:
            after = (dt.date.fromisoformat(day) - dt.date.fromisoformat(anchor_day)).days
            if not 0 <= after <= 1:
                return True
        elif day != anchor_day:
            return True
    return False


def _visit_fits(
    conn: sqlite3.Connection,
    source: tuple[str, str | None, str, bool],
    people: frozenset[str],
    anchor_event: str,
    anchor: tuple[str, str, str | None, frozenset[str]],
) -> bool:
    """Whether a visit report may stand for a meeting whose other side it does not name.

    A trip to attend a summit ("tới Thiên Tân dự Hội nghị thượng đỉnh") is many meetings, and a
    leader who meets someone else during the visit may be at either: the visit joins a meeting
    with a counterpart it does not name only when neither is the case.
    """
    if anchor[3] <= people:
        return True
    source_id, date, day, loose = source
    if _trip_to_attend(conn, source_id):
        return False
    reach = _visit_reach(date, day, loose)
    return not _other_meetings(conn, people, reach, anchor_event, anchor[1])


def attach_weak(conn: sqlite3.Connection, low: str, high: str) -> list[tuple[str, str]]:
    """The (weak event, anchor event) pairs to merge: each weak event that fits one anchor."""
    pairs = []
    for event_id in weak_events(conn, low, high):
        sources = conn.execute(
            f"SELECT {WEAK_SOURCE_SQL} FROM sources WHERE event_id = ? AND day IS NOT NULL",
            (event_id,),
        ).fetchall()
        # Every report of the weak event must fit the anchor: one report of the tea and one
        # of the banquet the evening before are not made one by a third that fits both.
        fitted = [dated_anchors_fitted(conn, source) for source in sources]
        if fitted and not any(fitted):
            # No stated-day meeting fits any of them: a visit may still be its own host and
            # guest's talks on a page dated by its stamp.
            fitted = [dated_anchors_fitted(conn, source, stamped=True) for source in sources]
        common = set.intersection(*fitted) if fitted else set()
        if len(common) == 1:
            pairs.append((event_id, common.pop()))
    return pairs


#: A weak source as :func:`attach_weak` reads it: id, document, family, date as extracted, day,
#: whether that day is loose (page stamp or "hôm nay"), location.
WeakSource = tuple[str, str, str, str | None, str, int, str | None]

#: The SQL columns of a :data:`WeakSource` (over ``sources``).
WEAK_SOURCE_SQL = "id, document_id, family, date, day, day_inferred + day_relative, location"


def anchor_fits(
    conn: sqlite3.Connection,
    source: WeakSource,
    people: frozenset[str],
    anchor_event: str,
    anchor: tuple[str, str, str | None, frozenset[str]],
    anchor_hosts: frozenset[str] = frozenset(),
) -> bool:
    """Whether a weak source fits one anchor report (the visit checks included).

    ``anchor_hosts`` are who receives in the anchor (when it names a guest too): a visit that
    names its own host is not the meeting another leader hosts during it (the Prime Minister's
    own call during a President's state visit is a meeting of its own), whoever else it names.
    """
    source_id, _doc, family, date, day, loose_day, location = source
    if not people or not fits_anchor(family, date, day, bool(loose_day), location, people, anchor):
        return False
    if family != "visit":
        return True
    if anchor_hosts and not anchor_hosts & people and _names_host(conn, source_id):
        return False
    return _visit_fits(conn, (source_id, date, day, bool(loose_day)), people, anchor_event, anchor)


def _names_host(conn: sqlite3.Connection, source_id: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM source_people WHERE source_id = ? AND role = 'host' LIMIT 1", (source_id,)
    ).fetchone()
    return row is not None


def dated_anchors_fitted(
    conn: sqlite3.Connection, source: WeakSource, *, stamped: bool = False
) -> set[str]:
    """The events holding a stated-day two-sided report that a weak source fits.

    With ``stamped``, the events holding a two-sided report dated by its page's stamp (the
    talks page saying only "on Friday") that a visit fits and names both sides of: the visit's
    own host and guest meeting within its days is the visit's meeting
    (:func:`attach_weak` asks only when no stated-day report fits).

    Anchors are found through the report's people and its article's hosts, so that a guest
    spelled otherwise than in the anchor ("Xaysomphone"/"Saysomphone") is still found through
    the host; the report's people must then all be in the anchor, as written or as another
    spelling of one of its names (:func:`vndiplo.corpus.sides.spelled_into`).
    """
    source_id, document_id, family, _date, day, _loose, _location = source
    people = reported_people(conn, source_id, document_id)
    if not people:
        return set()
    written = reported_spellings(conn, source_id, people)
    # A Chinese name's pinyin spellings find the anchors written in the other script.
    pinyin = frozenset(pid for name in written.values() for pid in pinyin_ids(name))
    fitted = set()
    if stamped and family != "visit":
        return set()
    for anchor_event, anchor, names, hosts in _anchors_near(
        conn, family, day, people | article_hosts(conn, document_id) | pinyin, stamped=stamped
    ):
        own = spelled_into(written, names)
        if own is None or (stamped and not anchor[3] <= own):
            continue
        if anchor_fits(conn, source, own, anchor_event, anchor, hosts):
            fitted.add(anchor_event)
    return fitted


def place_weak_and_undated(conn: sqlite3.Connection) -> None:
    """Re-place the undated and the weak sources near the days this transaction changed."""
    low, high = conn.execute("SELECT min(day), max(day) FROM dirty_days").fetchone()
    if low is None:
        return
    low, high = _shift(low, -REPLACE_WINDOW), _shift(high, REPLACE_WINDOW)
    detached = detach_weak(conn, low, high)
    by_event: dict[str, list[str]] = {}
    for source_id, event_id in detached:
        by_event.setdefault(event_id, []).append(source_id)
    for event_id, leaving in sorted(by_event.items()):
        split_event(conn, event_id, leaving)
    for source_id, _event in detached:
        inferred = conn.execute(
            "SELECT day_inferred FROM sources WHERE id = ?", (source_id,)
        ).fetchone()[0]
        if not inferred:
            link_stated(conn, source_id)
    place_undated(conn)
    renamed: dict[str, str] = {}
    for weak_event, anchor in attach_weak(conn, low, high):
        while anchor in renamed:
            anchor = renamed[anchor]
        target = union(conn, [weak_event, anchor])
        for gone in {weak_event, anchor} - {target}:
            renamed[gone] = target
