"""A letter or cable referred back to by its bare noun (round 13).

A page that gives only the message's content opens "Trong thư, A bày tỏ ...", "Trong bức điện
gửi B, A ...", "Qua thư này, ...": the bare "thư" / "điện" is then the message itself. Bare,
those syllables open many other words ("thư viện", "thư ký", "điện thoại", "điện Kremlin"),
so they are a message only after "trong" / "qua" (maybe "bức") and before a comma, "này" or
"gửi" (to whom it went).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["BARE_LETTERS", "bare_letter"]

#: the bare nouns of a letter or cable (their classifier "bức" stays out of the table, where
#: it would hide the longer "điện chia buồn" after it)
BARE_LETTERS: Final = ("thư", "điện")
#: what a referring phrase opens with ("Trong thư", "Qua bức điện")
_BEFORE: Final = re.compile(r"(?<!\w)(?:trong|qua)\s+(?:bức\s+)?$")
#: what follows the noun of a letter referred to: a comma, "này", or its addressee
_AFTER: Final = re.compile(r"\s*(?:[,:]|(?:này|đó)(?!\w)|gửi(?!\w))")


def bare_letter(low: str, start: int, end: int) -> bool:
    """``low[start:end]``, a bare letter noun, refers to the page's message."""
    return bool(_BEFORE.search(low, max(0, start - 12), start) and _AFTER.match(low, end, end + 8))
