"""Main-event choices against an event the article only sets the scene with.

* Attendance with a bilateral meeting next to it: "X đến Viêng Chăn dự Hội nghị ... Chiều nay,
  X đã hội kiến Chủ tịch nước Y": the meeting on the sidelines is the news, not the attendance;
  unless the attendance spans days and the meeting has no day of its own (one of its moments).
* An event told as what came before ("Trước đó, X đã dự Lễ đón ...") when the article's own
  event survives only as a back-reference naming both sides ("Tại Hội đàm, A và B ...").
* Background of another type than the headline's ("X tiếp đoàn ..." over "Trước đó, đoàn ...
  đã đến thăm ..."): never the main event; the headline's event, however the body tells it, is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.told_before import opens_before
from vndiplo_events.view import ArticleView

__all__ = [
    "meeting_on_the_sidelines",
    "opens_with_before",
    "told_by_backref",
    "travelled_to_attend",
    "without_background",
]

#: the event types with two sides met face to face
_BILATERAL: Final = frozenset({"meeting", "talks", "reception"})
#: how many sentences after the attendance a sideline meeting may come
_SIDELINE_SPAN: Final = 2
#: "đã đến Viêng Chăn, bắt đầu chuyến tham dự ...": the attendee arrived from abroad
_ARRIVED: Final = re.compile(
    r"(?<!\w)(?:đã\s+)?(?:đến|tới|sang)\s[^.;]*?(?:bắt\s+đầu\s+)?chuyến\s+$"
)


#: a sentence that opens "during" the lead's attendance: "Trong thời gian diễn ra Đại hội, ...",
#: "Trong suốt thời gian dự Hội nghị, ..."
_DURING: Final = re.compile(r"[\W_]*trong\s+(?:suốt\s+)?thời\s+gian(?!\w)")


def _during_the_attendance(view: ArticleView | None, cand: Candidate) -> bool:
    """``cand``'s sentence opens "Trong thời gian ...": a moment of the attendance told before
    it, as the acts "during" a visit are the visit's (visit_during.py), not its news."""
    if view is None:
        return False
    sentence = view.sentences[cand.sentence_index]
    return _DURING.match(view.lower, sentence.start, cand.hit.start) is not None


def meeting_on_the_sidelines(
    main: Candidate,
    with_people: Sequence[Candidate],
    headline_attends: bool = False,
    view: ArticleView | None = None,
) -> Candidate:
    """A reported meeting, talks or reception naming both sides, in the attendance's sentence
    or the next two, is what the article reports about the attendance's day; under a headline
    about the attendance, a greeting call on the arriving leader ("X tiếp Y đến chào") is not,
    nor a meeting told "during" the attendance ("Trong thời gian diễn ra Đại hội, X hội đàm
    với Y")."""
    last = main.sentence_index + _SIDELINE_SPAN
    return next(
        (
            c
            for c in with_people
            if c.type in _BILATERAL
            and not c.embedded
            and c.subjects
            and c.objects
            and main.sentence_index <= c.sentence_index <= last
            and not (headline_attends and _greeting_call(c, with_people))
            and not (headline_attends and _during_the_attendance(view, c))
            and not _moment_of_the_span(main, c)
        ),
        main,
    )


def _moment_of_the_span(main: Candidate, cand: Candidate) -> bool:
    """The attendance ``main`` is dated by a span of days ("Từ ngày 24-28/9, A tham dự ...") and
    the meeting ``cand`` by nothing of its own: one moment of the days the lead dates, told
    among the attendance's other acts, so the attendance stays the news (README round 15 BR05,
    AN05). A meeting with its own day ("Chiều 25/9, bên lề ...") is that day's news."""
    return (
        isinstance(main.date_value, str)
        and "/" in main.date_value
        and cand.date is None
        and cand.date_value is None
    )


#: a call paid on someone ("đến chào", "chào xã giao"): the caller greets, nobody negotiates
_GREETING_CALLS: Final = frozenset(
    {"đến chào", "tới chào", "chào xã giao", "đến chào xã giao", "tới chào xã giao"}
)


def _greeting_call(cand: Candidate, with_people: Sequence[Candidate]) -> bool:
    """``cand`` is a courtesy call, by its own word or by the call word its clause goes on
    with ("tiếp Chủ tịch Hội hữu nghị Z đến chào")."""
    if cand.hit.trigger.phrase in _GREETING_CALLS:
        return True
    return cand.type == "reception" and any(
        c.sentence_index == cand.sentence_index
        and c.hit.trigger.phrase in _GREETING_CALLS
        and cand.hit.end <= c.hit.start <= cand.zone_end + 1
        for c in with_people
    )


def opens_with_before(view: ArticleView, main: Candidate) -> bool:
    """The main event's sentence opens with "Trước đó,": it tells what preceded the news."""
    sentence = view.sentences[main.sentence_index]
    return opens_before(view.lower, sentence.start, main.hit.start)


def without_background(
    view: ArticleView, with_people: Sequence[Candidate], wanted: frozenset[str]
) -> list[Candidate]:
    """``with_people`` less the events told as background ("Trước đó, ...") whose type is not
    one the headline names: the headline's event is the news, even when the body tells it only
    by a back-reference ("Tại buổi tiếp, ..."). Background of the headline's type is the news
    told in retrospect ("Chuyến thăm ... đã kết thúc. Trước đó, ... bắt đầu chuyến thăm")."""
    if not wanted:
        return list(with_people)
    return [c for c in with_people if c.type in wanted or not opens_with_before(view, c)]


def told_by_backref(finished: Sequence[Candidate], main: Candidate) -> Candidate | None:
    """The first back-reference after ``main`` naming both sides of a meeting or talks
    ("Tại Hội đàm, A và B tái khẳng định ...")."""
    return next(
        (
            c
            for c in finished
            if c.form == "backref"
            and c.type in _BILATERAL
            and c.sentence_index > main.sentence_index
            # "A và B" after "Tại Hội đàm," are both the back-reference's objects
            and len(c.subjects) + len(c.objects) >= 2
        ),
        None,
    )


def travelled_to_attend(view: ArticleView, candidates: Sequence[Candidate]) -> frozenset[str]:
    """Who arrived to attend ("X đã đến sân bay ..., bắt đầu chuyến tham dự Hội nghị"): the
    guest of the meetings held on the sidelines, like a visitor."""
    low = view.lower
    return frozenset(
        p.name
        for c in candidates
        if c.type == "attend"
        and c.form == "reported"
        and _ARRIVED.search(low, view.sentences[c.sentence_index].start, c.hit.start)
        for p in c.subjects
    )
