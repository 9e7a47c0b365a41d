"""Whole news items probing the DATE and PLACE of the main event as unseen outlets write them
(round 6): part-of-day openings ("Chiều 18/2", "Tối 5-12", "sáng nay (7/9)", "hôm qua (30/3)"),
clock times ("15h30 ngày 4/7"), spans ("(30/10 - 01/11/2022)", "Từ 28/2 đến 2/3", "Trong hai
ngày 9-10/11"), "Cùng ngày", "Trước đó, ngày 2/5", local against home time, a year given only
later, stamps after the headline; places at institutions ("Trụ sở Trung ương Đảng", "Nhà Quốc
hội", "Phủ Chủ tịch"), "City, Country" with "tại" or "ở", a dateline, a headline place, and the
place of another act in the same sentence. Expected values follow benchmarks/realpages/README.md.

The items live in ``tests/data/events/date_place_items.json`` (our own words).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_dates.clock_part import clock_part_of_day, part_of_hour

from tests.item_helpers import date_and_place, item_params, item_runner, load_items, run_item  # noqa: F401 (item_runner: the runner fixture)

ITEMS = load_items("date_place_items.json")

_CLOCK_POD = (
    "event part of day from a bare clock hour: the dates list has it, the event not (real-page "
    "gold mixed: A14 has it, F20/Q04/W11 do not)"
)
#: Items the pipeline still gets wrong, with the reason (strict: a fix must remove them).
KNOWN_MISSES: dict[str, str] = {
    "clock_hour_minute_day": _CLOCK_POD,
    "clock_local_time_tokyo_japan": _CLOCK_POD,
    "clock_h_day_signing": _CLOCK_POD,
    "clock_minutes_evening": _CLOCK_POD,
    "year_only_later_this_year_bracket": "'năm nay (2013)' later in the body fixes no year",
    "date_place_second_paragraph": "'X vừa tiếp Y' with the date in the next paragraph: no event",
    "hall_inside_parliament": "a hall inside a named building: the place is cut at the comma",
}
#: Items whose dates list the pipeline still gets wrong.
KNOWN_DATE_MISSES: dict[str, str] = {
    "year_only_later_this_year_bracket": "'năm nay (2013)' later in the body fixes no year",
}


def test_items_vary_and_few_are_known_misses() -> None:
    assert len(ITEMS) >= 45
    assert len({i["id"] for i in ITEMS}) == len(ITEMS)
    assert sum(i["published"] is None for i in ITEMS) >= 5
    assert len(set(KNOWN_MISSES) | set(KNOWN_DATE_MISSES)) * 4 <= len(ITEMS)


@pytest.mark.parametrize("item", item_params(ITEMS, KNOWN_MISSES))
def test_main_event_date_and_place(item: dict[str, Any], runner: Any) -> None:
    doc = run_item(runner, item)
    assert doc.events, "no event"
    assert date_and_place(doc.events[0]) == item["main_event"]


@pytest.mark.parametrize(
    "item", [p for p in item_params(ITEMS, KNOWN_DATE_MISSES) if p.values[0]["dates"]]
)
def test_dates_list(item: dict[str, Any], runner: Any) -> None:
    """Values in text order; a quoted extent may be a little wider or narrower than ours (the
    extents are another test family's), but it holds the same words."""
    got = [(d.text, d.value) for d in run_item(runner, item).dates]
    want = [(d["text"], d["value"]) for d in item["dates"]]
    assert [v for _, v in got] == [v for _, v in want]
    for (got_text, _), (want_text, _) in zip(got, want, strict=True):
        assert want_text in got_text or got_text in want_text


# -- the clock hour's part of day (dates list) -----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("15h30 ngày 4/7, Bộ trưởng điện đàm với ông Klaus Becker.", "afternoon"),
        ("Lúc 9h ngày 2/3, hai bên ký hiệp định.", "morning"),
        ("Lúc 20 giờ 30 phút ngày 8/8, hai bên điện đàm.", "evening"),
        ("Vào lúc 12h40 ngày 9/11, chuyên cơ hạ cánh.", "noon"),
        ("Lúc 23 giờ ngày 1/5, đoàn về tới Nội Bài.", "night"),
        ("Lúc 12h30 chiều 25/8, đoàn đến Cairo.", "afternoon"),  # the written word wins
    ],
)
def test_a_clock_time_gives_its_part_of_day(sentence: str, part: str) -> None:
    from vndiplo import extract

    dates = extract(f"Tin đối ngoại\n\n{sentence}\n", published="2031-12-01").dates
    assert dates[0].part_of_day == part


@pytest.mark.parametrize(
    "sentence",
    ["Ngày 4/7, hai bên điện đàm.", "Trong 2 giờ, hai bên trao đổi.", "Năm 2031, hai bên ký."],
)
def test_no_clock_no_part_of_day(sentence: str) -> None:
    from vndiplo import extract

    dates = extract(f"Tin đối ngoại\n\n{sentence}\n", published="2031-12-01").dates
    assert all(d.part_of_day is None for d in dates)


@given(st.integers(0, 23), st.integers(0, 59), st.sampled_from(["2031-07-04", "--07-04"]))
def test_clock_part_is_the_hours_and_a_written_one_wins(hour: int, minute: int, day: str) -> None:
    value = f"{day}T{hour:02d}:{minute:02d}"
    assert clock_part_of_day(value, None) == part_of_hour(hour)
    assert clock_part_of_day(value, "evening") == "evening"
    assert clock_part_of_day(day, None) is None
    assert clock_part_of_day(f"{day}/{day}", None) is None


# -- guards: the place and the day of another act ---------------------------------------------

_HEAD = "Bộ trưởng tiếp Đại sứ Brazil\n\n"


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        # another act of the guest, told in a clause of its own: not the event's place
        (
            "Sáng 2/12, Bộ trưởng Phan Thế Anh tiếp Đại sứ Carlos Mendes, người vừa trình "
            "quốc thư tại Phủ Chủ tịch.",
            None,
        ),
        (
            "Sáng 2/12, Bộ trưởng Phan Thế Anh tiếp Đại sứ Carlos Mendes, nguyên là sinh viên "
            "từng học tại Hà Nội.",
            None,
        ),
        (
            "Sáng 2/12, Bộ trưởng Phan Thế Anh tiếp Đại sứ Carlos Mendes, đã công tác nhiều năm "
            "tại Hà Nội.",
            None,
        ),
        # near misses: the place right after the comma, a clause with no past act
        (
            "Sáng 2/12, Bộ trưởng Phan Thế Anh tiếp Đại sứ Carlos Mendes, tại Trụ sở Bộ "
            "Ngoại giao.",
            "Trụ sở Bộ Ngoại giao",
        ),
        (
            "Sáng 2/12, Bộ trưởng Phan Thế Anh tiếp Đại sứ Carlos Mendes tại Trụ sở Bộ Ngoại giao.",
            "Trụ sở Bộ Ngoại giao",
        ),
        (
            "Sáng 2/12, Bộ trưởng Phan Thế Anh tiếp Đại sứ Carlos Mendes, người đứng đầu phái "
            "bộ, tại Trụ sở Bộ Ngoại giao.",
            "Trụ sở Bộ Ngoại giao",
        ),
    ],
)
def test_the_place_of_a_sides_earlier_act_is_not_the_events(
    runner: Any, lead: str, place: str | None
) -> None:
    doc = runner.run({"id": "g", "text": _HEAD + lead, "published": "2026-12-03"})
    assert doc.events[0].location == place


@pytest.mark.parametrize(
    ("later", "date"),
    [
        ("Trước đó, ngày 2/5, Đại sứ đã làm việc với Bộ Tài chính.", None),
        ("Một ngày trước đó, sáng 3/5, Đại sứ đã thăm Bắc Ninh.", None),
        ("Trước đó hai hôm, ngày 2/5, Đại sứ đã đến Huế.", None),
        # near misses: a later day not told as earlier still dates the undated lead
        ("Buổi tiếp diễn ra ngày 4/5.", "2029-05-04"),
    ],
)
def test_an_undated_lead_takes_no_day_told_as_earlier(
    runner: Any, later: str, date: str | None
) -> None:
    lead = "Tại Trụ sở Bộ Ngoại giao, Bộ trưởng Phan Thế Anh đã tiếp Đại sứ Carlos Mendes."
    doc = runner.run({"id": "d", "text": f"{_HEAD}{lead}\n\n{later}", "published": "2029-05-05"})
    assert doc.events[0].date == date


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("Chiều 14/8, ở thủ đô Bắc Kinh, Trung Quốc,", "thủ đô Bắc Kinh, Trung Quốc"),
        ("Chiều 14/8, ở thành phố Thượng Hải,", "thành phố Thượng Hải"),
        ("Ở tỉnh Vân Nam, chiều 14/8,", "tỉnh Vân Nam"),
        ("Ở Bắc Kinh, chiều 14/8,", "Bắc Kinh"),
        # near misses: "ở" before a level or a field, a unit with no name after it
        ("Ở cấp địa phương, chiều 14/8,", None),
        ("Chiều 14/8, ở thành phố này,", None),
    ],
)
def test_a_fronted_o_before_a_unit_and_a_name_places_the_event(
    runner: Any, opening: str, place: str | None
) -> None:
    lead = f"{opening} Trưởng Ban Đối ngoại Lê Hoài Sơn đã hội kiến Bộ trưởng Trương Văn Khải."
    doc = runner.run({"id": "o", "text": "Hội kiến\n\n" + lead, "published": "2026-08-15"})
    assert doc.events[0].location == place
