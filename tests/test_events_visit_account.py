"""Which event a visit article tells, each construction in invented words (names, places,
dates and outlets made up for these tests):

* a lead visit, then a reception or talks the next sentence reports and the body refers back
  to ("Tại buổi tiếp", "Tại cuộc hội đàm"): that event is the main one; with no account of it
  (only who welcomed the delegation), the visit stays;
* "Tiếp X có Y": those named after "có" host, those before it are guests;
* an event told "on this occasion" ("Dịp này, ...") is an aside, never the main event;
* a headline "A tiếp kiến B" over a body's "A đã gặp B": one reception.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from vndiplo.model import Event

LAO: Mapping[str, Any] = {
    "Bounmy Phanthavong": {"titles": ["Phó Tỉnh trưởng"], "country": "LA"},
    "Đặng Quốc Hưng": {"titles": ["Bí thư Huyện ủy"], "country": "VN"},
    "Lò Văn Mạnh": {"titles": ["Chủ tịch UBND huyện"], "country": "VN"},
}
LAO_DATES = [("Sáng 14/3/2026", "2026-03-14", "morning")]
LAO_VISIT = (
    "Sáng 14/3/2026, đoàn đại biểu tỉnh Savannakhet (Lào) do ông Bounmy Phanthavong, Phó Tỉnh "
    "trưởng làm trưởng đoàn đã sang thăm và chúc Tết tại huyện Hương Sơn. "
)


def _main(text: str, people: Mapping[str, Any], dates: Any = (), title: str = "") -> Event:
    doc = annotate(text, people, dates, title=title) if title else annotate(text, people, dates)
    return extract_events(doc)[0]


def _roles(event: Event) -> dict[str, str]:
    return {p.name: p.role for p in event.participants}


def test_the_reception_the_body_gives_an_account_of_wins_over_the_lead_visit() -> None:
    text = (
        LAO_VISIT + "Đón tiếp đoàn, về phía huyện Hương Sơn có ông Đặng Quốc Hưng, Bí thư Huyện "
        "ủy và ông Lò Văn Mạnh, Chủ tịch UBND huyện. Hương Sơn là huyện miền núi giáp biên "
        "giới. Tại buổi tiếp, ông Đặng Quốc Hưng cảm ơn tình cảm của tỉnh bạn."
    )
    main = _main(text, LAO, LAO_DATES)
    assert main.type == "reception"
    assert main.date == "2026-03-14"
    roles = _roles(main)
    assert roles["Đặng Quốc Hưng"] == "host"
    assert roles["Lò Văn Mạnh"] == "host"


def test_the_reception_wins_under_a_headline_naming_the_visit() -> None:
    text = (
        LAO_VISIT + "Tiếp Phó Tỉnh trưởng Bounmy Phanthavong có Bí thư Huyện ủy Đặng Quốc Hưng. "
        "Tại buổi tiếp, hai bên trao đổi về hợp tác biên giới."
    )
    main = _main(text, LAO, LAO_DATES, title="Đoàn tỉnh Savannakhet thăm huyện Hương Sơn")
    assert main.type == "reception"
    assert _roles(main) == {"Đặng Quốc Hưng": "host", "Bounmy Phanthavong": "guest"}


def test_the_visit_stays_when_the_body_only_lists_who_welcomed_it() -> None:
    # no "Tại buổi tiếp": the welcomers are part of the visit's account
    text = (
        LAO_VISIT + "Đón tiếp đoàn, về phía huyện Hương Sơn có ông Đặng Quốc Hưng, Bí thư Huyện "
        "ủy. Tại buổi làm việc, hai bên trao đổi về hợp tác biên giới."
    )
    assert _main(text, LAO, LAO_DATES).type == "visit"


def test_the_visit_stays_when_the_reception_is_told_later_than_the_next_sentence() -> None:
    text = (
        LAO_VISIT + "Đoàn đã thăm chợ biên giới Cầu Treo. Chiều cùng ngày, Bí thư Huyện ủy Đặng "
        "Quốc Hưng tiếp đoàn. Tại buổi tiếp, hai bên trao đổi về hợp tác."
    )
    assert _main(text, LAO, LAO_DATES).type == "visit"


CHILE: Mapping[str, Any] = {
    "Mateo Ibáñez": {"titles": ["Tổng thống Chile"], "country": "CL"},
    "Hoàng Đức Trí": {"titles": ["Chủ tịch nước"], "country": "VN"},
}


def test_talks_the_body_refers_back_to_right_after_the_visit_begins() -> None:
    text = (
        "Tổng thống Chile Mateo Ibáñez ngày 8/5 bắt đầu chuyến thăm cấp Nhà nước tới Việt Nam. "
        "Tại cuộc hội đàm với Tổng thống Mateo Ibáñez, Chủ tịch nước Hoàng Đức Trí nhấn mạnh "
        "hai nước cần mở rộng thương mại. Hai bên cũng trao đổi về hợp tác nông nghiệp."
    )
    main = _main(text, CHILE, [("ngày 8/5", "--05-08")])
    assert main.type == "talks"
    assert set(_roles(main)) == {"Mateo Ibáñez", "Hoàng Đức Trí"}


def test_talks_told_as_what_came_before_leave_the_visit_main() -> None:
    text = (
        "Tổng thống Chile Mateo Ibáñez ngày 8/5 bắt đầu chuyến thăm cấp Nhà nước tới Việt Nam. "
        "Trước đó, Chủ tịch nước Hoàng Đức Trí đã hội đàm với Tổng thống Mateo Ibáñez tại "
        "Santiago. Tại cuộc hội đàm, hai bên nhất trí nâng cấp quan hệ."
    )
    assert _main(text, CHILE, [("ngày 8/5", "--05-08")]).type == "visit"


THAI: Mapping[str, Any] = {
    "Lưu Thanh Bình": {"titles": ["Tổng Lãnh sự"], "country": "VN"},
    "Somchai Rattanakul": {"titles": ["Tỉnh trưởng"], "country": "TH"},
}


def test_an_event_told_on_this_occasion_is_an_aside() -> None:
    # a page description copied from the last paragraph, printed above the lead
    text = (
        "Dịp này, Tổng Lãnh sự Lưu Thanh Bình đã tới thăm Trường Đại học Khon Kaen. "
        "Chiều 5/6, Tổng Lãnh sự Lưu Thanh Bình có cuộc gặp với Tỉnh trưởng Somchai "
        "Rattanakul. Dịp này, Tổng Lãnh sự Lưu Thanh Bình đã tới thăm Trường Đại học Khon Kaen."
    )
    main = _main(text, THAI, [("Chiều 5/6", "--06-05", "afternoon")])
    assert main.type == "meeting"
    assert set(_roles(main)) == {"Lưu Thanh Bình", "Somchai Rattanakul"}


def test_an_event_on_this_occasion_stays_main_when_nothing_else_is_told() -> None:
    text = "Nhân dịp này, Tổng Lãnh sự Lưu Thanh Bình đã gặp Tỉnh trưởng Somchai Rattanakul."
    assert _main(text, THAI).type == "meeting"


def test_a_second_message_on_this_occasion_leaves_the_first_main() -> None:
    text = (
        "Nhân dịp Quốc khánh Thái Lan, Tổng Lãnh sự Lưu Thanh Bình đã gửi điện mừng Tỉnh trưởng "
        "Somchai Rattanakul. Cũng nhân dịp này, Tổng Lãnh sự Lưu Thanh Bình gửi thư chúc mừng "
        "Tỉnh trưởng Somchai Rattanakul."
    )
    main = _main(text, THAI)
    assert main.type == "message"
    assert "điện" in main.trigger


RUS: Mapping[str, Any] = {
    "Trịnh Văn Lộc": {"titles": ["Thủ tướng"], "country": "VN"},
    "Pavel Sorokin": {"titles": ["Bộ trưởng Quốc phòng Belarus"], "country": "BY"},
}
RUS_TEXT = (
    "Thủ tướng Trịnh Văn Lộc đã gặp Bộ trưởng Quốc phòng Belarus Pavel Sorokin tại Đà Nẵng. "
    "Bộ trưởng Pavel Sorokin đang ở Việt Nam dự một hội nghị quốc phòng."
)


def test_a_headline_audience_makes_the_body_meeting_a_reception() -> None:
    main = _main(RUS_TEXT, RUS, title="Thủ tướng tiếp kiến Bộ trưởng Quốc phòng Belarus")
    assert main.type == "reception"
    assert main.trigger == "tiếp kiến"
    assert _roles(main) == {"Trịnh Văn Lộc": "host", "Pavel Sorokin": "guest"}


def test_a_headline_reception_makes_the_body_meeting_a_reception() -> None:
    main = _main(RUS_TEXT, RUS, title="Thủ tướng Trịnh Văn Lộc tiếp Bộ trưởng Pavel Sorokin")
    assert main.type == "reception"
    assert _roles(main)["Trịnh Văn Lộc"] == "host"


def test_a_headline_meeting_keeps_the_body_meeting() -> None:
    main = _main(RUS_TEXT, RUS, title="Thủ tướng gặp Bộ trưởng Quốc phòng Belarus")
    assert main.type == "meeting"
