"""A meeting announced as not happening until later: "Phía chủ nhà nói phải đến thứ Sáu
ông A mới gặp ông B. Sau buổi gặp đó, hai người sẽ cùng ăn tối." The
"phải tới ... mới" (not until) frame tells when the event will come; one of the next two
sentences planning what follows it ("Sau cuộc gặp này, ... sẽ ...") or a schedule opening the
sentence ("Theo chương trình, ...") says it is still to come: a planned event, never the
reported one.
"Phải đến năm 2005, hai nước mới ký ..." with neither is history told as past and stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.sentences import Sentence

__all__ = ["settle_not_until"]

#: "phải tới", "phải đến", "phải đợi đến", "phải chờ tới": the time the event waits for
_NOT_UNTIL: Final = re.compile(r"(?<!\w)phải\s+(?:(?:đợi|chờ)\s+)?(?:tới|đến)\s")
#: "mới", "mới có", "mới có cuộc", right before the trigger
_ONLY_THEN: Final = re.compile(r"(?<!\w)mới\s+(?:có\s+)?(?:(?:cuộc|buổi)\s+)?$")
#: a schedule opening the sentence: "Theo chương trình", "Theo lịch trình", "Theo kế hoạch"
_SCHEDULE: Final = re.compile(r"[\W\d]*theo\s+(?:chương\s+trình|lịch\s+trình|kế\s+hoạch)(?!\w)")
#: the next sentence planning what follows the event: "Sau cuộc gặp này, ... sẽ / dự kiến ..."
#: (a bare "sẽ" is in almost every article, so it must come after "Sau cuộc/buổi ...")
_FUTURE: Final = re.compile(r"[\W\d]*sau\s+(?:cuộc|buổi)\s[^.;!?]*?(?<!\w)(?:sẽ|dự\s+kiến)(?!\w)")
#: how many sentences after the event's may plan what follows it (a link line may come first)
_FUTURE_REACH: Final = 2
#: how far back from the trigger "mới" may stand, and "phải tới" before it
_ONLY_THEN_SPAN: Final = 24
_NOT_UNTIL_SPAN: Final = 200


def settle_not_until(
    low: str, sentences: Sequence[Sentence], candidates: Sequence[Candidate]
) -> list[Candidate]:
    """Reported events framed "phải tới ... mới" and said to be still to come: planned."""
    return [
        c.but(form="referenced", planned=True) if _still_to_come(low, sentences, c) else c
        for c in candidates
    ]


def _still_to_come(low: str, sentences: Sequence[Sentence], cand: Candidate) -> bool:
    if cand.form != "reported":
        return False
    start = cand.hit.start
    sentence = sentences[cand.sentence_index]
    only_then = _ONLY_THEN.search(low, max(sentence.start, start - _ONLY_THEN_SPAN), start)
    if only_then is None:
        return False
    lo = max(sentence.start, only_then.start() - _NOT_UNTIL_SPAN)
    if _NOT_UNTIL.search(low, lo, only_then.start()) is None:
        return False
    if _SCHEDULE.match(low, sentence.start, start):
        return True
    following = sentences[cand.sentence_index + 1 : cand.sentence_index + 1 + _FUTURE_REACH]
    return any(_FUTURE.match(low, s.start, s.end) is not None for s in following)
