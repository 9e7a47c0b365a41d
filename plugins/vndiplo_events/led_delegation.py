"""The guest of a meeting or talks by the delegation its sentence says one side leads.

"Trong cuộc gặp đoàn đại biểu Đảng X do Bí thư B dẫn đầu tại Hà Nội, A khẳng định ...", "A hội
đàm với đoàn Bộ Quốc phòng Y do Bộ trưởng B làm trưởng đoàn": the head of the delegation
travelled to meet the other side, who receives it (README round 4: the visitor is the guest).
Only when the sentence names one head among the sides and no earlier step set a host; two
delegations led ("đoàn A do X dẫn đầu và đoàn B do Y dẫn đầu") say nothing of who travelled.
A delegation met at a summit's sidelines or while attending a meeting ("Bên lề Hội nghị ASEAN
tại Kuala Lumpur, đoàn Việt Nam do A dẫn đầu gặp B") travelled, but so may have the other side:
the head is the guest only where the place is the other side's country, or where neither a
place nor a frame says anything of where they met.
"""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.candidate import Candidate, SentenceFacts
from vndiplo_events.finishing import country_of_place, with_travelling
from vndiplo_events.participants import person_country
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView

__all__ = ["with_delegation_guest"]

#: "... dẫn đầu", "... làm trưởng đoàn" after the head's name ("do <titles> <name> dẫn đầu")
_LEADS: Final = re.compile(r"[^.;,\n]{0,60}?(?<!\w)(?:dẫn\s+đầu|làm\s+trưởng\s+đoàn)(?!\w)")
#: how far before "do" the word "đoàn" may be
_DELEGATION_REACH: Final = 90
_SIDE_TYPES: Final = frozenset({"meeting", "talks"})
#: an occasion frame of attending a gathering ("Nhân dịp dự Hội nghị", "Trong khuôn khổ Diễn
#: đàn"): every side may have travelled there
_ATTENDING: Final = re.compile(
    r"(?<!\w)(?:(?:tham\s+)?dự(?!\s+(?:án|kiến|thảo))|hội\s+nghị|diễn\s+đàn|thượng\s+đỉnh|"
    r"đại\s+hội\s+đồng|hội\s+thảo|kỳ\s+họp|phiên\s+họp|tuần\s+lễ)(?!\w)"
)


def with_delegation_guest(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """``main`` with the head of the delegation it names as guest, the other side as host."""
    if main.type not in _SIDE_TYPES or any(p.role == "host" for p in main.participants):
        return main
    if not main.subjects or not main.objects or _met_at_a_gathering(view.lower, own):
        return main
    low = view.lower
    sentence = own.sentence
    sides = {p.name for p in (*main.subjects, *main.objects)}
    heads: set[str] = set()
    for mention in view.mentions_in(sentence.start, sentence.end):
        # "do Bí thư Toàn quốc B": "do", the head's titles, the name
        cut = low.rfind(" do ", max(sentence.start, mention.start - 60), mention.start)
        if cut == -1 or any(mark in low[cut : mention.start] for mark in ",;."):
            continue
        if low.rfind("đoàn", max(sentence.start, cut - _DELEGATION_REACH), cut) == -1:
            continue
        if _LEADS.match(low, mention.end, sentence.end) is None:
            continue
        heads.add(mention.person.name)
    if len(heads) != 1 or not heads <= sides:
        return main
    if main.location is not None and not _on_the_others_ground(main, heads, gaz):
        return main
    return with_travelling(main, frozenset(heads))


def _met_at_a_gathering(low: str, own: SentenceFacts) -> bool:
    """The sentence frames its act by a summit's sidelines or by attending a gathering."""
    return any(
        f.kind == "sidelines"
        or (f.kind == "occasion" and _ATTENDING.search(low, f.start, f.end) is not None)
        for f in own.frames
    )


def _on_the_others_ground(main: Candidate, heads: set[str], gaz: Gazetteer) -> bool:
    """The place is in the country of a side the delegation's head came to meet, or, away
    from the head's country, one whose titles name no country (its country is then only the
    titles stage's guess)."""
    home = country_of_place(main.location, main, gaz)
    if home is None:
        return False
    sides = (*main.subjects, *main.objects)
    others = [p for p in sides if p.name not in heads]
    if any(person_country(p, gaz) == home for p in others):
        return True
    if any(person_country(p, gaz) == home for p in sides if p.name in heads):
        return False
    return any(not any(gaz.country_of(t, first=True) for t in p.titles) for p in others)
