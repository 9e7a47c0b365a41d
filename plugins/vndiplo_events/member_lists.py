"""A delegation's member list is not the delegation's event.

"Đoàn cấp cao Quốc hội nước K thăm Việt Nam gồm: Chủ tịch Quốc hội A và phu nhân; các Nghị
sĩ: B, C" and "Thành phần Đoàn tham dự hội nghị gồm có: ..." name who travels. The event word
sits in the noun phrase that describes the delegation, and the list after "gồm ...:" gives
people only: no event, no host (T13).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.sentences import Sentence
from vndiplo_events.triggers import TriggerHit

__all__ = ["without_member_lists"]

#: the delegation noun the described phrase opens with ("Đoàn ...", "Thành phần đoàn ...")
_DELEGATION: Final = re.compile(r"(?<!\w)(?:phái\s+)?đoàn(?!\w)")
#: "gồm" (with its list words) and the colon that opens the list, right after the phrase
_MEMBERS: Final = re.compile(
    r"[^,;:.()]{0,80}?(?<!\w)(?:bao\s+)?gồm(?:\s+(?:có|các|những|thành\s+viên|chính\s+thức|sau"
    r"|như))*\s*:"
)


def _lists_members(low: str, sentence: Sentence, hit: TriggerHit) -> bool:
    """``hit`` describes a delegation whose members the sentence then lists."""
    start = max(sentence.start, low.rfind(";", sentence.start, hit.start) + 1)
    if _DELEGATION.search(low, start, hit.start) is None:
        return False
    return _MEMBERS.match(low, hit.end, sentence.end) is not None


def without_member_lists(
    low: str, sentence: Sentence, hits: Sequence[TriggerHit]
) -> Sequence[TriggerHit]:
    """``hits`` less the event words of a delegation that a member list follows."""
    if "gồm" not in low[sentence.start : sentence.end]:
        return hits
    return [h for h in hits if not _lists_members(low, sentence, h)]
