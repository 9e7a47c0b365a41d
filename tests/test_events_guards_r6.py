"""Near-miss guards for round-6 event rules, in invented words: each rule fires on its own
construction and stays quiet on the sentence next to it (review 1 of round 6)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

# --- a foreign diplomat posted in Viet Nam hosts (visiting_official.py) ---------------------

_POSTED: Mapping[str, Any] = {
    "Taro Ikeda": {"titles": ["Tổng Lãnh sự"], "country": "JP"},
    "Khamla Vongsa": {"titles": ["Tổng Lãnh sự"], "country": "LA"},
    "Kenji Mori": {"titles": ["Giám đốc Sở Ngoại vụ"], "country": "JP"},
}
_DAY = [("ngày 21/3", "--03-21")]


def _main_roles(text: str, people: Mapping[str, Any]) -> list[tuple[str, str]]:
    main = extract_events(annotate(text, people, _DAY))[0]
    return sorted((p.name, p.role) for p in main.participants)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Ông Taro Ikeda, Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh, đã tiếp đoàn công tác tỉnh "
            "Long An nhân chuyến thăm và làm việc tại TP Hồ Chí Minh ngày 21/3.",
            "Taro Ikeda",
        ),
        (
            "Chiều ngày 21/3, ông Khamla Vongsa, Tổng Lãnh sự Lào tại Đà Nẵng, tiếp đoàn lãnh đạo "
            "tỉnh Quảng Nam nhân chuyến thăm và làm việc tại Đà Nẵng.",
            "Khamla Vongsa",
        ),
        (
            "Ông Taro Ikeda, Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh, tại buổi tiếp với đoàn "
            "doanh nghiệp tỉnh Bình Phước nhân chuyến thăm và làm việc tại TP Hồ Chí Minh ngày "
            "21/3 cho biết hai bên sẽ mở rộng hợp tác.",
            "Taro Ikeda",
        ),
    ],
)
def test_a_diplomat_posted_in_viet_nam_keeps_hosting(text: str, host: str) -> None:
    assert (host, "host") in _main_roles(text, _POSTED)


def test_the_visiting_official_at_a_reception_is_still_received() -> None:
    assert _main_roles(
        "Ông Kenji Mori, Giám đốc Sở Ngoại vụ tỉnh Shiga (Nhật Bản), tại cuộc tiếp với lãnh đạo "
        "tỉnh Hà Tĩnh nhân chuyến thăm và làm việc tại tỉnh Hà Tĩnh ngày 21/3 cho biết hai bên "
        "sẽ mở rộng hợp tác.",
        _POSTED,
    ) == [("Kenji Mori", "guest")]


# --- a paper handed over is a signing only at the ceremony, between the sides ----------------

_SIGNERS: Mapping[str, Any] = {
    "Ngô Văn Tùng": {"titles": ["Bộ trưởng"], "country": "VN"},
    "Vũ Thị Mai": {"titles": ["Thứ trưởng"], "country": "VN"},
    "Erik Lund": {"titles": ["Bộ trưởng"], "country": "NO"},
}


def _triggers(text: str) -> list[tuple[str, str]]:
    events = extract_events(annotate(text, _SIGNERS, [("21/3", "--03-21")]))
    return [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 21/3, Bộ trưởng Ngô Văn Tùng đã trao 4 hiệp định khung cho đại diện các doanh "
        "nghiệp trong tỉnh.",
        "Tại cuộc họp báo ngày 21/3, Thứ trưởng Vũ Thị Mai trao bản ghi nhớ cho các phóng viên.",
        "Bộ trưởng Ngô Văn Tùng ngày 21/3 trao các văn kiện mới cho doanh nghiệp Hải Phòng.",
        "Ngày 21/3, Bộ trưởng Ngô Văn Tùng và Bộ trưởng Erik Lund trao đổi về các thỏa thuận "
        "cũ; hai ông trao đổi các thỏa thuận hai nước có từ năm 2019.",
    ],
)
def test_a_paper_handed_to_an_audience_or_discussed_is_no_signing(text: str) -> None:
    assert not [t for t in _triggers(text) if t[0] == "signing"]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "Ngày 21/3, Bộ trưởng Ngô Văn Tùng và Bộ trưởng Erik Lund đã chứng kiến lễ trao 6 văn "
            "kiện hợp tác giữa hai nước.",
            "trao",
        ),
        (
            "Ngày 21/3, Bộ trưởng Ngô Văn Tùng và Bộ trưởng Erik Lund dự lễ trao đổi các thỏa "
            "thuận về lao động.",
            "trao đổi",
        ),
        (
            "Sau hội đàm ngày 21/3, hai bên đã trao bản ghi nhớ về giáo dục, với sự có mặt của "
            "Bộ trưởng Ngô Văn Tùng và Bộ trưởng Erik Lund.",
            "trao",
        ),
    ],
)
def test_a_paper_handed_over_at_the_ceremony_is_the_signing(text: str, verb: str) -> None:
    assert ("signing", verb) in _triggers(text)


# --- welcome lists: the visit they welcome, their fronted adverbials, the arrival greeting ----

_HOSTS: Mapping[str, Any] = {
    "Park Ji-hoon": {"titles": ["Thị trưởng"], "country": "KR"},
    "Đinh Văn Lực": {"titles": ["Phó Chủ tịch UBND tỉnh"], "country": "VN"},
    "Hà Minh Quân": {"titles": ["Thứ trưởng"], "country": "VN"},
}
_ARRIVAL = (
    "Sáng 9/11, đoàn công tác thành phố Suwon (Hàn Quốc) do ông Park Ji-hoon, Thị trưởng thành "
    "phố dẫn đầu đã đến thăm và làm việc với tỉnh Thái Bình. "
)
_MORNING = [("Sáng 9/11", "--11-09", "morning")]


def _welcome_main(text: str, dates: Any = ()) -> Any:
    return extract_events(annotate(text, _HOSTS, dates))[0]


@pytest.mark.parametrize(
    "welcome",
    [
        "Chiều cùng ngày, tiếp và làm việc với đoàn có ông Đinh Văn Lực, Phó Chủ tịch UBND tỉnh.",
        "Tại trụ sở UBND tỉnh, đón tiếp đoàn có ông Đinh Văn Lực, Phó Chủ tịch UBND tỉnh.",
        "Buổi chiều,tiếp đoàn có Phó Chủ tịch UBND tỉnh Đinh Văn Lực cùng lãnh đạo các sở.",
    ],
)
def test_a_welcome_list_after_a_fronted_adverbial_names_hosts(welcome: str) -> None:
    main = _welcome_main(_ARRIVAL + welcome, _MORNING)
    assert main.type == "visit"
    assert sorted((p.name, p.role) for p in main.participants) == [
        ("Park Ji-hoon", "guest"),
        ("Đinh Văn Lực", "host"),
    ]


@pytest.mark.parametrize(
    "greeting",
    [
        "Đón đoàn ở sân bay Nội Bài có Thứ trưởng Hà Minh Quân.",
        "Tại sân bay Nội Bài, đón đoàn có Thứ trưởng Hà Minh Quân.",
        "Đón đoàn ở ga Hà Nội có Thứ trưởng Hà Minh Quân và đại diện Sở Ngoại vụ.",
    ],
)
def test_a_greeting_where_the_delegation_arrives_hosts_the_visit(greeting: str) -> None:
    # README AJ3 (end of round 7) narrowed the round-6 line "a greeting at the place of
    # arrival names no host" to a separate reception: the airport welcomers host the visit
    main = _welcome_main(_ARRIVAL + greeting, _MORNING)
    assert main.type == "visit"
    assert ("Hà Minh Quân", "host") in [(p.name, p.role) for p in main.participants]


@pytest.mark.parametrize(
    "later",
    [
        # a trip of another year, told as background
        "Năm 2016, chuyến thăm Hàn Quốc của lãnh đạo tỉnh đã mở ra nhiều dự án.",
        # a trip told far from the welcome
        "Hai bên bàn về giáo dục. Hai bên bàn về y tế. Hai bên bàn về du lịch. Chuyến thăm Lào "
        "của lãnh đạo tỉnh đã mở ra nhiều dự án.",
    ],
)
def test_a_welcome_list_is_not_given_a_trip_told_apart_from_it(later: str) -> None:
    text = (
        "Về phía tỉnh, tham dự và đón đoàn có Thứ trưởng Hà Minh Quân cùng đại diện các sở. "
        + later
    )
    main = _welcome_main(text, [("Năm 2016", "2016")] if "2016" in later else ())
    assert "2016" not in (main.date or "")
    assert main.evidence.start < text.index(later)


# --- a site visit inside its trip: "tiếp tục" meets nobody, "lịch sử" alone is no past trip ---

_TRAVELLERS: Mapping[str, Any] = {
    "Trương Quang Vinh": {"titles": ["Phó Thủ tướng"], "country": "VN"},
}


def _framed_main(text: str, part: str, day: str) -> tuple[str, str]:
    main = extract_events(annotate(text, _TRAVELLERS, [(part, day, "morning")]))[0]
    return main.type, main.trigger


@pytest.mark.parametrize(
    "text",
    [
        "Trong chuyến thăm lịch sử tới Mông Cổ, sáng 7/8, Phó Thủ tướng Trương Quang Vinh đã đến "
        "thăm Bảo tàng Quốc gia.",
        "Trong khuôn khổ chuyến thăm chính thức Chile, sáng 7/8, Phó Thủ tướng Trương Quang Vinh "
        "đã đến thăm và tiếp tục khảo sát cảng Valparaíso.",
        "Nhân chuyến thăm lịch sử đến Cuba, sáng 7/8, Phó Thủ tướng Trương Quang Vinh thăm và "
        "tiếp tục tìm hiểu mô hình của Trung tâm Sinh học.",
    ],
)
def test_the_current_trip_framing_a_site_visit_is_main(text: str) -> None:
    assert _framed_main(text, "sáng 7/8", "--08-07")[0] == "visit"
    assert _framed_main(text, "sáng 7/8", "--08-07")[1].startswith("chuyến thăm")


@pytest.mark.parametrize(
    "text",
    [
        # the frame names a past trip by its year
        "Nhân dịp nhắc lại chuyến thăm lịch sử năm 1995, sáng 7/8, Phó Thủ tướng Trương Quang "
        "Vinh đã đến thăm Bảo tàng Quốc gia.",
        # the site visit receives someone
        "Trong chuyến thăm chính thức Chile, sáng 7/8, Phó Thủ tướng Trương Quang Vinh đã đến "
        "thăm cảng Valparaíso và tiếp đại diện các doanh nghiệp.",
    ],
)
def test_a_past_or_meeting_frame_leaves_the_act_main(text: str) -> None:
    assert not _framed_main(text, "sáng 7/8", "--08-07")[1].startswith("chuyến thăm")


# --- "lần lượt" / "tương ứng": two listed days of two events make no span (day_lists.py) ----


@pytest.fixture(scope="module")
def runner() -> Any:
    from vndiplo import Runner

    return Runner()


def _dates_of_the_page(runner: Any, body: str) -> list[str | None]:
    doc = runner.run({"id": "g6", "text": "Thủ tướng thăm hai nước láng giềng\n\n" + body})
    return [e.date for e in doc.events]


@pytest.mark.parametrize(
    "body",
    [
        "Thủ tướng Hoàng Minh Đức lần lượt thăm chính thức Lào và Campuchia vào ngày 14 và 15/6.",
        "Thủ tướng Hoàng Minh Đức sẽ hội kiến Quốc vương Campuchia và Chủ tịch nước Lào Khamsay "
        "Inthavong ngày 14 và 15/6 tương ứng.",
        "Ngày 14 và 15/6, Thủ tướng Hoàng Minh Đức lần lượt hội đàm với Thủ tướng Lào và Thủ "
        "tướng Campuchia.",
    ],
)
def test_days_listed_one_for_each_event_make_no_span(runner: Any, body: str) -> None:
    assert not [d for d in _dates_of_the_page(runner, body) if d and "/" in d]


def test_two_days_of_one_event_still_make_a_span(runner: Any) -> None:
    body = "Ngày 14 và 15/6, Thủ tướng Hoàng Minh Đức thăm chính thức Lào."
    assert "--06-14/--06-15" in _dates_of_the_page(runner, body)
