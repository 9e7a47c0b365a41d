"""Sides, places and dates of the main event, in invented words: constructions that unseen
pages write and that the events stage got wrong (round 3)."""

from __future__ import annotations

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, roles, titled

from vndiplo.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, [(0, len(text))])]


def test_a_middle_initial_does_not_end_the_sentence() -> None:
    text = (
        "Chiều nay, Ngoại trưởng Marcus T. Holloway đã điện đàm với Bộ trưởng Trần Minh Khoa. "
        "Hai bên trao đổi về hợp tác."
    )
    assert _sentences(text) == [
        "Chiều nay, Ngoại trưởng Marcus T. Holloway đã điện đàm với Bộ trưởng Trần Minh Khoa.",
        "Hai bên trao đổi về hợp tác.",
    ]


def test_a_letter_closing_a_sentence_still_ends_it() -> None:
    text = "Đội chủ nhà đứng đầu bảng C. Sau đó họ trở về."
    assert _sentences(text) == ["Đội chủ nhà đứng đầu bảng C.", "Sau đó họ trở về."]


def test_the_subject_named_with_an_initial_is_a_side() -> None:
    text = "Ngoại trưởng Marcus T. Holloway đã có cuộc điện đàm với Bộ trưởng Trần Minh Khoa."
    people = titled(
        {"Marcus T. Holloway": ("Ngoại trưởng", "NZ"), "Trần Minh Khoa": ("Bộ trưởng", "VN")}
    )
    main = extract_events(annotate(text, people))[0]
    assert main.type == "phone_call"
    assert {p.name for p in main.participants} == {"Marcus T. Holloway", "Trần Minh Khoa"}


def test_a_foreign_seat_of_power_says_who_travelled() -> None:
    # the venue, not a country name, places the meeting in the host's country
    text = (
        "Tổng thống Hoa Kỳ Daniel R. Whitcombe đã hội kiến Thủ tướng Lê Quang Vinh tại Tòa Bạch Ốc."
    )
    people = titled(
        {
            "Daniel R. Whitcombe": ("Tổng thống Hoa Kỳ", "US"),
            "Lê Quang Vinh": ("Thủ tướng", "VN"),
        }
    )
    main = extract_events(annotate(text, people))[0]
    assert main.type == "meeting"
    assert roles(main) == [("Daniel R. Whitcombe", "host"), ("Lê Quang Vinh", "guest")]
