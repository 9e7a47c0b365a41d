"""Person ids as the corpus resolves them: an unmarked spelling read as its one marked person.

Ids stay exact ("nguyenphutrong" and "nguyễnphútrọng" are two ids), and ``person_aliases`` says
which unmarked id is which marked person (:mod:`vndiplo.corpus.aliases`: the only marked person
in the whole corpus whose name folds to it). Events' participants are read through the alias;
so are the people of a report placed with no day (:mod:`vndiplo.corpus.dayless`), where an
English and a Vietnamese report of one visit may share no id at all ("Nguyen Phu Trong" and
"Nguyễn Phú Trọng" beside "Bounnhang Volachith" and "Bun-nhăng Vo-la-chít") yet name the same
hosts. The alias is the corpus's own decision about who a spelling is, not a guess of the pair.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Mapping

__all__ = ["alias_kin", "resolved", "resolved_keys"]

#: Ids looked up per query: well under SQLite's limit on bound parameters.
_CHUNK = 500


def resolved(conn: sqlite3.Connection, ids: Collection[str]) -> dict[str, str]:
    """Each id with the person it resolves to (itself when it has no alias)."""
    found: dict[str, str] = {}
    ordered = sorted(ids)
    for at in range(0, len(ordered), _CHUNK):
        chunk = ordered[at : at + _CHUNK]
        marks = ",".join("?" * len(chunk))
        found.update(
            conn.execute(
                f"SELECT person_id, same_as FROM person_aliases WHERE person_id IN ({marks})",
                chunk,
            ).fetchall()
        )
    return {pid: found.get(pid, pid) for pid in ids}


def resolved_keys(mapping: Mapping[str, str], ids: Mapping[str, str]) -> dict[str, str]:
    """``mapping`` keyed by resolved ids (``ids`` from :func:`resolved`)."""
    return {ids.get(key, key): value for key, value in mapping.items()}


def alias_kin(conn: sqlite3.Connection, people: Collection[str]) -> set[str]:
    """The resolved ``people`` and every id resolving to one of them: whom to look up."""
    if not people:
        return set()
    marks = ",".join("?" * len(people))
    rows = conn.execute(
        f"SELECT person_id FROM person_aliases WHERE same_as IN ({marks})", sorted(people)
    ).fetchall()
    return set(people) | {row[0] for row in rows}
