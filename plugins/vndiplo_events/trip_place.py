"""The place of the trip an event happens on, written after the event in an occasion frame.

"A tiếp B, người sang chào nhân chuyến công tác ở X", "A gặp B nhân chuyến công
tác tại X", "A họp với B, trong khi ông ở X dự Hội nghị", "A hội đàm với B bên lề Hội nghị Y
tại X": the event took place where the trip or the forum that frames it did, when its own
clause names no place. A frame before the event already gives its place
(finishing.choose_location); one after it was left out, and its place with it.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.candidate import Candidate, SentenceFacts
from vndiplo_events.finding import CALLS
from vndiplo_events.frame_owner import others_occasion
from vndiplo_events.frames import Frame
from vndiplo_events.locations import names_a_seat, place_end
from vndiplo_events.place_scope import O_WORD, opens_with_place
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView

__all__ = ["lead_frame_o_place", "places_forum_topic", "trip_place_after"]

#: a frame of the subject's own trip: the trip as a noun ("nhân chuyến thăm", "trong chuyến
#: công tác"), a verb with no subject of its own ("nhân dịp sang thăm", "nhân dự"), the time
#: the subject spends there ("trong khi ông ở X"); not "nhân dịp đoàn X đến thăm ...", a clause
#: of its own whose place may be wider than the event's
_OWN_TRIP: Final = re.compile(
    r"(?:nhân|trong)\s+(?:chuyến|khi|lúc)(?!\w)"
    r"|nhân\s+(?:dịp\s+)?(?:sang|đến|tới|về|dự|tham\s+dự)(?!\w)"
)
#: frames whose place is the event's: the subject's own trip, and the forum the event is held
#: on the sidelines of ("A hội đàm với B bên lề Đối thoại X (diễn đàn ...) tại Singapore")
_PLACED_KINDS: Final = frozenset({"occasion", "sidelines"})
#: "về" opening a forum's topic, whose "tại" places the topic, not the forum
_TOPIC: Final = re.compile(r"(?<!\w)về\s")
#: what may join the event word to the next one of a verb chain ("đến thăm và chào xã giao")
_CHAIN: Final = re.compile(r"\s*(?:,|và|,\s*và)?\s*")


def trip_place_after(
    view: ArticleView, cand: Candidate, facts: SentenceFacts, gaz: Gazetteer
) -> str | None:
    """The place of the first own-trip frame after the event word, with no other event word
    between them but those of a verb chain: its "tại" phrase, else an "ở" before a known
    place. After a reception the trip is the guest's: only a seat places the reception
    (frame_owner.py)."""
    low = view.lower
    hit_end = cand.hit.end
    frame = next((f for f in facts.frames if f.start >= hit_end and f.kind != "invitation"), None)
    if frame is None or frame.kind not in _PLACED_KINDS:
        return None
    if frame.kind == "occasion" and not _OWN_TRIP.match(low, frame.start, frame.end):
        return None
    chain_end = hit_end
    for hit in facts.hits:
        if chain_end <= hit.start < frame.start:
            if not _CHAIN.fullmatch(low, chain_end, hit.start):
                return None
            chain_end = hit.end
    for loc in facts.locations(view, gaz):
        if frame.start <= loc.start < frame.end:
            # "bên lề Hội nghị về an ninh tại Trung Đông": the place of the forum's topic
            if loc.title or _TOPIC.search(low, frame.start, loc.start):
                return None
            if _guests_coming(low, cand, frame.start, loc.at) and not names_a_seat(loc.text):
                return None
            return loc.text
    if _guests_coming(low, cand, frame.start, frame.end):
        return None
    # "ở" in the frame: "trong khi ông ở New York tham dự ..."
    return _o_place(view, frame, gaz)


#: the guest's coming, told as a verb: "nhân chuyến đến thăm ...", "nhân dịp sang dự ..."
_COMING_VISIT: Final = re.compile(
    r"(?<!\w)(?:đến|sang|tới|qua)\s+(?:thăm|làm\s+việc|công\s+tác|dự|tham\s+dự)(?!\w)"
)


def _guests_coming(low: str, cand: Candidate, start: int, end: int) -> bool:
    """The frame ``[start, end)`` after a reception's word tells the guest's coming ("A tiếp B
    nhân chuyến tới làm việc ... tại tỉnh X"): a city, province or country there is the
    trip's, not the reception's (README round 8 #22, round 13 #1). A call is told from the
    guest's side ("B chào xã giao A nhân chuyến công tác tại X"), whose own trip it is."""
    return (
        cand.type == "reception"
        and cand.hit.trigger.phrase not in CALLS
        and _COMING_VISIT.search(low, start, end) is not None
    )


def _o_place(view: ArticleView, frame: Frame, gaz: Gazetteer) -> str | None:
    """A known place after "ở" in ``frame``."""
    found = O_WORD.search(view.lower, frame.start, frame.end)
    if found is None:
        return None
    if places_forum_topic(view.lower, frame, found.start()):
        return None
    start = found.end()
    end = place_end(view.text, view.lower, start, frame.end, gaz)
    # "ở thủ đô X của Y": a known place after its unit, as after "tại"
    if end is None or not opens_with_place(view.text, start, end, gaz):
        return None
    return view.text[start:end]


def places_forum_topic(low: str, frame: Frame, at: int) -> bool:
    """The place preposition at ``at`` in a sidelines ``frame`` places the forum's topic
    ("bên lề Hội nghị về an ninh tại / ở Trung Đông"), not the forum. "về" as a verb ("nhân
    chuyến về thăm quê ở X") is no topic: only a forum has one."""
    return frame.kind == "sidelines" and _TOPIC.search(low, frame.start, at) is not None


def lead_frame_o_place(
    view: ArticleView,
    hit_start: int,
    facts: SentenceFacts,
    gaz: Gazetteer,
    cand: Candidate | None = None,
) -> str | None:
    """The "ở" place of the frame that opens the event's sentence, when that frame is the
    forum the event is held on the sidelines of or the subject's own trip: "Bên lề Hội nghị
    X (diễn ra) ở Viêng Chăn, A gặp B" reads as "tại" does."""
    low = view.lower
    for frame in facts.frames:
        if frame.end > hit_start or frame.kind not in _PLACED_KINDS:
            continue
        if frame.kind == "occasion" and not _OWN_TRIP.match(low, frame.start, frame.end):
            continue
        place = _o_place(view, frame, gaz)
        if place is not None and not (
            cand is not None and others_occasion(view, frame, frame.end, cand, gaz)
        ):
            return place
    return None
