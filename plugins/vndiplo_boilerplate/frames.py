"""Occasion frames: how a lead opens when it places the event before it names it.

"Nhân dịp ông X được bầu ...", "Bên lề Hội nghị ...", "Nhận lời mời của ...", "Trong khuôn
khổ chuyến thăm ...", "Tiếp tục chuyến thăm ...", "Được tin ông X từ trần, ...": a lead states
the occasion first, then the event. A summary above the article does not: it says what
happened, undated. So an undated summary-shaped paragraph right above a paragraph that opens
with such a frame is the sapo, and the framed paragraph the lead, as it is above a paragraph
that opens with a date. "Nhân dịp này" points back to a paragraph above it, so it frames
nothing and is not counted.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["opens_with_occasion"]

_OCCASION: Final = re.compile(
    r"(?:nhân dịp(?!\s+(?:này|đó|ấy)\b)|bên lề|nhận lời mời|theo lời mời|trong khuôn khổ"
    # "Được tin ông X từ trần, ngày 21/9, ...": the news a message answers, then the message.
    r"|(?:được|nhận được|hay|nghe) tin\s+[^,.]{3,120}(?=,)"
    # "Tiếp tục chuyến thăm chính thức Nga, sáng 27/7, ...": a day inside a visit.
    r"|tiếp tục (?:chuyến|chương trình|các hoạt động)(?: [^ ,]+){0,2} (?:thăm|công tác|làm việc))\b"
)


def opens_with_occasion(lowered: str) -> bool:
    """The (lower-cased) paragraph opens with an occasion frame (see the module doc)."""
    return _OCCASION.match(lowered) is not None
