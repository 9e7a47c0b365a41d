"""Events a planned clause lists: "X sẽ gặp A, hội kiến B, rồi dự lễ đón và hội đàm
với C" plans every event it coordinates, though only the
first sits next to "sẽ". An event after "sẽ" or "dự kiến" in the same clause, with no past or
present word between ("đã", "vừa", "đang"), is planned too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.sentences import Sentence
from vndiplo_events.triggers import TriggerHit

__all__ = ["PREPARES", "planned_by_clause", "recalled_by_clause", "settle_programme_paragraphs"]

#: a meeting's agenda of preparing acts: "họp bàn kế hoạch đón tiếp và làm việc với Đoàn X sang
#: dự ...", "thống nhất phương án tổ chức lễ đón", "chuẩn bị (các điều kiện) cho chuyến thăm":
#: every act on the agenda is still to come
_PREPARING: Final = (
    r"(?:bàn|thảo\s+luận|thống\s+nhất|rà\s+soát)\s+(?:về\s+)?(?:các\s+)?"
    r"(?:kế\s+hoạch|phương\s+án|công\s+tác\s+chuẩn\s+bị|việc\s+chuẩn\s+bị)"
    r"|chuẩn\s+bị\s+(?:các\s+điều\s+kiện\s+)?cho"
)
PREPARES: Final = re.compile(rf"(?<!\w)(?:{_PREPARING})\s")
#: the future words that plan a whole clause, and a preparing agenda
#: ("sắp" is "about to", not the "sắp" of "sắp xếp", "sắp đặt": arrange)
_FUTURE: Final = re.compile(rf"(?<!\w)(?:sẽ|sắp(?!\s+(?:xếp|đặt))|dự\s+kiến|{_PREPARING})\s")
#: words that report a past or current event: the plan has ended before them
_DONE: Final = re.compile(r"(?<!\w)(?:đã|vừa|đang|mới)\s")
#: how far back a clause's future word still governs a trigger
_REACH: Final = 220


def planned_by_clause(
    low: str, sentence: Sentence, hit: TriggerHit, head: int | None = None
) -> bool:
    """True if a future word earlier in ``hit``'s clause plans it (see the module docstring).
    ``head``: the start of the head clause ``hit``'s clause is chained to by ";", if any
    (clause_chain.py): its future word plans the chained clauses too."""
    floor = max(sentence.start, hit.start - _REACH)
    stop = max(low.rfind(";", floor, hit.start), low.rfind(":", floor, hit.start))
    if head is not None:
        floor = head
    elif stop != -1:
        floor = stop + 1
    ends = [m.end() for m in _FUTURE.finditer(low, floor, hit.start)]
    if not ends:
        return False
    return _DONE.search(low, ends[-1], hit.start) is None


#: "từng" (ever): the clause recalls what happened at some earlier time, every act of it
_EVER: Final = re.compile(r"(?<!\w)từng\s")
#: a present or future word: a new clause of the page's own time
_NOW_OR_LATER: Final = re.compile(r"(?<!\w)(?:sẽ|đang|vừa|nay|hiện)\s")


def recalled_by_clause(low: str, sentence: Sentence, hit: TriggerHit) -> bool:
    """True if "từng" earlier in ``hit``'s clause recalls it: "Ông X đã từng đến Việt Nam tháng
    11/2006 để tham dự Hội nghị" recalls the attendance too, though only the trip sits next to
    "từng" (as "sẽ" plans a whole clause, see :func:`planned_by_clause`). A comma closes it
    ("người từng học tại Hà Nội, và hội đàm với B": a relative clause about one side)."""
    floor = max(sentence.start, hit.start - _REACH)
    if low.find("từng", floor, hit.start) == -1:
        return False  # most clauses: a plain find before the scans
    stop = max(low.rfind(c, floor, hit.start) for c in ",;:")
    if stop != -1:
        floor = stop + 1
    ends = [m.end() for m in _EVER.finditer(low, floor, hit.start)]
    return bool(ends) and _NOW_OR_LATER.search(low, ends[-1], hit.start) is None


#: a programme opening a sentence, maybe after a fronted time: "Theo chương trình, ...",
#: "Theo lịch trình làm việc, ...", "Dự kiến, ...", "Sáng mai, theo kế hoạch, ..."
_PROGRAMME: Final = re.compile(
    r"[\W\d]*(?:[^\W\d][^,.;:!?]{0,40},\s*)?"
    r"(?:theo\s+(?:chương\s+trình|lịch\s+trình|kế\s+hoạch)|dự\s+kiến\s*,)(?!\w)"
)


def settle_programme_paragraphs(
    low: str, sentences: Sequence[Sentence], candidates: Sequence[Candidate]
) -> list[Candidate]:
    """A paragraph that opens a programme ("Theo chương trình, lễ đón ... sẽ diễn ra ...
    Sau lễ đón, A sẽ hội đàm với B") plans every act it tells, the noun back-references
    ("Sau lễ đón", "Tại buổi hội đàm") included, until a sentence reports something done
    ("đã", "vừa"): those acts are still to come, never the reported event."""
    planned: set[int] = set()
    block, active = -1, False
    for index, sentence in enumerate(sentences):
        if sentence.block != block:
            block, active = sentence.block, False
        if _PROGRAMME.match(low, sentence.start, sentence.end):
            active = True
        if active and _DONE.search(low, sentence.start, sentence.end):
            active = False
        if active:
            planned.add(index)
    if not planned:
        return list(candidates)
    return [
        c.but(form="referenced", planned=True)
        if c.sentence_index in planned and c.form in ("reported", "backref")
        else c
        for c in candidates
    ]
