"""A later sentence that retells the main event with its own people is no second event.

Provincial pages tell one sitting two or three times: the lead ("Ngày D, tỉnh A đón tiếp đoàn
... do bà X dẫn đầu"), a scene ("Buổi tiếp diễn ra tại P với sự tham dự của ông Y") and a
closing line ("Ông Y tiếp và thông tin với bà X ..."). Once the main event holds those people
in those roles, the later words are back-references:

- a presence "với sự tham dự của Y" (an attendance told as a noun, at the event just named)
  whose people all host the main event;
- an act of the main event's own type, with no date of its own, whose people are all sides of
  the main event in the same roles and include one of its hosts and one of its guests.

An act naming anyone else, or with its own day ("Cùng ngày", "Sáng 5/9"), stays an event.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.view import ArticleView

__all__ = ["without_retold_acts"]

#: the types a sitting is retold as ("Tại buổi tiếp", "tiếp và thông tin với", "Buổi làm việc")
_SITTINGS: Final = frozenset({"reception", "meeting", "talks"})
#: an attendance told as a noun: "(với) sự tham dự của Y" is presence at the event named
_PRESENCE: Final = "sự "


def without_retold_acts(
    view: ArticleView, candidates: Sequence[Candidate], main: Candidate
) -> list[Candidate]:
    """``candidates`` with each later retelling of ``main`` made a back-reference."""
    roles = {p.name: p.role for p in main.participants}
    hosts = {name for name, role in roles.items() if role == "host"}
    if not hosts:
        return list(candidates)
    out = list(candidates)
    for i, cand in enumerate(out):
        if cand.key == main.key or cand.form != "reported" or not cand.participants:
            continue
        if cand.sentence_index <= main.sentence_index or cand.date_value is not None:
            continue
        if cand.planned or cand.embedded or cand.secondary:
            continue
        names = {p.name for p in cand.participants}
        if (_is_presence(view, cand) and names <= hosts) or _same_sitting(cand, main, roles):
            out[i] = cand.but(form="backref")
    return out


def _same_sitting(cand: Candidate, main: Candidate, roles: dict[str, str]) -> bool:
    """``cand`` is an act of ``main``'s type between one of its hosts and one of its guests,
    everyone in the same role."""
    told = {p.role for p in cand.participants if roles.get(p.name) == p.role}
    return (
        cand.type == main.type
        and main.type in _SITTINGS
        and {"host", "guest"} <= told
        and all(roles.get(p.name) == p.role for p in cand.participants)
    )


def _is_presence(view: ArticleView, cand: Candidate) -> bool:
    """``cand`` is an attendance told as the noun "sự tham dự" (of the event before it)."""
    start = cand.hit.start
    return cand.type == "attend" and view.lower.startswith(_PRESENCE, start - len(_PRESENCE))
