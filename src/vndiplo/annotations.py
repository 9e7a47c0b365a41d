"""The annotation classes of the document model: spans, blocks, dates, people, events.

Each is a frozen attrs class over offsets into ``Document.text`` (:mod:`vndiplo.model`), with
converters and validators at the edge and ``to_dict``/``from_dict`` for the contract shape.
Import them from :mod:`vndiplo.model` or :mod:`vndiplo`; this module keeps ``model.py`` to the
Document itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final, Literal, TypeVar

import attrs
from attrs import field, frozen

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

    ``source`` is ``"caller"`` (given to the runner), ``"page"`` (the page's timestamp line),
    ``"url"`` (the date in the page's URL path) or ``"text"`` (inferred from the article);
    ``evidence`` is the span of the text it was read from, if any.
    """

    value: dt.date
    source: str = field(validator=_one_of(("caller", "page", "url", "text")))
    evidence: Span | None = None
