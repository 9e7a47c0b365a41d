"""Fast matching of word lists: a trie-shaped regex over the lower-cased text.

Python's ``re`` tries every branch of a flat alternation at every position; with a few hundred
phrases that is most of this stage's time. Factoring common prefixes into a trie makes each
position cost one character-class test, and matching case-sensitively against the lower-cased
text (same length for Vietnamese) avoids the slow case-insensitive path. Linear in the text, no
nested quantifiers, so no catastrophic backtracking.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from vndiplo.text import same_length_lower
from vndiplo.tries import render, render_word_start, trie

__all__ = ["PhraseMatcher", "lowered", "trie_pattern", "word_start"]


def trie_pattern(phrases: Iterable[str]) -> str:
    """One regex alternation for ``phrases``, shared prefixes factored out as a trie (what
    :class:`PhraseMatcher` compiles, without its word-start optimisation)."""
    return render(trie(phrases))


class PhraseMatcher:
    """Whole-word matches of lower-case phrases (words separated by single spaces)."""

    def __init__(self, phrases: Iterable[str]) -> None:
        unique = sorted({" ".join(p.lower().split()) for p in phrases if p.strip()})
        # The start boundary is checked after each first word (see
        # ``vndiplo.tries.render_word_start``), so re skips in C to the characters a phrase can
        # open with.
        body = render_word_start(trie(unique)) if unique else r"(?<!\w)(?!x)x"
        # The trie prefers longer continuations, but a longer branch that fails to end on a
        # word boundary must give way to a shorter one: the boundary is inside the group.
        self.regex = re.compile(rf"(?:{body})(?!\w)")

    def finditer(self, lower: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """Matches in ``lower[start:end]``, the text lower-cased by :func:`lowered`."""
        return self.regex.finditer(lower, start, end)


def word_start(*alternatives: str) -> str:
    """``(?<!\\w)(?:a|b|...)`` written so that ``re`` can skip ahead in C.

    ``re`` skips the positions a match cannot start at only when the pattern opens with a
    literal character (or an alternation of them); a leading look-behind makes it start a
    match attempt at every character, which made these per-sentence searches cost more than
    the rest of the stage. Each alternative, a regex that opens with a plain letter ``x``,
    becomes ``x(?<!\\w.)rest``: the same test, made once ``x`` has matched (5x faster on
    "tại", about 1.3x on alternations whose first letters are common). Order is kept, so the
    same alternative wins at each position.

    Alternatives that open with one letter share one branch, ``x(?<!\\w.)(?:rest1|rest2)``:
    ``re`` tries the branches one by one, so a common letter ("t", "n") otherwise costs a try
    and a look-behind per alternative that opens with it (frames: 1.4x to 2x faster). Two
    letters never match at one position, so grouping keeps the order in which alternatives are
    tried wherever more than one may match; the alternatives are kept as they are when two
    first letters could match one character under ``re.IGNORECASE`` ("t" and "T").
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        first = alternative[:1]
        if not first.isalnum():
            raise ValueError(f"an alternative must open with a letter: {alternative!r}")
        groups.setdefault(first, []).append(alternative[1:])
    if _case_variants(list(groups)):
        parts = [f"{a[:1]}(?<!\\w.){a[1:]}" for a in alternatives]
    else:
        parts = [f"{first}(?<!\\w.)(?:{'|'.join(rests)})" for first, rests in groups.items()]
    return "(?:" + "|".join(parts) + ")"


def _case_variants(letters: list[str]) -> bool:
    """Do two of ``letters`` match one another when case is ignored ("t" and "T")?"""
    return any(
        re.fullmatch(re.escape(a), b, re.IGNORECASE) is not None
        for i, a in enumerate(letters)
        for b in letters[i + 1 :]
    )


def lowered(text: str) -> str:
    """``text.lower()`` with every offset kept (a character whose lower case is longer, such
    as "İ", stays as it is)."""
    return same_length_lower(text)
