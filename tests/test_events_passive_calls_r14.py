"""A call joined to its reception in the passive, in invented words (round 14): "B đến chào
xã giao (nhân dịp ...) và được A tiếp" names A as the host of the call, even when an occasion
frame stands between the call and "và được"."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, roles

_PEOPLE = {
    "Hồ Thị Lan": {"titles": ["Phó Thủ tướng"], "country": "VN"},
    "Lê Minh Khoa": {"titles": ["Chủ tịch UBND tỉnh"], "country": "VN"},
    "Lars Berg": {"titles": ["Đại sứ Na Uy"], "country": "NO"},
    "Sok Vanna": {"titles": ["Bộ trưởng"], "country": "KH"},
}


@pytest.mark.parametrize(
    "text",
    [
        "Chiều 5/3, Đại sứ Na Uy Lars Berg đến chào xã giao nhân dịp bắt đầu nhiệm kỳ công tác "
        "tại Việt Nam và được Phó Thủ tướng Hồ Thị Lan tiếp.",
        "Chiều 5/3, Đại sứ Na Uy Lars Berg đến chào từ biệt nhân dịp kết thúc nhiệm kỳ và đã "
        "được Phó Thủ tướng Hồ Thị Lan tiếp tại trụ sở Chính phủ.",
        "Chiều 5/3, Đại sứ Na Uy Lars Berg tới chào xã giao và được Phó Thủ tướng Hồ Thị Lan tiếp.",
        "Chiều 5/3, nhân dịp sang dự hội chợ, Bộ trưởng Sok Vanna đến chào xã giao và được Chủ "
        "tịch UBND tỉnh Lê Minh Khoa tiếp thân mật.",
    ],
    ids=["occasion-between", "farewell-done-aspect", "no-frame", "frame-first"],
)
def test_the_passive_agent_hosts_the_call(text: str) -> None:
    events = extract_events(annotate(text, _PEOPLE, [("Chiều 5/3", "--03-05", "afternoon")]))
    main = events[0]
    assert main.type == "reception"
    hosts = [name for name, role in roles(main) if role == "host"]
    guests = [name for name, role in roles(main) if role == "guest"]
    assert len(hosts) == 1 and hosts[0] in ("Hồ Thị Lan", "Lê Minh Khoa")
    assert guests in (["Lars Berg"], ["Sok Vanna"])


def test_another_guest_received_gives_the_call_no_host() -> None:
    text = (
        "Chiều 5/3, Đại sứ Na Uy Lars Berg đến chào xã giao; Bộ trưởng Sok Vanna được Phó Thủ "
        "tướng Hồ Thị Lan tiếp."
    )
    main = extract_events(annotate(text, _PEOPLE, [("Chiều 5/3", "--03-05", "afternoon")]))[0]
    assert ("Hồ Thị Lan", "host") not in roles(main) or ("Lars Berg", "guest") not in roles(main)


@given(st.text(alphabet="aà đ,.và được", max_size=40))
def test_any_tail_after_a_call_gives_valid_evidence(noise: str) -> None:
    text = f"Đại sứ Na Uy Lars Berg đến chào xã giao{noise} và được Phó Thủ tướng Hồ Thị Lan tiếp."
    for event in extract_events(annotate(text, _PEOPLE)):
        assert 0 <= event.evidence.start <= event.evidence.end <= len(text)


def test_an_opening_occasion_keeps_its_passive() -> None:
    text = (
        "Nhân dịp sang thăm Campuchia và được Bộ trưởng Sok Vanna tiếp, Phó Thủ tướng Hồ Thị "
        "Lan đã hội đàm với Đại sứ Na Uy Lars Berg."
    )
    main = extract_events(annotate(text, _PEOPLE))[0]
    assert main.type == "talks"
