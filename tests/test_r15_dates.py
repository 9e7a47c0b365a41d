"""The main event's date on a stamp-less page (round 15), in invented sentences.

The family: a year-less day ("Chiều 8/3") whose year the article fixes elsewhere, and the spans
of a trip or a conference written with their year once.

* A year the text describes as the present one mid-sentence ("Hai bên cho rằng 2024 là năm có
  ý nghĩa đặc biệt ...") ties the page, as an opening "Năm 2024 là năm ..." already does
  (README round 5 present ties); a landmark's year ("1995 là năm có ý nghĩa lịch sử") and a
  year told as coming ("sẽ là năm") do not.
* "năm tới" (next year) with its number in the clause ("trong năm tới ... từ tháng 7/2025")
  puts the page the year before (README round 5: a plan naming the coming year); "những năm
  tới" is no year.
* A plan said with "sớm" (soon: "nỗ lực để sớm tiến hành ... trong năm 2025") names the coming
  year, as "sẽ" and "dự kiến" do; "đã sớm hoàn thành" is done.
* An anniversary celebrated "vào năm Y" ("kỷ niệm 50 năm ... vào năm 2023") whose founding
  reading would lie in the future marks the present year (README round 6 years).
* An attendance the sentence before dates with its forum's span ("Từ ngày 14/4 đến ngày 16/4,
  tại X diễn ra Hội nghị Y. Đoàn Z ... tham dự Hội nghị.") takes that span (W11, round 11 #6);
  a reception after a visit span stays undated (AI4).
* A trip's first act dated by its departure day takes the span written once at the end of the
  chain when the span holds the day (AK8, round 12 #2 BF07).
* "như ngày hôm nay" (as things are today) is no date.
"""

from __future__ import annotations

import pytest

import vndiplo


def dated(text: str, suffix: str) -> list[str | None]:
    """The values of the dates whose value ends with ``suffix`` (the day the test is about)."""
    return [d.value for d in vndiplo.extract(text).dates if d.value and d.value.endswith(suffix)]


def main_date(text: str, published: str | None = None) -> str | None:
    events = vndiplo.extract(text, published=published).events
    return events[0].date if events else None


LEAD = "Chiều 8/3, Bộ trưởng Bộ Ngoại giao Trần Văn An điện đàm với Ngoại trưởng Chile Pedro Soto."


# -- a year described as the present one ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Hai bên nhất trí cho rằng 2024 là năm có ý nghĩa đặc biệt với nhiều hoạt động.", 2024),
        ("Ông khẳng định năm 2022 là năm bản lề của quan hệ song phương.", 2022),
        ("Hai Bộ trưởng cho rằng 2021 cũng là năm quan trọng đối với hợp tác hai nước.", 2021),
        ("Bộ trưởng nhấn mạnh năm 2023 là một năm đặc biệt trong quan hệ hai nước.", 2023),
        ("Theo hai bên, 2020 là năm có nhiều hoạt động kỷ niệm quan hệ ngoại giao.", 2020),
        ("Phía Chile cho rằng năm 2025 là năm tăng tốc của hợp tác kinh tế.", 2025),
    ],
)
def test_a_year_described_as_the_present_ties_the_page(sentence: str, value: int) -> None:
    assert dated(f"{LEAD} {sentence}", "03-08") == [f"{value}-03-08"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hai bên nhắc lại 1995 là năm có ý nghĩa lịch sử trong quan hệ hai nước.",
        "Ông cho rằng hai nước là đối tác có ý nghĩa đặc biệt trong năm tới.",
        "Hai bên nhắc lại năm 2019 đã là năm quan trọng của hợp tác hai nước.",
        "Ông cho rằng hai nước là đối tác quan trọng trong khu vực.",
        "Hai bên nhắc lại 2015 là năm hai nước đã nâng cấp quan hệ.",
        "Hai bên cho rằng đây là năm có ý nghĩa đặc biệt với nhiều hoạt động.",
    ],
)
def test_a_landmark_or_coming_year_ties_nothing(sentence: str) -> None:
    assert dated(f"{LEAD} {sentence}", "03-08") == ["--03-08"]


# -- "năm tới" with its number -----------------------------------------------------------------


ARRIVAL = "Sáng 3/4, tỷ phú Mark Lowell và vợ đã hạ cánh xuống sân bay Nội Bài."


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Ông tuyên bố sẽ chuyển giao công việc trong năm tới để nghỉ hưu từ tháng 6/2025.", 2024),
        ("Ông cho biết sẽ rời chức vụ vào năm tới (năm 2023).", 2022),
        ("Quỹ dự kiến mở văn phòng mới trong năm tới, năm 2021, tại Đà Nẵng.", 2020),
        ("Theo ông, năm tới là năm 2024, quỹ sẽ tăng gấp đôi số học bổng.", 2023),
        ("Ông sẽ trở lại Việt Nam vào năm tới, dự kiến trong tháng 5/2022.", 2021),
        ("Năm tới, tức năm 2026, quỹ sẽ mở rộng hoạt động sang Lào.", 2025),
        ("Số học bổng năm ngoái (năm 2020) đạt 500 suất.", 2021),
        ("Quỹ đã mở văn phòng tại Huế vào năm ngoái, năm 2019.", 2020),
    ],
)
def test_next_year_with_its_number_puts_the_page_the_year_before(sentence: str, value: int) -> None:
    assert dated(f"{ARRIVAL} {sentence}", "04-03") == [f"{value}-04-03"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Quỹ sẽ tiếp tục hỗ trợ trong những năm tới, như đã làm từ năm 2015.",
        "Quỹ sẽ mở rộng hoạt động trong nhiều năm tới.",
        "Ông sẽ trở lại vào năm tới.",
        "Trong 5 năm tới, quỹ đặt mục tiêu hỗ trợ 1.000 trường học đến năm 2030.",
        "Ông đã thăm Việt Nam năm 2006, khi quỹ mới thành lập.",
        "Các năm tới, quỹ sẽ làm việc với nhiều tỉnh.",
    ],
)
def test_next_year_without_its_number_ties_nothing(sentence: str) -> None:
    assert dated(f"{ARRIVAL} {sentence}", "04-03") == ["--04-03"]


# -- a plan said with "sớm" --------------------------------------------------------------------


ONLINE = (
    "Chiều 16/11, Trưởng Ban Đối ngoại Lê Văn Bình hội đàm trực tuyến với ông Hans Berg, "
    "Phó Chủ tịch Đảng Xã hội Áo."
)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Hai bên cùng nỗ lực để có thể sớm tiến hành Đối thoại lần thứ 5 trong năm 2021.", 2020),
        ("Hai bên nhất trí sớm tổ chức kỳ họp tiếp theo trong năm 2023.", 2022),
        ("Hai Đảng mong muốn sớm ký kế hoạch hợp tác giai đoạn mới trong năm 2019.", 2018),
        ("Hai bên thống nhất sẽ sớm trao đổi đoàn cấp cao trong năm 2024.", 2023),
        ("Phía Áo đề nghị sớm nối lại các chuyến thăm trực tiếp vào năm 2022.", 2021),
        ("Hai bên nhất trí sớm khởi động Đối thoại chính sách vào năm 2020.", 2019),
    ],
)
def test_a_plan_said_with_soon_names_the_coming_year(sentence: str, value: int) -> None:
    assert dated(f"{ONLINE} {sentence}", "11-16") == [f"{value}-11-16"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hai bên đã sớm hoàn thành Đối thoại lần thứ 4 vào năm 2019.",
        "Quan hệ hai Đảng được thiết lập từ rất sớm, từ năm 1975.",
        "Hai bên cho rằng cần tiến hành Đối thoại càng sớm càng tốt.",
        "Đối thoại lần thứ 4 được tổ chức sớm hơn dự kiến, hồi năm 2018.",
        "Hai bên vừa sớm ký thỏa thuận hợp tác năm 2019.",
        "Hai bên đánh giá cao kết quả Đối thoại lần thứ 4 tổ chức hồi năm 2019.",
    ],
)
def test_soon_said_of_a_done_act_or_no_year_ties_nothing(sentence: str) -> None:
    assert dated(f"{ONLINE} {sentence}", "11-16") == ["--11-16"]


# -- an anniversary celebrated in a named year -------------------------------------------------


FORUM = (
    "Từ ngày 3/5 đến ngày 5/5, tại Huế diễn ra Hội nghị hợp tác địa phương Việt Nam - Italia lần "
    "thứ 4. Đoàn đại biểu tỉnh Quảng Bình do ông Lê Văn Cường, Phó Chủ tịch UBND tỉnh làm Trưởng "
    "đoàn tham dự Hội nghị."
)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Sự kiện diễn ra trong bối cảnh hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao "
            "và 10 năm Đối tác chiến lược vào năm 2023.",
            2023,
        ),
        ("Hội nghị diễn ra khi hai nước kỷ niệm 45 năm quan hệ ngoại giao trong năm 2018.", 2018),
        ("Năm nay, hai nước kỷ niệm 30 năm quan hệ ngoại giao vào năm 2022.", 2022),
        ("Đây là dịp hai nước kỷ niệm 25 năm quan hệ đối tác vào năm 2021.", 2021),
    ],
)
def test_an_anniversary_celebrated_in_a_named_year_ties_it(sentence: str, value: int) -> None:
    text = f"{FORUM} {sentence}"
    assert dated(text, "05-05") == [f"{value}-05-03/{value}-05-05"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # the founding year: the anniversary falls in the present (unchanged)
        ("Năm nay hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao (năm 1973).", "2023"),
        # a celebration planned ahead: written the year before (round 5, unchanged)
        ("Hai nước sẽ kỷ niệm 50 năm quan hệ ngoại giao vào năm 2023.", "2022"),
        # a celebration simply told (it may be history): no present tie of its own
        ("Tại Huế, hai tỉnh kỷ niệm 20 năm kết nghĩa vào năm 2019 với nhiều hoạt động.", "-"),
        # a celebration to organise: no present tie of its own
        (
            "Hai bên nhất trí phối hợp tổ chức các hoạt động kỷ niệm 50 năm quan hệ ngoại giao "
            "vào năm 2023.",
            "-",
        ),
    ],
)
def test_a_founding_year_or_planned_celebration_keeps_its_reading(
    sentence: str, value: str
) -> None:
    assert dated(f"{FORUM} {sentence}", "05-05") == [f"{value}-05-03/{value}-05-05"]


# -- an attendance dated by its forum's span -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        FORUM,
        "Từ ngày 3/5 đến ngày 5/5, tại Huế diễn ra Diễn đàn Hợp tác Mekong - Lan Thương. Bộ "
        "trưởng Nguyễn Văn Phúc tham dự Diễn đàn.",
        "Trong hai ngày 3-5/5, Hội thảo quốc tế về Biển Đông được tổ chức tại Đà Nẵng. Thứ trưởng "
        "Lê Thị Hoa tham dự và phát biểu tại Hội thảo.",
        "Từ 3/5 đến 5/5, Hội chợ Thương mại Việt - Lào diễn ra tại Vientiane. Phó Chủ tịch tỉnh "
        "Trần Minh Đức dẫn đầu đoàn doanh nghiệp tỉnh tham dự Hội chợ.",
    ],
)
def test_an_attendance_takes_the_span_of_its_forum_before(text: str) -> None:
    assert main_date(text) == "--05-03/--05-05"


@pytest.mark.parametrize(
    "text",
    [
        # a reception inside a visit span (AI4)
        "Từ ngày 3/5 đến ngày 5/5, đoàn đại biểu tỉnh Xiêng Khoảng thăm tỉnh Nghệ An. Bí thư "
        "Tỉnh ủy Nguyễn Văn Hùng tiếp đoàn.",
        # the attendance writes its own day
        "Từ ngày 3/5 đến ngày 5/5, tại Huế diễn ra Diễn đàn Hợp tác Mekong. Sáng 4/5, Bộ trưởng "
        "Nguyễn Văn Phúc tham dự Diễn đàn.",
    ],
)
def test_a_reception_or_a_dated_attendance_keeps_its_own_date(text: str) -> None:
    assert main_date(text) != "--05-03/--05-05"


# -- a trip's first act dated by its departure ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 16/5, Thủ tướng Trần Văn An rời Hà Nội, lên đường tham dự Hội nghị Thượng đỉnh "
        "Kinh tế tại Oslo, Na Uy, thăm chính thức Đan Mạch và Phần Lan từ ngày 16-21/5/2021.",
        "Rạng sáng 16/5, Chủ tịch nước Lê Văn Minh rời Hà Nội lên đường tham dự Hội nghị Cấp cao "
        "tại Jakarta và thăm chính thức Indonesia từ ngày 16 đến 21/5/2021.",
        "Tối 16/5, Phó Thủ tướng Nguyễn Văn Hải lên đường tham dự Diễn đàn Kinh tế tại Tokyo, "
        "thăm làm việc Nhật Bản từ 16-21/5/2021.",
    ],
)
def test_a_departure_day_gives_way_to_the_trip_span(text: str) -> None:
    assert main_date(text) == "2021-05-16/2021-05-21"


def test_a_span_that_does_not_hold_the_day_leaves_it() -> None:
    text = (
        "Sáng 10/5, Thủ tướng Trần Văn An tham dự Hội nghị Thượng đỉnh Kinh tế tại Oslo, Na Uy. "
        "Dịp này, Thủ tướng sẽ thăm chính thức Đan Mạch từ ngày 16-21/5/2021."
    )
    assert main_date(text) == "--05-10"


# -- "như ngày hôm nay" -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ông cảm ơn sự giúp đỡ để tỉnh có sự phát triển như ngày hôm nay.",
        "Nhờ sự hỗ trợ đó, quan hệ hai tỉnh mới có được như hôm nay.",
        "Tỉnh bạn đã có những đổi thay như ngày hôm nay là nhờ tình đoàn kết.",
    ],
)
def test_as_things_are_today_is_no_date(sentence: str) -> None:
    text = f"Sáng nay (26/4), đoàn tỉnh Xiêng Khoảng thăm tỉnh Nghệ An. {sentence}"
    assert [d.text for d in vndiplo.extract(text).dates] == ["Sáng nay (26/4)"]


def test_today_as_a_day_stays_a_date() -> None:
    text = "Ngày hôm nay (26/4), đoàn tỉnh Xiêng Khoảng thăm tỉnh Nghệ An như kế hoạch."
    assert [d.value for d in vndiplo.extract(text).dates] == ["--04-26"]


# -- a clock riding on a bracketed relative day ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Khoảng 11h30 hôm qua (1/4), chuyên cơ chở tỷ phú Mark Lowell đã hạ cánh xuống sân "
            "bay Nội Bài, bắt đầu chuyến thăm Việt Nam.",
            "--04-01",
        ),
        (
            "9 giờ 30 phút sáng nay (12/3), Thủ tướng Lê Văn An tới Lima, bắt đầu chuyến thăm "
            "Peru.",
            "--03-12",
        ),
        (
            "Lúc 15h chiều qua (8/6), Chủ tịch nước Lê Văn Minh đến Jakarta, bắt đầu chuyến thăm "
            "Indonesia.",
            "--06-08",
        ),
    ],
)
def test_a_clock_on_a_bracketed_day_dates_the_arrival(text: str, value: str) -> None:
    assert main_date(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "Lúc 11h40 hôm nay, Thủ tướng Lê Văn An tới Lima, mở đầu chuyến thăm Peru.",
        "Chiều qua, Chủ tịch nước Lê Văn Minh đến Jakarta, bắt đầu chuyến thăm Indonesia.",
    ],
)
def test_an_unresolved_time_still_leaves_the_arrival_undated(text: str) -> None:
    assert main_date(text) is None


# -- the day of a report about the act ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Đài KBS ngày 4/6 đưa tin trong cuộc hội đàm với Thủ tướng Lê Văn An ở Seoul, Thủ tướng "
        "Kim Min-jun bày tỏ hy vọng tăng cường hợp tác.",
        "Hãng tin Reuters ngày 4/6 cho biết trong cuộc hội đàm tại Canberra, Thủ tướng Úc John "
        "Miller và Thủ tướng Lê Văn An nhất trí nâng cấp quan hệ.",
        "Báo Asahi hôm 4/6 tiết lộ trong cuộc gặp tại Tokyo, Thủ tướng Nhật Bản Sato Ken đã đề "
        "nghị Thủ tướng Lê Văn An thúc đẩy hợp tác năng lượng.",
    ],
)
def test_a_report_day_does_not_date_the_act_it_reports(text: str) -> None:
    assert main_date(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Ngày 4/6, tại Seoul, Thủ tướng Lê Văn An hội đàm với Thủ tướng Hàn Quốc Kim Min-jun.",
            "--06-04",
        ),
        (
            "Bộ Ngoại giao cho biết, chiều 4/6, Thủ tướng Lê Văn An đã hội đàm với Thủ tướng Hàn "
            "Quốc Kim Min-jun.",
            "--06-04",
        ),
        (
            "Chiều 4/6 theo giờ địa phương, Thủ tướng Lê Văn An hội đàm với Thủ tướng Kim Min-jun "
            "tại Seoul.",
            "--06-04",
        ),
    ],
)
def test_an_act_written_with_its_own_day_keeps_it(text: str, value: str) -> None:
    assert main_date(text) == value


# -- an announced act dated by its month, then by its day -----------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "part"),
    [
        (
            "Tổng thống Mỹ John Parker và Chủ tịch nước Lê Văn Minh sẽ gặp nhau vào cuối tháng 6 "
            "tại Nhà Trắng. Theo các quan chức, cuộc gặp giữa hai nhà lãnh đạo sẽ diễn ra vào "
            "sáng thứ Sáu ngày 22 tháng 6.",
            "--06-22",
            "morning",
        ),
        (
            "Thủ tướng Lê Văn An sẽ hội đàm với Thủ tướng Lào Sone Phomvihane trong tháng 6. Cuộc "
            "hội đàm dự kiến diễn ra vào chiều 22/6 tại Vientiane.",
            "--06-22",
            "afternoon",
        ),
        (
            "Chủ tịch Quốc hội Trần Văn Nam sẽ hội kiến Tổng thống Indonesia Budi Santoso vào "
            "trung tuần tháng 6. Cuộc hội kiến sẽ diễn ra vào ngày 14/6 tại Jakarta.",
            "--06-14",
            None,
        ),
    ],
)
def test_an_announced_month_takes_the_later_day(text: str, value: str, part: str | None) -> None:
    event = vndiplo.extract(text).events[0]
    assert (event.date, event.part_of_day) == (value, part)


@pytest.mark.parametrize(
    "text",
    [
        # the later day lies in another month: another occasion
        "Thủ tướng Lê Văn An sẽ hội đàm với Thủ tướng Lào Sone Phomvihane trong tháng 6. Cuộc "
        "hội đàm tiếp theo dự kiến diễn ra vào chiều 22/7 tại Vientiane.",
        # a later act of another type
        "Thủ tướng Lê Văn An sẽ hội đàm với Thủ tướng Lào Sone Phomvihane trong tháng 6. Hai bên "
        "sẽ ký Hiệp định thương mại vào ngày 22/6.",
        # the same act with other people
        "Thủ tướng Lê Văn An sẽ hội đàm với Thủ tướng Lào Sone Phomvihane trong tháng 6. Bộ "
        "trưởng Trần Minh sẽ hội đàm với Bộ trưởng Lào Khamphan Vong vào ngày 22/6.",
    ],
)
def test_an_announced_month_keeps_it_without_its_own_later_day(text: str) -> None:
    assert vndiplo.extract(text).events[0].date == "--06"


# -- a planned act's own time written before it ---------------------------------------------------


def event_dates(text: str) -> dict[str, str | None]:
    return {e.type: e.date for e in vndiplo.extract(text).events}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Từ ngày 11 tới ngày 15/7, ông John Miller, Phó Chủ tịch ADB sẽ tới thăm và làm việc "
            "tại Việt Nam.",
            "--07-11/--07-15",
        ),
        (
            "Ngày 11/7, ông John Miller, Phó Chủ tịch ADB sẽ tới thăm và làm việc tại Việt Nam.",
            "--07-11",
        ),
        (
            "Trong tháng 7, Thủ tướng Lào Sone Phomvihane sẽ thăm chính thức Việt Nam.",
            "--07",
        ),
        (
            "Từ 3 đến 6/9, Tổng thống Chile Pedro Soto dự kiến thăm cấp nhà nước Việt Nam.",
            "--09-03/--09-06",
        ),
        (
            "Trong hai ngày 20-21/5, Ngoại trưởng Úc Anna Lee sẽ thăm chính thức Việt Nam.",
            "--05-20/--05-21",
        ),
        (
            "Từ ngày 30/11 đến ngày 5/12/2021, Bộ trưởng Quốc phòng Lê Văn Hùng sẽ thăm chính thức "
            "Lào.",
            "2021-11-30/2021-12-05",
        ),
    ],
)
def test_a_plan_opening_with_its_time_is_dated_by_it(text: str, value: str) -> None:
    assert event_dates(text).get("visit") == value


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 6/7, Bộ Ngoại giao cho biết Thủ tướng Lào Sone Phomvihane sẽ thăm chính thức Việt "
        "Nam.",
        "Ngày 6/7, hai bên nhất trí Thủ tướng Lào Sone Phomvihane sẽ thăm chính thức Việt Nam.",
        "Ngày 6/7, Thủ tướng Lê Văn An đã mời Thủ tướng Lào Sone Phomvihane sẽ sớm thăm Việt Nam.",
        "Từ ngày 14-18/10/2021, Chủ tịch Quốc hội Trần Văn Nam sẽ đến Nga tham dự Đại hội đồng "
        "IPU lần thứ 150 và thăm chính thức Kazakhstan.",
        "Theo thông báo ngày 6/7, Thủ tướng Lào Sone Phomvihane sẽ thăm chính thức Việt Nam.",
        # the plan word governs another act the visit is only named in
        "Chiều ngày 7/8, ông John Miller sẽ có cuộc họp báo tổng kết sau 2 ngày thăm và làm việc "
        "tại Việt Nam.",
    ],
)
def test_a_date_of_another_act_or_of_the_whole_trip_is_not_the_plans(text: str) -> None:
    assert event_dates(text).get("visit") is None
