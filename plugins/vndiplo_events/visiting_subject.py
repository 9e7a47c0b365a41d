"""Which of two coordinated sides is the visitor: "A và B, người đang thăm Việt Nam, đã hội
đàm", "A và B (đang có chuyến thăm Lào) hội đàm". With both sides before the trigger and no
object, the side whose own words say it is on a trip is the guest, the others host; the same
cue after an object already makes the object the guest (participants.travel_from_text).
"""

from __future__ import annotations

from collections.abc import Sequence

from vndiplo.model import Person
from vndiplo_events.candidate import Candidate
from vndiplo_events.participants import OBJECT_TRAVELS
from vndiplo_events.view import ArticleView

__all__ = ["visitor_among_subjects"]


def visitor_among_subjects(
    view: ArticleView, cand: Candidate, sentence_start: int
) -> tuple[list[Person], list[Person]] | None:
    """(hosts, guests) of a subjects-only meeting or talks when the words right after one
    subject's name (up to the next name or the trigger) say that subject is visiting."""
    if len(cand.subjects) < 2 or cand.objects:
        return None
    names = {p.name for p in cand.subjects}
    mentions = [
        m for m in view.mentions_in(sentence_start, cand.hit.start) if m.person.name in names
    ]
    low = view.lower
    visiting: set[str] = set()
    for at, mention in enumerate(mentions):
        stop = mentions[at + 1].start if at + 1 < len(mentions) else cand.hit.start
        if OBJECT_TRAVELS.search(low, mention.end, stop) is not None:
            visiting.add(mention.person.name)
    guests: Sequence[Person] = [p for p in cand.subjects if p.name in visiting]
    hosts = [p for p in cand.subjects if p.name not in visiting]
    if not guests or not hosts:
        return None
    return hosts, list(guests)
