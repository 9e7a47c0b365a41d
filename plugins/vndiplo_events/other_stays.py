"""Places that tell where someone lives or stayed before, never where the act is held.

* **residents**: "kiều bào đang sinh sống và làm việc tại X", "sinh viên học tập ở Y", "cộng
  đồng người Việt định cư tại Z": the place of those people, not of the ceremony they attend
  (README round 11 BA07).
* **an earlier stay**: "cảm ơn sự đón tiếp trong thời gian làm việc tại X trước đó", "sau khi
  làm việc tại X", "vừa kết thúc chuyến thăm tại Y", "chuyến công tác tại Z hồi tuần trước":
  the place of a stay already over, not of the meeting told now (AZ08).
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.locations import Location

__all__ = ["EARLIER_TIME", "is_other_stay"]

#: a verb of living or studying somewhere, right before the preposition, maybe joined to a
#: verb of working ("sinh sống và làm việc"); "làm việc" and "công tác" alone are also a
#: visit's words ("đến làm việc tại X", "nhân dịp đang công tác tại Y") and do not count
_RESIDE: Final = (
    # ("lao động" only as a joined verb: "Bộ trưởng Lao động tại X" names a ministry)
    r"(?:sinh\s+sống|sống|cư\s+trú|định\s+cư|sinh\s+cơ\s+lập\s+nghiệp|làm\s+ăn"
    r"|học\s+tập|du\s+học|theo\s+học)"
)
_WORK: Final = r"(?:làm\s+việc|công\s+tác|học\s+tập|lao\s+động|kinh\s+doanh|sinh\s+sống)"
_RESIDENTS: Final = re.compile(
    r"(?<!\w)" + _RESIDE + r"(?:\s*(?:,|và)\s*" + _WORK + r")*\s+(?:lâu\s+năm\s+|lâu\s+dài\s+)?$"
)
#: a stay already over, opened in the place's clause: "sau khi (làm việc)", "vừa kết thúc",
#: "trong thời gian ... (trước đó)"
_ENDED_STAY: Final = re.compile(
    r"(?<!\w)(?:sau\s+khi|vừa\s+(?:kết\s+thúc|hoàn\s+thành|rời)|đã\s+kết\s+thúc"
    r"|kết\s+thúc\s+(?:tốt\s+đẹp\s+)?chuyến)(?!\w)"
)
#: a time word that puts a stay before the news: "trước đó", "lần trước", "năm ngoái"
EARLIER_TIME: Final = (
    r"(?<!\w)(?:trước\s+đó|trước\s+đây|hôm\s+trước|lần\s+trước|dịp\s+trước"
    r"|tuần\s+trước|tháng\s+trước|năm\s+ngoái|năm\s+trước)(?!\w)"
)
#: that time word after the place, in its clause
_BEFORE: Final = re.compile(r"[^,;.:]{0,40}?" + EARLIER_TIME)
#: how far back from the preposition the stay's opener may be
_REACH: Final = 80


def is_other_stay(low: str, loc: Location, hit_start: int) -> bool:
    """Whether the place ``loc`` tells where some people live, or where a side stayed before
    the act whose word starts at ``hit_start``, not where that act is held. A stay told
    in the act's own clause is the act ("vừa kết thúc chuyến thăm tại X" of that visit)."""
    if _RESIDENTS.search(low, max(0, loc.at - _REACH), loc.at) is not None:
        # "gặp mặt cộng đồng người Việt đang sinh sống tại X": the residents met are there
        return not _meets_residents(low, hit_start, loc.at)
    clause = max(low.rfind(p, max(0, loc.at - _REACH), loc.at) for p in (",", ";", ":", "."))
    opens = max(clause + 1, loc.at - _REACH)
    if opens <= hit_start < loc.at:
        return False
    if _BEFORE.match(low, loc.end) is not None:
        return True
    return _ENDED_STAY.search(low, opens, loc.at) is not None


#: a group of residents an act may be held with: the act is then where they live
_GROUP: Final = re.compile(
    r"(?<!\w)(?:cộng\s+đồng|kiều\s+bào|bà\s+con|người\s+việt|sinh\s+viên|lưu\s+học\s+sinh"
    r"|thực\s+tập\s+sinh|người\s+lao\s+động)(?!\w)"
)


def _meets_residents(low: str, hit_start: int, place_at: int) -> bool:
    """Is the act, in the place's sentence, held with the residents the place locates?"""
    if not 0 <= hit_start < place_at or "." in low[hit_start:place_at]:
        return False
    return _GROUP.search(low, hit_start, place_at) is not None
