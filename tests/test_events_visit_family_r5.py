"""Which event of a visit family is the main one, and the trigger words around it, each
construction in invented words: a visit verb chained to the act it consists of, the acts told
"during the visit", a later sentence that gives the trip's span, a visit welcomed by a named
leader, and the vocabulary of exequaturs, working sessions and yearly meetings."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Lò Văn Khiêm": {"titles": ["Chủ tịch Ủy ban MTTQ tỉnh"], "country": "VN"},
    "Somphet Inthavong": {"titles": ["Bí thư Tỉnh ủy"], "country": "LA"},
    "Trịnh Hữu Lộc": {"titles": ["Bộ trưởng Ngoại giao"], "country": "VN"},
    "Eleni Markou": {"titles": ["Bộ trưởng Ngoại giao"], "country": "GR"},
    "Nikos Petrakis": {"titles": ["Tổng thống"], "country": "GR"},
    "Phan Đức Tài": {"titles": ["Cục trưởng Cục Lãnh sự"], "country": "VN"},
    "Mã Kiến Hoa": {"titles": ["Tổng lãnh sự"], "country": "CN"},
    "Đào Minh Quân": {"titles": ["Chủ tịch UBND tỉnh"], "country": "VN"},
    "Hà Thanh Sơn": {"titles": ["Thủ tướng"], "country": "VN"},
    "Arun Mehta": {"titles": ["Thủ tướng"], "country": "IN"},
    "Vũ Quang Hưng": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Kim Ha-neul": {"titles": ["Ngoại trưởng"], "country": "KR"},
    "Lê Bảo Châu": {"titles": ["Thủ tướng"], "country": "VN"},
}


def _events(text: str, dates: Any = (), **fields: Any) -> list[Event]:
    return extract_events(annotate(text, PEOPLE, dates, **fields))


def _sides(event: Event) -> list[tuple[str, str]]:
    return sorted((p.name, p.role) for p in event.participants)


@pytest.mark.parametrize("joint", ["và", ","])
def test_a_visit_verb_chained_to_a_courtesy_call_gives_way_to_the_call(joint: str) -> None:
    text = (
        "Chiều 3-9, Đoàn công tác tỉnh Hòa Sơn do ông Lò Văn Khiêm làm Trưởng đoàn đã đến thăm"
        f"{joint} chào xã giao ông Somphet Inthavong, Bí thư Tỉnh ủy tỉnh Xiengkhuang."
    )
    main = _events(text, title="Đoàn tỉnh Hòa Sơn thăm tỉnh Xiengkhuang")[0]
    assert main.type == "reception"
    assert _sides(main) == [("Lò Văn Khiêm", "guest"), ("Somphet Inthavong", "host")]


def test_a_visit_with_its_own_destination_stays_the_main_event() -> None:
    text = (
        "Chiều 3-9, ông Lò Văn Khiêm đã đến thăm tỉnh Xiengkhuang. Tối cùng ngày, ông Somphet "
        "Inthavong tiếp ông Lò Văn Khiêm."
    )
    assert _events(text)[0].type == "visit"


@pytest.mark.parametrize("opening", ["Trong thời gian chuyến thăm", "Trong suốt chuyến thăm"])
def test_acts_told_during_the_visit_never_beat_the_visit(opening: str) -> None:
    text = (
        f"{opening}, Bộ trưởng Ngoại giao Trịnh Hữu Lộc đã hội đàm với Bộ trưởng Ngoại giao "
        "Eleni Markou, tiếp kiến Tổng thống Nikos Petrakis và gặp gỡ cộng đồng người Việt."
    )
    main = _events(text, title="Bộ trưởng Trịnh Hữu Lộc thăm chính thức Hy Lạp")[0]
    assert main.type == "visit"
    assert _sides(main) == [("Trịnh Hữu Lộc", "guest")]


def test_a_visit_framing_one_act_is_not_made_main() -> None:
    text = (
        "Trong khuôn khổ chuyến thăm, Bộ trưởng Ngoại giao Trịnh Hữu Lộc đã hội đàm với Bộ trưởng "
        "Ngoại giao Eleni Markou."
    )
    assert _events(text)[0].type == "talks"


@pytest.mark.parametrize(
    "later",
    [
        "Chuyến thăm diễn ra từ ngày 4/3 đến ngày 9/3/2027.",
        "Theo lịch trình, Đoàn đi thăm làm việc tại một số địa phương trong 6 ngày, "
        "từ ngày 4/3 đến ngày 9/3/2027.",
    ],
)
def test_a_later_sentence_gives_the_lead_visit_its_span(later: str) -> None:
    text = f"Sáng ngày 4/3/2027, Thủ tướng Lê Bảo Châu lên đường thăm chính thức Ấn Độ. {later}"
    span = later[later.index("từ ngày") :].rstrip(".")
    main = _events(
        text, [("Sáng ngày 4/3/2027", "2027-03-04", "morning"), (span, "2027-03-04/2027-03-09")]
    )[0]
    assert main.type == "visit"
    assert main.date == "2027-03-04/2027-03-09"
    assert main.part_of_day is None


def test_a_span_that_does_not_hold_the_visit_day_is_another_trip() -> None:
    text = (
        "Sáng ngày 4/3/2027, Thủ tướng Lê Bảo Châu lên đường thăm chính thức Ấn Độ. "
        "Chuyến thăm trước diễn ra từ ngày 10/5 đến ngày 12/5/2025."
    )
    dates = [
        ("Sáng ngày 4/3/2027", "2027-03-04", "morning"),
        ("từ ngày 10/5 đến ngày 12/5/2025", "2025-05-10/2025-05-12"),
    ]
    assert _events(text, dates)[0].date == "2027-03-04"


def test_a_visit_welcomed_by_a_leader_is_embedded_even_after_bi_thu() -> None:
    text = (
        "Tổng Bí thư hoan nghênh Ngoại trưởng Kim Ha-neul thăm Việt Nam. "
        "Chiều 2/4, Chủ tịch nước Vũ Quang Hưng đã tiếp Ngoại trưởng Kim Ha-neul."
    )
    main = _events(text)[0]
    assert main.type == "reception"
    assert _sides(main) == [("Kim Ha-neul", "guest"), ("Vũ Quang Hưng", "host")]


@pytest.mark.parametrize("paper", ["Giấy chấp nhận Lãnh sự", "Bằng chấp nhận lãnh sự"])
def test_handing_over_an_exequatur_is_an_other_event(paper: str) -> None:
    text = (
        f"Ngày 8/10, Cục trưởng Cục Lãnh sự Phan Đức Tài đã trao {paper} cho ông Mã Kiến Hoa, "
        "Tổng lãnh sự mới tại Đà Nẵng."
    )
    main = _events(text, [("Ngày 8/10", "--10-08")])[0]
    assert (main.type, main.trigger) == ("other", "trao")
    assert _sides(main) == [("Mã Kiến Hoa", "participant"), ("Phan Đức Tài", "participant")]


def test_chairing_a_working_session_is_a_meeting() -> None:
    text = "Ông Đào Minh Quân, Chủ tịch UBND tỉnh, chủ trì buổi làm việc với đoàn doanh nghiệp."
    main = _events(text)[0]
    assert (main.type, main.trigger) == ("meeting", "buổi làm việc")
    assert [p.name for p in main.participants] == ["Đào Minh Quân"]


def test_a_yearly_meeting_beats_the_attendance_frame() -> None:
    text = (
        "Nhân dự Hội nghị Cấp cao G20 tại New Delhi, sáng 9/9, Thủ tướng Hà Thanh Sơn và Thủ "
        "tướng Arun Mehta đã có cuộc họp thường niên lần thứ 3."
    )
    main = _events(text, [("sáng 9/9", "--09-09", "morning")])[0]
    assert (main.type, main.trigger) == ("meeting", "cuộc họp")
    assert {p.name for p in main.participants} == {"Hà Thanh Sơn", "Arun Mehta"}


def test_an_assembly_that_meets_on_receives_nobody() -> None:
    text = "Cùng ngày, các đoàn đại biểu Quốc hội họp tiếp để thảo luận về nhân sự của Chính phủ."
    events = _events(text)
    assert all(e.type != "reception" for e in events)


@pytest.mark.parametrize("noun", ["buổi", "cuộc"])
def test_a_reception_noun_with_a_second_verb_is_one_reception(noun: str) -> None:
    text = (
        f"Tại {noun} tiếp và làm việc với Ngoại trưởng Kim Ha-neul chiều 2/4, Chủ tịch nước Vũ "
        "Quang Hưng đề nghị hai bên mở rộng hợp tác giáo dục."
    )
    main = _events(text, [("chiều 2/4", "--04-02", "afternoon")])[0]
    assert (main.type, main.trigger) == ("reception", "tiếp")
    assert _sides(main) == [("Kim Ha-neul", "guest"), ("Vũ Quang Hưng", "host")]


def test_an_umbrella_of_activities_before_a_colon_is_no_event() -> None:
    text = (
        "Trong ngày đã diễn ra các hoạt động gặp gỡ, trao đổi giữa lãnh đạo hai nước: Bộ trưởng "
        "Ngoại giao Trịnh Hữu Lộc gặp Bộ trưởng Ngoại giao Eleni Markou. Tổng thống Nikos "
        "Petrakis gặp Chủ tịch nước Vũ Quang Hưng."
    )
    main = _events(text)[0]
    assert main.trigger == "gặp"
    assert {p.name for p in main.participants} == {"Trịnh Hữu Lộc", "Eleni Markou"}


@pytest.mark.parametrize("now", ["Nay", "Giờ đây"])
def test_a_commentators_undated_now_refers_to_visits(now: str) -> None:
    text = (
        "Chính sách đối ngoại của nước này đang thay đổi. "
        f"{now} ông Trịnh Hữu Lộc viếng thăm Hy Lạp trong khi ông Vũ Quang Hưng thăm Ấn Độ."
    )
    events = _events(text)
    assert events
    assert all(e.referenced for e in events)


def test_a_dated_now_is_still_reported() -> None:
    text = "Nay, chiều 2/4, Chủ tịch nước Vũ Quang Hưng đã tiếp Ngoại trưởng Kim Ha-neul."
    main = _events(text, [("chiều 2/4", "--04-02", "afternoon")])[0]
    assert (main.type, main.referenced) == ("reception", False)


def test_the_chair_of_a_working_session_hosts_it() -> None:
    text = "Ông Đào Minh Quân, Chủ tịch UBND tỉnh, chủ trì buổi làm việc với đoàn doanh nghiệp."
    assert _sides(_events(text)[0]) == [("Đào Minh Quân", "host")]


def test_co_chairing_makes_no_host() -> None:
    text = (
        "Thủ tướng Hà Thanh Sơn và Thủ tướng Arun Mehta đồng chủ trì buổi làm việc của hai "
        "Chính phủ."
    )
    assert {p.role for p in _events(text)[0].participants} == {"participant"}
