"""Acts listed one after the other under one subject: "A gặp B, tiếp C, điện đàm với D", "A sẽ
hội đàm với B, hội kiến C và tham dự D".

The subject zone of a trigger runs back to its clause start, so in such a list the objects of the
earlier verbs stand before the later ones and would be taken as their subjects (B hosting C). A
trigger that opens a list item (a comma or "và" right before it, with nothing but aspect and
light words in between) has the subject of the list's first verb: its subject zone ends where
the first item starts. A comma followed by a name opens a clause of its own ("A tiếp B, C hội
đàm với D"), and a list whose first verb has no one before it ("Sau khi gặp B, tiếp C, A ...")
is left alone: its subject comes after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.triggers import TriggerHit
from vndiplo_events.view import ArticleView

__all__ = ["list_head_start"]

#: what may stand between an item's separator and its verb: aspect, sequence and light words.
#: Not a verb of coming ("tiếp đoàn do B dẫn đầu, đến thăm tỉnh": the guests came to visit,
#: a clause about the object, OBJECT_TRAVELS in participants.py)
_ITEM_WORDS: Final = frozenset(
    {
        "và", "đã", "sẽ", "đang", "vừa", "cũng", "còn", "rồi", "lần", "lượt", "tiếp", "tục",
        "đó", "sau", "có", "cuộc", "buổi", "các", "dự", "kiến", "với",
    }
)  # fmt: skip
#: the separator that opens an item: a comma, or "và" after the previous item's object
_SEPARATOR: Final = re.compile(r",|(?<!\w)và(?!\w)")
#: the longest stretch between two verbs of one list (the object of the earlier one)
_ITEM_REACH: Final = 160


def _opens_item(view: ArticleView, previous: TriggerHit, hit: TriggerHit) -> bool:
    """``hit`` opens an item of a list whose previous item is ``previous``'s: a separator after
    ``previous``, then only item words up to ``hit``, and no name in between."""
    if hit.start - previous.end > _ITEM_REACH:
        return False
    low = view.lower
    last = None
    for last in _SEPARATOR.finditer(low, previous.end, hit.start):  # noqa: B007
        pass
    if last is None:
        return False
    tail = view.text[last.end() : hit.start]
    if any(ch.isupper() for ch in tail) or view.mentions_in(last.end(), hit.start):
        return False
    return all(word in _ITEM_WORDS for word in tail.lower().split())


def list_head_start(
    view: ArticleView, zone_start: int, hits: Sequence[TriggerHit], i: int
) -> int | None:
    """Where the subject zone of ``hits[i]`` ends when it opens an item of a verb list: at the
    list's first verb, when someone is named before that verb. None otherwise."""
    first = i
    while first > 0 and hits[first - 1].start >= zone_start:
        if not _opens_item(view, hits[first - 1], hits[first]):
            break
        first -= 1
    if first == i:
        return None
    head = hits[first].start
    return head if view.mentions_in(zone_start, head) else None
