"""The place a sentence right after the act gives it by a generic occasion noun.

An outlet often reports the act in its lead ("A đã tiếp B", "A đến dự tiệc chiêu đãi") and says
where it was held in the next sentence, naming it by a noun that fits any act: "Buổi lễ diễn
ra tại X", "Sự kiện được tổ chức tại X", "Theo thông cáo, buổi tiếp tân được tổ chức ở X". The
type-specific nouns ("Buổi tiếp diễn ra tại X") are read by main_place.py and
restated_facts.py; these generic ones are only trusted close to the act (the next sentences of
its paragraph or the next one), with no other act told in between, and never when the noun
phrase holds a trigger of another type ("Lễ ký kết diễn ra tại X" is a signing's place).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.places import Gazetteer
from vndiplo_events.restated_facts import place_after
from vndiplo_events.view import ArticleView

__all__ = ["held_at_place"]

#: nouns that name whatever occasion the act was ("buổi lễ", "sự kiện", "buổi tiếp tân")
_GENERIC: Final = (
    r"(?:buổi|cuộc|lễ|sự\s+kiện|hoạt\s+động|chương\s+trình|tiệc|bữa\s+tiệc|buổi\s+tiệc"
    r"|tiệc\s+chiêu\s+đãi|buổi\s+chiêu\s+đãi)"
)
#: up to two fronted phrases before the noun ("Theo thông cáo của X ngày D, buổi lễ ...")
_FRONTED: Final = r"(?:[^,.;:!?\n]{0,160},\s*){0,2}"
#: a verb of taking place, after at most six words of the noun phrase; no planned one
_HELD: Final = re.compile(
    rf"[\W\d]*{_FRONTED}(?P<noun>{_GENERIC})(?!\w)(?P<np>(?:\s+[^\s,.;:!?]+){{0,6}}?)"
    r"\s+(?:đã\s+|vừa\s+)?(?:diễn\s+ra|được\s+tổ\s+chức|được\s+cử\s+hành)(?!\w)"
)
#: another occurrence of the occasion: planned, habitual, earlier or alike ("Năm 2023, sự kiện
#: tương tự ..."), or an occasion of its own ("buổi họp báo")
_ANOTHER: Final = re.compile(
    r"(?<!\w)(?:sẽ|dự\s+kiến|sắp|từng|trước\s+đây|trước\s+đó|lần\s+trước|lần\s+đầu|hàng\s+năm"
    r"|thường\s+niên|mỗi|tương\s+tự|họp\s+báo|năm\s+(?:19|20)\d\d)(?!\w)"
)
#: how many sentences after the act's own the restating one may be
_REACH: Final = 3


def held_at_place(
    view: ArticleView, main: Candidate, candidates: Sequence[Candidate], gaz: Gazetteer
) -> str | None:
    """The place of the first sentence close after the main event's that says where "the
    ceremony / the event / the reception" took place, when no other act is told in between."""
    sentences, low = view.sentences, view.lower
    own = sentences[main.sentence_index]
    last = min(len(sentences), main.sentence_index + 1 + _REACH)
    for index in range(main.sentence_index + 1, last):
        sentence = sentences[index]
        if sentence.block > own.block + 1:
            return None
        found = _HELD.match(low, sentence.start, sentence.end)
        others = [c for c in candidates if c.sentence_index == index and c.type != main.type]
        if found is None:
            if any(c.form != "backref" for c in others):
                return None  # another act is told before any place is
            continue
        # "Lễ ký kết diễn ra tại X": the noun phrase names an act of another type
        if any(c.hit.start < found.end() for c in others):
            return None
        if _ANOTHER.search(low, sentence.start, found.end()) is not None:
            return None
        place = place_after(view, sentence, found.end(), gaz)
        if place is not None:
            return place
    return None
