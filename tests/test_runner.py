"""The runner: stage order, error isolation, plugin loading and discovery, batches, pickling."""

from __future__ import annotations

import datetime as dt
import pickle
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

import vndiplo
from vndiplo import (
    Block,
    Document,
    PluginLoadError,
    ReferenceDate,
    Runner,
    TimeExpression,
    hookimpl,
)

ARTICLE = "Tiêu đề\nChiều 18/2, Tổng Bí thư tiếp khách.\nĐọc thêm"


class Recorder:
    """A trivial plugin that records the order of stages and what each saw."""

    name = "recorder"

    def __init__(self) -> None:
        self.calls: list[str] = []

    @hookimpl
    def vndiplo_clean(self, document: Document) -> list[Block]:
        self.calls.append("clean")
        lines = document.text.split("\n")
        title_end = len(lines[0])
        body_end = title_end + 1 + len(lines[1])
        return [
            Block(0, title_end, "title", "first line"),
            Block(title_end + 1, body_end, "body", "middle"),
            Block(body_end + 1, len(document.text), "boilerplate", "tail"),
        ]

    @hookimpl
    def vndiplo_reference_date(self, document: Document) -> ReferenceDate:
        self.calls.append("reference_date")
        assert document.blocks, "cleaning must run before the reference date"
        return ReferenceDate(dt.date(2025, 2, 18), "text")

    @hookimpl
    def vndiplo_find_dates(self, document: Document) -> list[TimeExpression]:
        self.calls.append("find_dates")
        assert document.published == dt.date(2025, 2, 18)
        start = document.text.index("Chiều 18/2")
        return [
            TimeExpression(
                "Chiều 18/2", start, start + 10, "2025-02-18", "date", "afternoon", "context"
            )
        ]

    @hookimpl
    def vndiplo_find_people(self, document: Document) -> list[Any]:
        self.calls.append("find_people")
        assert len(document.dates) == 1
        return []

    @hookimpl
    def vndiplo_extract_events(self, document: Document) -> list[Any]:
        self.calls.append("extract_events")
        return []

    @hookimpl
    def vndiplo_enrich(self, document: Document) -> dict[str, int]:
        self.calls.append("enrich")
        return {"body_chars": len(document.body)}


class Exploder:
    name = "exploder"

    @hookimpl
    def vndiplo_find_dates(self, document: Document) -> list[TimeExpression]:
        raise RuntimeError("kaboom\nsecond line")

    @hookimpl
    def vndiplo_enrich(self) -> None:
        raise KeyError("missing")


def bare(*plugins: object, **kwargs: Any) -> Runner:
    return Runner(list(plugins), autoload=False, **kwargs)


def test_stages_run_in_order_and_each_sees_the_previous_results() -> None:
    rec = Recorder()
    doc = bare(rec).run(ARTICLE)
    assert rec.calls == [
        "clean",
        "reference_date",
        "find_dates",
        "find_people",
        "extract_events",
        "enrich",
    ]
    assert doc.body == "Chiều 18/2, Tổng Bí thư tiếp khách."
    assert doc.headline == "Tiêu đề"
    assert doc.published_source == "text"
    assert doc.extras == {"recorder": {"body_chars": len(doc.body)}}


def test_callers_published_date_wins_and_skips_the_hook() -> None:
    rec = Recorder()
    doc = bare(rec).run(Document(text=ARTICLE, published="2024-01-01"))
    assert "reference_date" not in rec.calls
    assert doc.published == dt.date(2024, 1, 1)
    assert doc.published_source == "caller"


def test_a_raising_plugin_is_recorded_and_the_others_still_run() -> None:
    rec = Recorder()
    doc = bare(rec, Exploder()).run(ARTICLE)
    assert [(e.plugin, e.hook) for e in doc.errors] == [
        ("exploder", "vndiplo_find_dates"),
        ("exploder", "vndiplo_enrich"),
    ]
    assert doc.errors[0].message == "RuntimeError: kaboom"
    assert len(doc.dates) == 1  # the recorder's dates survive
    assert doc.extras == {"recorder": {"body_chars": len(doc.body)}}
    assert rec.calls[-1] == "enrich"


def test_run_many_keeps_order_and_never_loses_a_document() -> None:
    runner = bare(Recorder())
    inputs: list[Any] = [ARTICLE, {"id": "r2", "text": ARTICLE}, {"id": "bad"}, 42, ARTICLE]
    docs = list(runner.run_many(inputs))
    assert len(docs) == 5
    assert docs[1].id == "r2"
    assert docs[2].id == "bad" and docs[2].errors[0].hook == "vndiplo_read"
    assert docs[3].errors and "int" in docs[3].errors[0].message
    assert docs[4].body == docs[0].body


def test_run_many_with_workers_matches_sequential() -> None:
    runner = Runner(["tests.plugins_for_tests.upper_dates"], autoload=False)
    items = [f"Sáng {d}/3, ông A gặp bà B." for d in range(1, 30)]
    sequential = [d.to_dict() for d in runner.run_many(items)]
    parallel = [d.to_dict() for d in runner.run_many(items, workers=2, chunksize=3)]
    assert parallel == sequential
    assert all(d["extras"] for d in sequential)


def test_run_many_rejects_zero_workers() -> None:
    with pytest.raises(ValueError, match="workers"):
        list(bare().run_many(["x"], workers=0))


def test_runner_pickles_as_its_configuration() -> None:
    runner = Runner(["tests.plugins_for_tests.upper_dates"], autoload=False, settings={"a": 1})
    clone = pickle.loads(pickle.dumps(runner))
    assert clone.config() == runner.config()
    assert clone.run("x").extras == runner.run("x").extras


def test_two_runners_have_independent_plugins() -> None:
    one, two = bare(Recorder()), bare()
    assert one.run(ARTICLE).extras and not two.run(ARTICLE).extras


def test_plugins_load_lazily() -> None:
    runner = Runner(["no_such_module_anywhere"], autoload=False)  # no error yet
    with pytest.raises(PluginLoadError, match="no_such_module_anywhere"):
        runner.run("x")


def test_misspelled_hook_fails_loudly() -> None:
    class Typo:
        @hookimpl
        def vndiplo_find_date(self, document: Document) -> list[Any]:
            return []

    with pytest.raises(PluginLoadError, match="vndiplo_find_date"):
        bare(Typo()).run("x")


def test_disable_by_name() -> None:
    doc = bare(Recorder(), disable=["recorder"]).run(ARTICLE)
    assert doc.extras == {}


def test_plugins_dir_loads_py_files(tmp_path: Path) -> None:
    (tmp_path / "count_chars.py").write_text(
        textwrap.dedent(
            """
            from vndiplo import hookimpl

            @hookimpl
            def vndiplo_enrich(document):
                return len(document.text)
            """
        )
    )
    doc = bare(plugins_dir=tmp_path).run("abc")
    assert doc.extras == {"count_chars": 3}


def test_lexicon_registry_is_filled_by_plugins() -> None:
    class Lexicon:
        @hookimpl
        def vndiplo_register_lexicon(self, register: Any) -> None:
            register("titles.titles", [{"title": "Toàn quyền"}])

    runner = bare(Lexicon())
    assert runner.context.registry.get("titles.titles") == ({"title": "Toàn quyền"},)


def test_entry_point_discovery(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A distribution that declares a `vndiplo` entry point is found and loaded by name."""
    package = tmp_path / "vndiplo_demo_plugin.py"
    package.write_text(
        "from vndiplo import hookimpl\n\n"
        "@hookimpl\ndef vndiplo_enrich(document):\n    return 'demo'\n"
    )
    info = tmp_path / "vndiplo_demo_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: vndiplo-demo-plugin\nVersion: 1.0\n"
    )
    (info / "entry_points.txt").write_text("[vndiplo]\ndemo = vndiplo_demo_plugin\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    runner = Runner(disable=["boilerplate", "dates", "titles", "events"], autoload=True)
    assert runner.run("x").extras == {"demo": "demo"}
    rows = {row["name"]: row for row in runner.list_plugins()}
    assert rows["demo"]["hooks"] == ["vndiplo_enrich"]
    assert rows["demo"]["version"] == "1.0"
    monkeypatch.delitem(sys.modules, "vndiplo_demo_plugin", raising=False)


def test_autoload_can_be_switched_off_by_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VNDIPLO_DISABLE_PLUGIN_AUTOLOAD", "1")
    names = [row["name"] for row in Runner().list_plugins()]
    assert names == ["builtin"]


def test_first_party_plugins_are_entry_points() -> None:
    names = {row["name"] for row in Runner().list_plugins()}
    assert {"boilerplate", "dates", "titles", "events"} <= names


def test_extract_uses_a_cached_default_runner() -> None:
    assert vndiplo.default_runner() is vndiplo.default_runner()
    doc = vndiplo.extract("Chiều 18/2, ông A gặp bà B.", published="2025-02-18", url="u", id="i")
    assert (doc.id, doc.url, doc.published) == ("i", "u", dt.date(2025, 2, 18))


def test_read_refuses_what_no_reader_accepts() -> None:
    with pytest.raises(TypeError, match="cannot read"):
        bare().run(3.5)


def test_timings_are_collected_per_hook_and_plugin() -> None:
    runner = bare(Recorder())
    runner.run(ARTICLE)
    assert runner.timings["vndiplo_find_dates:recorder"] > 0


class Sleeper:
    name = "sleeper"

    @hookimpl
    def vndiplo_find_people(self, document: Document) -> list[Any]:
        if "slow" in document.text:
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:  # a runaway pure-Python loop
                pass
        return []


def test_time_budget_stops_a_runaway_hook_and_the_batch_goes_on() -> None:
    runner = bare(Recorder(), Sleeper(), time_budget=0.3)
    started = time.monotonic()
    docs = list(runner.run_many([ARTICLE + " slow", ARTICLE]))
    assert time.monotonic() - started < 3
    slow, fast = docs
    assert ("sleeper", "vndiplo_find_people") in [(e.plugin, e.hook) for e in slow.errors]
    assert "time budget" in slow.errors[0].message
    assert slow.dates  # work done before the budget ran out is kept
    assert not fast.errors and fast.extras


def test_time_budget_must_be_positive() -> None:
    with pytest.raises(ValueError, match="time_budget"):
        Runner(time_budget=0)


def test_registry_compiles_once_per_version() -> None:
    from vndiplo import Registry

    registry, calls = Registry(), []

    def build(reg: Registry) -> int:
        calls.append(1)
        return len(reg.get("titles.titles"))

    assert registry.compiled("n", build) == 0
    assert registry.compiled("n", build) == 0 and len(calls) == 1
    registry.register("titles.titles", ["Toàn quyền"])
    assert registry.compiled("n", build) == 1 and len(calls) == 2
