"""Dates an event must not borrow from something else, each construction in invented words
(names, places, dates and outlets made up for these tests):

* a separate list item ("* Sáng 14.8, Phó Thủ tướng ... tiếp ...") dates its own news;
* an event whose own time is written but unresolved ("vào khoảng 9h15 sáng nay") keeps no date
  rather than the span of a coordinated act ("và dự Hội nghị ... từ ngày 8 đến 10/5");
* a date inside a when-clause ("kể từ khi nhậm chức ngày 5/6") dates taking office;
* an event told "on this occasion" ("Nhân dịp này, ... gửi điện mừng") is not dated by the
  occasion (the election the message answers);
* a later sentence announcing another act ("Theo kế hoạch, trong ngày 28/5, X sẽ hội kiến")
  dates that plan;
* an undated visit takes the span a later mention of the same trip gives, however far.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Lê Minh Châu": {"titles": ["Chủ tịch Quốc hội"], "country": "VN"},
    "Trần Đức An": {"titles": ["Phó Thủ tướng"], "country": "VN"},
    "Sarah Whitlock": {"titles": ["Bộ trưởng Ngoại giao Australia"], "country": "AU"},
    "Hà Quang Vinh": {"titles": ["Thủ tướng"], "country": "VN"},
    "Budi Santoso": {"titles": ["Tổng thống Indonesia"], "country": "ID"},
    "Kim Do-hyun": {"titles": ["Chủ tịch Quốc hội Hàn Quốc"], "country": "KR"},
    "Phạm Thu Hà": {"titles": ["Chủ tịch Quốc hội"], "country": "VN"},
    "Rafael Ortega": {"titles": ["Tổng thống Chile"], "country": "CL"},
    "Võ Thanh Tùng": {"titles": ["Chủ tịch nước"], "country": "VN"},
}


def _main(text: str, dates: Sequence[Sequence[Any]] = ()) -> Event:
    return extract_events(annotate(text, PEOPLE, dates))[0]


@pytest.mark.parametrize("bullet", ["* ", "- ", "• "])
def test_a_later_list_item_keeps_its_date(bullet: str) -> None:
    text = (
        "Chủ tịch Quốc hội Lê Minh Châu đã gặp Bộ trưởng Sarah Whitlock để bàn về hợp tác "
        "giáo dục và biến đổi khí hậu.\n"
        f"{bullet}Sáng 14.8, Phó Thủ tướng Trần Đức An đã tiếp Bộ trưởng Sarah Whitlock."
    )
    main = _main(text, [("Sáng 14.8", "--08-14", "morning")])
    assert main.trigger == "gặp"
    assert main.date is None


def test_a_later_paragraph_without_a_bullet_still_dates_the_undated_event() -> None:
    text = (
        "Chủ tịch Quốc hội Lê Minh Châu đã gặp Bộ trưởng Sarah Whitlock để bàn về hợp tác "
        "giáo dục và biến đổi khí hậu.\n"
        "Sáng 14.8, hai bên đã thống nhất nhiều biện pháp."
    )
    main = _main(text, [("Sáng 14.8", "--08-14", "morning")])
    assert main.date == "--08-14"


@pytest.mark.parametrize(
    "own_time",
    ["vào khoảng 9h15 sáng nay", "lúc 14g30 hôm nay", "chiều nay", "lúc 10 giờ 20 phút hôm qua"],
)
def test_an_unresolved_own_time_keeps_the_coordinated_span_away(own_time: str) -> None:
    text = (
        f"Thủ tướng Hà Quang Vinh đến Jakarta {own_time}, bắt đầu thăm chính thức Indonesia "
        "theo lời mời của Tổng thống Budi Santoso và tham dự Hội nghị Cấp cao ASEAN lần thứ 50 "
        "từ ngày 8 đến 10/5."
    )
    main = _main(text, [("từ ngày 8 đến 10/5", "--05-08/--05-10")])
    assert main.type == "visit"
    assert main.date is None


def test_a_visit_without_its_own_time_takes_the_span_after_it() -> None:
    text = (
        "Thủ tướng Hà Quang Vinh đến Jakarta, bắt đầu thăm chính thức Indonesia theo lời mời "
        "của Tổng thống Budi Santoso từ ngày 8 đến 10/5."
    )
    main = _main(text, [("từ ngày 8 đến 10/5", "--05-08/--05-10")])
    assert main.type == "visit"
    assert main.date == "--05-08/--05-10"


@pytest.mark.parametrize("since", ["kể từ khi nhậm chức ngày 5/6", "từ khi được bầu ngày 5/6"])
def test_a_when_clause_date_is_not_the_visits(since: str) -> None:
    text = (
        "Đoàn Quốc hội Hàn Quốc do Chủ tịch Quốc hội Kim Do-hyun dẫn đầu thăm Việt Nam.\n"
        "Đoàn được đón tại sân bay.\n"
        f"Đây là chuyến thăm nước ngoài đầu tiên của Chủ tịch Quốc hội Kim Do-hyun {since}."
    )
    main = _main(text, [("ngày 5/6", "--06-05")])
    assert main.type == "visit"
    assert main.date is None


def test_an_undated_visit_takes_a_far_later_mentions_span() -> None:
    text = (
        "Đoàn Quốc hội Hàn Quốc do Chủ tịch Quốc hội Kim Do-hyun dẫn đầu thăm Việt Nam.\n"
        "Đoàn được đón tại sân bay.\n"
        "Hai nước có quan hệ tốt đẹp.\n"
        "Hợp tác nghị viện phát triển mạnh.\n"
        "Chuyến thăm chính thức của Chủ tịch Quốc hội Kim Do hyun từ ngày 2/10-6/10 góp phần "
        "củng cố quan hệ.\n"
        "Đây là chuyến thăm đầu tiên của ông kể từ khi nhậm chức ngày 5/6."
    )
    main = _main(text, [("từ ngày 2/10-6/10", "--10-02/--10-06"), ("ngày 5/6", "--06-05")])
    assert main.type == "visit"
    assert main.date == "--10-02/--10-06"


ELECTION = "Ngày 12-3-2024, Quốc hội Chile đã bầu ông Rafael Ortega làm Tổng thống nhiệm kỳ mới. "


@pytest.mark.parametrize("opening", ["Nhân dịp này", "Nhân dịp đó", "Cũng trong dịp này"])
def test_a_message_on_this_occasion_is_not_dated_by_the_occasion(opening: str) -> None:
    text = (
        ELECTION + f"{opening}, Chủ tịch nước Võ Thanh Tùng đã gửi điện chúc mừng Tổng thống "
        "Rafael Ortega."
    )
    main = _main(text, [("Ngày 12-3-2024", "2024-03-12")])
    assert main.type == "message"
    assert main.date is None


def test_a_message_sent_the_same_day_is_dated() -> None:
    text = ELECTION + "Chủ tịch nước Võ Thanh Tùng đã gửi điện chúc mừng Tổng thống Rafael Ortega."
    main = _main(text, [("Ngày 12-3-2024", "2024-03-12")])
    assert main.type == "message"
    assert main.date == "2024-03-12"


def test_a_later_plan_of_another_act_does_not_date_the_arrival() -> None:
    text = (
        "Chủ tịch nước Võ Thanh Tùng bắt đầu chuyến thăm Chile.\n"
        "Theo kế hoạch, trong ngày 28/5, Chủ tịch nước Võ Thanh Tùng sẽ hội kiến Tổng thống "
        "Rafael Ortega."
    )
    main = _main(text, [("ngày 28/5", "--05-28")])
    assert main.type == "visit"
    assert main.date is None
