"""An event told "on this occasion" ("Dịp này, X đã tới thăm trường Y", "Nhân dịp này, X cũng
gửi điện mừng Z") happened on the occasion of an event the article tells elsewhere: it is an
aside of that event, never the main one, even when a page prints it first (a page description
copied from the article's last paragraph above the lead)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.sentences import Sentence

__all__ = ["opens_this_occasion", "settle_this_occasion"]

#: "Dịp này,", "Nhân dịp này", "Cũng trong dịp này", "Nhân dịp đó" opening the sentence
_THIS_OCCASION: Final = re.compile(
    r"[\W\d_]*(?:cũng\s+)?(?:(?:nhân|trong|vào)\s+)?dịp\s+(?:này|đó|ấy)(?!\w)"
)


def opens_this_occasion(low: str, sentence: Sentence) -> bool:
    """Whether ``sentence`` opens "on this occasion" ("Nhân dịp này, ..."); ``low`` is the
    lower-cased text."""
    return _THIS_OCCASION.match(low, sentence.start, sentence.end) is not None


def settle_this_occasion(
    low: str, sentences: Sequence[Sentence], candidates: Sequence[Candidate]
) -> list[Candidate]:
    """Reported events in sentences that open "on this occasion" are secondary, when the
    article reports another event with people outside such sentences (the occasion itself)."""
    aside = {
        index
        for index in {c.sentence_index for c in candidates if c.form == "reported"}
        if opens_this_occasion(low, sentences[index])
    }
    if not aside:
        return list(candidates)
    occasion = any(
        c.form == "reported"
        and c.frame is None
        and not (c.embedded or c.secondary)
        and c.participants
        and c.sentence_index not in aside
        for c in candidates
    )
    if not occasion:
        return list(candidates)
    return [
        c.but(secondary=True) if c.sentence_index in aside and c.form == "reported" else c
        for c in candidates
    ]
