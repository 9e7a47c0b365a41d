"""The trigger an event reports is its event word, not the manner, the kind of call or the name
around it ("tiếp thân mật" -> "tiếp"), in invented words; the vocabulary's own kinds
("tiếp xã giao", "thăm chính thức") stay whole."""

from __future__ import annotations

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate
from vndiplo_events.triggers import TriggerTable

PEOPLE = {
    "Lạc Minh Hòa": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Jonas Berg": {"titles": ["Đại sứ Na Uy"], "country": "NO"},
    "Đinh Quốc Vượng": {"titles": ["Bộ trưởng Bộ Quốc phòng"], "country": "VN"},
    "Pierre Lamont": {"titles": ["Bộ trưởng Quân đội Pháp"], "country": "FR"},
}
DATES = [("Sáng 3/4", "2025-04-03", "morning")]


@pytest.mark.parametrize(
    ("verb", "trigger"),
    [
        ("đã tiếp thân mật", "tiếp"),
        ("tiếp chào từ biệt", "tiếp"),
        ("tiếp chào xã giao", "tiếp"),
        ("đã tiếp xã giao", "tiếp xã giao"),
    ],
)
def test_a_reception_reports_its_verb(verb: str, trigger: str) -> None:
    text = f"Sáng 3/4, tại Hà Nội, Chủ tịch nước Lạc Minh Hòa {verb} Đại sứ Na Uy Jonas Berg."
    main = extract_events(annotate(text, PEOPLE, DATES))[0]
    assert main.type == "reception"
    assert main.trigger == trigger


def test_a_named_dialogue_reports_dialogue() -> None:
    text = (
        "Sáng 3/4, Bộ trưởng Bộ Quốc phòng Đinh Quốc Vượng và Bộ trưởng Quân đội Pháp Pierre "
        "Lamont đồng chủ trì Đối thoại Chiến lược quốc phòng Việt Nam - Pháp lần thứ năm."
    )
    main = extract_events(annotate(text, PEOPLE, DATES))[0]
    assert main.type == "talks"
    assert main.trigger == "đối thoại"


def test_a_bilateral_video_conference_reports_no_between() -> None:
    text = (
        "Sáng 3/4, Bộ trưởng Bộ Quốc phòng Đinh Quốc Vượng và Bộ trưởng Quân đội Pháp Pierre "
        "Lamont đồng chủ trì Hội nghị trực tuyến giữa hai Bộ Quốc phòng."
    )
    main = extract_events(annotate(text, PEOPLE, DATES))[0]
    assert main.type == "phone_call"
    assert main.trigger == "hội nghị trực tuyến"


def test_a_registered_entry_may_name_its_head() -> None:
    table = TriggerTable(
        [{"phrase": "tiếp trọng thể", "type": "reception", "cameo": "043", "head": "Tiếp"}]
    )
    hit = next(table.find("Ông A tiếp trọng thể ông B"))
    assert hit.text == "tiếp trọng thể"
    assert hit.trigger.reported == "tiếp"
