"""The reports of a person near a day: an index kept by hand, so a build stays linear.

Linking and attaching ask one question over and over: which reports of this family, within a few
days of this one, name one of these people? Through ``sources(family, day)`` that reads every
report of the family near the day, which grows with how many articles a day the corpus holds;
through ``source_people(person_id)`` it reads every report of the person, which grows with the
years it spans. SQLite cannot index across the join, so ``source_person_days`` holds one row per
(person, dated report) with the report's family, day and whether the day is its publication
date, keyed in that order: a lookup then reads only the person's reports of the family near the
day. Rows are written with the report's people and removed with its article; a source's family,
day and ``day_inferred`` never change after it is inserted, so the copy never goes stale.
"""

from __future__ import annotations

import sqlite3
from typing import Final

__all__ = ["PERSON_DAYS_SCHEMA", "add_person_days", "fill_person_days", "remove_person_days"]

PERSON_DAYS_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS source_person_days (
    person_id TEXT NOT NULL,
    family TEXT NOT NULL,
    day TEXT NOT NULL,
    source_id TEXT NOT NULL,
    day_inferred INTEGER NOT NULL,
    PRIMARY KEY (person_id, family, day, source_id)
) WITHOUT ROWID;
"""

_FROM_SOURCES = (
    "INSERT OR IGNORE INTO source_person_days "
    "SELECT p.person_id, s.family, s.day, s.id, s.day_inferred "
    "FROM sources s JOIN source_people p ON p.source_id = s.id WHERE s.day IS NOT NULL"
)


def add_person_days(
    conn: sqlite3.Connection,
    source_id: str,
    family: str,
    day: str | None,
    day_inferred: bool,
    people: list[str],
) -> None:
    """Index a dated report's people (an undated one has no day to be found by)."""
    if day is None:
        return
    conn.executemany(
        "INSERT OR IGNORE INTO source_person_days VALUES (?, ?, ?, ?, ?)",
        [(pid, family, day, source_id, int(day_inferred)) for pid in people],
    )


def remove_person_days(conn: sqlite3.Connection, document_id: str) -> None:
    """Take an article's reports out of the index (before its sources are deleted)."""
    conn.execute(
        "DELETE FROM source_person_days WHERE (person_id, family, day, source_id) IN ("
        "SELECT p.person_id, s.family, s.day, s.id FROM sources s "
        "JOIN source_people p ON p.source_id = s.id "
        "WHERE s.document_id = ? AND s.day IS NOT NULL)",
        (document_id,),
    )


def fill_person_days(conn: sqlite3.Connection) -> None:
    """Build the index for a database written before it existed (empty index, dated reports)."""
    if conn.execute("SELECT 1 FROM source_person_days LIMIT 1").fetchone() is not None:
        return
    conn.execute(_FROM_SOURCES)
