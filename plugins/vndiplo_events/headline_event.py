"""The main event from the headline, when the body only refers back to it.

"<leader> đón <guest> tại <palace>" over a body that tells the guard of honour
and "Tại buổi tiếp, ..." but never reports the welcome itself: the headline's event word and
the people it names (by name, or by a title only one person of the article holds) make the
main event; :func:`~vndiplo_events.choice.complete_main` then adds its place and date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.model import Person
from vndiplo_events.candidate import Candidate, SentenceFacts
from vndiplo_events.finishing import with_roles
from vndiplo_events.office_forms import shortened_office
from vndiplo_events.participants import assign_roles, is_envoy
from vndiplo_events.patterns import lowered
from vndiplo_events.places import Gazetteer
from vndiplo_events.triggers import TriggerHit
from vndiplo_events.view import ArticleView, unique_by_name

__all__ = ["headline_main", "named_in_headline", "reception_of_the_headline"]

#: events a headline reports with its sides: "A tiếp B", "A hội đàm với B", "A gặp B",
#: "A điện đàm / hội đàm trực tuyến với B"
_WITH_SIDES: Final = frozenset({"reception", "meeting", "talks", "phone_call"})
#: "X phát biểu tại buổi tiếp": X speaks at the event, he is not said to hold it
_AT_THE_EVENT: Final = re.compile(r"(?<!\w)tại\s+(?:(?:buổi|cuộc|lễ)\s+)?$")


def headline_main(
    view: ArticleView, headline: str, hits: Sequence[TriggerHit], candidates: Sequence[Candidate]
) -> Candidate | None:
    """A reported event keyed after ``candidates``, anchored at the body's start, from the
    headline's first event with sides; None when the headline names no one of the article,
    or when the body mentions an event of that type with its people (that one says more)."""
    hit = next((h for h in hits if h.trigger.type in _WITH_SIDES), None)
    if hit is None or not view.sentences:
        return None
    # a past act only referred to ("Trước đó, hôm D, A đã gặp C") is not the headline's;
    # an announced one ("A sẽ hội đàm với B") may be; one only embedded under thanks ("B cảm
    # ơn A đã dành thời gian tiếp") says less than the headline, whose sides are plain
    if any(
        c.type == hit.trigger.type
        and c.participants
        and not c.embedded
        and (c.form != "referenced" or c.planned)
        for c in candidates
    ):
        return None
    key = len(candidates)
    low = lowered(headline)
    placed = named_in_headline(low, view.people)
    subjects = tuple(p for at, p in placed if at < hit.start)
    objects = tuple(p for at, p in placed if at >= hit.end)
    if not subjects and not objects:
        return None
    if hit.trigger.type == "reception" and _AT_THE_EVENT.search(low, 0, hit.start):
        # an envoy speaking at a reception is received at his post (envoy_sides.py)
        objects = (*objects, *(p for p in subjects if is_envoy(p)))
        subjects = tuple(p for p in subjects if not is_envoy(p))
    start = view.sentences[0].start
    anchor = TriggerHit(start, start, hit.text, hit.trigger)
    cand = Candidate(key, anchor, 0, "reported", None, start, start)
    cand = cand.but(subjects=subjects, objects=objects)
    participants, cameo = assign_roles(
        hit.trigger.type or "other", hit.trigger.cameo, subjects, objects, (), None
    )
    return cand.but(participants=participants, cameo=cameo)


def reception_of_the_headline(
    view: ArticleView,
    main: Candidate,
    candidates: Sequence[Candidate],
    hits: Sequence[TriggerHit],
    own: SentenceFacts,
    gaz: Gazetteer,
) -> Candidate:
    """A meeting the body reports ("A đã gặp B") under a headline that names a reception
    ("A tiếp B", "A tiếp kiến B") is that reception, seen from the receiving side: the
    headline's word and type, its sides' roles to be worked out again. Not when the body
    reports a reception with people of its own (that one is the headline's)."""
    if main.type != "meeting" or main.form != "reported":
        return main
    hit = next((h for h in hits if h.trigger.type == "reception"), None)
    if hit is None or any(h.trigger.type == "meeting" for h in hits):
        return main
    if any(c.type == "reception" and c.participants and c.form == "reported" for c in candidates):
        return main
    named = TriggerHit(main.hit.start, main.hit.end, hit.text, hit.trigger)
    return with_roles(view, main.but(hit=named), own, gaz)


def named_in_headline(low: str, people: Sequence[Person]) -> list[tuple[int, Person]]:
    """(position, person) for each person the headline names: by name, else by a title of two
    words or more that no one else in the article holds ("Tổng thống Pháp")."""
    everyone = unique_by_name(people)
    holders: dict[str, int] = {}
    for person in everyone:
        for title in _offices(person.titles):
            holders[title] = holders.get(title, 0) + 1
    found: list[tuple[int, Person]] = []
    by_title: list[tuple[int, int, Person]] = []
    for person in everyone:
        at = low.find(lowered(person.name))
        if at != -1:
            found.append((at, person))
            continue
        titles = [t for t in _offices(person.titles) if len(t.split()) >= 2 and holders[t] == 1]
        spans = [(low.find(t), low.find(t) + len(t)) for t in titles if t in low]
        if spans:
            by_title.append((*min(spans), person))
    # "Chủ tịch" is no one's title inside "Chủ tịch nước", another's longer title
    for start, end, person in by_title:
        if not any(s <= start and end <= e and e - s > end - start for s, e, _ in by_title):
            found.append((start, person))
    found.extend(_by_short_office(low, everyone, found, by_title, holders))
    return sorted(found, key=lambda pair: pair[0])


#: "Chánh án kiêm Bí thư": two offices held at once, each named alone
_CONCURRENT: Final = re.compile(r"\s+kiêm\s+")


def _offices(titles: Sequence[str]) -> set[str]:
    """Each title lower-cased, and each office of a concurrent one ("Chánh án kiêm Bí thư" is
    also "chánh án" and "bí thư"): a headline names one of them."""
    found: set[str] = set()
    for title in titles:
        low = lowered(title)
        found |= {low, *_CONCURRENT.split(low)}
    return found


def _by_short_office(
    low: str,
    everyone: Sequence[Person],
    found: list[tuple[int, Person]],
    by_title: list[tuple[int, int, Person]],
    holders: dict[str, int],
) -> list[tuple[int, Person]]:
    """People the headline names by a short form of their office ("Đại sứ Nhật Bản tại Việt
    Nam" for "Đại sứ Đặc mệnh toàn quyền Nhật Bản tại Việt Nam"), where no one is named
    already; a short form two people's offices give names neither."""
    named = {p.name for _, p in found}
    hits: dict[tuple[int, int], list[Person]] = {}
    for person in everyone:
        if person.name in named:
            continue
        for title in {lowered(t) for t in person.titles}:
            if holders[title] != 1:
                continue
            span = shortened_office(low, title)
            if span is not None:
                hits.setdefault(span, []).append(person)
                break
    taken = [(s, e) for s, e, _ in by_title]
    return [
        (start, people[0])
        for (start, end), people in hits.items()
        if len(people) == 1 and not any(s < end and start < e for s, e in taken)
    ]
