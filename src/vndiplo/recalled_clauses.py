"""A relative clause that recalls the past of a place or a person, set off inside a sentence.

"Thủ tướng thăm xã X, nơi Bác Hồ từng về thăm năm 1962", "A tiếp B, người đã học tập tại Hà
Nội từ năm 1985", "A thăm tỉnh Y, nơi ông công tác hồi tháng 5/2010": the year or day written in
the clause dates what the clause recalls (an old visit, someone's studies), never the act the
sentence reports, and it says nothing of the page's own year.

The clause is found by its structure: a relative word after a comma or a copula (", nơi",
"là nơi", ", người", "là người") or the past auxiliary "từng" alone, with a past marker inside
the relative clause ("từng", "đã", "hồi", "xưa", "trước đây", "cách đây"), and no punctuation
between it and the date: a comma closes the clause ("Tại X, nơi B từng đến, ngày 5/3, A tiếp C":
the day after the comma is the sentence's). Shared by the dates plugin (the page's year) and the
events plugin (an event's date), which read the same construction.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["recalling_clause_start"]

#: Nouns after "từng" in its other sense, "each" ("từng bước", "từng năm", "từng địa phương").
_EACH: Final = (
    *("bước", "người", "ngày", "năm", "tháng", "tuần", "quý", "lần", "cấp", "loại", "phần"),
    *("lĩnh\\s+vực", "địa\\s+phương", "nội\\s+dung", "thời\\s+kỳ", "giai\\s+đoạn", "cá\\s+nhân"),
    *("đơn\\s+vị", "ngành", "khu\\s+vực", "nước", "quốc\\s+gia", "vấn\\s+đề", "dự\\s+án", "bên"),
    *("chương\\s+trình", "hoạt\\s+động", "trường\\s+hợp", "nhiệm\\s+vụ", "doanh\\s+nghiệp"),
    *("tỉnh", "huyện", "xã", "mặt", "khâu", "thành\\s+viên", "đối\\s+tượng", "sản\\s+phẩm"),
)
#: The opener: a relative word after a comma or a copula, or "từng" (ever) on its own; the
#: rest of the clause, with no punctuation, runs to the end of the text searched.
_OPENER: Final = re.compile(
    r"(?:,\s*(?:(?:cũng|chính)\s+)?|(?<!\w)là\s+)(?P<rel>nơi|người)\s(?!dân|lao\s+động)"
    r"(?P<rest>[^,;:.!?()\n]*)$"
    rf"|(?<!\w)(?P<ever>từng)\s(?!(?:{'|'.join(_EACH)})(?!\w))[^,;:.!?()\n]*$"
)
#: A word of the past inside a relative clause: its act happened before the page's time.
_PAST: Final = re.compile(r"(?<!\w)(?:từng|đã|hồi|xưa|trước\s+đây|cách\s+đây)(?!\w)")
#: How far back from the date its clause may open.
_REACH: Final = 120


def recalling_clause_start(low: str, floor: int, pos: int) -> int | None:
    """Where a relative clause recalling the past opens, when the date at ``pos`` of the
    lower-cased text ``low`` is written inside one (not before ``floor``); else None."""
    start = max(floor, pos - _REACH)
    window = low[start:pos]
    if not any(word in window for word in ("từng", "nơi", "người")):
        return None
    found = _OPENER.search(low, start, pos)
    if found is None:
        return None
    if found["rel"] is not None and _PAST.search(found["rest"]) is None:
        return None  # ", nơi diễn ra Hội nghị ngày 5/3": the venue of the day's own act
    return found.start()
