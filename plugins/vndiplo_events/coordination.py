"""Which of the people named before a one-sided trigger (a visit, an attendance) are its subject.

Such a trigger takes the nearest person before it, as earlier ones usually belong to other
roles ("Theo lời mời của A, B sang thăm"). Two constructions change that:

* a coordinated subject, "A và B sẽ sang thăm", "A, titles, và Chủ tịch C B đến dự": every
  conjunct joined to the nearest one by "và", nothing but titles between, is a subject;
* an apposition, "do GS.TS A, Thứ trưởng Bộ Y tế làm trưởng đoàn": a title right after a name
  describes that name; the titles stage may have linked it to someone else with that title,
  and that mention is no person of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.model import Person
from vndiplo_events.candidate import unique_people
from vndiplo_events.view import Mention

__all__ = ["is_apposition", "nearest_subjects"]

#: the longest stretch between two conjuncts (the titles of the second, or of the first in
#: apposition)
_GAP: Final = 120
#: "và" joining the two conjuncts
_AND: Final = re.compile(r"(?<!\w)và(?!\w)")
#: a verb, a clause or a possessive between two names: they are no coordinated subject ("A đã
#: mời B sang thăm", "lời mời của A, B sẽ thăm")
_NOT_JOINED: Final = re.compile(
    r"[;.:()\"\u201c\u201d]|(?<!\w)(?:đã|sẽ|đang|vừa|của|mời|cùng)(?!\w)"
)
#: a short bracketed aside right after a conjunct ("(Đức)", "(Liên bang Mexico)")
_ASIDE: Final = re.compile(r"\s*\([^()]{1,40}\)")
#: a bare comma between two names of a list that a "và" closes
_LISTING_COMMA: Final = re.compile(r"\s*,\s*")
#: what may stand between a name and a title in apposition to it
_APPOSITION_GAPS: Final = frozenset({",", "-", "\u2013", "\u2014"})


def is_apposition(text: str, previous: Mention, mention: Mention) -> bool:
    """``mention`` is a bare title right after the name of ``previous`` ("A, Thứ trưởng"): it
    describes A, whoever the titles stage took it for."""
    if mention.person.name == previous.person.name:
        return False
    if mention.person.name in text[mention.start : mention.end]:
        return False  # a named mention, not a bare title
    if previous.person.name not in text[previous.start : previous.end]:
        return False  # a list of bare titles: "Chủ tịch Quốc hội A, Chủ tịch Hạ viện B"
    return text[previous.end : mention.start].strip() in _APPOSITION_GAPS


#: "cùng (với)" and the companion's titles right before a name: "A cùng Chủ tịch nước B thăm
#: Khu di tích", "sau đó cùng Tổng Bí thư B thăm nơi ..." (no possessive: "cùng đoàn của Thủ
#: tướng B thăm Pháp" is B's trip, joined by the one before)
_WITH_COMPANION: Final = re.compile(r"(?<!\w)cùng(?:\s+với)?(?:\s+[^\s,;.:()]+){0,8}\s+$")
#: how far before a name its "cùng" may stand
_COMPANION_REACH: Final = 60


def _accompanies(low: str, mention: Mention) -> bool:
    """``mention`` names who goes along with the subject ("A cùng B thăm ..."), not the
    subject of the one-sided act after it."""
    start = max(0, mention.start - _COMPANION_REACH)
    found = _WITH_COMPANION.search(low, start, mention.start)
    return found is not None and low.find("của", found.start(), mention.start) == -1


def nearest_subjects(low: str, mentions: Sequence[Mention]) -> tuple[Person, ...]:
    """The person named last before the trigger, with every earlier conjunct coordinated to
    it by "và" (``low``: the lower-cased text). One who only goes along ("A cùng B thăm X") is
    no subject: A is, or nobody named when the companion opens the clause ("sau đó cùng B thăm
    X": the subject is told earlier)."""
    if not mentions:
        return ()
    if _accompanies(low, mentions[-1]):
        return nearest_subjects(low, mentions[:-1])
    kept = [mentions[-1]]
    joined = False
    for earlier in reversed(mentions[:-1]):
        gap = low[earlier.end : kept[-1].start]
        # "A (Đức), B (Nhật Bản) và C": a country in brackets after each name
        aside = _ASIDE.match(gap)
        if aside is not None:
            gap = gap[aside.end() :]
        if joined and _LISTING_COMMA.fullmatch(gap):
            kept.append(earlier)  # "A, B và C": a comma before the "và" lists one more
            continue
        if len(gap) > _GAP or not _AND.search(gap) or _NOT_JOINED.search(gap):
            break
        joined = True
        kept.append(earlier)
    return unique_people(m.person for m in reversed(kept))
