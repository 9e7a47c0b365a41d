"""When "cuộc họp" (a session) is a meeting of two principals and when it is a body's sitting.

"A và B (đã) có (một) cuộc họp ..." with two persons named as coordinated subjects is their
meeting, whatever the session is called ("thường niên", "lần thứ 2", "song phương"). Any other
"cuộc họp" is a body's sitting, no meeting of persons: "Ủy ban hỗn hợp đã có cuộc họp",
"cuộc họp của Hội đồng ...", "A và B có cuộc họp Ủy ban liên chính phủ", "cuộc họp báo".
A session named by its two principals' office is theirs, however it is told ("đã diễn ra cuộc
họp (giữa) hai Chủ tịch Ủy ban X", "Cuộc họp hai Trưởng đoàn ..."): the body after the title
is the one they chair, not the one sitting.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.coordination import nearest_subjects
from vndiplo_events.sentences import Sentence
from vndiplo_events.triggers import TriggerHit
from vndiplo_events.view import ArticleView

__all__ = ["SESSION", "is_body_session", "is_body_session_in_headline"]

#: the trigger phrase this module decides on
SESSION: Final = "cuộc họp"
#: the light verb right before the session noun: "(đã) có (một) cuộc họp"
_HAD: Final = re.compile(r"(?<!\w)có\s+(?:một\s+)?$")
#: how far before the light verb the last subject may end ("A và B sáng 28/10 đã có")
_SUBJECT_GAP: Final = 40
#: a clause break between the subjects and the light verb
_BREAK: Final = re.compile(r"[;.:]")
#: "cuộc họp báo": a press conference
_PRESS: Final = re.compile(r"\s+báo(?!\w)")
#: how far after the session noun the body it belongs to may be named
_BODY_SPAN: Final = 50
#: a committee, council, board or cabinet holding the session ("cuộc họp lần thứ 5 của Ủy ban
#: hỗn hợp", "cuộc họp Nội các chung"); the clause ends at a break
_BODY: Final = re.compile(
    r"[^,;.:]*?(?<!\w)(?:ủy\s+ban|tiểu\s+ban|hội\s+đồng|ban\s+(?:chấp\s+hành|thường\s+vụ|"
    r"bí\s+thư|chỉ\s+đạo|điều\s+hành|thư\s+ký)|nội\s+các|nhóm\s+công\s+tác|quốc\s+hội|"
    r"nghị\s+viện|đại\s+hội\s+đồng)(?!\w)"
)
#: the two principals named by their office right after the session noun: "cuộc họp (giữa)
#: hai Chủ tịch / Bộ trưởng / Trưởng đoàn / nhà lãnh đạo ..." (a person's title, not "hai bên",
#: "hai nước" or "hai Bộ")
_TWO_HOLDERS: Final = re.compile(
    r"\s+(?:giữa\s+)?hai\s+(?:(?:phó|đồng|tổng)\s+)?(?:chủ\s+tịch|bộ\s+trưởng|thứ\s+trưởng|"
    r"thủ\s+tướng|tổng\s+thống|ngoại\s+trưởng|trưởng\s+đoàn|người\s+đứng\s+đầu|"
    r"nhà\s+lãnh\s+đạo|lãnh\s+đạo|bí\s+thư|tỉnh\s+trưởng|thống\s+đốc|tư\s+lệnh|đại\s+sứ|"
    r"thư\s+ký|tham\s+mưu\s+trưởng|giám\s+đốc|chánh\s+án|viện\s+trưởng|cục\s+trưởng|"
    r"vụ\s+trưởng|thị\s+trưởng)(?!\w)"
)
#: "và" between two subjects (a headline has no mentions to check)
_AND: Final = re.compile(r"(?<!\w)và(?!\w)")


def is_body_session(view: ArticleView, sentence: Sentence, hit: TriggerHit) -> bool:
    """``hit`` is a "cuộc họp" that is no meeting of two coordinated principals."""
    if hit.trigger.phrase != SESSION:
        return False
    low = view.lower
    if _TWO_HOLDERS.match(low, hit.end, sentence.end):
        return False
    had = _HAD.search(low, max(sentence.start, hit.start - 12), hit.start)
    if had is None or _held_by_a_body(low, hit, sentence.end):
        return True
    before = view.mentions_in(sentence.start, had.start())
    if not before:
        return True
    gap = low[before[-1].end : had.start()]
    if len(gap) > _SUBJECT_GAP or _BREAK.search(gap):
        return True
    return len(nearest_subjects(low, before)) < 2


def is_body_session_in_headline(low: str, hit: TriggerHit) -> bool:
    """The same in a headline, which has no mentions: "A và B có cuộc họp ..." by its words."""
    if hit.trigger.phrase != SESSION:
        return False
    if _TWO_HOLDERS.match(low, hit.end):
        return False
    had = _HAD.search(low, max(0, hit.start - 12), hit.start)
    if had is None or _held_by_a_body(low, hit, len(low)):
        return True
    return _AND.search(low, 0, had.start()) is None


def _held_by_a_body(low: str, hit: TriggerHit, end: int) -> bool:
    if _PRESS.match(low, hit.end):
        return True
    return _BODY.match(low, hit.end, min(end, hit.end + _BODY_SPAN)) is not None
