"""The person an occasion, a monument or a place is named after takes no part in the event.

"dự lễ kỷ niệm sinh nhật của Quốc vương X", "vào Lăng viếng Chủ tịch Y", "đặt vòng hoa tại Đài
tưởng niệm Z", "thăm Bảo tàng W": X, Y, Z and W name what the event is about or where it is
held, not a side of it. The rule reads the words right before a mention in an object zone: one
of these nouns, then only the words of its own noun phrase ("lần thứ 70 của", titles, "viếng").
A word that opens another phrase ("cùng", "với", "do", "cho", a meeting verb) ends the noun
phrase, so "thăm Bảo tàng cùng Thủ tướng X" keeps X.

A birthday congratulated ("chúc mừng sinh nhật X", "điện mừng sinh nhật X") is addressed to X:
X is the addressee of the message, and stays a side.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.patterns import word_start

__all__ = ["is_namesake"]

#: nouns of occasions, monuments and places that are named after a person
_NOUNS: Final = (
    r"sinh\s+nhật",
    r"ngày\s+sinh",
    r"ngày\s+mất",
    r"ngày\s+giỗ",
    r"lễ\s+giỗ",
    r"lăng",
    r"phần\s+mộ",
    r"ngôi\s+mộ",
    r"khu\s+mộ",
    r"viếng\s+mộ",
    r"đài\s+tưởng\s+niệm",
    r"nhà\s+tưởng\s+niệm",
    r"khu\s+tưởng\s+niệm",
    r"tượng\s+đài",
    r"bức\s+tượng",
    r"pho\s+tượng",
    r"tượng\s+bán\s+thân",
    r"khu\s+di\s+tích",
    r"di\s+tích",
    r"bảo\s+tàng",
    r"nhà\s+lưu\s+niệm",
    r"khu\s+lưu\s+niệm",
    r"đền\s+thờ",
    r"nhà\s+sàn",
    r"quảng\s+trường",
    r"công\s+viên",
    r"đại\s+lộ",
)
#: words that open another phrase: the namesake's noun phrase ends before them
_BREAKS: Final = (
    r"và|cùng|với|do|cho|tại|ở|để|nhằm|sau|trước|khi|đã|sẽ|đang|gặp|tiếp|đón|thăm|dự"
    r"|chào|làm\s+việc|ký|trao|tặng|mời|chủ\s+trì|hội\s+(?:đàm|kiến)|tham\s+quan"
)
#: a namesake noun, then the rest of its noun phrase up to the mention (the end of the window)
_NAMED_AFTER: Final = re.compile(
    word_start(*_NOUNS) + rf"(?!\w)(?:(?!(?<!\w)(?:{_BREAKS})(?!\w))[^;.:,()!?\"“”]){{0,70}}$"
)
#: how far before a mention its namesake noun may stand
_REACH: Final = 90
#: a congratulation: "chúc mừng sinh nhật X" is addressed to X
_CONGRATULATED: Final = ("chúc mừng ", "điện mừng ", "thư mừng ", "hoa mừng ", "quà mừng ")


def is_namesake(low: str, start: int) -> bool:
    """The mention at ``start`` (in ``low``, the lower-cased text) names the person an occasion,
    monument or place before it is named after (module docstring)."""
    found = _NAMED_AFTER.search(low, max(0, start - _REACH), start)
    if found is None:
        return False
    return not low.endswith(_CONGRATULATED, max(0, found.start() - 12), found.start())
