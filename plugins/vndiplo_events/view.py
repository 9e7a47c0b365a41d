"""The document as this stage reads it: normalised text, body sentences, mentions and dates.

Everything upstream gives offsets into the original text; matching runs on the normalised view
(NFC, one tone-mark style, plain spaces), so this module maps people's mentions and the dates
onto that view once, and maps evidence back with :meth:`ArticleView.to_original`. Only body
blocks are read: nothing is ever extracted from boilerplate.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import TypeVar

from attrs import frozen

from vndiplo.model import Document, Person, TimeExpression
from vndiplo.text import NormalizedText, fold
from vndiplo_events.day_lists import join_day_lists
from vndiplo_events.described_offices import with_chains_resolved
from vndiplo_events.home_time import without_home_time
from vndiplo_events.patterns import lowered
from vndiplo_events.places import names_a_seat
from vndiplo_events.references import reference_spans
from vndiplo_events.sentences import Sentence

__all__ = ["ArticleView", "DateRef", "Mention"]

T = TypeVar("T")


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

    @property
    def value(self) -> str:
        """The expression's ISO 8601 value."""
        return self.expr.value


def _inside(start: int, end: int, blocks: Sequence[tuple[int, int]]) -> bool:
    return any(b0 <= start and end <= b1 for b0, b1 in blocks)


def _containment(blocks: Sequence[tuple[int, int]]) -> Callable[[int, int], bool]:
    """``inside(start, end)``: whether the span lies in one block. Blocks in order and apart
    (every cleaner's usual output) need one bisection, not a look at every block."""
    if any(blocks[i][1] > blocks[i + 1][0] for i in range(len(blocks) - 1)):
        return lambda start, end: _inside(start, end, blocks)
    block_starts = [b0 for b0, _ in blocks]

    def inside(start: int, end: int) -> bool:
        # Only the last block opening at or before ``start`` can hold it.
        i = bisect_right(block_starts, start) - 1
        return i >= 0 and end <= blocks[i][1]

    return inside


def _in_body(
    norm: NormalizedText,
    inside: Callable[[int, int], bool],
    limit: int,
    spans: Iterable[tuple[int, int, T]],
) -> list[tuple[int, int, T]]:
    """Upstream spans (original offsets, up to ``limit``) mapped onto the normalised view,
    kept when they fall in the body, in text order."""
    placed: list[tuple[int, int, T]] = []
    for start, end, item in spans:
        if end > limit:
            continue
        s, e = norm.span_from_original(start, end)
        if e > s and inside(s, e):
            placed.append((s, e, item))
    placed.sort(key=lambda x: (x[0], x[1]))
    return placed


#: The cleaning stage's rule for a reproduced letter's date line (vndiplo_boilerplate.letter_dates).
_LETTER_DATE_RULE = "letter_date"


def _letter_dates(document: Document) -> list[DateRef]:
    """The dates written in a reproduced letter's own date line, in normalised coordinates."""
    lines = [b for b in document.blocks if b.kind == "dateline" and b.rule == _LETTER_DATE_RULE]
    if not lines:
        return []
    norm = document.normalized
    found: list[DateRef] = []
    for expr in document.dates:
        if any(b.start <= expr.start and expr.end <= b.end for b in lines):
            start, end = norm.span_from_original(expr.start, expr.end)
            found.append(DateRef(start, end, expr))
    return found


class ArticleView:
    """Normalised text, body sentences, and the upstream annotations that fall in the body."""

    def __init__(self, document: Document) -> None:
        norm: NormalizedText = document.normalized
        self.norm = norm
        self.text: str = norm.text
        #: the lower-cased text, same offsets: what the case-insensitive patterns run on
        self.lower: str = norm.same_length_lower  # shared with the other stages
        blocks = [norm.span_from_original(b.start, b.end) for b in document.body_blocks]
        blocks = [(max(0, s), min(len(self.text), e)) for s, e in blocks if e > s]
        self.blocks = blocks
        # The shared sentence layer, split once per document (vndiplo.sentences).
        self.sentences: list[Sentence] = list(document.sentences)
        #: where each sentence starts, for a bisect from an offset to its sentence
        self.sentence_starts: list[int] = [s.start for s in self.sentences]
        #: per sentence index, the end of its welcome-list opener or None (welcome_lists.py)
        self.welcome_openers: dict[int, int | None] = {}
        inside = _containment(blocks)
        limit = len(document.text)
        people = ((m.start, m.end, p) for p in document.people for m in p.mentions)
        # "tại Phủ Tổng thống": a bare title naming a seat is a building, no mention of anyone
        named = [
            m
            for m in _in_body(norm, inside, limit, people)
            if not names_a_seat(self.lower, self.text, m[0], m[1], m[2].name)
        ]
        # short forms, pronoun subjects and plural titles that refer back to a named person
        named += reference_spans(self.text, self.lower, blocks, named, document.people)
        named.sort(key=lambda m: (m[0], m[1]))
        # "Tổng Bí thư, Chủ tịch nước Lào": one chain, one holder (described_offices.py)
        named = with_chains_resolved(self.text, named)
        self.mentions = [Mention(*m) for m in named]
        self._mention_starts = [m.start for m in self.mentions]
        exprs = ((d.start, d.end, d) for d in document.dates)
        # "ngày 26 và 27/7": two listed days of one event make one span (day_lists.py)
        # a day restated in home time ("(tức sáng 20/9 giờ Việt Nam)") dates nothing
        placed = without_home_time(self.lower, _in_body(norm, inside, limit, exprs))
        placed = join_day_lists(self.lower, placed)
        dates = [DateRef(*d) for d in placed]
        self.dates = dates
        self._date_starts = [d.start for d in dates]
        #: the dates of a reproduced letter's own date line ("Hà Nội, ngày 20 tháng 9 năm 2018"
        #: above "Kính gửi: Ngài X"): a ``dateline`` block, no body, that dates the letter
        self.letter_dates: list[DateRef] = _letter_dates(document)
        self._people = document.people
        #: everyone the titles stage found (a bare title in a subject is looked up here)
        self.people: Sequence[Person] = document.people
        self.mention_starts: Sequence[int] = self._mention_starts
        self._by_title: dict[str, Person] | None = None

    def titled_in(self, start: int, end: int) -> tuple[Person, ...]:
        """Persons named in ``[start, end)`` by a title alone that only they hold in the
        article and that names a country or body ("Thủ tướng Lào", not "Thủ tướng")."""
        if self._by_title is None:
            holders: dict[str, set[str]] = {}
            first: dict[str, Person] = {}
            for person in self._people:
                for title in person.titles:
                    words = title.split()
                    if len(words) > 1 and words[0] == "cố" and words[1][:1].isupper():
                        continue  # "cố Thủ tướng X": the late office-holder is no side
                    if len(words) >= 3 and any(w[:1].isupper() for w in words[1:]):
                        key = title_key(title)
                        holders.setdefault(key, set()).add(person.name)
                        first.setdefault(key, person)
            self._by_title = {k: first[k] for k, v in holders.items() if len(v) == 1}
        found: list[tuple[int, Person]] = []
        low = self.lower
        for key, holder in self._by_title.items():
            at = low.find(key, start, end)
            while at != -1:
                after = at + len(key)
                if (at == 0 or not low[at - 1].isalnum()) and (
                    after >= len(low) or not low[after].isalnum()
                ):
                    found.append((at, holder))
                    break
                at = low.find(key, at + 1, end)
        found.sort(key=lambda f: f[0])
        return unique_by_name(p for _, p in found)

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


def unique_by_name(persons: Iterable[Person]) -> tuple[Person, ...]:
    """One person per name, first first."""
    seen: dict[str, Person] = {}
    for person in persons:
        seen.setdefault(person.name, person)
    return tuple(seen.values())


@lru_cache(maxsize=4096)
def title_key(title: str) -> str:
    """A title as it reads in the normalised, lower-cased text."""
    return " ".join(lowered(fold(title)).split())
