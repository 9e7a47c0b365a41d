"""A pinyin name joined to the Sino-Vietnamese name it reads, where one merged event says so.

"Liu Ning" and "Lưu Ninh" keep two person ids (:func:`vndiplo.corpus.names.name_key`): a pinyin
syllable reads many Vietnamese ones, so a fit of the two spellings
(:func:`vndiplo.corpus.hanviet.pinyin_fits`) is no identity on its own. It becomes one when
reports of one merged event name both, since the link test that merged them already asked for
a person shared and an agreeing day (:func:`vndiplo.corpus.link.linked`): then the pinyin
person is an alias of the marked one, when that is the only marked person it fits across all
the events it takes part in. Two fits ("Lý Cường" and "Lê Cường" beside "Li Qiang") give none.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from vndiplo.corpus.hanviet import pinyin_fits, pinyin_shaped

__all__ = ["chinese_aliases", "chinese_candidates"]

# People whose alias this build may change: the dirty ones, those in an event with a dirty
# one (an article that merged into their event), and those aliased to a dirty one (whose
# event may have split).
_CANDIDATES = """
SELECT DISTINCT person_id, name FROM person_names WHERE person_id IN (
    SELECT id FROM dirty_people
    UNION SELECT p.person_id FROM source_people p JOIN sources s ON s.id = p.source_id
        WHERE s.event_id IN (
            SELECT t.event_id FROM sources t JOIN source_people q ON q.source_id = t.id
            WHERE q.person_id IN (SELECT id FROM dirty_people))
    UNION SELECT person_id FROM person_aliases WHERE same_as IN (SELECT id FROM dirty_people))
"""

_EVENT_MATES = """
SELECT DISTINCT p.name, q.person_id, q.name FROM source_people p
JOIN sources s ON s.id = p.source_id
JOIN sources t ON t.event_id = s.event_id
JOIN source_people q ON q.source_id = t.id
WHERE p.person_id = ? AND q.person_id != p.person_id
"""


def chinese_candidates(conn: sqlite3.Connection) -> set[str]:
    """The pinyin-shaped people whose Chinese alias is to be recomputed this build."""
    return {pid for pid, name in conn.execute(_CANDIDATES) if pinyin_shaped(name)}


def chinese_aliases(conn: sqlite3.Connection, people: Iterable[str]) -> dict[str, str]:
    """Each of ``people`` with the one marked person it reads as, where there is one."""
    found: dict[str, str] = {}
    for pid in sorted(people):
        targets = {
            other
            for name, other, other_name in conn.execute(_EVENT_MATES, (pid,))
            if pinyin_fits(other_name, name)
        }
        if len(targets) == 1:
            found[pid] = targets.pop()
    return found
