"""Places for the events plugin: the shared gazetteer of :mod:`vndiplo.places`.

Locations end at a known place ("tại Hà Nội, Thủ đô Việt Nam") and a meeting's home side is the
one whose country the place names; both read the one gazetteer titles read too, so a user
registers a place once, under the ``"places"`` lexicon kind.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo.places import Gazetteer
from vndiplo.places import gazetteer as gazetteer_for

__all__ = ["Gazetteer", "gazetteer_for", "names_a_seat"]

#: "Phủ", "trụ sở", "Văn phòng": a seat whose name is an office ("Phủ Thủ tướng"); the "phủ"
#: of "Chính phủ" is none
_SEAT_TAILS: Final = ("phủ ", "dinh ", "trụ sở ", "văn phòng ", "nhà khách ")
_SEAT: Final = re.compile(r"(?<!\w)(?<!chính\s)(?:phủ|dinh|trụ\s+sở|văn\s+phòng|nhà\s+khách)\s+$")


def names_a_seat(low: str, text: str, start: int, end: int, name: str) -> bool:
    """The mention ``[start, end)`` of ``name`` is a bare title right after a seat noun: "tại
    Phủ Tổng thống", "Văn phòng Chủ tịch nước" name a building or an office, not the person
    the titles stage took the title for. ``low`` is the lower-cased ``text``."""
    if name in text[start:end]:
        return False
    lo = max(0, start - 12)
    return low.endswith(_SEAT_TAILS, lo, start) and _SEAT.search(low, lo, start) is not None
