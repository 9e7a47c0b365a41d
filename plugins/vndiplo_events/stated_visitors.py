"""The visitor the page's own summary line names: its headline, or on a page that has none, the
lead photo's caption ("A tiếp B đang có chuyến thăm ...", "B thăm tỉnh X").

Who travelled is decided by what the lead says when it says it. A meeting or talks whose own
sentence does not tell who received whom ("Tại cuộc hội kiến, A vui mừng gặp lại B") takes its
guest from the article's visit (finishing.with_visitors); that visit may be told only in a later
paragraph ("B bày tỏ vui mừng được đến thăm ..."), which a page cut short by its crawler loses.
The headline or caption reporting B's reception or visit already names B as the visitor.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from vndiplo_events.headline_event import headline_main
from vndiplo_events.triggers import TriggerHit
from vndiplo_events.view import ArticleView

__all__ = ["stated_visitors"]

#: the acts whose guest travelled to the other side
_GUEST_TRAVELS: Final = frozenset({"visit", "reception"})


def stated_visitors(view: ArticleView, stated: str, hits: Sequence[TriggerHit]) -> frozenset[str]:
    """The guests of the first reception or visit with sides that ``stated`` (a headline or a
    lead caption, normalised like the body) reports; empty when it reports none."""
    if not stated or not hits:
        return frozenset()
    act = headline_main(view, stated, hits, ())
    if act is None or act.type not in _GUEST_TRAVELS:
        return frozenset()
    return frozenset(p.name for p in act.participants if p.role == "guest")
