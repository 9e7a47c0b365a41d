"""What every plugin call shares: the lexicon registry and the runner's settings."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import field, frozen

__all__ = ["Context", "Registry"]

T = TypeVar("T")


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
        self._entries.setdefault(kind, []).extend(entries)
        self.version += 1

    def get(self, kind: str) -> tuple[Any, ...]:
        """The entries of ``kind``, in registration order (empty if none were registered)."""
        return tuple(self._entries.get(kind, ()))

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
