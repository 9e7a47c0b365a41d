"""Gold per-line labels: the seeds and the hand-written pages under tests/data/boilerplate."""

from __future__ import annotations

import unicodedata

import pytest
import vndiplo_boilerplate as plugin
from vndiplo_boilerplate.evaluation import labelled_pages, line_kinds

from tests.conftest import ROOT
from vndiplo import Document

PAGES = list(labelled_pages(ROOT / "tests" / "data" / "boilerplate", ROOT))
IDS = [name for name, _text, _gold in PAGES]


def predict(text: str) -> dict[int, str]:
    return line_kinds(text, plugin.clean_text(Document(text).normalized))


def test_enough_labelled_pages() -> None:
    seeds = [name for name in IDS if name[:3].isdigit()]
    assert len(seeds) == 5
    assert len(IDS) - len(seeds) >= 15


@pytest.mark.parametrize(("name", "text", "gold"), PAGES, ids=IDS)
def test_body_lines_kept_and_nothing_else(name: str, text: str, gold: dict[int, str]) -> None:
    predicted = predict(text)
    lines = text.split("\n")
    wrong = [
        (n, kind, predicted.get(n), lines[n - 1][:60])
        for n, kind in gold.items()
        if (kind == "body") != (predicted.get(n) == "body")
    ]
    assert not wrong, f"{name}: kept/dropped differs from gold: {wrong}"


def test_targets_over_all_pages() -> None:
    body = kept = other = dropped = right = total = 0
    for _name, text, gold in PAGES:
        predicted = predict(text)
        for n, kind in gold.items():
            total += 1
            right += predicted.get(n) == kind
            if kind == "body":
                body += 1
                kept += predicted.get(n) == "body"
            else:
                other += 1
                dropped += predicted.get(n) != "body"
    assert kept / body >= 0.99
    assert dropped / other >= 0.97
    assert right / total >= 0.95


@pytest.mark.parametrize(("name", "text", "gold"), PAGES[:5], ids=IDS[:5])
def test_nfd_seed_gets_the_nfc_labels(name: str, text: str, gold: dict[int, str]) -> None:
    nfd = unicodedata.normalize("NFD", text)
    nfc_blocks = plugin.clean_text(Document(text).normalized)
    nfd_blocks = plugin.clean_text(Document(nfd).normalized)
    assert [(b.kind, b.rule) for b in nfd_blocks] == [(b.kind, b.rule) for b in nfc_blocks]
    for nfd_block, nfc_block in zip(nfd_blocks, nfc_blocks, strict=True):
        quoted = nfd[nfd_block.start : nfd_block.end]
        expected = text[nfc_block.start : nfc_block.end]
        assert unicodedata.normalize("NFC", quoted) == unicodedata.normalize("NFC", expected)
