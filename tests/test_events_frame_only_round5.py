"""Events known only through a frame, and the headline's talks, in invented words.

A page that lost its lead may tell its meeting only as "Tại cuộc gặp, A cảm ơn B ..." or
"Trong khuôn khổ buổi gặp, A ...": the clause after the noun gives the sides, and thanks for
being received make it B's reception of A. A headline "A hội đàm với B" over a body that says
only "A có cuộc gặp với B", or only tells A's visit, is about the talks."""

from __future__ import annotations

from vndiplo_events import extract_events
from vndiplo_events.headline_event import named_in_headline
from vndiplo_events.testing import annotate, roles

from vndiplo import Event

_PEOPLE = {
    "Lê Minh Khoa": {"titles": ["Trưởng ban Đối ngoại Tỉnh ủy"], "country": "VN"},
    "Sok Vanna": {"titles": ["Bộ trưởng Bộ Du lịch Campuchia"], "country": "KH"},
    "Chea Sophal": {"titles": ["Thứ trưởng"], "country": "KH"},
}
_LEADERS = {
    "Đặng Văn Toàn": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Phan Bội Châu": {"titles": ["Chủ tịch"], "country": "VN"},
    "Miguel Ortega": {"titles": ["Tổng thống Chile"], "country": "CL"},
    "Ana Ruiz": {"titles": ["Bộ trưởng Ngoại giao Chile"], "country": "CL"},
}


def _main(text: str, title: str = "", dates: list[tuple[str, str]] | None = None) -> Event:
    doc = annotate(text, {**_PEOPLE, **_LEADERS}, dates or [], title=title or None)
    return extract_events(doc)[0]


def test_thanks_for_being_received_make_the_frame_a_reception() -> None:
    main = _main(
        "Tại buổi gặp, Trưởng ban Lê Minh Khoa cảm ơn Bộ trưởng Sok Vanna đã dành thời gian "
        "quý báu tiếp đoàn; giới thiệu về tình hình của tỉnh. Cũng trong chiều 4/3, Đoàn đã "
        "đến thăm và làm việc với Hội hữu nghị Campuchia - Việt Nam.",
        "Đoàn Ban Đối ngoại Tỉnh ủy thăm và làm việc tại Campuchia",
    )
    assert (main.type, main.trigger) == ("reception", "tiếp")
    assert roles(main) == [("Lê Minh Khoa", "guest"), ("Sok Vanna", "host")]


def test_a_welcome_thanked_for_is_a_reception_too() -> None:
    main = _main(
        "Tại cuộc gặp, Trưởng ban Lê Minh Khoa chân thành cảm ơn Bộ trưởng Sok Vanna đã đón "
        "tiếp đoàn chu đáo."
    )
    assert main.type == "reception"
    assert ("Sok Vanna", "host") in roles(main)


def test_a_bare_meeting_frame_is_the_meeting_itself() -> None:
    main = _main(
        "Trong khuôn khổ buổi gặp, Trưởng ban Lê Minh Khoa trao cho Bộ trưởng Sok Vanna bức "
        "ảnh lưu niệm về các cựu chiến binh đã chiến đấu tại Phnôm Pênh."
    )
    assert (main.type, main.trigger) == ("meeting", "gặp")
    assert {name for name, _ in roles(main)} == {"Lê Minh Khoa", "Sok Vanna"}
    # the place of what the clause tells is not the meeting's
    assert main.location is None


def test_coordinated_sides_after_the_frame_are_both_sides() -> None:
    main = _main(
        "Tại cuộc hội đàm, Trưởng ban Lê Minh Khoa và Bộ trưởng Sok Vanna đã trao đổi về hợp "
        "tác du lịch."
    )
    assert main.type == "talks"
    assert {name for name, _ in roles(main)} == {"Lê Minh Khoa", "Sok Vanna"}


def test_a_frame_about_a_trip_stays_a_frame() -> None:
    main = _main(
        "Trong khuôn khổ chuyến thăm, Trưởng ban Lê Minh Khoa đã hội đàm với Bộ trưởng Sok "
        "Vanna tại Phnôm Pênh."
    )
    assert main.type == "talks"


def test_a_person_told_about_is_no_thanked_host() -> None:
    main = _main(
        "Tại cuộc gặp, Trưởng ban Lê Minh Khoa cho biết Bộ trưởng Sok Vanna đã tiếp đoàn "
        "doanh nghiệp tỉnh năm ngoái."
    )
    assert ("Lê Minh Khoa", "guest") not in roles(main)


def test_the_frame_does_not_override_a_reported_meeting_before_it() -> None:
    main = _main(
        "Sáng 4/3, Trưởng ban Lê Minh Khoa tiếp Thứ trưởng Chea Sophal. Tại cuộc gặp, Trưởng "
        "ban Lê Minh Khoa cảm ơn Bộ trưởng Sok Vanna đã tiếp đoàn.",
        dates=[("Sáng 4/3", "--03-04")],
    )
    assert roles(main) == [("Chea Sophal", "guest"), ("Lê Minh Khoa", "host")]


def test_the_headlines_talks_name_the_bodys_generic_meeting() -> None:
    main = _main(
        "Chiều cùng ngày, Chủ tịch nước Đặng Văn Toàn đã tới Valparaíso và có cuộc gặp gỡ với "
        "Tổng thống Miguel Ortega.",
        "Chủ tịch nước hội đàm với Tổng thống Chile Miguel Ortega",
    )
    assert (main.type, main.trigger) == ("talks", "hội đàm")


def test_a_precise_meeting_word_keeps_its_type() -> None:
    main = _main(
        "Chiều cùng ngày, Chủ tịch nước Đặng Văn Toàn đã hội kiến Tổng thống Miguel Ortega.",
        "Chủ tịch nước hội đàm với Tổng thống Chile Miguel Ortega",
    )
    assert main.type == "meeting"


def test_a_meeting_with_someone_the_headline_does_not_name_keeps_its_type() -> None:
    main = _main(
        "Chiều cùng ngày, Chủ tịch nước Đặng Văn Toàn đã có cuộc gặp với Bộ trưởng Ngoại giao "
        "Ana Ruiz.",
        "Chủ tịch nước hội đàm với Tổng thống Chile Miguel Ortega",
    )
    assert main.type == "meeting"


def test_a_headline_of_meeting_and_talks_keeps_the_bodys_meeting() -> None:
    main = _main(
        "Chiều cùng ngày, Chủ tịch nước Đặng Văn Toàn đã có cuộc gặp với Tổng thống Miguel Ortega.",
        "Chủ tịch nước gặp và hội đàm với Tổng thống Chile Miguel Ortega",
    )
    assert main.type == "meeting"


def test_a_lone_visit_gives_way_to_the_headlines_talks_with_the_visitor_as_guest() -> None:
    main = _main(
        "Sáng 3/5, Chủ tịch nước Đặng Văn Toàn lên đường thăm chính thức Chile. Tổng thống "
        "Miguel Ortega vừa tái đắc cử hồi tháng 3.",
        "Chủ tịch nước Đặng Văn Toàn sẽ hội đàm với Tổng thống Miguel Ortega ở Santiago",
    )
    assert main.type == "talks"
    assert roles(main) == [("Miguel Ortega", "host"), ("Đặng Văn Toàn", "guest")]


def test_a_headline_naming_the_visit_keeps_the_visit() -> None:
    main = _main(
        "Sáng 3/5, Chủ tịch nước Đặng Văn Toàn lên đường thăm chính thức Chile. Tổng thống "
        "Miguel Ortega vừa tái đắc cử hồi tháng 3.",
        "Chủ tịch nước thăm Chile và hội đàm với Tổng thống Miguel Ortega",
    )
    assert main.type == "visit"


def test_a_short_title_inside_a_longer_one_names_no_one_in_the_headline() -> None:
    doc = annotate("Chủ tịch nước Đặng Văn Toàn gặp Chủ tịch Phan Bội Châu.", _LEADERS)
    named = named_in_headline("chủ tịch nước hội đàm với tổng thống chile", doc.people)
    assert [p.name for _, p in named] == ["Đặng Văn Toàn"]
