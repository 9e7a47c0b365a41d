"""A visit told by its end, in invented words: "về đến Hà Nội, kết thúc tốt đẹp chuyến thăm
chính thức X theo lời mời của Y" reports the visit; the return's day is not its date, the
inviter is no side, and a dated visit the article reports starting is the main one."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, roles

PEOPLE: Mapping[str, Any] = {
    "Hà Minh Tâm": {"titles": ["Chủ tịch Quốc hội"], "country": "VN"},
    "Ingrid Solberg": {"titles": ["Chủ tịch Quốc hội Na Uy"], "country": "NO"},
}
DATE = [("Tối 3/11", "--11-03", "evening")]
ENDED = (
    "Tối 3/11, Chủ tịch Quốc hội Hà Minh Tâm cùng đoàn đại biểu đã về đến Hà Nội, kết thúc tốt"
    " đẹp chuyến thăm chính thức Na Uy theo lời mời của Chủ tịch Quốc hội Na Uy Ingrid Solberg."
)


def test_ended_visit_is_the_reported_main_visit_with_no_date_and_no_inviter() -> None:
    event = extract_events(annotate(ENDED, PEOPLE, DATE))[0]
    assert (event.type, event.referenced) == ("visit", False)
    assert event.date is None and event.part_of_day is None
    assert roles(event) == [("Hà Minh Tâm", "guest")]


def test_ended_visit_yields_to_a_dated_visit_that_begins() -> None:
    text = ENDED.replace(" theo lời mời của Chủ tịch Quốc hội Na Uy Ingrid Solberg", "") + (
        " Trước đó, ngày 30/10, Chủ tịch Quốc hội Hà Minh Tâm đã bắt đầu chuyến thăm chính thức"
        " Thụy Điển."
    )
    dates = [*DATE, ("ngày 30/10", "--10-30", None)]
    event = extract_events(annotate(text, PEOPLE, dates))[0]
    assert event.type == "visit" and event.date == "--10-30"


def test_a_visit_that_begins_keeps_its_date() -> None:
    # negative: "bắt đầu" is no end; the inviter is no side of a visit, begun or ended
    text = ENDED.replace("về đến Hà Nội, kết thúc tốt đẹp", "đến Oslo, bắt đầu")
    event = extract_events(annotate(text, PEOPLE, DATE))[0]
    assert event.date == "--11-03"
    assert roles(event) == [("Hà Minh Tâm", "guest")]


def test_an_ended_meeting_is_no_ended_visit() -> None:
    # negative: only a visit is told by its end here; an ended talk keeps its day
    text = (
        "Tối 3/11, Chủ tịch Quốc hội Hà Minh Tâm kết thúc cuộc hội đàm với Chủ tịch Quốc hội"
        " Na Uy Ingrid Solberg."
    )
    event = extract_events(annotate(text, PEOPLE, DATE))[0]
    assert event.type == "talks" and event.date == "--11-03"
