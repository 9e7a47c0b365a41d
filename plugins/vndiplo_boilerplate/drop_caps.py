"""A lead whose drop cap was lost, printed twice.

Some pages print the article's first paragraph twice in a row: once as the flattened drop-cap
block, which lost its first letter ("huyến thăm ..."), and once as the paragraph itself, whole
("Chuyến thăm ...") or with the same loss. Such a pair is no photo's alt text and caption (a
caption has no drop cap) and no teaser: it is the lead, so exactly one copy is kept - the whole
one when there is one, else the first.
"""

from __future__ import annotations

from collections.abc import Sequence

from vndiplo_boilerplate.lines import Line
from vndiplo_boilerplate.summaries import lost_drop_cap

__all__ = ["in_drop_cap_pair", "kept_twin"]


def _same_but_first_letter(cut: Line, whole: Line) -> bool:
    """``whole`` is ``cut`` with its lost first letter in front ("C" + "huyến ...")."""
    return len(whole.key) == len(cut.key) + 1 and whole.key[1:] == cut.key


def _pair(lines: Sequence[Line], i: int, j: int) -> bool:
    """Lines ``i`` and ``j`` (neighbours) are one lead printed twice, one copy at least with
    its drop cap lost."""
    if not 0 <= j < len(lines):
        return False
    mine, other = lines[i], lines[j]
    if lost_drop_cap(mine.text):
        return other.key == mine.key or _same_but_first_letter(mine, other)
    return lost_drop_cap(other.text) and _same_but_first_letter(other, mine)


def in_drop_cap_pair(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` is one copy of a lead printed twice with its drop cap lost."""
    # A pair needs a copy that lost its drop cap, so one opening in lower case (see
    # :func:`lost_drop_cap`): a test of three first letters spares most lines (asked for each
    # line of the body, in both readings) the four full checks.
    if not (
        lines[i].text[:1].islower()
        or (i > 0 and lines[i - 1].text[:1].islower())
        or (i + 1 < len(lines) and lines[i + 1].text[:1].islower())
    ):
        return False
    return _pair(lines, i, i - 1) or _pair(lines, i, i + 1)


def kept_twin(lines: Sequence[Line], i: int) -> int:
    """When line ``i`` is the copy of such a pair to drop, the index of the copy kept instead
    (the whole one when the other lost its first letter, else the first of two like copies);
    else -1."""
    line = lines[i]
    for j in (i - 1, i + 1):
        if not _pair(lines, i, j):
            continue
        other = lines[j]
        if other.key == line.key:
            return j if j < i else -1
        return j if lost_drop_cap(line.text) and not lost_drop_cap(other.text) else -1
    return -1
