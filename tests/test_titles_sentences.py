"""Table-driven accuracy tests: realistic sentences covering every title pattern.

Each row of ``tests/data/titles/sentences.json`` is a sentence and the people a careful
reader finds in it (name, titles as written, ISO country). The same table feeds
``benchmarks/titles.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from vndiplo_titles import find_people

from vndiplo import Document

DATA = Path(__file__).parent / "data" / "titles" / "sentences.json"
ROWS: list[dict[str, Any]] = json.loads(DATA.read_text(encoding="utf-8"))


def test_table_is_large_enough() -> None:
    assert len(ROWS) >= 60


@pytest.mark.parametrize("row", ROWS, ids=[r["text"][:40] for r in ROWS])
def test_sentence(row: dict[str, Any]) -> None:
    doc = Document(row["text"])
    found = {p.name: p for p in find_people(doc)}
    expected = {p["name"]: p for p in row["people"]}
    assert sorted(found) == sorted(expected)
    for name, want in expected.items():
        got = found[name]
        assert list(got.titles) == want["titles"], name
        assert got.country == want["country"], name
        assert all(doc.text[m.start : m.end] for m in got.mentions)
        assert any(doc.text[m.start : m.end] == name for m in got.mentions)
