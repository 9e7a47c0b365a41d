"""The host of a visit named after it, by who welcomed the delegation: "Đón tiếp và làm việc
với đoàn, về phía tỉnh X có (:) đồng chí Y" (Y hosts), as "Tiếp đoàn có Y" names a reception's."""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.candidate import Candidate, SentenceFacts, unique_people
from vndiplo_events.companions import principals
from vndiplo_events.finishing import with_roles
from vndiplo_events.places import Gazetteer
from vndiplo_events.semicolon_lists import list_items
from vndiplo_events.view import ArticleView

__all__ = ["with_welcoming_host"]

#: a sentence that opens on who welcomed the delegation, the host after "có"
_WELCOMED_BY: Final = re.compile(
    r"\W*(?:đón\s+tiếp|tiếp\s+đón|tiếp)(?:\s+và\s+làm\s+việc)?(?:\s+với)?\s+(?:các\s+)?đoàn"
    r"[^.;:]{0,60}?\s(?:còn\s+)?có\s*:?\s+(?:(?:ông|bà|ngài|đồng\s+chí)\s+)?"
)
#: how many sentences after the visit's own the welcome may be told
_REACH: Final = 2


def with_welcoming_host(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """A visit that names its guest only (no host: an inviter is none), with the first person
    named as welcoming the delegation in the next sentences as its host."""
    if (
        main.type != "visit"
        or not main.subjects
        or any(p.role == "host" for p in main.participants)
    ):
        return main
    low = view.lower
    first = main.sentence_index
    for sentence in view.sentences[first + 1 : first + 1 + _REACH]:
        welcomed = _WELCOMED_BY.match(low, sentence.start, sentence.end)
        if welcomed is None:
            continue
        named = principals(low, view.mentions_in(welcomed.end(), sentence.end))
        guests = {p.name for p in main.subjects}
        # "có: Bí thư A; Phó Bí thư B; Chủ tịch C": each item of a ";" list welcomed them
        listed = list_items(view, named[0], sentence.end) if named else []
        hosts = [m.person for m in listed if m.person.name not in guests]
        if not hosts:
            return main
        return with_roles(view, main.but(objects=unique_people(hosts)), own, gaz)
    return main
