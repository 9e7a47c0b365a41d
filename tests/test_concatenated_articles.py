"""Several articles in one input are not dropped silently (issue 14): a warning names them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS
from vndiplo import Runner

PAGES = sorted(
    [*SEEDS.glob("*.txt"), *(ROOT / "tests" / "data").rglob("*.txt")], key=lambda p: p.name
)


@pytest.fixture(scope="module")
def runner() -> Runner:
    return Runner()


def warnings(runner: Runner, text: str) -> list[str]:
    doc = runner.run(text)
    return [e.message for e in doc.errors if e.plugin == "vndiplo"]


def test_two_seed_pages_in_one_file_are_reported(runner: Runner) -> None:
    first, second = (SEEDS / "000_424efeffee1ce716.txt", SEEDS / "002_b70fbf97eaa9e6e3.txt")
    text = first.read_text(encoding="utf-8").rstrip() + "\n\n" + second.read_text("utf-8")
    [message] = warnings(runner, text)
    assert "more than one article" in message and "line " in message


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_single_pages_are_not_reported(runner: Runner, page: Path) -> None:
    assert warnings(runner, page.read_text(encoding="utf-8")) == []
