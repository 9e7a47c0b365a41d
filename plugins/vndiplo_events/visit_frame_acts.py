"""An act with nobody to meet told inside the visit that frames it: "<frame> chuyến thăm <kind>
<country>, <time>, <official> (đã) đến thăm <site>" (a museum, a mill). A visit to a site (a
museum, a mausoleum, a company) meets no counterpart; when the page reports no meeting at all,
the official visit it is a moment of is the news (README round 6: B08, C11, J14, N14, W03,
W04). The visit keeps its own span or day when the frame writes one, never the act's day or
place: the act is dated, the trip around it is not.

Kept apart from the choice of the main event (choice.py): which acts have no counterpart, and
which opening phrase names the trip they belong to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.annotations import Participant
from vndiplo_events.candidate import Candidate
from vndiplo_events.companions import principals
from vndiplo_events.sentences import Sentence
from vndiplo_events.view import ArticleView

__all__ = [
    "acts_framed_by",
    "frame_of_its_act",
    "opens_during",
    "trip_of_the_subject",
    "visit_framing_an_act",
]

#: acts that may have no counterpart: a visit to a site, fieldwork
_SOLO_ACTS: Final = frozenset({"visit", "other"})
#: the bare visit words: "thăm và làm việc" works with someone, "thăm chính thức" is a trip
_BARE_VISITS: Final = frozenset({"thăm", "viếng thăm", "khảo sát", "thị sát"})
#: events that meet a counterpart: while the page has one, the frame rule stays out
_MEETINGS: Final = frozenset({"meeting", "reception", "talks", "phone_call", "signing"})
#: a counterpart written after the site visit: "thăm ... và làm việc với", "thăm, gặp gỡ"
#: ("tiếp tục", to go on, receives nobody)
_COUNTERPART: Final = re.compile(
    r"(?<!\w)(?:làm\s+việc|gặp|hội\s+kiến|hội\s+đàm|tiếp(?!\s+tục)|với)(?!\w)"
)
#: the trip of the frame is a past one being marked ("Nhân dịp kỷ niệm ... chuyến thăm"),
#: or an earlier one ("chuyến thăm trước đây", "chuyến thăm lịch sử năm 1995"); "lịch sử"
#: alone also praises the trip under way ("chuyến thăm lịch sử tới X")
_NOT_CURRENT: Final = re.compile(
    r"(?<!\w)(?:kỷ\s+niệm|trước\s+đây"
    r"|lịch\s+sử(?=[^.;,]{0,40}?(?:năm|\()\s*(?:19|20)\d\d(?!\d)))(?!\w)"
)
#: "Trong (thời gian / suốt) chuyến thăm ..." opening the sentence, like a frame, maybe after
#: a programme's lead-in ("Theo chương trình, trong chuyến thăm ..., đoàn sẽ ...")
_DURING: Final = re.compile(
    r"[\W_]*(?:(?:theo\s+(?:chương\s+trình|lịch\s+trình|kế\s+hoạch)|dự\s+kiến)\s*,\s*)?"
    r"trong\s+(?:suốt\s+)?(?:thời\s+gian\s+)?$"
)
#: how many paragraphs after the act a programme's "trong chuyến thăm ..." may name its trip
_LATER_TRIP: Final = 3


def visit_framing_an_act(
    view: ArticleView, main: Candidate, candidates: Sequence[Candidate]
) -> Candidate:
    """The trip that frames ``main`` when ``main`` meets nobody and no event of the page does,
    with the act's people as guests and only the frame's own date and place; else ``main``."""
    if not _meets_nobody(view, main) or any(
        c.type in _MEETINGS and c.form == "reported" and c.participants and not c.embedded
        for c in candidates
    ):
        return main
    trip = _trip_around(view, main, candidates)
    if trip is None:
        return main
    people = {p.name for p in main.participants}
    trip_people = {p.name for p in trip.participants}
    if trip_people and not trip_people & people:
        return main  # "Nhân chuyến thăm của A, B thăm ...": another's trip
    guests = trip.participants or tuple(Participant(p.name, "guest") for p in main.participants)
    extent_end = _extent_end(view, trip)
    own_date = trip.date is not None and trip.date.start < extent_end
    location = trip.location
    if location is not None and location not in view.text[trip.hit.start : extent_end]:
        location = None  # the act's site ("thăm Tập đoàn X tại Mumbai"), not the trip's
    if trip.form == "referenced":
        # a programme's "trong chuyến thăm ...": the trip is under way, only its acts are planned
        trip = trip.but(form="reported", planned=False)
    # form and frame stay as found: the steps for a reported visit's receivers are not its
    return trip.but(
        participants=guests,
        date=trip.date if own_date else None,
        date_value=trip.date_value if own_date else None,
        part_of_day=trip.part_of_day if own_date else None,
        location=location,
        cameo=trip.hit.trigger.cameo,
    )


def acts_framed_by(
    view: ArticleView, main: Candidate, candidates: Sequence[Candidate]
) -> frozenset[int]:
    """Keys of the site visits the trip ``main`` was chosen over: other acts, never merged into
    it (assembly.py) and whose dates are not its (choice.py)."""
    if main.type != "visit":
        return frozenset()
    return frozenset(
        c.key
        for c in candidates
        if (
            (c.sentence_index == main.sentence_index and c.hit.start > main.hit.end)
            or _later(view, c, main)
        )
        and _meets_nobody(view, c)
        and _trip_around(view, c, [main]) is not None
    )


def frame_of_its_act(view: ArticleView, main: Candidate, candidates: Sequence[Candidate]) -> bool:
    """``main`` is a trip chosen over the act it frames: no other date of its sentence is its."""
    return bool(acts_framed_by(view, main, candidates))


def _meets_nobody(view: ArticleView, act: Candidate) -> bool:
    """A reported visit to a site or fieldwork, no person as object, no "làm việc với" after."""
    if (
        act.type not in _SOLO_ACTS
        or act.form != "reported"
        or act.planned
        or act.objects
        or not act.participants
        or act.hit.trigger.phrase not in _BARE_VISITS
    ):
        return False
    sentence = view.sentences[act.sentence_index]
    return _COUNTERPART.search(view.lower, act.hit.end, sentence.end) is None


def _trip_around(
    view: ArticleView, act: Candidate, candidates: Sequence[Candidate]
) -> Candidate | None:
    """The visit word of a frame ("Trong khuôn khổ / Nhân chuyến thăm ...") or of a "Trong
    (thời gian) chuyến thăm ..." opening of the act's own sentence, before the act; or the
    "(Theo chương trình,) trong chuyến thăm ..." opening of a sentence shortly after it, the
    trip the page goes on to tell its programme of."""
    for cand in candidates:
        later = _later(view, act, cand)
        if (
            (cand.sentence_index != act.sentence_index and not later)
            or cand.type != "visit"
            or cand.hit.trigger.phrase in _BARE_VISITS
            or (not later and cand.hit.end > act.hit.start)
            or (cand.planned and not later)
        ):
            continue
        sentence = view.sentences[cand.sentence_index]
        if cand.frame is not None and not later:
            opening = cand.frame.start
        elif cand.form in ("reported", "referenced") and opens_during(
            view.lower, sentence.start, cand.hit.start
        ):
            if cand.form == "referenced" and not later:
                continue
            opening = sentence.start
        else:
            continue
        if _NOT_CURRENT.search(view.lower, opening, _not_current_end(view, cand)) is None:
            return cand
    return None


#: the occasion of a trip under way, after its word: "chuyến thăm ... nhân (dịp) kỷ niệm ..."
_OCCASION: Final = re.compile(r"(?<!\w)(?:nhân|dịp)\s")


def _not_current_end(view: ArticleView, trip: Candidate) -> int:
    """Where the words that may mark the trip as past end: its extent, up to the occasion it is
    made on ("trong chuyến thăm tại X nhân kỷ niệm ...": the trip is under way)."""
    end = _extent_end(view, trip)
    occasion = _OCCASION.search(view.lower, trip.hit.end, end)
    return end if occasion is None else occasion.start()


def _later(view: ArticleView, act: Candidate, trip: Candidate) -> bool:
    """``trip`` is told in a sentence after ``act``'s, at most a few paragraphs on."""
    if trip.sentence_index <= act.sentence_index:
        return False
    blocks = view.sentences[trip.sentence_index].block - view.sentences[act.sentence_index].block
    return blocks <= _LATER_TRIP


def opens_during(low: str, start: int, end: int) -> bool:
    """``low[start:end]`` is "Trong (thời gian / suốt)" opening a sentence, like a frame."""
    return _DURING.match(low[start:end]) is not None


def _extent_end(view: ArticleView, trip: Candidate) -> int:
    """Where the trip's own phrase ends: its frame's end, else the first comma after it."""
    if trip.frame is not None:
        return trip.frame.end
    sentence = view.sentences[trip.sentence_index]
    comma = view.text.find(",", trip.hit.end, sentence.end)
    return comma if comma != -1 else sentence.end


_THIS_TRIP: Final = re.compile(r"\s*(?:này|đó|nói\s+trên|trên)(?!\w)")


def trip_of_the_subject(view: ArticleView, sentence: Sentence, cand: Candidate) -> Candidate:
    """A framed trip noun with no owner ("Nhân chuyến thăm chính thức X,", not "chuyến thăm
    của Y" nor "đoàn Y đến thăm") takes the first person named after its frame as visitor."""
    low = view.lower
    if (
        cand.type != "visit"
        or cand.subjects
        or cand.objects
        or cand.planned
        or not cand.hit.trigger.phrase.startswith("chuyến")
    ):
        return cand
    if cand.form == "framed" and cand.frame is not None:
        end = cand.frame.end
    elif cand.form == "reported" and opens_during(low, sentence.start, cand.hit.start):
        end = low.find(",", cand.hit.end, sentence.end)  # "Trong chuyến thăm X, A đã ..."
    else:
        return cand
    if end == -1 or low.find("của", cand.hit.end, end) != -1 or _THIS_TRIP.match(low, cand.hit.end):
        return cand  # another's trip, or one told before ("Trong chuyến công du này, ...")
    after = principals(low, view.mentions_in(end, min(sentence.end, end + 90)), floor=end)
    return cand.but(subjects=(after[0].person,)) if after else cand
