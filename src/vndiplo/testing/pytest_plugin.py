"""pytest plugin (``pytest11`` entry point): fixtures and assertions for testing vndiplo pipelines.

Installed with vndiplo, so any project's tests can use these without a conftest.py.

Fixtures:
    vndiplo_runner: a fresh :class:`vndiplo.Runner` with every installed plugin.
    vndiplo_seed_documents: the seed articles of the repository (``seeds/*.txt``) as
        ``{stem: text}``, found from the rootdir; skipped where there are none.
    vndiplo_seed_gold: their gold annotations (``seeds/*.gold.json``) as ``{stem: dict}``.
    vndiplo_assert_gold: :func:`assert_matches_gold`, for tests that prefer a fixture to an
        import.

``assert doc == expected`` on two Documents explains itself field by field, through
:func:`pytest_assertrepr_compare`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from vndiplo.model import Document
from vndiplo.runner import Runner
from vndiplo.testing.gold import (
    assert_matches_gold,
    document_differences,
    format_differences,
    load_gold,
)

__all__ = [
    "assert_matches_gold",
    "pytest_assertrepr_compare",
    "vndiplo_assert_gold",
    "vndiplo_runner",
    "vndiplo_seed_documents",
    "vndiplo_seed_gold",
]


def _seeds(request: pytest.FixtureRequest) -> Path:
    return Path(str(request.config.rootpath)) / "seeds"


@pytest.fixture
def vndiplo_runner() -> Runner:
    """A fresh Runner loading every installed plugin."""
    return Runner()


@pytest.fixture(scope="session")
def vndiplo_seed_documents(request: pytest.FixtureRequest) -> dict[str, str]:
    """The seed articles under ``<rootdir>/seeds/`` as ``{stem: text}``."""
    folder = _seeds(request)
    found = {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
    if not found:
        pytest.skip(f"no seed articles in {folder}")
    return found


@pytest.fixture(scope="session")
def vndiplo_seed_gold(request: pytest.FixtureRequest) -> dict[str, dict[str, Any]]:
    """The gold annotations under ``<rootdir>/seeds/`` as ``{stem: gold}``."""
    folder = _seeds(request)
    found = {
        p.name.removesuffix(".gold.json"): load_gold(p) for p in sorted(folder.glob("*.gold.json"))
    }
    if not found:
        pytest.skip(f"no gold annotations in {folder}")
    return found


@pytest.fixture
def vndiplo_assert_gold() -> Callable[..., None]:
    """:func:`vndiplo.testing.gold.assert_matches_gold`: raises with a readable diff."""
    return assert_matches_gold


def pytest_assertrepr_compare(
    config: pytest.Config, op: str, left: object, right: object
) -> list[str] | None:
    """Explain ``assert got == expected`` between two Documents one field per line."""
    if op != "==" or not (isinstance(left, Document) and isinstance(right, Document)):
        return None
    differences = document_differences(right, left)
    if not differences:
        return None
    report = format_differences(differences, name=left.id, against="the expected")
    return ["Documents differ", *report.splitlines()]
