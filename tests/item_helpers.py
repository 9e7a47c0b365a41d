"""Shared pieces of the whole-item test modules (items in ``tests/data/events/*.json``): the
loaded items, one pipeline runner per module, strict xfail marks for known misses, and the
main-event comparison."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parent / "data" / "events"


def load_items(file_name: str) -> list[dict[str, Any]]:
    """The items of one data file under ``tests/data/events``."""
    items: list[dict[str, Any]] = json.loads((DATA / file_name).read_text(encoding="utf-8"))
    return items


@pytest.fixture(scope="module", name="runner")
def item_runner() -> Any:
    """The ``runner`` fixture: one pipeline per test module (building it loads every plugin).
    A module importing ``item_runner`` gets it."""
    import vndiplo

    return vndiplo.Runner()


def item_params(items: list[dict[str, Any]], misses: Mapping[str, str]) -> list[Any]:
    """One pytest param per item; a known miss is a strict xfail, so a fix must remove it."""
    out = []
    for item in items:
        reason = misses.get(item["id"])
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(item, id=item["id"], marks=marks))
    return out


def run_item(runner: Any, item: dict[str, Any]) -> Any:
    """The pipeline's document for one item."""
    return runner.run({"id": item["id"], "text": item["text"], "published": item["published"]})


def date_and_place(event: Any) -> dict[str, Any]:
    """An event's type, date, part of day and place, as the items write them."""
    return {
        "type": event.type,
        "date": event.date,
        "part_of_day": event.part_of_day,
        "location": event.location,
    }


def check_main_event(runner: Any, item: dict[str, Any]) -> None:
    """Run one item and compare its main event with the expected one."""
    doc = run_item(runner, item)
    want = item["main_event"]
    if want is None:
        assert not doc.events, f"no meeting expected, got {doc.events[0].type}"
        return
    assert doc.events, "no event"
    main = doc.events[0]
    got = {
        **date_and_place(main),
        "participants": sorted((p.name, p.role) for p in main.participants),
    }
    expected = {
        "type": want["type"],
        "date": want["date"],
        "part_of_day": want["part_of_day"],
        "location": want["location"],
        "participants": sorted((p["name"], p["role"]) for p in want["participants"]),
    }
    assert got == expected
