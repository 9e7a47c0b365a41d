"""A sentence naming who received a delegation is no event of its own: it names hosts.

"<act>[, <act>] (với) đoàn có A, ...; B, ..." (e.g. "Đón, làm việc với đoàn có: A; B", "Phía bộ
Y, cùng dự và đón tiếp đoàn có A, B", "Gặp gỡ, tiếp đoàn, phía thành phố có C"): whatever acts the
sentence joins, the people after "có" received the visit it welcomes, and nobody in it is a
guest. Its event words are never picked by the headline nor as the first report (X14, V11: the
visit stays main); it tells the reception only when the body goes on about it ("Tại buổi
tiếp", visit_account.py: O19, D06). A page that reports no visit but a welcome list has the
delegation's visit as its event, hosted by the list (X11). A page with no visit at all (two
sides' review conference: "Về phía tỉnh X có A. Về phía tỉnh Y, tiếp và làm việc với đoàn có
B") has no visit to host: the list is the meeting itself, its people hosts and the head of the
delegation named just before it the guest (:func:`meeting_of_the_welcome`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.annotations import Participant
from vndiplo.model import Person
from vndiplo_events.candidate import Candidate, unique_people
from vndiplo_events.companions import principals
from vndiplo_events.triggers import Trigger, TriggerHit
from vndiplo_events.view import ArticleView
from vndiplo_events.welcome_words import DELEGATION_WELCOME

__all__ = [
    "in_welcome_list",
    "meeting_of_the_welcome",
    "settle_welcome_lists",
    "visit_of_the_welcome",
    "without_retold_welcomes",
]

_WELCOME: Final = re.compile(DELEGATION_WELCOME)


def _opener_end(view: ArticleView, cand: Candidate) -> int | None:
    """The end of the welcome opener whose words hold ``cand``'s trigger, else None."""
    sentence = view.sentences[cand.sentence_index]
    if not sentence.start <= cand.hit.start < sentence.end:
        return None
    end = _sentence_opener_end(view, cand.sentence_index)
    return end if end is not None and cand.hit.start < end else None


def _sentence_opener_end(view: ArticleView, index: int) -> int | None:
    """The end of sentence ``index``'s welcome opener, matched once per sentence."""
    if index in view.welcome_openers:
        return view.welcome_openers[index]
    sentence = view.sentences[index]
    found = _WELCOME.match(view.lower, sentence.start, sentence.end)
    end = None if found is None else found.end()
    # the delegation welcomed, no person: "Tiếp Đại sứ X có Y" names its guest (welcomers.py)
    if end is not None and view.mentions_in(sentence.start, end):
        end = None
    view.welcome_openers[index] = end
    return end


def in_welcome_list(view: ArticleView, cand: Candidate) -> bool:
    """``cand`` is an event word of a sentence naming who received the delegation."""
    return cand.form == "reported" and _opener_end(view, cand) is not None


def settle_welcome_lists(view: ArticleView, candidates: Sequence[Candidate]) -> list[Candidate]:
    """``candidates`` with the event words of a welcome list given its people as hosts, all of
    them (a "làm việc với đoàn có A" names no guest A), and no one else."""
    out = list(candidates)
    for i, cand in enumerate(out):
        if cand.form != "reported":
            continue
        end = _opener_end(view, cand)
        if end is None:
            continue
        sentence = view.sentences[cand.sentence_index]
        hosts = unique_people(
            m.person for m in principals(view.lower, view.mentions_in(end, sentence.end), floor=end)
        )
        out[i] = cand.but(
            subjects=hosts,
            objects=(),
            participants=tuple(Participant(p.name, "host") for p in hosts),
        )
    return out


def visit_of_the_welcome(
    view: ArticleView, candidates: Sequence[Candidate], welcome: Candidate
) -> Candidate:
    """With nothing reported but the welcome list: the delegation's visit the body names next to
    it (e.g. "X hoan nghênh chuyến thăm của đoàn"), hosted by the list; else the welcome itself,
    its people hosts. A trip told further away or of another year ("Năm 2001, chuyến thăm ...
    đã mở đầu ...") is background, not the visit welcomed."""
    visit = next((c for c in candidates if _welcomed_visit(view, c, welcome)), None)
    if visit is None:
        return welcome
    hosts = tuple(p for p in welcome.subjects if p.name not in {g.name for g in visit.subjects})
    participants = (
        *(Participant(p.name, "guest") for p in visit.subjects),
        *(Participant(p.name, "host") for p in hosts),
    )
    return visit.but(form="reported", embedded=False, objects=hosts, participants=participants)


def _welcomed_visit(view: ArticleView, cand: Candidate, welcome: Candidate) -> bool:
    """``cand`` is a visit told (or named: "chào mừng chuyến thăm của đoàn") within two
    sentences of ``welcome``, its sentence dated in no other year."""
    if cand.type != "visit" or cand.planned or cand.frame is not None:
        return False
    if cand.form not in _TOLD or abs(cand.sentence_index - welcome.sentence_index) > _REACH:
        return False
    own = _years(view, welcome.sentence_index)
    years = _years(view, cand.sentence_index)
    # a bare year ("Năm 2016, chuyến thăm ...") tells a trip of the past
    return not years - own if own else not any(len(y) == 4 for y in _values(view, cand))


#: how many sentences from the welcome list its visit may be told (the list, a word on who
#: came, then the host's speech greeting the visit)
_REACH: Final = 2
#: a visit told or named, not a back-reference, a frame or a wish
_TOLD: Final = frozenset({"reported", "referenced"})


def _values(view: ArticleView, cand: Candidate) -> list[str]:
    sentence = view.sentences[cand.sentence_index]
    return [d.value for d in view.dates_in(sentence.start, sentence.end) if d.value]


def _years(view: ArticleView, index: int) -> set[str]:
    """The years the dates of sentence ``index`` state ("2016", "2024-03-05")."""
    sentence = view.sentences[index]
    values = (d.value or "" for d in view.dates_in(sentence.start, sentence.end))
    return {v[:4] for v in values if v[:4].isdigit()}


#: "tiếp và làm việc với đoàn": the welcome joined to a working session is a meeting (README)
_WORKING: Final = re.compile(r"(?<!\w)làm\s+việc(?!\w)")
#: how many sentences before the list the delegation's head may be named
_HEAD_REACH: Final = 2


def meeting_of_the_welcome(
    view: ArticleView, candidates: Sequence[Candidate], welcome: Candidate
) -> Candidate | None:
    """With no visit on the page for the welcome list to host: the list as the meeting (a
    reception when it joins no working session), its people hosts and the first person named
    in the sentences just before it, outside the list, the guest (the delegation's head:
    "Về phía tỉnh X có ông A"). None when a visit is told anywhere, or no guest is named."""
    if any(c.type == "visit" and c.form in _TOLD and not c.planned for c in candidates):
        return None
    end = _opener_end(view, welcome)
    if end is None:
        return None
    hosts = {p.name for p in welcome.subjects}
    guest = _head_before(view, welcome.sentence_index, hosts)
    if guest is None:
        return None
    hit = welcome.hit
    working = _WORKING.search(view.lower, hit.start, end)
    if working is not None:
        phrase = view.text[hit.start : working.end()]
        hit = TriggerHit(
            hit.start, working.end(), phrase, Trigger(phrase.lower(), "meeting", "040")
        )
    participants = (
        *(Participant(p.name, "host") for p in welcome.subjects),
        Participant(guest.name, "guest"),
    )
    return welcome.but(hit=hit, objects=(guest,), participants=participants)


def _head_before(view: ArticleView, index: int, hosts: set[str]) -> Person | None:
    """The first person named in the sentences (at most two) just before sentence ``index``
    who is none of ``hosts``: the nearest sentence that names someone gives him."""
    for back in range(index - 1, max(-1, index - 1 - _HEAD_REACH), -1):
        sentence = view.sentences[back]
        named = principals(
            view.lower, view.mentions_in(sentence.start, sentence.end), floor=sentence.start
        )
        others = [m.person for m in named if m.person.name not in hosts]
        if others:
            return others[0]
    return None


#: the acts that receive a delegation with no guest named ("A, B đã tiếp Đoàn")
_WELCOME_TYPES: Final = frozenset({"reception", "meeting"})


def without_retold_welcomes(
    view: ArticleView, candidates: Sequence[Candidate], main: Candidate
) -> list[Candidate]:
    """``candidates`` with each welcome whose people all host ``main`` told as part of it (a
    back-reference): "Tiếp đón đoàn có A; B" or "A, <titles>; B, <titles> đã tiếp Đoàn" said
    who received the delegation, and once they host the main event it is no reception of its
    own. A welcome naming its guest is one (another day's, another visitor's)."""
    hosts = {p.name for p in main.participants if p.role == "host"}
    if not hosts:
        return list(candidates)
    out = list(candidates)
    for i, cand in enumerate(out):
        if cand.key == main.key or not cand.participants or cand.form != "reported":
            continue
        if not (in_welcome_list(view, cand) or cand.type in _WELCOME_TYPES):
            continue
        if cand.sentence_index < main.sentence_index or cand.date_value is not None:
            continue
        if all(p.role == "host" and p.name in hosts for p in cand.participants):
            out[i] = cand.but(form="backref")
    return out
