"""A hand-over of signed papers is the signing ceremony ("chứng kiến lễ trao các văn kiện hợp
tác", "lễ trao đổi 5 thỏa thuận", "hai bên đã trao bản ghi nhớ"): the verb, an optional count,
then a paper two sides sign. Other things handed over (a medal, gifts, "trao đổi ý kiến") are
none, and so is a paper handed to an audience ("trao bản ghi nhớ cho các phóng viên").

Why context and not the phrase alone: "trao" is also a minister handing a framework agreement
to firms, and "trao đổi các thỏa thuận" is discussing them. The ceremony ("lễ", "chứng kiến"),
the two sides ("hai bên", "giữa ... và") make it a signing; "trao đổi" only as a noun of the
ceremony ("lễ trao đổi", "chứng kiến việc trao đổi").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

__all__ = ["SIGNING_CAMEO", "paper_hand_overs"]

SIGNING_CAMEO: Final = "057"

#: the verb, a count (a quantifier, a number word or digits), the paper
_HAND_OVER: Final = re.compile(
    r"trao(?<!\wtrao)(?:\s+(đổi))?\s+"
    r"(?:(?:các|những|một\s+số|nhiều|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})\s+)?"
    r"(?:văn\s+kiện|thỏa\s+thuận|thoả\s+thuận|bản\s+ghi\s+nhớ|biên\s+bản\s+ghi\s+nhớ"
    r"|hiệp\s+định|nghị\s+định\s+thư)(?!\w)"
)
#: the ceremony just before the verb ("lễ trao", "chứng kiến việc trao", "lễ ký kết và trao đổi")
_CEREMONY: Final = re.compile(
    r"(?:(?<!\w)lễ|chứng\s+kiến(?:\s+(?:lễ|việc))?)(?:\s+ký(?:\s+kết)?\s+và)?\s+$"
)
#: two sides named before the verb in its clause ("hai bên đã trao", "hai nước trao", "hai Bộ
#: trưởng trao"): "hai" or "các" with a side, or "hai" with an office or a body; not any "hai"
#: ("Sau hai ngày làm việc, Thứ trưởng ... trao")
_TWO_SIDES_BEFORE: Final = re.compile(
    r"(?<!\w)(?:hai|các)\s+(?:bên|nước|phía)(?!\w)"
    r"|(?<!\w)hai\s+(?:vị\s+|nhà\s+|phó\s+)?(?:bộ\s+trưởng|thứ\s+trưởng|ngoại\s+trưởng"
    r"|thủ\s+tướng|tổng\s+thống|chủ\s+tịch|tổng\s+bí\s+thư|bí\s+thư|đại\s+sứ|lãnh\s+đạo"
    r"|người\s+đứng\s+đầu|trưởng\s+đoàn|đoàn|bộ|ngành|cơ\s+quan|chính\s+phủ|quốc\s+hội|đảng"
    r"|tỉnh|thành\s+phố|địa\s+phương|tập\s+đoàn|công\s+ty|doanh\s+nghiệp|ngân\s+hàng"
    r"|tổ\s+chức|trường|viện|ủy\s+ban|uỷ\s+ban|ban|quân\s+đội)(?!\w)"
)
#: handed to one receiver ("... cho Đại sứ Nhật Bản", "cho ông X"), not to each other ("cho
#: nhau"): a hand-over to a person unless a ceremony frames it
_TO_RECEIVER: Final = re.compile(r"(?<!\w)cho\s+(?!nhau(?!\w))")
#: the paper between two sides ("... giữa Bộ A và Bộ B", "giữa hai Quốc hội")
_BETWEEN_AFTER: Final = re.compile(r"(?<!\w)giữa(?!\w)")
#: handed to an audience, not to the other side ("cho các phóng viên", "cho đại diện các doanh
#: nghiệp", "cho doanh nghiệp")
_TO_AUDIENCE: Final = re.compile(
    r"(?<!\w)cho\s+(?:đại\s+diện\s+)?(?:(?:các|những|nhiều|một\s+số|\d+)\s+(?!bên(?!\w))"
    r"|doanh\s+nghiệp|phóng\s+viên|nhà\s+báo|báo\s+chí|người\s+dân|học\s+sinh|sinh\s+viên"
    r"|công\s+ty)"
)
#: the clause around the hand-over: no look past these
_CLAUSE_END: Final = re.compile(r"[.;:!?\n]")
_WINDOW: Final = 80


def paper_hand_overs(lower: str, start: int, stop: int) -> Iterator[tuple[int, int, str]]:
    """``(start, end, verb)`` of each signing hand-over in ``lower[start:stop]`` (the lowered
    text), the verb being "trao" or "trao đổi"."""
    for match in _HAND_OVER.finditer(lower, start, stop):
        s, e = match.span()
        before = lower[max(start, s - _WINDOW) : s]
        cut = max(before.rfind(c) for c in ".;:!?\n")
        before = before[cut + 1 :]
        after = lower[e : min(stop, e + _WINDOW)]
        end = _CLAUSE_END.search(after)
        after = after[: end.start()] if end else after
        if _TO_AUDIENCE.search(after):
            continue
        exchange = match.group(1) is not None
        if _CEREMONY.search(before):
            yield s, e, "trao đổi" if exchange else "trao"
        elif (
            not exchange
            and (_TWO_SIDES_BEFORE.search(before) or _BETWEEN_AFTER.search(after))
            and not _TO_RECEIVER.search(after)
        ):
            yield s, e, "trao"
