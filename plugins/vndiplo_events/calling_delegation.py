"""Who travelled for a call ("hội kiến", "gặp xã giao", a working session "làm việc với") one
side makes as a delegation.

"Đoàn đại biểu tỉnh do A làm trưởng đoàn hội kiến B", "B hội kiến đoàn ... do A dẫn đầu": a
delegation is the party on a trip, so it is the caller, the guest, and the one it calls on
hosts. This holds wherever the two meet: at home the delegation may call on a guest of the
country (README: the one received by a call hosts). The delegation is told by the clause
structure, not by its head: the clause that holds the trigger opens on the noun "đoàn" (after
any fronted time or frame), or the object opens on it. A delegation inside a frame ("Nhân dịp
Đoàn ... sang thăm, A hội kiến B") or a subordinate clause ("Sau khi đoàn ... đến, A ...") is
not the clause's subject; two delegations, or a third-country place or summit sidelines (all
sides travelled), tell nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.frames import Frame
from vndiplo_events.view import ArticleView

__all__ = ["calling_side"]

#: the noun of a delegation opening a clause; not "đoàn kết", "đoàn viên" nor the Youth Union
_DELEGATION: Final = re.compile(
    r"(?:các\s+|một\s+)?(?:phái\s+)?đoàn(?!\w)"
    r"(?!\s+(?:kết|viên|thanh\s+niên\s+cộng\s+sản|tncs)(?!\w))"
)
#: what may stand between the subject and the call word: "đã", "vừa", "có cuộc", "(", "–"
_BEFORE_CALL: Final = re.compile(
    r"[\s,)\]–—-]*(?:(?:đã|vừa|cũng|chính\s+thức)\s+)*(?:có\s+(?:cuộc|buổi)\s+)?"
    r"(?:(?:đến|tới|sang)\s+)?$"
)
#: an aspect word opening another predicate between the delegation and the call
_PREDICATE: Final = re.compile(r"(?<!\w)(?:đã|vừa|sẽ|đang|rồi|sau\s+đó)(?!\w)|[.;:!?]")
#: the object of the call opening on a delegation: "hội kiến (với) Đoàn ..."
_OBJECT_DELEGATION: Final = re.compile(r"\s*(?:với\s+)?" + _DELEGATION.pattern)


#: a working session: a delegation comes to work with the body it visits ("Đoàn ... đã có
#: buổi làm việc với UBND tỉnh", "Sở X làm việc với đoàn ..."), so the body receives it (README
#: round 7 #6, round 14 #3 BM07)
_WORKING_SESSION: Final = frozenset({"làm việc với", "buổi làm việc", "có buổi làm việc với"})


def _is_call(low: str, cand: Candidate) -> bool:
    """The trigger is a call on someone: "hội kiến", a meeting word plus "xã giao", or a
    working session."""
    phrase = cand.hit.trigger.phrase
    return (
        phrase == "hội kiến"
        or phrase in _WORKING_SESSION
        or (phrase.startswith("gặp") and low.startswith(" xã giao", cand.hit.end))
    )


def _clause_starts(low: str, start: int, end: int) -> list[int]:
    """Where the comma-separated stretches of ``[start, end)`` open, past their spaces."""
    out = [start]
    comma = low.find(",", start, end)
    while comma != -1:
        out.append(comma + 1)
        comma = low.find(",", comma + 1, end)
    return [s + len(low[s:end]) - len(low[s:end].lstrip()) for s in out]


def _named_in(view: ArticleView, start: int, end: int) -> bool:
    """A person's name starts in ``[start, end)`` ("Đoàn Văn X" is a surname, no delegation)."""
    return any(start <= m.start < end for m in view.mentions_in(start, end))


def _delegation_subject(view: ArticleView, start: int, trigger: int) -> bool:
    """The clause ending at ``trigger`` has a delegation for subject: a stretch opens on
    "đoàn" and runs to the call word with no predicate of its own."""
    low = view.lower
    tail = _BEFORE_CALL.search(low, start, trigger)
    stop = tail.start() if tail is not None else trigger
    for opening in _clause_starts(low, start, trigger):
        found = _DELEGATION.match(low, opening, trigger)
        if found is None or _named_in(view, opening, found.end()):
            continue
        if _PREDICATE.search(low, found.end(), stop) is None:
            return True
    return False


def _delegation_object(view: ArticleView, hit_end: int, end: int) -> bool:
    low = view.lower
    found = _OBJECT_DELEGATION.match(low, hit_end, end)
    return found is not None and not _named_in(view, hit_end, found.end())


def calling_side(
    view: ArticleView,
    cand: Candidate,
    sentence_start: int,
    sentence_end: int,
    lead: Sequence[Frame],
) -> str | None:
    """ "subject" or "object": the side that called on the other as a delegation, or None."""
    low = view.lower
    if cand.type != "meeting" or not _is_call(low, cand):
        return None
    if any(f.kind == "sidelines" for f in lead):
        return None
    start = max([sentence_start, *(f.end for f in lead if f.end <= cand.hit.start)])
    subject = _delegation_subject(view, start, cand.hit.start)
    # the receiver is named before the call: "Đón tiếp và hội kiến với Đoàn có ông B" names
    # B after the delegation, as the one who met it (inverted_sides.py)
    obj = bool(cand.subjects) and _delegation_object(view, cand.hit.end, sentence_end)
    if subject == obj:
        return None
    return "subject" if subject else "object"


def frame_trip_of_object(view: ArticleView, cand: Candidate, frame: Frame) -> bool:
    """The fronted frame tells the trip of the act's object, not its subject: "Nhân dịp Đoàn
    ... do B dẫn đầu sang thăm Quảng Trị, A hội kiến B" (B named in the frame, A not)."""
    named = {m.person.name for m in view.mentions_in(frame.start, frame.end)}
    objects = {p.name for p in cand.objects}
    subjects = {p.name for p in cand.subjects}
    return bool(named & objects) and not named & subjects
