"""Sides listed across ";" with each item's titles before the name, in invented words (round
4, ev4e): every item of "Đón tiếp đoàn có: A; B; C" hosts the visit, and every item of "hội
kiến với Tổng thống A; Thủ tướng B" is the meeting's other side."""

from __future__ import annotations

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, roles, titled

WELCOME = (
    "Ngày 7-4, Tổng Lãnh sự Hàn Quốc tại Đà Nẵng Kim Dong-su cùng phu nhân đã bắt đầu chuyến "
    "thăm và làm việc tại Quảng Ngãi. Đón tiếp và làm việc với đoàn có: {hosts}."
)
PEOPLE = titled(
    {
        "Kim Dong-su": ("Tổng Lãnh sự Hàn Quốc tại Đà Nẵng", "KR"),
        "Phạm Văn Minh": ("Bí thư Tỉnh ủy", "VN"),
        "Trần Thị Hoa": ("Phó Bí thư Thường trực Tỉnh ủy", "VN"),
        "Lê Quốc Bảo": ("Chủ tịch UBND tỉnh", "VN"),
    }
)


def test_each_item_of_a_welcoming_list_hosts_the_visit() -> None:
    hosts = (
        "Bí thư Tỉnh ủy Phạm Văn Minh; Phó Bí thư Thường trực Tỉnh ủy Trần Thị Hoa; "
        "Chủ tịch UBND tỉnh Lê Quốc Bảo"
    )
    main = extract_events(annotate(WELCOME.format(hosts=hosts), PEOPLE))[0]
    assert main.type == "visit"
    assert roles(main) == [
        ("Kim Dong-su", "guest"),
        ("Lê Quốc Bảo", "host"),
        ("Phạm Văn Minh", "host"),
        ("Trần Thị Hoa", "host"),
    ]


def test_an_item_with_an_honorific_or_and_joins_the_list() -> None:
    hosts = "ông Phạm Văn Minh, Bí thư Tỉnh ủy; và bà Trần Thị Hoa, Phó Bí thư Tỉnh ủy"
    main = extract_events(annotate(WELCOME.format(hosts=hosts), PEOPLE))[0]
    assert ("Trần Thị Hoa", "host") in roles(main)


def test_an_item_naming_nobody_ends_the_welcoming_list() -> None:
    hosts = (
        "Bí thư Tỉnh ủy Phạm Văn Minh; đại diện các sở, ngành liên quan; "
        "Chủ tịch UBND tỉnh Lê Quốc Bảo"
    )
    main = extract_events(annotate(WELCOME.format(hosts=hosts), PEOPLE))[0]
    assert roles(main) == [("Kim Dong-su", "guest"), ("Phạm Văn Minh", "host")]


CALLS = (
    "Chiều 3/6, tại Thủ đô Phnôm Pênh, Chủ tịch Quốc hội Hoàng Văn Lợi đã có các cuộc hội "
    "kiến với Quốc vương Campuchia Norodom Vichea; {second}."
)
CALL_PEOPLE = titled(
    {
        "Hoàng Văn Lợi": ("Chủ tịch Quốc hội", "VN"),
        "Norodom Vichea": ("Quốc vương Campuchia", "KH"),
        "Sok Chanthy": ("Thủ tướng Campuchia", "KH"),
    }
)


def test_each_titled_item_after_a_meeting_verb_is_its_other_side() -> None:
    for second in ("Thủ tướng Campuchia Sok Chanthy", "và Thủ tướng Sok Chanthy"):
        main = extract_events(annotate(CALLS.format(second=second), CALL_PEOPLE))[0]
        assert main.type == "meeting"
        assert roles(main) == [
            ("Hoàng Văn Lợi", "guest"),
            ("Norodom Vichea", "host"),
            ("Sok Chanthy", "host"),
        ], second


def test_a_clause_after_the_semicolon_is_no_item() -> None:
    second = "sau đó Thủ tướng Sok Chanthy đã tiếp đoàn"
    main = extract_events(annotate(CALLS.format(second=second), CALL_PEOPLE))[0]
    assert main.type == "meeting"
    assert roles(main) == [("Hoàng Văn Lợi", "guest"), ("Norodom Vichea", "host")]
