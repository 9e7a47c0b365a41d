"""Set-up a new user follows (issue 14): the README's test command, the docs site, the extras."""

from __future__ import annotations

import re

from tests.conftest import ROOT


def test_readme_test_command_activates_the_venv() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"^(.*python -m pytest.*)$", readme, flags=re.M)
    assert command and command.group(1).startswith(". .venv/bin/activate && ")


def test_readme_says_how_to_build_the_docs_site_and_git_ignores_it() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "mkdocs build" in readme and "site/" in readme
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "site/" in ignored


def test_dask_extra_installs_distributed_and_core_needs_charset_normalizer() -> None:
    # (tomllib is 3.11+, and the project supports 3.10: read the two lists by pattern)
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    dask = re.search(r"^dask = \[(.*?)^\]", text, flags=re.M | re.S)
    core = re.search(r"^dependencies = \[(.*?)^\]", text, flags=re.M | re.S)
    assert dask and '"distributed' in dask.group(1)
    assert core and '"charset-normalizer' in core.group(1)


def test_plugin_options_are_documented() -> None:
    page = (ROOT / "docs" / "writing-a-plugin.md").read_text(encoding="utf-8")
    assert "--plugins-dir" in page and "--plugin MODULE" in page
