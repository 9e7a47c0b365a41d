"""Greetings passed on at a meeting name people who are not there: "Tại cuộc hội đàm, hai bên
chuyển lời thăm hỏi giữa A, B và C", "X gửi lời chào của A tới B". Invented names throughout."""

from __future__ import annotations

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, titled

PEOPLE = titled(
    {
        "Trịnh Văn Đạt": ("Bộ trưởng Ngoại giao", "VN"),
        "Tomás Varga": ("Ngoại trưởng Hungary", "HU"),
        "Lâm Thị Hồng": ("Chủ tịch nước", "VN"),
        "Péter Kiss": ("Tổng thống Hungary", "HU"),
    }
)
ABSENT = {"Lâm Thị Hồng", "Péter Kiss"}


@pytest.mark.parametrize(
    "greeting",
    [
        "chuyển lời thăm hỏi thân thiết giữa Chủ tịch nước Lâm Thị Hồng và Tổng thống Péter Kiss",
        "gửi lời chào của Chủ tịch nước Lâm Thị Hồng tới Tổng thống Péter Kiss",
        "chuyển tới lời chúc mừng của Chủ tịch nước Lâm Thị Hồng đến Tổng thống Péter Kiss",
    ],
)
def test_those_greeted_at_the_talks_are_not_its_sides(greeting: str) -> None:
    text = (
        "Chiều 8/5, Bộ trưởng Ngoại giao Trịnh Văn Đạt hội đàm với Ngoại trưởng Hungary Tomás "
        f"Varga. Tại cuộc hội đàm, hai bên {greeting}. Bộ trưởng Trịnh Văn Đạt đề nghị hai bên "
        "mở rộng hợp tác giáo dục."
    )
    for event in extract_events(annotate(text, PEOPLE)):
        assert not ABSENT & {p.name for p in event.participants}, event


@pytest.mark.parametrize(
    "greeting",
    [
        "chuyển lời thăm hỏi thân thiết giữa Chủ tịch nước Lâm Thị Hồng và Tổng thống Péter Kiss",
        "gửi lời chào của Chủ tịch nước Lâm Thị Hồng tới Tổng thống Péter Kiss",
    ],
)
def test_a_body_opening_with_the_talks_greetings_names_no_side(greeting: str) -> None:
    # the copy lost its lead: the body opens with what was said at the talks
    text = (
        f"Tại cuộc hội đàm, hai bên {greeting}. Bộ trưởng Trịnh Văn Đạt đề nghị hai bên mở rộng "
        "hợp tác giáo dục."
    )
    for event in extract_events(annotate(text, PEOPLE)):
        assert not ABSENT & {p.name for p in event.participants}, event


def test_a_greeting_after_the_object_leaves_the_object() -> None:
    text = (
        "Chiều 8/5, Bộ trưởng Trịnh Văn Đạt tiếp Ngoại trưởng Tomás Varga, gửi lời thăm hỏi tới "
        "Tổng thống Péter Kiss."
    )
    main = extract_events(annotate(text, PEOPLE))[0]
    assert {p.name for p in main.participants} == {"Trịnh Văn Đạt", "Tomás Varga"}
