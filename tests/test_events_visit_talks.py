"""The talks of a visit the lead announces, each construction in invented words: under a
headline of themes the day's talks win over the lead visit (with the visit's sides when the
talks name no one: the inviter hosts them); under a headline naming the visit, the visit stays,
its inviter no side of it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Trịnh Văn Lộc": {"titles": ["Thủ tướng"], "country": "VN"},
    "Hanna Virtanen": {"titles": ["Thủ tướng Phần Lan"], "country": "FI"},
}
DATES = [("từ ngày 2-4/10", "2026-10-02/2026-10-04"), ("Sáng 3/10", "2026-10-03", "morning")]
TEXT = (
    "Nhận lời mời của Thủ tướng Trịnh Văn Lộc, Thủ tướng Phần Lan Hanna Virtanen đã bắt đầu "
    "chuyến thăm chính thức Việt Nam từ ngày 2-4/10. Sáng 3/10, Thủ tướng Hanna Virtanen đặt "
    "vòng hoa tại Đài tưởng niệm. Sau lễ đón, hai Thủ tướng đã có cuộc hội đàm."
)


def _main(title: str) -> Event:
    return extract_events(annotate(TEXT, PEOPLE, DATES, title=title))[0]


def test_the_days_talks_win_under_a_headline_of_themes() -> None:
    main = _main("Đưa quan hệ Việt Nam - Phần Lan lên tầm cao mới")
    assert main.type == "talks"
    roles = {p.name: p.role for p in main.participants}
    assert roles == {"Trịnh Văn Lộc": "host", "Hanna Virtanen": "guest"}


def test_the_visit_stays_under_a_headline_naming_it() -> None:
    main = _main("Thủ tướng Phần Lan thăm chính thức Việt Nam")
    assert main.type == "visit"
    assert {p.name: p.role for p in main.participants} == {"Hanna Virtanen": "guest"}


def test_the_visit_stays_with_no_headline() -> None:
    main = extract_events(annotate(TEXT, PEOPLE, DATES))[0]
    assert main.type == "visit"
