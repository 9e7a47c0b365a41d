"""A welcome verb whose object is a count of visitors or of vehicles is no reception.

"Tỉnh X đã đón tiếp 15 triệu lượt khách", "sân bay đón 2 chuyến bay", "thành phố tiếp đón hơn
500 đại biểu dự hội nghị": a figure of a place's traffic or of a gathering's size, nobody is
received by a host. The blockers of trigger_blockers.py list "đón <carried noun>" right after the
verb; this reads the same class behind a count and after every welcome verb ("đón tiếp du
khách", "tiếp đón 300 hành khách").

What stays a reception: counted delegations ("tiếp 2 đoàn doanh nghiệp"), a small count of
people ("tiếp 3 Đại sứ"), any object with no count ("đón tiếp đoàn đại biểu ...").
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.trigger_blockers import CARRIED
from vndiplo_events.welcome_words import WELCOME_TRIGGERS

__all__ = ["COUNTED_WELCOMES", "counted_crowd", "counted_parties"]

#: the welcome verbs whose object is read (the table's reported phrases)
COUNTED_WELCOMES: Final = WELCOME_TRIGGERS | {"tiếp"}

#: a count right after the verb: approximators, a figure or a number word, magnitude words,
#: "lượt" (visits counted, never one guest)
_COUNT: Final = re.compile(
    r"[ \t]+(?:(?:hơn|gần|khoảng|chừng|trên|dưới|tới|đến|xấp xỉ|ước|hàng|hằng|cả)[ \t]+)*"
    r"(?P<figure>\d[\d.,]*|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài|mấy)?"
    r"(?P<magnitude>(?:[ \t]*(?:trăm|nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?!\w))*)"
    r"(?P<visits>[ \t]*lượt(?!\w))?"
)

#: a figure from which a count of people is a crowd, not guests one receives
_CROWD: Final = 100

_CARRIED_AFTER: Final = re.compile(
    r"[ \t]*(?:"
    + "|".join(sorted((re.escape(w) for w in CARRIED), key=len, reverse=True))
    + r")(?!\w)"
)


def _figure(word: str) -> int:
    digits = word.replace(".", "").replace(",", "")
    return int(digits) if digits.isdigit() else 0


def counted_crowd(low: str, end: int, verb: str) -> bool:
    """The welcome ``verb`` ending at ``end`` of the lower-cased text has a crowd or vehicles for
    its object: magnitude words or "lượt" ("15 triệu lượt khách", "hàng nghìn du khách"), a
    figure of a hundred or more, or a carried noun (citizens, tourists, flights) after a count or
    after a two-word welcome ("đón tiếp du khách"; a bare "tiếp" keeps its own blockers)."""
    match = _COUNT.match(low, end, end + 60)
    if match is None:
        return False
    if match["magnitude"] or match["visits"]:
        return True
    figure = match["figure"]
    if figure is not None and _figure(figure) >= _CROWD:
        return True
    if figure is None and verb == "tiếp":
        return False
    return _CARRIED_AFTER.match(low, match.end()) is not None


#: "họp trực tuyến với 8 tỉnh", "với hơn 60 điểm cầu": a session with a count of parties; a
#: number word is a whole word ("với Bahrain", "với Ban Đối ngoại", "với Chính phủ" name one)
#: and no country's name ("với Ba Lan")
_COUNTED_PARTIES: Final = re.compile(
    r"[ \t]+(?:(?:hơn|gần|khoảng|trên|cả)[ \t]+)?"
    r"(?:\d|(?:hai|ba(?!\s+lan(?!\w))|bốn|năm|sáu|bảy|tám|chín|mười)(?!\w))"
)


def counted_parties(low: str, end: int) -> bool:
    """A remote session "với" (ending at ``end``) is held with a count of parties, not with one
    counterpart: a province-wide or national session, no call. "giữa hai đảng / hai nước"
    counts the two sides of a bilateral one."""
    match = _COUNTED_PARTIES.match(low, end, end + 20)
    if match is None:
        return False
    return not (low.endswith("giữa", 0, end) and match.group().split()[-1] == "hai")
