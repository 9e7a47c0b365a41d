"""Where an event's sides stop at the clauses around it: a list of subjects run on across ";"
before the verb, and a parallel clause after the object that names its own subject."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.triggers import TriggerHit
from vndiplo_events.view import ArticleView, Mention

__all__ = ["list_start", "parallel_clause_comma", "subject_clause_start"]

#: between the next clause's subject and its trigger: an aspect word and at most two words of
#: a verb the trigger lacks ("đã", "cũng đã", "sẽ có", "đã trao đổi")
_ASPECT_TAIL: Final = re.compile(r"\s*(?:cũng\s+)?(?:đã|sẽ|vừa)(?:\s+\w+){0,2}\s+")
#: a list item is a name with titles, not a clause: no aspect word, no verb an item's clause
#: would have (lower-case: "Ban Tổ chức" is a name, "tổ chức" a verb)
_CLAUSE_WORD: Final = re.compile(
    r"(?<!\w)(?:đã|sẽ|đang|vừa|chủ\s+trì|phát\s+biểu|tổ\s+chức|cho\s+biết|khẳng\s+định"
    r"|nhấn\s+mạnh|trao|tặng|khai\s+mạc|thăm|gặp|tiếp)(?!\w)"
)
#: an item may open on a lower-case honorific before its capitalised name ("...; đồng chí B,
#: Chủ tịch UBND tỉnh; ông C, ...")
_HONORIFIC: Final = re.compile(r"(?:đồng\s+chí|ông|bà|ngài)\s+(?=[^\W\d_])(?=\w*[A-ZÀ-Ỹ])")
#: the longest item of a subject list ("Thượng tướng X - Chủ tịch Hội Y")
_LIST_ITEM: Final = 120


def parallel_clause_comma(view: ArticleView, start: int, stop: int) -> int | None:
    """The comma in ``[start, stop)`` that opens a parallel clause whose subject is named
    right before the next trigger at ``stop`` ("A đã trao đổi điện mừng với B, Thủ tướng C đã
    trao đổi điện mừng với D": C is no object of the first), if any."""
    comma = view.text.rfind(",", start, stop)
    if comma == -1:
        return None
    before = view.mentions_in(start, comma)
    if not before or _apposed_title(view, before[-1], comma):
        return None
    after = view.mentions_in(comma + 1, stop)
    if not after or not _ASPECT_TAIL.fullmatch(view.lower, after[-1].end, stop):
        return None
    return comma


def _apposed_title(view: ArticleView, mention: Mention, comma: int) -> bool:
    """Does the comma right after ``mention`` open one of that person's own titles ("Đại
    tướng A, Bộ trưởng Bộ Công an và Đại tướng B đã chủ trì"): an apposition, so the name
    after it is A's co-subject, not a parallel clause's."""
    if view.text[mention.end : comma].strip():
        return False
    after = view.lower[comma + 1 : comma + 1 + _TITLE_REACH].lstrip()
    return any(after.startswith(title.lower()) for title in mention.person.titles)


#: How far after a comma an apposed title is looked for.
_TITLE_REACH: Final = 120


def list_start(view: ArticleView, floor: int, semicolon: int, trigger_starts: Sequence[int]) -> int:
    """Where a subject list that runs on across ";" begins ("Chiều 2/5, Thiếu tướng A - Chủ
    tịch Hội X; Đại diện Ban Y; Đại tá B ... đã tiếp"): back over the items before
    ``semicolon`` while each is short, opens with a capital and holds no verb or trigger.
    Returns the clause start after ``semicolon`` when the part before is a clause."""
    text = view.text
    start = semicolon + 1
    while True:
        previous = text.rfind(";", floor, semicolon)
        item_start = previous + 1 if previous != -1 else floor
        item = text[item_start:semicolon].strip()
        if (
            not item
            # an item may name two people ("Đồng chí A, <titles>, đồng chí B, <titles>; ...")
            or len(item) > _LIST_ITEM * max(1, len(view.mentions_in(item_start, semicolon)))
            or not (item[0].isupper() or _HONORIFIC.match(item) is not None)
            or _CLAUSE_WORD.search(text, item_start, semicolon)
            or any(item_start <= t < semicolon for t in trigger_starts)
        ):
            return start
        start = item_start
        if previous == -1:
            return start
        semicolon = previous


def subject_clause_start(
    view: ArticleView, floor: int, clause: int, hits: Sequence[TriggerHit], i: int
) -> int:
    """Where the subject zone of ``hits[i]`` opens, given the clause start after the last ";"
    (``floor``: no further back): earlier over a subject list ("Thượng tướng A - Chủ tịch Hội
    X; Đại tá B ... đã tiếp"), later after a parallel clause's comma ("A đã V với B, C đã V
    với D": C's zone opens after the comma)."""
    if clause > floor and view.text[clause - 1] == ";":
        clause = list_start(view, floor, clause - 1, [h.start for h in hits[:i]])
    if i > 0:
        parallel = parallel_clause_comma(view, hits[i - 1].end, hits[i].start)
        if parallel is not None:
            clause = max(clause, parallel + 1)
    return clause
