"""The immutable event candidate and what the steps of :mod:`vndiplo_events.extract` share.

A :class:`Candidate` is one trigger hit on its way to an :class:`~vndiplo.model.Event`. Every
step returns a new candidate (``Candidate.but``, a fast ``attrs.evolve``) instead of changing
one in place, and candidates refer to each other by ``key`` (their position in the document's
candidate list), never by identity.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Final

from attrs import field, frozen

from vndiplo.model import Participant, Person, Statement
from vndiplo.registry import Registry
from vndiplo_events.cues import Cues, cues_for
from vndiplo_events.frames import Frame
from vndiplo_events.locations import Location, find_locations
from vndiplo_events.place_scope import in_delegations
from vndiplo_events.places import Gazetteer, gazetteer_for
from vndiplo_events.sentences import Sentence
from vndiplo_events.statements import StatementFinder, finder_for
from vndiplo_events.topics import TopicVocabulary, vocabulary_for
from vndiplo_events.triggers import TriggerHit, TriggerTable, table_for
from vndiplo_events.view import ArticleView, DateRef

__all__ = [
    "SAME_DAY",
    "Candidate",
    "Lexicons",
    "SameDay",
    "SentenceFacts",
    "frame_of",
    "unique_people",
]


@frozen
class SameDay:
    """The date of an event said to be "cùng ngày": the previous dated event's, once known."""


#: the one value of :class:`SameDay`
SAME_DAY: Final = SameDay()


@frozen(slots=False)
class Candidate:
    """An event under construction, in normalised coordinates.

    ``form``: reported | framed | backref | referenced. ``date_value`` is an ISO value, or
    :data:`SAME_DAY` until the document's dates are resolved.
    """

    key: int
    hit: TriggerHit
    sentence_index: int
    form: str
    frame: Frame | None
    zone_end: int
    scope_start: int
    embedded: bool = False
    subjects: tuple[Person, ...] = ()
    objects: tuple[Person, ...] = ()
    inviters: tuple[Person, ...] = ()
    date: DateRef | None = None
    date_value: str | SameDay | None = None
    part_of_day: str | None = None
    location: str | None = None
    occasion: str | None = None
    participants: tuple[Participant, ...] = ()
    cameo: str | None = None
    statements: tuple[Statement, ...] = ()
    topic_spans: tuple[tuple[int, int], ...] = ()
    planned: bool = False
    #: goes with another event of its sentence ("sau lễ đón chính thức, ..."): never main
    secondary: bool = False
    #: the other parties of a plural clause of equal acts, each an act of its own (README
    #: AK2): ("subjects" or "objects", the people standing there instead)
    several: tuple[tuple[str, tuple[Person, ...]], ...] = ()

    @property
    def type(self) -> str | None:
        return self.hit.trigger.type

    def but(self, **changes: Any) -> Candidate:
        """``attrs.evolve(self, **changes)`` as two dictionary updates: the class keeps its
        fields in ``__dict__`` (no slots), so a copy is one C-level update instead of a look-up
        and a frozen ``__setattr__`` per field (evolve was a tenth of the stage's time)."""
        new = _new(Candidate)
        state = new.__dict__
        state.update(self.__dict__)
        state.update(changes)
        return new

    @property
    def iso_date(self) -> str | None:
        """The date as an output value (a still unresolved "cùng ngày" is no date)."""
        return self.date_value if isinstance(self.date_value, str) else None


_new = object.__new__


@frozen
class Lexicons:
    """The compiled lexicons of one registry that the stage reads."""

    table: TriggerTable
    gazetteer: Gazetteer
    finder: StatementFinder
    vocabulary: TopicVocabulary
    cues: Cues

    @classmethod
    def of(cls, registry: Registry | None) -> Lexicons:
        """The lexicons of a registry, looked up once per registry version."""
        version = registry.version if registry is not None else -1
        last = _LAST.get(id(registry))
        if last is not None and last[0] is registry and last[1] == version:
            return last[2]
        found = cls(
            table_for(registry),
            gazetteer_for(registry),
            finder_for(registry),
            vocabulary_for(registry),
            cues_for(registry),
        )
        if len(_LAST) > 64:
            _LAST.clear()
        _LAST[id(registry)] = (registry, version, found)
        return found


#: id(registry) -> (registry, its version, its lexicons): the last look-up per registry
_LAST: dict[int, tuple[Registry | None, int, Lexicons]] = {}


@frozen
class SentenceFacts:
    """What the candidates of one sentence share. The "tại" phrases are found on first use:
    a sentence whose only triggers are back-references ("Tại cuộc tiếp, ...") rarely needs
    them."""

    sentence: Sentence
    hits: Sequence[TriggerHit]
    frames: Sequence[Frame]
    stops: Sequence[int]
    _cache: list[list[Location]] = field(factory=list, eq=False, repr=False)

    def locations(self, view: ArticleView, gaz: Gazetteer) -> list[Location]:
        if not self._cache:
            found = find_locations(view, self.sentence, self.stops, gaz)
            self._cache.append(in_delegations(view, self.sentence, found, self.hits))
        return self._cache[0]


def frame_of(frames: Sequence[Frame], pos: int) -> Frame | None:
    for frame in frames:
        if frame.start <= pos < frame.end:
            return frame
    return None


def unique_people(persons: Iterable[Person]) -> tuple[Person, ...]:
    """One person per name, first mention first."""
    seen: dict[str, Person] = {}
    for person in persons:
        seen.setdefault(person.name, person)
    return tuple(seen.values())
