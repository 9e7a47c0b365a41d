"""What in a module or object is a plugin, and refusing one that would do nothing.

The README's smallest plugin is a class (``CountBodyWords``) whose methods carry
``@hookimpl``. Registered as a module, such a file has no hook at module level, so pluggy
would register it, ``vndiplo plugins`` would list it, and it would never run. Here a module
without module-level hooks is searched for plugin objects: instances first, else classes
defined in it, instantiated without arguments. Whatever is registered must implement at least
one vndiplo hook, or loading fails with an error saying what was found and what to fix.
"""

from __future__ import annotations

import inspect
from types import ModuleType
from typing import Any

import pluggy

from vndiplo import hookspecs

__all__ = ["check_implements", "plugin_objects", "resolve_attribute"]

MARK = f"{hookspecs.PROJECT_NAME}_impl"


class PluginLoadError(RuntimeError):
    """A plugin could not be imported or does not match the hook specifications."""


def _has_hooks(obj: object) -> bool:
    """Whether ``obj`` (a module, class or instance) has attributes marked ``@hookimpl``."""
    for attr in dir(obj):
        try:
            value = getattr(obj, attr)
        except Exception:  # a property that fails on the class, say
            continue
        if inspect.isroutine(value) and hasattr(value, MARK):
            return True
    return False


def _instantiate(cls: type, where: str) -> object:
    try:
        return cls()
    except Exception as exc:
        raise PluginLoadError(
            f"plugin class {cls.__name__} in {where} cannot be made without arguments: {exc}; "
            "create an instance in the module instead"
        ) from exc


def plugin_objects(module: ModuleType, name: str) -> list[tuple[object, str]]:
    """The plugins a module provides, each with its name.

    The module itself when it has module-level hooks; else its plugin instances; else its
    plugin classes, instantiated. An object is named by its ``name`` attribute, else ``name``
    when it is the only one, else by its class name. A module with no plugin in it is returned
    as is, so :func:`check_implements` reports it.
    """
    if _has_hooks(module):
        return [(module, name)]
    found: list[object] = []
    classes: list[type] = []
    for attr, value in vars(module).items():
        if attr.startswith("_") or isinstance(value, ModuleType):
            continue
        if inspect.isclass(value):
            if value.__module__ == module.__name__ and _has_hooks(value):
                classes.append(value)
        elif not inspect.isroutine(value) and _has_hooks(value):
            found.append(value)
    if not found:
        found = [_instantiate(cls, module.__name__) for cls in classes]
    if not found:
        return [(module, name)]
    return [(obj, _name_of(obj, name if len(found) == 1 else None)) for obj in found]


def _name_of(obj: object, fallback: str | None) -> str:
    own = getattr(obj, "name", None)
    if isinstance(own, str) and own:
        return own
    return fallback or type(obj).__name__


def resolve_attribute(module: ModuleType, attr: str, spec: str) -> tuple[object, str]:
    """``module:attr`` -> the object (a class is instantiated) and its name."""
    try:
        value: Any = getattr(module, attr)
    except AttributeError:
        raise PluginLoadError(f"plugin {spec!r}: module has no attribute {attr!r}") from None
    if inspect.isclass(value):
        value = _instantiate(value, spec)
    return value, _name_of(value, attr)


def check_implements(pm: pluggy.PluginManager, plugin: object, name: str) -> None:
    """Refuse (unregister and raise) a plugin that implements no vndiplo hook."""
    if pm.get_hookcallers(plugin):
        return
    pm.unregister(plugin)
    unmarked = sorted(
        attr
        for attr in dir(plugin)
        if attr.startswith(f"{hookspecs.PROJECT_NAME}_") and callable(getattr(plugin, attr, None))
    )
    what = getattr(plugin, "__name__", type(plugin).__name__)
    hint = (
        f"; {', '.join(unmarked)} lack(s) the @vndiplo.hookimpl marker"
        if unmarked
        else "; decorate hook functions or methods with @vndiplo.hookimpl "
        "(see docs/hooks.md for the hook names)"
    )
    raise PluginLoadError(f"plugin {name!r} ({what}) implements no vndiplo hook{hint}")
