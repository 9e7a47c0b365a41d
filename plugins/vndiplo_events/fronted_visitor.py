"""The visitor of a visit told in a sentence's opening clause with no subject of its own:
"Vui mừng được sang thăm Hà Nội lần thứ hai, Thủ tướng X nói ..." The opening clause shares
the main clause's subject, so the person who opens the clause after the first comma is the
visitor (the article's visitor, who then is the guest of its meetings: finishing.py). The
clause is background to the main one, so the visit is never the main event for it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.model import Participant
from vndiplo_events.candidate import Candidate
from vndiplo_events.view import ArticleView

__all__ = ["settle_fronted_visitors"]

#: what may open such a clause before the visit's verb: nothing, or the visitor's feeling
#: about the trip ("Rất vui mừng được trở lại thăm", "Hân hạnh lần đầu đến thăm")
_OPENER: Final = re.compile(
    r"[\W\d]*(?:(?:bày\s+tỏ\s+|rất\s+|hết\s+sức\s+)?"
    r"(?:vui\s+mừng|vui|hân\s+hạnh|vinh\s+dự|vinh\s+hạnh|xúc\s+động|phấn\s+khởi|cảm\s+kích)"
    r"(?:\s+(?:được|khi|vì|có\s+dịp|lần\s+đầu(?:\s+tiên)?|một\s+lần\s+nữa))*\s+)?"
    r"(?:(?:sang|đến|tới|trở\s+lại|quay\s+lại)\s+)?"
)
#: titles (no clause break) between the comma and the name: "Tổng thống nước Cộng hòa A "
_TITLES_ONLY: Final = re.compile(r"[^,;.:()\"\u201c\u201d]{0,80}")


def _fronted_visitor(view: ArticleView, cand: Candidate) -> Candidate:
    sentence = view.sentences[cand.sentence_index]
    text, start = view.text, cand.hit.start
    # the trigger opens the sentence's first clause, nobody named before it
    if _OPENER.fullmatch(view.lower, sentence.start, start) is None:
        return cand
    comma = text.find(",", cand.hit.end, sentence.end)
    if comma == -1 or view.mentions_in(cand.hit.end, comma):
        return cand
    after = view.mentions_in(comma + 1, sentence.end)
    if not after or _TITLES_ONLY.fullmatch(text, comma + 1, after[0].start) is None:
        return cand
    visitor = after[0].person
    # the clause is subordinate to what its subject says or does: background, never main
    return cand.but(
        subjects=(visitor,),
        participants=(Participant(visitor.name, "guest"),),
        secondary=True,
    )


def settle_fronted_visitors(view: ArticleView, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Reported visits with nobody on them whose trigger stands in a subjectless opening
    clause, with the person opening the next clause as their visitor."""
    return [
        _fronted_visitor(view, c)
        if c.type == "visit"
        and c.form == "reported"
        and c.frame is None
        and not c.participants
        and not c.subjects
        and not c.hit.trigger.phrase.startswith(("chuyến", "cuộc"))
        else c
        for c in candidates
    ]
