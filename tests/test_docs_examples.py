"""Every Python example in docs/ runs, so no page can teach something that no longer works.

Blocks of one page run in order in one namespace, as a reader would type them; the working
directory is the repository root, so examples may read ``seeds/``. A block may opt out only with
an HTML comment ``<!-- skip-example -->`` on the line before its fence. A block that is a bare
signature (the generated hook reference) is compiled as a stub, so it must still be valid Python.

The same module checks that the mkdocs navigation and the pages agree, that relative links
between pages resolve, and that the plugin shown in writing-a-plugin.md is the real example file.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

DOCS = ROOT / "docs"
PAGES = sorted(DOCS.rglob("*.md"))
#: The pages of the plugin-author guide (their links are checked; the others are generated or
#: maintained elsewhere).
GUIDE = ("index", "quickstart", "data-model", "writing-a-plugin", "testing", "scaling")
SKIP = "<!-- skip-example -->"
FENCE = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
SIGNATURE = re.compile(r"\A\s*def \w+\([^\n]*\)(?: -> [^\n]+?)?(?::\s*\.\.\.)?\s*\Z")


def python_blocks(page: Path) -> list[tuple[int, str, bool]]:
    """``(line number, code, skipped)`` for every ```python block of ``page``."""
    text = page.read_text(encoding="utf-8")
    out = []
    for match in FENCE.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        before = text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1].strip()
        out.append((line + 1, match.group(1), before == SKIP))
    return out


@pytest.fixture
def isolated(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run from the repository root; undo sys.path and sys.modules changes a page makes."""
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(sys, "path", list(sys.path))
    before = set(sys.modules)
    yield
    for name in set(sys.modules) - before:
        if name.startswith("vndiplo_topics"):
            del sys.modules[name]


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(DOCS)) for p in PAGES])
@pytest.mark.usefixtures("isolated")
def test_page_examples_run(page: Path) -> None:
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem.replace('-', '_')}"}
    for line, code, skipped in python_blocks(page):
        if skipped:
            continue
        if SIGNATURE.match(code):
            stub = code.rstrip() if code.rstrip().endswith(": ...") else code.rstrip() + ": ..."
            code = "from __future__ import annotations\n" + stub + "\n"
            line -= 1
        # Pad with blank lines so a traceback points at the line in the Markdown file.
        exec(compile("\n" * (line - 1) + code, str(page), "exec"), namespace)


def test_guide_pages_have_examples() -> None:
    for stem in GUIDE:
        blocks = python_blocks(DOCS / f"{stem}.md")
        assert sum(not skipped for _, _, skipped in blocks) >= 1, stem


def test_skipping_is_rare() -> None:
    skipped = [(p.name, line) for p in PAGES for line, _, skip in python_blocks(p) if skip]
    assert len(skipped) <= 2, skipped


def test_navigation_lists_every_page() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    listed = set(re.findall(r":\s*([\w./-]+\.md)\s*$", config, flags=re.M))
    assert listed == {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}


@pytest.mark.parametrize("stem", GUIDE)
def test_links_between_pages_resolve(stem: str) -> None:
    text = (DOCS / f"{stem}.md").read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
        if "://" in target:
            continue
        assert (DOCS / target).resolve().exists(), f"{stem}.md links to missing {target}"


def test_plugin_page_shows_the_real_example() -> None:
    page = (DOCS / "writing-a-plugin.md").read_text(encoding="utf-8")
    module = ROOT / "examples/vndiplo-topics/src/vndiplo_topics/__init__.py"
    assert module.read_text(encoding="utf-8") in page
    pyproject = (ROOT / "examples/vndiplo-topics/pyproject.toml").read_text(encoding="utf-8")
    assert '[project.entry-points.vndiplo]\ntopics = "vndiplo_topics"' in pyproject
    assert '[project.entry-points.vndiplo]\ntopics = "vndiplo_topics"' in page
