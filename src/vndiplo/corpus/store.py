"""The corpus database: adding articles, merging their events, all inside one transaction.

The database *is* the merge state. Each reported event enters as its own real-world event and is
then joined with every event it is :func:`~vndiplo.corpus.link.linked` to (found through the
``sources(family, day)`` index), so memory stays flat however many articles stream through,
and a later build simply continues. An event's id is the smallest id of its sources, and its
date, type, place and participants are the most frequent values among its sources: all
functions of the set of sources, so the result does not depend on the order of arrival.

A build is one ``BEGIN IMMEDIATE ... COMMIT``: if it dies half way, SQLite's journal puts the
previous database back. Re-adding an article with the same id and text changes nothing;
with a different text it replaces the old version and re-merges the events it touched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from queue import Full, Queue
from threading import Thread
from typing import Any

from vndiplo.corpus.aliases import add_folds, refresh_aliases
from vndiplo.corpus.apart import keep_pairs_apart
from vndiplo.corpus.attach import WEAK, place_weak_and_undated
from vndiplo.corpus.dayless import place_dayless
from vndiplo.corpus.facts import DocFacts, SourceFact, facts_from_document
from vndiplo.corpus.graph import drop_event, link_stated, split_event
from vndiplo.corpus.mentions import link_mentions
from vndiplo.corpus.person_days import add_person_days, remove_person_days
from vndiplo.corpus.schema import SCHEMA, upgrade
from vndiplo.corpus.yearless import month_day, place_yearless
from vndiplo.corpus.yearless_weak import join_weak_to_yearless
from vndiplo.model import Document

__all__ = ["CorpusStore"]

_EVENT_COLUMNS = "type, family, trigger, date, day, day_inferred, location, evidence_start, "
_EVENT_COLUMNS += "evidence_end, evidence"
_TITLE_COLUMNS = "person_id, title, document_id, seen, title_start, title_end, evidence_start, "
_TITLE_COLUMNS += "evidence_end, evidence"
_TEMP = """
CREATE TEMP TABLE IF NOT EXISTS dirty_events (id TEXT PRIMARY KEY);
CREATE TEMP TABLE IF NOT EXISTS dirty_people (id TEXT PRIMARY KEY);
CREATE TEMP TABLE IF NOT EXISTS dirty_days (day TEXT PRIMARY KEY);
CREATE TEMP TABLE IF NOT EXISTS dirty_month_days (month_day TEXT PRIMARY KEY);
"""


_QUEUE = 64
_DONE = object()


class _Abort(Exception):
    """The producer failed: roll the writer's transaction back."""


def _write_in_background(store: CorpusStore, items: Iterable[Document | DocFacts]) -> int:
    queue: Queue[object] = Queue(maxsize=_QUEUE)
    outcome: dict[str, Any] = {"changed": 0}

    def writer() -> None:
        try:
            with store.transaction():
                while True:
                    item = queue.get()
                    if item is _DONE:
                        return
                    if isinstance(item, _Abort):
                        raise item
                    assert isinstance(item, DocFacts)
                    outcome["changed"] += store._add(item)
        except BaseException as exc:
            outcome["error"] = exc

    def put(item: object) -> None:
        while thread.is_alive():
            try:
                queue.put(item, timeout=0.1)
                return
            except Full:
                continue

    thread = Thread(target=writer, name="vndiplo-corpus-writer", daemon=True)
    thread.start()
    try:
        for item in items:
            if not thread.is_alive():
                break
            put(item if isinstance(item, DocFacts) else facts_from_document(item))
    except BaseException:
        put(_Abort())
        thread.join()
        raise
    put(_DONE)
    thread.join()
    error = outcome.get("error")
    if error is not None:
        raise error
    return int(outcome["changed"])


class CorpusStore:
    """A corpus database on disk (or ``":memory:"``) that articles are added to."""

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        # One thread at a time uses the connection; add_many hands it to its writer thread.
        self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA cache_size = -65536")  # 64 MB at most, whatever the corpus
        self.conn.executescript(SCHEMA + _TEMP)
        upgrade(self.conn)
        self._in_transaction = False

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> CorpusStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- building --------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[CorpusStore]:
        """Everything added inside is committed together, merged and summarised, or not at all."""
        if self._in_transaction:
            yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._in_transaction = True
        try:
            yield self
            self._finish()
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        finally:
            self._in_transaction = False

    def add(self, item: Document | DocFacts) -> bool:
        """Add one article; False when the same article (id and text) is already there."""
        facts = item if isinstance(item, DocFacts) else facts_from_document(item)
        with self.transaction():
            return self._add(facts)

    def add_many(self, items: Iterable[Document | DocFacts], *, background: bool = False) -> int:
        """Add articles in one transaction; returns how many were new or changed.

        By default the caller's thread writes each article as its iterator yields it. With
        ``background`` a second thread writes while the iterator (typically extraction) produces
        the next articles, at most :data:`_QUEUE` of them waiting in between. That is not the
        default because it is slower: an article costs some 46 short SQLite calls, each giving
        up the GIL and then waiting for extraction to hand it back, so the two threads convoy
        (1000 8 KB articles: 9.0 s in the background against 7.6 s in the caller's thread,
        extraction alone 5.5 s). If the iterator raises, the transaction is rolled back and the
        error re-raised, either way.
        """
        if not background or self._in_transaction:
            changed = 0
            with self.transaction():
                for item in items:
                    changed += self.add(item)
            return changed
        return _write_in_background(self, items)

    def _add(self, f: DocFacts) -> bool:
        c = self.conn
        row = c.execute("SELECT sha256 FROM documents WHERE id = ?", (f.id,)).fetchone()
        if row is not None:
            if row[0] == f.sha256:
                return False
            self._remove_document(f.id)
        c.execute(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (f.id, f.sha256, f.url, f.outlet, f.title, f.published, f.text, f.body),
        )
        c.execute("INSERT INTO documents_fts VALUES (?, ?, ?)", (f.id, f.title or "", f.body))
        people = {s.person_id for s in f.sightings}
        c.executemany(
            "INSERT OR IGNORE INTO people VALUES (?, ?, ?)",
            [(s.person_id, s.name, s.country) for s in f.sightings],
        )
        c.executemany(
            "INSERT OR IGNORE INTO person_names VALUES (?, ?, ?, ?)",
            [(s.person_id, s.name, s.country, f.id) for s in f.sightings],
        )
        add_folds(c, [(s.person_id, s.name) for s in f.sightings])
        c.executemany(
            f"INSERT OR IGNORE INTO person_titles ({_TITLE_COLUMNS}) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(s.person_id, s.title, f.id, s.seen, *s[5:]) for s in f.sightings if s.title],
        )
        c.executemany("INSERT OR IGNORE INTO dirty_people VALUES (?)", [(p,) for p in people])
        for source in f.sources:
            self._insert_source(f.id, source, people)
        # Rows handed over, not INSERT ... SELECT: SQLite stages a SELECT into a virtual table
        # through a temporary table first, which made this a third of a build's store cost.
        statements = c.execute(
            "SELECT id, text FROM statements WHERE document_id = ?", (f.id,)
        ).fetchall()
        c.executemany("INSERT INTO statements_fts VALUES (?, ?)", statements)
        return True

    def _insert_source(self, doc_id: str, s: SourceFact, people: set[str]) -> None:
        c = self.conn
        values = (
            s.type,
            s.family,
            s.trigger,
            s.date,
            s.day,
            int(s.day_inferred),
            s.location,
            s.evidence_start,
            s.evidence_end,
            s.evidence,
        )
        if s.kind == "reported":
            c.execute(
                "INSERT INTO events (id, type, family, date, location, source_count) "
                "VALUES (?, ?, ?, ?, ?, 1)",
                (s.id, s.type, s.family, s.day, s.location),
            )
            c.execute(
                f"INSERT INTO sources (id, event_id, document_id, {_EVENT_COLUMNS}, day_relative) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (s.id, s.id, doc_id, *values, int(s.day_relative)),
            )
            c.executemany(
                "INSERT INTO source_people VALUES (?, ?, ?, ?)",
                [(s.id, pid, name, role) for pid, name, role in s.people],
            )
            add_person_days(c, s.id, s.family, s.day, s.day_inferred, [p[0] for p in s.people])
            if s.day is not None:
                c.execute("INSERT OR IGNORE INTO dirty_days VALUES (?)", (s.day,))
            elif month_day(s.date) is not None:
                c.execute("INSERT OR IGNORE INTO dirty_month_days VALUES (?)", (month_day(s.date),))
            if s.day_inferred:
                c.execute("INSERT OR IGNORE INTO dirty_events VALUES (?)", (s.id,))
            else:
                link_stated(c, s.id)
        else:
            c.execute(
                f"INSERT INTO mentions (id, document_id, kind, {_EVENT_COLUMNS}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (s.id, doc_id, s.kind, *values),
            )
            c.executemany(
                "INSERT INTO mention_people VALUES (?, ?, ?, ?)",
                [(s.id, pid, name, role) for pid, name, role in s.people],
            )
        c.executemany(
            "INSERT OR IGNORE INTO statements (document_id, source_id, speaker_id, speaker, verb, "
            'text, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
            [
                (doc_id, s.id, sid if sid in people else None, speaker, verb, text, start, end)
                for sid, speaker, verb, text, start, end in s.statements
            ],
        )

    def _remove_document(self, doc_id: str) -> None:
        """Take out an article's rows and re-merge what is left of the events it was part of."""
        c = self.conn
        c.execute(
            "INSERT OR IGNORE INTO dirty_days SELECT day FROM sources "
            "WHERE document_id = ? AND day IS NOT NULL",
            (doc_id,),
        )
        affected = [
            r[0]
            for r in c.execute(
                "SELECT DISTINCT event_id FROM sources WHERE document_id = ?", (doc_id,)
            )
        ]
        # The year-less reports of those events are placed again (they split off below).
        for date, day in c.execute(
            "SELECT date, day FROM sources WHERE event_id IN "
            "(SELECT event_id FROM sources WHERE document_id = ?)",
            (doc_id,),
        ).fetchall():
            key = day[5:10] if day else month_day(date)
            if key is not None:
                c.execute("INSERT OR IGNORE INTO dirty_month_days VALUES (?)", (key,))
        c.execute(
            "INSERT OR IGNORE INTO dirty_people SELECT person_id FROM person_names "
            "WHERE document_id = ?",
            (doc_id,),
        )
        c.execute(
            "DELETE FROM statements_fts WHERE statement_id IN "
            "(SELECT id FROM statements WHERE document_id = ?)",
            (doc_id,),
        )
        c.execute("DELETE FROM statements WHERE document_id = ?", (doc_id,))
        c.execute("DELETE FROM documents_fts WHERE document_id = ?", (doc_id,))
        remove_person_days(c, doc_id)
        for table, key, parent in (
            ("source_people", "source_id", "sources"),
            ("mention_people", "mention_id", "mentions"),
        ):
            c.execute(
                f"DELETE FROM {table} WHERE {key} IN "
                f"(SELECT id FROM {parent} WHERE document_id = ?)",
                (doc_id,),
            )
        c.execute("DELETE FROM mentions WHERE document_id = ?", (doc_id,))
        c.execute("DELETE FROM sources WHERE document_id = ?", (doc_id,))
        c.execute("DELETE FROM person_titles WHERE document_id = ?", (doc_id,))
        c.execute("DELETE FROM person_names WHERE document_id = ?", (doc_id,))
        for event_id in affected:
            rest = [
                (r[0], r[1])
                for r in c.execute(
                    "SELECT id, day_inferred FROM sources WHERE event_id = ? ORDER BY id",
                    (event_id,),
                )
            ]
            split_event(c, event_id, [source_id for source_id, _i in rest])
            if not rest:
                drop_event(c, event_id)
            for source_id, undated in rest:
                if not undated:
                    link_stated(c, source_id)
        c.execute("DELETE FROM documents WHERE id = ?", (doc_id,))

    # -- summaries -------------------------------------------------------------------------

    def _finish(self) -> None:
        """Recompute what depends on many articles, for what this transaction touched."""
        c = self.conn
        keep_pairs_apart(c)
        place_weak_and_undated(c)
        place_yearless(c)
        join_weak_to_yearless(c)
        # who an unmarked spelling is, before the day-less reports are placed by their people,
        # and again after (a pinyin alias reads the events those placements merged)
        refresh_aliases(c)
        place_dayless(c)  # last: it places into the events every other pass has settled
        refresh_aliases(c)
        c.execute(
            "DELETE FROM people WHERE id IN (SELECT id FROM dirty_people) "
            "AND id NOT IN (SELECT person_id FROM person_names)"
        )
        c.execute(
            """UPDATE people SET
                name = (SELECT name FROM person_names n WHERE n.person_id = people.id
                        GROUP BY name ORDER BY count(*) DESC, name LIMIT 1),
                country = (SELECT country FROM person_names n WHERE n.person_id = people.id
                           AND country IS NOT NULL
                           GROUP BY country ORDER BY count(*) DESC, country LIMIT 1)
               WHERE id IN (SELECT id FROM dirty_people)"""
        )
        c.execute(
            "INSERT OR IGNORE INTO dirty_events SELECT event_id FROM participants "
            "WHERE person_id IN (SELECT id FROM dirty_people)"
        )
        c.execute(
            # Two-sided reports first: a meeting that one-sided visit reports joined stays
            # a meeting, on the day and at the place its two-sided reports give.
            f"""UPDATE events SET
                type = (SELECT type FROM sources s WHERE s.event_id = events.id
                        GROUP BY type ORDER BY min({WEAK}), count(*) DESC, type LIMIT 1),
                family = (SELECT family FROM sources s WHERE s.event_id = events.id
                        GROUP BY type ORDER BY min({WEAK}), count(*) DESC, type LIMIT 1),
                date = (SELECT day FROM sources s WHERE s.event_id = events.id AND day IS NOT NULL
                        GROUP BY day ORDER BY min({WEAK}), min(day_inferred), count(*) DESC, day
                        LIMIT 1),
                location = (SELECT location FROM sources s WHERE s.event_id = events.id
                            AND location IS NOT NULL GROUP BY location
                            ORDER BY min({WEAK}), count(*) DESC, location LIMIT 1),
                source_count = (SELECT count(*) FROM sources s WHERE s.event_id = events.id)
               WHERE id IN (SELECT id FROM dirty_events)"""
        )
        c.execute("DELETE FROM participants WHERE event_id IN (SELECT id FROM dirty_events)")
        c.execute(
            """INSERT INTO participants
               SELECT event_id, person_id, role FROM (
                 SELECT s.event_id, coalesce(a.same_as, p.person_id) AS person_id, p.role,
                     row_number() OVER (PARTITION BY s.event_id, coalesce(a.same_as, p.person_id)
                                        ORDER BY count(*) DESC, p.role) AS rank
                 FROM sources s JOIN source_people p ON p.source_id = s.id
                 LEFT JOIN person_aliases a ON a.person_id = p.person_id
                 WHERE s.event_id IN (SELECT id FROM dirty_events)
                 GROUP BY s.event_id, coalesce(a.same_as, p.person_id), p.role)
               WHERE rank = 1"""
        )
        c.execute(
            """UPDATE events SET country = (
                 SELECT pe.country FROM participants pa JOIN people pe ON pe.id = pa.person_id
                 WHERE pa.event_id = events.id AND pe.country IS NOT NULL AND pe.country != 'VN'
                 GROUP BY pe.country ORDER BY count(*) DESC, pe.country LIMIT 1)
               WHERE id IN (SELECT id FROM dirty_events)"""
        )
        link_mentions(c)
        c.execute("DELETE FROM dirty_events")
        c.execute("DELETE FROM dirty_people")
        c.execute("DELETE FROM dirty_days")
        c.execute("DELETE FROM dirty_month_days")
