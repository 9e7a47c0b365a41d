"""Which event is the article's, each construction in invented words: a visit said to be going
on is the background of the talks its sentence reports; with no event naming its people the
headline's event wins; a legal text's scope ("quy định ... đón, tiếp các đoàn") is no event."""

from __future__ import annotations

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate
from vndiplo_events.testing import roles as _roles

PEOPLE = {
    "Hà Minh Tuấn": {"titles": ["Thủ tướng"], "country": "VN"},
    "Carla Mendes": {"titles": ["Tổng thống Bồ Đào Nha"], "country": "PT"},
}
MEETING_TYPES = {"reception", "meeting", "talks", "phone_call", "visit", "signing"}


def test_an_ongoing_visit_is_the_background_of_the_talks_of_its_sentence() -> None:
    text = (
        "Tối 12-5, tại Lisboa, Thủ tướng Hà Minh Tuấn đang ở thăm chính thức Bồ Đào Nha đã hội "
        "đàm với Tổng thống Bồ Đào Nha Carla Mendes."
    )
    main = extract_events(annotate(text, PEOPLE, [("Tối 12-5", "2025-05-12", "evening")]))[0]
    assert main.type == "talks"
    assert main.trigger == "hội đàm"
    assert {name for name, _ in _roles(main)} == {"Hà Minh Tuấn", "Carla Mendes"}


def test_a_visit_going_on_in_a_trip_of_its_own_stays_main() -> None:
    text = (
        "Tối 12-5, Thủ tướng Hà Minh Tuấn đang có chuyến thăm chính thức Bồ Đào Nha theo lời "
        "mời của Tổng thống Bồ Đào Nha Carla Mendes."
    )
    main = extract_events(annotate(text, PEOPLE, [("Tối 12-5", "2025-05-12", "evening")]))[0]
    assert main.type == "visit"


def test_with_no_one_named_the_headline_picks_among_the_events() -> None:
    text = (
        "Ngày 8.10, tại TP Cần Thơ, tỉnh Hậu Giang có hội nghị gặp gỡ, trao đổi với đoàn hai "
        "tỉnh Nam Lào và ký kết biên bản hợp tác giai đoạn mới."
    )
    doc = annotate(
        text,
        (),
        [("Ngày 8.10", "2025-10-08")],
        title="Hậu Giang ký kết hợp tác với hai tỉnh của Lào",
    )
    main = extract_events(doc)[0]
    assert main.type == "signing"
    assert main.trigger == "ký kết"


def test_without_a_headline_the_first_event_stays() -> None:
    text = (
        "Ngày 8.10, tại TP Cần Thơ, tỉnh Hậu Giang có hội nghị gặp gỡ, trao đổi với đoàn hai "
        "tỉnh Nam Lào và ký kết biên bản hợp tác giai đoạn mới."
    )
    main = extract_events(annotate(text, (), [("Ngày 8.10", "2025-10-08")]))[0]
    assert main.type == "meeting"


def test_what_a_decree_governs_is_no_meeting() -> None:
    text = (
        "Nghị định mới quy định nghi thức đối ngoại, gồm đón, tiếp các đoàn khách cấp cao nước "
        "ngoài sang thăm, và nghi thức tiễn lãnh đạo đi dự hội nghị quốc tế."
    )
    events = extract_events(annotate(text, ()))
    assert not any(e.type in MEETING_TYPES and not e.referenced for e in events[:1])


def test_a_reception_with_its_sides_is_no_rule_scope() -> None:
    text = (
        "Theo quy định mới về lễ tân, sáng 3-6, Thủ tướng Hà Minh Tuấn đã tiếp Tổng thống Bồ Đào "
        "Nha Carla Mendes."
    )
    main = extract_events(annotate(text, PEOPLE, [("sáng 3-6", "2025-06-03", "morning")]))[0]
    assert main.type == "reception"
    assert not main.referenced


WELCOME = (
    "Thủ tướng Hà Minh Tuấn đón Tổng thống Bồ Đào Nha Carla Mendes tại chân cầu thang máy "
    "bay. Hai nhà lãnh đạo chụp ảnh lưu niệm, sau đó tiến hành hội đàm."
)


def test_talks_right_after_the_welcome_are_the_event_and_keep_its_sides() -> None:
    main = extract_events(annotate(WELCOME, PEOPLE))[0]
    assert main.type == "talks"
    assert sorted(_roles(main)) == [("Carla Mendes", "guest"), ("Hà Minh Tuấn", "host")]


def test_a_welcome_the_headline_names_stays_main() -> None:
    doc = annotate(WELCOME, PEOPLE, title="Thủ tướng đón Tổng thống Bồ Đào Nha")
    assert extract_events(doc)[0].type == "reception"
