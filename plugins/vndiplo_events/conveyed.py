"""A letter a go-between conveys is its sender's to its addressee: the carrier is no side.

"A chuyển thư thăm hỏi của B tới C", "A trao Thư chúc mừng của B cho C", "A đã chuyển điện
chia buồn của B đến C": A only hands the paper over; the message is B's to C (README round 16,
BT04; B11). The paper's sender follows "của", its addressee "cho", "tới" or "đến"; the carrying
verb stands right before the paper (or is the trigger's own first word: "trao thư").
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo.model import Person
from vndiplo_events.triggers import TriggerHit
from vndiplo_events.view import ArticleView

__all__ = ["conveyed_sides"]

#: the verbs of handing a paper over, right before the paper's word or opening the trigger
_CARRIES: Final = re.compile(
    r"(?<!\w)(?:chuyển(?:\s+giao)?|trao(?:\s+(?:lại|tận\s+tay))?|mang|đọc)\s+"
    r"(?:(?:bức|lá|các|những|bản)\s+)?$"
)
_CARRYING_TRIGGER: Final = ("trao ", "chuyển ")
#: the sender's "của" and the addressee's word
_OF: Final = re.compile(r"(?<!\w)của(?!\w)")
_TO: Final = re.compile(r"(?<!\w)(?:cho|tới|đến)(?!\w)")


def conveyed_sides(
    view: ArticleView,
    hit: TriggerHit,
    zone_end: int,
    subjects: tuple[Person, ...],
    objects: tuple[Person, ...],
) -> tuple[tuple[Person, ...], tuple[Person, ...]]:
    """(senders, addressees) of a message conveyed by its subject, else the sides as given."""
    low = view.lower
    carried = hit.trigger.phrase.startswith(_CARRYING_TRIGGER) or _CARRIES.search(
        low, max(0, hit.start - 24), hit.start
    )
    if not carried:
        return subjects, objects
    of = _OF.search(low, hit.end, zone_end)
    if of is None:
        return subjects, objects
    to = _TO.search(low, of.end(), zone_end)
    if to is None:
        return subjects, objects
    senders = view.mentions_in(of.end(), to.start())
    addressees = view.mentions_in(to.end(), zone_end)
    if not senders or not addressees:
        return subjects, objects
    sender = senders[0].person
    seen = {sender.name}
    kept: list[Person] = []
    for mention in addressees:
        if mention.person.name not in seen:
            seen.add(mention.person.name)
            kept.append(mention.person)
    return (sender,), tuple(kept)
