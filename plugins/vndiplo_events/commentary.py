"""Sentences that comment on events rather than report one.

A commentator's "now": "Nay ông X viếng thăm A trong khi ông Y thăm B" sums up what is going
on to argue about it; with no day written, it reports no event of the page, it refers to one
(T12). A news report says when ("Hôm nay", "Sáng 5/6"), so a dated sentence stays reported.

A recalled role: "A đón ông B, khi đó là Tổng thống Nga, ...", "khi còn là Thủ tướng, C đã thăm
D": the office is told as one held then, so the sentence recalls an act of that time; its acts
are references, never the page's event.

A time comparison: "Đây cũng là thời điểm Ngoại trưởng X thăm A", "Điều này trùng với dịp
Y được đón tiếp ở B": the sentence equates the page's time with another act to set it beside
the page's own; the act after the time noun is a reference, never the page's event, even with
a date. Acts before the time noun ("Chuyến thăm diễn ra vào thời điểm ...") keep their form.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.sentences import Sentence
from vndiplo_events.view import ArticleView

__all__ = ["commentary_now", "recalls_a_role", "time_comparison_end"]

#: the sentence opens on a bare "now" ("Hôm nay" is a news day, not this)
_NOW: Final = re.compile(r"[\W_]*(?:nay|giờ\s+đây|bây\s+giờ)(?!\w)")

#: a demonstrative subject ("Đây", "Điều này", "Chuyến thăm này") equated with or coinciding
#: with a time noun: "Đây cũng là thời điểm", "Đó trùng vào khoảng thời gian", "... rơi đúng
#: dịp". "Đây là dịp để hai bên trao đổi" (a purpose, no coincidence verb) is not one.
_COMPARISON: Final = re.compile(
    r"[\W_]*(?:đây|đó|điều\s+(?:này|đó)|việc\s+này|sự\s+kiện\s+(?:này|đó)"
    r"|(?:chuyến|cuộc)\s+(?:thăm|đi|công\s+tác|gặp|hội\s+đàm)(?:\s+lần)?\s+(?:này|đó))"
    r"(?:\s+(?:cũng|lại|còn))?\s+"
    r"(?:(?:là|diễn\s+ra)\s+(?:(?:vào|đúng|trong|cùng)\s+)?(?:khoảng\s+)?"
    r"(?:thời\s+điểm|thời\s+gian|lúc)"
    r"|(?:trùng|rơi|đúng)\s+(?:(?:vào|với|đúng)\s+)?(?:khoảng\s+|đúng\s+)?"
    r"(?:thời\s+điểm|thời\s+gian|lúc|dịp))(?!\w)(?!\s+để)"
)


def commentary_now(view: ArticleView, sentence: Sentence) -> bool:
    """The sentence opens on "Nay"/"Giờ đây"/"Bây giờ" and writes no date."""
    return _NOW.match(view.lower, sentence.start, sentence.end) is not None and not view.dates_in(
        sentence.start, sentence.end
    )


def time_comparison_end(lower: str, sentence: Sentence) -> int | None:
    """Where the time noun of an opening time comparison ends, if the sentence opens on one:
    acts after it are set beside the page's event, not reported."""
    found = _COMPARISON.match(lower, sentence.start, sentence.end)
    return found.end() if found is not None else None


#: an office told as held at the time of the act, not now
_RECALLED_ROLE: Final = re.compile(
    r"(?<!\w)(?:khi|lúc|hồi)\s+(?:đó|ấy|bấy\s+giờ|còn)(?:\s+(?:đang|còn))?\s+(?:là|giữ\s+chức)(?!\w)"
)


def recalls_a_role(view: ArticleView, sentence: Sentence) -> bool:
    """The sentence tells someone's office as held then ("ông B, khi đó là Tổng thống Nga")."""
    low = view.lower
    start, end = sentence.start, sentence.end
    if all(low.find(word, start, end) == -1 for word in ("khi ", "lúc ", "hồi ")):
        return False  # most sentences: plain finds before the regex
    return _RECALLED_ROLE.search(low, sentence.start, sentence.end) is not None
