"""Everyone an attendee list names is a participant of the attendance (README round 6), in
invented words: lists opened by their verb (colon and semicolons, "còn có", "có mặt", a fronted
"Về phía ...") and lists closed by it ("... có ông A - <office>, bà B ... tham dự"); not of a
reception, not a list about another meeting, not after another act, not a planned presence."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Hoàng Văn Long": {"titles": ["Bí thư Tỉnh ủy"], "country": "VN"},
    "Bounmy Sayavong": {"titles": ["Phó Chủ tịch nước"], "country": "LA"},
    "Kham Phaivanh": {"titles": ["Tỉnh trưởng"], "country": "LA"},
    "Tanaka Hiroshi": {"titles": ["Tổng Lãnh sự Nhật Bản"], "country": "JP"},
    "Maria Lopez": {"titles": ["Tổng Lãnh sự Mexico"], "country": "MX"},
    "Kim Soo-min": {"titles": ["Lãnh sự Hàn Quốc"], "country": "KR"},
}
_LEAD = (
    "Sáng 14/9, đoàn công tác tỉnh Quảng Trị do Bí thư Tỉnh ủy Hoàng Văn Long dẫn đầu đã dự "
    "lễ kỷ niệm ngày thành lập tỉnh Savannakhet. "
)
_DATES = [("Sáng 14/9", "--09-14", "morning")]
_ALL = ["Hoàng Văn Long", "Bounmy Sayavong", "Kham Phaivanh"]


def _main(text: str, dates: Any = _DATES) -> Event:
    return extract_events(annotate(text, PEOPLE, dates))[0]


def _names(event: Event) -> list[str]:
    return [p.name for p in event.participants]


@pytest.mark.parametrize(
    "listing",
    [
        # colon and semicolons, offices after each name
        "Tới dự lễ kỷ niệm có các vị: Bounmy Sayavong, Phó Chủ tịch nước Lào; Kham Phaivanh, "
        "Tỉnh trưởng tỉnh Savannakhet; cùng đại diện các sở, ngành.",
        # "Cùng tham dự ... còn có", commas and "và", titles before the names
        "Cùng tham dự lễ kỷ niệm còn có Phó Chủ tịch nước Lào Bounmy Sayavong và Tỉnh trưởng "
        "Kham Phaivanh.",
        # "có mặt" and a dash between name and office
        "Có mặt tại buổi lễ có ông Bounmy Sayavong - Phó Chủ tịch nước Lào, ông Kham Phaivanh "
        "- Tỉnh trưởng.",
        # a fronted side, then the verb
        "Về phía bạn, tới dự có Phó Chủ tịch nước Bounmy Sayavong, Tỉnh trưởng Kham Phaivanh.",
        # the list closed by its verb, a sentence further on
        "Buổi lễ diễn ra trang trọng. Về phía Lào có ông Bounmy Sayavong, Phó Chủ tịch nước, "
        "ông Kham Phaivanh - Tỉnh trưởng cùng nhiều quan chức địa phương tham dự.",
    ],
)
def test_everyone_listed_attends(listing: str) -> None:
    main = _main(_LEAD + listing)
    assert main.type == "attend"
    assert sorted(_names(main)) == sorted(_ALL)
    assert {p.role for p in main.participants} == {"participant"}


def test_a_list_closed_by_the_attendance_verb_itself() -> None:
    # the only attendance is the verb that closes the list: all of the listed attend
    text = (
        "Tối 20/10, chương trình giao lưu văn hóa các nước được tổ chức tại Cần Thơ. Về phía "
        "nước ngoài có ông Tanaka Hiroshi (Hiroshi Tanaka) - Tổng Lãnh sự Nhật Bản, bà Maria "
        "Lopez - Tổng Lãnh sự Mexico, ông Kim Soo-min, Lãnh sự Hàn Quốc và sinh viên tham dự."
    )
    main = _main(text, [("Tối 20/10", "--10-20", "evening")])
    assert main.type == "attend"
    assert sorted(_names(main)) == ["Kim Soo-min", "Maria Lopez", "Tanaka Hiroshi"]


def test_a_reception_keeps_its_two_heads() -> None:
    text = (
        "Chiều 3/4, Bí thư Tỉnh ủy Hoàng Văn Long đã tiếp Phó Chủ tịch nước Lào Bounmy "
        "Sayavong. Cùng tham dự buổi tiếp có Tỉnh trưởng Kham Phaivanh."
    )
    main = _main(text, [("Chiều 3/4", "--04-03", "afternoon")])
    assert main.type == "reception"
    assert "Kham Phaivanh" not in _names(main)


def test_a_list_about_another_meeting_adds_no_one() -> None:
    main = _main(_LEAD + "Tham dự buổi hội đàm sau lễ có Tỉnh trưởng Kham Phaivanh.")
    assert main.type == "attend"
    assert "Kham Phaivanh" not in _names(main)


def test_a_list_after_another_act_is_that_acts() -> None:
    main = _main(
        _LEAD + "Chiều cùng ngày, Bí thư Tỉnh ủy Hoàng Văn Long đã thăm Nhà máy thủy điện "
        "Xekaman. Tham dự có Tỉnh trưởng Kham Phaivanh."
    )
    assert main.type == "attend"
    assert "Kham Phaivanh" not in _names(main)


def test_a_planned_presence_is_no_attendance() -> None:
    main = _main(_LEAD + "Dự kiến có Tỉnh trưởng Kham Phaivanh sẽ tham dự buổi gặp mặt tối nay.")
    assert "Kham Phaivanh" not in _names(main)
