"""The headline's pair: "A gặp B" over a body whose first meeting is A's with C.

A page may first tell a meeting of one of the headline's people with someone else, still to
come or only in passing ("Nhà Trắng cho biết, phải tới chiều nay A mới có cuộc gặp với C"),
then report the meeting the headline names ("Sáng nay, B đã hội đàm với A"). The meeting,
talks or reception whose two sides are both people the headline names is the main event.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.headline_event import named_in_headline
from vndiplo_events.patterns import lowered
from vndiplo_events.view import ArticleView

__all__ = ["pair_of_the_headline"]

#: the event types with two sides met face to face
_BILATERAL: Final = frozenset({"meeting", "talks", "reception"})


def pair_of_the_headline(
    view: ArticleView, headline: str, main: Candidate, with_people: Sequence[Candidate]
) -> Candidate:
    """``main``, or the first reported meeting, talks or reception of ``with_people`` whose
    people (two or more) the headline all names, when one side of ``main`` is no one the
    headline names."""
    if main.type not in _BILATERAL or not headline:
        return main
    named = {p.name for _, p in named_in_headline(lowered(headline), view.people)}
    if len(named) < 2 or not any(
        side and not {p.name for p in side} & named for side in (main.subjects, main.objects)
    ):
        return main
    return next(
        (
            c
            for c in with_people
            if c.key != main.key
            and c.type in _BILATERAL
            and not c.embedded
            and not c.planned
            and len(c.participants) >= 2
            and {p.name for p in c.participants} <= named
        ),
        main,
    )
