"""The document model: immutable attrs classes whose JSON form is the output contract.

Every annotation (:mod:`vndiplo.annotations`) is a span over one immutable text,
``Document.text``, as spaCy's Doc/Span are.
Stages never mutate a document: the runner builds the next one with :func:`attrs.evolve`.
``Document.to_dict()`` returns exactly the shape in ``docs/contract.md`` (contract v1);
``Document.from_dict()`` reads it back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
from attrs import field, frozen

from vndiplo.annotations import (
    BLOCK_KINDS,
    CONTRACT_VERSION,
    EVENT_TYPES,
    PARTICIPANT_ROLES,
    PARTS_OF_DAY,
    TIME_KINDS,
    YEAR_SOURCES,
    Block,
    BlockKind,
    Event,
    Participant,
    Person,
    PluginError,
    ReferenceDate,
    Role,
    Span,
    Statement,
    TimeExpression,
    _blocks,
    _events,
    _people,
    _plugin_errors,
    _span_or_none,
    _time_expressions,
)
from vndiplo.sentences import Sentence, split_sentences
from vndiplo.text import NormalizedText

__all__ = [
    "BLOCK_KINDS",
    "CONTRACT_VERSION",
    "EVENT_TYPES",
    "PARTICIPANT_ROLES",
    "PARTS_OF_DAY",
    "TIME_KINDS",
    "YEAR_SOURCES",
    "Block",
    "BlockKind",
    "Document",
    "Event",
    "Participant",
    "Person",
    "PluginError",
    "ReferenceDate",
    "Role",
    "Span",
    "Statement",
    "TimeExpression",
]


def _date_or_none(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"published must be YYYY-MM-DD, got {value!r}") from exc


def _text(value: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"Document text must be str, got {type(value).__name__}")
    return value


@frozen
class Document:
    """One article and everything the stages have found in it.

    ``text`` is the original input and never changes; every offset points into it.
    ``published`` is the reference date actually used and ``published_source`` says where it
    came from ("caller", "page", "url" or "text"). ``blocks`` come from the cleaning stage and
    :attr:`body` is derived from them, so there is one source of truth.
    """

    text: str = field(converter=_text)
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: dt.date | None = field(default=None, converter=_date_or_none)
    published_source: str | None = None
    #: Where the text states ``published`` (the page's stamp line), when it does.
    published_evidence: Span | None = field(default=None, converter=_span_or_none, eq=False)
    blocks: tuple[Block, ...] = field(default=(), converter=_blocks)
    dates: tuple[TimeExpression, ...] = field(default=(), converter=_time_expressions)
    people: tuple[Person, ...] = field(default=(), converter=_people)
    events: tuple[Event, ...] = field(default=(), converter=_events)
    errors: tuple[PluginError, ...] = field(default=(), converter=_plugin_errors)
    extras: Mapping[str, Any] = field(factory=dict, converter=dict, eq=False)
    # The normalised view, computed once and carried along by attrs.evolve from stage to stage.
    _normalized: NormalizedText | None = field(
        default=None, eq=False, repr=False, alias="normalized_view"
    )
    # The sentence layer with the blocks and text it was split from (see :attr:`sentences`).
    _sentences: tuple[tuple[Block, ...], str, tuple[Sentence, ...]] | None = field(
        default=None, eq=False, repr=False, alias="sentence_cache"
    )
    # The kept blocks with the blocks they were picked from (see :attr:`body_blocks`).
    _body_blocks: tuple[tuple[Block, ...], tuple[Block, ...]] | None = field(
        default=None, eq=False, repr=False, alias="body_blocks_cache"
    )

    @property
    def normalized(self) -> NormalizedText:
        """The canonical view plugins match against (NFC, one tone-mark style, plain spaces)."""
        view = self._normalized
        if view is None or view.original is not self.text:
            view = NormalizedText(self.text)
            object.__setattr__(self, "_normalized", view)
        return view

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """The body's sentences in :attr:`normalized` coordinates, split once and kept.

        The shared layer plugins read instead of splitting text on their own
        (:mod:`vndiplo.sentences`); recomputed only when the text or the blocks change.
        """
        cached = self._sentences
        if cached is not None and cached[0] is self.blocks and cached[1] is self.text:
            return cached[2]
        norm = self.normalized
        blocks: list[tuple[int, int]] = []
        wrapped: set[int] = set()
        for b in self.body_blocks:
            s, e = norm.span_from_original(b.start, b.end)
            if e > s:
                if b.rule != "uncleaned":  # a cleaned block's line breaks are wraps
                    wrapped.add(len(blocks))
                blocks.append((max(0, s), min(len(norm.text), e)))
        found = tuple(split_sentences(norm.text, blocks, wrapped))
        object.__setattr__(self, "_sentences", (self.blocks, self.text, found))
        return found

    @property
    def sentence_spans(self) -> tuple[Span, ...]:
        """:attr:`sentences` as offsets into the original text (``text[start:end]``)."""
        norm = self.normalized
        return tuple(Span(*norm.span_to_original(s.start, s.end)) for s in self.sentences)

    @property
    def body_blocks(self) -> tuple[Block, ...]:
        """Kept blocks; before cleaning has run (no blocks at all), the whole text is body."""
        blocks = self.blocks
        if not blocks:
            return (Block(0, len(self.text), "body", "uncleaned"),) if self.text.strip() else ()
        # Every stage asks for them: picked once per tuple of blocks and kept.
        cached = self._body_blocks
        if cached is not None and cached[0] is blocks:
            return cached[1]
        kept = tuple(b for b in blocks if b.kept)
        object.__setattr__(self, "_body_blocks", (blocks, kept))
        return kept

    @property
    def body(self) -> str:
        """The cleaned article text: kept blocks, stripped, joined by newlines."""
        parts = (self.text[b.start : b.end].strip() for b in self.body_blocks)
        return "\n".join(p for p in parts if p)

    @property
    def headline(self) -> str | None:
        """The explicit title, else the text of the first block labelled ``title``."""
        if self.title is not None:
            return self.title
        for block in self.blocks:
            if block.kind == "title":
                return self.text[block.start : block.end].strip() or None
        return None

    def quote(self, span: Span | Block | TimeExpression) -> str:
        """The exact original text under a span."""
        return self.text[span.start : span.end]

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        """The contract (v1) shape. ``include_text`` adds the original text under ``"text"``."""
        out: dict[str, Any] = {
            "id": self.id,
            "url": self.url,
            "title": self.headline,
            "published": self.published.isoformat() if self.published else None,
            "published_source": self.published_source,
            "published_evidence": (
                self.published_evidence.to_dict() if self.published_evidence else None
            ),
            "body": self.body,
            "dates": [d.to_dict() for d in self.dates],
            "people": [p.to_dict() for p in self.people],
            "events": [self._event_record(e) for e in self.events],
            "errors": [e.to_dict() for e in self.errors],
            "blocks": [b.to_dict() for b in self.blocks],
            "extras": dict(self.extras),
            "contract": CONTRACT_VERSION,
        }
        if include_text:
            out["text"] = self.text
        return out

    def _event_record(self, event: Event) -> dict[str, Any]:
        """An event's record with its evidence sentence quoted, so it reads without the text."""
        record = event.to_dict()
        record["evidence"] = {**record["evidence"], "text": self.quote(event.evidence)}
        return record

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """Rebuild a Document from :meth:`to_dict` output.

        Without ``"text"`` the original is rebuilt from the kept blocks placed at their offsets
        (the rest blank), so every offset still quotes the same body text.
        """
        blocks = [Block.from_dict(b) for b in data.get("blocks", ())]
        text = data.get("text")
        if text is None:
            text = _text_from_body(data.get("body", ""), blocks)
        doc = cls(
            text=text,
            id=data.get("id"),
            url=data.get("url"),
            published=data.get("published"),
            published_source=data.get("published_source"),
            published_evidence=data.get("published_evidence"),
            blocks=blocks,
            dates=data.get("dates", ()),
            people=data.get("people", ()),
            events=data.get("events", ()),
            errors=data.get("errors", ()),
            extras=data.get("extras", {}),
        )
        # "title" in the output is the headline; keep it explicit only where blocks differ.
        title = data.get("title")
        return doc if title == doc.headline else attrs.evolve(doc, title=title)


def _text_from_body(body: str, blocks: Sequence[Block]) -> str:
    """Place the body's lines back at their (trimmed) blocks' offsets, blanks elsewhere."""
    kept = [b for b in blocks if b.kept and b.end > b.start]
    if not kept:
        return body
    size = max(b.end for b in blocks)
    chars = [" "] * size
    for line, block in zip(body.split("\n"), kept, strict=False):
        piece = line[: block.end - block.start]
        chars[block.start : block.start + len(piece)] = piece
    return "".join(chars)
