"""A working session joined to the act it completes is that act, not a second event.

"A tiếp và làm việc với đoàn B", "A có buổi tiếp, làm việc với B", "A gặp gỡ và làm việc với
B": one sitting, told by two verbs sharing one object. The generic "làm việc (với)" adds no
act of its own (README round 9 #1: "tiếp và làm việc với" a visiting guest is a reception), so
it restates the verb before it. Only the bare joint counts: "A tiếp B và làm việc với C" names
another counterpart, "A tiếp B, sau đó làm việc với C" another sitting.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Final

from vndiplo_events.triggers import TriggerHit

__all__ = ["joins_working_session", "without_joined_sessions"]

#: the acts a working session may complete, as verbs: meeting a counterpart, receiving, talks
#: (a visit verb joined to it is one trigger already: "thăm và làm việc")
_COMPLETED: Final = frozenset({"reception", "meeting", "talks"})
#: an event noun is no verb sharing an object: "nhân chuyến thăm, làm việc với X" frames a trip
#: and tells the session; "buổi tiếp và làm việc" is one back-reference (trigger_nouns.py)
_NOUNS: Final = ("chuyến", "cuộc", "buổi", "lễ")
#: nothing but a conjunction or a comma between the two verbs
_JOINT: Final = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+|cùng\s+)")


def _working_session(hit: TriggerHit) -> bool:
    return hit.trigger.type == "meeting" and hit.trigger.phrase.startswith("làm việc")


def joins_working_session(low: str, before: TriggerHit, hit: TriggerHit) -> bool:
    """``hit`` is the generic working session joined right after the act ``before``."""
    return (
        _working_session(hit)
        and before.trigger.type in _COMPLETED
        and not before.trigger.phrase.startswith(_NOUNS)
        and not _working_session(before)
        and before.end <= hit.start
        and _JOINT.fullmatch(low, before.end, hit.start) is not None
    )


def without_joined_sessions(low: str, hits: Sequence[TriggerHit]) -> Sequence[TriggerHit]:
    """``hits`` less each working session joined to the act before it: that act's object zone
    then runs on to the shared object ("có buổi tiếp, làm việc với B")."""
    if len(hits) < 2:
        return hits
    kept = [hits[0]]
    for before, hit in pairwise(hits):
        if not joins_working_session(low, before, hit):
            kept.append(hit)
    return kept if len(kept) < len(hits) else hits
