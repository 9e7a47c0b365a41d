"""Event words in what a legal text governs ("Nghị định quy định nghi lễ đón, tiếp các đoàn
khách ...", "Thông tư hướng dẫn việc tổ chức hội đàm ...") name kinds of events, not events: a
candidate with no people after "quy định" / "hướng dẫn" in its sentence is only referred to."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.sentences import Sentence

__all__ = ["settle_regulated"]

#: the verb of a rule's scope, before the event word in the same sentence
_GOVERNS: Final = re.compile(r"(?<!\w)(?:quy\s+định|hướng\s+dẫn)(?!\w)")


def settle_regulated(
    low: str, sentences: Sequence[Sentence], candidates: Sequence[Candidate]
) -> list[Candidate]:
    """Reported candidates with no participants in a rule's scope become referenced."""
    out = []
    for cand in candidates:
        if cand.form == "reported" and not cand.participants:
            start = sentences[cand.sentence_index].start
            if _GOVERNS.search(low, start, cand.hit.start) is not None:
                cand = cand.but(form="referenced")
        out.append(cand)
    return out
