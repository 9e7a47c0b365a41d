"""The other side named far from the event, in invented words (round 4): the one head of the
delegation a reception of "đoàn" received, and the addressee of a quoted letter."""

from __future__ import annotations

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, roles

_HOST = {"Trần Quốc Bảo": {"titles": ["Phó Chủ tịch UBND tỉnh Bình Định"], "country": "VN"}}


def _reception(head_sentence: str, head: dict[str, dict[str, object]]) -> list[tuple[str, str]]:
    text = (
        "Phó Chủ tịch UBND tỉnh Bình Định Trần Quốc Bảo đã tiếp và làm việc với đoàn.\n"
        "Tại buổi tiếp, Phó Chủ tịch Trần Quốc Bảo giới thiệu tiềm năng của tỉnh. "
        "Hai bên đã hợp tác từ năm 2016. Ông mong hợp tác sẽ mở rộng.\n"
        f"{head_sentence}\n"
    )
    return roles(extract_events(annotate(text, {**_HOST, **head}))[0])


def test_the_one_head_of_delegation_named_later_is_the_guest() -> None:
    head = {"Tanaka Hiroshi": {"titles": ["Thị trưởng thành phố Kofu", "Trưởng đoàn"]}}
    got = _reception(
        "Ông Tanaka Hiroshi - Thị trưởng thành phố Kofu (làm Trưởng đoàn) cảm ơn tỉnh.", head
    )
    assert got == [("Tanaka Hiroshi", "guest"), ("Trần Quốc Bảo", "host")]


def test_two_heads_of_delegation_leave_the_guest_open() -> None:
    head = {
        "Tanaka Hiroshi": {"titles": ["Trưởng đoàn"]},
        "Mori Akira": {"titles": ["Trưởng đoàn"]},
    }
    got = _reception("Trưởng đoàn Tanaka Hiroshi và Trưởng đoàn Mori Akira phát biểu.", head)
    assert got == [("Trần Quốc Bảo", "host")]


def test_a_deputy_head_is_no_head() -> None:
    head = {"Mori Akira": {"titles": ["Phó Trưởng đoàn"]}}
    assert _reception("Phó Trưởng đoàn Mori Akira phát biểu.", head) == [("Trần Quốc Bảo", "host")]


_SENDER = {"Hà Thu Trang": {"titles": ["Chủ tịch Hội Hữu nghị Việt - Mông"], "country": "VN"}}


def _letter(address: str) -> list[tuple[str, str]]:
    text = (
        "Nhân dịp Quốc khánh Mông Cổ, bà Hà Thu Trang đã gửi thư chúc mừng.\n\n"
        "Nội dung bức thư như sau:\n\n"
        f"{address} Batbayar Dorj, Chủ tịch Hội Hữu nghị Mông - Việt những lời chúc tốt đẹp.\n"
    )
    people = {**_SENDER, "Batbayar Dorj": {"titles": ["Chủ tịch"], "country": "MN"}}
    return roles(extract_events(annotate(text, people))[0])


def test_the_addressee_of_a_quoted_letter_takes_part() -> None:
    want = [("Batbayar Dorj", "participant"), ("Hà Thu Trang", "participant")]
    assert _letter("Thay mặt Hội, tôi trân trọng gửi đến đồng chí") == want
    assert _letter("Tôi xin gửi tới Ngài") == want


def test_kinh_gui_names_the_addressee() -> None:
    text = (
        "Bà Hà Thu Trang đã gửi thư chúc mừng.\n\nKính gửi: Ngài Batbayar Dorj, Chủ tịch Hội "
        "Hữu nghị Mông - Việt\n\nNhân dịp Quốc khánh, xin chúc Ngài sức khỏe.\n"
    )
    people = {**_SENDER, "Batbayar Dorj": {"titles": ["Chủ tịch"], "country": "MN"}}
    main = extract_events(annotate(text, people))[0]
    assert roles(main) == [("Batbayar Dorj", "participant"), ("Hà Thu Trang", "participant")]
