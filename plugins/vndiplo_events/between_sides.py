"""The two sides of an act announced as a noun between them: "đã diễn ra cuộc hội đàm giữa A
và B", "cuộc gặp giữa A với B diễn ra ...".

"giữa" coordinates the sides as "A và B hội đàm" does: neither is the subject, so word order
says nothing of who travelled. The pair is read as coordinated subjects, whose roles come from
the place (the side at home hosts) or from the trip the sentence is framed by ("trong khuôn khổ
chuyến thăm ... đến Angola": the side of the destination hosts).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.frames import Frame
from vndiplo_events.view import ArticleView

__all__ = ["as_coordinated_sides", "trip_destination_text"]

#: "giữa" opening the act noun's complement, after a short qualifier at most ("cuộc hội đàm
#: cấp cao giữa", "cuộc gặp riêng giữa")
_BETWEEN: Final = re.compile(r"(?:\s+[^\s,;.:]+){0,3}?\s+giữa\s")
#: a visit's wording in a frame, as against attending a summit
_VISIT_WORDS: Final = re.compile(r"(?<!\w)(?:thăm|làm\s+việc|công\s+tác)(?!\w)")


def as_coordinated_sides(view: ArticleView, cand: Candidate) -> Candidate:
    """``cand`` with the pair after "giữa" as its subjects, when it names no subject."""
    if cand.subjects or len(cand.objects) < 2:
        return cand
    first = next(
        (m for m in view.mentions_in(cand.hit.end, cand.zone_end) if m.person in cand.objects),
        None,
    )
    between = _BETWEEN.match(view.lower, cand.hit.end, first.start + 1) if first else None
    if between is None:
        return cand
    return cand.but(subjects=cand.objects, objects=())


def trip_destination_text(view: ArticleView, frames: Sequence[Frame], hit_start: int) -> str | None:
    """The words of a visit frame before the act ("Trong khuôn khổ chuyến thăm chính thức
    Angola"), as written, whose country is the one the trip goes to."""
    for frame in frames:
        if frame.end <= hit_start and frame.kind != "invitation":
            text = view.text[frame.start : frame.end]
            if _VISIT_WORDS.search(text.lower()):
                return text
    return None
