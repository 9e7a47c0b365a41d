"""A lead that reports a visitor's arrival, before a programme of what is still to come.

"Chuyên cơ chở Thủ tướng X đã đến Hà Nội đêm 6/11", "Tổng thống Y đã tới Manila tối 5/3",
"Đoàn do Z dẫn đầu đã hạ cánh xuống sân bay ... chiều 2/4", then "Đây là chuyến thăm ... của
ông" and "Theo chương trình, ... sẽ hội đàm ...": the one thing done is the arrival, which opens
the visit; the article is about that visit, and the talks its programme announces are planned
(they never win). The visit is built on the arrival sentence, so it takes that sentence's date
and part of day; its guests are the arrivals. Only when the body reports no event of its own,
and only when the first sentences name the trip ("chuyến thăm", "chuyến công tác").

Not an arrival: "sẽ đến" (still to come), "đến dự / đến thăm / đến chúc mừng" (the act, which
the other rules read), "đến nay", "đến năm 2030" (no place after the verb).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.model import Person
from vndiplo_events.candidate import Candidate
from vndiplo_events.participants import assign_roles
from vndiplo_events.triggers import Trigger, TriggerHit
from vndiplo_events.view import ArticleView, unique_by_name

__all__ = ["arrival_in", "visit_of_the_arrival", "visit_on_arrival"]

#: the arrival verb, then a place: a capitalised name or a place noun ("đã đến Hà Nội", "tới
#: thủ đô Manila", "hạ cánh xuống sân bay Nội Bài", "đặt chân đến Tokyo")
_ARRIVED: Final = re.compile(
    r"(?<!\w)(?:đến|tới|hạ\s+cánh(?:\s+(?:xuống|tại|ở))?|đặt\s+chân\s+(?:đến|tới|lên))\s+"
    r"(?=[A-ZĐ]|(?:thủ\s+đô|thành\s+phố|tp\.?|tỉnh|sân\s+bay|phi\s+trường)(?!\w))"
)
#: what makes the verb no report of an arrival done: still to come, or only hoped
_NOT_DONE: Final = re.compile(r"(?<!\w)(?:sẽ|dự\s+kiến|dự\s+định|chuẩn\s+bị|mong|mời)(?!\w)")
#: between the last arrival named and the verb: the verb is theirs ("X đã đến", "X và Phu
#: nhân vừa tới", "đoàn do X dẫn đầu đã đến"), not a trip noun's ("chuyến công du đến Mỹ"),
#: and in one clause
_PREDICATE: Final = re.compile(
    r"(?:(?!(?<!\w)(?:chuyến|cuộc|lần|hành\s+trình|khi|sau|trước)(?!\w))[^,;:.!?]){0,80}"
)
#: how many sentences from the arrival may name the trip
_TRIP_REACH: Final = 3


def visit_of_the_arrival(
    view: ArticleView, candidates: Sequence[Candidate], key: int
) -> Candidate | None:
    """The visit the lead's arrival opens (keyed ``key``), or None: the first body sentence
    reports people arriving somewhere, and a visit is named in it or the next sentences."""
    if not view.sentences:
        return None
    arrival = arrival_in(view, 0)
    if arrival is None:
        return None
    _, guests = arrival
    visit = next(
        (
            c
            for c in candidates
            if c.type == "visit" and c.sentence_index < _TRIP_REACH and c.form != "backref"
        ),
        None,
    )
    if visit is None:
        # no trip named and nothing else reported: the arrival itself is the visit, told by
        # its own word (README round 10 #4)
        if any(c.form == "reported" for c in candidates) or not _landed(view, 0):
            return None
        return visit_on_arrival(view, 0, key)
    names = {p.name for p in guests}
    if any(p.name not in names for p in visit.subjects):
        return None  # another's trip
    start = view.sentences[0].start
    anchor = TriggerHit(start, start, visit.hit.text, visit.hit.trigger)
    cand = Candidate(key, anchor, 0, "reported", None, start, start).but(subjects=guests)
    participants, cameo = assign_roles("visit", visit.hit.trigger.cameo, guests, (), (), None)
    return cand.but(participants=participants, cameo=cameo)


def arrival_in(view: ArticleView, index: int) -> tuple[re.Match[str], tuple[Person, ...]] | None:
    """The arrival sentence ``index`` reports, done and with its arrivals named before the
    verb: the verb's match and the people who arrived; else None."""
    sentence = view.sentences[index]
    arrived = _ARRIVED.search(view.text, sentence.start, sentence.end)
    if arrived is None:
        return None
    low = view.lower
    if _NOT_DONE.search(low, sentence.start, arrived.start()):
        return None
    mentions = view.mentions_in(sentence.start, arrived.start())
    if not mentions or not _PREDICATE.fullmatch(low, mentions[-1].end, arrived.start()):
        return None
    return arrived, unique_by_name(m.person for m in mentions)


#: an arrival that can be nothing else: a landing, setting foot, or coming to an airport or a
#: capital ("chuyển tới Thủ tướng X" passes regards on, "gửi thư tới Y" sends a letter)
_LANDED: Final = re.compile(
    r"(?<!\w)(?:hạ\s+cánh|đặt\s+chân|(?:đến|tới)\s+(?:sân\s+bay|phi\s+trường|thủ\s+đô))(?!\w)"
)


def _landed(view: ArticleView, index: int) -> bool:
    """Sentence ``index`` tells its arrival with a word that can only mean arriving."""
    sentence = view.sentences[index]
    return _LANDED.search(view.lower, sentence.start, sentence.end) is not None


#: the arrival verbs of two syllables ("hạ cánh", "đặt chân")
_TWO_WORD_VERBS: Final = ("hạ", "đặt")


def visit_on_arrival(
    view: ArticleView, index: int, key: int, hosts: tuple[Person, ...] = ()
) -> Candidate | None:
    """The visit an arrival of sentence ``index`` opens when no visit word names it, keyed
    ``key``: its trigger the arrival verb as written ("hạ cánh", "đặt chân", "tới"), its
    guests the arrivals, ``hosts`` (those who welcomed them) its hosts; None with no arrival."""
    arrival = arrival_in(view, index)
    if arrival is None:
        return None
    verb, guests = arrival
    words = view.text[verb.start() : verb.end()].split()
    # the verb itself, without the preposition after it
    phrase = " ".join(words[:2] if words[0].lower() in _TWO_WORD_VERBS else words[:1])
    start = verb.start()
    hit = TriggerHit(start, start + len(phrase), phrase, Trigger(phrase.lower(), "visit", "042"))
    sentence = view.sentences[index]
    cand = Candidate(key, hit, index, "reported", None, sentence.end, sentence.start)
    cand = cand.but(subjects=guests, objects=hosts)
    participants, cameo = assign_roles("visit", "042", guests, hosts, (), "subject")
    return cand.but(participants=participants, cameo=cameo)
