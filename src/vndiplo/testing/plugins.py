"""Strategies that plugins ship: the ``vndiplo.strategies`` entry-point group.

A plugin whose strategies need its own internals (the dates plugin's renderers, say) keeps them
in its own package and declares the module in its ``pyproject.toml``::

    [project.entry-points."vndiplo.strategies"]
    dates = "vndiplo_dates.testing"

Every name in that module's ``__all__`` is then importable from :mod:`vndiplo.testing` too
(``from vndiplo.testing import date_phrases``), so the core testing kit never imports a plugin by
name. Modules load only when one of their names is first asked for, so ``import vndiplo.testing``
and the pytest plugin need neither hypothesis nor any plugin.

Lookup order: the core kit's own names first, then the entry points sorted by name; the first
module whose ``__all__`` holds the name wins. Import the plugin module directly to pick another.
"""

from __future__ import annotations

from importlib.metadata import EntryPoint, entry_points
from types import ModuleType
from typing import Any

__all__ = ["GROUP", "find_strategy", "strategy_entry_points", "strategy_modules"]

#: The entry-point group plugins register their strategy modules under.
GROUP = "vndiplo.strategies"


def strategy_entry_points() -> list[EntryPoint]:
    """The installed ``vndiplo.strategies`` entry points, sorted by name (then value)."""
    return sorted(entry_points(group=GROUP), key=lambda ep: (ep.name, ep.value))


def _exports(target: Any) -> tuple[str, ...]:
    return tuple(getattr(target, "__all__", ()))


def _load(ep: EntryPoint) -> Any:
    try:
        return ep.load()
    except ImportError as error:
        raise ImportError(
            f"the strategies of {ep.name!r} ({GROUP} entry point {ep.value!r}) could not be "
            f"imported: {error}. They need hypothesis: pip install 'vndiplo[testing]'"
        ) from error


def strategy_modules() -> dict[str, ModuleType]:
    """Every plugin strategy module, by entry-point name (imports them all; needs hypothesis)."""
    return {ep.name: _load(ep) for ep in strategy_entry_points()}


def find_strategy(name: str) -> Any:
    """The object a plugin exports as ``name`` (in its module's ``__all__``).

    Raises AttributeError when no installed plugin exports it, or ImportError when it is not
    found and a plugin's strategy module failed to import (typically: hypothesis is missing).
    Private and dunder names are never looked up.
    """
    if name.startswith("_"):
        raise AttributeError(name)
    failed: ImportError | None = None
    for ep in strategy_entry_points():
        try:
            target = _load(ep)
        except ImportError as error:
            failed = failed or error
            continue
        if name in _exports(target):
            return getattr(target, name)
    if failed is not None:
        raise ImportError(f"{name!r} is not available: {failed}") from failed
    raise AttributeError(f"no {GROUP} entry point exports {name!r}")
