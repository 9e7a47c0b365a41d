"""A summary above the lead that names the day the lead names again.

Many outlets print a one-sentence summary under the headline that carries the event's day
("Trưa 3-9, 212 đại biểu đã bấm nút thông qua ...") and then open the article with a lead that
says the same day again inside its own first clause ("Ủy ban chiều nay, 3-9, đã biểu quyết
...", "Kết quả kiểm phiếu trưa 3/9 cho thấy ..."). An article names its day once in the lead;
the second paragraph of a story goes on from it ("Tại buổi tiếp, ...", "Cũng trong chiều 3/9,
...") rather than dating itself afresh. So a dated first paragraph whose day the next paragraph
gives again near its start, without pointing back, is the summary and not the article - as long
as both tell of the same act. A digest of one leader's day ("Hoạt động của Thủ tướng ngày 18/6")
opens each paragraph on the same day with another act ("Sáng 18/6, ... tiếp ..." above "Sáng
18/6, ... dự lễ khởi công ..."): two paragraphs whose acts share no family are two reports.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "CLAUSE_AFTER_DAY_WORDS",
    "LEAD_DAY_CHARS",
    "LEAD_MIN_WORDS",
    "day_named",
    "families",
    "names_an_act",
    "points_back",
    "same_act_again",
    "same_day_again",
    "shares_an_act",
]

_PART_OF_DAY: Final = r"(?:rạng sáng|sáng sớm|sáng|trưa|chiều tối|chiều|tối|đêm|khuya)"
# A day named as a date phrase: a part of the day (with "nay" or "hôm nay", a comma or a
# bracket) or "ngày" before a day and month: "sáng 7/4", "chiều nay, 11-11", "trưa nay (3.9)",
# "ngày 20-1". The bare number pair is not enough (scores, ratios, article numbers).
_NAMED_DAY: Final = re.compile(
    rf"\b(?:({_PART_OF_DAY})(?:\s+(?:hôm\s+)?nay)?\s*,?\s*(?:ngày\s+)?|ngày\s+)"
    r"\(?\s*(\d{1,2})\s?[/.\-]\s?(\d{1,2})(?![\d])"
)
#: Words the lead needs: a shorter line below a summary is a caption or a label.
LEAD_MIN_WORDS: Final = 12
#: Words the lead goes on with past its day.
CLAUSE_AFTER_DAY_WORDS: Final = 5
#: How far into the lead (in characters) its day may stand: its opening clause.
LEAD_DAY_CHARS: Final = 160
# How a paragraph that goes on from the one above opens: a link back to it ("cùng ngày",
# "cũng trong sáng 7/4", "tại buổi tiếp", "sau đó", "nhân dịp này").
_POINTS_BACK: Final = re.compile(
    r"(?:\S+\s+){0,3}?(?:cùng|cũng|đó|này|đây|trên)\b"
    r"|(?:tại|trong|sau|trước)\s+(?:buổi|cuộc|lễ|phiên|hội)\b"
)


def day_named(lowered: str, end: int | None = None) -> tuple[str, int, int] | None:
    """The part of the day ("" for none), day and month of the first date phrase in the
    (lower-cased) text, up to ``end``. The part of the day counts: a paragraph that goes on
    from a lead tells the day more closely ("ngày 20/6" above, "rạng sáng 20/6" below), a
    summary and its lead say it alike."""
    found = _NAMED_DAY.search(lowered, 0, len(lowered) if end is None else end)
    return None if found is None else _key(found)


def _key(found: re.Match[str]) -> tuple[str, int, int] | None:
    day, month = int(found.group(2)), int(found.group(3))
    return (found.group(1) or "", day, month) if 1 <= day <= 31 and 1 <= month <= 12 else None


def points_back(lowered: str) -> bool:
    """The (lower-cased) paragraph opens by pointing back at the one above it."""
    return _POINTS_BACK.match(lowered) is not None


def same_day_again(summary: str, lead: str) -> bool:
    """The (lower-cased) lead gives again, in its opening clause, the day the summary names,
    and does not open by pointing back at it (see the module doc). The lead goes on past its
    day for a clause: a photo's caption closes with the day ("A tiếp B, chiều 18/2.")."""
    mine = day_named(summary)
    if mine is None or points_back(lead):
        return False
    found = _NAMED_DAY.search(lead, 0, LEAD_DAY_CHARS)
    return (
        found is not None
        and _key(found) == mine
        and len(lead[found.end() :].split()) >= CLAUSE_AFTER_DAY_WORDS
    )


# Act words by family: a summary and its lead tell one act in words of one family ("tiếp" and
# "đón", "biểu quyết" and "thông qua"); paragraphs whose acts share no family report two acts.
_ACT_FAMILIES: Final = re.compile(
    r"(?<!\w)(?:"
    r"(?P<receive>tiếp(?!\s+(?:tục|theo|thu|cận|nhận|giáp|sức|tế|thị|quản|đó|diễn|xúc)(?!\w))"
    r"|đón(?!\s+nhận)|hội\s+kiến|chào\s+(?:xã\s+giao|từ\s+biệt|cấp\s+cao))"
    r"|(?P<talks>hội\s+đàm|đàm\s+phán)"
    r"|(?P<meet>gặp|làm\s+việc|tiếp\s+xúc|trao\s+đổi)"
    r"|(?P<call>điện\s+đàm|gọi\s+điện|trực\s+tuyến)"
    r"|(?P<visit>thăm|viếng|công\s+du)"
    r"|(?P<attend>(?:tham\s+)?dự(?!\s+(?:án|kiến|thảo|báo|toán|trữ|phòng)(?!\w))|khai\s+mạc"
    r"|bế\s+mạc|chủ\s+trì|khởi\s+công|khánh\s+thành|động\s+thổ)"
    r"|(?P<message>gửi\s+(?:thư|điện)|điện\s+mừng|thư\s+chúc|chia\s+buồn)"
    r"|(?P<sign>ký(?!\s+(?:giả|ức|sự|hiệu|túc)(?!\w))|trao\s+(?:tặng|quyết\s+định))"
    r"|(?P<vote>biểu\s+quyết|thông\s+qua|bầu|tán\s+thành|kiểm\s+phiếu|phê\s+chuẩn)"
    r")(?!\w)"
)
#: How much of the lead tells its act: its opening sentence, at most this many characters.
LEAD_ACT_CHARS: Final = 300


def families(lowered: str) -> set[str]:
    """The act families the whole (lower-cased) text names ("receive", "talks", ...)."""
    return _families(lowered, len(lowered))


def names_an_act(lowered: str) -> bool:
    """The (lower-cased) text names an act of any family ("tiếp", "hội đàm", "gửi điện")."""
    return _ACT_FAMILIES.search(lowered) is not None


def _families(lowered: str, end: int) -> set[str]:
    return {m.lastgroup for m in _ACT_FAMILIES.finditer(lowered, 0, end) if m.lastgroup}


def same_act_again(summary: str, lead: str) -> bool:
    """The (lower-cased) lead's opening sentence tells an act of a family the summary tells,
    or one of them names no act word at all (a vote told as a result, a session closing)."""
    stop = lead.find(". ", 0, LEAD_ACT_CHARS)
    below = _families(lead, stop if stop != -1 else LEAD_ACT_CHARS)
    if not below:
        return True
    above = _families(summary, len(summary))
    return not above or not above.isdisjoint(below)


def shares_an_act(summary: str, lead: str) -> bool:
    """Stricter than :func:`same_act_again`: both name an act, and the (lower-cased) lead's
    opening sentence tells one of a family the summary tells."""
    stop = lead.find(". ", 0, LEAD_ACT_CHARS)
    below = _families(lead, stop if stop != -1 else LEAD_ACT_CHARS)
    return bool(below) and not below.isdisjoint(_families(summary, len(summary)))
