"""A lead caption's welcome that the body retells for all the guests at once.

A page that lost its headline opens on the photo caption "A đón B tham dự Hội nghị ...", and the
body reports the same welcome for every delegation: "A chào đón Lãnh đạo các nước ... gồm: ...;
Thủ tướng các nước X, Y, Việt Nam", naming B only later ("B dẫn đầu Đoàn ... tham dự"). The body
reports the welcome, so it is the main event, told by the body's own word; the caption names
its sides (README round 11 #2, BC08). Not when the body's welcome names other guests, nor
when the body reports a two-sided act of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from attrs import evolve

from vndiplo_events.candidate import Candidate
from vndiplo_events.headline_event import headline_main
from vndiplo_events.triggers import TriggerHit
from vndiplo_events.view import ArticleView

__all__ = ["caption_welcome_retold"]

#: a welcome verb in the body
_WELCOME: Final = re.compile(
    r"(?<!\w)(?<!lễ\s)(?:chào\s+đón|nghênh\s+đón|đón\s+tiếp|tiếp\s+đón|đón\s+chào|đón)(?!\w)"
)
#: the guests as a group: "Lãnh đạo các nước", "các Trưởng đoàn", "các nhà lãnh đạo", "gồm:"
_GROUP: Final = re.compile(
    r"(?<!\w)(?:các|những)\s+(?:nước|nhà\s+lãnh\s+đạo|lãnh\s+đạo|trưởng\s+đoàn|đoàn|vị"
    r"|nguyên\s+thủ|quan\s+khách|đại\s+biểu|khách\s+mời)(?!\w)"
)
#: how far after the verb the group must be named
_GROUP_REACH: Final = 80
#: events a body reports with two sides; such a main is the body's own act
_WITH_SIDES: Final = frozenset({"reception", "meeting", "talks", "phone_call"})


def caption_welcome_retold(
    view: ArticleView,
    caption: str,
    hits: Sequence[TriggerHit],
    candidates: Sequence[Candidate],
    main: Candidate | None,
) -> Candidate | None:
    """The caption's welcome ("A đón B"), keyed after ``candidates`` and anchored at the body's
    welcome of a group by the same A, when the main event so far is no two-sided act. None
    otherwise."""
    if not caption or (main is not None and main.type in _WITH_SIDES and main.participants):
        return None
    welcome = [h for h in hits if h.trigger.type == "reception"]
    if not welcome or _WELCOME.search(welcome[0].text.lower()) is None:
        return None
    act = headline_main(view, caption, welcome, candidates)
    if act is None or not act.subjects or not act.objects:
        return None
    hosts = {p.name for p in act.subjects}
    guests = {p.name for p in act.objects}
    low = view.lower
    for index, sentence in enumerate(view.sentences):
        for verb in _WELCOME.finditer(low, sentence.start, sentence.end):
            before = view.mentions_in(sentence.start, verb.start())
            after = view.mentions_in(verb.end(), sentence.end)
            if (
                not before
                or before[-1].person.name not in hosts
                or any(m.person.name not in guests | hosts for m in after)
                or _GROUP.search(low, verb.end(), min(sentence.end, verb.end() + _GROUP_REACH))
                is None
            ):
                continue
            # the body's own word ("chào đón"), with the caption's type and code
            word = evolve(welcome[0].trigger, phrase=verb.group(), head=None)
            text = view.text[verb.start() : verb.end()]
            anchor = TriggerHit(verb.start(), verb.end(), text, word)
            return act.but(
                hit=anchor,
                sentence_index=index,
                scope_start=sentence.start,
                zone_end=sentence.end,
            )
    return None
