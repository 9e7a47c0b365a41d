"""A visit told by its end ("<leader> đã về nước, khép lại chuyến thăm X"): it is
reported (the light verb "kết thúc"), but the day of the return is not the visit's date, and a
dated visit the article reports beginning or going on is the main one ("rời Osaka, kết thúc chuyến
thăm Nhật Bản" before "bắt đầu thăm Hàn Quốc")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.candidate import Candidate

__all__ = ["is_ended_visit", "settle_ended_visits"]

#: "kết thúc (tốt đẹp) (các) chuyến thăm" right before the visit's trigger; the trip may be named
#: by its kind first ("kết thúc chuyến công tác tham dự Hội nghị X", "chuyến đi dự ...") or by
#: its programme ("kết thúc chương trình thăm cấp Nhà nước")
_ENDED: Final = re.compile(
    r"kết\s+thúc\s+(?:tốt\s+đẹp\s+)?(?:các\s+|hai\s+)?"
    r"(?:(?:chuyến|chương\s+trình)\s+(?:(?:công\s+tác|đi|làm\s+việc)\s+)?)?$"
)


#: what a trip is told by its end for: a visit, or attending a conference abroad ("kết thúc
#: chuyến đi dự Hội nghị X")
_TRIP_TYPES: Final = frozenset({"visit", "attend"})


def is_ended_visit(low: str, cand: Candidate) -> bool:
    """A reported visit or attendance whose trigger follows "kết thúc (tốt đẹp)"."""
    start = cand.hit.start
    return (
        cand.type in _TRIP_TYPES
        and cand.form == "reported"
        and _ENDED.search(low, max(0, start - 45), start) is not None
    )


def settle_ended_visits(low: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Ended visits lose the return's date; they are never main next to another dated reported
    visit. (Their inviter is no side, as for any visit: participants.py.)"""
    ended = [is_ended_visit(low, c) for c in candidates]
    if not any(ended):
        return list(candidates)
    # a dated one: "Trong chuyến thăm, ..." (undated) speaks of the ended visit itself
    other_visit = any(
        c.type == "visit" and c.form == "reported" and c.iso_date is not None and not e
        for c, e in zip(candidates, ended, strict=True)
    )
    return [
        c.but(
            date=None,
            date_value=None,
            part_of_day=None,
            secondary=c.secondary or (other_visit and c.type == "visit"),
        )
        if e
        else c
        for c, e in zip(candidates, ended, strict=True)
    ]
