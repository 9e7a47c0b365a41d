"""Who shares the subject's next act is no side of the act before it.

"A chào xã giao B và cùng C đồng chủ trì Hội nghị ...", "A tiếp B, sau đó cùng với ông C chứng
kiến lễ ký ...", "A hội kiến B rồi cùng C dự lễ khánh thành": after the object, a conjunction
and "cùng" open a second act the subject does together with C (co-chairing, witnessing,
attending). C is a side of that act, not a second counterpart of the first (README round 11
#5, BC06). "A tiếp B cùng phu nhân" (no conjunction) and "và cùng đi có C" (no act) keep C.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.view import ArticleView

__all__ = ["co_act_cut"]

#: a conjunction of acts, an aspect word, then "cùng (với)": the subject's next act with someone
_WITH: Final = re.compile(
    r"(?:,\s*|\s)(?:và|rồi|sau\s+đó|tiếp\s+đó|đồng\s+thời|ngay\s+sau\s+đó)"
    r"(?:\s+(?:đã|sẽ|cũng|còn))*\s+cùng(?:\s+với)?\s+(?=\w)"
)
#: the act the subject shares with those named after "cùng"
_SHARED_ACT: Final = re.compile(
    r"(?<!\w)(?:(?:đã|sẽ|cũng)\s+)*(?:đồng\s+chủ\s+trì|chủ\s+trì|đồng\s+chủ\s+tọa|chủ\s+tọa"
    r"|chứng\s+kiến|tham\s+dự|dự(?!\s+(?:án|kiến|báo|thảo|định|toán|trù|bị|phòng))|ký(?:\s+kết)?|cắt\s+băng|khai\s+mạc|bế\s+mạc|khánh\s+thành"
    r"|phát\s+động|dâng\s+hương|đặt\s+vòng\s+hoa|trao(?!\s+đổi)|điều\s+hành|đối\s+thoại|thăm)(?!\w)"
)
#: the subject and his co-chair opening the shared act with no "cùng" ("và đồng chủ trì với C")
_CO_CHAIR: Final = re.compile(
    r"(?:,\s*|\s)(?:và|rồi|sau\s+đó|tiếp\s+đó|đồng\s+thời)(?:\s+(?:đã|sẽ|cũng|còn))*\s+"
    r"(?:cùng\s+)?đồng\s+(?:chủ\s+trì|chủ\s+tọa)(?!\w)"
)
#: the act shared is the one told before: "dự buổi tiếp", "tham dự cuộc hội đàm"
_THIS_ACT: Final = re.compile(
    r"\s+(?:buổi|cuộc)\s+(?:tiếp|gặp|hội\s+kiến|hội\s+đàm|làm\s+việc|chào|đón)(?!\w)"
)
#: how far after the co-actor's first name his act may come (his titles between)
_ACT_REACH: Final = 200


def co_act_cut(view: ArticleView, start: int, end: int, clause_end: int) -> int:
    """The end of an object zone ``[start, end)`` before a second act the subject shares
    with someone named after "cùng" (or co-chairs): where that act's conjunction opens, else
    ``end``. The act may be the next trigger, so it is looked for up to ``clause_end``. The
    object must be named first: "A tiếp cùng lúc B và C" keeps both."""
    low = view.lower
    mentions = view.mentions_in(start, end)
    if not mentions:
        return end
    for found in _WITH.finditer(low, mentions[0].end, end):
        named = view.mentions_in(found.end(), end)
        if not named:
            continue
        act = _SHARED_ACT.search(low, named[0].end, min(clause_end, named[0].end + _ACT_REACH))
        # the act follows the co-actor's names and titles, in the same clause, and is no
        # share in this very act ("và cùng C dự buổi tiếp": C takes part in it)
        if (
            act is not None
            and ";" not in low[found.end() : act.start()]
            and _THIS_ACT.match(low, act.end()) is None
        ):
            return found.start()
    chair = _CO_CHAIR.search(low, mentions[0].end, end)
    return chair.start() if chair is not None else end
