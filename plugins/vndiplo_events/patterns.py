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
from typing import Any

from vndiplo.text import same_length_lower

__all__ = ["PhraseMatcher", "lowered", "trie_pattern", "word_start"]

_END = ""


def _trie(phrases: Iterable[str]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[_END] = True
    return root


def _render(node: dict[str, Any]) -> str:
    branches: list[str] = []
    optional = False
    for ch, child in sorted(node.items(), key=lambda kv: kv[0]):
        if ch == _END:
            optional = True
            continue
        atom = r"\s+" if ch == " " else re.escape(ch)
        branches.append(atom + _render(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        # prefer the longer phrase; fall back to the one that ends here
        return "(?:" + body + ")?" if len(branches) > 1 or len(body) > 1 else body + "?"
    return body


def trie_pattern(phrases: Iterable[str]) -> str:
    """One regex alternation for ``phrases``, shared prefixes factored out as a trie (what
    :class:`PhraseMatcher` compiles, without its word-start optimisation)."""
    return _render(_trie(phrases))


def _render_word_start(node: dict[str, Any], word: str = "") -> str:
    """:func:`_render` of the trie with the start boundary ``(?<!\\w)`` tested once the first
    word of a phrase is complete (``word`` is the part of it matched so far).

    ``(?<!\\w{word})`` right after ``word`` is the same test as ``(?<!\\w)`` before it: the
    look-behind re-reads the characters just matched. Placed there, it runs only at the few
    positions where a whole first word has matched, not at every position whose character
    opens some phrase (a fifth to two fifths less time than testing after one character).
    Every path to the end of a phrase passes one such test, so each start position is
    accepted or rejected exactly as by the plain form, and the pattern still opens with
    literal characters, so ``re`` skips ahead in C.
    """
    guard = rf"(?<!\w{re.escape(word)})"
    branches: list[str] = []
    ends_here = False
    for ch, child in sorted(node.items(), key=lambda kv: kv[0]):
        if ch == _END:
            ends_here = True
        elif ch == " ":
            branches.append(guard + r"\s+" + _render(child))
        else:
            branches.append(re.escape(ch) + _render_word_start(child, word + ch))
    if not branches:
        return guard
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # prefer the longer phrase; fall back to the one-word phrase that ends here
    return f"(?:{body}|{guard})" if ends_here else body


class PhraseMatcher:
    """Whole-word matches of lower-case phrases (words separated by single spaces)."""

    def __init__(self, phrases: Iterable[str]) -> None:
        unique = sorted({" ".join(p.lower().split()) for p in phrases if p.strip()})
        # The start boundary is checked after each first word (see _render_word_start), so
        # re skips in C to the characters a phrase can open with.
        body = _render_word_start(_trie(unique)) if unique else r"(?<!\w)(?!x)x"
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
