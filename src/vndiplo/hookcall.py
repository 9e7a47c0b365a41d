"""Calling hooks through pluggy's own hook caller, with each implementation's failure isolated.

The runner used to call each implementation's function itself, which skipped pluggy's
machinery: ``wrapper=True`` / ``hookwrapper=True`` implementations never ran, and tracing
and ``add_hookcall_monitoring`` saw nothing. Calling ``pm.hook.<name>(...)`` honours all of
that, but then one raising plugin would end the whole call. So, before a call, every plain
(non-wrapper) implementation's function is replaced once by a guard that runs it under the
runner's time budget, records its time, and turns an exception into a
:class:`~vndiplo.PluginError` on the current call's :class:`Call`, returning None, so pluggy
moves on to the next implementation exactly as if this one had no answer. Wrappers run as
pluggy runs them; if a wrapper itself raises, the runner records that against the wrappers.
Outside a runner call (``pm.hook.x(...)`` by hand) the guard calls the function unchanged.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import pluggy
from attrs import define, field

from vndiplo.budget import Budget
from vndiplo.model import PluginError

__all__ = ["CURRENT_CALL", "GUARD_MARK", "Call", "guard_hook", "hook_call"]

log = logging.getLogger("vndiplo")

GUARD_MARK = "__vndiplo_guarded__"


@define
class Call:
    """What one hook call gathered besides pluggy's result: errors and who returned what."""

    hook: str
    budget: Budget
    timings: dict[str, float]
    trace: bool = False
    errors: list[PluginError] = field(factory=list)
    #: ``(plugin name, value)`` for each implementation that returned something, in call order.
    returned: list[tuple[str, Any]] = field(factory=list)


#: The call that guards report to (set by :func:`hook_call`, or by the runner directly).
CURRENT_CALL: ContextVar[Call | None] = ContextVar("vndiplo_hook_call", default=None)


@contextmanager
def hook_call(call: Call) -> Iterator[Call]:
    """Make ``call`` the one guards report to, for the duration of the block."""
    token = CURRENT_CALL.set(call)
    try:
        yield call
    finally:
        CURRENT_CALL.reset(token)


def _guard(impl: pluggy.HookImpl) -> Callable[..., Any]:
    function = impl.function
    name = impl.plugin_name

    def guarded(*args: Any) -> Any:
        call = CURRENT_CALL.get()
        if call is None:
            return function(*args)
        if call.budget.exhausted:
            call.errors.append(PluginError(name, call.hook, "skipped: time budget spent"))
            return None
        started = time.perf_counter()
        try:
            if call.budget.deadline is None:  # no budget: no guard to enter and leave
                value = function(*args)
            else:
                with call.budget.guard():
                    value = function(*args)
        except Exception as exc:
            call.errors.append(PluginError(name, call.hook, message(exc)))
            log.debug("plugin %s failed in %s", name, call.hook, exc_info=True)
            return None
        finally:
            elapsed = time.perf_counter() - started
            key = f"{call.hook}:{name}"
            call.timings[key] = call.timings.get(key, 0.0) + elapsed
            if call.trace:
                log.info("%s %s %.2f ms", call.hook, name, elapsed * 1000)
        if value is not None:
            call.returned.append((name, value))
        return value

    setattr(guarded, GUARD_MARK, True)
    guarded.__wrapped__ = function  # type: ignore[attr-defined]
    return guarded


def guard_hook(caller: pluggy.HookCaller) -> None:
    """Put the guard on every plain implementation of ``caller`` that lacks one."""
    for impl in caller.get_hookimpls():
        if impl.wrapper or impl.hookwrapper or getattr(impl.function, GUARD_MARK, False):
            continue
        # HookImpl.function is Final for pluggy's users; the guard keeps its signature's
        # arguments (pluggy passes them positionally, from impl.argnames).
        object.__setattr__(impl, "function", _guard(impl))


def wrapper_names(caller: pluggy.HookCaller) -> str:
    """The plugins wrapping ``caller``, for an error raised by a wrapper."""
    names = [i.plugin_name for i in caller.get_hookimpls() if i.wrapper or i.hookwrapper]
    return "+".join(names) or "vndiplo"


def message(exc: BaseException) -> str:
    """``Type: first line`` of an exception, as recorded in a document's errors."""
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__
