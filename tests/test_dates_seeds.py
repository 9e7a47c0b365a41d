"""The dates plugin against the hand-checked gold of the seed articles.

The body is taken from the gold's first to last body line, less the photo captions listed in
``tests/data/titles/seed_bodies.json``, so these tests do not depend on the boilerplate plugin.
"""

from __future__ import annotations

import json

import attrs
import pytest
from vndiplo_dates import find_dates, vndiplo_reference_date

from tests.conftest import ROOT, SEEDS
from vndiplo import Document
from vndiplo.testing.gold import gold_document, load_gold_folder

CAPTIONS = json.loads((ROOT / "tests/data/titles/seed_bodies.json").read_text(encoding="utf-8"))


def seed_document(stem: str, text: str, gold: dict[str, object]) -> Document:
    body = gold_document(text, gold, skip_lines=CAPTIONS[stem])
    published = gold.get("published")
    return attrs.evolve(
        body,
        id=stem,
        published=published,
        published_source="page" if published else None,
    )


CASES = {stem: seed_document(stem, *page) for stem, page in load_gold_folder(SEEDS).items()}


def run(document: Document) -> Document:
    if document.published is None:
        ref = vndiplo_reference_date(document, None)  # type: ignore[arg-type]
        if ref is not None:
            document = attrs.evolve(document, published=ref.value, published_source=ref.source)
    return attrs.evolve(document, dates=find_dates(document))


@pytest.mark.parametrize("name", sorted(CASES))
def test_seed_dates_match_gold(name: str) -> None:
    gold = json.loads((SEEDS / f"{name}.gold.json").read_text("utf-8"))
    doc = run(CASES[name])
    got = [(d.text, d.value, d.kind, d.part_of_day, d.year_source) for d in doc.dates]
    want = [
        (g["text"], g["value"], g["kind"], g["part_of_day"], g["year_source"])
        for g in gold["dates"]
    ]
    assert got == want


@pytest.mark.parametrize("name", sorted(CASES))
def test_seed_reference_year(name: str) -> None:
    gold = json.loads((SEEDS / f"{name}.gold.json").read_text("utf-8"))
    doc = run(CASES[name])
    assert doc.published is not None
    assert doc.published.year == gold["reference_year"]


@pytest.mark.parametrize("name", sorted(CASES))
def test_seed_not_dates_are_not_found(name: str) -> None:
    gold = json.loads((SEEDS / f"{name}.gold.json").read_text("utf-8"))
    doc = run(CASES[name])
    for phrase in gold["not_dates"]:
        for d in doc.dates:
            assert phrase not in d.text and d.text not in phrase, (phrase, d.text)


def test_seed_offsets_quote_the_original() -> None:
    for document in CASES.values():
        doc = run(document)
        for d in doc.dates:
            assert doc.text[d.start : d.end] == d.text
