"""The receiving side of a visit, meeting or reception, named in a later welcome sentence.

The event sentence often names the visitor only ("Trung tâm A tổ chức gặp mặt Tùy viên X"),
and a following sentence says who received them: "Đồng chí A, Giám đốc; đồng chí B, Phó Giám
đốc chủ trì tiếp đón.", "Ông C, Tỉnh trưởng K tiếp và làm việc với đoàn.", or a side list
"Đón tiếp đồng chí X và các thành viên đoàn có đồng chí A và đồng chí B". Those named there are
the hosts; the sentence itself is no event of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.model import Person
from vndiplo_events.candidate import Candidate, SentenceFacts, unique_people
from vndiplo_events.companions import principals
from vndiplo_events.finishing import with_roles
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView
from vndiplo_events.visit_receptions import caption_like
from vndiplo_events.welcome_words import ARRIVAL_PLACE, WELCOME_VERBS

__all__ = ["with_later_welcomers"]

#: events a later welcome may give their receiving side to
_SIDED: Final = frozenset({"visit", "meeting", "reception", "talks"})
#: what may follow a subject-only welcome: nothing, or the delegation it received ("chủ trì
#: tiếp đón.", "tiếp và làm việc với đoàn", "đón tiếp đoàn tại trụ sở")
_RECEIVED_THE_VISITORS: Final = re.compile(
    r"[\s,]*(?:(?:và\s+làm\s+việc\s+)?(?:(?:với|cùng)\s+)?(?:các\s+thành\s+viên\s+(?:của\s+)?)?đoàn"
    # the delegation itself, not one named by its body ("tiếp đoàn đại biểu tỉnh X")
    r"(?:\s+(?:tại|ở|vào|nhân|trong)\s[^.;]*)?)?[\s.;!|]*$"
)
#: a sentence that opens on a welcome of the visitors and names its hosts after "có":
#: "Đón tiếp đồng chí X và các thành viên đoàn có đồng chí A và đồng chí B"
_WELCOME_LIST: Final = re.compile(
    r"\W*(?:cùng\s+)?"
    + WELCOME_VERBS
    # the place it was held may come ("Tiếp Đoàn tại trụ sở Tỉnh ủy có"), not the place of
    # arrival ("Đón đoàn tại sân bay có": arrival_welcomers.py)
    + r"\s(?:(?!\s(?:tại|ở)\s+(?:"
    + ARRIVAL_PLACE
    + r"))[^.;:]){0,200}?\s(?:còn\s+)?có\s*:?\s+"
)
#: "A chủ trì tiếp đón": the one who received the delegation, said so
_CHAIRED: Final = re.compile(r"(?<!\w)chủ\s+trì\s+$")
#: the delegation as the one welcomed
_DELEGATION: Final = re.compile(r"(?<!\w)đoàn(?!\w)")
#: how many sentences after the event's own a welcome may come
_REACH: Final = 3


def with_later_welcomers(
    view: ArticleView,
    main: Candidate,
    own: SentenceFacts,
    gaz: Gazetteer,
    candidates: Sequence[Candidate],
) -> Candidate:
    """``main`` that names its visitors but no one receiving them, with the hosts of a later
    welcome sentence: a reception told with its subject only ("A chủ trì tiếp đón"), or a
    welcome list that names the visitor and, after "có", those who received him."""
    if main.type not in _SIDED or any(p.role == "host" for p in main.participants):
        return main
    guests = _guests(main)
    if not guests:
        return main
    hosts = _subject_only_welcome(view, main, candidates, guests) or _welcome_list(
        view, main, guests
    )
    if not hosts:
        return main
    if main.type == "visit" or main.subjects:
        # a visit's counterpart, or a subject's, stands as its object
        main = main.but(objects=hosts)
    else:
        main = main.but(subjects=hosts)
    return with_roles(view, main, own, gaz)


def _guests(main: Candidate) -> frozenset[str]:
    """The names of the side that came: a visit's subjects, else the only side named."""
    if main.type == "visit":
        return frozenset(p.name for p in main.subjects) if not main.objects else frozenset()
    if main.subjects and main.objects:
        return frozenset()
    return frozenset(p.name for p in (*main.subjects, *main.objects))


def _subject_only_welcome(
    view: ArticleView,
    main: Candidate,
    candidates: Sequence[Candidate],
    guests: frozenset[str],
) -> tuple[Person, ...]:
    """The subjects of a later reception that receives no one but the delegation."""
    low = view.lower
    invited = {p.name for p in main.inviters}
    first, last = main.sentence_index + 1, main.sentence_index + _REACH
    for cand in candidates:
        if not first <= cand.sentence_index <= last or cand.key == main.key:
            continue
        if cand.type != "reception" or not cand.subjects or cand.objects:
            continue
        sentence = view.sentences[cand.sentence_index]
        if _RECEIVED_THE_VISITORS.match(low, cand.hit.end, sentence.end) is None:
            continue
        # a photo caption ("A tiếp đoàn tại trụ sở.") shows a moment and names no host, but
        # one that says who chaired or worked with the delegation does
        hosting = _CHAIRED.search(low, sentence.start, cand.hit.start) or low.startswith(
            " và làm việc", cand.hit.end
        )
        if not hosting and caption_like(view, cand):
            continue
        # the inviter who welcomes the delegation stays out of the visit (README.md)
        hosts = tuple(p for p in cand.subjects if p.name not in guests | invited)
        if hosts:
            return unique_people(hosts)
    return ()


def _welcome_list(view: ArticleView, main: Candidate, guests: frozenset[str]) -> tuple[Person, ...]:
    """The people after "có" in a later sentence opening on the welcome of a visitor."""
    low = view.lower
    first = main.sentence_index + 1
    for sentence in view.sentences[first : first + _REACH]:
        found = _WELCOME_LIST.match(low, sentence.start, sentence.end)
        if found is None:
            continue
        welcomed = view.mentions_in(sentence.start, found.end())
        # the one welcomed must be the visitor, or his delegation ("Đón đoàn có ...")
        if welcomed and not any(m.person.name in guests for m in welcomed):
            continue
        if not welcomed and _DELEGATION.search(low, sentence.start, found.end()) is None:
            continue
        named = principals(low, view.mentions_in(found.end(), sentence.end), floor=found.end())
        invited = {p.name for p in main.inviters}
        hosts = [m.person for m in named if m.person.name not in guests | invited]
        if hosts:
            return unique_people(hosts)
    return ()
