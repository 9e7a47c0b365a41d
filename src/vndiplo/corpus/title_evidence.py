"""Where an article gives a person a title: the title's offsets and the sentence around them.

The document model keeps a person's titles as plain strings (contract v1 has no offsets for
them) but keeps offsets for every mention of the person's name. A title is written next to the
name it qualifies ("Bộ trưởng Ngoại giao Bùi Thanh Sơn", "ông X, Đại sứ Y, ..."), so of the
places the title's words occur, the one closest to a mention is the one that gave it; the
sentence holding it is what the corpus shows as the title's evidence, as it does an event's.
A title not found as written falls back to the sentence of the person's first mention.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Sequence

from attrs import frozen

from vndiplo.model import Document, Person, Span

__all__ = ["TitleEvidence", "title_evidence"]


@frozen
class TitleEvidence:
    """A title's place in ``Document.text`` (None when not found as written) and its sentence."""

    title_start: int | None
    title_end: int | None
    evidence_start: int
    evidence_end: int
    evidence: str


def _occurrences(doc: Document, title: str) -> list[Span]:
    """Every place the title is written, in original offsets (matched on the normalised view)."""
    norm = doc.normalized
    out = []
    for haystack, to_original in ((norm.text, True), (doc.text, False)):
        at = haystack.find(title)
        while at >= 0:
            start, end = at, at + len(title)
            if to_original:
                start, end = norm.span_to_original(start, end)
            if end > start:
                out.append(Span(start, end))
            at = haystack.find(title, at + 1)
        if out:
            break
    return out


def _gap(a: Span, b: Span) -> int:
    return max(a.start - b.end, b.start - a.end, 0)


def _closest(places: Sequence[Span], mentions: Sequence[Span]) -> Span:
    if not mentions:
        return places[0]
    return min(places, key=lambda p: (min(_gap(p, m) for m in mentions), p.start))


def _named(doc: Document, person: Person) -> list[Span]:
    """The mentions that write the person's name: a bare "Phó Thủ tướng" later on is also a
    mention, but the title is given where it stands before (or after) the name itself."""
    words = person.name.split()
    if not words:
        return []
    last = unicodedata.normalize("NFC", words[-1]).casefold()
    norm = doc.normalized
    named = []
    for m in person.mentions:
        start, end = norm.span_from_original(m.start, m.end)
        if last in norm.text[start:end].casefold():
            named.append(m)
    return named


def _sentence(doc: Document, span: Span, sentences: Sequence[Span]) -> Span:
    """The body sentence holding ``span``; else the line of text it is on (a headline, a lead)."""
    starts = [s.start for s in sentences]
    i = bisect.bisect_right(starts, span.start) - 1
    if i >= 0 and span.start < sentences[i].end:
        return _trimmed(doc.text, sentences[i])
    text = doc.text
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    return _trimmed(text, Span(start, len(text) if end < 0 else end))


def _trimmed(text: str, span: Span) -> Span:
    """``span`` without the white space at its ends, so ``text[start:end]`` is the quote."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else span


def title_evidence(
    doc: Document, person: Person, sentences: Sequence[Span] | None = None
) -> dict[str, TitleEvidence]:
    """Each of the person's titles with where the article gives it (titles it cannot place
    are left out). ``sentences`` is ``doc.sentence_spans``, passed when asking for many people."""
    spans = doc.sentence_spans if sentences is None else sentences
    mentions = sorted(person.mentions, key=lambda m: (m.start, m.end))
    named = _named(doc, person) or mentions
    out: dict[str, TitleEvidence] = {}
    for title in person.titles:
        places = _occurrences(doc, title) if title else []
        if places:
            place: Span | None = _closest(places, named)
            anchor = place
        else:
            place, anchor = None, (mentions[0] if mentions else None)
        if anchor is None:
            continue
        sentence = _sentence(doc, anchor, spans)
        out[title] = TitleEvidence(
            place.start if place else None,
            place.end if place else None,
            sentence.start,
            sentence.end,
            doc.quote(sentence),
        )
    return out
