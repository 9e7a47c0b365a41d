"""A foreign official on a working trip to a Vietnamese locality is the one received: a sentence
naming only him (a foreign office holder) around a reception trigger, and telling his trip to a
place in Việt Nam, is his reception by that place. A reception whose only named side is foreign
hosts nobody on Vietnamese ground when its sentence tells the trip that brought them there.

"với" alone is no sign of who receives ("Tại buổi tiếp với Đại sứ X" names the guest after it):
the trip's place and the official's country decide, and only when no host is named on the
ground. Kept apart from reception_sides.py, which reads the words around the trigger.

Only the nominal trigger ("tại buổi/cuộc tiếp với ...") leaves the sides open: the subject of
an active "tiếp"/"đón" receives. A foreign diplomat posted in Việt Nam ("Tổng Lãnh sự ... tại
Đà Nẵng") hosts on that ground, so he is never made the guest.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.annotations import Participant
from vndiplo_events.candidate import Candidate
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView

__all__ = ["with_visiting_official_received"]

#: the country whose ground the page's receptions are mostly on
_HOME: Final = "VN"

#: the reception told as a noun ("tại buổi tiếp với"), not as the act of a subject
_NOMINAL: Final = re.compile(r"(?:buổi|cuộc)\s+$")
#: the appositive after a name up to its first "tại" ("..., Tổng Lãnh sự Nhật Bản tại "), and
#: the place it names, abbreviation dots kept ("tại TP.HCM", "tại TP. Hồ Chí Minh", not "TP")
_POSTED_AT: Final = re.compile(
    r"\s*[,(]?(?:[^,;.()]|\.(?=\w)){0,60}?\btại\s+"
    r"((?:[^,;.()]|\.(?=\w)|(?<=\b[Tt][Pp])\.\s){1,40})"
)


def with_visiting_official_received(
    view: ArticleView, main: Candidate, candidates: Sequence[Candidate], gaz: Gazetteer
) -> Candidate:
    """``main`` with its foreign "hosts" made guests when they are on a trip to a Vietnamese
    place told in the same sentence; else ``main``."""
    if main.type != "reception" or not main.participants:
        return main
    if not _NOMINAL.search(view.lower, max(0, main.hit.start - 8), main.hit.start):
        return main
    if any(p.role != "host" for p in main.participants):
        return main  # a guest (or an undecided side) is named: the words settled it
    named = {p.name: p for p in (*main.subjects, *main.objects)}
    people = [named.get(p.name) for p in main.participants]
    if not all(p is not None and p.country and p.country != _HOME for p in people):
        return main
    if any(_posted_at_home(view, p.name, gaz) for p in main.participants):
        return main
    if not any(_trip_to_home_ground(main, c, gaz) for c in candidates):
        return main
    return main.but(participants=tuple(Participant(p.name, "guest") for p in main.participants))


def _trip_to_home_ground(main: Candidate, trip: Candidate, gaz: Gazetteer) -> bool:
    """``trip`` is a visit of ``main``'s sentence, not planned, to a place in Việt Nam."""
    return (
        trip.type == "visit"
        and trip.sentence_index == main.sentence_index
        and not trip.planned
        and trip.location is not None
        and gaz.country_of(trip.location) == _HOME
    )


def _posted_at_home(view: ArticleView, name: str, gaz: Gazetteer) -> bool:
    """A mention of ``name`` is followed by a posting in Việt Nam ("ông X, Tổng Lãnh sự Nhật
    Bản tại TP Hồ Chí Minh"): a diplomat at his post, who receives there."""
    for mention in view.mentions:
        if mention.person.name != name:
            continue
        posted = _POSTED_AT.match(view.text, mention.end)
        if posted and gaz.country_of(posted.group(1)) == _HOME:
            return True
    return False
