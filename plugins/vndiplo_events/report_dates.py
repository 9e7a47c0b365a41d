"""The day a statement was made is not the day of the act it announces.

"A có kế hoạch điện đàm với B, Chánh văn phòng Nội các cho biết ngày 18/9", "X sẽ thăm Việt Nam
ngày 1-2/12, theo thông báo hôm nay của Bộ Ngoại giao": a date written right after the
reporting verb of a trailing attribution clause dates the report (the announcement), not the
act before it. The act then takes the day a later sentence gives the same act ("hai bên đang
chuẩn bị điện đàm vào tối 20/9"), or none.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["dates_the_report", "governs_a_report"]

#: a reporting verb or "theo thông báo" ending right before the date, with only the words that
#: introduce a day between ("cho biết ngày hôm qua", "thông báo hôm", "theo thông cáo ngày")
_REPORT_THEN_DAY: Final = re.compile(
    r"(?<!\w)(?:cho\s+biết|cho\s+hay|thông\s+báo|thông\s+cáo|tuyên\s+bố|công\s+bố|loan\s+báo"
    r"|xác\s+nhận|phát\s+biểu|nói|đưa\s+tin|tiết\s+lộ)"
    r"(?:\s+(?:vào|hôm|ngày|hồi|trong|qua|chiều|sáng|tối|trưa))*\s*$"
)
#: how far back from the date the reporting verb may end
_REACH: Final = 40


def dates_the_report(low: str, trigger_end: int, ref_start: int) -> bool:
    """Whether the date at ``ref_start``, after the trigger ending at ``trigger_end``, follows
    the reporting verb of a clause set off by a comma after the act ("..., Y cho biết ngày D",
    "..., theo thông báo ngày D của Z"). ``low`` is the lower-cased text."""
    floor = max(trigger_end, ref_start - _REACH)
    found = _REPORT_THEN_DAY.search(low, floor, ref_start)
    if found is None:
        return False
    # the attribution is a clause of its own: a comma between the act and the verb
    return low.rfind(",", trigger_end, found.start()) != -1


#: a reporting verb right after a date ("Bộ Ngoại giao ngày 22/12 cho biết", "hôm 5/3 loan báo")
_DAY_THEN_REPORT: Final = re.compile(
    r"\s*(?:vừa\s+qua\s+|qua\s+|đã\s+)?(?:cho\s+biết|cho\s+hay|thông\s+báo|thông\s+tin|tuyên\s+bố"
    r"|công\s+bố|loan\s+báo|đưa\s+tin|tiết\s+lộ|xác\s+nhận)(?!\w)"
)


def governs_a_report(low: str, ref_end: int) -> bool:
    """Whether the date ending at ``ref_end`` is the day of a statement: a reporting verb
    follows it right away ("Giới tài chính ngày 22/12 cho biết ..."). That day is the
    announcement's (README round 8 #11), never one another sentence's act may borrow."""
    return _DAY_THEN_REPORT.match(low, ref_end) is not None
