"""A back-reference main act naming one side takes the other from the headline (round 12,
invented words: other leaders, provinces, dates).

"Tại buổi tiếp, A nêu rõ ..." points back to the reception the headline (or, on a page that
lost its headline, the lead photo's caption) tells as "A tiếp B": the body names only A, who
speaks there, and B is the guest the headline names. The same holds for talks and meetings
told back ("Tại cuộc hội đàm", "Tại buổi gặp"). Near miss: a headline telling another act adds
no one.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vndiplo import Runner

_RUNNER = Runner()

FILLED = [
    (
        "Phó Thủ tướng Lê Văn Khải tiếp Thống đốc tỉnh Aomori Takahashi Kenji\n\n"
        "Tại buổi tiếp diễn ra chiều 3/5 ở Hà Nội, Phó Thủ tướng Lê Văn Khải nêu rõ quan hệ "
        "hợp tác địa phương hai nước ngày càng sâu rộng.\n"
        "Hai bên nhất trí thúc đẩy hợp tác nông nghiệp.",
        "reception",
        {("Lê Văn Khải", "host"), ("Takahashi Kenji", "guest")},
    ),
    (
        "Bí thư Tỉnh ủy Hà Giang Trần Đức Minh tiếp Bí thư tỉnh Phongsaly Khamphet Vongsa\n\n"
        "Tại buổi tiếp, Bí thư Tỉnh ủy Trần Đức Minh cảm ơn đoàn đã sang thăm và chúc mừng năm "
        "mới.\n"
        "Hai bên trao đổi về hợp tác biên giới.",
        "reception",
        {("Trần Đức Minh", "host"), ("Khamphet Vongsa", "guest")},
    ),
    (
        "Chủ tịch Quốc hội Đỗ Thanh Bình hội đàm với Chủ tịch Thượng viện Chile María Soto\n\n"
        "Tại cuộc hội đàm chiều 11/10, Chủ tịch Quốc hội Đỗ Thanh Bình khẳng định Việt Nam "
        "coi trọng quan hệ với Chile.\n"
        "Hai bên nhất trí tăng cường trao đổi đoàn.",
        "talks",
        {"Đỗ Thanh Bình", "María Soto"},
    ),
]


@pytest.mark.parametrize(("text", "kind", "sides"), FILLED)
def test_back_reference_takes_the_headline_counterpart(
    text: str, kind: str, sides: set[object]
) -> None:
    main = _RUNNER.run(text).events[0]
    assert main.type == kind
    names = {p.name for p in main.participants}
    roles = {(p.name, p.role) for p in main.participants}
    expected_names = {s if isinstance(s, str) else s[0] for s in sides}
    assert expected_names <= names
    assert {s for s in sides if isinstance(s, tuple)} <= roles


def test_caption_stands_in_for_a_missing_headline() -> None:
    text = (
        "Thủ tướng Lê Văn Khải tiếp ông Ueda Hiroshi, Thống đốc tỉnh Nara, Nhật Bản. "
        "- Ảnh: Minh Tâm\n|\n"
        "Tại buổi tiếp diễn ra chiều 20/9, ở Hà Nội, Thủ tướng Lê Văn Khải nêu rõ hai nước "
        "có nhiều tiềm năng hợp tác địa phương.\n"
        "Thủ tướng đề nghị tỉnh Nara và Thống đốc Ueda Hiroshi khuyến khích doanh nghiệp đầu "
        "tư vào Việt Nam.\n"
    )
    main = _RUNNER.run(text).events[0]
    assert main.type == "reception"
    assert {(p.name, p.role) for p in main.participants} >= {
        ("Lê Văn Khải", "host"),
        ("Ueda Hiroshi", "guest"),
    }


UNFILLED = [
    # the headline tells a signing, not the reception the body points back to
    "Lê Văn Khải và Takahashi Kenji chứng kiến lễ ký kết hợp tác\n\n"
    "Tại buổi tiếp, Phó Thủ tướng Lê Văn Khải nêu rõ hợp tác địa phương còn nhiều dư địa.\n",
]


@pytest.mark.parametrize("text", UNFILLED)
def test_no_counterpart_without_one_matching_headline_side(text: str) -> None:
    events = _RUNNER.run(text).events
    names = {p.name for e in events for p in e.participants if e.type == "reception"}
    assert "Takahashi Kenji" not in names


@given(
    st.sampled_from(["buổi tiếp", "cuộc hội đàm", "buổi gặp"]),
    st.integers(min_value=1, max_value=28),
    st.integers(min_value=1, max_value=12),
)
def test_back_reference_pages_keep_valid_offsets(act: str, day: int, month: int) -> None:
    text = (
        f"Phó Thủ tướng Lê Văn Khải tiếp Thống đốc Takahashi Kenji\n\n"
        f"Tại {act} chiều {day}/{month}, Phó Thủ tướng Lê Văn Khải nêu rõ hai bên cần hợp "
        "tác.\n"
    )
    doc = _RUNNER.run(text)
    assert not doc.errors
    for event in doc.events:
        quoted = doc.text[event.evidence.start : event.evidence.end]
        assert quoted and len(quoted) == event.evidence.end - event.evidence.start
