"""Acts told inside a time clause of another act: "(Ngay) sau khi hội đàm, A và B đã chứng kiến
lễ ký ...", "Trước khi rời Hà Nội, X đã chào xã giao Y". The act in the "sau khi / trước khi /
sau khi kết thúc ..." clause only dates the sentence's main clause: when the main clause of the
same sentence reports an act of its own, that act is the news.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.view import ArticleView

__all__ = ["in_time_clause", "main_clause_act"]

#: the opening of a time clause, a few words before its act: "ngay sau khi tiến hành", "sau
#: khi kết thúc", "trước khi"; the clause may name its own subject ("sau khi hai nhà lãnh đạo
#: cùng chứng kiến lễ ký", "trước khi Bộ trưởng A dự lễ ..."); nothing between it and the act
#: ends a clause
_TIME_CLAUSE: Final = re.compile(r"(?<!\w)(?:ngay\s+)?(?:sau|trước)\s+khi(?:\s+[\w-]+){0,8}?\s+$")
#: how far before the act the clause's opening may stand
_REACH: Final = 64


def in_time_clause(view: ArticleView, cand: Candidate) -> bool:
    """``cand``'s trigger is the act of a "sau khi / trước khi ..." clause."""
    start = cand.hit.start
    floor = max(view.sentences[cand.sentence_index].start, start - _REACH)
    before = view.lower[floor:start]
    cut = max(before.rfind(","), before.rfind(";"))
    return _TIME_CLAUSE.search(before[cut + 1 :]) is not None


def main_clause_act(
    view: ArticleView, main: Candidate, with_people: Sequence[Candidate]
) -> Candidate:
    """The act of the main clause in ``main``'s sentence when ``main`` only sits in its time
    clause ("ngay sau khi hội đàm, A và B chứng kiến lễ ký": the signing); else ``main``."""
    if not in_time_clause(view, main):
        return main
    return next(
        (
            c
            for c in with_people
            if c.sentence_index == main.sentence_index
            and c.hit.start > main.hit.end
            and not c.embedded
            and not in_time_clause(view, c)
        ),
        main,
    )
