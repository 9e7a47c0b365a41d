"""The document as this stage reads it: normalised text, body sentences, mentions and dates.

Everything upstream gives offsets into the original text; matching runs on the normalised view
(NFC, one tone-mark style, plain spaces), so this module maps people's mentions and the dates
onto that view once, and maps evidence back with :meth:`ArticleView.to_original`. Only body
blocks are read: nothing is ever extracted from boilerplate.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from attrs import frozen

from vndiplo.model import Document, Person, TimeExpression
from vndiplo.text import NormalizedText
from vndiplo_events.patterns import lowered
from vndiplo_events.sentences import Sentence, split_sentences

__all__ = ["ArticleView", "DateRef", "Mention"]


@frozen
class Mention:
    """One mention of a person, in normalised coordinates."""

    start: int
    end: int
    person: Person


@frozen
class DateRef:
    """One temporal expression, in normalised coordinates."""

    start: int
    end: int
    expr: TimeExpression


def _inside(start: int, end: int, blocks: Sequence[tuple[int, int]]) -> bool:
    return any(b0 <= start and end <= b1 for b0, b1 in blocks)


class ArticleView:
    """Normalised text, body sentences, and the upstream annotations that fall in the body."""

    def __init__(self, document: Document) -> None:
        norm: NormalizedText = document.normalized
        self.norm = norm
        self.text: str = norm.text
        #: the lower-cased text, same offsets: what the case-insensitive patterns run on
        self.lower: str = lowered(self.text)
        blocks = [norm.span_from_original(b.start, b.end) for b in document.body_blocks]
        blocks = [(max(0, s), min(len(self.text), e)) for s, e in blocks if e > s]
        self.blocks = blocks
        self.sentences: list[Sentence] = split_sentences(self.text, blocks)
        mentions: list[Mention] = []
        for person in document.people:
            for span in person.mentions:
                if span.end > len(document.text):
                    continue
                s, e = norm.span_from_original(span.start, span.end)
                if e > s and _inside(s, e, blocks):
                    mentions.append(Mention(s, e, person))
        mentions.sort(key=lambda m: (m.start, m.end))
        self.mentions = mentions
        self._mention_starts = [m.start for m in mentions]
        dates: list[DateRef] = []
        for expr in document.dates:
            if expr.end > len(document.text):
                continue
            s, e = norm.span_from_original(expr.start, expr.end)
            if e > s and _inside(s, e, blocks):
                dates.append(DateRef(s, e, expr))
        dates.sort(key=lambda d: (d.start, d.end))
        self.dates = dates
        self._date_starts = [d.start for d in dates]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions that start in ``[start, end)``."""
        lo = bisect_left(self._mention_starts, start)
        hi = bisect_left(self._mention_starts, end)
        return self.mentions[lo:hi]

    def dates_in(self, start: int, end: int) -> list[DateRef]:
        """Temporal expressions that start in ``[start, end)``."""
        lo = bisect_left(self._date_starts, start)
        hi = bisect_left(self._date_starts, end)
        return self.dates[lo:hi]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """A normalised span as offsets into ``document.text``."""
        s, e = self.norm.span_to_original(start, end)
        return s, max(s, e)
