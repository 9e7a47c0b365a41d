"""Where an occasion frame written without its comma ends: at the main clause's subject.

"Nhân dịp dự Khóa họp X Phó Thủ tướng A đã có các cuộc gặp với ...": no comma closes the
frame, yet the clause after it is the sentence's own (a person, then an aspect word). Without
this the frame runs to the sentence's end and swallows the act it frames as a secondary one.
So does a second predicate of the subject joined in the passive ("B đến chào nhân dịp nhận
nhiệm kỳ và được A tiếp"): the frame ends before "và được".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Final

from vndiplo_events.view import ArticleView

__all__ = ["coordinated_passive_start", "unmarked_subject_start"]

#: "... và (đã) được <person> <verb>": the main clause's second predicate, in the passive
_AND_PASSIVE: Final = re.compile(r"\s+và\s+(?:(?:đã|vừa|cũng)\s+)?được\s+")
#: the aspect word that opens a main clause's predicate right after its subject
_ASPECT_AFTER: Final = re.compile(r"\s*(?:đã|vừa|sẽ|đang)\s")
#: how far after "được" its agent is named (a title first: "được Phó Thủ tướng A tiếp")
_AGENT_REACH: Final = 60
#: how far past a mention's end its predicate's aspect word may stand (a bracketed country)
_SPAN: Final = 24


def unmarked_subject_start(view: ArticleView, anchors: Sequence[int], start: int, end: int) -> int:
    """The start of the first person mention in ``(start, end)`` that an aspect word follows
    ("... Bộ trưởng B đã ..."), when the frame has words of its own before it; else ``end``."""
    low = view.lower
    end = coordinated_passive_start(view, start, end)
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


def coordinated_passive_start(view: ArticleView, start: int, end: int) -> int:
    """Where "và (đã) được <person>" starts in ``(start, end)``, else ``end``: "B đến chào
    nhân dịp nhận nhiệm kỳ tại Việt Nam và được A tiếp" goes on with the subject's own
    predicate, not the occasion's. Only in a frame after its clause's subject that no comma
    closes."""
    text = view.text
    if text.startswith(",", end):
        return end  # a comma closes the frame: what follows it is the clause's own
    opening = max(text.rfind(p, 0, start) for p in (",", ".", ";", "\n")) + 1
    if not view.mentions_in(opening, start):
        return end  # "Nhân dịp sang thăm X và được A tiếp, ...": the frame opens the clause
    for found in _AND_PASSIVE.finditer(view.lower, start, end):
        named = view.mentions_in(found.end(), min(end, found.end() + _AGENT_REACH))
        if named:
            return found.start()
    return end
