"""The corpus database's tables, indexes and views (SQLite, plain SQL).

Why plain ``sqlite3`` rather than sqlite-utils: the build needs one explicit transaction around a
whole run (so a crash leaves the previous database intact), FTS5 tables kept in step by hand,
and a fixed schema with foreign keys declared up front; that is a page of SQL, and the standard
library keeps the core install at pluggy + attrs. The file is ordinary SQLite, so sqlite-utils,
datasette and DuckDB users open it as they would any other.

Table guide (see docs/corpus.md): ``events`` holds one row per real-world event and ``sources``
one row per article reporting it (with the evidence sentence and its offsets into
``documents.text``); ``mentions`` are referenced or planned events, linked to the real event
when one is reported; ``people``/``person_names``/``person_titles`` resolve people across
articles, and the ``person_title_history`` view gives each title with the dates it was seen.
"""

from __future__ import annotations

import sqlite3
from typing import Final

from vndiplo.corpus.aliases import ALIASES_SCHEMA, fill_folds
from vndiplo.corpus.person_days import PERSON_DAYS_SCHEMA, fill_person_days

__all__ = ["SCHEMA", "SCHEMA_VERSION", "TITLE_EVIDENCE_COLUMNS", "upgrade"]

SCHEMA_VERSION: Final = 4

#: The columns of ``person_titles`` that say where a title is given (schema version 3).
TITLE_EVIDENCE_COLUMNS: Final = (
    ("title_start", "INTEGER"),
    ("title_end", "INTEGER"),
    ("evidence_start", "INTEGER"),
    ("evidence_end", "INTEGER"),
    ("evidence", "TEXT"),
)

_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    title TEXT,
    published TEXT,
    text TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
CREATE INDEX IF NOT EXISTS documents_outlet ON documents(outlet);
CREATE TABLE IF NOT EXISTS people (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT
);
CREATE INDEX IF NOT EXISTS people_country ON people(country);
CREATE TABLE IF NOT EXISTS person_names (
    person_id TEXT NOT NULL REFERENCES people(id),
    name TEXT NOT NULL,
    country TEXT,
    document_id TEXT NOT NULL REFERENCES documents(id),
    PRIMARY KEY (person_id, name, document_id)
);
CREATE INDEX IF NOT EXISTS person_names_document ON person_names(document_id);
CREATE TABLE IF NOT EXISTS person_titles (
    person_id TEXT NOT NULL REFERENCES people(id),
    title TEXT NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents(id),
    seen TEXT,
    title_start INTEGER,
    title_end INTEGER,
    evidence_start INTEGER,
    evidence_end INTEGER,
    evidence TEXT,
    PRIMARY KEY (person_id, title, document_id)
);
CREATE INDEX IF NOT EXISTS person_titles_document ON person_titles(document_id);
CREATE VIEW IF NOT EXISTS person_title_history AS
    SELECT person_id, title, min(seen) AS first_seen, max(seen) AS last_seen,
           count(*) AS documents
    FROM person_titles GROUP BY person_id, title;
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    family TEXT NOT NULL,
    date TEXT,
    location TEXT,
    country TEXT,
    source_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_country ON events(country);
CREATE TABLE IF NOT EXISTS participants (
    event_id TEXT NOT NULL REFERENCES events(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    role TEXT NOT NULL,
    PRIMARY KEY (event_id, person_id)
);
CREATE INDEX IF NOT EXISTS participants_person ON participants(person_id);
CREATE TABLE IF NOT EXISTS sources (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events(id),
    document_id TEXT NOT NULL REFERENCES documents(id),
    type TEXT NOT NULL,
    family TEXT NOT NULL,
    trigger TEXT NOT NULL,
    date TEXT,
    day TEXT,
    day_inferred INTEGER NOT NULL,
    location TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence TEXT NOT NULL,
    day_relative INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS sources_event ON sources(event_id);
CREATE INDEX IF NOT EXISTS sources_document ON sources(document_id);
CREATE INDEX IF NOT EXISTS sources_family_day ON sources(family, day);
CREATE INDEX IF NOT EXISTS sources_yearless ON sources(date) WHERE day IS NULL;
CREATE TABLE IF NOT EXISTS source_people (
    source_id TEXT NOT NULL REFERENCES sources(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (source_id, person_id)
);
CREATE INDEX IF NOT EXISTS source_people_person ON source_people(person_id);
CREATE TABLE IF NOT EXISTS mentions (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id),
    kind TEXT NOT NULL CHECK (kind IN ('referenced', 'planned')),
    event_id TEXT REFERENCES events(id),
    type TEXT NOT NULL,
    family TEXT NOT NULL,
    trigger TEXT NOT NULL,
    date TEXT,
    day TEXT,
    day_inferred INTEGER NOT NULL,
    location TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_document ON mentions(document_id);
CREATE INDEX IF NOT EXISTS mentions_event ON mentions(event_id);
CREATE TABLE IF NOT EXISTS mention_people (
    mention_id TEXT NOT NULL REFERENCES mentions(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (mention_id, person_id)
);
CREATE INDEX IF NOT EXISTS mention_people_person ON mention_people(person_id);
CREATE TABLE IF NOT EXISTS statements (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id),
    source_id TEXT NOT NULL,
    speaker_id TEXT REFERENCES people(id),
    speaker TEXT,
    verb TEXT,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    UNIQUE (document_id, start, "end")
);
CREATE INDEX IF NOT EXISTS statements_document ON statements(document_id);
CREATE INDEX IF NOT EXISTS statements_speaker ON statements(speaker_id);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(document_id UNINDEXED, title, body);
CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5(statement_id UNINDEXED, text);
"""
SCHEMA: Final = _TABLES + PERSON_DAYS_SCHEMA + ALIASES_SCHEMA


def upgrade(conn: sqlite3.Connection) -> None:
    """Bring a database built by an older version up to :data:`SCHEMA_VERSION`.

    Version 2 added ``sources.day_relative``; older rows keep 0, the merge they were built with.
    Version 3 added where each title is given (``person_titles.title_start``, ``title_end``,
    ``evidence_start``, ``evidence_end``, ``evidence``); older rows keep NULL (the report then
    links the article, as it did) until their article is built again from a changed text or
    into a new database. Version 4 added ``person_folds`` and ``person_aliases`` (unmarked
    Vietnamese spellings joined to the one marked person they fold to), filled on open.
    """
    columns = {row[1] for row in conn.execute("PRAGMA table_info(sources)")}
    if "day_relative" not in columns:
        conn.execute("ALTER TABLE sources ADD COLUMN day_relative INTEGER NOT NULL DEFAULT 0")
    titles = {row[1] for row in conn.execute("PRAGMA table_info(person_titles)")}
    for column, kind in TITLE_EVIDENCE_COLUMNS:
        if column not in titles:
            conn.execute(f"ALTER TABLE person_titles ADD COLUMN {column} {kind}")
    fill_person_days(conn)  # an index kept by hand, for a database written before it existed
    fill_folds(conn)  # the same for the folds that join unmarked Vietnamese names
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
