"""The head of a planned delegation named after its sending: the visitor.

"Một phái đoàn kinh tế sẽ được cử sang X vào tháng tới. Được biết, ông Y sẽ dẫn đầu phái
đoàn": the sending (sent_delegation.py) names no one; the head the next sentences give is its
guest.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.sent_delegation import SENT
from vndiplo_events.view import ArticleView

__all__ = ["with_planned_head"]

#: a head named in the sentences after a planned sending: "<name> (sẽ) dẫn đầu (phái) đoàn"
_HEAD_AFTER: Final = re.compile(r"\s*(?:cũng\s+)?(?:sẽ|dự\s+kiến(?:\s+sẽ)?)\s+dẫn\s+đầu\s")
_HEAD_SPAN: Final = 2


def with_planned_head(view: ArticleView, cand: Candidate) -> Candidate:
    """A planned sending with no sides, with the head the next sentences name as its subject
    (the visitor)."""
    if cand.hit.trigger.phrase not in SENT or cand.subjects or cand.objects:
        return cand
    low = view.lower
    last = min(len(view.sentences), cand.sentence_index + 1 + _HEAD_SPAN)
    for sentence in view.sentences[cand.sentence_index : last]:
        for mention in view.mentions_in(max(sentence.start, cand.hit.end), sentence.end):
            if _HEAD_AFTER.match(low, mention.end, sentence.end):
                return cand.but(subjects=(mention.person,))
    return cand
