"""The held-out pages (tests/data/heldout/): robust invariants only, plus well-formed gold.

Accuracy on these pages is measured by ``python -m benchmarks.heldout``, not asserted here: the
pages exist to estimate how the library does on articles nobody tuned on, so no test may pin a
particular extraction result on them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import vndiplo
from vndiplo.model import EVENT_TYPES, PARTICIPANT_ROLES, PARTS_OF_DAY, TIME_KINDS, YEAR_SOURCES
from vndiplo.text import normalize

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout"
PAGES = sorted(HELDOUT.glob("*/*.gold.json"))
IDS = [f"{p.parent.name}/{p.name.removesuffix('.gold.json')}" for p in PAGES]
GOLD_KEYS = {
    "id",
    "title",
    "published",
    "reference_year",
    "body_first_line",
    "body_last_line",
    "main_event",
    "other_events",
    "people",
    "dates",
    "not_dates",
    "notes",
}
EVENT_KEYS = {"type", "trigger", "date", "part_of_day", "location", "participants", "cameo"}
VALUE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?|--\d{2}-\d{2})(/\d{4}(-\d{2}(-\d{2})?)?)?$"
)


def _page(gold_path: Path) -> tuple[str, dict[str, Any]]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt").read_text(
        encoding="utf-8"
    )
    return text, gold


@pytest.fixture(scope="module")
def runner() -> vndiplo.Runner:
    return vndiplo.Runner()


def test_split_sizes() -> None:
    assert len(list((HELDOUT / "dev").glob("*.gold.json"))) == 12
    assert len(list((HELDOUT / "test").glob("*.gold.json"))) == 12
    assert len(list((HELDOUT / "fresh").glob("*.gold.json"))) == 12
    assert len(list((HELDOUT / "fresh2").glob("*.gold.json"))) == 8
    for txt in HELDOUT.glob("*/*.txt"):
        assert txt.with_name(txt.stem + ".gold.json").exists(), txt


@pytest.mark.parametrize("gold_path", PAGES, ids=IDS)
def test_gold_is_well_formed(gold_path: Path) -> None:
    text, gold = _page(gold_path)
    assert set(gold) == GOLD_KEYS
    assert gold["id"] == gold_path.name.removesuffix(".gold.json")
    # quoted strings are exact substrings of the page
    for field in ("title", "body_first_line", "body_last_line"):
        assert gold[field] in text, field
    start = text.index(gold["body_first_line"])
    end = text.index(gold["body_last_line"], start) + len(gold["body_last_line"])
    body = text[start:end]
    pos = 0
    for date in gold["dates"]:
        found = body.find(date["text"], pos)
        assert found >= 0, f"date not in body, in order: {date['text']!r}"
        pos = found + 1
        assert VALUE.match(date["value"]), date
        assert date["kind"] in TIME_KINDS
        assert date["part_of_day"] in (*PARTS_OF_DAY, None)
        assert date["year_source"] in (*YEAR_SOURCES, None)
    for phrase in gold["not_dates"]:
        assert phrase in body, phrase
    # names, titles, triggers and locations are written normalised (NFC, plain spaces)
    nbody = normalize(body)
    names = {p["name"] for p in gold["people"]}
    for person in gold["people"]:
        assert normalize(person["name"]) in normalize(text), person["name"]
        for title in person["titles"]:
            assert normalize(title) in nbody, title
        assert person["country"] is None or re.fullmatch(r"[A-Z]{2}", person["country"])
        assert person["mention_count"] >= 1
    for event in [gold["main_event"], *gold["other_events"]]:
        assert set(event) >= EVENT_KEYS
        assert event["type"] in EVENT_TYPES
        assert normalize(event["trigger"]).lower() in nbody.lower(), event["trigger"]
        assert event["location"] is None or normalize(event["location"]) in nbody
        assert event["date"] is None or VALUE.match(event["date"]), event["date"]
        assert event["part_of_day"] in (*PARTS_OF_DAY, None)
        for participant in event["participants"]:
            assert participant["name"] in names
            assert participant["role"] in PARTICIPANT_ROLES
    assert gold["published"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold["published"])


@pytest.mark.parametrize("gold_path", PAGES, ids=IDS)
def test_pipeline_invariants(gold_path: Path, runner: vndiplo.Runner) -> None:
    text, _gold = _page(gold_path)
    doc = runner.run({"id": gold_path.stem, "text": text, "published": None})
    assert doc.errors == ()
    assert doc.body
    body_blocks = doc.body_blocks

    def in_body(offset: int, *, end: bool = False) -> bool:
        return any(
            b.start < offset <= b.end if end else b.start <= offset < b.end for b in body_blocks
        )

    for date in doc.dates:
        assert text[date.start : date.end] == date.text
        assert in_body(date.start) and in_body(date.end, end=True), date.text
    for person in doc.people:
        assert person.name
        for span in person.mentions:
            assert 0 <= span.start < span.end <= len(text)
            assert in_body(span.start), (person.name, text[span.start : span.end])
    for event in doc.events:
        assert in_body(event.evidence.start) and in_body(event.evidence.end, end=True), (
            event.trigger
        )
    # the record survives the contract's JSON round trip
    record = json.loads(json.dumps(doc.to_dict()))
    assert record["contract"] == vndiplo.CONTRACT_VERSION
