"""The corpus-gold scorer scores one split: dev (pages without a split), test, or all."""

from __future__ import annotations

from typing import Any

import pytest

from benchmarks.corpus_gold.quality import _pair_scores, in_split, main


def _page(page_id: str, meeting: str, split: str | None = None) -> tuple[dict[str, Any], str]:
    page: dict[str, Any] = {"id": page_id, "meeting": meeting}
    if split is not None:
        page["split"] = split
    return page, f"Văn bản của {page_id}"


PAGES = [
    _page("old_a", "m1"),
    _page("old_b", "m1"),
    _page("new_a", "m1", "test"),
    _page("new_b", "m2", "test"),
    _page("new_c", "m2", "test"),
]


def test_a_page_without_split_is_dev() -> None:
    assert [p["id"] for p, _ in in_split(PAGES, "dev")] == ["old_a", "old_b"]


def test_test_split_keeps_only_marked_pages() -> None:
    assert [p["id"] for p, _ in in_split(PAGES, "test")] == ["new_a", "new_b", "new_c"]


def test_all_keeps_every_page() -> None:
    assert in_split(PAGES, "all") == PAGES


def test_pairs_are_counted_within_the_chosen_pages() -> None:
    # new_a shares meeting m1 with the dev pages: that cross-split pair is not counted in test
    chosen = {p["id"]: p["meeting"] for p, _ in in_split(PAGES, "test")}
    predicted = {page_id: "e" + meeting for page_id, meeting in chosen.items()}
    precision, recall, gold_pairs, wrong = _pair_scores(predicted, chosen)
    assert (precision, recall, gold_pairs, wrong) == (1.0, 1.0, 1, [])
    everything = {p["id"]: p["meeting"] for p, _ in in_split(PAGES, "all")}
    assert _pair_scores({}, everything)[2] == 4


def test_an_unknown_split_is_refused() -> None:
    with pytest.raises(SystemExit):
        main("quality", ["--split", "train"])


def test_gold_splits_are_known() -> None:
    from benchmarks.corpus_gold.quality import load_gold

    assert {p.get("split", "dev") for p in load_gold()["pages"]} <= {"dev", "test"}
