"""Attendance that is not the event: "dự" / "tham dự" before a meeting, or opening a list.

* "B dự lễ đón tại X do A chủ trì", "X tham dự hội đàm với Y": the object of the attendance is
  itself a meeting; that meeting is the event (its noun reported by "dự" as by a light verb),
  and the attendance is no event of its own. Not a signing ceremony: its attendees watch
  others sign ("A tham dự lễ ký kết" is A's attendance). "do A chủ trì" names the meeting's
  host, the attendee is then its guest.
* "Tham dự (buổi lễ / Hội đàm) có A, B", "Dự lễ đón, phía chủ nhà có: ...": a list
  of who was there, which adds people to the event told before; it reports no event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.model import Person
from vndiplo_events.sentences import Sentence
from vndiplo_events.triggers import TriggerHit
from vndiplo_events.view import ArticleView

__all__ = [
    "attended_sides",
    "attended_signing",
    "attends_meeting",
    "lists_attendees",
    "modifies_object",
    "without_attendance",
]

#: the event types an attendance may have as its object: a meeting of two sides, a signing
_MEETINGS: Final = frozenset({"reception", "meeting", "talks", "signing", "phone_call"})
#: ... those the attendance reports as their own event: who attends a meeting takes a side in
#: it, but who attends a signing ceremony ("A và B đã tham dự lễ ký kết") watches others sign,
#: so the attendance stays A's and B's event and the signing a ceremony named
_REPORTED_BY_ATTENDING: Final = _MEETINGS - {"signing"}
#: the attendance verb right before its object's noun ("dự lễ đón", "tham dự buổi hội đàm")
_ATTEND_BEFORE: Final = re.compile(r"(?<!\w)(?:tham\s+)?dự(?=\s+(?:(?:buổi|cuộc)\s+)?$)")
#: between the attendance verb and the meeting noun it governs
_GAP: Final = re.compile(r"\s+(?:(?:buổi|cuộc)\s+)?")
#: what may open a sentence before the verb of an attendee list ("Cùng dự", "Tới dự")
_LIST_OPENING: Final = re.compile(r"[\W_]*(?:(?:cùng|tới|đến|còn)\s+)*(?:tham\s+)?dự$")
#: ... and the "có" that introduces the attendees, after the verb's object (if any)
_LIST_HAS: Final = re.compile(r"[^.;:!?]{0,100}?(?<!\w)(?:còn\s+)?có(?!\w)")
#: "do A chủ trì": the host after the meeting noun
_HOSTED_BY: Final = re.compile(r"(?<!\w)do\s")


#: the list told as a clause of the sentence before: ", tham dự có A", "; cùng dự có B"
_CLAUSE_HAS: Final = re.compile(r"\s+(?:còn\s+)?có(?!\w)(?!\s+sự\s)")


def _opens_list(low: str, sentence: Sentence, hit: TriggerHit) -> bool:
    """The attendance verb ``hit`` opens an attendee list ("Tham dự Hội đàm có A"), as its
    sentence or as a clause after a comma or ";" ("..., tham dự có A"): the same list either
    way. Mid-sentence only "có" right after the verb counts ("A, Bộ trưởng X, tham dự Hội
    nghị có ..." is A attending)."""
    if _LIST_OPENING.fullmatch(low, sentence.start, hit.end) is not None:
        return _LIST_HAS.match(low, hit.end, sentence.end) is not None
    clause = max(
        low.rfind(",", sentence.start, hit.start), low.rfind(";", sentence.start, hit.start)
    )
    return (
        clause != -1
        and _LIST_OPENING.fullmatch(low, clause + 1, hit.end) is not None
        and _CLAUSE_HAS.match(low, hit.end, sentence.end) is not None
    )


def _governs_meeting(low: str, hit: TriggerHit, nxt: TriggerHit) -> bool:
    """The attendance ``hit`` has the meeting noun ``nxt`` as its object."""
    return (
        nxt.trigger.type in _REPORTED_BY_ATTENDING
        and _GAP.fullmatch(low, hit.end, nxt.start) is not None
    )


#: a plural noun phrase right before an attendance verb: "các Trưởng đoàn tham dự", "những
#: đại biểu dự" (up to four words after "các"/"những", none an aspect or adverb word)
_PLURAL_HEAD: Final = re.compile(
    r"(?<!\w)(?:các|những)(?:\s+(?!(?:đã|sẽ|đang|vừa|cùng|cũng|đều|sang|đến|tới)(?!\w))"
    r"[^\s,;:.()]+){1,4}\s+$"
)
#: how far back the plural head may open
_HEAD_REACH: Final = 40


def modifies_object(low: str, previous: TriggerHit, hit: TriggerHit) -> bool:
    """The attendance ``hit`` qualifies the plural object of the act ``previous`` before it in
    its clause ("chủ trì lễ đón các Trưởng đoàn tham dự Hội nghị": the heads of delegation who
    attend it): a relative clause that tells who they are, no attendance told."""
    if hit.trigger.type != "attend" or previous.trigger.type == "attend":
        return False
    between = low[previous.end : hit.start]
    if any(mark in between for mark in ",;:.()"):
        return False
    return (
        _PLURAL_HEAD.search(low, max(previous.end, hit.start - _HEAD_REACH), hit.start) is not None
    )


def without_attendance(
    low: str, sentence: Sentence, hits: Sequence[TriggerHit], lists_report: bool = False
) -> Sequence[TriggerHit]:
    """``hits`` less the attendance verbs that report no event of their own (module docstring).
    ``lists_report``: a list is the attendance's only report (ceremony_lists.py), kept."""
    if not any(h.trigger.type == "attend" for h in hits):
        return hits
    return [
        hit
        for i, hit in enumerate(hits)
        if hit.trigger.type != "attend"
        or not (
            (_opens_list(low, sentence, hit) and not lists_report)
            or (i + 1 < len(hits) and _governs_meeting(low, hit, hits[i + 1]))
        )
    ]


def _attending_verb(low: str, sentence: Sentence, hit: TriggerHit) -> re.Match[str] | None:
    """The attendance verb whose object is the meeting noun ``hit`` ("dự lễ đón")."""
    if hit.trigger.type not in _MEETINGS:
        return None
    return _ATTEND_BEFORE.search(low, max(sentence.start, hit.start - 16), hit.start)


def _list_opened_by(low: str, sentence: Sentence, hit: TriggerHit, verb: re.Match[str]) -> bool:
    return bool(
        _LIST_OPENING.fullmatch(low, sentence.start, verb.end())
        and _LIST_HAS.match(low, hit.start, sentence.end)
    )


def attends_meeting(low: str, sentence: Sentence, hit: TriggerHit) -> bool:
    """The meeting noun ``hit`` is the object of an attendance verb that reports it ("B dự lễ
    đón do A chủ trì"), not one opening an attendee list ("Dự lễ đón có A")."""
    if hit.trigger.type not in _REPORTED_BY_ATTENDING:
        return False
    verb = _attending_verb(low, sentence, hit)
    return verb is not None and not _list_opened_by(low, sentence, hit, verb)


def attended_signing(low: str, sentence: Sentence, hit: TriggerHit) -> bool:
    """The signing noun ``hit`` is what its subject attends ("A đã tham dự lễ ký kết"): A
    watched it, so A signs nothing; the signers, if any, are named after it."""
    if hit.trigger.type != "signing":
        return False
    verb = _attending_verb(low, sentence, hit)
    return verb is not None and not _list_opened_by(low, sentence, hit, verb)


def lists_attendees(low: str, sentence: Sentence, hit: TriggerHit) -> bool:
    """The meeting noun ``hit`` is named in an attendee list ("Cùng tham dự buổi tiếp có X"):
    its sentence tells who else was there, never the event itself nor its sides."""
    verb = _attending_verb(low, sentence, hit)
    return verb is not None and _list_opened_by(low, sentence, hit, verb)


def attended_sides(
    view: ArticleView,
    hit: TriggerHit,
    zone_end: int,
    subjects: Sequence[Person],
    objects: Sequence[Person],
) -> tuple[tuple[Person, ...], tuple[Person, ...]]:
    """(subjects, objects) of an attended meeting: "B dự lễ đón do A chủ trì" makes A the
    host (subject) and B the guest (object); with no "do A" the sides stay as found."""
    by = _HOSTED_BY.search(view.lower, hit.end, zone_end)
    hosts = tuple(m.person for m in view.mentions_in(by.end(), zone_end)) if by else ()
    if not hosts or not subjects:
        return tuple(subjects), tuple(objects)
    host_names = {p.name for p in hosts}
    guests = tuple(p for p in (*subjects, *objects) if p.name not in host_names)
    return hosts[:1], guests
