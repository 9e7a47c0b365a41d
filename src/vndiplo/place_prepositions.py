"""The place prepositions "tại" and "ở": one notion, read by every plugin.

Vietnamese writes "at <place>" with either word: "Sáng 4/6, tại Nhà khách Chính phủ, ..." and
"Sáng 4/6, ở Nhà khách Chính phủ, ..." say the same, as do "Đại sứ Việt Nam tại Chile" and
"Đại sứ Việt Nam ở Chile". Rules that find an event's place, a title's posting or a clause's
opening read this module rather than the word "tại", so an outlet's choice of word does not
change the answer.

"ở" is a far commoner word than "tại": it is also a verb ("nơi ở", "ở lại", to live, to stay)
and "at" of a level, a figure, a stage or an age ("ở cấp tỉnh", "ở mức cao", "ở vị trí", "ở
tuổi 70", "ở đây", "ở trong nước"). So "ở" counts as a place preposition only where a place
opens right after it: a capitalised name ("ở Hà Nội", "ở Nhà Quốc hội") or the head noun of a
place ("ở thủ đô Lima", "ở trụ sở Bộ", "ở tỉnh Lào Cai"). "tại" counts everywhere but in the
words it is part of ("hiện tại", "tồn tại") and in "tại sao"/"tại vì" (see events' locations).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "PLACE_HEAD",
    "PLACE_PREPOSITION",
    "PLACE_PREPOSITIONS",
    "is_place_preposition",
    "o_opens_place",
    "place_preposition_at",
    "tells_residence",
]

#: The two words, lower case, as a token's folded form compares.
PLACE_PREPOSITIONS: Final = frozenset({"tại", "ở"})

#: Either word in lower-cased text, with the spaces after it. A digit may touch "tại" ("Chiều
#: 9-11tại Hà Nội": a space lost after a date); "tồn tại" (exist), "hiện tại" (now), "nơi ở",
#: "chỗ ở" (a home) are no preposition. A match on "ở" still needs :func:`o_opens_place`.
PLACE_PREPOSITION: Final = re.compile(
    r"(?:tại(?<![^\W\d]tại)(?<!tồn\stại)(?<!hiện\stại)"
    r"|ở(?<![^\W\d]ở)(?<!nơi\sở)(?<!chỗ\sở))\s+"
)

#: Lower-case head nouns that open a place after "ở" on their own: a building, a seat, a body.
#: Not "cấp", "mức", "vị trí", "trong", "đây", "lại", "tuổi": a level, a figure, a position,
#: "at home", "here", to stay, an age.
PLACE_HEAD: Final = re.compile(
    r"(?:nhà\s+khách|nhà\s+quốc\s+hội|tòa\s+nhà|toà\s+nhà|trụ\s+sở|phủ|hội\s+trường"
    r"|khách\s+sạn|trung\s+tâm|sân\s+bay|đại\s+sứ\s+quán|tổng\s+lãnh\s+sự\s+quán"
    r"|lãnh\s+sự\s+quán|văn\s+phòng|bảo\s+tàng|quảng\s+trường|quốc\s+hội|ủy\s+ban|uỷ\s+ban"
    r"|ubnd)(?!\w)",
    re.IGNORECASE,
)
#: Head nouns that open a place only before a capitalised name: an administrative unit ("ở
#: tỉnh Lào Cai", "ở thủ đô Lima"), a palace ("ở dinh Độc Lập", "ở cung Elysée"); "xã hội",
#: "dinh dưỡng", "cung cấp" are other words.
_UNIT_HEAD: Final = re.compile(
    r"(?:thủ\s+đô|thành\s+phố|tp\.?|tỉnh|bang|thị\s+xã|huyện|quận|xã|phường|đặc\s+khu"
    r"|dinh|cung|lăng|điện)\s*(?=[^\W\d_])",
    re.IGNORECASE,
)


#: Nouns of a level, a stage, a field, a figure or a position, which "ở" opens in any case,
#: Title Case too ("Ở Cấp Bộ, ...", "Ở Khâu Chuẩn bị, ..."): never a place.
_NO_PLACE: Final = re.compile(
    r"(?:cấp|khâu|giai\s+đoạn|lĩnh\s+vực|mức|vị\s+trí|cương\s+vị|góc\s+độ|phương\s+diện"
    r"|khía\s+cạnh|tầm|độ\s+tuổi|tuổi|thời\s+điểm|thời\s+kỳ|vòng|chặng|bước|phần|nội\s+dung"
    r"|trình\s+độ|quy\s+mô|phạm\s+vi|đây|đó|trong|ngoài|lại"
    # a level of government, not a place: "ở Trung ương và địa phương"
    r"|trung\s+ương|địa\s+phương"
    # a document, which "ở" opens after a verb of showing or lying ("thể hiện ở Tuyên bố chung",
    # "nằm ở Nghị quyết 68"): what it says, not where anyone meets
    r"|tuyên\s+bố|nghị\s+quyết|nghị\s+định|hiệp\s+định|hiệp\s+ước|thỏa\s+thuận|thoả\s+thuận"
    r"|văn\s+kiện|hiến\s+chương|hiến\s+pháp|luật|chỉ\s+thị|công\s+ước|kết\s+luận)(?!\w)",
    re.IGNORECASE,
)


def o_opens_place(text: str, at: int) -> bool:
    """A place opens at ``at`` in ``text`` (cased): a place head noun, an administrative unit
    before its name, or a capitalised word that is not a level or a stage."""
    if at >= len(text):
        return False
    if PLACE_HEAD.match(text, at) is not None:
        return True
    if text[at].isupper():
        return _NO_PLACE.match(text, at) is None
    unit = _UNIT_HEAD.match(text, at)
    return unit is not None and text[unit.end()].isupper()


#: A group of people right before the preposition: it says where they live ("cộng đồng người
#: Việt ở / tại Thượng Hải", "người dân ở biên giới", "kiều bào tại Lào"), not where an event
#: is held.
_RESIDENTS: Final = re.compile(
    r"(?<!\w)(?:người(?:\s+\w+)?|dân|cộng\s+đồng|kiều\s+bào|bà\s+con|đồng\s+bào|công\s+dân"
    r"|sinh\s+viên|du\s+học\s+sinh|lưu\s+học\s+sinh|doanh\s+nghiệp|nhà\s+đầu\s+tư)\s+$"
)


def tells_residence(low: str, at: int) -> bool:
    """The preposition at ``at`` of lower-cased ``low`` follows a group of people: where
    they live."""
    return _RESIDENTS.search(low, max(0, at - 30), at) is not None


def place_preposition_at(text: str, low: str, at: int) -> re.Match[str] | None:
    """The place preposition opening at ``at`` (spaces before it skipped) in ``text`` and its
    lower case ``low``, with the spaces after it; an "ở" only before a place."""
    while at < len(low) and low[at].isspace():
        at += 1
    found = PLACE_PREPOSITION.match(low, at)
    if found is None:
        return None
    if low[at] == "ở" and not o_opens_place(text, found.end()):
        return None
    return found


def is_place_preposition(word: str, text: str = "", after: int = -1) -> bool:
    """``word`` (any case) is a place preposition; an "ở" only when ``text`` opens a place at
    ``after`` (see :func:`o_opens_place`). Without ``text`` "ở" is taken as one: the caller
    knows a place follows (a title's posting, "Đại sứ Việt Nam ở Chile")."""
    low = word.lower()
    if low == "tại":
        return True
    if low != "ở":
        return False
    return after < 0 or o_opens_place(text, after)
