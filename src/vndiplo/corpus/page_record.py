"""Which merged record an article is about, when it reports or announces several events.

An article's first two-sided report is usually what it is about, and it counts for that record.
But a page often leads with something no other outlet reports as such (a visit whose hosts are
the airport welcomers, a recalled trip taken for a report, a one-sided line), while another of
its events is the meeting other outlets report: the talks it announces for tomorrow, the
welcome it tells of further down. Such a page is linked through that other event, so each
article counts for the real-world meeting it shares with the corpus:

1. the record of the page's first report naming two people or more (else of its first report),
   when another article reports that record too;
2. else, when that first two-sided report is a meeting or a call (not a visit or an arrival),
   its record: a minister's call on the head of state during a visit is a meeting of its own,
   not the visit's talks the page tells of further down;
3. else the first of its other two-sided reports, or of its announced (planned) events linked to
   a record (:mod:`vndiplo.corpus.mentions`), in text order, whose record another article
   reports;
4. else, on a page naming no two-sided report at all, the first one-sided report or announced
   event whose record another article reports;
5. else the record of step 1 (alone, or none for a page without a report).

Recalled (referenced) events never count: they are another occasion by definition. One record
comes back, so a page never counts for two records of one meeting.
"""

from __future__ import annotations

import sqlite3

__all__ = ["page_record"]

#: The page's reports and its linked announcements, in text order: (record, people, kind).
_EVENTS = """
SELECT event_id, (SELECT count(*) FROM source_people p WHERE p.source_id = s.id), 'reported',
       evidence_start, s.family
FROM sources s WHERE s.document_id = :doc
UNION ALL
SELECT event_id, (SELECT count(*) FROM mention_people p WHERE p.mention_id = m.id), 'planned',
       evidence_start, NULL
FROM mentions m WHERE m.document_id = :doc AND m.kind = 'planned' AND m.event_id IS NOT NULL
ORDER BY evidence_start, 3 DESC
"""


#: Families of acts between the named sides themselves: a meeting or a call, never a visit
#: (a welcome at the airport or the border gate is the visit's arrival, family "visit").
_FACE_TO_FACE = frozenset({"meeting", "call"})


def _shared(conn: sqlite3.Connection, event_id: str, doc_id: str) -> bool:
    """Whether another article reports this record."""
    row = conn.execute(
        "SELECT 1 FROM sources WHERE event_id = ? AND document_id != ? LIMIT 1",
        (event_id, doc_id),
    ).fetchone()
    return row is not None


def page_record(conn: sqlite3.Connection, doc_id: str) -> str | None:
    """The id of the merged record the article ``doc_id`` is about (None: it reports nothing)."""
    rows: list[tuple[str, int, str, int, str | None]] = list(conn.execute(_EVENTS, {"doc": doc_id}))
    events = [(e, n, kind) for e, n, kind, _start, _family in rows]
    reported = [(e, n, family) for e, n, kind, _start, family in rows if kind == "reported"]
    lead_row = next((r for r in reported if r[1] >= 2), reported[0] if reported else None)
    lead = lead_row[0] if lead_row is not None else None
    if lead is None or _shared(conn, lead, doc_id):
        return lead if lead is not None else _first_shared(conn, doc_id, events, 1)
    if lead_row is not None and lead_row[1] >= 2 and lead_row[2] in _FACE_TO_FACE:
        return lead  # step 2
    two_sided = any(n >= 2 for _e, n, _family in reported)
    found = _first_shared(conn, doc_id, events, 2 if two_sided else 1)
    return found if found is not None else lead


def _first_shared(
    conn: sqlite3.Connection, doc_id: str, events: list[tuple[str, int, str]], people: int
) -> str | None:
    """The first record, of events naming at least ``people``, that another article reports."""
    for event_id, n, _kind in events:
        if n >= people and _shared(conn, event_id, doc_id):
            return event_id
    return None
