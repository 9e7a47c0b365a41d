"""A headline's short form of an office a body writes in full.

A headline writes "Đại sứ Nhật Bản tại Việt Nam" for the body's "Đại sứ Đặc mệnh toàn quyền
Nhật Bản tại Việt Nam", "Phó Chủ tịch UBND tỉnh" for "Phó Chủ tịch Thường trực UBND tỉnh":
the office's first and last words kept, one run of inner qualifiers left out, two words at
least kept after it. The run left out holds no preposition, so a post is never turned round
("Đại sứ Việt Nam tại Nhật Bản" does not shorten to "Đại sứ Nhật Bản", the other side's envoy).
"""

from __future__ import annotations

from typing import Final

__all__ = ["shortened_office"]

#: Words that tie an office to a posting or an owner: never left out.
_TIES: Final = frozenset({"tại", "ở", "của", "bên", "cạnh", "về", "và", "kiêm"})
#: At most this many inner words left out; the short form keeps at least three words.
_MAX_LEFT_OUT: Final = 4
_MIN_KEPT: Final = 3


def shortened_office(low: str, title: str) -> tuple[int, int] | None:
    """Where ``low`` (a lower-cased headline) writes the lower-cased ``title`` with one run of
    inner words left out, as (start, end); None when it does not. The exact title is not
    looked for here."""
    words = title.split()
    n = len(words)
    for i in range(1, n - 1):
        for j in range(i + 1, min(n - 1, i + _MAX_LEFT_OUT) + 1):
            if n - (j - i) < _MIN_KEPT or any(w in _TIES for w in words[i:j]):
                continue
            if n - j < 2:
                continue  # "Phó Chủ tịch [UBND] tỉnh": too little of the office kept after
            short = " ".join(words[:i] + words[j:])
            at = _find_word_bounded(low, short)
            if at != -1:
                return at, at + len(short)
    return None


def _find_word_bounded(low: str, phrase: str) -> int:
    at = low.find(phrase)
    while at != -1:
        end = at + len(phrase)
        if (at == 0 or not low[at - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
            return at
        at = low.find(phrase, at + 1)
    return -1
