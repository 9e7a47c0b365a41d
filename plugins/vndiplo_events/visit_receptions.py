"""The hosts of a visit named only in the receptions and talks it holds.

"Đoàn ... do ông A dẫn đầu thăm Việt Nam" names the guest only. When a later sentence tells of
a reception or talks whose other side is just the delegation ("ông B tiếp Đoàn", "Đoàn đại
biểu ... do ông C làm Trưởng đoàn hội đàm với Đoàn ...", "Đoàn ... hội đàm với đoàn ... do ông
C dẫn đầu"), the people named there received the visit: they host it (the receiving leaders of
a visit are its hosts, benchmarks/realpages/README.md).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final

from vndiplo.model import Person
from vndiplo_events.candidate import Candidate, SentenceFacts, unique_people
from vndiplo_events.finishing import with_roles
from vndiplo_events.participants import is_envoy, person_country
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView

__all__ = ["caption_like", "with_receiving_hosts"]

#: the received side right after the trigger is the delegation, no person: "tiếp Đoàn",
#: "tiếp và làm việc với các đoàn", "hội đàm với Đoàn đại biểu ..."
_DELEGATION_AFTER: Final = re.compile(
    r"[\s,]*(?:(?:và\s+)?làm\s+việc\s+)?(?:(?:với|cùng)\s+)?(?:các\s+|hai\s+)?đoàn(?!\w)"
)
#: the delegation as the subject of talks: "Đoàn đại biểu ... (đã) (có cuộc) hội đàm"
_DELEGATION_OPENS: Final = re.compile(
    r"[\W\d]*(?:[^,.;:]{0,60},\s*){0,3}(?:các\s+|hai\s+)?đoàn(?!\w)"
)
#: the longest photo caption: a short line with no date of its own
_CAPTION_SPAN: Final = 160
_SIDE_EVENTS: Final = frozenset({"reception", "talks", "meeting"})


def with_receiving_hosts(
    view: ArticleView,
    main: Candidate,
    candidates: Sequence[Candidate],
    facts_of: Mapping[int, SentenceFacts],
    gaz: Gazetteer,
) -> Candidate:
    """A reported visit with guests and no host, with the people who received its delegation
    in the receptions and talks told after it as hosts."""
    if main.type != "visit" or main.form != "reported" or not main.subjects:
        return main
    if any(p.role == "host" for p in main.participants):
        return main
    guests = {p.name for p in main.participants if p.role == "guest"}
    # the inviter of a visit is none of its sides, though he welcomes the guest (README.md)
    inviters = {p.name for p in main.inviters}
    if not guests:
        return main
    # a guest's country other than the default tells a host of the same country is none
    countries = {person_country(p, gaz) for p in main.subjects} - {"VN"}
    # the visitor's own envoy greeting him is on his side, whatever the country (round 8 #2)
    own_envoys = {person_country(p, gaz) for p in main.subjects}
    hosts: list[Person] = []
    for cand in candidates:
        if cand.sentence_index <= main.sentence_index or cand.form != "reported":
            continue
        if cand.embedded or cand.secondary or cand.planned:
            continue
        if cand.type == "visit" and any(p.name not in guests for p in cand.subjects):
            break  # another visit: what follows is not this one's
        if cand.type not in _SIDE_EVENTS or caption_like(view, cand):
            continue
        sentence = view.sentences[cand.sentence_index]
        # only the people its own sentence names (a side lent from elsewhere tells nothing)
        told = {m.person.name for m in view.mentions_in(sentence.start, sentence.end)}
        named = _receivers(view, cand, guests)
        hosts += [
            p
            for p in named
            if p.name in told
            and p.name not in inviters
            and person_country(p, gaz) not in countries
            and not (is_envoy(p) and person_country(p, gaz) in own_envoys)
        ]
    own = facts_of.get(main.sentence_index)
    if not hosts or own is None:
        return main
    return with_roles(view, main.but(objects=unique_people(hosts)), own, gaz)


def _receivers(view: ArticleView, cand: Candidate, guests: set[str]) -> tuple[Person, ...]:
    """The people of ``cand`` whose other side is only the delegation (or its named guests)."""
    low = view.lower
    if any(p.name in guests for p in cand.subjects):
        return ()
    others = [p for p in cand.objects if p.name not in guests]
    if cand.subjects and not others:
        # "ông B tiếp Đoàn", "Đoàn ... do ông C làm Trưởng đoàn hội đàm với Đoàn ..."
        if _DELEGATION_AFTER.match(low, cand.hit.end, cand.zone_end):
            return cand.subjects
        return ()
    if not cand.subjects and others and cand.type != "reception":
        # "Đoàn ... đã có cuộc hội đàm với đoàn ... do ông C dẫn đầu": the delegation that
        # received it; a person the delegation only works with ("Tại X, đoàn làm việc với
        # Thống đốc Y") received nobody (README round 7)
        start = view.sentences[cand.sentence_index].start
        if _DELEGATION_OPENS.match(low, start, cand.hit.start) and _DELEGATION_AFTER.match(
            low, cand.hit.end, cand.zone_end
        ):
            return tuple(others)
    return ()


def caption_like(view: ArticleView, cand: Candidate) -> bool:
    """``cand`` is told in a line of its own, short and undated: a photo caption ("Bí thư A
    tiếp đoàn tại Văn phòng Tỉnh ủy."), which shows a moment and names no host of the visit."""
    sentence = view.sentences[cand.sentence_index]
    b0, b1 = view.blocks[sentence.block]
    return (
        sentence.end - sentence.start <= _CAPTION_SPAN
        and not view.text[b0 : sentence.start].strip()
        and not view.text[sentence.end : b1].strip()
        and not view.dates_in(sentence.start, sentence.end)
    )
