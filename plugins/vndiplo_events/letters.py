"""A page that reproduces a letter: the letter is the main event.

"Kính gửi: Ngài X ... Thưa Ngài Bộ trưởng, ... tôi xin gửi lời chúc mừng ..." tells no meeting;
the events inside it ("cuộc hội đàm năm ngoái", "làm việc với Ngài") are what the writer recalls
or hopes for. When the page has a salutation line and its main event is only embedded (or
missing), the letter becomes the main event, a message: its trigger the letter's own sending
words ("gửi lời chúc mừng"), else the address ("Kính gửi").
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.triggers import Trigger, TriggerHit
from vndiplo_events.view import ArticleView

__all__ = ["letter_main"]

#: a salutation on a line of its own: "Thưa Ngài Chủ tịch,", "Thưa ngài Thủ tướng:", "Kính gửi:
#: Ngài X"
_SALUTATION: Final = re.compile(
    r"^[ \t]*(?:thưa\s+ngài\b[^\n.]{0,60}[,:][ \t]*$|kính\s+gửi\s*:)", re.MULTILINE
)
#: the writer's own sending words
_SENDING: Final = re.compile(r"(?<!\w)gửi\s+lời\s+(?:chúc\s+mừng|chia\s+buồn|thăm\s+hỏi)(?!\w)")
#: the address as written
_ADDRESS: Final = re.compile(r"(?<!\w)kính\s+gửi(?!\w)")


def letter_main(view: ArticleView, main: Candidate | None, key: int) -> Candidate | None:
    """The letter as the main event (keyed ``key``), or None when the page is no letter or
    its main event is reported in its own right."""
    if main is not None and not main.embedded:
        return None
    if not view.sentences or _SALUTATION.search(view.lower) is None:
        return None
    body_start = view.sentences[0].start
    found = _SENDING.search(view.lower, body_start) or _ADDRESS.search(view.lower)
    if found is None:
        return None
    text = view.text[found.start() : found.end()]
    index = next((i for i, s in enumerate(view.sentences) if s.start <= found.start() < s.end), 0)
    at = view.sentences[index].start
    trigger = Trigger(view.lower[found.start() : found.end()], "message", None)
    hit = TriggerHit(found.start(), found.end(), text, trigger)
    return Candidate(key, hit, index, "reported", None, found.end(), at)
