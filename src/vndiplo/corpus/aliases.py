"""A Vietnamese name printed without its marks, joined to the one marked person it can be.

English-language outlets print "Nguyen Van Binh" for "Nguyễn Văn Bình". Person ids stay exact
(:func:`vndiplo.corpus.names.name_key`), and ``person_aliases`` says which unmarked person is
which marked one: an unmarked spelling is an alias of a marked person when that person is the
only marked one in the corpus whose name folds to it (:func:`vndiplo.corpus.scripts.
vietnamese_fold`). A second marked namesake ("Nguyễn Văn Hùng" and "Nguyễn Văn Hưng" beside
"Nguyen Van Hung") takes the alias away again. Aliases are recomputed at the end of every build
for the folds its people touched, from the people alone, so they are a function of the corpus
whatever the order articles came in. A pinyin name is likewise an alias of the Sino-Vietnamese
name it reads, where a merged event names both (:mod:`vndiplo.corpus.chinese_aliases`). The
people view (:func:`vndiplo.corpus.read.people`) and
each event's participants read through them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Final

from vndiplo.corpus.chinese_aliases import chinese_aliases, chinese_candidates
from vndiplo.corpus.scripts import vietnamese_fold

__all__ = ["ALIASES_SCHEMA", "add_folds", "fill_folds", "refresh_aliases"]

ALIASES_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS person_folds (
    fold TEXT NOT NULL,
    person_id TEXT NOT NULL,
    marked INTEGER NOT NULL,
    PRIMARY KEY (fold, person_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS person_folds_person ON person_folds(person_id);
CREATE TABLE IF NOT EXISTS person_aliases (
    person_id TEXT PRIMARY KEY,
    same_as TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS person_aliases_same_as ON person_aliases(same_as);
"""


def _rows(people: Iterable[tuple[str, str]]) -> list[tuple[str, str, int]]:
    out = []
    for person_id, name in people:
        found = vietnamese_fold(name)
        if found is not None:
            out.append((found[0], person_id, int(found[1])))
    return out


def add_folds(conn: sqlite3.Connection, people: Iterable[tuple[str, str]]) -> None:
    """Index the folds of (person id, name as written) pairs, so linking finds the other script."""
    conn.executemany("INSERT OR IGNORE INTO person_folds VALUES (?, ?, ?)", _rows(people))


def fill_folds(conn: sqlite3.Connection) -> None:
    """Build the index for a database written before it existed."""
    if conn.execute("SELECT 1 FROM person_folds LIMIT 1").fetchone() is not None:
        return
    add_folds(conn, conn.execute("SELECT DISTINCT person_id, name FROM person_names").fetchall())
    conn.execute(
        "INSERT OR IGNORE INTO temp.dirty_people SELECT DISTINCT person_id FROM person_folds"
    )


def refresh_aliases(conn: sqlite3.Connection) -> None:
    """Re-index the folds of this build's people and recompute the aliases of those folds.

    A person whose alias changes is marked dirty, with its old and new target, so that the
    events they take part in are summarised again.
    """
    dirty = "SELECT id FROM dirty_people"
    chinese = chinese_candidates(conn)  # before the folds below change
    folds = {
        r[0] for r in conn.execute(f"SELECT fold FROM person_folds WHERE person_id IN ({dirty})")
    }
    conn.execute(f"DELETE FROM person_folds WHERE person_id IN ({dirty})")
    add_folds(
        conn,
        conn.execute(
            f"SELECT DISTINCT person_id, name FROM person_names WHERE person_id IN ({dirty})"
        ).fetchall(),
    )
    folds |= {
        r[0] for r in conn.execute(f"SELECT fold FROM person_folds WHERE person_id IN ({dirty})")
    }
    targets: dict[str, set[str]] = {}
    unmarked: set[str] = set()
    for fold in sorted(folds):
        rows = conn.execute(
            "SELECT person_id, marked FROM person_folds WHERE fold = ?", (fold,)
        ).fetchall()
        marked = {pid for pid, m in rows if m}
        for pid, m in rows:
            if not m:
                unmarked.add(pid)
                targets.setdefault(pid, set()).update(marked)
    # An unmarked person may be in other folds too ("To Lam" and "Lam To" are one id).
    for pid in sorted(unmarked):
        for (fold,) in conn.execute("SELECT fold FROM person_folds WHERE person_id = ?", (pid,)):
            if fold not in folds:
                targets[pid].update(
                    r[0]
                    for r in conn.execute(
                        "SELECT person_id FROM person_folds WHERE fold = ? AND marked = 1", (fold,)
                    )
                )
    previous = dict(
        conn.execute(
            "SELECT person_id, same_as FROM person_aliases WHERE person_id IN "
            f"(SELECT person_id FROM person_folds WHERE fold IN ({','.join('?' * len(folds))})) "
            f"OR person_id IN ({dirty})",
            sorted(folds),
        ).fetchall()
    )
    for pid in sorted(chinese - previous.keys()):
        row = conn.execute("SELECT same_as FROM person_aliases WHERE person_id = ?", (pid,))
        previous.update((pid, same_as) for (same_as,) in row)
    now = {pid: next(iter(t)) for pid, t in targets.items() if len(t) == 1}
    # A pinyin name read as a Sino-Vietnamese one, where no fold already says who it is.
    for pid, same_as in chinese_aliases(conn, chinese - now.keys()).items():
        now[pid] = same_as
    changed = {pid for pid in previous.keys() | now.keys() if previous.get(pid) != now.get(pid)}
    if not changed:
        return
    conn.executemany("DELETE FROM person_aliases WHERE person_id = ?", [(p,) for p in changed])
    conn.executemany(
        "INSERT INTO person_aliases VALUES (?, ?)",
        [(p, now[p]) for p in sorted(changed) if p in now],
    )
    touched = changed | {previous[p] for p in changed if p in previous}
    touched |= {now[p] for p in changed if p in now}
    conn.executemany("INSERT OR IGNORE INTO dirty_people VALUES (?)", [(p,) for p in touched])
