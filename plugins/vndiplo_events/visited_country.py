"""Who travelled, by the country a side is on a visit to: "Nhân dịp thăm chính thức Hàn Quốc, A
gặp B", "A hội kiến B nhân dịp sang thăm Ấn Độ", "Đang ở thăm Lào, A gặp B". The side of the
visited country hosts and the other is the guest, whichever side the wording makes the visitor;
when neither side is of it, the meeting is on a third country's ground ("nhân dịp thăm Hàn
Quốc, A gặp Thủ tướng Nhật Bản"). A side whose country no title states is taken as the visited
country's own when the other, Vietnamese, side's is stated ("Bí thư Tỉnh ủy Nghệ An" visiting
Lào meets a governor named by his province alone).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.model import Person
from vndiplo_events.participants import is_envoy, person_country, sides_known
from vndiplo_events.places import Gazetteer

__all__ = ["travel_by_visited_country", "visited_country"]

#: the outlets' country, whose officials often go without a stated country
_HOME: Final = "VN"

#: an occasion that is the side's visit, the visited place right after: "nhân dịp (sang)
#: thăm", "trong thời gian ở thăm", "đang (có chuyến) thăm", "nhân chuyến thăm chính thức"
_ON_A_VISIT: Final = re.compile(
    r"(?<!\w)(?:nhân\s+dịp|nhân|trong\s+(?:dịp|thời\s+gian|khuôn\s+khổ\s+chuyến)"
    r"|đang\s+có\s+chuyến|đang)\s+(?:(?:sang|đến|tới|ở|chuyến)\s+)?thăm\s+"
    r"(?:(?:chính\s+thức|cấp\s+nhà\s+nước|hữu\s+nghị|và\s+làm\s+việc|làm\s+việc|tại|nước)\s+)*"
)


def visited_country(text: str, low: str, start: int, end: int, gaz: Gazetteer) -> str | None:
    """The country of the place the first visit occasion in ``[start, end)`` names, or None."""
    if low.find("thăm", start, end) == -1:
        return None  # most sentences tell no visit: skip the regex scan
    cue = _ON_A_VISIT.search(low, start, end)
    if cue is None:
        return None
    place = gaz.regex.match(text, cue.end(), end)
    if place is None:
        return None
    found = gaz.lookup(place.group())
    return found.country if found is not None else None


def travel_by_visited_country(
    country: str, subjects: Sequence[Person], objects: Sequence[Person], gaz: Gazetteer
) -> str | None:
    """ "subject", "object" (the side that travelled) or "third" by the visited ``country``;
    None when both sides are of it, or an envoy (at his post) is among them."""
    if not subjects or not objects or any(is_envoy(p) for p in (*subjects, *objects)):
        return None
    subject_home = any(person_country(p, gaz) == country for p in subjects)
    object_home = any(person_country(p, gaz) == country for p in objects)
    if subject_home != object_home:
        return "object" if subject_home else "subject"
    if subject_home:
        return None
    subject_told, object_told = sides_known(subjects, gaz), sides_known(objects, gaz)
    told = subjects if subject_told else objects
    if subject_told != object_told and person_country(told[0], gaz) == _HOME:
        # a Vietnamese side abroad: the other, whose country no title states, is the visited
        # country's (a Vietnamese one with no stated country meets a third country's official)
        return "subject" if subject_told else "object"
    return "third"
