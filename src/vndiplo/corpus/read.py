"""Reading a corpus database back as Python objects: merged events and resolved people.

The database is the one source of truth; these are thin views for Python users, tests and the
report, so nothing downstream has to know the SQL.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from attrs import frozen

__all__ = [
    "MergedEvent",
    "PersonRecord",
    "SourceRef",
    "TitleSighting",
    "merged_events",
    "people",
    "title_sightings",
]


@frozen
class SourceRef:
    """One article reporting an event, and the sentence that says so."""

    id: str
    document_id: str
    outlet: str | None
    url: str | None
    evidence: str
    evidence_start: int
    evidence_end: int


@frozen
class MergedEvent:
    """One real-world event and every article that reports it."""

    id: str
    type: str
    date: str | None
    location: str | None
    country: str | None
    participants: tuple[tuple[str, str, str], ...]  # (person id, display name, role)
    sources: tuple[SourceRef, ...]
    mentions: tuple[str, ...]  # ids of referenced/planned events linked to this one


@frozen
class PersonRecord:
    """One person across articles: spellings seen, and each title with when it was seen."""

    id: str
    name: str
    country: str | None
    names: tuple[str, ...]
    titles: tuple[tuple[str, str | None, str | None, int], ...]  # title, first, last, documents


@frozen
class TitleSighting:
    """One article giving a person a title: the title as written and the sentence that says so.

    Offsets are into ``documents.text``; ``title_start``/``title_end`` are None when the title
    is not written out as it reads, and all of them are None for rows built before schema
    version 3.
    """

    person_id: str
    title: str
    document_id: str
    seen: str | None
    outlet: str | None
    url: str | None
    title_start: int | None
    title_end: int | None
    evidence_start: int | None
    evidence_end: int | None
    evidence: str | None


def _rows(conn: sqlite3.Connection, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    return conn.execute(sql, args).fetchall()


def merged_events(conn: sqlite3.Connection) -> list[MergedEvent]:
    """Every real-world event, by date then id."""
    out = []
    for event_id, etype, date, location, country in _rows(
        conn, "SELECT id, type, date, location, country FROM events ORDER BY date, id"
    ):
        participants = tuple(
            (pid, name, role)
            for pid, name, role in _rows(
                conn,
                "SELECT p.person_id, pe.name, p.role FROM participants p "
                "JOIN people pe ON pe.id = p.person_id WHERE p.event_id = ? ORDER BY p.person_id",
                event_id,
            )
        )
        sources = tuple(
            SourceRef(*row)
            for row in _rows(
                conn,
                "SELECT s.id, s.document_id, d.outlet, d.url, s.evidence, s.evidence_start, "
                "s.evidence_end FROM sources s JOIN documents d ON d.id = s.document_id "
                "WHERE s.event_id = ? ORDER BY s.id",
                event_id,
            )
        )
        mentions = tuple(
            r[0]
            for r in _rows(conn, "SELECT id FROM mentions WHERE event_id = ? ORDER BY id", event_id)
        )
        out.append(
            MergedEvent(event_id, etype, date, location, country, participants, sources, mentions)
        )
    return out


#: A person and the unmarked spellings that are theirs (:mod:`vndiplo.corpus.aliases`).
_SAME = "(person_id = ? OR person_id IN (SELECT person_id FROM person_aliases WHERE same_as = ?))"


def people(conn: sqlite3.Connection) -> list[PersonRecord]:
    """Every resolved person, by id: an unmarked spelling that is an alias of a marked person
    is one of that person's names, not a person of its own."""
    out = []
    for pid, name, country in _rows(
        conn,
        "SELECT id, name, country FROM people "
        "WHERE id NOT IN (SELECT person_id FROM person_aliases) ORDER BY id",
    ):
        names = tuple(
            r[0]
            for r in _rows(
                conn,
                f"SELECT DISTINCT name FROM person_names WHERE {_SAME} ORDER BY name",
                pid,
                pid,
            )
        )
        titles = tuple(
            (title, first, last, count)
            for title, first, last, count in _rows(
                conn,
                "SELECT title, min(seen), max(seen), count(DISTINCT document_id) "
                f"FROM person_titles WHERE {_SAME} GROUP BY title ORDER BY min(seen), title",
                pid,
                pid,
            )
        )
        out.append(PersonRecord(pid, name, country, names, titles))
    return out


def title_sightings(conn: sqlite3.Connection, person_id: str | None = None) -> list[TitleSighting]:
    """Every article giving a title (to ``person_id`` only, when given), in the order seen."""
    where = "WHERE t.person_id = ?" if person_id is not None else ""
    args = (person_id,) if person_id is not None else ()
    return [
        TitleSighting(*row)
        for row in _rows(
            conn,
            "SELECT t.person_id, t.title, t.document_id, t.seen, d.outlet, d.url, t.title_start, "
            "t.title_end, t.evidence_start, t.evidence_end, t.evidence FROM person_titles t "
            f"JOIN documents d ON d.id = t.document_id {where} "
            "ORDER BY t.person_id, t.seen, t.title, t.document_id",
            *args,
        )
    ]
