"""A person named inside the "của X" complement of another noun phrase is no side of the act.

"A, Đặc phái viên của Tổng Bí thư X, hội đàm với B", "Được sự ủy quyền của Quốc vương X, A chủ
trì lễ đón", "chuyển Thông điệp của Tổng thống X tới B", "Thay mặt Chủ tịch tỉnh X, A tiếp B":
X only stands behind the noun (the envoy, the authorisation, the message) or the one who acts
for him; A, whom the noun phrase describes or who acts, is the side.

Read by structure, not by listing the nouns: the complement runs from "của" (or "thay mặt") to
the first name after it, with only that person's own titles or an honorific between; the head
is the noun phrase just before "của". X stays a side only when that head names the act itself
or those who take part in it: an act noun with its classifier ("chuyến thăm Lào của X", "cuộc
hội đàm của X"), a delegation ("đoàn của X") or a taking part ("dưới sự chủ trì của X", "với
sự tham dự của X").
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo.model import Person
from vndiplo_events.view import title_key

__all__ = ["in_possessor_complement"]

#: how far before a name its "của" may stand (a long chain of the principal's offices)
_REACH: Final = 260
#: the relation word: "của", or "thay mặt (cho)" (on behalf of), which needs no head noun
_RELATION: Final = re.compile(
    r"(?<!\w)(?:của|(thay\s+mặt|thừa\s+(?:ủy|uỷ)\s+quyền)(?:\s+cho)?)(?!\w)"
)
#: what may not stand between the relation word and the name: a clause or list break
_BREAK: Final = re.compile(r"[.;:!?()\n\"“”]")
#: the first word of an office or an honorific: the complement names a person, not a country
#: or a body ("Đại sứ của Việt Nam tại Lào X": X holds the head office himself)
_PERSON_OPENERS: Final = frozenset(
    {
        *("tổng", "chủ", "thủ", "bộ", "phó", "quốc", "nhà", "vua", "hoàng", "nữ", "bí", "đại"),
        *("trưởng", "thượng", "đặc", "giáo", "nguyên", "cố", "thống", "ủy", "uỷ", "tân"),
        *("đương", "đức", "tể", "cựu", "lãnh", "ngoại", "tư", "công", "chánh", "viện", "thứ"),
        *("thị", "tỉnh", "giám", "tướng"),
    }
)
_HONORIFICS: Final = frozenset({"ông", "bà", "ngài", "đồng"})
#: words of a clause, never of a chain of offices: tense, a day, a move, an act
_CLAUSE_WORD: Final = re.compile(
    r"(?<!\w)(?:đã|sẽ|đang|vừa|sang|khi|ngày|sáng|chiều|tối|hôm|thăm|tiếp|gặp|hội\s+đàm|nhận)(?!\w)"
)
#: a country told by pointing back ("Thủ tướng nước này", "người đồng cấp nước chủ nhà"): an
#: office of the host, never one of the next name's own chain ("của Thủ tướng nước này, Thủ
#: tướng Trung Quốc X": X is the guest, the complement ends at the comma)
_POINTED_COUNTRY: Final = re.compile(
    r"(?<!\w)(?:nước\s+(?:này|đó|bạn|chủ\s+nhà)|sở\s+tại|đồng\s+cấp)(?!\w)"
)
#: the head names the act or its taking part: a classifier of an act or a gathering, a
#: delegation, or a noun of presence or chairing ("sự tham dự", "sự chủ trì")
_SIDE_HEAD: Final = re.compile(
    r"(?<!\w)(?:chuyến|cuộc|buổi|lễ|tiệc|phiên|hội\s+nghị|(?:phái\s+)?đoàn"
    r"|thăm|hội\s+đàm|hội\s+kiến|gặp|điện\s+đàm|tiếp|đón"
    # a message act's own noun ("nhận điện chúc mừng của X"); a bare "Thông điệp của X"
    # handed over by an envoy is not one
    r"|(?:thư|điện|thông\s+điệp|công\s+hàm)\s+(?:chúc\s+mừng|mừng|chia\s+buồn|thăm\s+hỏi"
    r"|cảm\s+ơn|phân\s+ưu|cảm\s+tạ)"
    # credentials received ("nhận quốc thư của Đại sứ X": X presents them); a letter
    # presented ("trình thư ủy nhiệm của Chủ tịch nước C") is its sender's, no side
    r"|nhận\s+(?:bản\s+sao\s+)?(?:quốc\s+thư|thư\s+(?:ủy|uỷ)\s+nhiệm|(?:ủy|uỷ)\s+nhiệm\s+thư)"
    r"|sự\s+(?:tham\s+dự|tham\s+gia|(?:đồng\s+)?chủ\s+trì|chứng\s+kiến|hiện\s+diện|có\s+mặt"
    r"|đón\s+tiếp|tiếp\s+đón)"
    # a statement the side makes at the act: "Đó là khẳng định của Đại sứ X"
    r"|phát\s+biểu|khẳng\s+định|ghi\s+nhận|chia\s+sẻ|nhận\s+định|ý\s+kiến|bày\s+tỏ|nhấn\s+mạnh"
    r"|đánh\s+giá|lời\s+(?:cảm\s+ơn|chào|phát\s+biểu))(?!\w)"
)
#: words that end the head noun phrase on its left: a preposition, a verb of receiving or
#: representing, a conjunction ("theo lời mời của X": the head is "lời mời", not the trip)
_HEAD_START: Final = re.compile(
    r"(?<!\w)(?:theo|với|cho|nhân|được|là|và|về|tại|ở|trao|chuyển|gửi|mang)(?!\w)|[,.;:()\n]"
)


def _names_person(gap: str, person: Person) -> bool:
    """``gap`` (lower-cased, between the relation word and the name) is the person's own
    titles, or an honorific: the complement is this person. Each item of a chain ("Tổng Bí
    thư, Chủ tịch nước Lào") is one of the person's offices; an item that is none, or opens
    with an honorific after a comma ("của Bộ Ngoại giao, Thủ tướng X", "..., bà X"), starts
    a new phrase. A person the titles stage gave no office: one item opening with an office
    word."""
    if _CLAUSE_WORD.search(gap):
        return False
    items = gap.split(",")
    titles = [title_key(t) for t in person.titles]
    for index, item in enumerate(items):
        words = item.split()
        if not words:
            return index == 0 and len(items) == 1
        if words[0] in _HONORIFICS:
            if index:
                return False
            words = words[2:] if words[0] == "đồng" else words[1:]
            if not words:
                continue
        head = " ".join(words)
        if index < len(items) - 1 and _POINTED_COUNTRY.search(head):
            return False
        if titles:
            # also the end of the head's whole title, when the titles stage gave it to the
            # principal named right after it ("Đặc phái viên của Tổng Bí thư")
            if not any(_is_office(head, title) for title in titles):
                return False
        elif len(items) > 1 or words[0] not in _PERSON_OPENERS:
            return False
    return True


def _is_office(item: str, title: str) -> bool:
    """``item`` opens with the office ``title``, or is the end of a longer title the titles
    stage gave the principal (two words at least: a bare country is no office)."""
    return item.startswith(title) or (" " in item and title.endswith(" " + item))


def _head_names_act(low: str, relation: int) -> bool:
    """The noun phrase right before "của" at ``relation`` names an act, its taking part or a
    statement of the act ("phát biểu của X"). The head may stand before the range the caller
    reads (the visit noun before its object zone)."""
    lo = max(0, relation - 140)
    start = lo
    for found in _HEAD_START.finditer(low, lo, relation):
        start = found.end()
    return _SIDE_HEAD.search(low, start, relation) is not None


def in_possessor_complement(low: str, floor: int, start: int, person: Person) -> bool:
    """The mention of ``person`` at ``start`` (``low``: the lower-cased text) stands in the
    "của" complement of a noun phrase that is not the act ("Đặc phái viên của Tổng thống X",
    "sự ủy quyền của Quốc vương X"), or after "thay mặt": X is no side. ``floor``: where the
    sentence or clause starts."""
    lo = max(floor, start - _REACH)
    last = None
    for found in _RELATION.finditer(low, lo, start):
        last = found
    if last is None:
        return False
    gap = low[last.end() : start]
    if _BREAK.search(gap) or not _names_person(gap, person):
        return False
    if last.group(1) is not None:
        return True  # "thay mặt X, A ...": A acts, X is represented
    return not _head_names_act(low, last.start())
