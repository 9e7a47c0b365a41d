"""The hosts of a visit named only as the ones who welcomed the visitor where he arrived.

"Đón Chủ tịch nước X và Đoàn tại sân bay Y, về phía Campuchia có: A; B; C", "Ra sân bay đón
đoàn có A, B", or a welcome told first ("lễ đón đã được tổ chức tại sân bay") and its sides
listed after it ("Về phía Nga có A, B. Về phía Việt Nam có Đại sứ C"): the receiving side's
welcomers host the visit (benchmarks/realpages/README.md AJ3) when the page names no other
host. The visitor's own people among them (his ambassador, "Về phía Việt Nam có ..." when the
visitor is Vietnamese) are on the visiting side and host nothing (round 8 #2); the inviter
who comes to the airport stays out too (round 3).

The round-6 line "a greeting at the place of arrival names no host" (welcome_words.py) is about
a *separate* reception; it still holds there.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo.model import Person
from vndiplo_events.candidate import Candidate, SentenceFacts, unique_people
from vndiplo_events.companions import principals
from vndiplo_events.finishing import with_roles
from vndiplo_events.participants import person_country
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView

__all__ = ["with_arrival_welcomers"]

#: a welcome verb ("đón", "đón tiếp", "tiếp đón", "chào đón", "nghênh đón")
_WELCOME_VERB: Final = r"(?:đón\s+tiếp|tiếp\s+đón|chào\s+đón|nghênh\s+đón|đón)(?!\w)"
#: whom the welcomers stand for, fronted with no comma ("Thay mặt Lãnh đạo Quốc hội đón Đoàn
#: ... có A"): they host for the body they name
_ON_BEHALF: Final = r"(?:thay\s+mặt\s+[^,.;:]{1,60}?\s+(?=(?:ra|tới|đến|có\s+mặt|đón|chào|nghênh)))"
#: a sentence opening on the welcome of the visitor: a short fronted phrase ("Sáng 5/3, "), a
#: way there ("Ra sân bay", "Có mặt tại sân bay để", "Cùng ra", "Tham gia") and the verb
_OPENS_ON_WELCOME: Final = re.compile(
    r"[\W\d]*(?:[^,.;:]{1,40},\s*)?(?:cùng\s+)?" + _ON_BEHALF + r"?"
    r"(?:(?:ra|tới|đến|có\s+mặt)(?:\s+(?:tại|ở))?(?:\s+tận)?"
    r"(?:\s+(?:sân\s+bay|phi\s+trường|nhà\s+ga|ga|bến\s+cảng)(?:\s+[^,.;:]{0,50}?)?)?"
    r"(?:\s+để)?\s+|tham\s+gia\s+|trực\s+tiếp\s+)?" + _WELCOME_VERB
)
#: where the welcomers are listed: "(, về phía Campuchia) (còn) có(:)"
_LISTED: Final = re.compile(
    r"(?:(?<!\w)(?:về\s+)?phía\s+(?P<side>[^,.;:]{1,60}?)\s*,?\s*)?"
    r"(?<!\w)(?:còn\s+|cũng\s+)?có(?:\s+mặt)?(?:\s*:|\s+(?=\w))"
)
#: a sentence listing one side of a welcome told just before: "Về phía Nga có ..."
_SIDE_OPENS: Final = re.compile(
    r"[\W\d]*(?:về\s+)?phía\s+(?P<side>[^,.;:]{1,60}?)\s*[,:]?\s*"
    r"(?:(?:cùng\s+)?(?:ra\s+)?"
    + _WELCOME_VERB
    + r"[^,.;:]{0,80}?\s*,?\s*)?(?:còn\s+|cũng\s+)?có(?:\s+mặt)?(?:\s*:|\s+(?=\w))"
)
#: a later side's list in the same sentence ("...; về phía Việt Nam có Đại sứ C"): the list
#: before it ends there, and the new one is judged by its own side
_NEXT_SIDE: Final = re.compile(
    r"(?:[;,.]\s*|\s(?:và|còn|cùng)\s+)(?:về\s+)?phía\s+(?P<side>[^,.;:]{1,60}?)\s*[,:]?\s*"
    r"(?:(?:còn|cũng)\s+)?có(?:\s+mặt)?(?:\s*:|\s+(?=\w))"
)
#: the visiting side named from a Vietnamese page when the visitor is Vietnamese ("phía ta")
_OUR_SIDE: Final = frozenset({"ta", "chúng ta"})
#: what tells a welcome or an arrival before a side list: "lễ đón", "hạ cánh", "sân bay"
_ARRIVAL: Final = re.compile(
    r"(?<!\w)(?:đón|hạ\s+cánh|sân\s+bay|phi\s+trường|nhà\s+ga|bến\s+cảng)(?!\w)"
)
#: a border gate: README AJ3 settles airport welcomers only; a province's delegation welcomed at
#: the gate is hosted by the leader who receives it later (dev D23, R09, P04), so no list told
#: at a border gate gives hosts
_BORDER: Final = "cửa khẩu"
#: the events the welcomers may host: the visit, or the welcome itself told with its guest only
_HOSTED: Final = frozenset({"visit", "reception"})
#: how many sentences before the event's own the welcome may be told
_BACK: Final = 3
#: how many sentences after the event's own the welcome may be told (a photo caption, the
#: decorations of the airport and a banner may come between)
_REACH: Final = 6


def with_arrival_welcomers(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """A visit (or the welcome that opens it) that names its guest and no host, with the
    receiving side's welcomers listed in the sentences around it (after it first) as hosts."""
    if main.type not in _HOSTED or (not main.subjects and not main.objects):
        return main
    if any(p.role == "host" for p in main.participants):
        return main
    if main.type == "reception" and (
        (main.subjects and main.objects) or "đón" not in main.hit.trigger.phrase
    ):
        return main
    guests = tuple(main.subjects or main.objects)
    names = {p.name for p in guests} | {p.name for p in main.inviters}
    visiting = {person_country(p, gaz) for p in guests}
    low = view.lower
    at = main.sentence_index
    hosts: list[Person] = []
    # the welcome follows the visit's sentence, or comes first when the visit is named after
    # the arrival ("X hạ cánh ... Đón X có A, B. Chuyến thăm của X ...")
    for index in (*range(at + 1, min(len(view.sentences), at + 1 + _REACH)), *_before(at)):
        sentence = view.sentences[index]
        told_from = view.sentences[index - 1].start if index > 0 else sentence.start
        if _BORDER in low[told_from : sentence.end]:
            continue
        lists = _welcome_lists(view, index, names)
        for side, start, end in lists:
            if side is not None and _side_country(side, gaz) in visiting:
                continue  # "Về phía Việt Nam có ...": the visitor's own people
            named = principals(low, view.mentions_in(start, end), floor=start)
            hosts += [
                m.person
                for m in named
                if m.person.name not in names
                # a side named by its country vouches for its list; else each one's own
                and (
                    (side is not None and _side_country(side, gaz) is not None)
                    or person_country(m.person, gaz) not in visiting
                )
            ]
        if hosts:
            break
    if not hosts:
        return main
    found = unique_people(hosts)
    if main.type == "visit":
        main = main.but(objects=found)
    else:
        # the welcome told with its guest only: those who welcomed him hold it
        main = main.but(subjects=found, objects=guests)
    return with_roles(view, main, own, gaz)


def _before(at: int) -> range:
    """The sentences before ``at`` a welcome may be told in, nearest first."""
    return range(at - 1, max(-1, at - 1 - _BACK), -1)


def _side_country(side: str, gaz: Gazetteer) -> str | None:
    """The country a side list names: "Nhật Bản", "Việt Nam"; "phía ta" is the Vietnamese side
    (the outlets are Vietnamese)."""
    if " ".join(side.lower().split()) in _OUR_SIDE:
        return "VN"
    return gaz.country_of(side)


def _welcome_lists(
    view: ArticleView, index: int, guests: set[str]
) -> list[tuple[str | None, int, int]]:
    """The welcomer lists of sentence ``index``: each (the side named, else None; where the
    list starts; where it ends), one per "phía X có" in it."""
    found = _first_list(view, index, guests)
    if found is None:
        return []
    side, start = found
    end = view.sentences[index].end
    lists: list[tuple[str | None, int, int]] = []
    for later in _NEXT_SIDE.finditer(view.lower, start, end):
        lists.append((side, start, later.start()))
        side, start = _original(view, later, "side"), later.end()
    return [*lists, (side, start, end)]


def _first_list(view: ArticleView, index: int, guests: set[str]) -> tuple[str | None, int] | None:
    """The first welcomer list of sentence ``index``: (the side named, else None; where the
    list starts). A sentence opening on the welcome of the visitor lists them after its "có"; a
    sentence opening on "Về phía X có" lists one side of a welcome told just before."""
    low = view.lower
    sentence = view.sentences[index]
    opened = _OPENS_ON_WELCOME.match(low, sentence.start, sentence.end)
    if opened is not None:
        listed = _LISTED.search(low, opened.end(), sentence.end)
        if listed is None:
            return None
        welcomed = principals(low, view.mentions_in(opened.end(), listed.start()))
        # the one welcomed is the visitor, his delegation or his title ("Đón Chủ tịch nước
        # và Phu nhân"), no one else
        if any(m.person.name not in guests for m in welcomed):
            return None
        return _original(view, listed, "side"), listed.end()
    side = _SIDE_OPENS.match(low, sentence.start, sentence.end)
    if side is None or view.mentions_in(sentence.start, side.start("side")):
        return None
    if index == 0:
        return None
    # the sentence before tells the welcome or the arrival, or lists the other side
    previous = view.sentences[index - 1]
    if (
        _ARRIVAL.search(low, previous.start, previous.end) is None
        and _SIDE_OPENS.match(low, previous.start, previous.end) is None
    ):
        return None
    return _original(view, side, "side"), side.end()


def _original(view: ArticleView, found: re.Match[str], group: str) -> str | None:
    """The text of ``group`` as written (the country lookup is case-sensitive), or None."""
    if found.group(group) is None:
        return None
    return view.text[found.start(group) : found.end(group)]
