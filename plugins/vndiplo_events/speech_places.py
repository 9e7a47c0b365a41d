"""A place inside what someone says belongs to the speech, not to the act it follows.

"A tiếp B và khẳng định Việt Nam sẵn sàng tổ chức hội nghị tại Đà Nẵng", "Tại buổi tiếp, B cho
biết: trong những ngày ở Việt Nam, ...", "..., nhấn mạnh vai trò của Hội nghị ở Lima": once a
reporting verb, a colon or an opening quotation mark has come after the act's word, what
follows is the content told, and a "tại" or "ở" in it says where that content is, never where
the act took place (README round 13, BI09). The verbs are the statements' (statements.py).
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.patterns import word_start
from vndiplo_events.statements import DEFAULT_VERBS

__all__ = ["SPEECH_AFTER_AND", "in_speech"]

#: a reporting verb, "nói" (say) included; "phát biểu tại X" places the speech itself
_VERB_WORDS: Final = tuple(r"\s+".join(v.split()) for v in (*DEFAULT_VERBS, "nói"))
_SPEECH: Final = re.compile(word_start(*_VERB_WORDS) + r"(?!\w)|[:“]")
#: "và" opening a reporting verb, which ends a place phrase before it ("tại Phủ Chủ tịch và
#: khẳng định ..."); a pattern for the place phrase's stops (locations.py)
SPEECH_AFTER_AND: Final = r"và\s+(?:" + "|".join(_VERB_WORDS) + r")"


def in_speech(low: str, hit_end: int, at: int) -> bool:
    """Whether a reporting verb, a colon or an opening quotation mark stands between the act's
    word ending at ``hit_end`` and the place preposition at ``at``."""
    return _SPEECH.search(low, hit_end, at) is not None
