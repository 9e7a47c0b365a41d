"""The titles plugin against the seeds' hand-checked gold ("people" in seeds/*.gold.json)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from vndiplo_titles import find_people

from tests.conftest import ROOT, SEEDS
from vndiplo import Document, Runner
from vndiplo.testing.gold import gold_document, load_gold_folder

PAGES = load_gold_folder(SEEDS)
STEMS = sorted(PAGES)
#: 1-based caption lines inside each seed's body span, left out of the body blocks.
CAPTIONS = json.loads((ROOT / "tests/data/titles/seed_bodies.json").read_text(encoding="utf-8"))


def seed_document(stem: str) -> tuple[Document, dict[str, Any]]:
    text, gold = PAGES[stem]
    return gold_document(text, gold, skip_lines=CAPTIONS[stem]), gold


@pytest.mark.parametrize("stem", STEMS)
def test_seed_people_match_gold(stem: str) -> None:
    doc, gold = seed_document(stem)
    people = {p.name: p for p in find_people(doc)}
    assert sorted(people) == sorted(g["name"] for g in gold["people"])
    for want in gold["people"]:
        got = people[want["name"]]
        assert list(got.titles) == want["titles"]
        assert got.country == want["country"]
        named = [m for m in got.mentions if doc.quote(m) == got.name]
        assert len(named) == want["mention_count"]


@pytest.mark.parametrize("stem", STEMS)
def test_seed_mentions_stay_in_body_and_quote_names_or_titles(stem: str) -> None:
    doc, _ = seed_document(stem)
    body = [(b.start, b.end) for b in doc.body_blocks]
    for person in find_people(doc):
        assert list(person.mentions) == sorted(person.mentions, key=lambda m: m.start)
        for m in person.mentions:
            assert any(s <= m.start and m.end <= e for s, e in body)
            quoted = " ".join(doc.quote(m).split())
            assert quoted == person.name or any(t.startswith(quoted) for t in person.titles)


def test_bare_titles_link_to_the_dominant_holder() -> None:
    doc, _ = seed_document("000_424efeffee1ce716")
    to_lam = next(p for p in find_people(doc) if p.name == "Tô Lâm")
    bare = [m for m in to_lam.mentions if doc.quote(m) == "Tổng Bí thư"]
    assert len(bare) >= 3  # lines 15 and 17: "Tổng Bí thư đánh giá cao", "... đề nghị", ...


def test_plural_and_role_noun_titles_are_not_mentions() -> None:
    doc, _ = seed_document("004_99bc1fd60f8c95f1")
    luu_ninh = next(p for p in find_people(doc) if p.name == "Lưu Ninh")
    assert all(doc.quote(m) != "Bí thư" for m in luu_ninh.mentions)  # "giữa các Bí thư"


def test_roles_are_structured() -> None:
    doc, _ = seed_document("001_cf6c1d9a34f65e6d")
    people = {p.name: p for p in find_people(doc)}
    (ambassador,) = people["Phạm Thanh Bình"].roles
    assert ambassador.gloss == "Ambassador"
    assert ambassador.country == "VN"
    assert ambassador.place == "Trung Quốc"
    secretary = people["Trần Cương"].roles[1]
    assert secretary.gloss == "Party Secretary"
    assert secretary.organisation == "Đảng ủy Khu tự trị dân tộc Choang Quảng Tây"
    assert secretary.place == "Quảng Tây"
    assert secretary.country == "CN"


def test_runner_loads_the_plugin_and_fills_people() -> None:
    runner = Runner()
    names = {row["name"] for row in runner.list_plugins()}
    assert "titles" in names
    doc = runner.run("Chiều 18/2, Tổng Bí thư Tô Lâm đã tiếp đồng chí Trần Cương.")
    assert "Tô Lâm" in {p.name for p in doc.people}
    assert not [e for e in doc.errors if e.plugin == "titles"]
