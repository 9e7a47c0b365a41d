"""Events named as a topic, not reported: the act of an event made a noun by "việc" ("mong sớm
đi tới việc ký hiệp định", "cho rằng việc ký thỏa thuận này giúp ..."), the venue of an
event ("chọn Hà Nội là nơi tổ chức cuộc gặp"), a place described by who visits it ("Lào là
quốc gia đầu tiên Tổng Bí thư đến thăm", "xã Kim Liên, nơi Bác Hồ từng về thăm"), and an
event noun whose own verb is still to come ("chuyến thăm giữa A và B sẽ diễn ra vào tuần
tới"). Each is referred to, not told as having happened; the last is planned.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.sentences import Sentence
from vndiplo_events.triggers import TriggerHit

__all__ = ["named_as_topic", "place_clause_start", "takes_place_later"]

#: "việc (hai bên) ký kết": the nominaliser and at most two words before the trigger ("làm
#: việc", "công việc" are nouns of their own; "chứng kiến việc trao các văn kiện" witnesses
#: the act, which happened)
_ACT_OF: Final = re.compile(
    r"(?<!\w)(?<!làm\s)(?<!công\s)(?<!chứng\skiến\s)việc\s+(?:[^\W\d]+\s+){0,2}$"
)
#: "là nơi tổ chức cuộc gặp", "địa điểm tổ chức hội đàm": the venue, not the event held
_VENUE: Final = re.compile(
    r"(?<!\w)(?:nơi|địa\s+điểm)\s+(?:đăng\s+cai\s+)?(?:tổ\s+chức|diễn\s+ra)\s+"
    r"(?:(?:cuộc|buổi|lễ)\s+)?$"
)
#: "là quốc gia đầu tiên X đến thăm", ", nơi X từng về thăm": a relative clause on a place; its
#: act describes the place (or the trip the page reports in its own sentence), it is not told
_PLACE_CLAUSE: Final = re.compile(
    r"(?:(?<!\w)là\s+(?:quốc\s+gia|nước|đất\s+nước|địa\s+phương|điểm\s+đến|tỉnh|thành\s+phố|nơi)"
    r"(?:\s+(?:đầu\s+tiên|thứ\s+\w+|duy\s+nhất|cuối\s+cùng))?|,\s*nơi)\s+(?:mà\s+)?"
    r"[^\W\d][^,;.:!?()]{0,70}?(?:\s+(?:đã|từng|sẽ|vừa|đến|sang|về|tới))*\s+$"
)
#: an event noun before the trigger ("chuyến đi thăm", "cuộc hội đàm")
_NOUN_BEFORE: Final = re.compile(r"(?<!\w)(?:cuộc|buổi|chuyến|lễ)(?:\s+đi)?\s+$")
#: ... whose own verb, in the same clause, is in the future
_WILL_TAKE_PLACE: Final = re.compile(
    r"[^,;.:!?]{0,100}?(?<!\w)sẽ\s+(?:được\s+tổ\s+chức|diễn\s+ra|được\s+tiến\s+hành)(?!\w)"
)


def named_as_topic(low: str, sentence: Sentence, hit: TriggerHit) -> bool:
    """The trigger names an act or a venue ("việc ký kết", "nơi tổ chức cuộc gặp")."""
    floor = max(sentence.start, hit.start - 40)
    if _ACT_OF.search(low, floor, hit.start) or _VENUE.search(low, floor, hit.start):
        return True
    return _PLACE_CLAUSE.search(low, max(sentence.start, hit.start - 110), hit.start) is not None


def place_clause_start(low: str, sentence: Sentence, hit: TriggerHit) -> int | None:
    """Where the relative clause on a place that holds ``hit`` opens (", nơi X từng về thăm"),
    if it does: the clause's act is its own people's, not the sentence subject's."""
    found = _PLACE_CLAUSE.search(low, max(sentence.start, hit.start - 110), hit.start)
    return found.start() if found is not None else None


def takes_place_later(low: str, sentence: Sentence, hit: TriggerHit, phrase_nominal: bool) -> bool:
    """An event noun whose verb comes after it in the future: "cuộc gặp giữa A và B sẽ diễn
    ra vào tháng tới"."""
    if not (
        phrase_nominal or _NOUN_BEFORE.search(low, max(sentence.start, hit.start - 16), hit.start)
    ):
        return False
    return _WILL_TAKE_PLACE.match(low, hit.end, sentence.end) is not None
