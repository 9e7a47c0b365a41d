"""Who travelled, in invented words (round 4, ev4e): a third-country verdict drawn from a side
whose country is only the default yields to a visit the wording tells of, and a visit told in
a subjectless opening clause ("Rất vui được sang thăm ..., Tổng thống X nói") has the person
opening the main clause as its visitor."""

from __future__ import annotations

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, roles


def test_an_envoy_come_to_visit_a_foreign_seat_is_the_guest() -> None:
    # the director's title names no country: he may be at home at a Seoul seat
    text = (
        "Ngày 4/7, tại trụ sở Hãng thông tấn Hàn Quốc ở Seoul, Tổng Giám đốc Park Min-ho đã "
        "tiếp xúc Đại sứ Việt Nam tại Hàn Quốc Lê Quang Vinh và cán bộ sứ quán đến thăm."
    )
    people = {
        "Park Min-ho": {"titles": ["Tổng Giám đốc"], "country": "VN"},
        "Lê Quang Vinh": {"titles": ["Đại sứ Việt Nam tại Hàn Quốc"], "country": "VN"},
    }
    text = text.replace("tiếp xúc", "hội kiến")
    main = extract_events(annotate(text, people))[0]
    assert main.type == "meeting"
    assert roles(main) == [("Lê Quang Vinh", "guest"), ("Park Min-ho", "host")]


def test_an_envoy_come_on_a_working_visit_is_the_guest_too() -> None:
    text = (
        "Ngày 4/7, tại trụ sở Đài Truyền hình Nhật Bản ở Tokyo, Chủ tịch Sato Ken đã gặp Đại "
        "sứ Việt Nam tại Nhật Bản Phạm Hòa đang làm việc tại Tokyo."
    )
    people = {
        "Sato Ken": {"titles": ["Chủ tịch"], "country": "VN"},
        "Phạm Hòa": {"titles": ["Đại sứ Việt Nam tại Nhật Bản"], "country": "VN"},
    }
    main = extract_events(annotate(text, people))[0]
    assert roles(main) == [("Phạm Hòa", "guest"), ("Sato Ken", "host")]


def test_leaders_come_to_a_summit_abroad_meet_as_equals() -> None:
    # attending a summit in a third country says nothing of who hosts the meeting
    text = (
        "Ngày 2/10, tại Bắc Kinh (Trung Quốc), nhân dịp tham dự Hội nghị cấp cao khu vực, "
        "Thủ tướng Lê Minh Tâm đã có cuộc gặp với Thủ tướng Lào Sonexay Phommavong."
    )
    people = {
        "Lê Minh Tâm": {"titles": ["Thủ tướng"], "country": "VN"},
        "Sonexay Phommavong": {"titles": ["Thủ tướng Lào"], "country": "LA"},
    }
    main = extract_events(annotate(text, people))[0]
    assert roles(main) == [("Lê Minh Tâm", "participant"), ("Sonexay Phommavong", "participant")]


def test_sides_of_stated_countries_in_a_third_country_stay_participants() -> None:
    text = (
        "Ngày 9/3, tại Viêng Chăn (Lào), Bộ trưởng Ngoại giao Việt Nam Hồ Văn Phú đã gặp "
        "Ngoại trưởng Thái Lan Somchai Kittikul đến thăm Lào."
    )
    people = {
        "Hồ Văn Phú": {"titles": ["Bộ trưởng Ngoại giao Việt Nam"], "country": "VN"},
        "Somchai Kittikul": {"titles": ["Ngoại trưởng Thái Lan"], "country": "TH"},
    }
    main = extract_events(annotate(text, people))[0]
    assert {r for _, r in roles(main)} == {"participant"}


FRONTED = (
    "Tại cuộc hội kiến, Thủ tướng Trần Văn Hải bày tỏ vui mừng gặp lại Tổng thống Carlos "
    "Mendoza.\n\n"
    "{opening} Việt Nam một lần nữa, Tổng thống Carlos Mendoza cho biết Peru coi trọng quan "
    "hệ với Việt Nam."
)
FRONTED_PEOPLE = {
    "Trần Văn Hải": {"titles": ["Thủ tướng"], "country": "VN"},
    "Carlos Mendoza": {"titles": ["Tổng thống"]},
}


def test_a_visit_in_a_subjectless_opening_clause_makes_the_next_subject_the_visitor() -> None:
    for opening in (
        "Bày tỏ vui mừng đến thăm",
        "Rất vui mừng được trở lại thăm",
        "Hân hạnh lần đầu tiên sang thăm",
        "Sang thăm",
    ):
        text = FRONTED.format(opening=opening)
        events = extract_events(annotate(text, FRONTED_PEOPLE))
        main = events[0]
        assert main.type == "meeting", opening
        assert roles(main) == [("Carlos Mendoza", "guest"), ("Trần Văn Hải", "host")], opening
        visit = next(e for e in events if e.type == "visit")
        assert roles(visit) == [("Carlos Mendoza", "guest")]


def test_a_long_subordinate_opening_names_no_visitor() -> None:
    # a concessive clause about the trip is no participle of the main clause's subject
    text = FRONTED.format(opening="Mặc dù lịch làm việc trong chuyến thăm")
    events = extract_events(annotate(text, FRONTED_PEOPLE))
    visit = next((e for e in events if e.type == "visit"), None)
    assert visit is None or roles(visit) == []
