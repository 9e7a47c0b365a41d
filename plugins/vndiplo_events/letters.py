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
from vndiplo_events.participants import assign_roles
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


#: the writer's closing wish to the one addressed: "Tôi chúc Ngài ...", "Chúng tôi kính chúc
#: Ngài ...", "Tôi xin chúc Ngài ..."
_CLOSING: Final = re.compile(
    r"(?<!\w)(?:tôi|chúng\s+tôi)\s+(?:xin\s+)?(?:trân\s+trọng\s+|kính\s+)?(chúc)\s+ngài(?!\w)"
)
#: at most this many characters of office after the signer's name, to the end of the body
_SIGNATURE_TAIL: Final = 160


def letter_main(view: ArticleView, main: Candidate | None, key: int) -> Candidate | None:
    """The letter as the main event (keyed ``key``), or None when the page is no letter or
    its main event is reported in its own right."""
    if main is not None and not main.embedded:
        return None
    if not view.sentences:
        return None
    if _SALUTATION.search(view.lower) is None:
        return _signed_letter(view, key)
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


def _signed_letter(view: ArticleView, key: int) -> Candidate | None:
    """A letter with no salutation that closes on the writer's wish to "Ngài" and then its
    signature, the signer's name at the start of a line with only an office after it, to
    the end of the body: the signer's message, triggered by the wish."""
    low = view.lower
    body_start = view.sentences[0].start
    closing = None
    for found in _CLOSING.finditer(low, body_start):
        closing = found  # the last closing: the letter's end
    if closing is None:
        return None
    index = next(
        (i for i, s in enumerate(view.sentences) if s.start <= closing.start() < s.end), None
    )
    if index is None:
        return None
    after = view.sentences[index].end
    end = view.sentences[-1].end
    signer = next(iter(view.mentions_in(after, end)), None)
    if signer is None or low[signer.start - 1] != "\n":
        return None  # the name opens its own line
    if any(c in low[after : signer.start] for c in ".;!?") or end - signer.end > _SIGNATURE_TAIL:
        return None
    if any(c in low[signer.end : end] for c in ".;!?"):
        return None  # a sentence after the name: no signature
    start, stop = closing.span(1)
    trigger = Trigger(low[start:stop], "message", None)
    hit = TriggerHit(start, stop, view.text[start:stop], trigger)
    cand = Candidate(key, hit, index, "reported", None, stop, view.sentences[index].start)
    subjects = (signer.person,)
    participants, cameo = assign_roles("message", None, subjects, (), (), None)
    return cand.but(subjects=subjects, participants=participants, cameo=cameo)
