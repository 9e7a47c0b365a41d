"""Find an article's names in its text with ``str.find``, without compiling a pattern for them.

Names differ from one article to the next, so a regex built from them is compiled again for
every article (``re``'s cache only helps when the same names come back): that compile cost more
than the search itself. These loops give exactly the hits of the patterns they replace, which
each function's docstring spells out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

__all__ = ["NameFinder", "surname_hits"]

_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w")
#: what may not come right before / after a surname on its own ("Mr.Bush", "Bush's")
_GLUED_BEFORE = re.compile(r"[\w.'-]")
_GLUED_AFTER = re.compile(r"[\w'-]")


class NameFinder:
    """The names of one article, grouped by first word, to search block after block."""

    def __init__(self, keys: Sequence[str]) -> None:
        #: first word -> (rank in ``keys``, the other words), in rank order; None when a key
        #: has no words (not handled: the caller falls back to the pattern)
        self.by_first: dict[str, list[tuple[int, list[str]]]] | None = {}
        for rank, key in enumerate(keys):
            words = key.split()
            if not words:
                self.by_first = None
                return
            self.by_first.setdefault(words[0], []).append((rank, words[1:]))

    def hits(self, block: str, accept: Callable[[int], bool]) -> list[tuple[int, int]] | None:
        """The ``(start, end)`` spans in ``block`` that ``windows.matches(pattern, block,
        accept)`` yields (``accept`` given the hit's start), where ``pattern`` is
        ``(?:k1|k2|...)(?!\\w)`` with each key's words escaped and joined by ``\\s+``: the
        leftmost hit, at one position the first key in ``keys`` order, after a rejected hit
        the search goes on from the next character. None for a key without words."""
        if self.by_first is None:
            return None
        best: dict[int, tuple[int, int]] = {}  # start -> (rank of the key that wins, end)
        for first, names in self.by_first.items():
            p = block.find(first)
            while p != -1:
                held = best.get(p)
                for rank, rest in names:  # in rank order
                    if held is not None and held[0] < rank:
                        break
                    end = _rest_end(block, p + len(first), rest)
                    if end is not None:
                        best[p] = (rank, end)
                        break
                p = block.find(first, p + 1)
        spans = []
        cursor = 0
        for start in sorted(best):
            if start < cursor:
                continue
            end = best[start][1]
            if accept(start):
                spans.append((start, end))
                cursor = max(end, start + 1)
            else:
                cursor = start + 1
        return spans


def _rest_end(block: str, at: int, rest: list[str]) -> int | None:
    """Where ``\\s+w2\\s+w3...(?!\\w)`` matched at ``at`` ends, or None. Greedy ``\\s+`` is
    exact here: a word from ``str.split`` never starts with white space."""
    for word in rest:
        space = _SPACES.match(block, at)
        if space is None or not block.startswith(word, space.end()):
            return None
        at = space.end() + len(word)
    return None if _WORD.match(block, at) else at


def surname_hits(last: str, text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """The spans of ``re.compile(last[0] + r"(?<![\\w.'-].)" + last[1:] + r"(?![\\w'-])")
    .finditer(text, lo, hi)`` (letters escaped): ``last`` not glued to a word, a dot, an
    apostrophe or a hyphen on either side; the look-behind sees before ``lo``, the
    look-ahead nothing from ``hi`` on. ``last`` starts with a letter (no line break)."""
    p = text.find(last, lo, hi)
    while p != -1:
        end = p + len(last)
        if (p == 0 or _GLUED_BEFORE.match(text, p - 1) is None) and (
            end >= hi or _GLUED_AFTER.match(text, end) is None
        ):
            yield p, end
            p = text.find(last, end, hi)
        else:
            p = text.find(last, p + 1, hi)
