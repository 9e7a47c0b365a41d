"""Counterparts the sides of a main event miss, in invented words: an inviter named after a
chain of titles (no side of the visit), a meeting restated after a colon."""

from __future__ import annotations

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate
from vndiplo_events.testing import roles as _roles


def test_a_trailing_invitation_names_its_inviter_after_the_titles() -> None:
    people = {
        "Đoàn Minh Khang": {"titles": ["Tổng Bí thư"], "country": "VN"},
        "Sổm Vông": {"titles": ["Chủ tịch nước Lào"], "country": "LA"},
    }
    text = (
        "Sáng 9/3, Tổng Bí thư Đoàn Minh Khang tới Viêng Chăn, bắt đầu chuyến thăm chính thức "
        "Lào theo lời mời của Tổng Bí thư Đảng Nhân dân cách mạng Lào, Chủ tịch nước Lào Sổm Vông."
    )
    main = extract_events(annotate(text, people, [("Sáng 9/3", "2025-03-09", "morning")]))[0]
    assert main.type == "visit"
    # the inviter's titles end the visitor's object zone; the inviter is no side of the visit
    assert _roles(main) == [("Đoàn Minh Khang", "guest")]


PAIR = {
    "Lena Forsberg": {"titles": ["Tổng thống Phần Lan"], "country": "FI"},
    "Hà Quang Vĩnh": {"titles": ["nguyên Chủ tịch nước"], "country": "VN"},
}


def test_a_meeting_restated_after_a_colon_takes_its_object() -> None:
    text = (
        "Dù lịch trình dày đặc, Tổng thống Phần Lan Lena Forsberg đã có một cuộc gặp gỡ đặc biệt "
        "vào tối 4/5: cuộc gặp với nguyên Chủ tịch nước Hà Quang Vĩnh."
    )
    main = extract_events(annotate(text, PAIR, [("tối 4/5", "2025-05-04", "evening")]))[0]
    assert main.type == "meeting"
    assert {name for name, _ in _roles(main)} == {"Lena Forsberg", "Hà Quang Vĩnh"}


def test_a_later_sentence_opening_with_the_meeting_gives_its_place() -> None:
    text = (
        "Tối 4/5, Tổng thống Phần Lan Lena Forsberg đã gặp nguyên Chủ tịch nước Hà Quang Vĩnh. "
        "Cuộc gặp tối 4/5 tại Đà Nẵng là dịp để hai người bạn cũ ôn lại kỷ niệm."
    )
    main = extract_events(annotate(text, PAIR, [("Tối 4/5", "2025-05-04", "evening")]))[0]
    assert main.location == "Đà Nẵng"


def test_the_leader_a_delegation_accompanies_is_no_side() -> None:
    people = {
        "Lạc Văn Hòa": {"titles": ["Chủ tịch nước"], "country": "VN"},
        "Trịnh Bá Lộc": {"titles": ["Bộ trưởng Bộ Tư pháp"], "country": "VN"},
        "Ana Souza": {"titles": ["Bộ trưởng Tư pháp Brazil"], "country": "BR"},
    }
    text = (
        "Nhân dịp tháp tùng Chủ tịch nước Lạc Văn Hòa thăm Brazil, sáng 8/6, Bộ trưởng Bộ Tư "
        "pháp Trịnh Bá Lộc đã hội đàm với Bộ trưởng Tư pháp Brazil Ana Souza."
    )
    main = extract_events(annotate(text, people, [("sáng 8/6", "2025-06-08", "morning")]))[0]
    assert main.type == "talks"
    assert {name for name, _ in _roles(main)} == {"Trịnh Bá Lộc", "Ana Souza"}


def test_a_leader_named_in_a_since_clause_is_no_side() -> None:
    people = {
        "Kenji Mori": {"titles": ["Bộ trưởng Quốc phòng Nhật Bản"], "country": "JP"},
        "Paul Grant": {"titles": ["Bộ trưởng Quốc phòng Anh"], "country": "GB"},
        "Emma Lowe": {"titles": ["Thủ tướng Anh"], "country": "GB"},
    }
    text = (
        "Ngày 3/2, Bộ trưởng Quốc phòng Nhật Bản Kenji Mori đã điện đàm với Bộ trưởng Quốc phòng "
        "Anh Paul Grant kể từ khi chính phủ của Thủ tướng Anh Emma Lowe nhậm chức."
    )
    main = extract_events(annotate(text, people, [("Ngày 3/2", "2025-02-03")]))[0]
    assert main.type == "phone_call"
    assert {name for name, _ in _roles(main)} == {"Kenji Mori", "Paul Grant"}


def test_the_protocol_reserved_for_heads_of_state_is_no_reception() -> None:
    people = {
        "Lạc Văn Hòa": {"titles": ["Chủ tịch nước"], "country": "VN"},
        "Olav Berg": {"titles": ["Nhà vua Na Uy"], "country": "NO"},
    }
    text = (
        "Sáng 2/6, lễ đón chính thức Chủ tịch nước Lạc Văn Hòa đã được tổ chức tại Cung điện "
        "Hoàng gia theo nghi thức cao nhất dành đón nguyên thủ quốc gia. Sau lễ đón, Nhà vua Na "
        "Uy Olav Berg đã tiếp thân mật Chủ tịch nước Lạc Văn Hòa."
    )
    events = extract_events(annotate(text, people, [("Sáng 2/6", "2025-06-02", "morning")]))
    assert all(e.trigger != "đón" for e in events)
    assert _roles(events[0]) == [("Lạc Văn Hòa", "guest"), ("Olav Berg", "host")]


def test_a_bilateral_video_conference_is_a_call_of_its_two_chairs() -> None:
    people = {
        "Trần Hữu Phước": {"titles": ["Trưởng ban Đối ngoại Trung ương"], "country": "VN"},
        "Sok Pheap": {"titles": ["Trưởng ban Đối ngoại Đảng Nhân dân Campuchia"], "country": "KH"},
    }
    text = (
        "Ngày 9/5, Trưởng ban Đối ngoại Trung ương Trần Hữu Phước cùng Trưởng ban Đối ngoại Đảng "
        "Nhân dân Campuchia Sok Pheap đã đồng chủ trì Hội nghị trực tuyến giữa hai Đảng."
    )
    main = extract_events(annotate(text, people, [("Ngày 9/5", "2025-05-09")]))[0]
    assert main.type == "phone_call"
    assert {name for name, _ in _roles(main)} == {"Trần Hữu Phước", "Sok Pheap"}


def test_a_national_video_conference_is_no_call() -> None:
    people = {"Trần Hữu Phước": {"titles": ["Trưởng ban Đối ngoại Trung ương"], "country": "VN"}}
    text = "Ngày 9/5, ông Trần Hữu Phước dự Hội nghị trực tuyến toàn quốc về công tác đối ngoại."
    events = extract_events(annotate(text, people, [("Ngày 9/5", "2025-05-09")]))
    assert all(e.type != "phone_call" for e in events)


def test_a_sentence_opening_on_the_subjects_trip_makes_the_subject_the_guest() -> None:
    people = {
        "Park Min-ho": {"titles": ["Tổng Giám đốc Cảnh sát Hàn Quốc"], "country": "KR"},
        "Lạc Văn Hòa": {"titles": ["Bộ trưởng Bộ Công an"], "country": "VN"},
    }
    text = (
        "Đang trong chuyến thăm Việt Nam, Tổng Giám đốc Cảnh sát Hàn Quốc Park Min-ho ngày 7/6 đã "
        "có cuộc hội đàm với Bộ trưởng Bộ Công an Lạc Văn Hòa."
    )
    main = extract_events(annotate(text, people, [("ngày 7/6", "2025-06-07")]))[0]
    assert main.type == "talks"
    assert _roles(main) == [("Lạc Văn Hòa", "host"), ("Park Min-ho", "guest")]
