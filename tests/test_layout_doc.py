"""docs/layout.md names real paths: the page cannot drift from the code it describes."""

from __future__ import annotations

import re

from tests.conftest import ROOT

PAGE = ROOT / "docs" / "layout.md"


def test_every_path_the_layout_page_names_exists() -> None:
    paths = set(re.findall(r"`((?:src|plugins)/[\w./-]+)`", PAGE.read_text(encoding="utf-8")))
    assert len(paths) >= 20
    missing = sorted(p for p in paths if not (ROOT / p).exists())
    assert not missing, missing


def test_every_first_party_plugin_is_on_the_page() -> None:
    text = PAGE.read_text(encoding="utf-8")
    for package in sorted((ROOT / "plugins").glob("vndiplo_*/__init__.py")):
        assert f"plugins/{package.parent.name}/" in text, package.parent.name
