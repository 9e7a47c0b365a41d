"""A teaser printed above the lead: one paragraph of the article, reprinted on its own on top.

Some pages put one sentence of the article ("On this occasion, the ambassador also visited the
university.") above the lead, as a teaser, and print it again where it belongs further down.
The copy on top is no part of the body; the copy in its place is. A block of the article printed
twice (the body repeated whole) is not a teaser: there the paragraph after each copy is the
same, and both copies stay body. Nor is a lead printed twice with only photos between the
copies: the first copy is the lead there (the second is the repeat), so the article must go on
for at least :data:`MIN_PARAGRAPHS_BETWEEN` paragraphs between the two copies.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from vndiplo_boilerplate.lines import Line

__all__ = ["MIN_PARAGRAPHS_BETWEEN", "may_be_reprinted", "reprinted_below"]

#: Paragraphs of the article that must stand between the teaser and its copy in place.
MIN_PARAGRAPHS_BETWEEN: Final = 2


def may_be_reprinted(lines: Sequence[Line], i: int) -> bool:
    """A line below ``i + 1`` opens with the first word of paragraph ``i`` (prepared): what
    its copy needs, tested on the raw lines, so most pages need not lower their whole text.
    (Words are cut at white space, where lowering has no context, so this never misses; and
    lowering lengthens a text by its "İ" alone, so a copy is at least half the key's length.)"""
    key = lines[i].key
    first, least = key.split(" ", 1)[0], (len(key) + 1) // 2
    # The first letter, lowered alone, must already be the word's: a test far cheaper than
    # splitting every line (a letter opening a text lowers as it does on its own).
    initial = first[:1]
    for j in range(i + 2, len(lines)):
        text = lines[j].text
        if len(text) < least:
            continue
        head = text[:1]
        if initial and not head.isspace() and head.lower()[:1] != initial:
            continue
        words = text.split(None, 1)
        if words and words[0].lower().startswith(first):
            return True
    return False


def reprinted_below(
    lines: Sequence[Line], i: int, page_lowered: str, is_prose: Callable[[int], bool]
) -> bool:
    """Paragraph ``i`` is printed again as a line of its own further down, with other
    paragraphs (``is_prose``) between the copies, and other text after each copy.

    All ``lines`` must be prepared once the cheap test (the text found again) passes."""
    line = lines[i]
    if page_lowered.find(line.lowered, line.end) == -1:
        return False  # cheap first: the sentence is not printed again at all
    after = lines[i + 1].key if i + 1 < len(lines) else None
    for j in range(i + 2, len(lines)):
        if lines[j].key == line.key:
            between = sum(1 for k in range(i + 1, j) if is_prose(k))
            if between < MIN_PARAGRAPHS_BETWEEN:
                return False
            below = lines[j + 1].key if j + 1 < len(lines) else None
            return below != after
    return False
