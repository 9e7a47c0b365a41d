"""Per-line view of blocks, for gold-label tests and benchmarks.

Gold labels are written per line (``[line_number, kind]``, 1-based); a cleaner may split a line
into several blocks (a lead's outlet credit and its prose). A line counts as kept when any of
its blocks is ``body``; otherwise it takes the kind of its first block.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from vndiplo.model import Block

__all__ = ["line_kinds", "line_starts"]


def line_starts(text: str) -> list[int]:
    """Offsets at which each line of ``text`` starts (lines split on ``\\n``)."""
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return starts


def line_kinds(text: str, blocks: Iterable[Block]) -> dict[int, str]:
    """``{line_number: kind}`` (1-based) for every line that a block starts on."""
    starts = line_starts(text)
    kinds: dict[int, str] = {}
    for block in blocks:
        number = bisect_right(starts, block.start)
        if block.kind == "body" or number not in kinds:
            kinds[number] = block.kind
    return kinds
