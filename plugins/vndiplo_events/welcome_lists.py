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
            m.person for m in principals(view.lower, view.mentions_in(end, sentence.end))
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
    return [d.expr.value for d in view.dates_in(sentence.start, sentence.end) if d.expr.value]


def _years(view: ArticleView, index: int) -> set[str]:
    """The years the dates of sentence ``index`` state ("2016", "2024-03-05")."""
    sentence = view.sentences[index]
    values = (d.expr.value or "" for d in view.dates_in(sentence.start, sentence.end))
    return {v[:4] for v in values if v[:4].isdigit()}
