"""A relative day used as an adjective after a noun: "thế hệ hôm nay", "Việt Nam hôm nay".

"hôm nay" after a noun that names no event ("the generation of today", "today's Vietnam",
"sự phát triển hôm nay", "lời tuyên thệ hôm nay") means "present-day": no date. After a subject
that acts ("Thủ tướng hôm nay đến", "các đại biểu hôm nay đã"), after a preposition ("vào hôm
nay") or with its date ("hôm nay (5/3)") it stays a day.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["as_today", "present_day"]

#: Nouns for a people, a society or an era: with "hôm nay" after them they mean "of our time".
_ERA_NOUNS: Final = (
    "thế hệ",
    "thời đại",
    "xã hội",
    "cuộc sống",
    "thế giới",
    "con người",
    "tuổi trẻ",
    "giới trẻ",
    "lớp trẻ",
    "đất nước",
    "dân tộc",
    "việt nam",
)
#: Words that turn what follows into a noun ("sự phát triển", "lời tuyên thệ", "nền kinh tế"):
#: a noun phrase they open within a few words names a thing, not an actor.
_NOMINALISERS: Final = ("sự", "lời", "nền")
#: Compounds holding one of them that name an act or an event ("trả lời phỏng vấn hôm nay").
_NOT_NOMINAL: Final = ("trả lời", "thực sự", "sự kiện", "quân sự", "dân sự", "hình sự")
#: The words before "hôm nay", up to four (a nominaliser among the last three, and the word
#: before it for a compound), with nothing but spaces between them.
_BEFORE: Final = re.compile(r"(?:(?<=\s)|^)((?:[^\W\d_]+\s+){1,4})$")
#: Before a country's name, words that make "X hôm nay" a trip's day: "thăm Việt Nam hôm nay".
_TRIP_WORDS: Final = frozenset(("đến", "tới", "thăm", "tại", "ở", "sang", "về", "rời", "khỏi"))
#: A tense word after "hôm nay" makes it an adverb of the clause: "thế hệ hôm nay đã ...".
_TENSE_AFTER: Final = re.compile(r"\s+(?:đã|sẽ|đang|vừa|mới)(?!\w)", re.IGNORECASE)
_REACH: Final = 40


def present_day(text: str, start: int, end: int) -> bool:
    """Whether the "hôm nay" at ``text[start:end]`` (lower-cased) qualifies the noun before it."""
    match = _BEFORE.search(text, max(0, start - _REACH), start)
    if match is None or _TENSE_AFTER.match(text, end):
        return False
    words = match.group(1).lower().split()
    tail = " ".join(words[-2:])
    if tail in _ERA_NOUNS:
        return not (tail == "việt nam" and len(words) > 2 and words[-3] in _TRIP_WORDS)
    phrase = " ".join(words)
    if any(compound in phrase for compound in _NOT_NOMINAL):
        return False
    return any(word in _NOMINALISERS for word in words[-3:-1])


#: "như (ngày) hôm nay" closing a clause: "để tỉnh có sự phát triển như ngày hôm nay" (as things
#: are today), "mới có được như hôm nay". A comparison with the present, not a day an act falls
#: on; a day written with it ("như hôm nay (26/4)") is read by the bracket pattern first.
_AS_BEFORE: Final = re.compile(r"(?<!\w)như\s+$", re.IGNORECASE)


def as_today(text: str, start: int) -> bool:
    """Whether the "(ngày) hôm nay" at ``start`` follows "như" (how things are)."""
    return _AS_BEFORE.search(text, max(0, start - 8), start) is not None
