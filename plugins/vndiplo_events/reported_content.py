"""An act noun inside what a communicating verb tells: its results or its content, a mention.

"Hai bên sẽ thông báo với báo chí những nội dung chính của buổi hội đàm", "họp báo công bố kết
quả hội đàm", "ra tuyên bố chung về kết quả cuộc gặp", "báo cáo kết quả chuyến thăm": the act
named after "kết quả / nội dung" (with its modifiers and a "của / trong / về") is the thing
told, not an act told now, whether the telling is done or planned. "kết quả" names an act's
outcome by itself; "nội dung" only as the object of a verb of telling (cues.py keeps the short
"kết quả <act>" form).
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.sentences import Sentence
from vndiplo_events.triggers import TriggerHit

__all__ = ["in_told_content"]

#: the content noun and what may stand between it and the act noun: modifiers ("chính", "bước
#: đầu"), a preposition ("của", "trong", "tại"), a quantifier and the act's classifier
_CONTENT: Final = re.compile(
    r"(?<!\w)(kết\s+quả|nội\s+dung)(?:\s+(?:chính|chủ\s+yếu|quan\s+trọng|nổi\s+bật|cụ\s+thể|"
    r"bước\s+đầu|tích\s+cực|tốt\s+đẹp|đạt\s+được))*(?:\s+(?:của|trong|tại|từ))?"
    r"(?:\s+(?:các|những|hai))?(?:\s+(?:cuộc|buổi|chuyến|lễ))?\s+$"
)
#: a verb of telling before the content, in its clause
_TELLING: Final = re.compile(
    r"(?<!\w)(?:thông\s+báo|thông\s+tin|công\s+bố|tuyên\s+bố|họp\s+báo|báo\s+cáo|giới\s+thiệu|"
    r"chia\s+sẻ|trình\s+bày|điểm\s+lại|nêu|cho\s+biết|về)(?!\w)"
)
#: how far before the act the content noun may stand, and the verb before that
_CONTENT_REACH: Final = 48
_TELLING_REACH: Final = 70


def in_told_content(low: str, sentence: Sentence, hit: TriggerHit) -> bool:
    """``hit`` is the act whose results or content a verb of telling reports."""
    floor = max(sentence.start, hit.start - _CONTENT_REACH)
    if low.find("kết quả", floor, hit.start) == -1 and low.find("nội dung", floor, hit.start) == -1:
        return False  # most hits: a plain find before the scan
    content = _CONTENT.search(low, floor, hit.start)
    if content is None:
        return False
    if content.group(1).startswith("kết"):
        return True
    start = max(sentence.start, content.start() - _TELLING_REACH)
    cut = max(low.rfind(c, start, content.start()) for c in ".;:")
    return _TELLING.search(low, max(start, cut + 1), content.start()) is not None
