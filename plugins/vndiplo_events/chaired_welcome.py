"""A welcome ceremony told in two sentences: first without its host ("Lễ đón chính thức X đã
được tổ chức tại ...", "Tại Y diễn ra lễ đón X", "X được đón trọng thể"), then by the one who
presided ("Z chủ trì lễ đón", "Chủ trì lễ đón có Z"). The second sentence names only the chair;
its guest is the one the first welcomed, so the two make one reception with Z host and X guest
(host_cues.py folds the first into it when the first is the main event). A guest may also be
told after the chair, as attending the welcome ("Z chủ trì lễ đón. X tham dự lễ đón và ..."):
X is the ceremony's guest, never the host of a second welcome.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final

from vndiplo.model import Person
from vndiplo_events.candidate import Candidate, SentenceFacts, unique_people
from vndiplo_events.finishing import with_roles
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView

__all__ = ["with_welcomed_guests"]

#: the chair's verb right before the ceremony noun: "Z chủ trì lễ đón"
_CHAIRS: Final = re.compile(r"(?<!\w)(?<!đồng )chủ\s+trì\s+(?:buổi\s+)?$")
#: "Chủ trì lễ đón ..." opening its sentence, and the "có" / "là" before the chairs
_CHAIR_OPENS: Final = re.compile(r"[\W\d]*chủ\s+trì\s+(?:buổi\s+)?")
_CO: Final = re.compile(r"(?<!\w)(?:là|có)(?!\w)")
#: the welcome noun and what may qualify it before the guest ("lễ đón chính thức", "lễ đón
#: trọng thể"), then the guest's name
_WELCOME: Final = re.compile(
    r"(?<!\w)lễ\s+đón(?:\s+(?:chính\s+thức|trọng\s+thể|cấp\s+nhà\s+nước))*\s+(?:đoàn\s+)?"
)
#: the guest as the subject of a passive welcome: "X được đón trọng thể", "X đã được chào đón"
_WELCOMED: Final = re.compile(r"(?<!\w)(?:đã\s+)?được\s+(?:chào\s+|tiếp\s+)?đón(?!\w)")
#: the attendance of a welcome, its subject a guest: "X tham dự lễ đón", "X đã dự lễ đón"
_ATTENDS: Final = re.compile(r"(?<!\w)(?:đã\s+)?(?:tham\s+)?dự\s+$")
#: how far after the welcome noun its guest's name may start (a title comes first)
_GUEST_REACH: Final = 80
#: how many sentences before the chair's the hostless welcome may be told
_REACH: Final = 2


def with_welcomed_guests(
    view: ArticleView,
    candidates: Sequence[Candidate],
    facts_of: Mapping[int, SentenceFacts],
    gaz: Gazetteer,
) -> list[Candidate]:
    """``candidates`` with each "Z chủ trì lễ đón" that names no guest given the guest of the
    hostless welcome told just before it."""
    out = list(candidates)
    for i, cand in enumerate(out):
        chairs = _chairs_only(view, cand)
        if not chairs:
            continue
        names = {p.name for p in chairs}
        guest = _welcomed_before(view, cand.sentence_index, names)
        attending = _attending_after(view, out, cand.sentence_index, names)
        guests = unique_people([*((guest,) if guest is not None else ()), *attending.values()])
        own = facts_of.get(cand.sentence_index)
        if not guests or own is None:
            continue
        out[i] = with_roles(view, cand.but(subjects=chairs, objects=guests), own, gaz)
        for key in attending:
            # "X tham dự lễ đón": the same ceremony retold, X its guest
            later = out[key]
            told = facts_of.get(later.sentence_index)
            if told is not None:
                retold = later.but(subjects=chairs, objects=(attending[key],), secondary=True)
                out[key] = with_roles(view, retold, told, gaz)
    return out


def _attending_after(
    view: ArticleView, candidates: Sequence[Candidate], index: int, chairs: set[str]
) -> dict[int, Person]:
    """{key: guest} of the "X tham dự lễ đón" welcomes told in the sentences right after the
    chair's ``index``, X none of the chairs."""
    low = view.lower
    found: dict[int, Person] = {}
    for cand in candidates:
        if not index < cand.sentence_index <= index + _REACH or cand.form != "reported":
            continue
        if cand.type != "reception" or not cand.hit.trigger.phrase.startswith("lễ đón"):
            continue
        start = view.sentences[cand.sentence_index].start
        if _ATTENDS.search(low, max(start, cand.hit.start - 16), cand.hit.start) is None:
            continue
        subjects = [p for p in cand.subjects if p.name not in chairs]
        if len(subjects) == 1 and not cand.objects:
            found[cand.key] = subjects[0]
    return found


def _chairs_only(view: ArticleView, cand: Candidate) -> tuple[Person, ...]:
    """The chairs of ``cand`` when it is "Z chủ trì lễ đón" or "Chủ trì lễ đón có Z" and names
    no guest, else ()."""
    if cand.type != "reception" or cand.form != "reported":
        return ()
    if not cand.hit.trigger.phrase.startswith("lễ đón"):
        return ()
    low = view.lower
    start = view.sentences[cand.sentence_index].start
    if _CHAIRS.search(low, max(start, cand.hit.start - 16), cand.hit.start) is None:
        return ()
    if cand.subjects and not cand.objects:
        return cand.subjects
    if not cand.subjects and cand.objects and _CHAIR_OPENS.fullmatch(low, start, cand.hit.start):
        # "Chủ trì lễ đón có Z": those after "có" are the chairs, not guests
        first = view.mentions_in(cand.hit.end, view.sentences[cand.sentence_index].end)
        if first and _CO.search(low, cand.hit.end, first[0].start):
            return cand.objects
    return ()


def _welcomed_before(view: ArticleView, index: int, chairs: set[str]) -> Person | None:
    """The guest of a welcome told without its host in the sentences just before ``index``
    that name none of the chairs: the first person right after the welcome noun ("lễ đón
    chính thức Tổng thống X"), else the last one before "được đón" ("X được đón trọng thể")."""
    low = view.lower
    for sentence in reversed(view.sentences[max(0, index - _REACH) : index]):
        mentions = view.mentions_in(sentence.start, sentence.end)
        if any(m.person.name in chairs for m in mentions):
            continue
        welcome = _WELCOME.search(low, sentence.start, sentence.end)
        if welcome is not None:
            end = min(sentence.end, welcome.end() + _GUEST_REACH)
            after = view.mentions_in(welcome.end(), end)
            if after:
                return after[0].person
        passive = _WELCOMED.search(low, sentence.start, sentence.end)
        before = view.mentions_in(sentence.start, passive.start()) if passive else []
        if before:
            return before[-1].person
    return None
