"""A meeting announced as still to come ("phải tới chiều nay A mới có cuộc gặp với C. Sau cuộc
gặp này, ... sẽ ...") is planned, never the reported main event; the headline's pair ("A gặp
B") wins over a first meeting of A with someone the headline does not name; and a headline's
generic "gặp" is told by the body's talks between the same people.

Every sentence is invented: the names, places and dates belong to no real article.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Ana Ferreira": {"titles": ["Tổng thống Brazil"], "country": "BR"},
    "Lý Minh Tâm": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Tomás Ribeiro": {"titles": ["Thủ tướng Bồ Đào Nha"], "country": "PT"},
}

_LATER = (
    "Phủ Tổng thống cho biết, phải tới cuối chiều 8/9 Tổng thống Brazil Ana Ferreira mới có "
    "cuộc gặp ngắn với Thủ tướng Bồ Đào Nha Tomás Ribeiro."
)
_AFTER_PLANNED = "Sau cuộc gặp này, hai nhà lãnh đạo sẽ dự tiệc tối."
_TALKS = (
    "Sáng 8/9, tại Phủ Chủ tịch, Chủ tịch nước Lý Minh Tâm đã hội đàm với Tổng thống Brazil "
    "Ana Ferreira."
)


def _events(text: str, title: str = "") -> list[Event]:
    return extract_events(annotate(text, PEOPLE, title=title))


def _names(event: Event) -> set[str]:
    return {p.name for p in event.participants}


def test_a_meeting_not_until_later_with_its_sequel_planned_is_planned() -> None:
    events = _events(f"{_LATER} {_AFTER_PLANNED}\n{_TALKS}")
    later = next(e for e in events if _names(e) == {"Ana Ferreira", "Tomás Ribeiro"})
    assert later.planned
    assert events[0].type == "talks"
    assert _names(events[0]) == {"Lý Minh Tâm", "Ana Ferreira"}


def test_a_link_line_between_does_not_hide_the_plan() -> None:
    events = _events(f"{_LATER}\nHội nghị khu vực có gì đáng chú ý?\n{_AFTER_PLANNED}\n{_TALKS}")
    assert events[0].type == "talks"


def test_not_until_in_a_schedule_is_planned() -> None:
    text = (
        "Theo lịch trình, phải đến chiều 8/9 Tổng thống Brazil Ana Ferreira mới gặp Thủ tướng "
        "Bồ Đào Nha Tomás Ribeiro."
    )
    events = _events(text)
    assert all(e.planned for e in events if _names(e) == {"Ana Ferreira", "Tomás Ribeiro"})


def test_not_until_told_as_past_stays_reported() -> None:
    # no plan after it, no schedule: "not until then did they meet" is a past account
    text = (
        "Phải tới năm 2019, Tổng thống Brazil Ana Ferreira mới có cuộc gặp với Thủ tướng Bồ "
        "Đào Nha Tomás Ribeiro. Hai bên đã thảo luận về thương mại."
    )
    main = _events(text)[0]
    assert not main.planned
    assert _names(main) == {"Ana Ferreira", "Tomás Ribeiro"}


def test_the_headline_pair_wins_over_a_first_meeting_with_someone_else() -> None:
    text = (
        "Chiều 7/9, Tổng thống Brazil Ana Ferreira đã gặp Thủ tướng Bồ Đào Nha Tomás Ribeiro "
        "tại sân bay.\n" + _TALKS
    )
    main = _events(text, "Chủ tịch nước Lý Minh Tâm gặp Tổng thống Ana Ferreira")[0]
    assert main.type == "talks"
    assert _names(main) == {"Lý Minh Tâm", "Ana Ferreira"}


def test_without_the_pair_in_the_headline_the_first_meeting_stays() -> None:
    text = (
        "Chiều 7/9, Tổng thống Brazil Ana Ferreira đã gặp Thủ tướng Bồ Đào Nha Tomás Ribeiro "
        "tại sân bay.\n" + _TALKS
    )
    main = _events(text, "Tổng thống Ana Ferreira gặp Thủ tướng Tomás Ribeiro")[0]
    assert _names(main) == {"Ana Ferreira", "Tomás Ribeiro"}


def test_a_generic_headline_meeting_is_told_by_the_talks_of_the_same_people() -> None:
    text = (
        _TALKS + "\nChủ tịch nước Lý Minh Tâm gặp Tổng thống Brazil Ana Ferreira tại sảnh Phủ "
        "Chủ tịch."
    )
    main = _events(text, "Tổng thống Ana Ferreira gặp Chủ tịch nước Lý Minh Tâm")[0]
    assert main.type == "talks"


def test_not_until_told_as_past_stays_reported_beside_an_unrelated_plan() -> None:
    # a "sẽ" about something else in the next sentence plans nothing of the meeting
    text = (
        "Phải tới năm 2019, Tổng thống Brazil Ana Ferreira mới có cuộc gặp với Thủ tướng Bồ "
        "Đào Nha Tomás Ribeiro. Hai bên sẽ tăng cường hợp tác thương mại."
    )
    main = _events(text)[0]
    assert not main.planned
    assert _names(main) == {"Ana Ferreira", "Tomás Ribeiro"}
