"""The date of a main event whose own sentence gives none: the paragraph's or the body's.

Kept apart from the choice of the main event (choice.py): which earlier date stands for the
event, and which later one belongs to another event's phrase instead, is a question of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.event_dates import date_value, part_of_day_near
from vndiplo_events.view import ArticleView, DateRef

__all__ = ["fallback_date"]


def fallback_date(view: ArticleView, main: Candidate, candidates: Sequence[Candidate]) -> Candidate:
    """The previous sentence's date in the same paragraph, else the body's first full date,
    unless that date comes later and dates an event of another type: "Trong chuyến thăm Nhật
    Bản hôm 18/10, ...", "Hiệp định ... ký ngày 9/7/2002" date another trip, an old signing."""
    sentence = view.sentences[main.sentence_index]
    earlier = [
        r
        for r in view.dates_in(0, sentence.start)
        if r.expr.kind in ("date", "datetime")
        and view.sentences[main.sentence_index - 1].block == sentence.block
    ]
    pool = earlier[-1:] or [r for r in view.dates if r.expr.kind in ("date", "datetime")][:1]
    if not pool:
        return main
    ref = pool[0]
    if ref.start >= sentence.end and _dates_another_event(view, ref, main, candidates):
        return main
    return main.but(
        date=ref,
        date_value=date_value(ref),
        part_of_day=ref.expr.part_of_day or part_of_day_near(view.lower, ref.start),
    )


#: How far a date may follow another event's trigger and still be written as its own:
#: "chuyến thăm Nhật Bản hôm 18/10", "Hiệp định ... ký ngày 9/7/2002".
_OWN_DATE_REACH: Final = 60


def _dates_another_event(
    view: ArticleView, ref: DateRef, main: Candidate, candidates: Sequence[Candidate]
) -> bool:
    """Whether ``ref`` is written inside another event's phrase: it follows, with no comma
    between, the trigger of a candidate of another type that it dates. A date opening a
    clause ("Cũng trong sáng 19/11, ...") sets a scene instead, and may be the main's too."""
    for c in candidates:
        if c.date is None or c.date.start != ref.start or c.type == main.type:
            continue
        gap = view.text[c.hit.end : ref.start]
        if (
            c.hit.end <= ref.start
            and len(gap) <= _OWN_DATE_REACH
            and not any(mark in gap for mark in ",;.\n")
        ):
            return True
    return False
