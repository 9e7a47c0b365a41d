"""Acts the page dates in the past relative to its own time: recalled, never its news.

"Trong chuyến thăm Anh của Thủ tướng A hồi tháng 3 năm ngoái, hai Bộ đã ký Bản ghi nhớ": the
visit and the signing its fronted frame dates happened a year before the page. A past-relative
time ("năm ngoái", "năm trước", "hồi tháng 3", "cách đây hai năm", "lần trước") dates the act
of its own clause; written in a fronted frame that opens the sentence, every act of the
sentence's main clause too (as "Trước đó, ..." does, earlier_acts.py). A present or future
word after it ("nay", "hiện", "sẽ", "vừa") opens a clause of the page's own time.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.sentences import Sentence
from vndiplo_events.triggers import TriggerHit

__all__ = ["recalled_by_time", "recalled_without_sides"]

#: a time counted back from the page's own: "năm ngoái", "năm trước", "hồi tháng 3", "hồi năm
#: 2019", "cách đây 5 năm", "trước đây", "lần trước"; "hồi" before a clock time ("hồi 10 giờ
#: sáng nay") is today's
_PAST_TIME: Final = re.compile(
    r"(?<!\w)(?:năm\s+(?:ngoái|trước|rồi)|hồi\s+(?:tháng|năm|đầu|cuối|giữa)"
    r"|cách\s+đây\s+(?:\S+\s+){0,2}?(?:năm|tháng|thập\s+kỷ)|trước\s+đây|lần\s+trước)(?!\w)"
)
#: what every sentence with a past time holds: a plain find before the scan
_WORDS: Final = ("năm", "hồi", "cách đây", "trước")
#: a word of the page's own time after the past one: a new clause ("... năm ngoái, nay ...")
_NOW: Final = re.compile(r"(?<!\w)(?:nay|hiện|sẽ|vừa|đang|sắp)(?!\w)")
#: a when-clause after its head clause's comma ("..., khi hai bên ký ...")
_WHEN: Final = re.compile(r"\s*(?:khi|lúc)(?!\w)")
#: the fronted frames whose time dates the main clause after their comma
_FRONTED: Final = re.compile(r"[\W\d]*(?:trong|tại|nhân|sau|hồi|vào|năm|giữa|đầu|cuối)(?!\w)")


def _clause(low: str, sentence: Sentence, pos: int) -> tuple[int, int]:
    """The span of the clause holding ``pos``: between the punctuation around it."""
    start = max(low.rfind(c, sentence.start, pos) for c in ",;:")
    ends = [e for e in (low.find(c, pos, sentence.end) for c in ",;:") if e != -1]
    return (start + 1 if start != -1 else sentence.start), min(ends, default=sentence.end)


def recalled_by_time(low: str, sentence: Sentence, hit: TriggerHit) -> bool:
    """True if a past-relative time dates ``hit``: in its own clause, or in a fronted frame
    opening the sentence, with no word of the page's time after it before the hit."""
    if not any(low.find(w, sentence.start, sentence.end) != -1 for w in _WORDS):
        return False
    start, end = _clause(low, sentence, hit.start)
    if start > sentence.start and _WHEN.match(low, start):
        # "A thăm Đức hồi năm 2019, khi hai bên ký ...": the when-clause takes its head's time
        start = _clause(low, sentence, start - 1)[0]
    past = _PAST_TIME.search(low, start, end)
    if past is not None:
        return _NOW.search(low, past.end(), hit.start) is None
    comma = low.find(",", sentence.start, hit.start)
    if comma == -1 or _FRONTED.match(low, sentence.start) is None:
        return False
    if low.find(";", comma, hit.start) != -1:
        return False
    fronted = _PAST_TIME.search(low, sentence.start, comma)
    return fronted is not None and _NOW.search(low, fronted.end(), hit.start) is None


#: how many months before the page's an act's own date must lie to be another time's act
_MONTHS_BACK: Final = 2
_YEAR_MONTH: Final = re.compile(r"(\d{4})-(\d\d)")


def recalled_without_sides(cand: Candidate, published: date | None) -> bool:
    """``cand``, chosen as main for want of any act naming people, is an act of another time:
    reported with no one on either side and dated by its own words months before the page
    ("hiệp định CPTPP đã được ký kết từ tháng 03/2018" on a page of October 2018, "Quy chế ...
    ký ngày 05/12/2013" on a decree of March 2014): the page recalls it, it reports no act
    (round 18, PAST-SIGNING-ON-NO-MEETING-PAGE). An act with its people, or one of the page's
    month, stays."""
    if published is None or cand.form != "reported" or cand.date is None:
        return False
    if cand.participants or cand.subjects or cand.objects:
        return False
    m = _YEAR_MONTH.match(cand.date_value) if isinstance(cand.date_value, str) else None
    if m is None:
        return False
    months = (published.year - int(m.group(1))) * 12 + published.month - int(m.group(2))
    return months >= _MONTHS_BACK
