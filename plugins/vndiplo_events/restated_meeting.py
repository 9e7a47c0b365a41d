"""A generic meeting word that restates a precise act the body reports (round 13).

A headline says "A gặp B" or "A làm việc với B"; the body reports the act precisely ("A đã
tiếp B1, B2", "A hội đàm với B") and later restates it in the generic word, often inside what
A said ("A rất vui vì cùng một lúc được gặp Thị trưởng ba thành phố", "rất vui được gặp lại Đại
sứ"). The
restatement names fewer people, its other side by their office or as the guests, never by
someone the precise act lacks: it is the same meeting, which the precise act tells better.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.patterns import lowered
from vndiplo_events.view import ArticleView

__all__ = ["told_precisely"]

#: the acts that tell a generic meeting more precisely
_PRECISE: Final = frozenset({"talks", "reception"})
#: the guests said as such after the restating verb ("gặp các vị khách", "gặp gỡ đoàn khách")
_GUESTS: Final = re.compile(r"(?<!\w)(?:vị\s+khách|đoàn\s+khách|các\s+vị|quý\s+vị|ngài)(?!\w)")
#: how far after the restating verb its other side is read (characters)
_REACH: Final = 60
#: the words of a title read for its office ("Thống đốc tỉnh X": "thống đốc"; "Phó Thủ
#: tướng": "phó thủ", "thủ tướng")
_OFFICE_WORDS: Final = 3


def told_precisely(view: ArticleView | None, main: Candidate, sibling: Candidate) -> bool:
    """``main`` is talks or a reception that the headline-typed meeting ``sibling`` restates:
    the same people ("A gặp B" over "A đã hội đàm với B" then "A gặp B"), or some of them with
    the rest said by their office or as the guests after the verb."""
    if sibling.type != "meeting" or main.type not in _PRECISE or not main.participants:
        return False
    precise = {p.name for p in main.participants}
    restated = {p.name for p in sibling.participants}
    if restated == precise:
        return True
    if view is None or not restated < precise:
        return False
    sentence = view.sentences[sibling.sentence_index]
    after = view.lower[sibling.hit.end : min(sentence.end, sibling.hit.end + _REACH)]
    if _GUESTS.search(after):
        return True
    unnamed = precise - restated
    return any(
        office in after
        for person in view.people
        if person.name in unnamed
        for title in person.titles
        for office in _offices(title)
    )


def _offices(title: str) -> set[str]:
    """The two-word offices at the head of ``title`` ("thị trưởng", "thống đốc", "đại sứ")."""
    words = lowered(title).split()[:_OFFICE_WORDS]
    return {f"{a} {b}" for a, b in pairwise(words)}
