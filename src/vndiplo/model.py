"""The document model: immutable attrs classes whose JSON form is the output contract.

Every annotation is a span over one immutable text, ``Document.text``, as spaCy's Doc/Span are.
Stages never mutate a document: the runner builds the next one with :func:`attrs.evolve`.
``Document.to_dict()`` returns exactly the shape in ``docs/contract.md`` (contract v1);
``Document.from_dict()`` reads it back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final, Literal, TypeVar

import attrs
from attrs import field, frozen

from vndiplo.sentences import Sentence, split_sentences
from vndiplo.text import NormalizedText

__all__ = [
    "BLOCK_KINDS",
    "CONTRACT_VERSION",
    "EVENT_TYPES",
    "Block",
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

#: Version of the JSON shape produced by :meth:`Document.to_dict`. Adding fields keeps it;
#: renaming or removing one bumps it and is called out in CHANGELOG.md.
CONTRACT_VERSION: Final = "1"

BlockKind = Literal["title", "byline", "dateline", "body", "caption", "boilerplate"]
BLOCK_KINDS: Final = ("title", "byline", "dateline", "body", "caption", "boilerplate")
TIME_KINDS: Final = ("date", "datetime", "month", "year", "span")
PARTS_OF_DAY: Final = ("morning", "noon", "afternoon", "evening", "night")
YEAR_SOURCES: Final = ("explicit", "reference", "context")
EVENT_TYPES: Final = (
    "reception",
    "meeting",
    "talks",
    "phone_call",
    "visit",
    "attend",
    "signing",
    "message",
    "other",
)
PARTICIPANT_ROLES: Final = ("host", "guest", "participant")

T = TypeVar("T")


def _convert_all(cls: type[T], items: Iterable[Any] | None) -> tuple[T, ...]:
    """Accept any iterable of ``cls`` (or of dicts shaped like it) and keep a tuple."""
    if items is None:
        return ()
    if type(items) is tuple and set(map(type, items)) <= {cls}:
        return items  # already converted: every attrs.evolve between stages passes them again
    return tuple(
        item
        if type(item) is cls
        else cls.from_dict(item)  # type: ignore[attr-defined]
        if isinstance(item, Mapping)
        else item
        for item in items
    )


def _strings(items: Iterable[str] | None) -> tuple[str, ...]:
    return () if items is None else tuple(items)


def _one_of(choices: Sequence[str | None]) -> Any:
    return attrs.validators.in_(choices)


def _spans(items: Iterable[Any] | None) -> tuple[Span, ...]:
    # Mentions also arrive as [start, end] pairs, which is how the contract writes them.
    if items is None:
        return ()
    return tuple(item if isinstance(item, Span) else Span.from_dict(item) for item in items)


def _span_or_none(item: Any) -> Span | None:
    return item if item is None or isinstance(item, Span) else Span.from_dict(item)


def _roles(items: Iterable[Any] | None) -> tuple[Role, ...]:
    return _convert_all(Role, items)


def _participants(items: Iterable[Any] | None) -> tuple[Participant, ...]:
    return _convert_all(Participant, items)


def _statements(items: Iterable[Any] | None) -> tuple[Statement, ...]:
    return _convert_all(Statement, items)


def _blocks(items: Iterable[Any] | None) -> tuple[Block, ...]:
    return _convert_all(Block, items)


def _time_expressions(items: Iterable[Any] | None) -> tuple[TimeExpression, ...]:
    return _convert_all(TimeExpression, items)


def _people(items: Iterable[Any] | None) -> tuple[Person, ...]:
    return _convert_all(Person, items)


def _events(items: Iterable[Any] | None) -> tuple[Event, ...]:
    return _convert_all(Event, items)


def _plugin_errors(items: Iterable[Any] | None) -> tuple[PluginError, ...]:
    return _convert_all(PluginError, items)


def _non_negative(_inst: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _span_order(inst: Any, _attribute: attrs.Attribute[int], value: int) -> None:
    if value < inst.start:
        raise ValueError(f"end ({value}) must not be before start ({inst.start})")


@frozen
class Span:
    """A ``[start, end)`` range of character offsets into ``Document.text``."""

    start: int = field(validator=_non_negative)
    end: int = field(validator=_span_order)

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | Sequence[int]) -> Span:
        if isinstance(data, Mapping):
            return cls(int(data["start"]), int(data["end"]))
        start, end = data
        return cls(int(start), int(end))


@frozen
class Block:
    """A line or paragraph of the page, labelled by the cleaning stage.

    ``rule`` names the rule that decided ``kind``, so a wrong label can be traced to its cause.
    Only ``body`` blocks make up :attr:`Document.body`.
    """

    start: int = field(validator=_non_negative)
    end: int = field(validator=_span_order)
    kind: BlockKind = field(validator=_one_of(BLOCK_KINDS))
    rule: str = ""

    @property
    def kept(self) -> bool:
        return self.kind == "body"

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "kind": self.kind, "rule": self.rule}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Block:
        return cls(int(data["start"]), int(data["end"]), data["kind"], data.get("rule", ""))


@frozen
class TimeExpression:
    """A temporal expression and its normalised value.

    ``value`` follows ISO 8601 (``YYYY-MM-DD``, ``YYYY-MM-DDTHH:MM``, ``YYYY-MM``, ``YYYY``,
    ``A/B`` for spans); a day and month whose year the text does not fix is ``--MM-DD`` with
    ``year_source`` None, never a guessed year.
    """

    text: str
    start: int = field(validator=_non_negative)
    end: int = field(validator=_span_order)
    value: str
    kind: str = field(validator=_one_of(TIME_KINDS))
    part_of_day: str | None = field(default=None, validator=_one_of((*PARTS_OF_DAY, None)))
    year_source: str | None = field(default=None, validator=_one_of((*YEAR_SOURCES, None)))

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "kind": self.kind,
            "part_of_day": self.part_of_day,
            "year_source": self.year_source,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TimeExpression:
        return cls(
            text=data["text"],
            start=int(data["start"]),
            end=int(data["end"]),
            value=data["value"],
            kind=data["kind"],
            part_of_day=data.get("part_of_day"),
            year_source=data.get("year_source"),
        )


@frozen
class Role:
    """One title, parsed: "Bí thư Đảng ủy Khu tự trị ... Quảng Tây" -> title, body, place."""

    title: str
    organisation: str | None = None
    place: str | None = None
    country: str | None = None
    former: bool = False
    acting: bool = False
    gloss: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Role:
        return cls(**{a.name: data.get(a.name, a.default) for a in attrs.fields(cls)})


@frozen
class Person:
    """A person named with a title or role, with every mention merged into one record."""

    name: str
    titles: tuple[str, ...] = field(default=(), converter=_strings)
    country: str | None = None
    mentions: tuple[Span, ...] = field(default=(), converter=_spans)
    roles: tuple[Role, ...] = field(default=(), converter=_roles)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "titles": list(self.titles),
            "country": self.country,
            "mentions": [[m.start, m.end] for m in self.mentions],
            "roles": [r.to_dict() for r in self.roles],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Person:
        return cls(
            name=data["name"],
            titles=data.get("titles", ()),
            country=data.get("country"),
            mentions=[Span.from_dict(m) for m in data.get("mentions", ())],
            roles=data.get("roles", ()),
        )


@frozen
class Participant:
    """A person taking part in an event; PLOVER's convention: the visitor is the guest."""

    name: str
    role: str = field(default="participant", validator=_one_of(PARTICIPANT_ROLES))

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Participant:
        return cls(data["name"], data.get("role", "participant"))


@frozen
class Statement:
    """What one participant proposed, affirmed, stressed, thanked or hoped for, with evidence."""

    speaker: str | None
    verb: str
    text: str
    start: int = field(validator=_non_negative)
    end: int = field(validator=_span_order)

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Statement:
        return cls(data.get("speaker"), data["verb"], data["text"], data["start"], data["end"])


@frozen
class Event:
    """One meeting, reception, call, visit ... and who took part, when and where.

    ``referenced`` marks an event the article mentions but does not report (a past visit);
    ``planned`` one that is announced or agreed for the future ("sẽ thăm", "nhận lời mời thăm");
    ``occasion`` is the framing ("Trong khuôn khổ dự Hội chợ ...", "nhân dịp ...").
    """

    type: str = field(validator=_one_of(EVENT_TYPES))
    trigger: str
    evidence: Span
    date: str | None = None
    part_of_day: str | None = field(default=None, validator=_one_of((*PARTS_OF_DAY, None)))
    location: str | None = None
    participants: tuple[Participant, ...] = field(default=(), converter=_participants)
    cameo: str | None = None
    occasion: str | None = None
    referenced: bool = False
    planned: bool = False
    statements: tuple[Statement, ...] = field(default=(), converter=_statements)
    topics: tuple[str, ...] = field(default=(), converter=_strings)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "trigger": self.trigger,
            "date": self.date,
            "part_of_day": self.part_of_day,
            "location": self.location,
            "participants": [p.to_dict() for p in self.participants],
            "cameo": self.cameo,
            "evidence": self.evidence.to_dict(),
            "occasion": self.occasion,
            "referenced": self.referenced,
            "planned": self.planned,
            "statements": [s.to_dict() for s in self.statements],
            "topics": list(self.topics),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Event:
        return cls(
            type=data["type"],
            trigger=data["trigger"],
            evidence=Span.from_dict(data["evidence"]),
            date=data.get("date"),
            part_of_day=data.get("part_of_day"),
            location=data.get("location"),
            participants=data.get("participants", ()),
            cameo=data.get("cameo"),
            occasion=data.get("occasion"),
            referenced=bool(data.get("referenced", False)),
            planned=bool(data.get("planned", False)),
            statements=data.get("statements", ()),
            topics=data.get("topics", ()),
        )


@frozen
class PluginError:
    """A plugin that failed on one document; the other plugins' results are kept."""

    plugin: str
    hook: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"plugin": self.plugin, "hook": self.hook, "message": self.message}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PluginError:
        return cls(data["plugin"], data["hook"], data["message"])


@frozen
class ReferenceDate:
    """The date relative and year-less expressions are resolved against, and its origin.

    ``source`` is ``"caller"`` (given to the runner), ``"page"`` (the page's timestamp line) or
    ``"text"`` (inferred from the article); ``evidence`` is the span it was read from, if any.
    """

    value: dt.date
    source: str = field(validator=_one_of(("caller", "page", "text")))
    evidence: Span | None = None


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
    came from ("caller", "page" or "text"). ``blocks`` come from the cleaning stage and
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
        spans = (norm.span_from_original(b.start, b.end) for b in self.body_blocks)
        blocks = [(max(0, s), min(len(norm.text), e)) for s, e in spans if e > s]
        found = tuple(split_sentences(norm.text, blocks))
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
        if not self.blocks:
            return (Block(0, len(self.text), "body", "uncleaned"),) if self.text.strip() else ()
        return tuple(b for b in self.blocks if b.kept)

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
