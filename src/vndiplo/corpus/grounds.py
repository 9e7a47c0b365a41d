"""Whose ground a meeting is on, as one report and its article tell it: a veto for loose joins.

A report with no day (or no year) joins a meeting on people and place alone
(:mod:`vndiplo.corpus.dayless`, :mod:`vndiplo.corpus.yearless`), so a pair that met at home
and later abroad looks like one meeting when the report reads both sides as hosts ("X và Y
tiến hành hội đàm"). Its article often says more than the report: "Thủ tướng Y sang thăm"
beside the talks puts them on X's ground, and a report of Y hosting is then another meeting.

:func:`other_ground` says two reports put the meeting on different grounds when

- someone travelled in one article (the guest of a visit it reports) and hosts in the other
  report (host beside a named guest: a report with hosts only decides nothing); an article
  contradicting itself counts for nothing: a report's host also a visit's guest, or a visit's
  guest whom another report of the same article has hosting a guest ("X chào đón Y thăm ..."
  read with X a visitor beside "X và Y hội đàm", X the host);
- their places lie in different countries, a report with no place taking the one country of
  its article's other places (none when they name two countries).

It is a pure, symmetric function of the two reports' :class:`Ground`, so joins stay
independent of the order articles arrive in.
"""

from __future__ import annotations

import sqlite3

from attrs import frozen

from vndiplo.corpus.link import place_country

__all__ = ["Ground", "ground_of", "home_guests", "other_ground"]


@frozen
class Ground:
    """What one report and its article say about where its meeting took place."""

    #: Hosts of the report, when it also names a guest (roles it decides) and its article does
    #: not tell of that host's own visit anywhere (then its roles are misread).
    hosts: frozenset[str]
    #: The report's people its article has travelling (the guest of a visit it reports).
    travelled: frozenset[str]
    #: Their countries, as the article gives them: the meeting is not there.
    homes: frozenset[str]
    #: The country of the report's place, else of every other place its article names
    #: (places of no known country left out).
    country: str | None


def ground_of(conn: sqlite3.Connection, source_id: str) -> Ground:
    """The :class:`Ground` of one source, from its roles, its place and its article."""
    roles = dict(
        conn.execute(
            "SELECT person_id, role FROM source_people WHERE source_id = ?", (source_id,)
        ).fetchall()
    )
    document_id, location = conn.execute(
        "SELECT document_id, location FROM sources WHERE id = ?", (source_id,)
    ).fetchone()
    guests = _visit_guests(conn, document_id, "sources", "source_people", "source_id")
    told = guests | _visit_guests(conn, document_id, "mentions", "mention_people", "mention_id")
    decided = "guest" in roles.values()
    own_hosts = {p for p, role in roles.items() if role == "host"} if decided else set()
    hosts = frozenset(own_hosts - told)
    # A host its own article has arriving: the article contradicts itself, so neither counts.
    travelled = frozenset(guests & roles.keys() - own_hosts - _article_hosts(conn, document_id))
    homes = _homes(conn, document_id, travelled)
    return Ground(hosts, travelled, homes, _country(conn, document_id, location))


def _article_hosts(conn: sqlite3.Connection, document_id: str) -> set[str]:
    """Who hosts a guest in one of the article's own reports (a welcome, talks, a banquet)."""
    rows = conn.execute(
        "SELECT DISTINCT h.person_id FROM sources s JOIN source_people h ON h.source_id = s.id "
        "WHERE s.document_id = ? AND s.family != 'visit' AND h.role = 'host' AND EXISTS ("
        "SELECT 1 FROM source_people g WHERE g.source_id = s.id AND g.role = 'guest')",
        (document_id,),
    )
    return {row[0] for row in rows}


def _visit_guests(
    conn: sqlite3.Connection, document_id: str, events: str, people: str, key: str
) -> set[str]:
    """The guests of the visits an article reports (``sources``) or tells of (``mentions``),
    less the hosts read as guests (:func:`_at_home`)."""
    rows = conn.execute(
        f"SELECT s.id, s.location, m.person_id, {_COUNTRY_SQL} "
        f"FROM {events} s JOIN {people} m ON m.{key} = s.id "
        "WHERE s.document_id = ? AND s.family = 'visit' AND m.role = 'guest'",
        (document_id,),
    ).fetchall()
    return {person for _v, _w, person, _c in rows} - _at_home(rows)


#: A guest's country as the report's article gives it (SQL over ``s`` and ``m``).
_COUNTRY_SQL = (
    "(SELECT n.country FROM person_names n WHERE n.document_id = s.document_id "
    "AND n.person_id = m.person_id AND n.country IS NOT NULL ORDER BY n.country LIMIT 1)"
)


def _at_home(rows: list[tuple[str, str | None, str, str | None]]) -> set[str]:
    """Of visits' guests (visit, its place, person, country), those at home: hosts misread.

    A visit whose guests come from two countries has its host read as a guest too ("le
    président X ... a présidé l'accueil du président Y, en visite d'État"): the guest from the
    country the visit goes to is that host, at home, and tells no travel. Only a country given
    on both sides tells this; a guest with no country, or a visit to no known country, decides
    nothing and keeps its guests.
    """
    countries: dict[str, set[str]] = {}
    for visit, _where, _person, country in rows:
        countries.setdefault(visit, set()).update([country] if country else [])
    return {
        person
        for visit, where, person, country in rows
        if len(countries[visit]) >= 2 and where and country == place_country(where)
    }


def home_guests(conn: sqlite3.Connection, source_id: str) -> frozenset[str]:
    """The guests of one visit report that are its host misread (:func:`_at_home`): their
    role says nothing about the direction of the visit."""
    rows = conn.execute(
        f"SELECT s.id, s.location, m.person_id, {_COUNTRY_SQL} "
        "FROM sources s JOIN source_people m ON m.source_id = s.id "
        "WHERE s.id = ? AND s.family = 'visit' AND m.role = 'guest'",
        (source_id,),
    ).fetchall()
    return frozenset(_at_home(rows))


def _homes(conn: sqlite3.Connection, document_id: str, people: frozenset[str]) -> frozenset[str]:
    if not people:
        return frozenset()
    marks = ",".join("?" * len(people))
    rows = conn.execute(
        "SELECT DISTINCT country FROM person_names WHERE document_id = ? "
        f"AND country IS NOT NULL AND person_id IN ({marks})",
        (document_id, *sorted(people)),
    )
    return frozenset(row[0] for row in rows)


def _country(conn: sqlite3.Connection, document_id: str, location: str | None) -> str | None:
    if location:
        return place_country(location)
    places = conn.execute(
        "SELECT DISTINCT location FROM sources WHERE document_id = ? AND location IS NOT NULL",
        (document_id,),
    ).fetchall()
    countries = {place_country(row[0]) for row in places} - {None}
    return countries.pop() if len(countries) == 1 else None


def other_ground(a: Ground, b: Ground) -> bool:
    """Whether the two reports put their meeting on different sides' ground (see module doc)."""
    if a.travelled & b.hosts or b.travelled & a.hosts:
        return True
    if a.country in b.homes or b.country in a.homes:
        return True  # someone travelled to one meeting, and the other is in their own country
    return a.country is not None and b.country is not None and a.country != b.country
