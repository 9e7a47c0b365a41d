"""The visit a plan is part of: its dates, for a plan that states none on a page with no stamp.

An announcement lists the steps of a visit without dates of their own: "Chủ tịch nước A sẽ thăm
Lào ngày 9 và 10-8. Dự kiến trong khuôn khổ chuyến thăm, A sẽ hội đàm với B, hội kiến C". On a
stamped page such a plan is read in the year after the stamp; on a page with no stamp it has no
time at all, and links to nothing. Its time is the visit's: the plan takes the date of the one
dated visit the page tells (reported, announced or told as news) that names one of its people
or nobody ("chuyến thăm diễn ra ngày 9-10/8").
A page telling two dated visits of them (a tour of two countries, each leg with its days) gives
none, since the step could be in either.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

__all__ = ["frame_date"]

_VISIT_DATES = """
SELECT m.date FROM mentions m
WHERE m.document_id = :doc AND m.id != :mention AND m.family = 'visit' AND m.date IS NOT NULL
  AND (EXISTS (SELECT 1 FROM mention_people p WHERE p.mention_id = m.id
               AND p.person_id IN ({marks}))
       OR NOT EXISTS (SELECT 1 FROM mention_people p WHERE p.mention_id = m.id))
UNION
SELECT s.date FROM sources s
WHERE s.document_id = :doc AND s.family = 'visit' AND s.date IS NOT NULL
  AND (EXISTS (SELECT 1 FROM source_people p WHERE p.source_id = s.id
               AND p.person_id IN ({marks}))
       OR NOT EXISTS (SELECT 1 FROM source_people p WHERE p.source_id = s.id))
"""


def frame_date(
    conn: sqlite3.Connection, doc_id: str, mention_id: str, people: Sequence[str]
) -> str | None:
    """The date of the one dated visit on the page naming one of ``people`` or nobody, or None."""
    if not people:
        return None
    names = {f"p{i}": person for i, person in enumerate(people)}
    marks = ",".join(f":{key}" for key in names)
    dates = {
        row[0]
        for row in conn.execute(
            _VISIT_DATES.format(marks=marks), {"doc": doc_id, "mention": mention_id, **names}
        )
    }
    return dates.pop() if len(dates) == 1 else None
