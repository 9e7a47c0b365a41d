"""A site visit with nobody to meet, told inside the trip that frames it, in invented words: the
trip is the main event, dated only by its own span, never by the act's day or place (README
round 6, "Acts that are not meetings inside a visit"); a page that also reports a meeting, a
visit that works with someone, or a frame about an earlier or another person's trip keeps the
usual choice."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Lê Văn Minh": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Đỗ Thu Hà": {"titles": ["Bộ trưởng"], "country": "VN"},
    "Ravi Kumar": {"titles": ["Thủ tướng"], "country": "IN"},
}


def _main(text: str, dates: Any = (), title: str | None = None) -> Event:
    return extract_events(annotate(text, PEOPLE, dates, title=title))[0]


@pytest.mark.parametrize(
    ("text", "dates", "trigger"),
    [
        (
            "Sáng 4/3, trong khuôn khổ chuyến thăm chính thức Cộng hòa Ấn Độ, Chủ tịch nước Lê "
            "Văn Minh và Phu nhân đã đến thăm Bảo tàng Gandhi.",
            [("Sáng 4/3", "--03-04", "morning")],
            "chuyến thăm chính thức",
        ),
        (
            "Nhân chuyến thăm cấp nhà nước Ấn Độ, chiều 4/3, Chủ tịch nước Lê Văn Minh thăm "
            "Tập đoàn Tata tại Mumbai.",
            [("chiều 4/3", "--03-04", "afternoon")],
            "chuyến thăm cấp nhà nước",
        ),
        (
            "Trong chuyến thăm chính thức Ấn Độ, sáng 4/3, Chủ tịch nước Lê Văn Minh đã đến "
            "thăm Đền tưởng niệm Mahatma Gandhi.",
            [("sáng 4/3", "--03-04", "morning")],
            "chuyến thăm chính thức",
        ),
        (
            "Trong khuôn khổ chuyến công tác tại Ấn Độ, Bộ trưởng Đỗ Thu Hà ngày 4/3 đã khảo "
            "sát khu công nghệ cao Bengaluru.",
            [("ngày 4/3", "--03-04")],
            "chuyến công tác",
        ),
    ],
)
def test_the_trip_around_a_site_visit_is_main_and_undated(
    text: str, dates: Any, trigger: str
) -> None:
    main = _main(text, dates, title="Chủ tịch nước thăm Bảo tàng và nói chuyện với sinh viên")
    assert (main.type, main.trigger) == ("visit", trigger)
    assert main.date is None and main.part_of_day is None
    # only a place the frame itself writes ("chuyến công tác tại Ấn Độ"), never the act's site
    assert main.location in (None, "Ấn Độ")
    assert main.location != "Mumbai"
    assert all(p.role == "guest" for p in main.participants)


def test_the_trip_keeps_the_span_its_frame_writes() -> None:
    main = _main(
        "Trong khuôn khổ chuyến thăm chính thức Ấn Độ từ ngày 2-5/3, sáng 4/3, Chủ tịch nước Lê "
        "Văn Minh đã đến thăm Bảo tàng Gandhi.",
        [("ngày 2-5/3", "--03-02/--03-05"), ("sáng 4/3", "--03-04", "morning")],
    )
    assert (main.trigger, main.date) == ("chuyến thăm chính thức", "--03-02/--03-05")


def test_the_site_visit_stays_an_event_of_its_own() -> None:
    events = extract_events(
        annotate(
            "Sáng 4/3, trong khuôn khổ chuyến thăm chính thức Ấn Độ, Chủ tịch nước Lê Văn Minh "
            "đã đến thăm Bảo tàng Gandhi.",
            PEOPLE,
            [("Sáng 4/3", "--03-04", "morning")],
        )
    )
    assert [(e.trigger, e.date) for e in events] == [
        ("chuyến thăm chính thức", None),
        ("thăm", "--03-04"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a meeting elsewhere on the page: the frame rule stays out
        "Sáng 4/3, trong khuôn khổ chuyến thăm chính thức Ấn Độ, Chủ tịch nước Lê Văn Minh đã "
        "đến thăm Bảo tàng Gandhi. Chiều cùng ngày, Chủ tịch nước Lê Văn Minh hội kiến Thủ "
        "tướng Ravi Kumar.",
        # the visit works with someone
        "Sáng 4/3, nhân chuyến thăm chính thức Ấn Độ, Chủ tịch nước Lê Văn Minh đã thăm và làm "
        "việc với Bộ Ngoại giao Ấn Độ.",
        "Sáng 4/3, nhân chuyến thăm chính thức Ấn Độ, Chủ tịch nước Lê Văn Minh đã thăm Viện "
        "Hàn lâm và gặp gỡ các nhà khoa học.",
        # the frame marks an earlier trip
        "Sáng 4/3, nhân dịp kỷ niệm 10 năm chuyến thăm lịch sử của Chủ tịch Hồ Chí Minh, Chủ "
        "tịch nước Lê Văn Minh đã đến thăm Bảo tàng Gandhi.",
    ],
)
def test_no_trip_replaces_the_act_when(text: str) -> None:
    main = _main(text, [("Sáng 4/3", "--03-04", "morning")])
    assert not (main.type == "visit" and main.trigger.startswith("chuyến thăm"))


def test_another_persons_trip_is_not_the_visitors() -> None:
    main = _main(
        "Sáng 4/3, nhân chuyến thăm chính thức Việt Nam của Thủ tướng Ravi Kumar, Bộ trưởng Đỗ "
        "Thu Hà đã đến thăm Bảo tàng Dân tộc học.",
        [("Sáng 4/3", "--03-04", "morning")],
    )
    assert main.trigger == "thăm"
    assert {p.name for p in main.participants} == {"Đỗ Thu Hà"}
