"""A ceremony someone only witnesses or attends, and the meeting held beside it.

"Ngày 18-2, Tổng Bí thư A đã chứng kiến lễ ký các thỏa thuận. Bên lề lễ ký, Bộ trưởng B đã
có cuộc trao đổi với ông C": the ceremony sets the scene ("chứng kiến", "dự" are no side of
the papers signed), and the meeting the next sentences tell "on its sidelines" is the page's
news, as a sidelines meeting is over the attendance it came with (sidelines.py). The meeting
must be framed by the ceremony itself: a sidelines frame of the same act in its sentence.

The other way round, an attendance whose object is a signing ceremony ("A và B đã tham dự lễ ký
tại Hà Nội", "Buổi lễ ký kết diễn ra tại P, với sự tham dự của A") is being at the signing the
page reports ("Việt Nam và X đã ký ...", "hai tỉnh đã ký kết ..."): the signing is the news and
the attendance its ceremony's guest list (README round 8 #19; D15, AM02, I11, BR08, BS08).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.view import ArticleView

__all__ = ["meeting_beside_the_ceremony", "signing_of_the_attended_ceremony"]

#: the verbs that make the subject a witness or a guest of a ceremony, not one of its sides
_WITNESSED: Final = re.compile(r"(?<!\w)(?:chứng\s+kiến|(?:tham\s+)?dự)\s+(?:\w+\s+){0,2}$")
#: the meetings with two sides that may be held beside a ceremony
_BILATERAL: Final = frozenset({"meeting", "talks", "reception", "phone_call"})
#: how many sentences after the ceremony the meeting beside it may come
_SPAN: Final = 3


def meeting_beside_the_ceremony(
    view: ArticleView, main: Candidate, candidates: Sequence[Candidate]
) -> Candidate:
    """The meeting framed "Bên lề <the ceremony>" after ``main``, a ceremony its subject only
    witnesses; else ``main``."""
    if main.type != "signing" or main.form != "reported":
        return main
    low = view.lower
    sentence = view.sentences[main.sentence_index]
    if not _WITNESSED.search(low, max(sentence.start, main.hit.start - 24), main.hit.start):
        return main
    beside = {
        c.sentence_index
        for c in candidates
        if c.form == "framed"
        and c.type == main.type
        and c.frame is not None
        and c.frame.kind == "sidelines"
        and main.sentence_index < c.sentence_index <= main.sentence_index + _SPAN
    }
    return next(
        (
            c
            for c in candidates
            if c.sentence_index in beside
            and c.form == "reported"
            and c.frame is None
            and c.type in _BILATERAL
            and c.subjects
            and c.objects
            and not c.embedded
        ),
        main,
    )


#: between an attendance verb and the signing ceremony it governs ("tham dự buổi lễ ký")
_ATTENDED_GAP: Final = re.compile(r"\s+(?:(?:buổi|cuộc)\s+)?(?:lễ\s+)?")
#: the attendance told as a noun after the ceremony ("Lễ ký diễn ra ..., với sự tham dự của")
_PRESENCE: Final = re.compile(r"(?<!\w)sự\s+$")
#: how many sentences from the attendance the signing it attended may be reported
_SIGNING_REACH: Final = 2


def _attended_ceremony(
    view: ArticleView, main: Candidate, candidates: Sequence[Candidate]
) -> Candidate | None:
    """The signing noun of ``main``'s sentence that the attendance ``main`` is at: its object
    ("dự lễ ký"), or the ceremony an earlier clause names when the attendance is the noun "sự
    tham dự" ("Buổi lễ ký kết diễn ra tại P, với sự tham dự của A")."""
    low = view.lower
    sentence = view.sentences[main.sentence_index]
    presence = _PRESENCE.search(low, max(sentence.start, main.hit.start - 8), main.hit.start)
    own = [c for c in candidates if c.sentence_index == main.sentence_index and c.key != main.key]
    if presence is not None:
        # the presence is at the act named last before it
        before = [c for c in own if c.hit.end <= main.hit.start]
        last = max(before, key=lambda c: c.hit.start, default=None)
        return last if last is not None and last.type == "signing" else None
    return next(
        (
            c
            for c in own
            if c.type == "signing"
            and c.hit.start >= main.hit.end
            and _ATTENDED_GAP.fullmatch(low, main.hit.end, c.hit.start) is not None
        ),
        None,
    )


def signing_of_the_attended_ceremony(
    view: ArticleView, main: Candidate, candidates: Sequence[Candidate]
) -> Candidate:
    """The signing reported within two sentences of ``main``, an attendance of that signing's
    ceremony, nearest first; it takes the ceremony's place when it has none of its own. Else
    ``main``: with no signing reported beside it, the attendance is what the page tells."""
    if main.type != "attend" or main.form != "reported":
        return main
    ceremony = _attended_ceremony(view, main, candidates)
    if ceremony is None:
        return main
    # the ceremony itself when it is the act reported before the presence ("hai tỉnh đã ký
    # kết ... với sự tham dự của A"); an attended noun ("dự lễ ký kết") is no signing told
    signings = [
        c
        for c in candidates
        if c.type == "signing"
        and (c.key != ceremony.key or c.hit.start < main.hit.start)
        and c.form == "reported"
        and c.frame is None
        and not c.embedded
        and not c.planned
        and abs(c.sentence_index - main.sentence_index) <= _SIGNING_REACH
    ]
    if not signings:
        return main
    signing = min(
        signings,
        key=lambda c: (abs(c.sentence_index - main.sentence_index), c.key != ceremony.key),
    )
    if signing.location is None and ceremony.location is not None:
        signing = signing.but(location=ceremony.location)
    return signing
