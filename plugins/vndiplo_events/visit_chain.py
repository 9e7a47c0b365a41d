"""Event words chained in one clause: the most specific act is the main event.

"đã đến thăm và chào xã giao ông X", "sang thăm, hội kiến Y": the bare "thăm" says only that
the side went; the act after it says what happened and with whom (R07; the visit stays as an
event). The same holds down a ranking, talks > reception > meeting > visit > working session:
"đến thăm tỉnh K và có buổi hội đàm với X" is talks, "có cuộc gặp riêng, tiến hành hội đàm với
X" is talks, and "nhân chuyến thăm, làm việc với X" is the visit, its working session only a
part of it. The chosen act keeps the counterpart the chain names.

Kept apart from the choice of the main event (choice.py): it looks at two hits of one sentence
and the few characters between them, nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.annotations import Participant
from vndiplo_events.candidate import Candidate
from vndiplo_events.view import ArticleView

__all__ = ["act_of_the_visit_chain", "counterpart_speaks_next"]

#: the bare visit verbs a chain opens with; a noun ("chuyến thăm") or a kind of visit ("thăm
#: chính thức") names the trip itself
_BARE_VISITS: Final = frozenset({"thăm", "viếng thăm"})
#: the acts a visit verb may be chained to
_ACTS: Final = frozenset({"reception", "meeting", "talks"})
#: nothing but a conjunction or a comma between the two verbs
_CHAINED: Final = re.compile(r"\s*(?:,\s*)?(?:và\s+)?")
#: a chain link: a manner word of the first act, a comma or "và", and the light verb and
#: classifier of the second ("cuộc gặp riêng, tiến hành hội đàm", "gặp xã giao và hội đàm")
_LINK: Final = re.compile(
    r"\s*(?:(?:riêng|xã\s+giao|thân\s+mật|song\s+phương)\s*)?(?:,\s*)?(?:và\s+)?"
    r"(?:(?:đã\s+)?(?:có|tiến\s+hành)\s+)?(?:(?:các|những|một)\s+)?(?:(?:buổi|cuộc)\s+)?"
)
#: a bare visit verb, its object place, then the link: "thăm tỉnh K và có buổi hội đàm"; a
#: country in brackets ("thăm tỉnh K (Lào) và") or a comma before "và" ("viếng thăm thủ đô K,
#: và gặp gỡ X") changes nothing
_OBJECT_LINK: Final = re.compile(
    r"\s+[^,;.:()\"“”]{1,60}?(?:\s*\([^()]{1,30}\))?(?:\s*,)?\s+và\s+(?:(?:đã\s+)?(?:có|tiến\s+hành)\s+)?"
    r"(?:(?:các|những|một)\s+)?(?:(?:buổi|cuộc)\s+)?"
)
#: "thăm tỉnh K, gặp X": a comma only, the act's counterpart then speaks first in the next
#: sentence ("Phó Thống đốc X cho biết ..."), so the body goes on about the act
_OBJECT_COMMA: Final = re.compile(r"\s+[^,;.:()\"“”]{1,60}?\s*,\s+")
#: how far into the next sentence its first person may be named (after a title)
_OPENING_SPAN: Final = 60
#: how specific each act is; a working session ("làm việc với") says least of a meeting
_RANK: Final = {"talks": 4, "reception": 3, "meeting": 2, "visit": 1}
_WORKING: Final = "làm việc"
#: a banquet is typed a reception, but it says no more of the meeting it goes with ("gặp mặt,
#: chiêu đãi X")
_BANQUETS: Final = ("chiêu đãi", "tiệc")
_WELCOME: Final = "đón"
#: a welcome chained straight to the talks: "đón, hội đàm", "lễ đón chính thức và hội đàm",
#: "lễ đón, rồi hội đàm",
#: "đón và tiến hành hội đàm"; a welcome with its own object between is an act of its own
_WELCOME_CHAIN: Final = re.compile(
    r"\s*(?:(?:chính\s+thức|trọng\s+thể)\s*)?(?:,\s*|và\s+|,\s*và\s+)"
    r"(?:(?:rồi|sau\s+đó)\s*,?\s*)?(?:(?:có|tiến\s+hành)\s+)?(?:(?:buổi|cuộc)\s+)?"
)


def _rank(cand: Candidate) -> int:
    phrase = cand.hit.trigger.phrase
    if cand.type == "meeting" and _WORKING in phrase:
        return 0
    if cand.type == "reception" and any(b in phrase for b in _BANQUETS):
        return 0
    if cand.type == "visit" and phrase in _BARE_VISITS:
        return -1
    return _RANK.get(cand.type or "", -2)


def _free(cand: Candidate) -> bool:
    """A reported act of its own clause, with people."""
    return (
        cand.form == "reported"
        and cand.frame is None
        and not cand.embedded
        and not cand.secondary
        and bool(cand.participants)
    )


def act_of_the_visit_chain(
    view: ArticleView,
    main: Candidate,
    candidates: Sequence[Candidate],
    wanted: frozenset[str] = frozenset(),
) -> Candidate:
    """The most specific act of the chain ``main`` stands in, if more specific than it. A main
    of the type the headline names (``wanted``) stays ("chủ trì lễ đón và hội đàm với X" under
    "... đón ..."), unless it is a bare visit verb."""
    same = [c for c in candidates if c.sentence_index == main.sentence_index]
    after = next((c for c in same if c.hit.start >= main.hit.end), None)
    before = next((c for c in reversed(same) if c.hit.end <= main.hit.start), None)
    if (
        main.type == "visit"
        and after is not None
        and after.type == "reception"
        and not _names_a_receiver(main, after)
    ):
        # "tới thăm, chào xã giao Thường trực Tỉnh ủy K": a courtesy call on bodies, no one
        # named receiving it, says no more than the trip (README round 12 #2, BD05a)
        return main
    if (
        main.type == "visit"
        and main.hit.trigger.phrase in _BARE_VISITS
        and after is not None
        and after.type in _ACTS
        and _free(after)
        and _CHAINED.fullmatch(view.lower, main.hit.end, after.hit.start)
    ):
        return after
    if (
        _WELCOME in main.hit.trigger.phrase
        and "reception" not in wanted
        and after is not None
        and after.type == "talks"
        and _free(after)
        and _WELCOME_CHAIN.fullmatch(view.lower, main.hit.end, after.hit.start)
    ):
        # "đã đón, hội đàm với X", "tổ chức lễ đón chính thức và hội đàm với X": one act whose
        # chain ends in the talks (README round 6); the welcome's host hosts them
        return _merged(after.but(participants=_roles_of(main, after)), main, own_place=True)
    if (main.type in wanted and _rank(main) != -1) or _WELCOME in main.hit.trigger.phrase:
        # a welcome ceremony is an act of its own, not a vaguer word for the talks after it
        return main
    if (
        after is not None
        and _free(after)
        and _rank(after) > _rank(main)
        and _linked(view, main, after)
    ):
        return _merged(after, main, own_place=True)
    if (
        before is not None
        and before.type == "visit"
        and before.hit.trigger.phrase not in _BARE_VISITS
        and _rank(main) == 0
        and before.form in ("reported", "framed")
        and not before.embedded
        and _CHAINED.fullmatch(view.lower, before.hit.end, main.hit.start)
    ):
        # "nhân chuyến thăm, làm việc với X": the trip; where the chain's last clause is held
        # ("... và dự lễ hội tại K") is not the trip's place
        return _merged(before.but(frame=None, form="reported"), main, own_place=False)
    return main


def _roles_of(welcome: Candidate, talks: Candidate) -> tuple[Participant, ...]:
    """The talks' people with the roles the welcome gives them (its host hosts)."""
    roles = {p.name: p.role for p in welcome.participants}
    return tuple(Participant(p.name, roles.get(p.name, p.role)) for p in talks.participants)


def _linked(view: ArticleView, main: Candidate, after: Candidate) -> bool:
    """``after`` goes on ``main``'s clause: a link only ("cuộc gặp riêng, tiến hành hội
    đàm"), or, after a bare visit verb, its destination then "và" ("thăm tỉnh K và có buổi
    hội đàm"; an act, not a working session, and no person in the destination), or a comma
    when the next sentence opens on the act's counterpart ("thăm tỉnh K, gặp X. X cho biết")."""
    low = view.lower
    if _LINK.fullmatch(low, main.hit.end, after.hit.start):
        return True
    if (
        _rank(main) != -1
        or _rank(after) < _RANK["meeting"]
        or view.mentions_in(main.hit.end, after.hit.start)
    ):
        return False
    if _OBJECT_LINK.fullmatch(low, main.hit.end, after.hit.start) is not None:
        return True
    return _OBJECT_COMMA.fullmatch(
        low, main.hit.end, after.hit.start
    ) is not None and counterpart_speaks_next(view, main, after)


def counterpart_speaks_next(view: ArticleView, main: Candidate, after: Candidate) -> bool:
    """The next sentence first names a person ``after`` adds to ``main``: the body goes on
    about the act, not the trip."""
    nxt = after.sentence_index + 1
    if nxt >= len(view.sentences):
        return False
    start = view.sentences[nxt].start
    first = next(iter(view.mentions_in(start, start + _OPENING_SPAN)), None)
    own = {p.name for p in main.participants}
    return first is not None and any(
        p.name == first.person.name and p.name not in own for p in after.participants
    )


def _names_a_receiver(visit: Candidate, call: Candidate) -> bool:
    """The courtesy call chained to the visit names someone who receives it: a side the visit
    does not already name."""
    travellers = {p.name for p in visit.participants}
    return any(p.name not in travellers for p in call.participants)


def _merged(act: Candidate, other: Candidate, own_place: bool) -> Candidate:
    """``act`` with the chain's other people and, where it has none, its date and place."""
    named = {p.name for p in act.participants}
    extra = tuple(p for p in other.participants if p.name not in named)
    participants: tuple[Participant, ...] = act.participants + extra
    changes: dict[str, object] = {"participants": participants}
    if act.date_value is None and other.date_value is not None:
        changes.update(date=other.date, date_value=other.date_value, part_of_day=other.part_of_day)
    if not own_place or act.location is None:
        changes["location"] = other.location
    return act.but(**changes)
