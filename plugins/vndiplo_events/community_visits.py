"""A visit to people, not to a place: a family or one's own community abroad is met.

"Thủ tướng A đã thăm gia đình anh B, chủ nhà hàng ở thành phố C", "Chủ tịch nước tới thăm cộng
đồng người Việt tại D", "Đại sứ đến thăm bà con kiều bào ở E": the visit's object is a household
or a community, so the act is a meeting of the two sides (README round 6: a visit to one's own
community is a meeting). A visit to a country, a place or an institution stays a visit; a home
official's call on households at home is no event at all (domestic_sides.py decides that).
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.triggers import Trigger, TriggerHit

__all__ = ["as_community_meeting"]

#: the people a visit may be made to: a household or a community, after a plural or a
#: representative word ("các gia đình", "đại diện cộng đồng")
_PEOPLE: Final = re.compile(
    r"(?:\s*,\s*|\s+)(?:(?:các|những|một\s+số|đại\s+diện|toàn\s+thể)\s+)?"
    r"(?:gia\s+đình|cộng\s+đồng|kiều\s+bào|bà\s+con|đồng\s+bào|người\s+việt)(?!\w)"
)


def as_community_meeting(low: str, hit: TriggerHit, end: int) -> TriggerHit | None:
    """The visit ``hit`` typed as a meeting when its object, right after it (before ``end``),
    is a family or a community; else None."""
    if hit.trigger.type != "visit" or _PEOPLE.match(low, hit.end, end) is None:
        return None
    trigger = Trigger(hit.trigger.phrase, "meeting", "040", hit.trigger.head)
    return TriggerHit(hit.start, hit.end, hit.text, trigger)
