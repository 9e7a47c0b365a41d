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
    "Gabriel Soto": {"titles": ["Tổng thống"], "country": "CL"},
}


def _main(text: str, dates: Any = (), title: str | None = None) -> Event:
    return extract_events(annotate(text, PEOPLE, dates, title=title))[0]


@pytest.mark.parametrize(
    ("text", "dates", "trigger"),
    [
        (
            "Chiều 17/11, trong khuôn khổ chuyến thăm chính thức Cộng hòa Chile, Chủ tịch nước Lê "
            "Văn Minh cùng Phu nhân tới thăm Bảo tàng Ký ức.",
            [("Chiều 17/11", "--11-17", "afternoon")],
            "chuyến thăm chính thức",
        ),
        (
            "Nhân chuyến thăm cấp nhà nước Chile, sáng 17/11, Chủ tịch nước Lê Văn Minh thăm "
            "mỏ đồng Codelco tại Santiago.",
            [("sáng 17/11", "--11-17", "morning")],
            "chuyến thăm cấp nhà nước",
        ),
        (
            "Trong chuyến thăm chính thức Chile, chiều 17/11, Chủ tịch nước Lê Văn Minh đã đến "
            "thăm khu tưởng niệm Salvador Allende.",
            [("chiều 17/11", "--11-17", "afternoon")],
            "chuyến thăm chính thức",
        ),
        (
            "Trong khuôn khổ chuyến công tác tại Chile, Bộ trưởng Đỗ Thu Hà ngày 17/11 đã khảo "
            "sát cảng biển Valparaíso.",
            [("ngày 17/11", "--11-17")],
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
    # only a place the frame itself writes ("chuyến công tác tại Chile"), never the act's site
    assert main.location in (None, "Chile")
    assert main.location != "Santiago"
    visitor = "Đỗ Thu Hà" if "Đỗ Thu Hà" in text else "Lê Văn Minh"
    assert [(p.name, p.role) for p in main.participants] == [(visitor, "guest")]


def test_the_trip_keeps_the_span_its_frame_writes() -> None:
    main = _main(
        "Trong khuôn khổ chuyến thăm chính thức Chile từ ngày 15-18/11, chiều 17/11, Chủ tịch "
        "nước Lê Văn Minh đã đến thăm Bảo tàng Ký ức.",
        [("ngày 15-18/11", "--11-15/--11-18"), ("chiều 17/11", "--11-17", "afternoon")],
    )
    assert (main.trigger, main.date) == ("chuyến thăm chính thức", "--11-15/--11-18")


def test_the_site_visit_stays_an_event_of_its_own() -> None:
    events = extract_events(
        annotate(
            "Chiều 17/11, trong khuôn khổ chuyến thăm chính thức Chile, Chủ tịch nước Lê Văn Minh "
            "đã đến thăm Bảo tàng Ký ức.",
            PEOPLE,
            [("Chiều 17/11", "--11-17", "afternoon")],
        )
    )
    assert [(e.trigger, e.date) for e in events] == [
        ("chuyến thăm chính thức", None),
        ("thăm", "--11-17"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a meeting elsewhere on the page: the frame rule stays out
        "Chiều 17/11, trong khuôn khổ chuyến thăm chính thức Chile, Chủ tịch nước Lê Văn Minh đã "
        "đến thăm Bảo tàng Ký ức. Chiều cùng ngày, Chủ tịch nước Lê Văn Minh hội kiến Tổng "
        "thống Gabriel Soto.",
        # the visit works with someone
        "Chiều 17/11, nhân chuyến thăm chính thức Chile, Chủ tịch nước Lê Văn Minh đã thăm và làm "
        "việc với Bộ Ngoại giao Chile.",
        "Chiều 17/11, nhân chuyến thăm chính thức Chile, Chủ tịch nước Lê Văn Minh đã thăm Đại "
        "học Chile và gặp gỡ các nhà khoa học.",
        # the frame marks an earlier trip
        "Chiều 17/11, nhân dịp kỷ niệm 10 năm chuyến thăm lịch sử của Chủ tịch Hồ Chí Minh, Chủ "
        "tịch nước Lê Văn Minh đã đến thăm Bảo tàng Ký ức.",
    ],
)
def test_no_trip_replaces_the_act_when(text: str) -> None:
    main = _main(text, [("Chiều 17/11", "--11-17", "afternoon")])
    assert not (main.type == "visit" and main.trigger.startswith("chuyến thăm"))


def test_another_persons_trip_is_not_the_visitors() -> None:
    main = _main(
        "Chiều 17/11, nhân chuyến thăm chính thức Việt Nam của Tổng thống Gabriel Soto, Bộ "
        "trưởng Đỗ Thu Hà đã đến thăm Bảo tàng Dân tộc học.",
        [("Chiều 17/11", "--11-17", "afternoon")],
    )
    assert main.trigger == "thăm"
    assert {p.name for p in main.participants} == {"Đỗ Thu Hà"}
