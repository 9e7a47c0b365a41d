"""Attendance that is not the event, and events named only as a topic.

"B dự lễ đón do A chủ trì" is A's welcome of B; "Tham dự buổi lễ có X, Y" lists who was
there; "trong khi ông ở Geneva tham dự ..." frames the day. "việc ký kết", "nơi tổ chức cuộc
gặp", "cuộc gặp ... sẽ diễn ra", "kết quả hội đàm" refer to an event, they report none.

Every sentence is invented: the names, places and dates belong to no real article.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate
from vndiplo_events.testing import roles as _roles

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Trần Quốc Huy": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Ingrid Solberg": {"titles": ["Thủ tướng Na Uy"], "country": "NO"},
    "Lê Thị Thu Hà": {"titles": ["Chủ tịch UBND tỉnh"], "country": "VN"},
    "Park Min Jun": {"titles": ["Tỉnh trưởng"], "country": "KR"},
    "Đỗ Văn Khải": {"titles": ["Phó Bí thư Tỉnh ủy"], "country": "VN"},
    "Somsak Vilay": {"titles": ["Bí thư Tỉnh ủy"], "country": "LA"},
    "Hans Berger": {"titles": ["Ngoại trưởng Áo"], "country": "AT"},
    "Marta Ruiz": {"titles": ["Ngoại trưởng Chile"], "country": "CL"},
}


def _events(text: str, **fields: Any) -> list[Event]:
    return extract_events(annotate(text, PEOPLE, **fields))


def _main(text: str, **fields: Any) -> Event:
    events = _events(text, **fields)
    assert events, text
    return events[0]


@pytest.mark.parametrize(
    "attends",
    [
        "dự lễ đón tại Nhà Quốc hội do Chủ tịch nước Trần Quốc Huy chủ trì",
        "tham dự lễ đón chính thức tại Nhà Quốc hội do Chủ tịch nước Trần Quốc Huy chủ trì",
        "đã tham dự buổi lễ đón tại Nhà Quốc hội do Chủ tịch nước Trần Quốc Huy chủ trì",
    ],
)
def test_attending_a_welcome_hosted_by_another_is_that_welcome(attends: str) -> None:
    main = _main(f"Chiều 3/6, Thủ tướng Na Uy Ingrid Solberg {attends}.")
    assert main.type == "reception"
    assert _roles(main) == [("Ingrid Solberg", "guest"), ("Trần Quốc Huy", "host")]
    assert main.location == "Nhà Quốc hội"


def test_attending_talks_is_the_talks() -> None:
    main = _main(
        "Sáng 8/6, Ngoại trưởng Áo Hans Berger đã tham dự cuộc hội đàm với Ngoại trưởng Chile "
        "Marta Ruiz tại Viên."
    )
    assert main.type == "talks"
    assert {p.name for p in main.participants} == {"Hans Berger", "Marta Ruiz"}


@pytest.mark.parametrize(
    "attendees",
    [
        "Tham dự buổi Lễ có Phó Bí thư Tỉnh ủy Đỗ Văn Khải; Tỉnh trưởng Park Min Jun.",
        "Cùng dự lễ ký, về phía tỉnh có: Phó Bí thư Tỉnh ủy Đỗ Văn Khải.",
        "Tới dự còn có Phó Bí thư Tỉnh ủy Đỗ Văn Khải và đại diện các sở, ngành.",
    ],
)
def test_an_attendee_list_reports_no_event(attendees: str) -> None:
    main = _main(
        "Sáng 14/5, UBND tỉnh tổ chức Lễ ký kết Bản ghi nhớ hợp tác giữa tỉnh Hà Nam và tỉnh "
        f"Gyeonggi. {attendees} Hai bên trao đổi về hợp tác nông nghiệp."
    )
    assert main.type == "signing"
    assert all(e.type != "attend" for e in _events(attendees))


def test_an_attendee_list_does_not_beat_the_visit_told_after_it() -> None:
    main = _main(
        "Tham dự có các đồng chí: Phó Bí thư Tỉnh ủy Đỗ Văn Khải; đại diện lãnh đạo các sở, "
        "ngành. Bí thư Tỉnh ủy Somsak Vilay vui mừng được sang thăm và làm việc tại Ninh Bình."
    )
    assert main.type == "visit"
    assert _roles(main) == [("Somsak Vilay", "guest")]


def test_capitalised_talks_after_an_aspect_word_are_reported() -> None:
    main = _main(
        "Sáng 2/10, Hội Nông dân tỉnh Sơn La đã Hội đàm và ký kết biên bản ghi nhớ với Hội Nông "
        "dân tỉnh Hủa Phăn. Dự Hội đàm có Phó Bí thư Tỉnh ủy Đỗ Văn Khải.",
        title="Hội đàm giữa Hội Nông dân hai tỉnh",
    )
    assert main.type == "talks"


def test_an_attendance_while_abroad_frames_the_day() -> None:
    events = _events(
        "Tin Geneva – Ngoại trưởng Áo Hans Berger có các cuộc họp song phương với Ngoại trưởng "
        "Chile Marta Ruiz hôm nay, trong khi ông ở Geneva tham dự phiên họp Hội đồng Nhân quyền.",
        # the legacy eth of old pages reads as "Đ"
        title="NGOẠI TRƯỞNG HANS BERGER HỘI ÐÀM VỚI NGOẠI TRƯỞNG CHILE",
    )
    assert events[0].type == "talks"
    assert {p.name for p in events[0].participants} == {"Hans Berger", "Marta Ruiz"}
    assert all(e.type != "attend" or e.referenced for e in events[1:])


@pytest.mark.parametrize(
    "text",
    [
        "Về phần mình, Việt Nam quan tâm tới việc ký kết hiệp định thương mại tự do với khối "
        "này, Ngoại trưởng Áo Hans Berger cho biết.",
        "Bộ Ngoại giao Chile đánh giá cao việc chọn Đà Nẵng là nơi tổ chức cuộc gặp giữa "
        "Ngoại trưởng Áo Hans Berger và Ngoại trưởng Chile Marta Ruiz.",
        "Chuyến đi thăm giữa Ngoại trưởng Áo Hans Berger và Ngoại trưởng Chile Marta Ruiz sẽ "
        "diễn ra vào tuần tới tại Santiago.",
    ],
)
def test_an_event_named_as_a_topic_is_no_meeting(text: str) -> None:
    assert all(e.referenced for e in _events(text))


def test_the_results_of_earlier_talks_are_referred_to() -> None:
    events = _events(
        "Tại buổi làm việc, Chủ tịch UBND tỉnh Lê Thị Thu Hà thông báo kết quả hội đàm với "
        "Tỉnh trưởng Park Min Jun."
    )
    assert all(e.referenced for e in events if e.type == "talks")


def test_a_place_named_free_keeps_its_do() -> None:
    main = _main(
        "Tối 1/9, Chủ tịch nước Trần Quốc Huy tiếp Thủ tướng Na Uy Ingrid Solberg tại Quảng "
        "trường Tự do."
    )
    assert main.location == "Quảng trường Tự do"
