"""Bare offices in the body that stand for a person the body itself never names.

A page may name a side only outside its body, in the headline or in a sapo (a summary above
the lead, which is no body), and write him in the body by office alone: "(VOH) - Chủ tịch
Quốc hội A thăm chính thức ..." over "Nhận lời mời của ..., Chủ tịch Quốc hội sẽ thăm ...". A
reader takes that office for A (README "Facts only in a dropped sapo", S05; round 10 #2), so the
office becomes a mention of A, and every later stage reading a side from a zone sees it.

The office must say A alone: one of his titles (or its first words) that no one else on the
page holds, unless the other's goes on with a capitalised name ("Chủ tịch Quốc hội Cuba" is
written with "Cuba"). The office must also be written bare: not opening a longer one (a
capitalised word or a place noun after it: "Chủ tịch Quốc hội Hungary", "Thủ tướng nước
bạn"), not a deputy's, a former holder's, a spouse's or a plural ("Phó Chủ tịch Quốc hội",
"nguyên Thủ tướng", "Phu nhân Thủ tướng", "hai Bộ trưởng").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from vndiplo.model import Person, Span

__all__ = ["in_blocks", "with_office_mentions"]

#: the first words of a title read as an office of their own (the whole title at most)
_HEAD_WORDS: Final = 4
#: a word right before the office that makes it another one, or another holder's
_BEFORE: Final = frozenset(
    {"phó", "tổng", "nguyên", "cố", "cựu", "quyền", "hai", "các", "những", "nhân", "lý", "ký"}
)
#: a lower-case word right after the office that makes it a longer one ("Thủ tướng nước bạn")
_AFTER: Final = frozenset(
    {"hai", "các", "nước", "tỉnh", "thành", "huyện", "xã", "bang", "vùng", "khu", "bạn"}
)


def in_blocks(person: Person, blocks: Sequence[tuple[int, int]]) -> bool:
    """Has ``person`` a mention inside one of ``blocks`` (the body)?"""
    return any(a <= m.start and m.end <= b for m in person.mentions for a, b in blocks)


def with_office_mentions(
    text: str, blocks: Sequence[tuple[int, int]], people: Sequence[Person]
) -> list[Person]:
    """``people`` with a mention added at each bare office in the body ``blocks`` (offsets
    into ``text``) that stands for a person with no mention in the body."""
    outside = {p.name: p for p in people if p.mentions and not in_blocks(p, blocks)}
    if not outside or not blocks:
        return list(people)
    low = text.lower()
    if len(low) != len(text):
        return list(people)  # lowering changed the offsets ("İ"): left alone
    offices = _offices(people, outside)
    if not offices:
        return list(people)
    taken = [(m.start, m.end) for p in people for m in p.mentions]
    found: dict[str, list[Span]] = {}
    # the longest office first: "Thủ tướng Chính phủ" before its head "Thủ tướng"
    keys = sorted(offices, key=len, reverse=True)
    for lo, hi in blocks:
        for key in keys:
            at = low.find(key, lo, hi)
            while at != -1:
                end = at + len(key)
                # "Chủ tịch Quốc" of "Chủ tịch Quốc hội ...": the longer office was judged
                longer = any(k.startswith(key + " ") and low.startswith(k, at) for k in keys)
                if (
                    not longer
                    and _bare(text, low, lo, hi, at, end)
                    and not any(a < end and at < b for a, b in taken)
                ):
                    found.setdefault(offices[key].name, []).append(Span(at, end))
                    taken.append((at, end))
                at = low.find(key, end, hi)
    if not found:
        return list(people)
    return [
        attrs.evolve(p, mentions=sorted({*p.mentions, *found[p.name]}, key=lambda m: m.start))
        if p.name in found
        else p
        for p in people
    ]


def _offices(people: Sequence[Person], outside: dict[str, Person]) -> dict[str, Person]:
    """Each lower-cased office (a title or its first two to four words) that stands for one
    person of ``outside`` and for no one else of ``people``."""
    holders: dict[str, set[str]] = {}
    for person in people:
        for title in person.titles:
            words = title.split()
            for k in range(2, len(words) + 1):
                if k > _HEAD_WORDS and k < len(words):
                    continue
                # "Chủ tịch Quốc hội Cuba" is written with its country: it does not make the
                # bare "Chủ tịch Quốc hội" anyone's but the one who holds it bare
                if k < len(words) and words[k][:1].isupper() and person.name not in outside:
                    continue
                holders.setdefault(" ".join(words[:k]).lower(), set()).add(person.name)
    return {
        key: outside[next(iter(names))]
        for key, names in holders.items()
        if len(names) == 1 and next(iter(names)) in outside
    }


def _bare(text: str, low: str, lo: int, hi: int, at: int, end: int) -> bool:
    """Is the office at ``[at, end)`` a whole office of its own (see the module's doc)?"""
    if at > lo and low[at - 1].isalnum():
        return False
    if end < hi and (low[end].isalnum() or low[end] in "-'’"):
        return False
    before = low[max(lo, at - 16) : at]
    words = before.split()
    if words and before.endswith(" ") and words[-1] in _BEFORE:
        return False
    if words and before.endswith(" ") and words[-1][-1:].isalpha():
        # a capitalised word right before ("Tổng Thư ký"): a longer office; after a comma
        # ("Thủ tướng Séc, Thủ tướng ...") or a date the office opens its own phrase
        start = at - 1 - len(words[-1])
        if start >= lo and text[start:at].strip()[:1].isupper():
            return False
    nxt = end
    while nxt < hi and text[nxt] == " ":
        nxt += 1
    if nxt > end and nxt < hi:
        if text[nxt].isupper() or text[nxt] == "(":
            return False
        word = low[nxt : nxt + 8].split()[:1]
        if word and word[0].strip(",.;:") in _AFTER:
            return False
    return True
