"""Whole news items (headline, lead, body) written for round 6 to probe the pipeline as an
unseen outlet would: every level (leaders, ministers, provinces, parliament, party, mass
organisations, ambassadors), event type, word order (date first, subject first, "Tại ..."
or "Ở ..." first, passive "được ... tiếp"), date and place style, foreign names and
honorifics. Each item's expected main event follows the real-page gold conventions
(``benchmarks/realpages/README.md``); ``main_event: null`` is a page with no meeting.

The items live in ``tests/data/events/stress_items.json`` (our own words).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.item_helpers import check_main_event, item_params, item_runner, load_items  # noqa: F401 (item_runner: the runner fixture)

ITEMS = load_items("stress_items.json")

#: Items the pipeline still gets wrong, with the reason (strict: a fix must remove them).
KNOWN_MISSES: dict[str, str] = {}


def test_items_cover_types_orders_and_no_meeting_pages() -> None:
    assert len(ITEMS) >= 40
    assert len({i["id"] for i in ITEMS}) == len(ITEMS)
    types = {i["main_event"]["type"] for i in ITEMS if i["main_event"]}
    assert types >= {"reception", "meeting", "talks", "phone_call", "visit", "message"}
    assert types >= {"attend", "signing", "other"}
    assert sum(i["main_event"] is None for i in ITEMS) >= 4
    assert len(KNOWN_MISSES) * 4 <= len(ITEMS)


@pytest.mark.parametrize("item", item_params(ITEMS, KNOWN_MISSES))
def test_stress_item_main_event(item: dict[str, Any], runner: Any) -> None:
    check_main_event(runner, item)
