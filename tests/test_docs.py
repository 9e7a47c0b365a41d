"""Documentation that cannot rot: the generated hook reference and the README's examples."""

from __future__ import annotations

import re

from tests.conftest import ROOT
from vndiplo.hookdoc import hook_functions, render_markdown


def test_hook_reference_is_up_to_date() -> None:
    committed = (ROOT / "docs" / "hooks.md").read_text(encoding="utf-8")
    assert committed == render_markdown(), "run: python -m vndiplo.hookdoc > docs/hooks.md"


def test_every_hook_is_documented() -> None:
    page = (ROOT / "docs" / "hooks.md").read_text(encoding="utf-8")
    for name, func in hook_functions():
        assert f"## `{name}`" in page
        assert (func.__doc__ or "").strip(), f"{name} has no docstring"


def python_blocks(path: str) -> list[str]:
    text = (ROOT / path).read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


def test_readme_examples_run() -> None:
    blocks = python_blocks("README.md")
    assert len(blocks) >= 3
    namespace: dict[str, object] = {}
    for block in blocks:  # later blocks may use names from earlier ones, as a reader would
        exec(compile(block, "README.md", "exec"), namespace)


def test_readme_commands_match_ci() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = re.search(r"(python -m pytest[^`\n]*)", readme)
    assert test_command and test_command.group(1) in ci
    assert "vndiplo extract seeds/*.txt" in readme
