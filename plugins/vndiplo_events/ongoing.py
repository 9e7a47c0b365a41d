"""A visit said to be going on ("X, đang ở thăm chính thức Y, đã hội đàm với Z") is the
background of the sentence's own event: the talks, meeting or reception the sentence reports
with people is the news, the visit only says why the visitor is there. So is the event a
back-reference names just before the visitor ("phát biểu tại buổi tiếp X đang ở thăm Y, Z
nhấn mạnh ...": the reception, its sides worked out later)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.candidate import Candidate

__all__ = ["settle_ongoing_visits"]

#: "đang thăm", "đang ở thăm", "đang có chuyến thăm", "đang trong chuyến thăm" right before the
#: visit's trigger ("chuyến" may be the trigger's own first word)
_ONGOING: Final = re.compile(r"(?<!\w)đang\s+(?:ở\s+|có\s+|trong\s+)?(?:chuyến\s+)?$")
#: the events a visit can be the background of
_FOREGROUND: Final = frozenset({"talks", "meeting", "reception", "phone_call", "signing"})


def _ongoing(low: str, cand: Candidate) -> bool:
    start = cand.hit.start
    return (
        cand.type == "visit"
        and cand.form == "reported"
        and _ONGOING.search(low, max(0, start - 24), start) is not None
    )


def settle_ongoing_visits(low: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Ongoing visits that share their sentence with a reported event of another kind, with
    people, are secondary (never main)."""
    foreground = {
        c.sentence_index
        for c in candidates
        if c.form == "reported"
        and c.frame is None
        and not c.embedded
        and not c.secondary
        and c.type in _FOREGROUND
        and c.participants
    }
    # "tại buổi tiếp X đang ở thăm Y": the back-referred event framing the ongoing visit
    named_before = {
        c.sentence_index: c.hit.start
        for c in reversed(candidates)
        if c.form == "backref" and c.type in _FOREGROUND
    }
    return [
        c.but(secondary=True)
        if (
            c.sentence_index in foreground
            or named_before.get(c.sentence_index, c.hit.start) < c.hit.start
        )
        and not c.secondary
        and _ongoing(low, c)
        else c
        for c in candidates
    ]
