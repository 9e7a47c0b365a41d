"""The host of a reception named in the sentences after it, by the role he plays.

"X đến chào xã giao lãnh đạo tỉnh" names the guest only. The next sentences often say who
received him: "Tiếp Tổng lãnh sự có Chủ tịch UBND tỉnh - ông Y" (the people after "có" welcomed
the guest described before it), or "Ông Y, Chủ tịch HĐND tỉnh, chủ trì buổi làm việc" (the one
who chairs the event hosts it).
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo.model import Person
from vndiplo_events.candidate import Candidate, SentenceFacts, unique_people
from vndiplo_events.companions import principals
from vndiplo_events.finishing import with_roles
from vndiplo_events.places import Gazetteer
from vndiplo_events.semicolon_lists import list_items
from vndiplo_events.view import ArticleView
from vndiplo_events.welcome_words import WELCOME_VERBS

__all__ = ["with_host_named_after"]

#: a sentence opening on the welcome of a guest described before "có", the hosts after it
_WELCOME_CO: Final = re.compile(
    r"[\W\d]*" + WELCOME_VERBS + r"\s"
    r"[^.;:]{1,100}?\s(?:còn\s+)?có\s*:?\s"
)
#: who chairs the event: "chủ trì buổi làm việc", "chủ trì buổi tiếp", "chủ trì lễ đón"
_CHAIRS: Final = re.compile(
    r"(?<!\w)chủ\s+trì\s+(?:buổi|cuộc|lễ)\s+(?:làm\s+việc|tiếp|đón|gặp|hội\s+đàm|hội\s+kiến)"
)
#: how many sentences after the event's own may name its host
_REACH: Final = 2


def with_host_named_after(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """A reception with a guest and no host, with the host the next sentences name as
    welcoming the guest or chairing the event (an inviter is none: README.md)."""
    if main.type != "reception" or main.form not in ("reported", "backref"):
        return main
    if any(p.role == "host" for p in main.participants):
        return main
    guests = {p.name for p in main.participants if p.role == "guest"}
    if not guests:
        return main
    # neither a guest nor an inviter can be the host found
    excluded = guests | {p.name for p in main.inviters}
    first = main.sentence_index
    for sentence in view.sentences[first + 1 : first + 1 + _REACH]:
        hosts = _welcomers(view, sentence.start, sentence.end, excluded) or _chair(
            view, sentence.start, sentence.end, excluded
        )
        if hosts:
            # a guest the wording left as subject ("X đến chào") stays a guest
            moved = tuple(p for p in main.subjects if p.name in guests)
            objects = unique_people((*main.objects, *moved))
            return with_roles(view, main.but(subjects=hosts, objects=objects), own, gaz)
    return main


def _welcomers(view: ArticleView, start: int, end: int, guests: set[str]) -> tuple[Person, ...]:
    """ "Tiếp <the guest> có <hosts>": the people after "có", when the guest's description
    before it names nobody else."""
    low = view.lower
    welcome = _WELCOME_CO.match(low, start, end)
    if welcome is None:
        return ()
    if any(m.person.name not in guests for m in view.mentions_in(start, welcome.end())):
        return ()
    named = principals(low, view.mentions_in(welcome.end(), end))
    listed = list_items(view, named[0], end) if named else []
    return unique_people(m.person for m in listed if m.person.name not in guests)


def _chair(view: ArticleView, start: int, end: int, guests: set[str]) -> tuple[Person, ...]:
    """ "Ông Y, <titles>, chủ trì buổi làm việc": the sentence's first person, who chairs."""
    chairs = _CHAIRS.search(view.lower, start, end)
    if chairs is None:
        return ()
    before = view.mentions_in(start, chairs.start())
    if not before or {m.person.name for m in before} & guests:
        return ()
    if len({m.person.name for m in before}) > 1:
        return ()  # several people before it: whose clause it is is not plain
    return (before[0].person,)
