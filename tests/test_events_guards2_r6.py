"""Near-miss guards for round-6 event rules, second part, in invented words (review 1 of round
6, findings 9, 10, 22, 23): each rule fires on its own construction and stays quiet on the
sentence next to it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from vndiplo.model import Event

_PEOPLE: Mapping[str, Any] = {
    "Lê Văn Tâm": {"titles": ["Bộ trưởng Ngoại giao"], "country": "VN"},
    "Pedro Alves": {"titles": ["Ngoại trưởng"], "country": "BR"},
    "Ana Ruiz": {"titles": ["Ngoại trưởng"], "country": "CL"},
    "Karim Haddad": {"titles": ["Ngoại trưởng"], "country": "JO"},
    "Hoàng Văn Bình": {"titles": ["Chủ tịch UBND tỉnh"], "country": "VN"},
    "Somsak Phon": {"titles": ["Tỉnh trưởng"], "country": "LA"},
}


def _events(text: str, dates: Sequence[tuple[str, str]] = (), title: str = "") -> list[Event]:
    fields = {"title": title} if title else {}
    return extract_events(annotate(text, _PEOPLE, dates, **fields))


def _of_type(events: Sequence[Event], kind: str) -> Event:
    return next(e for e in events if e.type == kind)


# --- a ";"-chained clause with its own time or place (finding.py, clause_chain.py) ----------

_HEAD = (
    "Ngày 8/9, tại Hà Nội, Bộ trưởng Ngoại giao Lê Văn Tâm đã hội kiến Ngoại trưởng Pedro Alves; "
)


@pytest.mark.parametrize(
    ("tail", "kind"),
    [
        ("trước đó, ông điện đàm với Ngoại trưởng Ana Ruiz.", "phone_call"),
        ("sau đó, ông điện đàm với Ngoại trưởng Ana Ruiz.", "phone_call"),
        ("hôm trước, ông điện đàm với Ngoại trưởng Ana Ruiz.", "phone_call"),
    ],
)
def test_a_chained_clause_with_its_own_time_adverb_keeps_its_own_scope(
    tail: str, kind: str
) -> None:
    event = _of_type(_events(_HEAD + tail, [("Ngày 8/9", "--09-08")]), kind)
    assert (event.date, event.location) == (None, None)
    assert {p.name for p in event.participants} == {"Lê Văn Tâm", "Ana Ruiz"}


def test_a_chained_clause_with_its_own_date_takes_no_place_from_the_head() -> None:
    text = _HEAD + "ngày 6/9, ông điện đàm với Ngoại trưởng Ana Ruiz."
    days = [("Ngày 8/9", "--09-08"), ("ngày 6/9", "--09-06")]
    event = _of_type(_events(text, days), "phone_call")
    assert (event.date, event.location) == ("--09-06", None)


def test_a_chained_clause_with_its_own_place_keeps_it() -> None:
    text = _HEAD + "tại Huế, ông hội đàm với Ngoại trưởng Ana Ruiz."
    assert _of_type(_events(text, [("Ngày 8/9", "--09-08")]), "talks").location == "Huế"


@pytest.mark.parametrize(
    "tail",
    ["hội đàm với Ngoại trưởng Ana Ruiz.", "và hội đàm với Ngoại trưởng Ana Ruiz."],
)
def test_a_bare_chained_clause_still_shares_the_head_date_and_place(tail: str) -> None:
    event = _of_type(_events(_HEAD + tail, [("Ngày 8/9", "--09-08")]), "talks")
    assert (event.date, event.location) == ("--09-08", "Hà Nội")


# --- a fronted "Ở" phrase is a place only with a place's head (locations.py) ----------------

_TALKS = "Bộ trưởng Ngoại giao Lê Văn Tâm đã hội đàm với Ngoại trưởng Pedro Alves ngày 8/9."


@pytest.mark.parametrize(
    "opening", ["Ở Cấp Bộ, ", "Ở Khâu Chuẩn bị, ", "Ở Giai đoạn Đầu, ", "Ở Lĩnh vực Kinh tế, "]
)
def test_a_fronted_o_before_a_level_or_stage_is_no_place(opening: str) -> None:
    events = _events(opening + _TALKS, [("ngày 8/9", "--09-08")])
    assert _of_type(events, "talks").location is None


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("Ở Nhà Khách Chính phủ, ", "Nhà Khách Chính phủ"),
        ("Ở Trụ sở Bộ Ngoại giao, ", "Trụ sở Bộ Ngoại giao"),
        ("Ở Hội trường Thống Nhất, ", "Hội trường Thống Nhất"),
        ("Ở thủ đô Brasilia, ", "thủ đô Brasilia"),
        ("Ở Đà Nẵng, ", "Đà Nẵng"),
    ],
)
def test_a_fronted_o_before_a_building_unit_or_known_place_is_one(opening: str, place: str) -> None:
    events = _events(opening + _TALKS, [("ngày 8/9", "--09-08")])
    assert _of_type(events, "talks").location == place


# --- a capital's country in its long styled form (locations.py _styled_country) -------------


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        (
            "Amman, Thủ đô Vương quốc Hashemite Jordan",
            "Amman, Thủ đô Vương quốc Hashemite Jordan",
        ),
        (
            "Abu Dhabi, thủ đô Các Tiểu vương quốc Arab Thống nhất",
            "Abu Dhabi, thủ đô Các Tiểu vương quốc Arab Thống nhất",
        ),
        ("Thimphu, Thủ đô Vương quốc Bhutan", "Thimphu, Thủ đô Vương quốc Bhutan"),
    ],
)
def test_a_capital_keeps_its_country_in_the_long_form(place: str, expected: str) -> None:
    text = (
        f"Chiều 12/4, tại {place}, Bộ trưởng Ngoại giao Lê Văn Tâm đã hội đàm với Ngoại trưởng "
        "Karim Haddad."
    )
    assert _of_type(_events(text, [("Chiều 12/4", "--04-12")]), "talks").location == expected


# --- the headline's visit and the body's reception (choice.py _trip_of_the_meeting) ----------


def test_the_headline_visit_of_the_reception_host_is_another_trip() -> None:
    main = _events(
        "Ngày 4/10, Chủ tịch UBND tỉnh Hoàng Văn Bình đã tiếp Tỉnh trưởng Somsak Phon. Ngày "
        "6/10, Chủ tịch UBND tỉnh Hoàng Văn Bình đến thăm tỉnh Savan.",
        [("Ngày 4/10", "--10-04"), ("6/10", "--10-06")],
        title="Chủ tịch tỉnh Hoàng Văn Bình sang thăm tỉnh Savan",
    )[0]
    assert (main.type, main.date) == ("visit", "--10-06")


def test_the_headline_visit_of_the_guest_stays_behind_the_reception() -> None:
    main = _events(
        "Ngày 4/10, Chủ tịch UBND tỉnh Hoàng Văn Bình đã tiếp Tỉnh trưởng Somsak Phon. Tỉnh "
        "trưởng Somsak Phon đến thăm tỉnh Quảng Trị từ ngày 3/10.",
        [("Ngày 4/10", "--10-04"), ("ngày 3/10", "--10-03")],
        title="Tỉnh trưởng Somsak Phon thăm tỉnh Quảng Trị",
    )[0]
    assert main.type == "reception"
    assert sorted((p.name, p.role) for p in main.participants) == [
        ("Hoàng Văn Bình", "host"),
        ("Somsak Phon", "guest"),
    ]


def test_the_headline_visit_in_the_reception_sentence_stays_behind_it() -> None:
    main = _events(
        "Ngày 4/10, Chủ tịch UBND tỉnh Hoàng Văn Bình đã tiếp Tỉnh trưởng Somsak Phon nhân "
        "chuyến thăm tỉnh Quảng Trị.",
        [("Ngày 4/10", "--10-04")],
        title="Đoàn tỉnh Savan thăm tỉnh Quảng Trị",
    )[0]
    assert main.type == "reception"
