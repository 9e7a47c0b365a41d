"""Who is no side of the event, in invented words: a spouse named beside a principal ("A và
Công nương B", "tiếp A và Phu nhân B") and the leader an envoy speaks for ("Đặc phái viên của
Chủ tịch nước X")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate
from vndiplo_events.testing import roles as _roles

PEOPLE: Mapping[str, Any] = {
    "Lạc Văn Hòa": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Haruto Sena": {"titles": ["Hoàng tử Nhật Bản"], "country": "JP"},
    "Mai Sena": {"titles": ["Công nương"], "country": "JP"},
    "Piet Janssen": {"titles": ["Thủ tướng Hà Lan"], "country": "NL"},
    "Eva Janssen": {"titles": ["Phu nhân"], "country": "NL"},
    "Bun Chan": {"titles": ["Đặc phái viên"], "country": "KH"},
    "Sok Rith": {"titles": ["Chủ tịch nước Campuchia"], "country": "KH"},
}


@pytest.mark.parametrize("spouse_title", ["Công nương", "Phu nhân"])
def test_a_spouse_beside_the_visitor_is_no_participant(spouse_title: str) -> None:
    text = (
        f"Chiều 2/10, Hoàng tử Nhật Bản Haruto Sena và {spouse_title} Mai Sena đã đến Huế, bắt "
        "đầu chuyến thăm chính thức tỉnh Thừa Thiên Huế."
    )
    main = extract_events(annotate(text, PEOPLE, [("Chiều 2/10", "2025-10-02", "afternoon")]))[0]
    assert main.type == "visit"
    assert _roles(main) == [("Haruto Sena", "guest")]


def test_a_spouse_beside_the_guest_of_a_reception_is_no_participant() -> None:
    text = (
        "Sáng 3/10, Chủ tịch nước Lạc Văn Hòa tiếp Thủ tướng Hà Lan Piet Janssen và Phu nhân "
        "Eva Janssen."
    )
    main = extract_events(annotate(text, PEOPLE, [("Sáng 3/10", "2025-10-03", "morning")]))[0]
    assert sorted(_roles(main)) == [("Lạc Văn Hòa", "host"), ("Piet Janssen", "guest")]


def test_two_leaders_joined_by_va_both_stay() -> None:
    text = "Sáng 3/10, Chủ tịch nước Lạc Văn Hòa và Thủ tướng Hà Lan Piet Janssen đã hội đàm."
    main = extract_events(annotate(text, PEOPLE, [("Sáng 3/10", "2025-10-03", "morning")]))[0]
    assert {name for name, _ in _roles(main)} == {"Lạc Văn Hòa", "Piet Janssen"}


def test_the_leader_an_envoy_speaks_for_is_no_participant() -> None:
    text = (
        "Sáng 5/10, Chủ tịch nước Lạc Văn Hòa tiếp ông Bun Chan, Đặc phái viên của Chủ tịch "
        "nước Campuchia Sok Rith."
    )
    main = extract_events(annotate(text, PEOPLE, [("Sáng 5/10", "2025-10-05", "morning")]))[0]
    assert sorted(_roles(main)) == [("Bun Chan", "guest"), ("Lạc Văn Hòa", "host")]


def test_an_award_handed_to_an_envoy_is_an_event_of_both() -> None:
    text = (
        "Ngày 14/4, tại trụ sở Bộ Ngoại giao, Chủ tịch nước Lạc Văn Hòa đã trao Huân chương "
        "Hữu nghị cho ông Bun Chan, Đặc phái viên Campuchia."
    )
    main = extract_events(annotate(text, PEOPLE, [("Ngày 14/4", "2025-04-14")]))[0]
    assert main.type == "other"
    assert main.location == "trụ sở Bộ Ngoại giao"
    assert sorted(_roles(main)) == [("Bun Chan", "participant"), ("Lạc Văn Hòa", "participant")]


def test_a_negotiating_delegation_is_no_talks() -> None:
    text = (
        "Đoàn đàm phán của phía Việt Nam do ông Lạc Văn Hòa dẫn đầu đã ký biên bản với Đoàn "
        "đàm phán của phía Campuchia do ông Sok Rith dẫn đầu."
    )
    main = extract_events(annotate(text, PEOPLE, []))[0]
    assert main.type == "signing"
    assert {name for name, _ in _roles(main)} == {"Lạc Văn Hòa", "Sok Rith"}


def test_a_round_of_negotiations_is_still_talks() -> None:
    text = "Ngày 9/1, ông Lạc Văn Hòa và ông Sok Rith đã tiến hành đàm phán về thuế."
    main = extract_events(annotate(text, PEOPLE, [("Ngày 9/1", "2025-01-09")]))[0]
    assert main.type == "talks"


def test_talks_between_delegations_take_their_heads_from_the_next_sentences() -> None:
    text = (
        "Sáng 3/11, tại thành phố Huế đã diễn ra hội đàm thường niên giữa đoàn đại biểu tỉnh "
        "Thừa Thiên Huế với đoàn đại biểu tỉnh Kampot.\n"
        "Đoàn đại biểu tỉnh Thừa Thiên Huế do ông Lạc Văn Hòa, Bí thư Tỉnh ủy làm trưởng đoàn. "
        "Đoàn đại biểu tỉnh Kampot, Campuchia do ông Sok Rith, Tỉnh trưởng làm trưởng đoàn."
    )
    main = extract_events(annotate(text, PEOPLE, [("Sáng 3/11", "2025-11-03", "morning")]))[0]
    assert main.type == "talks"
    assert sorted(_roles(main)) == [("Lạc Văn Hòa", "host"), ("Sok Rith", "guest")]


def test_a_named_side_is_not_replaced_by_a_head_of_delegation() -> None:
    text = (
        "Sáng 3/11, Chủ tịch nước Lạc Văn Hòa đã hội đàm với Thủ tướng Hà Lan Piet Janssen.\n"
        "Đoàn Hà Lan do ông Sok Rith dẫn đầu."
    )
    main = extract_events(annotate(text, PEOPLE, [("Sáng 3/11", "2025-11-03", "morning")]))[0]
    assert {name for name, _ in _roles(main)} == {"Lạc Văn Hòa", "Piet Janssen"}


def test_a_back_reference_beats_a_word_of_thanks_for_the_welcome() -> None:
    text = (
        "Ngày 30/4, lãnh đạo tỉnh tiếp xã giao các đoàn khách quốc tế.\n"
        "Tại buổi tiếp, Thủ tướng Hà Lan Piet Janssen, ông Lạc Văn Hòa giới thiệu về tỉnh.\n"
        "Thủ tướng Piet Janssen cảm ơn sự tiếp đón trọng thị của lãnh đạo tỉnh."
    )
    main = extract_events(annotate(text, PEOPLE, [("Ngày 30/4", "2025-04-30")]))[0]
    assert main.type == "reception"
    assert sorted(_roles(main)) == [("Lạc Văn Hòa", "host"), ("Piet Janssen", "guest")]


def test_the_one_who_speaks_for_a_host_body_is_the_host() -> None:
    text = (
        "Chiều 20/11, Lãnh đạo thành phố Đà Lạt đã đón tiếp đoàn đại biểu tỉnh Kampot do ông "
        "Sok Rith làm trưởng đoàn.\n"
        "Thay mặt lãnh đạo thành phố, ông Lạc Văn Hòa đã chúc mừng đoàn."
    )
    main = extract_events(annotate(text, PEOPLE, [("Chiều 20/11", "2025-11-20", "afternoon")]))[0]
    assert main.type == "reception"
    assert sorted(_roles(main)) == [("Lạc Văn Hòa", "host"), ("Sok Rith", "guest")]


def test_the_one_a_condolence_message_mourns_is_no_participant() -> None:
    text = (
        "Ngày 24/3, Chủ tịch nước Lạc Văn Hòa đã gửi điện chia buồn tới ông Sok Rith khi nhận "
        "được tin ông Piet Janssen, nguyên Thủ tướng Hà Lan, từ trần."
    )
    main = extract_events(annotate(text, PEOPLE, [("Ngày 24/3", "2025-03-24")]))[0]
    assert main.type == "message"
    assert {name for name, _ in _roles(main)} == {"Lạc Văn Hòa", "Sok Rith"}


def test_the_leader_attending_for_a_host_body_is_the_host() -> None:
    text = (
        "Chiều 14/6, Hội Hữu nghị Việt Nam - Hà Lan đã tổ chức buổi gặp mặt đoàn đại biểu Hà "
        "Lan do Thủ tướng Piet Janssen dẫn đầu.\n"
        "Tham dự buổi gặp mặt có ông Lạc Văn Hòa, Chủ tịch Hội."
    )
    main = extract_events(annotate(text, PEOPLE, [("Chiều 14/6", "2025-06-14", "afternoon")]))[0]
    assert main.type == "meeting"
    assert {name for name, _ in _roles(main)} == {"Lạc Văn Hòa", "Piet Janssen"}


def test_an_attendee_is_no_side_when_the_host_is_named() -> None:
    text = (
        "Chiều 14/6, Chủ tịch nước Lạc Văn Hòa đã tiếp Thủ tướng Hà Lan Piet Janssen.\n"
        "Tham dự buổi tiếp có ông Sok Rith."
    )
    main = extract_events(annotate(text, PEOPLE, [("Chiều 14/6", "2025-06-14", "afternoon")]))[0]
    assert {name for name, _ in _roles(main)} == {"Lạc Văn Hòa", "Piet Janssen"}
