"""A summary that points at the headline's meeting, above the dated lead.

Some outlets put the gist of the talks under the headline as one sentence that opens by
pointing at the meeting the headline names, with no date and nobody named ("Tại cuộc hội đàm,
hai bên trao đổi về ...", "Trong cuộc điện đàm, hai nhà lãnh đạo nhất trí ...", "Tại buổi tiếp,
lãnh đạo hai bên ..."), often with the outlet's credit, and then open the article with a dated
lead that tells the meeting itself. A first paragraph cannot point back at a meeting the text
has not told yet: the sentence is a sapo, not the lead (README round 8 #38: a credited
one-line summary under a headline is a sapo). The caller checks that the paragraph below
opens with its date.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_boilerplate.leads import SAPO_MAX_WORDS, generic_subject, mentions_date

__all__ = ["points_at_the_meeting"]

#: "Tại cuộc hội đàm, ", "Trong buổi tiếp này, ", "Tại hội đàm, ", "Qua cuộc điện đàm, ":
#: a frame naming the meeting by its kind only, closed by a comma at once.
_MEETING_FRAME: Final = re.compile(
    r"(?:tại|trong|qua)\s+(?:(?:buổi|cuộc)\s+)?"
    r"(?:hội đàm|hội kiến|tiếp kiến|tiếp|gặp gỡ|gặp|làm việc|điện đàm|trao đổi|hội đàm trực tuyến"
    r"|chào xã giao|hội nghị|tọa đàm|toạ đàm)"
    r"(?:\s+(?:này|trên|đó|hẹp|mở rộng|cấp cao|trực tuyến))?\s*,\s*"
)
#: Subjects that name nobody beside those :func:`generic_subject` knows ("lãnh đạo hai nước").
_BOTH_SIDES: Final = re.compile(
    r"(?:lãnh đạo|đại diện|đại biểu|đoàn)\s+(?:của\s+)?(?:hai|các)\s+"
    r"(?:nước|bên|đảng|bộ|tỉnh|thành phố|quốc gia|địa phương|ngành|cơ quan)\b"
)


def points_at_the_meeting(prose: str, words: int) -> bool:
    """The (lower-cased) prose, past any outlet credit, is a summary that opens by pointing at
    a meeting by its kind alone and goes on with both sides as its subject, with no date."""
    frame = _MEETING_FRAME.match(prose)
    if frame is None or words > SAPO_MAX_WORDS or mentions_date(prose):
        return False
    rest = prose[frame.end() :]
    return generic_subject(rest) or _BOTH_SIDES.match(rest) is not None
