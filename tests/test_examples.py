"""End to end: install examples/vndiplo-topics with pip and watch vndiplo discover it.

This is the proof that a third-party plugin needs nothing but an entry point: pip installs the
package into a throw-away target folder (offline: no index, no build isolation), and a fresh
interpreter with that folder on its path lists the plugin and runs it from the command line.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

EXAMPLE = ROOT / "examples" / "vndiplo-topics"


def _can_build_wheels() -> bool:
    """setuptools builds wheels by itself from 70.1 on; before that it needs ``wheel``."""
    import setuptools

    major, minor = (int(part) for part in setuptools.__version__.split(".")[:2])
    return (major, minor) >= (70, 1) or importlib.util.find_spec("wheel") is not None


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example installed by pip into a target folder; returns that folder."""
    if not _can_build_wheels():
        pytest.fail("building the example needs setuptools>=70.1 or wheel (the dev extra)")
    work = tmp_path_factory.mktemp("example")
    source = work / "vndiplo-topics"
    # Build from a copy, so setuptools' build/ and *.egg-info never land in the checkout.
    shutil.copytree(EXAMPLE, source, ignore=shutil.ignore_patterns("build", "*.egg-info"))
    target = work / "site"
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index"]
    command += ["--no-build-isolation", "--target", str(target), str(source)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (target / "vndiplo_topics" / "__init__.py").is_file()
    return target


def _run(target: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "VNDIPLO_DISABLE_PLUGIN_AUTOLOAD"}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(target), env.get("PYTHONPATH")) if p)
    return subprocess.run(
        [sys.executable, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=target.parent,
        timeout=120,
    )


def test_entry_point_is_discovered(installed: Path) -> None:
    done = _run(installed, "-m", "vndiplo", "plugins", "--json")
    assert done.returncode == 0, done.stderr
    rows = {row["name"]: row for row in json.loads(done.stdout)}
    topics = rows["topics"]
    assert topics["module"] == "vndiplo_topics"
    assert topics["version"] == "0.1.0"
    assert topics["hooks"] == ["vndiplo_enrich", "vndiplo_register_lexicon"]


def test_plugin_runs_in_vndiplo_extract(installed: Path) -> None:
    text = (SEEDS / "000_424efeffee1ce716.txt").read_text(encoding="utf-8")
    done = _run(installed, "-m", "vndiplo", "extract", "-", stdin=text)
    assert done.returncode == 0, done.stderr
    (record,) = [json.loads(line) for line in done.stdout.splitlines()]
    found = record["extras"]["topics"]
    assert {"trade", "investment", "education"} <= set(found["topics"])
    for item in found["evidence"]:
        assert text[item["start"] : item["end"]] == item["text"]
    # and it is switched off by name like any plugin
    done = _run(installed, "-m", "vndiplo", "extract", "--disable", "topics", "-", stdin=text)
    assert "topics" not in json.loads(done.stdout)["extras"]


def test_example_tests_pass(installed: Path) -> None:
    """The example's own tests (they use vndiplo.testing) pass against the installed copy."""
    tests = installed.parent / "vndiplo-topics" / "tests"
    done = _run(installed, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tests))
    assert done.returncode == 0, done.stdout + done.stderr
