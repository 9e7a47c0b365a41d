"""The quotes check: a run that several page texts hold whole is a set phrase, not a copy."""

from __future__ import annotations

from pathlib import Path

from benchmarks.quotes import PageIndex, hits_in

_FORMULA = "các vấn đề khu vực và quốc tế cùng quan tâm"


def _pages(folder: Path) -> PageIndex:
    folder.mkdir()
    (folder / "p1.txt").write_text(f"Sáng nay, {_FORMULA}. Đoàn rời thủ đô lúc chín giờ tối.")
    (folder / "p2.txt").write_text(f"Tại buổi tiếp, {_FORMULA}.")
    (folder / "p3.txt").write_text(f"Chiều 3/4, {_FORMULA}.")
    return PageIndex([folder], 7)


def test_a_run_is_counted_in_each_page_holding_it_whole(tmp_path: Path) -> None:
    index = _pages(tmp_path / "texts")
    assert index.pages_with_run(_FORMULA) == {"p1", "p2", "p3"}
    assert index.pages_with_run(f"nay {_FORMULA}") == {"p1"}
    assert index.pages_with_run("đoàn rời thủ đô lúc chín giờ tối hôm qua") == set()


def test_a_committed_file_s_runs_carry_every_page_holding_their_shingles(tmp_path: Path) -> None:
    index = _pages(tmp_path / "texts")
    committed = tmp_path / "test_x.py"
    committed.write_text(f'TEXT = "Hôm qua {_FORMULA}."\n')
    ((line, shared, pages),) = hits_in(committed, index, set())
    assert (line, shared, pages) == (1, _FORMULA, {"p1", "p2", "p3"})


def test_a_text_without_gold_here_counts_as_blind(tmp_path, monkeypatch):
    """A newer round's blind text (its gold on another branch) must never be compared, so
    its id is never printed to someone tuning on an older checkout."""
    import benchmarks.realpages as realpages

    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "ZZ99_outlet_unknown_page.txt").write_text("a page", encoding="utf-8")
    monkeypatch.setattr(realpages, "TEXTS", texts)
    assert "ZZ99_outlet_unknown_page" in realpages.blind_page_ids()
