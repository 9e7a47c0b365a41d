"""An attendee list right after a ceremony told with no event word ("Chiều 6/9, tại Cung Văn
hóa X, đã diễn ra Lễ mít-tinh ... Tham dự buổi lễ có A, B"): the list is the only report of
the attendance, so its verb is the attend event (README round 6: everyone named as attending
is a participant of an attend event). After a sentence that told an event, the list only adds
people to it (attendance.py). A list by sides ("Dự hội nghị, về phía tỉnh X có A") is a
bilateral session's, whose welcomers the next list names (welcome_lists.py): no attendance.
A ceremony with no foreign place or country in either sentence (a provincial council's session
"khai mạc" with its guests) is a domestic act: no attendance either."""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView

__all__ = ["follows_untold_ceremony"]

#: the ceremony's own sentence says it took place, opened or was held
_TOOK_PLACE: Final = re.compile(r"(?<!\w)(?:diễn\s+ra|khai\s+mạc|được\s+tổ\s+chức)(?!\w)")
#: a list that names a side
_SIDE: Final = re.compile(r"(?<!\w)phía(?!\w)")


def follows_untold_ceremony(
    view: ArticleView, index: int, previous_told: bool, gaz: Gazetteer
) -> bool:
    """Whether sentence ``index`` comes right after one that tells a ceremony taking place and
    holds no event word (``previous_told`` is False), with a foreign place in one of them."""
    if index == 0 or previous_told:
        return False
    before, own = view.sentences[index - 1], view.sentences[index]
    return (
        _TOOK_PLACE.search(view.lower, before.start, before.end) is not None
        and _SIDE.search(view.lower, own.start, own.end) is None
        and _names_abroad(view.text, before.start, own.end, gaz)
    )


def _names_abroad(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """A place of another country than Việt Nam is named in ``[start, end)``."""
    for match in gaz.regex.finditer(text, start, end):
        place = gaz.lookup(match.group())
        if place is not None and place.country and place.country != "VN":
            return True
    return False
