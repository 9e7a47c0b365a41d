"""Which event is main when a delegation's visit, its welcome and a reception tell one arrival,
each construction in invented words: a sentence naming who received the delegation (any joined
welcome acts) is no event and names hosts only; the lead's reception is never replaced by the
headline's visit; a welcome list the body goes on about is the reception."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Kim Tae-yong": {"titles": ["Thị trưởng"], "country": "KR"},
    "Lò Thị Hạnh": {"titles": ["Chủ tịch UBND tỉnh"], "country": "VN"},
    "Vi Văn Toản": {"titles": ["Phó Chủ tịch UBND tỉnh"], "country": "VN"},
    "Mai Quốc Bảo": {"titles": ["Thứ trưởng"], "country": "VN"},
    "Bounmy Sithong": {"titles": ["Phó Tỉnh trưởng"], "country": "LA"},
    "Hầu A Dính": {"titles": ["Bí thư Tỉnh ủy"], "country": "VN"},
    "Petra Novak": {"titles": ["Đại sứ"], "country": "CZ"},
}


def _events(text: str, dates: Any = (), **fields: Any) -> list[Event]:
    return extract_events(annotate(text, PEOPLE, dates, **fields))


def _sides(event: Event) -> list[tuple[str, str]]:
    return sorted((p.name, p.role) for p in event.participants)


_LEAD = (
    "Ngày 20/4, ông Kim Tae-yong, Thị trưởng thành phố Gangneung (Hàn Quốc), dẫn đầu đoàn đại "
    "biểu thành phố sang thăm, làm việc tại tỉnh Hòa Bình. "
)


@pytest.mark.parametrize(
    "welcome",
    [
        "Đón và làm việc với Đoàn có: ông Vi Văn Toản, Phó Chủ tịch UBND tỉnh; bà Lò Thị Hạnh, "
        "Chủ tịch UBND tỉnh; đại diện các sở.",
        "Phía tỉnh Hòa Bình, cùng dự, đón tiếp đoàn có ông Vi Văn Toản, Phó Chủ tịch UBND tỉnh, "
        "và bà Lò Thị Hạnh, Chủ tịch UBND tỉnh.",
        "Gặp gỡ, làm việc với đoàn, phía tỉnh có bà Lò Thị Hạnh và ông Vi Văn Toản.",
        "Cùng tiếp và gặp gỡ các thành viên đoàn còn có bà Lò Thị Hạnh, ông Vi Văn Toản.",
        "Làm việc và tiếp đoàn đại biểu, có: Chủ tịch UBND tỉnh Lò Thị Hạnh; Phó Chủ tịch UBND "
        "tỉnh Vi Văn Toản.",
    ],
)
def test_a_welcome_list_names_the_hosts_of_the_visit(welcome: str) -> None:
    main = _events(
        _LEAD + welcome,
        [("Ngày 20/4", "--04-20")],
        title="Lãnh đạo tỉnh đón, làm việc với Đoàn thành phố Gangneung (Hàn Quốc)",
    )[0]
    assert main.type == "visit"
    assert _sides(main) == [
        ("Kim Tae-yong", "guest"),
        ("Lò Thị Hạnh", "host"),
        ("Vi Văn Toản", "host"),
    ]


def test_a_welcome_list_alone_holds_the_visit_it_welcomes_with_hosts_only() -> None:
    text = (
        "Thành viên đoàn gồm các giáo sư đại học. Phía Việt Nam, đón và làm việc với đoàn có Thứ "
        "trưởng Mai Quốc Bảo và lãnh đạo vài cục, vụ. Thứ trưởng Mai Quốc Bảo hoan nghênh chuyến "
        "thăm của đoàn tới Việt Nam."
    )
    main = _events(text)[0]
    assert main.type == "visit"
    assert _sides(main) == [("Mai Quốc Bảo", "host")]


def test_a_welcome_list_without_a_visit_word_still_makes_nobody_a_guest() -> None:
    text = "Đón tiếp, làm việc với đoàn có Thứ trưởng Mai Quốc Bảo và một số cán bộ vụ."
    main = _events(text)[0]
    assert _sides(main) == [("Mai Quốc Bảo", "host")]


def test_a_welcome_list_the_body_goes_on_about_is_the_reception() -> None:
    text = (
        _LEAD + "Video không phát được.\n"
        "Tiếp, làm việc với đoàn có bà Lò Thị Hạnh, Chủ tịch UBND tỉnh. Tại buổi tiếp, bà Lò Thị "
        "Hạnh nêu các thế mạnh của tỉnh."
    )
    main = _events(text, [("Ngày 20/4", "--04-20")])[0]
    assert main.type == "reception"
    assert _sides(main) == [("Kim Tae-yong", "guest"), ("Lò Thị Hạnh", "host")]


def test_a_named_guest_before_co_keeps_its_own_reception() -> None:
    # near miss: the one received is a person, not the delegation
    text = "Chiều 4/5, tiếp Đại sứ Petra Novak có ông Hầu A Dính, Bí thư Tỉnh ủy."
    main = _events(text, [("Chiều 4/5", "--05-04", "afternoon")])[0]
    assert main.type == "reception"
    assert _sides(main) == [("Hầu A Dính", "host"), ("Petra Novak", "guest")]


def test_a_greeting_at_the_border_names_no_host_of_the_visit() -> None:
    # near miss: "đón đoàn tại <place> có X" met the delegation where it arrived
    text = _LEAD + "Đón đoàn tại cửa khẩu Tây Trang có ông Vi Văn Toản, Phó Chủ tịch UBND tỉnh."
    main = _events(text, [("Ngày 20/4", "--04-20")])[0]
    assert main.type == "visit"
    assert ("Vi Văn Toản", "host") not in _sides(main)


@pytest.mark.parametrize(
    ("verb", "errand"),
    [
        ("đã tiếp", "đến thăm, chúc Tết"),
        ("tiếp xã giao", "sang thăm và làm việc tại tỉnh"),
        ("đã đón tiếp", "đang thăm tỉnh"),
        ("thân mật tiếp", "tới thăm và chúc mừng năm mới"),
    ],
)
def test_the_leads_reception_is_not_replaced_by_the_headlines_visit(verb: str, errand: str) -> None:
    text = (
        f"Chiều 2/2, Bí thư Tỉnh ủy Hầu A Dính {verb} đoàn đại biểu tỉnh Phongsaly (Lào), do ông "
        f"Bounmy Sithong, Phó Tỉnh trưởng dẫn đầu, {errand}."
    )
    main = _events(
        text,
        [("Chiều 2/2", "--02-02", "afternoon")],
        title="Đoàn đại biểu tỉnh Phongsaly thăm, chúc Tết tỉnh Điện Biên",
    )[0]
    assert main.type == "reception"
    assert _sides(main) == [("Bounmy Sithong", "guest"), ("Hầu A Dính", "host")]


def test_a_travelling_side_lead_keeps_the_headlines_visit() -> None:
    # near miss: the lead itself reports the visit; the reception told later does not replace it
    text = (
        "Chiều 2/2, đoàn đại biểu tỉnh Phongsaly do ông Bounmy Sithong, Phó Tỉnh trưởng dẫn đầu "
        "đã đến thăm, chúc Tết tỉnh Điện Biên. Tối cùng ngày, Bí thư Tỉnh ủy Hầu A Dính chủ trì "
        "tiệc chiêu đãi đoàn."
    )
    main = _events(
        text,
        [("Chiều 2/2", "--02-02", "afternoon")],
        title="Đoàn đại biểu tỉnh Phongsaly thăm, chúc Tết tỉnh Điện Biên",
    )[0]
    assert main.type == "visit"


@pytest.mark.parametrize("attends", ["tham dự lễ đón", "đã dự lễ đón", "đã tham dự lễ đón"])
def test_one_attending_the_chaired_welcome_is_its_guest(attends: str) -> None:
    text = (
        "Chiều 9/6, lễ đón chính thức các đại biểu dự hội nghị được tổ chức tại thủ đô Praha. "
        f"Đại sứ Petra Novak chủ trì lễ đón. Bí thư Tỉnh ủy Hầu A Dính {attends} và chụp ảnh "
        "chung với các đại biểu."
    )
    events = _events(text, [("Chiều 9/6", "--06-09", "afternoon")])
    main = events[0]
    assert main.type == "reception"
    assert _sides(main) == [("Hầu A Dính", "guest"), ("Petra Novak", "host")]
    # near miss of a second welcome: nobody hosts one of his own
    assert all(p.role != "host" or p.name == "Petra Novak" for e in events for p in e.participants)


def test_a_chaired_welcome_without_an_attendee_keeps_its_guest_unnamed() -> None:
    # near miss: "tham dự hội nghị" after the chair attends the conference, not the welcome
    text = (
        "Chiều 9/6, lễ đón chính thức các đại biểu được tổ chức tại thủ đô Praha. Đại sứ Petra "
        "Novak chủ trì lễ đón. Bí thư Tỉnh ủy Hầu A Dính tham dự hội nghị toàn thể."
    )
    main = _events(text, [("Chiều 9/6", "--06-09", "afternoon")])[0]
    assert ("Hầu A Dính", "guest") not in _sides(main)
