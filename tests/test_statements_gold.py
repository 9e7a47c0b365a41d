"""The statement gold (seeds/statements/, benchmarks/realpages/statements/) is well-formed.

Seed texts are committed, so their gold is checked against the text. Real-page texts are not
(they are rebuilt locally), so those checks are skipped when the text is absent.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, SEEDS
from vndiplo.testing.gold import canonical_text as canonical
from vndiplo.testing.gold import locate_quotes

SEED_GOLD = SEEDS / "statements"
DEV_GOLD = ROOT / "benchmarks" / "realpages" / "statements"


def locate(text: str, statements: list[dict[str, Any]], start: int = 0) -> list[tuple[int, int]]:
    return locate_quotes(text, [(st["start_words"], st["end_words"]) for st in statements], start)


KEYS = {"speaker", "verb", "start_words", "end_words"}
REALPAGES = DEV_GOLD.parent
SEED_FILES = sorted(SEED_GOLD.glob("*.json"))
DEV_FILES = sorted(DEV_GOLD.glob("*.json"))


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


# Vietnamese words run to several syllables: 6-10 words are up to 16 white-space tokens.
def _check_shape(path: Path, data: dict[str, Any]) -> None:
    assert set(data) == {"id", "statements"}, path.name
    assert data["id"] == path.stem
    assert data["statements"], f"{path.name}: no statements"
    for st in data["statements"]:
        assert set(st) == KEYS, st
        assert st["speaker"] is None or (isinstance(st["speaker"], str) and st["speaker"])
        for key in ("verb", "start_words", "end_words"):
            assert isinstance(st[key], str) and st[key].strip() == st[key] and st[key], st
        assert len(st["start_words"].split()) <= 16, st["start_words"]
        assert len(st["end_words"].split()) <= 16, st["end_words"]


def _check_against_text(data: dict[str, Any], text: str, body: str, people: set[str]) -> None:
    body_start = text.index(body)
    spans = locate(text, data["statements"], body_start)
    starts = [start for start, _ in spans]
    assert starts == sorted(starts), "statements not in text order"
    for (start, end), st in zip(spans, data["statements"], strict=True):
        content = text[start:end]
        assert "\n" not in content, f"statement crosses a line: {st['start_words']!r}"
        assert len(content) < 1200, st["start_words"]
        # the reporting verb is written just before the content (allowing a verb group)
        before = text[max(body_start, start - 60) : start].casefold()
        assert st["verb"].casefold() in before, f"{st['verb']!r} not before {content[:40]!r}"
        if st["speaker"] is not None:
            assert st["speaker"] in people, f"speaker {st['speaker']!r} not in the people list"


def test_there_is_gold() -> None:
    assert len(SEED_FILES) == 5
    assert len(DEV_FILES) >= 20


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_seed_gold(path: Path) -> None:
    data = _load(path)
    _check_shape(path, data)
    text = (SEEDS / f"{path.stem}.txt").read_text(encoding="utf-8")
    meta = _load(SEEDS / f"{path.stem}.gold.json")
    people = {p["name"] for p in meta["people"]}
    _check_against_text(data, text, meta["body_first_line"], people)


@pytest.mark.parametrize("path", DEV_FILES, ids=lambda p: p.stem)
def test_dev_gold(path: Path) -> None:
    data = _load(path)
    _check_shape(path, data)
    splits = _load(REALPAGES / "splits.json")
    assert path.stem in splits["dev"], "statement gold only for dev pages"
    text_path = REALPAGES / "texts" / f"{path.stem}.txt"
    if not text_path.exists():
        pytest.skip("page text not rebuilt locally")
    text = canonical(text_path.read_text(encoding="utf-8"))
    meta = _load(REALPAGES / "gold" / f"{path.stem}.gold.json")
    people = {p["name"] for p in meta["people"]}
    _check_against_text(data, text, canonical(meta["body_first_line"]), people)
