"""A meeting told right after the act before it, with no subject of its own: "Sau đó, tiến hành
hội đàm.", "Tiếp đó, đã diễn ra cuộc hội đàm.", "Ngay sau đó là hội đàm." The sequence word
and a light verb ("tiến hành", "bước vào", "diễn ra") leave the sides to the act before; the
events stage gives the talks that act's pair, as it does for "hai bên hội đàm" (extract.py).

Only meetings and talks: the acts the pair of a welcome or a meeting goes on to hold. A clause
that names anyone ("Sau đó, Tổng thống X thăm ...") has its own sides and never gets here.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["SEQUEL_TYPES", "is_subjectless_sequel"]

#: the acts a subjectless sequel hands the previous pair
SEQUEL_TYPES: Final = frozenset({"meeting", "talks"})

#: what may stand between the clause start and the act: a sequence word, auxiliaries, a light
#: verb and a classifier, nothing that names a side
_SEQUEL: Final = re.compile(
    r"[\W\d]*(?:(?:ngay|liền)\s+)?"
    r"(?:sau\s+đó|tiếp\s+(?:đó|theo|sau\s+đó)|kế\s+(?:đó|tiếp)|rồi|sau\s+nghi\s+thức\s+(?:này|đó)"
    # the act before named by its noun: "Ngay sau lễ đón, đã diễn ra hội đàm"
    r"|sau\s+(?:lễ|nghi\s+lễ|buổi)\s+(?:đón|đón\s+chính\s+thức|tiếp\s+đón|chào\s+mừng))"
    r"\s*[,:]?\s*(?:là\s+)?(?:các\s+bên\s+)?(?:(?:đã|cũng|sẽ|lại|cùng|liền)\s+)*"
    r"(?:(?:tiến\s+hành|bước\s+vào|chuyển\s+sang|diễn\s+ra|có)\s+)?(?:(?:các|cuộc|buổi)\s+)?"
)


def is_subjectless_sequel(low: str, start: int, trigger: int) -> bool:
    """``low[start:trigger]`` is only a sequence word and light words before the act."""
    return _SEQUEL.fullmatch(low, start, trigger) is not None
