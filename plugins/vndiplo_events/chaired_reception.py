"""A visitor-side sentence whose only reception word is the host's.

"Đoàn A do X dẫn đầu đã có buổi thăm và làm việc với Y do Z chủ trì tiếp đón": the sentence is
written from the visiting side, but its one reception word belongs to the receiving side, whose
chair Z is named by "do Z chủ trì" right before it. The visit word says who came; the reception
word says what the act was: Z's reception of X, with the reception word as trigger and CAMEO
043, its subject being the host (README round 15: BQ02, as AW09). "Z chủ trì buổi làm việc"
names no reception word and stays the working session; a delegation "do Z làm trưởng đoàn" has
no chair.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo.annotations import Participant
from vndiplo_events.candidate import Candidate
from vndiplo_events.view import ArticleView

__all__ = ["reception_chaired_by_host"]

#: the visitor-side acts a chaired reception word may restate
_VISITOR_ACTS: Final = frozenset({"visit", "meeting"})
#: the chair's verb right before the reception word: "chủ trì tiếp đón", "chủ trì đón tiếp"
_CHAIRS: Final = re.compile(r"(?<!\w)(?<!đồng )chủ\s+trì\s+$")
#: the "do" that opens the chair's clause
_DO: Final = re.compile(r"(?<!\w)do(?!\w)")


def reception_chaired_by_host(
    view: ArticleView, main: Candidate, candidates: Sequence[Candidate]
) -> Candidate:
    """The reception word of ``main``'s sentence, after ``main`` and right after "do Z chủ
    trì", as Z's reception of ``main``'s visiting side; else ``main``."""
    if main.type not in _VISITOR_ACTS or main.form != "reported" or not main.subjects:
        return main
    low = view.lower
    sentence = view.sentences[main.sentence_index]
    for cand in candidates:
        if (
            cand.sentence_index != main.sentence_index
            or cand.type != "reception"
            or cand.hit.start <= main.hit.end
        ):
            continue
        chair_verb = _CHAIRS.search(low, max(sentence.start, cand.hit.start - 12), cand.hit.start)
        if chair_verb is None:
            continue
        # the last "do" before the chair's verb opens the chair's clause ("do Z, Chủ tịch Hội,")
        dos = list(_DO.finditer(low, main.hit.end, chair_verb.start()))
        if not dos:
            continue
        chairs = [m.person for m in view.mentions_in(dos[-1].end(), chair_verb.start())]
        if not chairs:
            continue
        host = chairs[0]
        guests = [p for p in main.subjects if p.name != host.name]
        if not guests:
            continue
        participants = (
            Participant(host.name, "host"),
            *(Participant(p.name, "guest") for p in guests),
        )
        return cand.but(
            subjects=(host,),
            objects=tuple(guests),
            participants=participants,
            date=cand.date or main.date,
            date_value=cand.date_value or main.date_value,
            part_of_day=cand.part_of_day or main.part_of_day,
            location=cand.location or main.location,
        )
    return main
