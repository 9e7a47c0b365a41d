"""A collective subject right before the trigger: "..., lãnh đạo nhiều nước gửi điện chúc mừng".

When the comma segment just before a trigger opens with leaders or states in the plural ("lãnh
đạo nhiều nước", "các nước", "nguyên thủ một số quốc gia") and names nobody, that collective is
the subject: the persons before the comma belong to an earlier clause ("Nhân dịp Quốc hội bầu
ông A giữ chức ..., ông B giữ chức ..., lãnh đạo nhiều nước gửi điện": A and B are the
occasion's, not the senders). See docs/plugins/events.md.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["collective_subject_start"]

_COLLECTIVE: Final = re.compile(
    r"\s*(?:(?:lãnh\s+đạo|nguyên\s+thủ|chính\s+phủ|người\s+đứng\s+đầu)\s+)?"
    r"(?:nhiều|các|những|một\s+số)\s+(?:nhà\s+lãnh\s+đạo\s+)?"
    r"(?:nước|quốc\s+gia|chính\s+phủ|đảng|tổ\s+chức|lãnh\s+đạo|nguyên\s+thủ)(?!\w)"
)


def collective_subject_start(low: str, start: int, trigger_start: int) -> int | None:
    """The start of a collective subject segment (after the last comma in ``[start,
    trigger_start)``), or None. ``low``: the lower-cased text; the caller checks that the
    segment names nobody."""
    comma = low.rfind(",", start, trigger_start)
    if comma == -1 or not _COLLECTIVE.match(low, comma + 1, trigger_start):
        return None
    return comma + 1
