"""A headline printed over several lines, then again on one line.

Old portals print their headline broken over short lines ("Tường thuật buổi gặp gỡ / giữa A /
và B / vào ngày D"), then, below a credit line or not, the same headline again on one line.
Read line by line, the pieces are fragments, a credit line between ("Prepared for Internet by
...") passes for the headline, and the one-line copy for the first paragraph. The copy is the
headline (the title, README round 12 BG11); the pieces above it are its print.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_boilerplate.lines import Line

__all__ = ["joined_headline_copy"]

#: Lines above the copy that may hold the pieces ...
_PIECES_WINDOW: Final = 10
#: ... the last of them at most this many lines above it (a credit line or a stamp between; a
#: document's letterhead in two lines, far above its issuing body's line, is no headline)
_MAX_GAP: Final = 3
#: Pieces a headline printed over several lines has at least.
_MIN_PIECES: Final = 2
#: A piece is a short line.
_PIECE_MAX_WORDS: Final = 12
_NON_WORD: Final = re.compile(r"[^\w]+")


def _plain(lowered: str) -> str:
    return " ".join(_NON_WORD.sub(" ", lowered).split())


def joined_headline_copy(lines: Sequence[Line], i: int) -> bool:
    """Is line ``i`` the one-line copy of a headline printed over several short lines above
    it, word for word (case and punctuation aside)?"""
    if i < _MIN_PIECES or lines[i].words < _MIN_PIECES * 2:
        return False  # no room above for the pieces, or too short a copy: nothing to join
    key = _plain(lines[i].lowered)
    if not key:
        return False
    for start in range(max(0, i - _PIECES_WINDOW), i - 1):
        joined = ""
        for k in range(start, i):
            piece = lines[k]
            if piece.words > _PIECE_MAX_WORDS:
                break
            joined = f"{joined} {_plain(piece.lowered)}".strip()
            if not key.startswith(joined):
                break
            if joined == key and k - start + 1 >= _MIN_PIECES:
                return i - k <= _MAX_GAP
    return False
