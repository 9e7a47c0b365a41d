"""A span of days inside a frame is the frame's: "Trong khuôn khổ chuyến thăm ... từ 3 đến 5/6,
A đã tiếp B" tells the visit's days, not the day of the reception told inside it. Invented
names, places and dates throughout."""

from __future__ import annotations

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, titled

PEOPLE = titled(
    {"Hồ Văn Tâm": ("Chủ tịch nước", "VN"), "Liisa Korhonen": ("Thủ tướng Phần Lan", "FI")}
)


@pytest.mark.parametrize(
    ("frame", "span", "value"),
    [
        (
            "Trong khuôn khổ chuyến thăm chính thức Việt Nam",
            "từ 3 đến 5/6",
            "2026-06-03/2026-06-05",
        ),
        ("Nhân dịp thăm Việt Nam", "từ ngày 3-5/6", "2026-06-03/2026-06-05"),
    ],
)
def test_a_reception_inside_a_visit_frame_does_not_take_the_visits_days(
    frame: str, span: str, value: str
) -> None:
    text = (
        f"{frame} của Thủ tướng Phần Lan Liisa Korhonen {span}, Chủ tịch nước Hồ Văn Tâm đã "
        "tiếp Thủ tướng Liisa Korhonen."
    )
    events = extract_events(annotate(text, PEOPLE, [(span, value)]))
    main = events[0]
    assert main.type == "reception"
    assert main.date != value


def test_a_span_the_event_itself_states_stays() -> None:
    # no frame: talks over several days state their own span
    text = (
        "Từ ngày 3 đến 5/6, Chủ tịch nước Hồ Văn Tâm đã hội đàm với Thủ tướng Phần Lan Liisa "
        "Korhonen tại Hà Nội."
    )
    main = extract_events(annotate(text, PEOPLE, [("Từ ngày 3 đến 5/6", "2026-06-03/2026-06-05")]))[
        0
    ]
    assert main.type == "talks"
    assert main.date == "2026-06-03/2026-06-05"


def test_the_visit_frame_keeps_its_days() -> None:
    text = (
        "Trong khuôn khổ chuyến thăm chính thức Việt Nam của Thủ tướng Phần Lan Liisa Korhonen "
        "từ 3 đến 5/6, Chủ tịch nước Hồ Văn Tâm đã tiếp Thủ tướng Liisa Korhonen."
    )
    events = extract_events(annotate(text, PEOPLE, [("từ 3 đến 5/6", "2026-06-03/2026-06-05")]))
    visits = [e for e in events if e.type == "visit"]
    assert all(v.date in (None, "2026-06-03/2026-06-05") for v in visits)
