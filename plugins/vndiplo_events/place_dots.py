"""Dots inside a place phrase: an abbreviation's dot goes on, a sentence's dot ends it.

"trụ sở T.Ư Đảng", "TP.HCM", "Washington D.C." and "TP. Huế" keep their dots; "tại Việt
Nam.Tại buổi tiếp" is two sentences whose space was lost, and its dot ends the place.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["dot_goes_on"]

#: "T.Ư", "TP.HCM", "D.C.": a dot inside or closing an abbreviation
_ABBREVIATION_DOT: Final = re.compile(r"(?<=\w)\.(?=\w)|(?<=[.\s]\w)\.|(?<=^\w)\.")
#: "TP. Huế", "Tp. Vinh", "TX. Sơn Tây": a town's abbreviated unit before its name
_UNIT_DOT: Final = re.compile(r"(?<!\w)(?:TP|Tp|tp|TX|Tx)\.\s*(?=[^\W\d_])")


def dot_goes_on(text: str, at: int) -> bool:
    """Whether the dot at ``at`` belongs to an abbreviation inside a place phrase."""
    if _UNIT_DOT.match(text, max(0, at - 2)) and text[at + 1 : at + 3].lstrip()[:1].isupper():
        return True
    if not _ABBREVIATION_DOT.match(text, at):
        return False
    # "Nam.Tại": a word of lower-case letters, then a capital: a lost space, not "Tp.HCM"
    glued = at >= 3 and text[at - 3 : at].isalpha() and text[at - 1].islower()
    return not (glued and text[at + 1 : at + 2].isupper())
