"""The host of a visit named after it, by who welcomed the delegation: "<welcome acts> với
đoàn, phía <side> có (:) Y" (Y hosts), as "Tiếp đoàn có Y" names a reception's."""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.candidate import Candidate, SentenceFacts, unique_people
from vndiplo_events.companions import principals
from vndiplo_events.finishing import with_roles
from vndiplo_events.participants import assign_roles
from vndiplo_events.places import Gazetteer
from vndiplo_events.semicolon_lists import list_items
from vndiplo_events.view import ArticleView
from vndiplo_events.welcome_words import ARRIVAL_PLACE, WELCOME_VERBS

__all__ = ["with_welcoming_host"]

#: a sentence that opens on who welcomed the delegation, the host after "có"; the place where
#: they received it may come first ("Tiếp Đoàn tại trụ sở Tỉnh ủy có X"), but not the place of
#: arrival ("Đón Đoàn tại cửa khẩu có X", "... ở sân bay có X": X met them where they landed)
_WELCOMED_BY: Final = re.compile(
    r"\W*(?:đại\s+diện\s+(?:cho\s+)?)?" + WELCOME_VERBS + r"\s+(?:các\s+)?đoàn"
    r"(?:(?!\s(?:tại|ở)\s+(?:" + ARRIVAL_PLACE + r"))[^.;:]){0,60}?\s(?:còn\s+)?có\s*:?\s+"
    r"(?:(?:ông|bà|ngài|đồng\s+chí)\s+)?"
)
#: events whose hosts a welcome sentence may name, besides a visit's
_SIDED: Final = frozenset({"meeting", "talks"})
#: how many sentences after the visit's own the welcome may be told
_REACH: Final = 2


def with_welcoming_host(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """A visit that names its guest only (no host: an inviter is none), with the first person
    named as welcoming the delegation in the next sentences as its host; so too talks or a
    meeting that name the delegation's side only ("Đoàn tỉnh A do X làm trưởng đoàn đã hội
    đàm với huyện B. Đón, làm việc với đoàn có ông Y": X guest, Y host)."""
    sided = main.type in _SIDED and not main.objects
    if (
        (main.type != "visit" and not sided)
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
        named = principals(
            low, view.mentions_in(welcomed.end(), sentence.end), floor=welcomed.end()
        )
        guests = {p.name for p in main.subjects}
        # "có: Bí thư A; Phó Bí thư B; Chủ tịch C": each item of a ";" list welcomed them
        # and the last joined by "và" ("có: A; B và C", "có A và B")
        listed = list_items(view, named[0], sentence.end, joined=True) if named else []
        # a spouse or a companion joined to a host ("và Phu nhân C") is none (principals)
        kept = {m.start for m in named}
        hosts = [m.person for m in listed if m.person.name not in guests and m.start in kept]
        if not hosts:
            return main
        main = main.but(objects=unique_people(hosts))
        if not sided:
            return with_roles(view, main, own, gaz)
        # the delegation welcomed is the side that came
        participants, cameo = assign_roles(
            main.type or "meeting",
            main.hit.trigger.cameo,
            main.subjects,
            main.objects,
            (),
            "subject",
        )
        return main.but(participants=participants, cameo=cameo)
    return main
