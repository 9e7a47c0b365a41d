"""The guest of a meeting or talks by the delegation its sentence says one side leads.

"Trong cuộc gặp đoàn đại biểu Đảng X do Bí thư B dẫn đầu tại Hà Nội, A khẳng định ...", "A hội
đàm với đoàn Bộ Quốc phòng Y do Bộ trưởng B làm trưởng đoàn": the head of the delegation
travelled to meet the other side, who receives it (README round 4: the visitor is the guest).
Only when the sentence names one head among the sides and no earlier step set a host; two
delegations led ("đoàn A do X dẫn đầu và đoàn B do Y dẫn đầu") say nothing of who travelled.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.candidate import Candidate, SentenceFacts
from vndiplo_events.finishing import with_travelling
from vndiplo_events.view import ArticleView

__all__ = ["with_delegation_guest"]

#: "... dẫn đầu", "... làm trưởng đoàn" after the head's name ("do <titles> <name> dẫn đầu")
_LEADS: Final = re.compile(r"[^.;,\n]{0,60}?(?<!\w)(?:dẫn\s+đầu|làm\s+trưởng\s+đoàn)(?!\w)")
#: how far before "do" the word "đoàn" may be
_DELEGATION_REACH: Final = 90
_SIDE_TYPES: Final = frozenset({"meeting", "talks"})


def with_delegation_guest(view: ArticleView, main: Candidate, own: SentenceFacts) -> Candidate:
    """``main`` with the head of the delegation it names as guest, the other side as host."""
    if main.type not in _SIDE_TYPES or any(p.role == "host" for p in main.participants):
        return main
    if not main.subjects or not main.objects:
        return main
    low = view.lower
    sentence = own.sentence
    sides = {p.name for p in (*main.subjects, *main.objects)}
    heads: set[str] = set()
    for mention in view.mentions_in(sentence.start, sentence.end):
        # "do Bí thư Toàn quốc B": "do", the head's titles, the name
        cut = low.rfind(" do ", max(sentence.start, mention.start - 60), mention.start)
        if cut == -1 or any(mark in low[cut : mention.start] for mark in ",;."):
            continue
        if low.rfind("đoàn", max(sentence.start, cut - _DELEGATION_REACH), cut) == -1:
            continue
        if _LEADS.match(low, mention.end, sentence.end) is None:
            continue
        heads.add(mention.person.name)
    if len(heads) != 1 or not heads <= sides:
        return main
    return with_travelling(main, frozenset(heads))
