"""Who reports an act is no side of it: "A sẽ điện đàm với B trong tuần tới, Chánh văn phòng
Nội các C cho biết" (a trailing reporting clause) and "Theo người phát ngôn C, A sẽ thăm ..."
(a fronted source). Announcement pages name the spokesperson, a cabinet secretary or an
agency's official beside the planned act; only the act's own subject and object are sides."""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.view import ArticleView, Mention

__all__ = ["is_fronted_source", "reporter_cut"]

#: a reporting verb right after the reporter's name (an adverb or a time word between)
_REPORTS: Final = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:(?:đã|vừa|cũng|hôm\s+nay|hôm\s+qua|ngày\s+hôm\s+qua)\s+)*"
    r"(?:cho\s+biết|cho\s+hay|thông\s+báo|thông\s+tin|loan\s+báo|công\s+bố|tuyên\s+bố"
    r"|xác\s+nhận|tiết\s+lộ|nói(?:\s+với)?|phát\s+biểu\s+với\s+báo)(?!\w)"
)
#: "theo <titles> <name>," opening the clause: the source of what follows ("theo lời mời của"
#: is an invitation and stays apart)
_FRONTED: Final = re.compile(r"(?<!\w)theo\s+(?!lời\s+mời|đề\s+nghị)[^,;.:]{0,90}$")


def reporter_cut(view: ArticleView, start: int, end: int) -> int:
    """The end of an object zone ``[start, end)`` before a trailing ", <titles> C cho biết":
    the position of that comma, else ``end``."""
    low = view.lower
    for mention in view.mentions_in(start, end):
        if _REPORTS.match(low, mention.end) is None:
            continue
        comma = low.rfind(",", start, mention.start)
        if comma != -1:
            return comma
    return end


def is_fronted_source(view: ArticleView, zone_start: int, mention: Mention) -> bool:
    """``mention`` is the source of a fronted "Theo <titles> <name>," before the act."""
    low = view.lower
    if not low.startswith(",", mention.end):
        return False
    return _FRONTED.search(low, max(zone_start, mention.start - 100), mention.start) is not None
