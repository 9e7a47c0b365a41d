"""Clauses chained by ";" to a head clause keep its subject and its tense, in invented words:
"X sẽ hội đàm với A; hội kiến B; gặp C" plans every meeting, each with X; a clause after ";"
that opens on a capital (its own subject, a list item) or that buries the trigger deep in a
longer clause is no chained clause."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Đinh Quốc Bảo": {"titles": ["Phó Chủ tịch nước"], "country": "VN"},
    "Amara Okafor": {"titles": ["Phó Tổng thống Nigeria"], "country": "NG"},
    "Chidi Eze": {"titles": ["Chủ tịch Thượng viện Nigeria"], "country": "NG"},
    "Ngozi Bello": {"titles": ["Thống đốc bang Lagos"], "country": "NG"},
}
DATES = [("Chiều 3/10", "2027-10-03", "afternoon")]


def _events(text: str) -> list[Event]:
    return extract_events(annotate(text, PEOPLE, DATES))


def _names(event: Event) -> set[str]:
    return {p.name for p in event.participants}


def _of_type(events: list[Event], kind: str) -> Event:
    return next(e for e in events if e.type == kind)


LEAD = (
    "Chiều 3/10, Phó Chủ tịch nước Đinh Quốc Bảo đã tới thủ đô Abuja, bắt đầu chuyến thăm "
    "chính thức Nigeria. "
)


def test_chained_clauses_keep_the_head_subject_and_its_plan() -> None:
    text = LEAD + (
        "Theo chương trình, Phó Chủ tịch nước Đinh Quốc Bảo sẽ hội đàm với Phó Tổng thống "
        "Nigeria Amara Okafor; hội kiến Chủ tịch Thượng viện Nigeria Chidi Eze; gặp Thống đốc "
        "bang Lagos Ngozi Bello."
    )
    events = _events(text)
    assert events[0].type == "visit"
    for kind, other in (("talks", "Amara Okafor"), ("meeting", "Chidi Eze")):
        event = _of_type(events, kind)
        assert _names(event) >= {"Đinh Quốc Bảo", other}
        assert event.planned
    met = [e for e in events if "Ngozi Bello" in _names(e)]
    assert met and all("Đinh Quốc Bảo" in _names(e) and e.planned for e in met)


def test_a_light_verb_may_open_the_chained_clause() -> None:
    text = LEAD + (
        "Dự kiến Phó Chủ tịch nước Đinh Quốc Bảo sẽ hội đàm với Phó Tổng thống Nigeria Amara "
        "Okafor; có cuộc hội kiến với Chủ tịch Thượng viện Nigeria Chidi Eze."
    )
    meeting = _of_type(_events(text), "meeting")
    assert _names(meeting) >= {"Đinh Quốc Bảo", "Chidi Eze"}
    assert meeting.planned


def test_a_past_head_chains_its_subject_without_a_plan() -> None:
    text = (
        "Chiều 3/10, Phó Chủ tịch nước Đinh Quốc Bảo đã hội đàm với Phó Tổng thống Nigeria "
        "Amara Okafor; hội kiến Chủ tịch Thượng viện Nigeria Chidi Eze."
    )
    events = _events(text)
    meeting = _of_type(events, "meeting")
    assert _names(meeting) >= {"Đinh Quốc Bảo", "Chidi Eze"}
    assert not meeting.planned
    assert events[0].type == "talks"
    assert not events[0].planned


def test_a_clause_with_its_own_subject_is_not_chained() -> None:
    text = (
        "Chiều 3/10, Phó Chủ tịch nước Đinh Quốc Bảo sẽ hội đàm với Phó Tổng thống Nigeria "
        "Amara Okafor; Chủ tịch Thượng viện Nigeria Chidi Eze đã tiếp Thống đốc bang Lagos "
        "Ngozi Bello."
    )
    reception = _of_type(_events(text), "reception")
    assert "Đinh Quốc Bảo" not in _names(reception)
    assert not reception.planned


def test_a_trigger_deep_in_a_longer_clause_is_not_chained() -> None:
    text = (
        "Chiều 3/10, Phó Chủ tịch nước Đinh Quốc Bảo nhấn mạnh, hai nước đã trở thành đối tác "
        "tin cậy; đánh giá cao việc hai bên đã sớm kết thúc đàm phán hiệp định thương mại."
    )
    for event in _events(text):
        if event.trigger == "đàm phán":
            assert "Đinh Quốc Bảo" not in _names(event)
