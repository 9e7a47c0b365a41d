"""A "read more" link glued after a teaser's last sentence ("... vỡ lở. Tiếp tục đọc").

Blogs and tag pages print a post's opening paragraph and its link on one line; the link's
words are page chrome, never the article's. Only a link after a sentence's end counts, so a
sentence that goes on ("... xem tiếp các hồ sơ") keeps its words.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["read_more_start"]

_READ_MORE: Final = re.compile(
    r"(?<=[.!?…\"”»)])\s+(?:[\[(]\s*)?(?:[»›>→]\s*)?"
    r"(?:tiếp tục đọc|đọc tiếp|xem tiếp|đọc thêm|xem thêm|xem chi tiết|đọc toàn bài|"
    r"continue reading|read more|lire la suite)"
    r"(?:\s*[»›>→.…:]+)?(?:\s*[\])])?\s*$",
    re.IGNORECASE,
)
#: The link is the line's last few words: a cheap test before the pattern.
_TAIL_CHARS: Final = 40


#: Every link of ``_READ_MORE`` holds one of these, in any case: a plain look in the tail first,
#: as the pattern opens with a look-behind, which ``re`` tries at every character. (Letters that
#: ``re.IGNORECASE`` folds unlike ``str.lower`` - "ı", "ſ", "K" - are in none of them.)
_LINK_WORDS: Final = ("đọc", "xem", "read", "e la ")


def read_more_start(text: str) -> int | None:
    """Where a read-more link glued after the paragraph starts (its first letter), or None."""
    cut = max(0, len(text) - _TAIL_CHARS)
    tail = text[cut:].lower()
    if not any(word in tail for word in _LINK_WORDS):
        return None
    found = _READ_MORE.search(text, cut)
    if found is None:
        return None
    start = found.start()
    return start + len(text[start:]) - len(text[start:].lstrip())
