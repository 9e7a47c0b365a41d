"""A call and its reception in the passive, joined in one clause: "B đến chào xã giao (nhân dịp
nhận nhiệm kỳ) và được A tiếp".

The call's host stands after "và được", past the call's own object zone (which a frame after
the call, "nhân dịp ...", closes), so the call names its guest only; the reception after it
names both, the same two people. The call takes the reception's host, as it does when the
host follows the call directly ("B đến chào xã giao A"). Kept apart from candidate finding
(finding.py): it reads two finished candidates of one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.finding import CALLS
from vndiplo_events.view import ArticleView

__all__ = ["with_passive_hosts"]

#: "... và (đã) được <A> tiếp": the second predicate of the caller, in the passive
_AND_PASSIVE: Final = re.compile(r"(?<!\w)và\s+(?:(?:đã|vừa|cũng)\s+)?được(?!\w)")


def with_passive_hosts(view: ArticleView, built: Sequence[Candidate]) -> list[Candidate]:
    """``built`` (one sentence's candidates) with a hostless call given the host of the
    passive reception joined to it by "và được" that receives the call's guest."""
    out = list(built)
    for i, call in enumerate(out):
        if call.form != "reported" or call.subjects or call.hit.trigger.phrase not in CALLS:
            continue
        guests = {p.name for p in call.objects}
        for later in out[i + 1 :]:
            if (
                later.form == "reported"
                and later.type == "reception"
                and later.subjects
                and guests
                and guests <= {p.name for p in later.objects}
                and _AND_PASSIVE.search(view.lower, call.hit.end, later.hit.start)
            ):
                out[i] = call.but(subjects=later.subjects)
                break
    return out
