"""The visitor of a trip told from the side of those who accompany it.

"Đại diện Tập đoàn A đã tháp tùng Chủ tịch nước X và Phu nhân lên đường thăm châu Âu": the
leader accompanied is no side of the companions' own events (companions.py), but the trip
whose verb follows him is his, so he is its visitor (guest), and the companions are none.
"""

from __future__ import annotations

from typing import Final

from vndiplo_events.candidate import Candidate, SentenceFacts
from vndiplo_events.companions import is_accompanied
from vndiplo_events.finishing import with_roles
from vndiplo_events.lead_phrase import lead_phrase
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView

__all__ = ["with_accompanied_visitor"]

_ACCOMPANY: Final = "tháp tùng"


def with_accompanied_visitor(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """A visit with no visitor whose trigger follows "tháp tùng X": X is the visitor."""
    at = lead_phrase(view, main, own, "visit", _ACCOMPANY)
    if at is None or any(p.role == "guest" for p in main.participants):
        return main
    low = view.lower
    after = view.mentions_in(at + len(_ACCOMPANY), main.hit.start)
    # the accompanied leader must still be the one the trip's verb follows
    if not after or not is_accompanied(low, at, after[0].start):
        return main
    if not is_accompanied(low, at, main.hit.start):
        return main
    return with_roles(view, main.but(subjects=(after[0].person,)), own, gaz)
