"""A phrase that opens the event's own sentence before its trigger ("tháp tùng X lên đường
thăm", "Nhân dịp X được bầu ..., Y gửi điện"): where the side-reading steps that hang on such a
lead start looking."""

from __future__ import annotations

from vndiplo_events.candidate import Candidate, SentenceFacts
from vndiplo_events.view import ArticleView

__all__ = ["lead_phrase"]


def lead_phrase(
    view: ArticleView, main: Candidate, own: SentenceFacts, event_type: str, phrase: str
) -> int | None:
    """Where ``phrase`` first stands between the start of ``main``'s sentence and its trigger,
    when ``main`` is of ``event_type``; None otherwise."""
    if main.type != event_type:
        return None
    at = view.lower.find(phrase, own.sentence.start, main.hit.start)
    return None if at == -1 else at
