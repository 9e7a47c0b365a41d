"""Plugins ship their own strategies through the ``vndiplo.strategies`` entry points (issue 15).

The core kit never imports a plugin: names it does not define are looked up, on first use, in
the modules that entry-point group lists, so ``from vndiplo.testing import date_phrases`` finds
the dates plugin's strategy, and a third-party plugin's names come the same way.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import vndiplo_dates.testing as dates_testing
from hypothesis import find, given

import vndiplo.testing
import vndiplo.testing.dates
from vndiplo.testing import plugins
from vndiplo.testing.dates import DatePhrase, DateSentence

TESTING = Path(vndiplo.testing.__file__).parent

#: What ``vndiplo.testing`` exported before the date strategies moved to the dates plugin.
OLD_NAMES = (
    "DatePhrase",
    "DateSentence",
    "Difference",
    "GoldMismatch",
    "Leader",
    "PersonMention",
    "SyntheticArticle",
    "article_dates",
    "articles",
    "assert_matches_gold",
    "chinese_names",
    "date_phrases",
    "datetime_phrases",
    "day_phrases",
    "documents",
    "gold_differences",
    "in_sentences",
    "latin_names",
    "leaders",
    "load_gold",
    "month_phrases",
    "person_mentions",
    "reference_dates",
    "relative_phrases",
    "span_phrases",
    "spans",
    "unicode_texts",
    "vietnamese_names",
    "year_phrases",
)


# -- the core kit imports no plugin ------------------------------------------------------------


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", sorted(TESTING.glob("*.py")), ids=lambda p: p.name)
def test_the_core_kit_imports_only_the_core_and_its_dependencies(path: Path) -> None:
    allowed = {"vndiplo", "hypothesis", "attrs", "pytest", "__future__"}
    for module in _imported_modules(path):
        top = module.split(".")[0]
        assert top in allowed or top in sys.stdlib_module_names, f"{path.name} imports {module}"


def test_modules_stay_small() -> None:
    for path in TESTING.glob("*.py"):
        if path.name != "vocabulary.py":  # pure data
            assert len(path.read_text(encoding="utf-8").splitlines()) <= 500, path.name


def test_importing_the_kit_loads_no_plugin() -> None:
    code = """
        import sys
        import vndiplo.testing
        from vndiplo.testing import articles, core, gold, people, pytest_plugin, synthetic
        from vndiplo.testing import DatePhrase, articles as strategy, in_sentences, unicode_texts
        loaded = sorted(m for m in sys.modules if m.startswith("vndiplo_"))
        assert not loaded, loaded
    """
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


# -- the dates plugin's strategies, through the entry point ------------------------------------


def test_the_dates_plugin_declares_its_strategies() -> None:
    found = {ep.name: ep.value for ep in plugins.strategy_entry_points()}
    assert found["dates"] == "vndiplo_dates.testing"
    assert plugins.strategy_modules()["dates"] is dates_testing


@pytest.mark.parametrize("name", OLD_NAMES)
def test_every_old_name_still_comes_from_vndiplo_testing(name: str) -> None:
    assert getattr(vndiplo.testing, name) is not None


@pytest.mark.parametrize("name", dates_testing.__all__)
def test_every_dates_strategy_is_reachable_from_vndiplo_testing(name: str) -> None:
    assert getattr(vndiplo.testing, name) is getattr(dates_testing, name)


@pytest.mark.parametrize("name", vndiplo.testing.dates.MOVED)
def test_the_old_dates_module_still_answers_for_what_moved(name: str) -> None:
    assert getattr(vndiplo.testing.dates, name) is getattr(dates_testing, name)


def test_from_imports_keep_working() -> None:
    from vndiplo.testing import date_phrases, quarter_phrases
    from vndiplo.testing.dates import day_phrases

    assert date_phrases is dates_testing.date_phrases
    assert quarter_phrases is dates_testing.quarter_phrases
    assert day_phrases is dates_testing.day_phrases
    assert dates_testing.DatePhrase is DatePhrase  # one class, shared with the core kit


@given(vndiplo.testing.in_sentences(vndiplo.testing.date_phrases()))
def test_the_strategies_draw_through_the_entry_point(case: DateSentence) -> None:
    assert case.text[case.start : case.end] == case.phrase.phrase


def test_unknown_and_private_names_are_attribute_errors() -> None:
    assert not hasattr(vndiplo.testing, "no_such_strategy")
    assert not hasattr(vndiplo.testing, "_monday")  # private names are never looked up
    assert not hasattr(vndiplo.testing.dates, "quarter_phrases")  # only what moved
    with pytest.raises(AttributeError):
        plugins.find_strategy("__wrapped__")


# -- a third-party plugin ships its strategies the same way -------------------------------------

FAKE = '''
from hypothesis import strategies as st

from vndiplo.testing.dates import DatePhrase

__all__ = ["festival_phrases"]


def festival_phrases():
    """ "Tết Trung thu 2025"."""
    return st.integers(1990, 2035).map(
        lambda y: DatePhrase(f"Tết Trung thu {y}", f"{y:04d}", "year", None, "explicit", None)
    )


def helper():
    return "not exported"
'''

CLASH = """
__all__ = ["festival_phrases"]
festival_phrases = None
"""


def _distribution(root: Path, dist: str, entry_points: str, modules: dict[str, str]) -> None:
    info = root / f"{dist}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(entry_points)
    for name, source in modules.items():
        (root / f"{name}.py").write_text(source, encoding="utf-8")


@pytest.fixture
def third_party(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Installs ``vndiplo-festivals``: a ``vndiplo.strategies`` entry point ``festivals``."""
    _distribution(
        tmp_path,
        "vndiplo_festivals",
        "[vndiplo.strategies]\nfestivals = vndiplo_festivals_testing\n",
        {"vndiplo_festivals_testing": FAKE},
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for name in ("vndiplo_festivals_testing", "vndiplo_clash_testing"):
        monkeypatch.delitem(sys.modules, name, raising=False)


def test_a_third_party_entry_point_is_found(third_party: Path) -> None:
    names = [ep.name for ep in plugins.strategy_entry_points()]
    assert "festivals" in names and names == sorted(names)
    from vndiplo.testing import festival_phrases

    phrase = find(festival_phrases(), lambda _: True)
    assert phrase.phrase == f"Tết Trung thu {phrase.value}"
    assert plugins.find_strategy("festival_phrases") is festival_phrases
    assert not hasattr(vndiplo.testing, "helper")  # not in the module's __all__
    assert vndiplo.testing.date_phrases is dates_testing.date_phrases  # the others still there


def test_two_plugins_exporting_one_name_must_be_imported_directly(
    third_party: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path_factory.mktemp("clash")
    _distribution(
        root,
        "vndiplo_clash",
        "[vndiplo.strategies]\nclash = vndiplo_clash_testing\n",
        {"vndiplo_clash_testing": CLASH},
    )
    monkeypatch.syspath_prepend(str(root))
    with pytest.raises(ImportError, match="more than one"):
        vndiplo.testing.festival_phrases  # noqa: B018
    import vndiplo_festivals_testing  # type: ignore[import-not-found]

    assert callable(vndiplo_festivals_testing.festival_phrases)


def test_a_broken_plugin_does_not_hide_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _distribution(
        tmp_path,
        "vndiplo_broken",
        "[vndiplo.strategies]\nbroken = vndiplo_broken_testing\n",
        {"vndiplo_broken_testing": "import no_such_module_anywhere\n"},
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    assert vndiplo.testing.day_phrases is dates_testing.day_phrases
    with pytest.raises(ImportError, match="broken"):
        vndiplo.testing.nowhere_phrases  # noqa: B018
    monkeypatch.delitem(sys.modules, "vndiplo_broken_testing", raising=False)


# -- without hypothesis -------------------------------------------------------------------------

BLOCK = """
import sys

class NoHypothesis:  # a finder that refuses hypothesis, as if it were not installed
    def find_spec(self, name, path=None, target=None):
        if name == "hypothesis" or name.startswith("hypothesis."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, NoHypothesis())
"""


def run_blocked(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCK + textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_kit_loads_without_hypothesis() -> None:
    done = run_blocked(
        """
        import vndiplo.testing
        from vndiplo.testing import gold, pytest_plugin
        from vndiplo.testing import assert_matches_gold, load_gold
        assert callable(pytest_plugin.vndiplo_runner) and callable(load_gold)
        assert "gold" in dir(vndiplo.testing)
        try:
            from vndiplo.testing import date_phrases
        except ImportError as error:
            assert "hypothesis" in str(error), error
        else:
            raise AssertionError("date_phrases without hypothesis")
        """
    )
    assert done.returncode == 0, done.stderr


def test_the_pytest_plugin_runs_a_suite_without_hypothesis(tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(
        "def test_runner(vndiplo_runner, vndiplo_assert_gold):\n"
        "    assert vndiplo_runner.run('Chiều 18/2, hai bên hội đàm.').text\n"
    )
    done = run_blocked(
        """
        import pytest
        sys.exit(pytest.main(sys.argv[1:]))
        """,
        str(tmp_path),
        "-q",
        "-p",
        "no:hypothesispytest",
        "-p",
        "no:cacheprovider",
        f"--rootdir={tmp_path}",
        f"--confcutdir={tmp_path}",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout
