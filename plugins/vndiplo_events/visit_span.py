"""A visit announced without its days ("Bộ Ngoại giao cho biết X sẽ có chuyến thăm ...") is
dated by the span the next sentences give it ("Theo kế hoạch, X sẽ tới ... từ ngày 20-23/2"),
not by the day of the announcement."""

from __future__ import annotations

from typing import Final

from vndiplo_events.candidate import Candidate
from vndiplo_events.event_dates import date_value
from vndiplo_events.view import ArticleView

__all__ = ["with_span_after"]

#: how many sentences after the visit's own its span may come
_REACH: Final = 2


def with_span_after(view: ArticleView, main: Candidate) -> Candidate:
    """An undated visit with the first day span of the next sentences."""
    if main.type != "visit" or main.date_value is not None:
        return main
    first = main.sentence_index
    for sentence in view.sentences[first + 1 : first + 1 + _REACH]:
        for ref in view.dates_in(sentence.start, sentence.end):
            if ref.expr.kind == "span" and "T" not in ref.expr.value:
                return main.but(date=ref, date_value=date_value(ref))
    return main
