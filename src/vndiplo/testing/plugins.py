"""Strategies that plugins ship: the ``vndiplo.strategies`` entry-point group.

A plugin whose strategies need its own internals (the dates plugin's renderers, say) keeps them
in its own package and declares the module in its ``pyproject.toml``::

    [project.entry-points."vndiplo.strategies"]
    dates = "vndiplo_dates.testing"

Every name in that module's ``__all__`` is then importable from :mod:`vndiplo.testing` too
(``from vndiplo.testing import date_phrases``), so the core testing kit never imports a plugin by
name. Modules load only when one of their names is first asked for, so ``import vndiplo.testing``
and the pytest plugin need neither hypothesis nor any plugin.

The core kit's own names come first. A plugin name must be exported by exactly one entry
point: when two plugins export the same name, asking :mod:`vndiplo.testing` for it raises
ImportError rather than silently picking one; import it from the plugin's module instead.
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
    """The object the one plugin that lists ``name`` in its strategy module's ``__all__`` exports.

    Raises AttributeError when no installed plugin exports ``name``; ImportError when two
    plugins export it (import it from the plugin's module instead), or when none does and a
    strategy module failed to import (typically: hypothesis is missing). Private and dunder
    names are never looked up.
    """
    if name.startswith("_"):
        raise AttributeError(name)
    failed: ImportError | None = None
    found: list[tuple[EntryPoint, Any]] = []
    for ep in strategy_entry_points():
        try:
            target = _load(ep)
        except ImportError as error:
            failed = failed or error
            continue
        if name in _exports(target):
            found.append((ep, target))
    if len(found) > 1:
        homes = ", ".join(f"{ep.name} ({ep.value})" for ep, _target in found)
        raise ImportError(
            f"{name!r} is exported by more than one {GROUP} entry point: {homes}; "
            "import it from the plugin's own module"
        )
    if found:
        return getattr(found[0][1], name)
    if failed is not None:
        raise ImportError(f"{name!r} is not available: {failed}") from failed
    raise AttributeError(f"no {GROUP} entry point exports {name!r}")
