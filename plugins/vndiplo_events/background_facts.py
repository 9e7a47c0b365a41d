"""Which later mention of the main event may lend it a date or a place when assembly merges
repeated mentions (assembly.py).

A mention framed by a wider trip ("trong khuôn khổ chuyến công du châu Á (tham dự Hội nghị ...
tại X)") names the tour, not this visit: its place is the tour's (its dates hold the visit's,
so they may still fill an undated one). A mention in a sentence that
has already named another occurrence of the same act ("A từng ra nước ngoài lần đầu
vào tháng 8, khi ông thăm Y") tells that other occurrence: its month is not
this visit's. Both may still lend people; only their date and place stay out.
"""

from __future__ import annotations

from collections.abc import Set

from vndiplo_events.candidate import Candidate

__all__ = ["without_background_facts"]


def without_background_facts(cand: Candidate, referenced: Set[tuple[int, str | None]]) -> Candidate:
    """``cand`` without the date or place it may not lend the main event when merged into it.
    ``referenced`` holds (sentence, type) of the referenced mentions seen before it."""
    if (cand.sentence_index, cand.type) in referenced:
        return cand.but(date_value=None, part_of_day=None, location=None)
    if cand.frame is not None:
        return cand.but(location=None)
    return cand
