"""Where an occasion frame written without its comma ends: at the main clause's subject.

"Nhân dịp dự Khóa họp X Phó Thủ tướng A đã có các cuộc gặp với ...": no comma closes the
frame, yet the clause after it is the sentence's own (a person, then an aspect word). Without
this the frame runs to the sentence's end and swallows the act it frames as a secondary one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Final

from vndiplo_events.view import ArticleView

__all__ = ["unmarked_subject_start"]

#: the aspect word that opens a main clause's predicate right after its subject
_ASPECT_AFTER: Final = re.compile(r"\s*(?:đã|vừa|sẽ|đang)\s")
#: how far past a mention's end its predicate's aspect word may stand (a bracketed country)
_SPAN: Final = 24


def unmarked_subject_start(view: ArticleView, anchors: Sequence[int], start: int, end: int) -> int:
    """The start of the first person mention in ``(start, end)`` that an aspect word follows
    ("... Bộ trưởng B đã ..."), when the frame has words of its own before it; else ``end``."""
    low = view.lower
    first = bisect_left(anchors, start)
    if first >= len(anchors):
        return end
    for mention in view.mentions_in(start, end):
        # the frame's own words first: "Nhân dịp ông X vừa được bầu" has none before X
        if anchors[first] >= mention.start:
            continue
        if _ASPECT_AFTER.match(low, mention.end, min(end, mention.end + _SPAN)):
            return mention.start
    return end
