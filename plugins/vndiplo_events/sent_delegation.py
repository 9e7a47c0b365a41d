"""A delegation planned to go abroad, told by who leads it or by its being sent: a planned visit.

"X sẽ dẫn đầu đoàn đại biểu tỉnh sang Lào vào tuần tới", "Đoàn doanh nghiệp do X dẫn đầu dự
kiến sẽ được cử sang Việt Nam": no visit verb, yet the trip is the news, and its head is the
visitor. Only a plan ("sẽ", "dự kiến", "kế hoạch" before it in its clause) with a destination
named right after "sang / tới / đến" makes it one: the head of a delegation that attends a
forum ("dẫn đầu đoàn dự Hội nghị ...") or that went already is told by the act's own word. When
the motion word is followed by a visit or attendance verb ("sang thăm", "tới dự"), that verb is
the trigger and this phrase none.

"Một phái đoàn sẽ được cử sang X. Được biết, ông Y sẽ dẫn đầu phái đoàn": the head named in a
sentence right after the planned sending is the visitor (planned_head.py).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["LED", "SENT", "planned_sending"]

#: the head leading the delegation ("dẫn đầu (phái) đoàn")
LED: Final = ("dẫn đầu đoàn", "dẫn đầu phái đoàn")
#: the delegation sent ("được cử sang / tới / đến")
SENT: Final = tuple(f"được cử {m}" for m in ("sang", "tới", "đến"))
#: a plan in the clause before the phrase
_PLAN: Final = re.compile(r"(?<!\w)(?:sẽ|dự\s+kiến|sắp|kế\s+hoạch|chuẩn\s+bị)(?!\w)")
#: how far back in its clause the plan word may stand
_PLAN_REACH: Final = 60
#: the motion word and its destination after the led delegation's own words ("đoàn đại biểu
#: Quốc hội Việt Nam sang ..."): no clause break between
_MOTION: Final = re.compile(r"[^.;:!?\n]{0,80}?(?<!\w)(?:sang|tới|đến)\s+")
#: a verb after the motion word that is an act of its own ("sang thăm", "tới dự")
_OWN_ACT: Final = re.compile(
    r"(?:thăm|dự|tham\s+dự|tham\s+gia|làm\s+việc|công\s+tác|chào|hội|gặp|tiếp|ký|kí)(?!\w)"
)
#: the delegation the sent phrase is about, earlier in its sentence
_DELEGATION: Final = re.compile(r"(?<!\w)đoàn(?!\w)")
_DELEGATION_REACH: Final = 160


def _planned(low: str, start: int) -> bool:
    floor = max(0, start - _PLAN_REACH)
    cut = max(low.rfind(c, floor, start) for c in ".;!?\n")
    return _PLAN.search(low, max(floor, cut + 1), start) is not None


def _destination(text: str, pos: int) -> bool:
    """A place named at ``pos``: a capitalised word, not a verb of its own."""
    return text[pos : pos + 1].isupper()


def planned_sending(text: str, low: str, start: int, end: int, phrase: str) -> bool:
    """The phrase at ``start:end`` tells a planned delegation going to a named place."""
    if not _planned(low, start):
        return False
    if phrase in SENT:
        floor = max(0, start - _DELEGATION_REACH)
        cut = max(low.rfind(c, floor, start) for c in ".!?\n")
        if _DELEGATION.search(low, max(floor, cut + 1), start) is None:
            return False
        return _destination(text, end + 1) if low.startswith(" ", end) else False
    motion = _MOTION.match(low, end)
    if motion is None or _OWN_ACT.match(low, motion.end()):
        return False
    return _destination(text, motion.end())
