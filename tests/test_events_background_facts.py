"""A later mention of the same act that is about another occurrence lends the main event no
date or place when assembly merges them (background_facts.py), in invented words: the month of
the leader's earlier first trip abroad, the country of the summit a wider tour takes in."""

from __future__ import annotations

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

PEOPLE = {"Marta Kowalczyk": ("Tổng thống Ba Lan", "PL")}
LEAD = "Tổng thống Ba Lan Marta Kowalczyk hôm nay rời Warszawa để thực hiện chuyến thăm ở Lào."


def test_the_month_of_an_earlier_trip_is_not_the_visits() -> None:
    text = (
        f"{LEAD}\n\n"
        "Chuyến công du đầu tiên của Tổng thống Marta Kowalczyk sau khi tái đắc cử diễn ra hồi "
        "tháng 3 khi bà đến thăm Ấn Độ."
    )
    main = extract_events(annotate(text, PEOPLE, [("hồi tháng 3", "--03")]))[0]
    assert main.type == "visit"
    assert main.date is None


def test_a_wider_tours_summit_country_is_not_the_visits_place() -> None:
    text = (
        "Tổng thống Ba Lan Marta Kowalczyk ngày 2/6 đến Hà Nội, bắt đầu chuyến thăm chính thức "
        "Việt Nam.\n\n"
        "Đây là chuyến thăm đầu tiên của bà, trong khuôn khổ chuyến công du châu Á của Tổng "
        "thống Marta Kowalczyk (dự Hội nghị thượng đỉnh tại Hàn Quốc, thăm Việt Nam và Lào)."
    )
    main = extract_events(annotate(text, PEOPLE, [("ngày 2/6", "--06-02")]))[0]
    assert main.type == "visit"
    assert main.location != "Hàn Quốc"


def test_a_repeated_mention_of_the_same_visit_still_dates_it() -> None:
    text = f"{LEAD}\n\nChuyến thăm của Tổng thống Marta Kowalczyk diễn ra từ ngày 4 đến 7/5."
    main = extract_events(annotate(text, PEOPLE, [("từ ngày 4 đến 7/5", "--05-04/--05-07")]))[0]
    assert main.date == "--05-04/--05-07"
