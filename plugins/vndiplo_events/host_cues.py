"""The host of a reception named in the sentences after it, by the role he plays.

"X đến chào xã giao lãnh đạo tỉnh" names the guest only. The next sentences often say who
received him: "Tiếp Tổng lãnh sự có Chủ tịch UBND tỉnh - ông Y" (the people after "có" welcomed
the guest described before it), or "Ông Y, Chủ tịch HĐND tỉnh, chủ trì buổi làm việc" (the one
who chairs the event hosts it; so does the one after "Chủ trì lễ đón có/là" or "do ... chủ trì").
A welcome ceremony told without its host ("Lễ đón chính thức X được tổ chức tại ...") is often
told again before its chair is named, so its host is looked for a little further.
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
from vndiplo_events.semicolon_lists import list_items
from vndiplo_events.view import ArticleView
from vndiplo_events.welcome_words import WELCOME_VERBS

__all__ = ["with_ceremony_retold", "with_host_named_after"]

#: a sentence opening on the welcome of a guest described before "có", the hosts after it
_WELCOME_CO: Final = re.compile(
    r"[\W\d]*" + WELCOME_VERBS + r"\s"
    r"[^.;:]{1,100}?\s(?:còn\s+)?có\s*:?\s"
)
#: who chairs the event: "chủ trì buổi làm việc", "chủ trì buổi tiếp", "chủ trì lễ đón"
_CHAIRS: Final = re.compile(
    r"(?<!\w)chủ\s+trì\s+(?:buổi|cuộc|lễ)\s+(?:làm\s+việc|tiếp|đón|gặp|hội\s+đàm|hội\s+kiến)"
)
#: the chair named after the ceremony: "Chủ trì lễ đón có Y", "Chủ trì Lễ đón là Y",
#: "Lễ đón do Y chủ trì" (the chair between "do" and "chủ trì")
_CHAIR_AFTER: Final = re.compile(
    r"(?<!\w)chủ\s+trì\s+(?:buổi\s+|cuộc\s+)?(?:lễ\s+đón|buổi\s+tiếp)[^.;:]{0,60}?\s(?:là|có)\s"
)
_CHAIRED_BY: Final = re.compile(
    r"(?<!\w)(?:lễ\s+đón|buổi\s+tiếp)[^.;:]{0,80}?\sdo\s([^.;:]{1,120}?)\s+chủ\s+trì(?!\w)"
)
#: how many sentences after the event's own may name its host
_REACH: Final = 2
#: a ceremony ("lễ đón"), retold before its chair is named: a few more
_CEREMONY_REACH: Final = 4


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
    reach = _CEREMONY_REACH if main.hit.trigger.phrase.startswith("lễ ") else _REACH
    for sentence in view.sentences[first + 1 : first + 1 + reach]:
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
    named = principals(low, view.mentions_in(welcome.end(), end), floor=welcome.end())
    listed = list_items(view, named[0], end) if named else []
    return unique_people(m.person for m in listed if m.person.name not in guests)


def _chair(view: ArticleView, start: int, end: int, guests: set[str]) -> tuple[Person, ...]:
    """ "Ông Y, <titles>, chủ trì buổi làm việc": the sentence's first person, who chairs;
    "Chủ trì lễ đón có Y", "Lễ đón do Y chủ trì": the first person named after the cue."""
    low = view.lower
    span = _chair_span(low, start, end)
    if span is not None:
        named = [m for m in view.mentions_in(*span) if m.person.name not in guests]
        return (named[0].person,) if named else ()
    chairs = _CHAIRS.search(low, start, end)
    if chairs is None:
        return ()
    before = view.mentions_in(start, chairs.start())
    if not before or {m.person.name for m in before} & guests:
        return ()
    if len({m.person.name for m in before}) > 1:
        return ()  # several people before it: whose clause it is is not plain
    return (before[0].person,)


def _chair_span(low: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the chair is named after the cue: "Chủ trì lễ đón có <Y ...>", "Lễ đón do <Y>
    chủ trì"."""
    after = _CHAIR_AFTER.search(low, start, end)
    if after is not None:
        return after.end(), end
    by = _CHAIRED_BY.search(low, start, end)
    return by.span(1) if by is not None else None


def with_ceremony_retold(main: Candidate, candidates: Sequence[Candidate]) -> list[Candidate]:
    """``candidates`` with the ceremony's later mentions that name only its people ("Y chủ
    trì lễ đón" after "Lễ đón chính thức X được tổ chức ...") made back-references: one
    welcome, not a second one with the chair alone."""
    if main.type != "reception" or not main.hit.trigger.phrase.startswith("lễ "):
        return list(candidates)
    if not main.subjects or not main.objects:
        return list(candidates)
    names = {p.name for p in main.participants}
    last = main.sentence_index + _CEREMONY_REACH
    return [
        c.but(form="backref")
        if c.key != main.key
        and c.form == "reported"
        and c.type == main.type
        and c.hit.trigger.phrase == main.hit.trigger.phrase
        and main.sentence_index < c.sentence_index <= last
        and c.participants
        and {p.name for p in c.participants} <= names
        else c
        for c in candidates
    ]
