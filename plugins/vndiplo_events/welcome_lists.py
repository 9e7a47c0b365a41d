"""A sentence naming who received a delegation is no event of its own: it names hosts.

"<act>[, <act>] (với) đoàn có A, ...; B, ..." (e.g. "Đón, làm việc với đoàn có: A; B", "Phía bộ
Y, cùng dự và đón tiếp đoàn có A, B", "Gặp gỡ, tiếp đoàn, phía thành phố có C"): whatever acts the
sentence joins, the people after "có" received the visit it welcomes, and nobody in it is a
guest. Its event words are never picked by the headline nor as the first report (X14, V11: the
visit stays main); it tells the reception only when the body goes on about it ("Tại buổi
tiếp", visit_account.py: O19, D06). A page that reports no visit but a welcome list has the
delegation's visit as its event, hosted by the list (X11).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.annotations import Participant
from vndiplo_events.candidate import Candidate, unique_people
from vndiplo_events.companions import principals
from vndiplo_events.view import ArticleView
from vndiplo_events.welcome_words import DELEGATION_WELCOME

__all__ = ["in_welcome_list", "settle_welcome_lists", "visit_of_the_welcome"]

_WELCOME: Final = re.compile(DELEGATION_WELCOME)


def _opener_end(view: ArticleView, cand: Candidate) -> int | None:
    """The end of the welcome opener whose words hold ``cand``'s trigger, else None."""
    sentence = view.sentences[cand.sentence_index]
    if not sentence.start <= cand.hit.start < sentence.end:
        return None
    found = _WELCOME.match(view.lower, sentence.start, sentence.end)
    if found is None or cand.hit.start >= found.end():
        return None
    # the delegation welcomed, no person: "Tiếp Đại sứ X có Y" names its guest (welcomers.py)
    if view.mentions_in(sentence.start, found.end()):
        return None
    return found.end()


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
            m.person for m in principals(view.lower, view.mentions_in(end, sentence.end))
        )
        out[i] = cand.but(
            subjects=hosts,
            objects=(),
            participants=tuple(Participant(p.name, "host") for p in hosts),
        )
    return out


def visit_of_the_welcome(candidates: Sequence[Candidate], welcome: Candidate) -> Candidate:
    """With nothing reported but the welcome list: the delegation's visit the body names
    (e.g. "X hoan nghênh chuyến thăm của đoàn"), told now, hosted by the list; else the welcome
    itself, its people hosts."""
    visit = next(
        (
            c
            for c in candidates
            if c.type == "visit" and not c.planned and c.frame is None and c.form != "backref"
        ),
        None,
    )
    if visit is None:
        return welcome
    hosts = tuple(p for p in welcome.subjects if p.name not in {g.name for g in visit.subjects})
    participants = (
        *(Participant(p.name, "guest") for p in visit.subjects),
        *(Participant(p.name, "host") for p in hosts),
    )
    return visit.but(form="reported", embedded=False, objects=hosts, participants=participants)
