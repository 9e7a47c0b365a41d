"""A planned act's own time written before it: "Từ ngày 11 tới ngày 15/7, ông X, Phó Chủ tịch
ADB sẽ tới thăm và làm việc tại nước ta", "Trong tháng 6, Thủ tướng sẽ thăm Lào".

A planned act is read as referenced (finding.py) and dated by what follows its word only, since
a date before the word of a recalled act ("Sau chuyến thăm ...") is the sentence's. When the
sentence itself is the plan (its main verb is the planned act, "sẽ" or "dự kiến" between the
date and the word), a date opening it is the plan's time (README round 5 "A planned main event":
W10, BM09). Not when another verb stands between: a report ("Ngày 6/12, Bộ Ngoại giao cho biết
X sẽ ..."), an agreement or an invitation ("Ngày 5/6, hai bên nhất trí sẽ ...") dates that
verb's act, the plan keeps only what its own clause gives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.report_dates import governs_a_report
from vndiplo_events.sentences import Sentence
from vndiplo_events.view import ArticleView, DateRef

__all__ = ["fronted_plan_date"]

#: The plan word that makes the clause a plan: "sẽ", "dự kiến", "dự định", "sắp".
_PLAN: Final = re.compile(r"(?<!\w)(?:sẽ|dự\s+kiến|dự\s+định|sắp)(?!\w)")
#: Verbs of another act between the date and the plan: a report, an agreement, an invitation,
#: a wish, a decision, and "đã/vừa" (a past act: "Ngày 5/6, A đã mời B, B sẽ ...").
_OTHER_VERB: Final = re.compile(
    r"(?<!\w)(?:cho\s+biết|cho\s+hay|thông\s+báo|thông\s+tin|tuyên\s+bố|công\s+bố|xác\s+nhận"
    r"|loan\s+báo|đưa\s+tin|tiết\s+lộ|nói|phát\s+biểu|khẳng\s+định|nhấn\s+mạnh|nhất\s+trí"
    r"|thống\s+nhất|đồng\s+ý|đề\s+nghị|mời|nhận\s+lời|mong\s+muốn|kêu\s+gọi|quyết\s+định"
    r"|hy\s+vọng|hi\s+vọng|bày\s+tỏ|theo|đã|vừa)(?!\w)"
)
_KINDS: Final = ("date", "datetime", "span", "month")
#: How far (characters) the plan word may stand before the act's word: a few words ("sẽ tới",
#: "sẽ có cuộc", "dự kiến sang").
_PLAN_REACH: Final = 16


def fronted_plan_date(
    view: ArticleView, sentence: Sentence, trigger_start: int, acts: Sequence[int]
) -> DateRef | None:
    """The date that opens the plan's own sentence before its word, if the sentence is the
    plan itself and tells no other act (see the module docstring). ``acts``: where the
    sentence's event words start: with several ("Từ ngày 14-18/10, X sẽ đến Nga tham dự Y và
    thăm Z"), the span is the trip's, and each act keeps the days its own mention gives (W11)."""
    if any(start != trigger_start for start in acts):
        return None
    low = view.lower
    refs = [r for r in view.dates_in(sentence.start, trigger_start) if r.end <= trigger_start]
    if not refs or refs[0].expr.kind not in _KINDS:
        return None
    ref = refs[0]
    opening = low[sentence.start : ref.start].strip(" \t\n-–—*•")
    if opening not in ("", "từ", "trong", "vào", "trong các", "trong hai", "trong ba"):
        return None  # the date opens the sentence (after a time preposition at most)
    between = low[ref.end : trigger_start]
    plans = list(_PLAN.finditer(between))
    if not plans or _OTHER_VERB.search(between) is not None:
        return None
    # the plan word governs the act's own word ("sẽ tới thăm", "dự kiến có cuộc hội đàm"), not
    # another act the act is only named in ("sẽ có cuộc họp báo tổng kết sau 2 ngày thăm")
    if len(between) - plans[-1].end() > _PLAN_REACH:
        return None
    return None if governs_a_report(low, ref.end) else ref
