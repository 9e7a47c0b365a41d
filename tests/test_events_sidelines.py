"""Main events against scene-setting ones: a meeting on the sidelines of an attendance, an
event told as what came before, and quantified triggers that still name their partners.

Every sentence is invented: the names, places and dates belong to no real article.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Hà Quang Vinh": {"titles": ["Chủ tịch Quốc hội"], "country": "VN"},
    "Phan Đức Lâm": {"titles": ["Thủ tướng"], "country": "VN"},
    "Bounmy Keola": {"titles": ["Chủ tịch nước Lào"], "country": "LA"},
    "Khamsing Vong": {"titles": ["Thủ tướng Lào"], "country": "LA"},
    "Arjun Mehta": {"titles": ["Thủ tướng Ấn Độ"], "country": "IN"},
}


def _types(text: str) -> set[str]:
    return {e.type for e in extract_events(annotate(text, PEOPLE))}


def _main(text: str) -> Event:
    events = extract_events(annotate(text, PEOPLE))
    assert events, text
    return events[0]


def test_a_meeting_on_the_sidelines_beats_the_attendance() -> None:
    main = _main(
        "Sáng 5/3, Chủ tịch Quốc hội Hà Quang Vinh đã đến Viêng Chăn, bắt đầu chuyến tham dự "
        "Hội nghị Nghị viện khu vực lần thứ 9. Chiều cùng ngày, Chủ tịch Quốc hội Hà Quang Vinh "
        "đã có các cuộc hội kiến với Chủ tịch nước Lào Bounmy Keola; Thủ tướng Lào Khamsing "
        "Vong. Hai bên nhất trí tăng cường hợp tác."
    )
    assert main.type == "meeting"
    assert {p.name for p in main.participants} >= {"Hà Quang Vinh", "Bounmy Keola"}


def test_attendance_alone_stays_the_main_event() -> None:
    main = _main(
        "Sáng 5/3, Chủ tịch Quốc hội Hà Quang Vinh đã đến Viêng Chăn, bắt đầu chuyến tham dự "
        "Hội nghị Nghị viện khu vực lần thứ 9. Hội nghị bàn về an ninh lương thực."
    )
    assert main.type == "attend"


def test_many_meetings_with_no_one_named_stay_generic() -> None:
    assert "meeting" not in _types(
        "Trong thời gian ở Viêng Chăn, đoàn đã có nhiều cuộc gặp với doanh nghiệp sở tại.",
    )


def test_a_capitalised_backref_after_before_tells_the_talks() -> None:
    main = _main(
        "Trước đó, Thủ tướng Phan Đức Lâm và Phu nhân đã tham dự Lễ đón chính thức tại Phủ "
        "Tổng thống.\nTại Hội đàm, Thủ tướng Phan Đức Lâm và Thủ tướng Arjun Mehta tái khẳng "
        "định cam kết làm sâu sắc quan hệ hai nước."
    )
    assert main.type == "talks"
    assert {p.name for p in main.participants} == {"Phan Đức Lâm", "Arjun Mehta"}


def test_a_capitalised_trigger_inside_a_sentence_is_still_a_name() -> None:
    assert "talks" not in _types(
        "Thủ tướng Phan Đức Lâm phát biểu tại Hội đàm Kinh tế Mekong lần thứ 4 ở Viêng Chăn.",
    )


def test_both_sides_before_the_talks_the_side_at_home_hosts() -> None:
    main = _main(
        "Sáng 9/6, tại Phủ Chủ tịch, Thủ tướng Phan Đức Lâm và Thủ tướng Ấn Độ Arjun Mehta đã "
        "tiến hành hội đàm."
    )
    assert main.type == "talks"
    assert sorted((p.name, p.role) for p in main.participants) == [
        ("Arjun Mehta", "guest"),
        ("Phan Đức Lâm", "host"),
    ]


def test_a_co_chaired_dialogue_has_no_host() -> None:
    main = _main(
        "Sáng 9/6, tại Hà Nội, Thủ tướng Phan Đức Lâm và Thủ tướng Ấn Độ Arjun Mehta đồng chủ "
        "trì đối thoại chiến lược lần thứ hai."
    )
    assert {p.role for p in main.participants} == {"participant"}


def test_negotiations_under_way_and_a_negotiating_office_are_no_meeting() -> None:
    assert "talks" not in _types(
        "Ông Phan Đức Lâm, Thứ trưởng phụ trách đàm phán song phương với các nước châu Phi, "
        "sẽ nhận nhiệm vụ mới. Khối này hiện đang đàm phán với Canada và Nhật Bản.",
    )


def test_negotiations_reported_as_an_event_stay_talks() -> None:
    main = _main(
        "Chiều 2/5, Thủ tướng Phan Đức Lâm đã đàm phán với Thủ tướng Ấn Độ Arjun Mehta về "
        "thương mại."
    )
    assert main.type == "talks"


def test_the_attendee_who_arrived_is_the_guest_of_the_sideline_meeting() -> None:
    main = _main(
        "Sáng 5/3, Chủ tịch Quốc hội Hà Quang Vinh đã đến sân bay Viêng Chăn, bắt đầu chuyến "
        "tham dự Hội nghị Nghị viện khu vực lần thứ 9. Chiều cùng ngày, Chủ tịch Quốc hội Hà "
        "Quang Vinh đã hội kiến Chủ tịch nước Lào Bounmy Keola."
    )
    assert main.type == "meeting"
    assert sorted((p.name, p.role) for p in main.participants) == [
        ("Bounmy Keola", "host"),
        ("Hà Quang Vinh", "guest"),
    ]


def test_a_room_named_after_talks_reports_no_talks() -> None:
    assert "talks" not in _types(
        "Sau nghi thức chào cờ, Thủ tướng Phan Đức Lâm và Thủ tướng Ấn Độ Arjun Mehta tiến "
        "vào phòng hội đàm.",
    )


def test_the_headline_gives_the_event_the_body_only_refers_back_to() -> None:
    body = (
        "Đoàn xe chở Thủ tướng Ấn Độ Arjun Mehta tới Phủ Chủ tịch lúc 9 giờ. Thủ tướng Phan Đức "
        "Lâm và Thủ tướng Arjun Mehta cùng duyệt đội danh dự."
    )
    text = "Thủ tướng đón Thủ tướng Ấn Độ tại Phủ Chủ tịch\n" + body
    doc = annotate(text, PEOPLE, title="Thủ tướng đón Thủ tướng Ấn Độ tại Phủ Chủ tịch")
    events = extract_events(doc)
    assert events
    main = events[0]
    assert main.type == "reception"
    assert ("Arjun Mehta", "guest") in [(p.name, p.role) for p in main.participants]


def test_a_ministry_of_defence_that_receives_is_no_room() -> None:
    main = _main(
        "Chiều 7/5, tại Hà Nội, Thủ tướng Phan Đức Lâm, nguyên Bộ trưởng Bộ Quốc phòng tiếp xã "
        "giao Thủ tướng Ấn Độ Arjun Mehta."
    )
    assert main.type == "reception"


def test_a_lead_that_announces_a_visit_beats_a_later_letter() -> None:
    main = _main(
        "Nhận lời mời của Thủ tướng Phan Đức Lâm, Thủ tướng Ấn Độ Arjun Mehta sẽ thăm chính "
        "thức Việt Nam từ ngày 3 đến 5/7.\nThủ tướng Phan Đức Lâm vừa có thư chúc mừng Thủ "
        "tướng Lào Khamsing Vong nhân dịp nhậm chức."
    )
    assert main.type == "visit"
    assert ("Arjun Mehta", "guest") in [(p.name, p.role) for p in main.participants]
