"""The nouns around a trigger that change how it reads: one event noun governing two verbs
("buổi tiếp và làm việc với X"), a noun that makes the reporting verb "mời" a noun ("lời mời",
"thư mời"), a light verb reporting an event noun ("sẽ có chuyến thăm").

Kept apart from candidate finding (finding.py), which asks these questions of each hit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.cues import Cues
from vndiplo_events.sentences import Sentence
from vndiplo_events.triggers import TriggerHit

__all__ = ["invitation_noun", "light_noun", "noun_pair_next"]

#: "buổi tiếp và làm việc với X": one event noun governs both verbs
_NOUN_AND: Final = re.compile(r"\s+và\s+")
#: how far before "mời" its noun may start ("giấy mời")
_NOUN_SPAN: Final = 8


def noun_pair_next(
    cues: Cues, low: str, sentence: Sentence, hits: Sequence[TriggerHit], i: int
) -> bool:
    """``hits[i]`` is a bare verb under an event noun and ``hits[i + 1]`` the second verb the
    noun governs ("Tại buổi tiếp và làm việc với X, ..."): one event (callers check that
    ``hits[i]`` is a back-reference)."""
    if i + 1 >= len(hits) or not _NOUN_AND.fullmatch(low, hits[i].end, hits[i + 1].start):
        return False
    hit = hits[i]
    if hit.trigger.phrase.startswith(cues.nominal_prefixes):
        return False
    return bool(cues.nominal.search(low, max(sentence.start, hit.start - 12), hit.start))


def invitation_noun(cues: Cues, low: str, verb: re.Match[str]) -> bool:
    """The reporting verb is the "mời" of a noun ("lời mời", "thư mời"), not a verb. Only
    "mời" can be: "Tổng Bí thư hoan nghênh X thăm" embeds the visit, and "Bí thư mời X sang
    thăm" is a verb too (the cue's look-behind: the "thư" of "Bí thư" is no letter)."""
    if verb.group() != "mời":
        return False
    # searched in place, not on a slice, so that the cue's look-behind sees "bí"
    found = cues.invitation_noun.search(low, max(0, verb.start() - _NOUN_SPAN), verb.start())
    return found is not None


def light_noun(cues: Cues, low: str, sentence: Sentence, hit: TriggerHit) -> bool:
    """The event noun follows a light verb ("sẽ có chuyến thăm", "dự kiến có chuyến thăm")."""
    return cues.light_verb.search(low, max(sentence.start, hit.start - 30), hit.start) is not None
