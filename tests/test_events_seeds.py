"""End to end: the full ``vndiplo.Runner()`` over the seed articles against their gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import vndiplo

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
STEMS = sorted(p.stem for p in SEEDS.glob("*.txt"))


@pytest.fixture(scope="module")
def runner() -> vndiplo.Runner:
    return vndiplo.Runner()


def _run(runner: vndiplo.Runner, stem: str) -> tuple[vndiplo.Document, dict[str, Any]]:
    gold = json.loads((SEEDS / f"{stem}.gold.json").read_text(encoding="utf-8"))
    text = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
    doc = runner.run({"id": stem, "text": text, "published": gold["published"]})
    return doc, gold


def _need_upstream(doc: vndiplo.Document, gold: dict[str, Any]) -> None:
    names = {p.name for p in doc.people}
    wanted = {p["name"] for p in gold["main_event"]["participants"]}
    if not wanted <= names:
        pytest.xfail(f"titles stage did not find {sorted(wanted - names)}")
    if gold["main_event"]["date"] and not doc.dates:
        pytest.xfail("dates stage found no date")


@pytest.mark.parametrize("stem", STEMS)
def test_seed_main_event_matches_gold(runner: vndiplo.Runner, stem: str) -> None:
    doc, gold = _run(runner, stem)
    _need_upstream(doc, gold)
    want = gold["main_event"]
    assert doc.events, "no events"
    main = doc.events[0]
    assert main.type == want["type"]
    assert main.trigger == want["trigger"]
    assert main.date == want["date"]
    assert main.part_of_day == want["part_of_day"]
    assert main.location == want["location"]
    assert main.cameo == want["cameo"]
    got = {(p.name, p.role) for p in main.participants}
    assert got == {(p["name"], p["role"]) for p in want["participants"]}
    assert not main.referenced


@pytest.mark.parametrize("stem", STEMS)
def test_seed_events_are_in_the_body_with_valid_evidence(runner: vndiplo.Runner, stem: str) -> None:
    doc, _ = _run(runner, stem)
    body = [(b.start, b.end) for b in doc.body_blocks]
    for event in doc.events:
        assert any(s <= event.evidence.start and event.evidence.end <= e for s, e in body)
        for st in event.statements:
            assert 0 <= st.start <= st.end <= len(doc.text)
            assert st.text in doc.text[st.start : st.end]


@pytest.mark.parametrize("stem", STEMS)
def test_seed_referenced_events_are_never_main(runner: vndiplo.Runner, stem: str) -> None:
    doc, gold = _run(runner, stem)
    _need_upstream(doc, gold)
    gold_refs = [e for e in gold["other_events"] if e.get("referenced") and e["participants"]]
    found = [e for e in doc.events if e.referenced]
    for want in gold_refs:
        names = {p["name"] for p in want["participants"]}
        assert any(names & {p.name for p in e.participants} for e in found), want


def test_seed_secondary_events_follow_the_main_one(runner: vndiplo.Runner) -> None:
    doc, gold = _run(runner, "001_cf6c1d9a34f65e6d")
    _need_upstream(doc, gold)
    others = {(e.type, e.date, e.part_of_day) for e in doc.events[1:]}
    assert ("attend", "2025-05-16", "afternoon") in others
    assert ("other", "2025-05-17", "morning") in others


def test_seed_statements_and_topics(runner: vndiplo.Runner) -> None:
    doc, gold = _run(runner, "000_424efeffee1ce716")
    _need_upstream(doc, gold)
    main = doc.events[0]
    speakers = {s.speaker for s in main.statements}
    assert {"Tô Lâm", "Trần Cương"} <= speakers
    verbs = {s.verb for s in main.statements}
    assert {"đề nghị", "mong muốn", "khẳng định"} <= verbs
    for topic in ("kinh tế - thương mại", "trí tuệ nhân tạo", "cửa khẩu thông minh"):
        assert topic in main.topics
    assert main.occasion and main.occasion.startswith("nhân dịp")
