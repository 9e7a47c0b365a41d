"""The other side of an event named later beside the known one ("Hội đàm nhằm ..." then, a few
sentences on, "Đại tướng X, Bộ trưởng ..., và Bộ trưởng Y đã điểm lại ..."): the two who
report together are the two sides."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from vndiplo.model import Person
from vndiplo_events.view import ArticleView

__all__ = ["partner_named_later"]

#: how many sentences after the event's own the pair may come
_REACH: Final = 6
#: the longest stretch between the two names (titles of the first in apposition)
_GAP: Final = 120
#: a verb between them: "A và các thành viên đoàn đã đến chào B" pairs no one
_VERB: Final = re.compile(r"(?<!\w)(?:đã|sẽ|đang|vừa)(?!\w)")

#: the two joined as one subject: "A và B", "A cùng (với) ngài B đã ôn lại ..."
_JOINED: Final = re.compile(r"(?<!\w)(?:và|cùng(?:\s+với)?)\s")
#: "A cùng Phu nhân B": the spouse travels along, no side
_SPOUSE: Final = re.compile(r"(?<!\w)phu\s+(?:nhân|quân)(?!\w)")
#: "A cùng với cố Tổng Bí thư B đã đưa quan hệ ...": a late leader recalls history, no side;
#: the title after "cố" is capitalised ("cố vấn", "củng cố và" are other words)
_LATE: Final = re.compile(r"(?<!\w)[cC]ố\s+(?!Vấn)(?=[^\W\d_])")


def partner_named_later(
    view: ArticleView, sides: frozenset[str], first: int, stop: int
) -> Person | None:
    """The one person joined by "và" or "cùng (với)" to a known side ("A, titles, và B", "A
    cùng ngài B") in one of the
    sentences after ``first`` (from ``stop`` in the event's own sentence), nobody else named
    between them."""
    for index in range(first, min(len(view.sentences), first + _REACH + 1)):
        sentence = view.sentences[index]
        start = stop if index == first else sentence.start
        mentions = view.mentions_in(start, sentence.end)
        for left, right in pairwise(mentions):
            names = {left.person.name, right.person.name}
            if len(names) != 2 or len(names & sides) != 1:
                continue
            gap = view.lower[left.end : right.start]
            if (
                len(gap) > _GAP
                or not _JOINED.search(gap)
                or _SPOUSE.search(gap)
                or _late_leader(view.text, left.end, right.start)
                or ";" in gap
                or _VERB.search(gap)
            ):
                continue
            return left.person if right.person.name in sides else right.person
    return None


def _late_leader(text: str, start: int, end: int) -> bool:
    """Whether "cố" and a capitalised title stand between ``start`` and ``end``."""
    return any(text[m.end()].isupper() for m in _LATE.finditer(text, start, end))
