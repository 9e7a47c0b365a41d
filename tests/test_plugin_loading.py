"""Plugins behave as the README says (issue 14): class plugins load, empty ones are refused,
wrappers run through pluggy's hook caller with per-plugin error isolation kept."""

from __future__ import annotations

import sys
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.test_cli import lines, vndiplo
from vndiplo import Document, PluginLoadError, Runner, hookimpl

ARTICLE = "Hai bộ trưởng hội đàm\n\nChiều 18/2, hai bên đã hội đàm tại Hà Nội về hợp tác kinh tế."

COUNT_BODY_WORDS = '''
from vndiplo import Document, hookimpl


class CountBodyWords:
    """Adds extras["words"]: the number of words in the cleaned body."""

    name = "words"

    @hookimpl
    def vndiplo_enrich(self, document: Document) -> int:
        return len(document.body.split())
'''


def bare(*plugins: Any, **kwargs: Any) -> Runner:
    return Runner(list(plugins), autoload=False, **kwargs)


@pytest.fixture
def plugin_module(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "mods"
    folder.mkdir()
    (folder / "readme_words.py").write_text(COUNT_BODY_WORDS)
    (folder / "nothing_here.py").write_text("def vndiplo_enrich(document):\n    return 1\n")
    (folder / "_shared.py").write_text("raise RuntimeError('a helper is not a plugin')\n")
    sys.path.insert(0, str(folder))
    yield folder
    sys.path.remove(str(folder))
    for name in ("readme_words", "nothing_here"):
        sys.modules.pop(name, None)


def test_readme_class_plugin_in_a_plugins_folder_runs(plugin_module: Path) -> None:
    (plugin_module / "nothing_here.py").unlink()
    doc = bare(plugins_dir=plugin_module).run(ARTICLE)
    assert doc.extras["words"] == len(doc.body.split()) > 0


def test_class_plugin_by_module_name_and_by_attribute(plugin_module: Path) -> None:
    for spec in ("readme_words", "readme_words:CountBodyWords"):
        runner = bare(spec)
        assert runner.run(ARTICLE).extras["words"] > 0
        assert [r["name"] for r in runner.list_plugins()] == ["builtin", "words"]


def test_plugin_with_no_hook_is_refused_with_a_hint(plugin_module: Path) -> None:
    with pytest.raises(PluginLoadError, match=r"nothing_here.*lack.*@vndiplo\.hookimpl"):
        bare("nothing_here").pm  # noqa: B018

    class Idle:
        name = "idle"

    with pytest.raises(PluginLoadError, match=r"'idle'.*implements no vndiplo hook"):
        bare(Idle()).pm  # noqa: B018


def test_cli_loads_class_plugin_and_refuses_an_empty_one(plugin_module: Path) -> None:
    env = {"PYTHONPATH": str(plugin_module)}
    result = vndiplo("extract", "--plugin", "readme_words", "-", stdin=ARTICLE.encode(), env=env)
    assert result.returncode == 0, result.stderr
    assert lines(result.stdout)[0]["extras"]["words"] > 0
    listed = vndiplo("plugins", "--plugins-dir", str(plugin_module))
    assert listed.returncode == 2 and b"nothing_here" in listed.stderr
    (plugin_module / "nothing_here.py").unlink()
    listed = vndiplo("plugins", "--plugins-dir", str(plugin_module))
    assert listed.returncode == 0 and b"words" in listed.stdout


class Wrapping:
    """A new-style wrapper and an old-style hookwrapper around the enrich hook."""

    name = "wrapping"

    def __init__(self) -> None:
        self.seen: list[Any] = []

    @hookimpl(wrapper=True)
    def vndiplo_enrich(self, document: Document) -> Generator[None, list[Any], list[Any]]:
        result = yield
        self.seen.append(list(result))
        return [value * 10 if isinstance(value, int) else value for value in result]


class OldWrapping:
    name = "oldwrapping"

    def __init__(self) -> None:
        self.calls = 0

    @hookimpl(hookwrapper=True)
    def vndiplo_find_dates(self, document: Document) -> Generator[None, Any, None]:
        self.calls += 1
        yield


class Fails:
    name = "fails"

    @hookimpl
    def vndiplo_enrich(self, document: Document) -> int:
        raise RuntimeError("boom")


class Counts:
    name = "counts"

    @hookimpl
    def vndiplo_enrich(self, document: Document) -> int:
        return 4


def test_wrappers_are_honoured_and_errors_stay_per_plugin() -> None:
    wrapping, old = Wrapping(), OldWrapping()
    doc = bare(wrapping, old, Fails(), Counts()).run(ARTICLE)
    assert wrapping.seen == [[4]] and old.calls == 1
    assert doc.extras == {"counts": 40}
    assert [(e.plugin, e.message) for e in doc.errors] == [("fails", "RuntimeError: boom")]


def test_a_raising_wrapper_is_recorded_against_it() -> None:
    class Broken:
        name = "broken"

        @hookimpl(wrapper=True)
        def vndiplo_enrich(self) -> Generator[None, Any, Any]:
            yield
            raise ValueError("wrapper broke")

    doc = bare(Broken(), Counts()).run(ARTICLE)
    assert [(e.plugin, e.hook) for e in doc.errors] == [("broken", "vndiplo_enrich")]


def test_hookcall_monitoring_sees_every_stage() -> None:
    runner = bare(Counts())
    called: list[str] = []
    undo = runner.pm.add_hookcall_monitoring(
        lambda name, impls, kwargs: called.append(name), lambda *args: None
    )
    try:
        runner.run(ARTICLE)
    finally:
        undo()
    assert called[0] == "vndiplo_read" and called[-1] == "vndiplo_enrich"
    assert "vndiplo_clean" in called and "vndiplo_extract_events" in called
