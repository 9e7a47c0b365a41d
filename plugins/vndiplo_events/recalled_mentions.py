"""An event noun after "sau" / "trước" / "kể từ" that its own time phrase dates to a month, a
year or "hồi ...": an earlier occurrence the article recalls, not the one it reports.

"A vui mừng có cuộc trao đổi với B ngay sau cuộc gặp trong khuôn khổ Hội nghị X (tháng 11/2025)",
"sau cuộc gặp hồi tháng 5 tại Y", "sau buổi hội kiến tại Z năm 2024": the meeting is what came
before the news (a phone call, a letter). A report dates its own event by the day, so a noun
that a month, a year or "hồi" dates is another occurrence; "Ngay sau cuộc hội đàm, A và B gặp
gỡ báo chí" and "sau cuộc gặp chiều 20/5" keep their back-reference to the reported event.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.sentences import Sentence
from vndiplo_events.triggers import TriggerHit

__all__ = ["is_recalled_occurrence"]

#: the temporal preposition before the event noun ("ngay sau cuộc", "kể từ buổi", "trước chuyến")
_TEMPORAL_NOUN: Final = re.compile(
    r"(?<!\w)(?:sau|trước|kể\s+từ|từ\s+sau)\s+(?:các\s+|những\s+)?(?:cuộc|buổi|chuyến|lễ)\s+$"
)
#: how far after the noun its own time phrase may stand (the occasion between: "trong khuôn khổ
#: Hội nghị Thượng đỉnh G20 (tháng 11/2025)")
_REACH: Final = 90
#: a time phrase coarser than a day, or the recalling "hồi" / "năm ngoái" / "trước đây"; a
#: month or a year ahead ("tháng 6 tới", "năm 2026 sắp tới", "tháng 9 tới đây") is to come
_COARSE_TIME: Final = re.compile(
    r"(?<!\w)(?:hồi|năm\s+ngoái|năm\s+trước|trước\s+đây|lần\s+trước"
    r"|(?:vào\s+|trong\s+)?(?:đầu\s+|giữa\s+|cuối\s+)?tháng\s+(?:\d{1,2}|một|hai|ba|tư|năm|sáu"
    r"|bảy|tám|chín|mười(?:\s+một|\s+hai)?)(?:\s*[/-]\s*\d{4}|\s+năm\s+\d{4})?(?!\s*[/-]?\d)"
    r"|năm\s+\d{4})(?!\w)(?!\s+(?:tới|sắp\s+tới|tiếp\s+theo|sau)(?!\w))"
)
#: a word of the future in the noun's clause: "trước chuyến thăm sắp tới vào tháng 6"
_AHEAD: Final = re.compile(r"(?<!\w)(?:sắp|tới\s+đây|sẽ|dự\s+kiến)(?!\w)")
#: a day written in the tail dates the noun to a day: the reported event's own account
_DAY: Final = re.compile(r"(?<!\w)(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2}(?!\d)")


def is_recalled_occurrence(low: str, sentence: Sentence, hit: TriggerHit) -> bool:
    """Whether the event noun at ``hit`` (lower-cased text ``low``) is an earlier occurrence
    the sentence recalls: a temporal preposition before it and a coarse time phrase in its own
    clause after it (up to the next comma, semicolon or full stop)."""
    if not _TEMPORAL_NOUN.search(low, max(sentence.start, hit.start - 24), hit.start):
        return False
    end = min(sentence.end, hit.end + _REACH)
    for stop in ",;.":
        cut = low.find(stop, hit.end, end)
        if cut != -1:
            end = cut
    tail = low[hit.end : end]
    return (
        _COARSE_TIME.search(tail) is not None
        and _DAY.search(tail) is None
        and _AHEAD.search(tail) is None
    )
