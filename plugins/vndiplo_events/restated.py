"""The other side of an event restated after a colon by a trigger of the same type ("có một
cuộc gặp đặc biệt vào tối 9/3: cuộc gặp với X"): the first trigger's object zone ends at the
second, so its object is looked for after the restatement."""

from __future__ import annotations

from collections.abc import Sequence

from vndiplo.model import Person
from vndiplo_events.companions import principals
from vndiplo_events.triggers import TriggerHit
from vndiplo_events.view import ArticleView, unique_by_name

__all__ = ["restated_objects"]


def restated_objects(
    view: ArticleView, hits: Sequence[TriggerHit], i: int, end: int
) -> tuple[Person, ...]:
    """ "có một cuộc gặp đặc biệt vào tối 9/3: cuộc gặp với X": the object of the event restated
    after a colon by a trigger of the same type."""
    if i + 1 >= len(hits) or hits[i + 1].trigger.type != hits[i].trigger.type:
        return ()
    if view.text.find(":", hits[i].end, hits[i + 1].start) == -1:
        return ()
    stop = hits[i + 2].start if i + 2 < len(hits) else end
    return unique_by_name(
        m.person
        for m in principals(
            view.lower, view.mentions_in(hits[i + 1].end, stop), floor=hits[i + 1].end
        )
    )
