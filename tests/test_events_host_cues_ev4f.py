"""A reception's host named in the sentences after it, in invented words (round 4, ev4f):
"Tiếp <the guest> có <titles> - ông Y" and "Ông Y, <titles>, chủ trì buổi làm việc"."""

from __future__ import annotations

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, roles, titled

PEOPLE = titled(
    {
        "Bounmy Chanthala": ("Tổng lãnh sự Lào tại Đà Nẵng", "LA"),
        "Trần Quốc Vinh": ("Chủ tịch UBND tỉnh Quảng Bình", "VN"),
        "Lê Thị Mai": ("Phó Chủ tịch UBND tỉnh", "VN"),
    }
)
#: the call is on a body none of the people heads, so only the cues name a host ("lãnh đạo
#: UBND tỉnh Quảng Bình" would be its chairman himself: round 17, described_offices.py)
LEAD = (
    "Sáng 14/3, Tổng lãnh sự Lào tại Đà Nẵng - ông Bounmy Chanthala đến chào xã giao lãnh đạo "
    "Sở Ngoại vụ tỉnh Quảng Bình. "
)


def test_who_welcomes_the_guest_described_before_co_hosts() -> None:
    for cue in (
        "Tiếp Tổng lãnh sự có Chủ tịch UBND tỉnh Quảng Bình - ông Trần Quốc Vinh cùng lãnh "
        "đạo các sở.",
        "Đón tiếp ông Bounmy Chanthala có ông Trần Quốc Vinh, Chủ tịch UBND tỉnh Quảng Bình.",
    ):
        main = extract_events(annotate(LEAD + cue, PEOPLE))[0]
        assert main.type == "reception"
        assert roles(main) == [("Bounmy Chanthala", "guest"), ("Trần Quốc Vinh", "host")]


def test_who_chairs_the_working_session_hosts() -> None:
    lead = (
        "Sáng 9/5, tại Trụ sở Tỉnh ủy đã diễn ra buổi tiếp đón Đoàn đại biểu tỉnh Chăm-pa-xắc do "
        "ông Bounmy Chanthala dẫn đầu. "
    )
    cue = "Ông Trần Quốc Vinh, Chủ tịch UBND tỉnh, chủ trì buổi làm việc cùng các sở, ngành."
    main = extract_events(annotate(lead + cue, PEOPLE))[0]
    assert ("Trần Quốc Vinh", "host") in roles(main)


def test_a_welcome_naming_someone_else_before_co_is_no_cue() -> None:
    cue = "Tiếp bà Lê Thị Mai có ông Trần Quốc Vinh."
    main = extract_events(annotate(LEAD + cue, PEOPLE))[0]
    assert ("Trần Quốc Vinh", "host") not in roles(main)


def test_two_people_before_the_chairing_leave_it_open() -> None:
    cue = "Bà Lê Thị Mai và ông Trần Quốc Vinh cùng chủ trì buổi làm việc."
    main = extract_events(annotate(LEAD + cue, PEOPLE))[0]
    assert not any(role == "host" for _, role in roles(main))


def test_a_cue_three_sentences_later_is_too_far() -> None:
    cue = "Hai bên trao đổi. Hai bên nhất trí. Tiếp Tổng lãnh sự có ông Trần Quốc Vinh."
    main = extract_events(annotate(LEAD + cue, PEOPLE))[0]
    assert not any(role == "host" for _, role in roles(main))
