"""The guest of a reception of "the delegation", named as its head anywhere in the article.

"A tiếp và làm việc với đoàn" names the delegation, not its head; the head may come paragraphs
later ("Ông X - Thị trưởng thành phố Y (làm Trưởng đoàn) cảm ơn ...", "Trưởng đoàn X cho biết
..."). The titles stage gives that person the title "Trưởng đoàn"; when the article has exactly
one such person besides the event's sides, the delegation received is theirs.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.candidate import Candidate, SentenceFacts
from vndiplo_events.finishing import with_roles
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView, title_key

__all__ = ["with_delegation_head"]

#: the delegation as the object: "tiếp đoàn", "làm việc với đoàn", "đón tiếp đoàn công tác"
_DELEGATION: Final = re.compile(r"(?<!\w)(?:các\s+)?đoàn(?!\w)")
_HEAD: Final = "trưởng đoàn"
_SIDE_TYPES: Final = frozenset({"reception", "meeting", "talks"})


def with_delegation_head(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """A reception, meeting or talks with a host and "đoàn" as its only other side, with the
    one head of delegation the article names as its guest; so is a delegation that is the
    subject before the act ("Đoàn đại biểu tỉnh A đã hội đàm với đoàn tỉnh B do ông C dẫn
    đầu", its head named in another sentence: "Trưởng đoàn là ông D")."""
    if main.type not in _SIDE_TYPES or bool(main.subjects) == bool(main.objects):
        return main
    sentence = own.sentence
    zone = (main.hit.end, main.zone_end) if main.subjects else (sentence.start, main.hit.start)
    if _DELEGATION.search(view.lower, *zone) is None:
        return main
    sides = {p.name for p in (*main.subjects, *main.objects)}
    heads = {
        p.name: p
        for p in view.people
        if p.name not in sides and any(title_key(t) == _HEAD for t in p.titles)
    }
    if heads:
        named = {m.person.name for m in view.mentions}  # in the body, not a caption only
        heads = {name: p for name, p in heads.items() if name in named}
    if len(heads) != 1:
        return main
    head = next(iter(heads.values()))
    if not main.subjects:
        return with_roles(view, main.but(subjects=(head,)), own, gaz)
    return with_roles(view, main.but(objects=(head,)), own, gaz)
