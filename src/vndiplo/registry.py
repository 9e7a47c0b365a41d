"""What every plugin call shares: the lexicon registry and the runner's settings."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import field, frozen

__all__ = ["Context", "Registry", "lexicon"]

T = TypeVar("T")


#: Lexicon kinds renamed to the ``<plugin>.<table>`` scheme (a table several plugins read has a
#: plain name: ``places``). The old names still work, with a DeprecationWarning.
RENAMED_KINDS: Mapping[str, str] = MappingProxyType(
    {
        "titles": "titles.titles",
        "titles.places": "places",
        "boilerplate_markers": "boilerplate.markers",
        "event_triggers": "events.triggers",
        "event_topics": "events.topics",
        "event_statement_verbs": "events.statement_verbs",
        "event_places": "places",
    }
)


def _current(kind: str) -> str:
    new = RENAMED_KINDS.get(kind)
    if new is None:
        return kind
    warnings.warn(
        f"lexicon kind {kind!r} is now {new!r}; the old name will go in a later release",
        DeprecationWarning,
        stacklevel=3,
    )
    return new


class Registry:
    """Named, append-only lexicons that plugins fill through ``vndiplo_register_lexicon``.

    A plugin that reads a lexicon (titles, boilerplate markers, event triggers) reads it from
    here, so a user plugin extends it by registering entries, with no fork. Entries are kept
    in registration order; ``version`` changes whenever an entry is added, which lets readers
    cache compiled forms (regexes, tries) per registry.
    """

    def __init__(self) -> None:
        self._entries: dict[str, list[Any]] = {}
        self._compiled: dict[str, tuple[int, Any]] = {}
        self.version = 0

    def register(self, kind: str, entries: Iterable[Any]) -> None:
        """Append ``entries`` to the lexicon ``kind``."""
        if not isinstance(kind, str) or not kind:
            raise ValueError(f"lexicon kind must be a non-empty string, got {kind!r}")
        if isinstance(entries, (str, bytes)):
            raise TypeError("register() takes an iterable of entries, not a single string")
        self._entries.setdefault(_current(kind), []).extend(entries)
        self.version += 1

    def get(self, kind: str) -> tuple[Any, ...]:
        """The entries of ``kind``, in registration order (empty if none were registered)."""
        return tuple(self._entries.get(_current(kind), ()))

    def compiled(self, key: str, build: Callable[[Registry], T]) -> T:
        """``build(self)``, computed once per registry version and kept under ``key``.

        Plugins compile their lexicons (regexes, tries) here, so the work is done once per
        runner and redone only when a plugin registers more entries.
        """
        hit = self._compiled.get(key)
        if hit is not None and hit[0] == self.version:
            return hit[1]  # type: ignore[no-any-return]
        value = build(self)
        self._compiled[key] = (self.version, value)
        return value

    def kinds(self) -> list[str]:
        return sorted(self._entries)

    def __repr__(self) -> str:
        sizes = ", ".join(f"{k}={len(v)}" for k, v in sorted(self._entries.items()))
        return f"Registry({sizes})"


_DEFAULTS: dict[tuple[str, Callable[..., Any]], Any] = {}


def lexicon(
    registry: Registry | None,
    kind: str,
    build: Callable[[Sequence[Any]], T],
    defaults: Callable[[], Iterable[Any]],
    *,
    extend: bool = False,
) -> T:
    """A plugin's compiled lexicon: ``build(entries)``, cached per registry version.

    ``entries`` are those registered under ``kind``. When none were (a bare registry in a unit
    test, or a runner with the owning plugin's registration disabled) they are ``defaults()``,
    so a plugin always has something to match with; with ``extend`` the defaults always come
    first and registered entries add to them (a shared kind such as ``"places"`` that no one
    plugin registers). Without a registry the defaults are compiled once per process.
    """
    if registry is None or (not extend and not registry.get(kind)):
        key = (kind, build)
        if key not in _DEFAULTS:
            _DEFAULTS[key] = build(tuple(defaults()))
        return _DEFAULTS[key]  # type: ignore[no-any-return]

    def compile_entries(reg: Registry) -> T:
        registered = reg.get(kind)
        if extend:
            return build((*defaults(), *registered))
        return build(registered)

    name = getattr(build, "__qualname__", repr(build))
    return registry.compiled(f"lexicon:{kind}:{build.__module__}.{name}", compile_entries)


def _frozen_mapping(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(value or {}))


@frozen
class Context:
    """Passed to every stage hook: the lexicons and the settings of the runner that calls it.

    ``settings`` is a read-only mapping given as ``Runner(settings=...)``; plugins document
    the keys they read, under their own name (``settings["dates"]``, say).
    """

    registry: Registry = field(factory=Registry)
    settings: Mapping[str, Any] = field(factory=dict, converter=_frozen_mapping)

    def plugin_settings(self, name: str) -> Mapping[str, Any]:
        """The settings for one plugin (``settings[name]``), or an empty mapping."""
        value = self.settings.get(name, {})
        return value if isinstance(value, Mapping) else {}
