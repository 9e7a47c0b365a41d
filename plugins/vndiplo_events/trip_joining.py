"""A programme joined at the end of a trip: "đoàn ... đã sang tỉnh K tham gia chương trình giao
lưu", "tới Bắc Kinh tham gia Chương trình ...": the delegation attends it (README AH4).

"tham gia chương trình" alone is no event: at home a programme is a list of acts that names its
own ("Đoàn tham gia chương trình gặp gỡ hữu nghị ...": the meeting is the act), and a person
"tham gia chương trình" of a school or a fund joins nothing one attends. What makes it an
attendance is the trip before it in the same clause.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["TRIP_JOINED", "joined_after_trip"]

#: the phrases that attend only after a trip (triggers.py reports them by "tham gia")
TRIP_JOINED: Final = frozenset({"tham gia chương trình"})

#: how far before the phrase the verb of travel may stand (a place name in between)
_REACH: Final = 60
_TRAVEL_WORDS: Final = ("sang ", "đến ", "tới ", "qua ")
#: "sang <place> (để) tham gia": a travel verb, then a place with no clause break
_TRIP: Final = re.compile(r"(?<!\w)(?:sang|đến|tới|qua)\s+[^,;.:()\n]{1,50}?(?:\s+để)?\s+$")


def joined_after_trip(low: str, start: int) -> bool:
    """A trip is made to join the programme whose phrase starts at ``start``: plain finds in a
    short window before the regex."""
    far = start - _REACH if start > _REACH else 0
    return any(low.find(w, far, start) != -1 for w in _TRAVEL_WORDS) and (
        _TRIP.search(low, far, start) is not None
    )
