"""pytest plugin (``pytest11`` entry point): fixtures for testing vndiplo pipelines.

Fixtures:
    vndiplo_runner: a fresh :class:`vndiplo.Runner` with every installed plugin.
    vndiplo_seed_documents: the seed articles of the repository (``seeds/*.txt``) as
        ``{stem: text}``, found from the rootdir; skipped where there are none.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vndiplo.runner import Runner


@pytest.fixture
def vndiplo_runner() -> Runner:
    """A fresh Runner loading every installed plugin."""
    return Runner()


@pytest.fixture(scope="session")
def vndiplo_seed_documents(request: pytest.FixtureRequest) -> dict[str, str]:
    """The seed articles under ``<rootdir>/seeds/`` as ``{stem: text}``."""
    folder = Path(str(request.config.rootpath)) / "seeds"
    found = {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
    if not found:
        pytest.skip(f"no seed articles in {folder}")
    return found
