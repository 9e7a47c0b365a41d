"""A closing credit: the author's initials, the office and the day, in brackets at the end.

Some offices sign each post at its foot: "(T.K., Sở Ngoại vụ Tỉnh X, ngày 7-4-2031)", on a
line of its own or glued after the last sentence ("... tại TPHCM. (Y.T., Sở Ngoại vụ, ngày
18-7-2006) |"). It is no article text, and a page without a stamp of its own is dated by it,
so it is labelled a ``dateline``: cut off the paragraph it is glued to, or the whole line.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["closing_credit_start", "is_closing_credit"]

# "(initials or name, office, ngày D-M-YYYY)", then maybe a separator of the page's chrome.
_CREDIT: Final = re.compile(
    r"\(\s*[^()\n]{1,80}?,\s*ngày\s+\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}\s*\)\s*\|?\s*$"
)
#: The bracket must open near the end of a paragraph: a cheap test before the pattern.
_TAIL_CHARS: Final = 120


def closing_credit_start(text: str) -> int | None:
    """Where a closing credit glued after the paragraph's last sentence starts, or None.

    The credit follows a sentence's final stop, so a bracketed date inside a sentence ("...
    ký ngày 5-3-2020)") is never cut off."""
    if not text.rstrip(" |").endswith(")"):
        return None
    start = text.rfind(" (", max(0, len(text) - _TAIL_CHARS))
    if start <= 0 or text[start - 1] not in '.!?"”':
        return None
    return start + 1 if _CREDIT.match(text, start + 1) else None


def is_closing_credit(text: str) -> bool:
    """The whole line is a closing credit ("(T.K., Sở Ngoại vụ Tỉnh X, ngày 7-4-2031)")."""
    return text.startswith("(") and _CREDIT.match(text) is not None
