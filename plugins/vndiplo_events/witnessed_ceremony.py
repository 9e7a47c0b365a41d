"""A ceremony someone only witnesses or attends, and the meeting held beside it.

"Ngày 18-2, Tổng Bí thư A đã chứng kiến lễ ký các thỏa thuận. Bên lề lễ ký, Bộ trưởng B đã
có cuộc trao đổi với ông C": the ceremony sets the scene ("chứng kiến", "dự" are no side of
the papers signed), and the meeting the next sentences tell "on its sidelines" is the page's
news, as a sidelines meeting is over the attendance it came with (sidelines.py). The meeting
must be framed by the ceremony itself: a sidelines frame of the same act in its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.view import ArticleView

__all__ = ["meeting_beside_the_ceremony"]

#: the verbs that make the subject a witness or a guest of a ceremony, not one of its sides
_WITNESSED: Final = re.compile(r"(?<!\w)(?:chứng\s+kiến|(?:tham\s+)?dự)\s+(?:\w+\s+){0,2}$")
#: the meetings with two sides that may be held beside a ceremony
_BILATERAL: Final = frozenset({"meeting", "talks", "reception", "phone_call"})
#: how many sentences after the ceremony the meeting beside it may come
_SPAN: Final = 3


def meeting_beside_the_ceremony(
    view: ArticleView, main: Candidate, candidates: Sequence[Candidate]
) -> Candidate:
    """The meeting framed "Bên lề <the ceremony>" after ``main``, a ceremony its subject only
    witnesses; else ``main``."""
    if main.type != "signing" or main.form != "reported":
        return main
    low = view.lower
    sentence = view.sentences[main.sentence_index]
    if not _WITNESSED.search(low, max(sentence.start, main.hit.start - 24), main.hit.start):
        return main
    beside = {
        c.sentence_index
        for c in candidates
        if c.form == "framed"
        and c.type == main.type
        and c.frame is not None
        and c.frame.kind == "sidelines"
        and main.sentence_index < c.sentence_index <= main.sentence_index + _SPAN
    }
    return next(
        (
            c
            for c in candidates
            if c.sentence_index in beside
            and c.form == "reported"
            and c.frame is None
            and c.type in _BILATERAL
            and c.subjects
            and c.objects
            and not c.embedded
        ),
        main,
    )
