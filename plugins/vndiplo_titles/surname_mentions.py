"""A surname alone after the full name ("George W. Bush ... Bush nói") is a mention of that
person: Latin-script names only, and only when no other person found shares the word."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from vndiplo_titles.name_search import surname_hits
from vndiplo_titles.names import is_vietnamese_syllable, looks_foreign, tokenize

__all__ = ["add_surname_mentions"]


class _Named(Protocol):
    name: str
    spans: set[tuple[int, int]]


#: The word just before a hit: a capitalised foreign word there makes it another person's
#: name ("Laura Bush").
_WORD_BEFORE = re.compile(r"(\w[\w.'-]*)\s+$")


def add_surname_mentions(
    people: Sequence[_Named], blocks: Sequence[tuple[int, int]], text: str
) -> None:
    """Add each lone occurrence of a Latin-script person's last name, after their first
    mention, inside the ``blocks`` (start, end), to that person's spans."""
    candidates = [(p, p.name.split()[-1]) for p in people if _surname_worth(p.name)]
    if not candidates:
        return
    words: dict[str, int] = {}
    for p in people:
        for w in {w.lower() for w in p.name.split()}:
            words[w] = words.get(w, 0) + 1
    taken = sorted(s for p in people for s in p.spans)
    for p, last in candidates:
        if words.get(last.lower()) != 1 or not p.spans:
            continue
        first, first_end = min(p.spans)
        # Most names never come back alone after their first mention: a substring test spares
        # the tokenizer and a regex (a hit inside the first mention is covered anyway).
        if text.find(last, first_end) == -1 or not looks_foreign(tokenize(p.name)):
            continue
        # str.find loops, not a pattern of the surname compiled for every article
        for lo, hi in blocks:
            for start, end in surname_hits(last, text, max(lo, first), hi):
                if _covered(taken, start, end) or _named_before(text, lo, start):
                    continue
                p.spans.add((start, end))


def _surname_worth(name: str) -> bool:
    """A name of two words or more whose last word is capitalised, three letters or more and
    no Vietnamese syllable ("Kim", "Nam": words of Vietnamese prose as often as names)."""
    parts = name.split()
    if len(parts) < 2:
        return False
    last = parts[-1]
    return len(last) >= 3 and last[0].isupper() and not is_vietnamese_syllable(last)


def _covered(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(s <= a and b <= e for s, e in spans)


def _named_before(text: str, lo: int, at: int) -> bool:
    m = _WORD_BEFORE.search(text, max(lo, at - 40), at)
    if m is None:
        return False
    word = m.group(1)
    return word[0].isupper() and not is_vietnamese_syllable(word.rstrip("."))
