"""Everyone a list names as attending is a participant of the attendance (README round 6).

Two shapes, in the attendance's own sentence or a sentence right after it:

* the list opened by its verb: "Tới dự lễ có các vị: A, <office>; B, <office>",
  "Cùng tham dự còn có A và B", "Có mặt tại sự kiện có A", "Về phía bạn, tới dự có A";
* the list closed by its verb: "Về phía bạn có ông A - <office>, bà B - <office> ... tham dự".

Only an ``attend`` main event takes the people (of a reception or talks, the heads are the
sides, README). A list that names a meeting ("Tham dự buổi hội đàm có ...") is about that
meeting; a list after another act of the page is that act's; a planned one ("sẽ tham dự")
tells who is expected, not who was there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.annotations import Participant
from vndiplo.model import Person
from vndiplo_events.candidate import Candidate, SentenceFacts, unique_people
from vndiplo_events.companions import principals
from vndiplo_events.finishing import with_roles
from vndiplo_events.places import Gazetteer
from vndiplo_events.trigger_blockers import BLOCKERS
from vndiplo_events.view import ArticleView

__all__ = ["with_listed_attendees"]

#: how many sentences after the attendance's own the list may come
_REACH: Final = 3
#: second syllables that make "dự" part of a noun or another verb ("Dự án có ...", "Dự thảo
#: có ...", "Dự báo có ..."): the trigger table's blockers, so both read "dự" alike
_DU_COMPOUNDS: Final = sorted(
    {b.split()[1] for b in BLOCKERS if b.startswith("dự ")}, key=len, reverse=True
)
#: the attendance verb, "tham dự", "dự", "có mặt", with "cùng/tới/đến/còn" before it
_VERB: Final = (
    r"(?:(?:cùng|tới|đến|còn)\s+)*(?:(?:tham\s+)?dự(?!\s+(?:"
    + "|".join(_DU_COMPOUNDS)
    + r")(?!\w))|có\s+mặt)(?!\w)"
)
#: a list opened by its verb at the sentence start, an optional "Về phía X," before it; the
#: "có" that opens the names comes after the verb's object, in the same clause
_OPENED: Final = re.compile(
    r"[\W_]*(?:về\s+phía\s+[^,.;:]{1,40},\s*)?"
    + _VERB
    + r"(?P<object>[^.;:!?]{0,100}?)(?<!\w)(?:còn\s+)?có(?!\s+mặt)(?!\w)"
)
#: the first "có" of a sentence that a verb closes ("... có ông A, bà B tham dự.")
_HAS: Final = re.compile(r"(?<!\w)có(?!\s+mặt)(?!\w)")
#: the closing verb, with up to three words of object after it ("tham dự buổi lễ")
_CLOSED: Final = re.compile(r"\s+" + _VERB + r"(?:\s+[^\s,;:.!?]+){0,3}\s*[.!]?\s*$")
#: a meeting named as the object: the list is that meeting's, not the attendance's
_MEETING: Final = re.compile(
    r"(?<!\w)(?:tiếp|hội\s+đàm|hội\s+kiến|gặp|làm\s+việc|ký|điện\s+đàm)(?!\w)"
)
#: an expected, not a reported, presence
_PLANNED: Final = re.compile(r"(?<!\w)(?:sẽ|dự\s+kiến)(?!\w)")


def _list_span(low: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the names of an attendee list run in the sentence ``[start, end)``, if it is one."""
    opened = _OPENED.match(low, start, end)
    if opened is not None:
        if _MEETING.search(opened.group("object")) or _PLANNED.search(low, start, opened.end()):
            return None
        return opened.end(), end
    has = _HAS.search(low, start, end)
    if has is None:
        return None
    closed = _CLOSED.search(low, has.end(), end)
    if closed is None or _PLANNED.search(low, has.end(), closed.end()):
        return None
    if _MEETING.search(low, closed.start(), closed.end()):
        return None
    return has.end(), closed.start()


def with_listed_attendees(
    view: ArticleView,
    main: Candidate,
    candidates: Sequence[Candidate],
    own: SentenceFacts,
    gaz: Gazetteer,
) -> Candidate:
    """The attendance ``main`` with everyone an attendee list names among its participants; a
    party an institution gives ("Đại sứ quán tổ chức tiệc chiêu đãi. Tham dự buổi chiêu đãi
    có A, B"), its own sentence naming nobody, has those listed attending it, all participants
    (whatever roles later sentences lent them)."""
    own_sentence = view.sentences[main.sentence_index]
    # a welcome ("lễ đón ... được tổ chức. Dự lễ đón có A") keeps its host and guest (passive.py)
    hostless = (
        main.type == "reception"
        and "đón" not in main.hit.trigger.phrase
        and not view.mentions_in(own_sentence.start, own_sentence.end)
    )
    if (main.type != "attend" and not hostless) or main.form != "reported":
        return main
    low = view.lower
    first = main.sentence_index
    others = {
        c.sentence_index
        for c in candidates
        if c.form == "reported" and c.key != main.key and c.sentence_index > first
    }
    listed: list[Person] = []
    for index in range(first, min(len(view.sentences), first + 1 + _REACH)):
        sentence = view.sentences[index]
        span = _list_span(low, sentence.start, sentence.end)
        if span is not None:
            listed.extend(m.person for m in principals(low, view.mentions_in(*span)))
        elif index in others:
            break  # a list after another act is that act's
    if not listed:
        return main
    if hostless:
        guests = unique_people(listed)
        return main.but(
            objects=guests, participants=tuple(Participant(p.name, "participant") for p in guests)
        )
    known = {p.name for p in (*main.subjects, *main.objects)}
    added = [p for p in listed if p.name not in known]
    if not added:
        return main
    return with_roles(view, main.but(objects=unique_people([*main.objects, *added])), own, gaz)
