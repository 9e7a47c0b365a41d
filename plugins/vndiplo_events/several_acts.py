"""The other acts of a plural clause of equal acts, each an event of its own.

"A đã có các cuộc gặp với B (Lào), C (Campuchia) và D (Thái Lan)" is three meetings; "X
(Trung Quốc); Y (Trung Quốc); Z (Trung Quốc) đã gửi điện mừng" three messages (README AK2). The
finding step keeps the first party written on the candidate and lists the others in its
``several``; here each becomes an event of its own, with the same word, day and place, never
the main event (the first written stays main).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from vndiplo.model import Participant
from vndiplo_events.candidate import Candidate, SentenceFacts
from vndiplo_events.finishing import with_roles
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView

__all__ = ["with_several_acts"]


def with_several_acts(
    view: ArticleView,
    candidates: Sequence[Candidate],
    facts_of: Mapping[int, SentenceFacts],
    gaz: Gazetteer,
) -> list[Candidate]:
    """``candidates`` followed by one secondary event per other party of a reported plural
    clause, keyed after them."""
    out = list(candidates)
    for cand in candidates:
        facts = facts_of.get(cand.sentence_index)
        if not cand.several or cand.form != "reported" or cand.embedded or facts is None:
            continue
        for side, people in cand.several:
            other = cand.but(key=len(out), secondary=True, several=(), **{side: people})
            out.append(_with_roles_of(view, cand, other, side, facts, gaz))
    return out


def _with_roles_of(
    view: ArticleView,
    first: Candidate,
    other: Candidate,
    side: str,
    facts: SentenceFacts,
    gaz: Gazetteer,
) -> Candidate:
    """``other`` with the roles the first act settled (its replaced side's role for the new
    people, the same roles for the rest); worked out afresh when the first has none there."""
    replaced = {p.name for p in getattr(first, side)}
    role = next((p.role for p in first.participants if p.name in replaced), None)
    if role is None:
        return with_roles(view, other.but(participants=()), facts, gaz)
    kept = tuple(p for p in first.participants if p.name not in replaced)
    added = tuple(Participant(p.name, role) for p in getattr(other, side))
    return other.but(participants=(*kept, *added))
