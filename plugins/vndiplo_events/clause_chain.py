"""Clauses that ";" chains to a head clause: "X sẽ hội đàm với A; hội kiến B; gặp C". A clause
after ";" that opens in lower case ("hội kiến B") has no subject of its own: it keeps the head
clause's subject X and the head's tense ("sẽ" plans every chained clause). A clause after ";"
that opens in upper case ("; Thủ tướng B sẽ ...", "; Bí thư C") names its own subject or is a
list item, and ends the chain.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.model import Person
from vndiplo_events.candidate import unique_people
from vndiplo_events.coordination import nearest_subjects
from vndiplo_events.view import ArticleView

__all__ = ["chain_head", "chained_sides", "chained_subjects", "own_scope_start"]

#: how far back a chain may reach: bounds the walk on pathological input
_REACH: Final = 600
#: the words a chained clause may have before its trigger: "; có các cuộc hội kiến", "; và gặp"
_LEAD_WORDS: Final = 3
#: a second act coordinated to a chained clause's first: "...; chào xã giao B và hội đàm"
_COORDINATED: Final = re.compile(r"(?<!\w)và\s+(?:có\s+(?:cuộc\s+)?)?$")
#: the head clause's subject ends at its aspect word: "X sẽ hội đàm", "X đã hội kiến"
_ASPECT: Final = re.compile(r"(?<!\w)(?:sẽ|đã|vừa|dự\s+kiến)(?!\w)")
#: a chained clause that opens on its own time or place: "; trước đó, ông điện đàm với B",
#: "; hôm qua, ...", "; tại Huế, gặp C" is not on the head clause's day or at its place
_OWN_SCOPE: Final = re.compile(
    r"\s*(?:và\s+|còn\s+)?(?:"
    r"(?:trước|sau)\s+(?:đó|đấy)"
    r"|(?:hôm|sáng|trưa|chiều|tối|đêm)\s+(?:qua|kia|trước)"
    r"|(?:tuần|tháng)\s+(?:trước|qua)|năm\s+(?:ngoái|trước)"
    r"|ngày\s+(?:mai|kia|hôm\s+sau)|hôm\s+sau"
    r"|tại|ở"
    r")(?!\w)"
)


def _opens_lower(text: str, start: int, end: int) -> bool:
    """The clause in ``[start, end)`` opens on a lower-case letter."""
    for ch in text[start:end]:
        if ch.isspace():
            continue
        return ch.isalpha() and ch.islower()
    return False


def chain_head(text: str, floor: int, pos: int) -> int | None:
    """The start of the head clause that ``pos`` is chained to, if ``pos`` sits in a clause
    after ";" that opens in lower case; None otherwise. ``floor``: the sentence start."""
    floor = max(floor, pos - _REACH)
    semi = text.rfind(";", floor, pos)
    # the trigger's own first letter counts: "; hội kiến B"
    if semi == -1 or not _opens_lower(text, semi + 1, pos + 1):
        return None
    lead = text[semi + 1 : pos]
    if len(lead.split()) > _LEAD_WORDS and not _COORDINATED.search(lead):
        # "; đánh giá cao việc hai nước kết thúc đàm phán": a deeper clause; "; chào xã giao
        # B, C và hội đàm với D": a second act of the chained clause, chained as well
        return None
    while True:
        previous = text.rfind(";", floor, semi)
        start = previous + 1 if previous != -1 else floor
        if previous == -1 or not _opens_lower(text, start, semi):
            return start
        semi = previous


def own_scope_start(view: ArticleView, floor: int, pos: int) -> int | None:
    """The start of the chained clause holding ``pos`` when it opens on its own time adverb,
    date or place (it keeps its own date and place then); None otherwise."""
    start = view.text.rfind(";", floor, pos) + 1
    if start == 0:
        return None
    if _OWN_SCOPE.match(view.lower, start, pos) or view.dates_in(start, pos):
        return start
    return None


def chained_subjects(view: ArticleView, floor: int, pos: int) -> tuple[tuple[Person, ...], int]:
    """(subjects, head start) of the chain that ``pos`` continues: the persons named last
    before the head clause's aspect word ("X sẽ ...", "X và Y đã ..."). Empty when ``pos``
    opens no chained clause or the head names nobody before its aspect word."""
    head = chain_head(view.text, floor, pos)
    if head is None:
        return (), -1
    low = view.lower
    clause_end = low.find(";", head, pos)
    for aspect in _ASPECT.finditer(low, head, clause_end):
        named = view.mentions_in(head, aspect.start())
        if named:
            return nearest_subjects(low, named), head
    return (), head


def chained_sides(
    view: ArticleView,
    floor: int,
    hit_start: int,
    hit_end: int,
    subjects: Sequence[Person],
    objects: Sequence[Person],
    call: bool = False,
) -> tuple[tuple[Person, ...], tuple[Person, ...]]:
    """(subjects, objects) of a trigger in a chained clause: the head clause's subject is its
    subject ("X đã hội kiến A; chào xã giao B, C và hội đàm với D": X calls on B and C, X holds
    talks with D). A clause after ";" that opens in lower case names no subject of its own, so
    a person taken for one is an object: named after the trigger ("chào xã giao B, C": B and
    C on one side), or of an earlier act of the clause (B and C are not sides of the talks).
    ``call``: the sides come swapped, the caller on the object side ("chào xã giao")."""
    chained, _ = chained_subjects(view, floor, hit_start)
    if not chained:
        return tuple(subjects), tuple(objects)
    if call:
        mine, theirs = chained_sides(view, floor, hit_start, hit_end, objects, subjects)
        return theirs, mine
    after = {m.person.name for m in view.mentions_in(hit_end, len(view.text))}
    moved = [p for p in subjects if p.name in after]
    kept = unique_people([*moved, *objects])
    names = {p.name for p in kept}
    return tuple(p for p in chained if p.name not in names), kept
