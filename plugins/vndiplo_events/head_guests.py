"""Guests of a delegation named only by its head ("đoàn ... do X, <titles> làm trưởng đoàn").

* A visit told of a delegation that names no person ("Đoàn đại biểu tỉnh A đã sang thăm tỉnh
  B. Đoàn do đồng chí X - <titles> làm trưởng đoàn."): X, the one head named in the visit's
  sentence or the two after it, is its guest (README round 4: the visitor is the guest).
* A reception of several delegations at once ("tiếp đoàn đại biểu 3 tỉnh: A, B và C. Đoàn tỉnh
  A do X làm trưởng đoàn; tỉnh B do Y làm trưởng đoàn; ..."): once the head of one is its
  guest, the other heads that sentence names the same way are guests too.

A head is a name after "do" (titles may stand between) and before "làm trưởng đoàn" or "dẫn
đầu" (its own titles may stand between, no other name may).
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo.model import Person
from vndiplo_events.candidate import Candidate, SentenceFacts
from vndiplo_events.finishing import with_roles
from vndiplo_events.participants import person_country
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView, Mention

__all__ = ["heads_in", "with_fellow_heads", "with_visit_head"]

#: the words after the head's name and titles: "làm trưởng đoàn", "dẫn đầu" (not "dẫn đầu
#: đoàn", where the head is the subject of its own clause)
_LEADS: Final = re.compile(
    r"[^.;:\n]{0,100}?(?<!\w)(?:làm\s+trưởng\s+đoàn|dẫn\s+đầu(?!\s+(?:đoàn|phái\s+đoàn)))(?!\w)"
)
#: "do" before the head and its titles, with no clause break between
_BY: Final = re.compile(r"(?<!\w)do\s+[^.,;:\n]{0,60}$")
#: how many sentences after a visit's own its head may be named in
_VISIT_REACH: Final = 2
#: a delegation as the subject of the visit ("Đoàn đại biểu ...", "đoàn công tác ...")
_DELEGATION: Final = re.compile(r"(?<!\w)(?:phái\s+)?đoàn(?!\w)")
_MET_TYPES: Final = frozenset({"reception", "meeting", "talks"})


def heads_in(view: ArticleView, start: int, end: int) -> list[Person]:
    """The people named as heads of a delegation between ``start`` and ``end``, in order."""
    low = view.lower
    mentions = view.mentions_in(start, end)
    found: dict[str, Person] = {}
    for index, mention in enumerate(mentions):
        if _is_head(low, mention, mentions[index + 1 :], start, end):
            found.setdefault(mention.person.name, mention.person)
    return list(found.values())


def _is_head(low: str, mention: Mention, later: list[Mention], start: int, end: int) -> bool:
    if _BY.search(low, max(start, mention.start - 64), mention.start) is None:
        return False
    lead = _LEADS.match(low, mention.end, end)
    if lead is None:
        return False
    # the head's own titles may stand between, another person may not
    return not any(m.start < lead.end() and m.person.name != mention.person.name for m in later)


#: one speaking for the delegation: "thay mặt (cho) (các thành viên trong) đoàn (công tác),
#: <titles> X"; the phrase ends at its comma, titles and "ông"/"đồng chí" may come after it
_FOR_DELEGATION: Final = re.compile(
    r"(?<!\w)thay\s+mặt\s+(?:cho\s+)?(?:(?:các\s+)?thành\s+viên\s+(?:trong\s+|của\s+)?)?"
    r"(?:phái\s+)?đoàn(?!\w)(?!\s+(?:thanh\s+niên|tncs|kết|viên)(?!\w))[^,.;:\n]{0,60},"
    r"[^,.;:\n]{0,70}$"
)


def speakers_for_delegation(view: ArticleView, start: int, end: int) -> list[Person]:
    """The people named first after "thay mặt đoàn ...," in ``[start, end)``: the head."""
    low = view.lower
    found: dict[str, Person] = {}
    for mention in view.mentions_in(start, end):
        back = max(start, mention.start - 150)
        if _FOR_DELEGATION.search(low, back, mention.start) is None:
            continue
        # the first name after the comma: no other one stands between
        comma = low.rfind(",", back, mention.start)
        if any(m.end <= mention.start for m in view.mentions_in(comma, mention.start)):
            continue
        found.setdefault(mention.person.name, mention.person)
    return list(found.values())


def with_visit_head(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """A visit whose subject is a delegation with no one named, with the one head of
    delegation named in its sentence or the two after it as its guest: led by ("do X làm
    trưởng đoàn"), else speaking for it ("thay mặt đoàn công tác, X ...")."""
    if main.type != "visit" or main.subjects or main.form != "reported":
        return main
    if any(p.role in ("guest", "participant") for p in main.participants):
        return main
    sentence = own.sentence
    if _DELEGATION.search(view.lower, sentence.start, main.hit.start) is None:
        return main
    last = min(len(view.sentences), main.sentence_index + 1 + _VISIT_REACH)
    sides = {p.name for p in main.objects} | {p.name for p in main.participants}
    heads = [
        p
        for index in range(main.sentence_index, last)
        for p in heads_in(view, view.sentences[index].start, view.sentences[index].end)
        if p.name not in sides
    ]
    if not heads:
        heads = [
            p
            for index in range(main.sentence_index, last)
            for p in speakers_for_delegation(
                view, view.sentences[index].start, view.sentences[index].end
            )
            if p.name not in sides
        ]
    if len({p.name for p in heads}) != 1:
        return main
    return with_roles(view, main.but(subjects=(heads[0],)), own, gaz)


def with_fellow_heads(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """A reception, meeting or talks with one host and one guest named as head of a
    delegation, with the other heads of delegation the same sentence names as guests too."""
    if main.type not in _MET_TYPES:
        return main
    guests = [p.name for p in main.participants if p.role == "guest"]
    hosts = [p.name for p in main.participants if p.role == "host"]
    if len(guests) != 1 or not hosts:
        return main
    people = {p.name: p for p in (*main.subjects, *main.objects)}
    guest = people.get(guests[0])
    if guest is None:
        return main
    last = min(len(view.sentences), main.sentence_index + 3)
    for index in range(main.sentence_index, last):
        sentence = view.sentences[index]
        heads = heads_in(view, sentence.start, sentence.end)
        if guest.name not in {p.name for p in heads}:
            continue
        host_countries = {person_country(people[h], gaz) for h in hosts if h in people}
        guest_country = person_country(guest, gaz)
        others = tuple(
            p
            for p in heads
            if p.name not in people
            # a head from the hosts' country, the guest's being another, leads the hosts
            and not (
                guest_country not in host_countries and person_country(p, gaz) in host_countries
            )
        )
        if not others:
            return main
        if guest in main.objects:
            main = main.but(objects=(*main.objects, *others))
        else:
            main = main.but(subjects=(*main.subjects, *others))
        return with_roles(view, main, own, gaz)
    return main
