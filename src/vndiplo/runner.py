"""The runner: loads plugins into its own PluginManager and runs the stages over documents.

Each :class:`Runner` owns one :class:`pluggy.PluginManager`, as tox and pytest do, so two
runners with different plugins live side by side in one process, and a worker process rebuilds
an identical runner from the picklable configuration (plugin names and settings).
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import os
import sys
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pluggy

from vndiplo import hookspecs
from vndiplo.budget import Budget
from vndiplo.evolve import evolve
from vndiplo.garbled import garbled_warning
from vndiplo.hookcall import CURRENT_CALL, Call, guard_hook, message, wrapper_names
from vndiplo.model import Document, PluginError, ReferenceDate
from vndiplo.multiarticle import concatenation_warning
from vndiplo.plugin_objects import (
    PluginLoadError,
    check_implements,
    plugin_objects,
    resolve_attribute,
)
from vndiplo.registry import Context, Registry
from vndiplo.shorttext import read_short_text

__all__ = ["ENTRY_POINT_GROUP", "PluginLoadError", "Runner"]

log = logging.getLogger("vndiplo")

ENTRY_POINT_GROUP = "vndiplo"
#: Set to "1" to load no entry-point plugins (tests, minimal pipelines).
AUTOLOAD_ENV = "VNDIPLO_DISABLE_PLUGIN_AUTOLOAD"
#: Set to "1" to log every hook call and its duration on the "vndiplo" logger.
TRACE_ENV = "VNDIPLO_TRACE"

STAGES = (
    "vndiplo_clean",
    "vndiplo_reference_date",
    "vndiplo_find_dates",
    "vndiplo_find_people",
    "vndiplo_extract_events",
    "vndiplo_enrich",
)

PluginSpec = str | ModuleType | object


class Runner:
    """Runs the vndiplo pipeline over documents.

    Args:
        plugins: extra plugins to register: importable module names (``"my_pkg.plugin"``),
            modules, or objects with hook methods. Names and modules survive pickling, so
            prefer them when you use ``workers``.
        disable: plugin names not to load (entry-point names such as ``"dates"``, or the
            names of extra plugins).
        plugins_dir: a folder whose ``*.py`` files are loaded as plugins, named by file stem.
        autoload: load plugins installed under the ``vndiplo`` entry-point group (the
            first-party ones included). Defaults to True unless ``VNDIPLO_DISABLE_PLUGIN_AUTOLOAD``
            is set to ``1``.
        settings: read-only settings passed to every plugin in ``Context.settings``.
        time_budget: seconds one document may take; a hook still running when it runs out
            is stopped and recorded as that plugin's error, and the remaining hooks are
            skipped (see :mod:`vndiplo.budget`). None: no limit.

    Plugins load lazily, on first use, not when the runner is made.
    """

    def __init__(
        self,
        plugins: Sequence[PluginSpec] = (),
        *,
        disable: Iterable[str] = (),
        plugins_dir: str | os.PathLike[str] | None = None,
        autoload: bool | None = None,
        settings: Mapping[str, Any] | None = None,
        time_budget: float | None = None,
    ) -> None:
        if isinstance(plugins, (str, ModuleType)):
            plugins = [plugins]
        self.plugins: tuple[PluginSpec, ...] = tuple(plugins)
        self.disable = frozenset(disable)
        self.plugins_dir = Path(plugins_dir) if plugins_dir is not None else None
        if autoload is None:
            autoload = os.environ.get(AUTOLOAD_ENV, "") not in ("1", "true", "yes")
        self.autoload = autoload
        self.settings: dict[str, Any] = dict(settings or {})
        if time_budget is not None and time_budget <= 0:
            raise ValueError(f"time_budget must be positive, got {time_budget}")
        self.time_budget = time_budget
        self._budget = Budget(None)
        self._pm: pluggy.PluginManager | None = None
        self._context: Context | None = None
        self._versions: dict[str, str] = {}
        self._trace = os.environ.get(TRACE_ENV, "") in ("1", "true", "yes")
        #: Seconds spent in each hook implementation, keyed "hook:plugin"; for benchmarks.
        self.timings: dict[str, float] = defaultdict(float)

    # -- plugin loading --------------------------------------------------------------------

    @property
    def pm(self) -> pluggy.PluginManager:
        """The plugin manager, built and loaded on first use."""
        if self._pm is None:
            self._pm, self._context = self._load()
        return self._pm

    @property
    def context(self) -> Context:
        """The context (lexicon registry and settings) passed to every hook."""
        self.pm  # noqa: B018 - loads plugins and builds the context
        assert self._context is not None
        return self._context

    def _load(self) -> tuple[pluggy.PluginManager, Context]:
        pm = pluggy.PluginManager(hookspecs.PROJECT_NAME)
        pm.add_hookspecs(hookspecs)
        from vndiplo import _builtin

        pm.register(_builtin, name="builtin")
        if self.autoload:
            for ep in _entry_points():
                if ep.name in self.disable or pm.get_plugin(ep.name) is not None:
                    continue
                try:
                    plugin = ep.load()
                except Exception as exc:
                    raise PluginLoadError(
                        f"cannot load plugin {ep.name!r} ({ep.value}): {exc}"
                    ) from exc
                for obj, name in _expand(plugin, ep.name):
                    _register(pm, obj, name)
                if ep.dist is not None:
                    self._versions[ep.name] = ep.dist.version
        for spec in self.plugins:
            for plugin, name in _resolve(spec):
                if name not in self.disable and pm.get_plugin(name) is None:
                    _register(pm, plugin, name)
        if self.plugins_dir is not None:
            if not self.plugins_dir.is_dir():
                raise PluginLoadError(f"plugins folder {self.plugins_dir} is not a directory")
            for path in sorted(self.plugins_dir.glob("*.py")):
                if path.stem in self.disable or path.stem.startswith("_"):
                    continue  # _helpers.py: shared code for the plugins, not a plugin
                for plugin, name in plugin_objects(_import_file(path), path.stem):
                    if name not in self.disable and pm.get_plugin(name) is None:
                        _register(pm, plugin, name)
        try:
            pm.check_pending()
        except pluggy.PluginValidationError as exc:
            raise PluginLoadError(str(exc)) from exc
        registry = Registry()
        pm.hook.vndiplo_register_lexicon(register=registry.register)
        return pm, Context(registry=registry, settings=self.settings)

    def list_plugins(self) -> list[dict[str, Any]]:
        """Active plugins, in load order, with the hooks each implements and where it lives."""
        rows = []
        for name, plugin in self.pm.list_name_plugin():
            if plugin is None:
                continue
            hooks = sorted(h.name for h in self.pm.get_hookcallers(plugin) or ())
            rows.append(
                {
                    "name": name,
                    "hooks": hooks,
                    "module": getattr(plugin, "__name__", type(plugin).__name__),
                    "version": self._versions.get(name),
                }
            )
        return rows

    # -- running ---------------------------------------------------------------------------

    def read(self, source: Any) -> Document:
        """Turn one input (text, JSONL record mapping or Document) into a Document."""
        if isinstance(source, Document):
            return source
        errors: list[PluginError] = []
        doc = self._first_result("vndiplo_read", {"source": source}, errors)
        if not isinstance(doc, Document):
            reason = errors[-1].message if errors else "no reader plugin accepts it"
            raise TypeError(f"cannot read a {type(source).__name__}: {reason}")
        return attrs.evolve(doc, errors=doc.errors + tuple(errors)) if errors else doc

    def run(self, source: Any) -> Document:
        """Run every stage over one input and return the finished Document.

        A plugin that raises is recorded in ``Document.errors`` and the other stages still run.
        """
        self._budget = Budget(self.time_budget)
        doc = self.read(source)
        started = time.perf_counter()
        doc.normalized  # noqa: B018 - built once here, shared by every plugin, timed as core
        self.timings["vndiplo_normalize:core"] += time.perf_counter() - started
        doc = self._clean(doc)
        doc = self._reference_date(doc)
        errors = list(doc.errors)
        found = self._collect("vndiplo_find_dates", doc, errors)
        dates = sorted(set(found), key=lambda d: (d.start, d.end, d.value))
        doc = evolve(doc, dates=dates, errors=errors)
        people = self._collect("vndiplo_find_people", doc, errors)
        doc = evolve(doc, people=people, errors=errors)
        events = self._collect("vndiplo_extract_events", doc, errors)
        doc = evolve(doc, events=events, errors=errors)
        extras = self._enrich(doc, errors)
        return evolve(doc, extras=extras, errors=errors)

    def run_many(
        self,
        sources: Iterable[Any],
        *,
        workers: int = 1,
        chunksize: int = 16,
        on_result: Callable[[Document], None] | None = None,
    ) -> Iterator[Document]:
        """Run the pipeline over many inputs, yielding Documents in input order.

        Memory stays constant: with ``workers > 1`` at most ``workers * chunksize * 2`` inputs
        are in flight in a process pool, each worker rebuilding this runner once from its
        configuration. An input that cannot be read becomes an empty Document carrying the
        error, so no document is ever lost from the output.
        """
        if workers < 1:
            raise ValueError(f"workers must be >= 1, got {workers}")
        results: Iterator[Document]
        if workers == 1:
            results = (self._run_safely(source) for source in sources)
        else:
            results = self._run_pool(sources, workers, chunksize)
        for doc in results:
            if on_result is not None:
                on_result(doc)
            yield doc

    def _run_safely(self, source: Any) -> Document:
        try:
            return self.run(source)
        except Exception as exc:  # a reader failure must not end the batch
            ident = source.get("id") if isinstance(source, Mapping) else None
            return Document(
                text="",
                id=str(ident) if ident is not None else None,
                errors=[PluginError("vndiplo", "vndiplo_read", message(exc))],
            )

    def _run_pool(self, sources: Iterable[Any], workers: int, chunksize: int) -> Iterator[Document]:
        config = self.config()
        window = workers * 2
        pending: deque[Future[list[Document]]] = deque()
        with ProcessPoolExecutor(
            max_workers=workers, initializer=_init_worker, initargs=(config,)
        ) as pool:
            for chunk in _chunks(sources, chunksize):
                pending.append(pool.submit(_work, chunk))
                if len(pending) >= window:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()

    # -- pickling: a runner travels as its configuration -------------------------------------

    def config(self) -> dict[str, Any]:
        """A picklable description from which an identical runner can be rebuilt."""
        return {
            "plugins": [_portable(p) for p in self.plugins],
            "disable": sorted(self.disable),
            "plugins_dir": str(self.plugins_dir) if self.plugins_dir is not None else None,
            "autoload": self.autoload,
            "settings": self.settings,
            "time_budget": self.time_budget,
        }

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> Runner:
        return cls(
            config.get("plugins", ()),
            disable=config.get("disable", ()),
            plugins_dir=config.get("plugins_dir"),
            autoload=config.get("autoload"),
            settings=config.get("settings"),
            time_budget=config.get("time_budget"),
        )

    def __getstate__(self) -> dict[str, Any]:
        return self.config()

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(Runner.from_config(state).__dict__)

    def __repr__(self) -> str:
        return f"Runner(plugins={list(self.plugins)!r}, disable={sorted(self.disable)!r})"

    # -- stages ----------------------------------------------------------------------------

    def _clean(self, doc: Document) -> Document:
        errors = list(doc.errors)
        blocks = self._first_result("vndiplo_clean", {"document": doc}, errors)
        if blocks is None:
            return evolve(doc, errors=errors) if errors else doc
        cleaned = evolve(doc, blocks=blocks, errors=errors)
        warnings = [concatenation_warning(cleaned), garbled_warning(cleaned)]
        if warnings != [None, None]:
            errors.extend(w for w in warnings if w is not None)
            cleaned = evolve(cleaned, errors=errors)
        return read_short_text(cleaned)

    def _reference_date(self, doc: Document) -> Document:
        if doc.published is not None:
            return doc if doc.published_source else attrs.evolve(doc, published_source="caller")
        errors = list(doc.errors)
        ref = self._first_result("vndiplo_reference_date", {"document": doc}, errors)
        if isinstance(ref, ReferenceDate):
            return evolve(
                doc,
                published=ref.value,
                published_source=ref.source,
                published_evidence=ref.evidence,
                errors=errors,
            )
        return evolve(doc, errors=errors) if errors else doc

    def _hook(
        self, hook_name: str, kwargs: dict[str, Any], errors: list[PluginError]
    ) -> tuple[Any, Call]:
        """Call a hook through pluggy (wrappers, tracing, monitoring), failures isolated.

        See :mod:`vndiplo.hookcall`: a plain implementation that raises is recorded in
        ``errors`` and counts as having returned None; a wrapper that raises is recorded too,
        and the call then has no result.
        """
        caller = getattr(self.pm.hook, hook_name)
        guard_hook(caller)
        call = Call(hook_name, self._budget, self.timings, self._trace)
        # hook_call()'s set and reset, inline: a context manager per hook call costs more
        token = CURRENT_CALL.set(call)
        try:
            result = caller(**kwargs, context=self.context)
        except Exception as exc:
            call.errors.append(PluginError(wrapper_names(caller), hook_name, message(exc)))
            result = None
        finally:
            CURRENT_CALL.reset(token)
        errors.extend(call.errors)
        return result, call

    def _first_result(
        self, hook_name: str, kwargs: dict[str, Any], errors: list[PluginError]
    ) -> Any:
        return self._hook(hook_name, kwargs, errors)[0]

    def _collect(self, hook_name: str, doc: Document, errors: list[PluginError]) -> list[Any]:
        results, _call = self._hook(hook_name, {"document": doc}, errors)
        out: list[Any] = []
        for value in results or ():
            if value:
                out.extend(value)
        return out

    def _enrich(self, doc: Document, errors: list[PluginError]) -> dict[str, Any]:
        """Each enrich plugin's value under its name; a wrapper's changes to values are kept."""
        results, call = self._hook("vndiplo_enrich", {"document": doc}, errors)
        names = [name for name, _value in call.returned]
        values = results if isinstance(results, list) and len(results) == len(names) else None
        if values is None:
            values = [value for _name, value in call.returned]
        extras = dict(doc.extras)
        for name, value in zip(names, values, strict=True):
            if value is not None:
                extras[name] = value
        return extras


def _entry_points() -> list[metadata.EntryPoint]:
    return sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name)


def _register(pm: pluggy.PluginManager, plugin: object, name: str) -> None:
    """Register one plugin; refuse one that does not fit the specs or implements nothing."""
    try:
        pm.register(plugin, name=name)
    except (pluggy.PluginValidationError, ValueError) as exc:
        raise PluginLoadError(f"plugin {name!r}: {exc}") from exc
    check_implements(pm, plugin, name)


def _expand(plugin: object, name: str) -> list[tuple[object, str]]:
    """A module's plugin objects (see :mod:`vndiplo.plugin_objects`); any other object as is."""
    if isinstance(plugin, ModuleType):
        return plugin_objects(plugin, name)
    return [(plugin, name)]


def _resolve(spec: PluginSpec) -> list[tuple[object, str]]:
    """Plugin objects and their registered names, from ``"module"``, ``"module:attr"``, a
    module or an object."""
    if isinstance(spec, str):
        module_name, _, attr = spec.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ImportError as exc:
            raise PluginLoadError(f"cannot import plugin module {module_name!r}: {exc}") from exc
        if attr:
            return [resolve_attribute(module, attr, spec)]
        return plugin_objects(module, module_name.rsplit(".", 1)[-1])
    if isinstance(spec, ModuleType):
        return plugin_objects(spec, spec.__name__.rsplit(".", 1)[-1])
    name = getattr(spec, "name", None) or type(spec).__name__
    return [(spec, str(name))]


def _portable(spec: PluginSpec) -> PluginSpec:
    return spec.__name__ if isinstance(spec, ModuleType) else spec


def _import_file(path: Path) -> ModuleType:
    module_name = f"vndiplo_local_plugins.{path.stem}"
    loader_spec = importlib.util.spec_from_file_location(module_name, path)
    if loader_spec is None or loader_spec.loader is None:
        raise PluginLoadError(f"cannot load plugin file {path}")
    module = importlib.util.module_from_spec(loader_spec)
    sys.modules[module_name] = module
    try:
        loader_spec.loader.exec_module(module)
    except Exception as exc:
        raise PluginLoadError(f"plugin file {path} failed to import: {exc}") from exc
    return module


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


_worker_runner: Runner | None = None


def _init_worker(config: Mapping[str, Any]) -> None:
    global _worker_runner
    _worker_runner = Runner.from_config(config)


def _work(chunk: list[Any]) -> list[Document]:
    assert _worker_runner is not None, "worker used before its initializer ran"
    return [_worker_runner._run_safely(item) for item in chunk]
