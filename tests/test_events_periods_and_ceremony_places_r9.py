"""Round 9 (reviewer B classes C3, C6, C11), in invented words: a period of whole years is what
an agreement covers, never the day of an act; a ceremony told with no event word lends its day
and venue to the attendee list after it; the headline's named place after no event word; a
"tại <country>" closing an organisation's name is its office, not the place; a place cut by a
hard wrap after an administrative unit goes on to the name on the next line."""

from __future__ import annotations

import pytest

from vndiplo import extract
from vndiplo.model import Event


def _events(text: str, published: str | None = "2024-12-20") -> list[Event]:
    return list(extract(text, published=published).events)


def _main(text: str, published: str | None = "2024-12-20") -> Event:
    events = _events(text, published)
    assert events, text
    return events[0]


# -- periods of whole years -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # reviewer B's C3 variants
        "Ngày 7/3, UBND tỉnh Quảng Trị và tỉnh Savannakhet đã ký kết biên bản ghi nhớ. Tại lễ "
        "ký, hai bên đánh giá kết quả hợp tác giai đoạn 2019 - 2023.",
        "Sáng 4-9, Chủ tịch Hội Nông dân Việt Nam Lương Quốc Đoàn đã tiếp đoàn Hội Nông dân "
        "Lào. Dịp này, Hội Nông dân hai nước đã ký kết Thỏa thuận hợp tác giai đoạn 2025-2030.",
        "Bản ghi nhớ hợp tác năm 2011 - 2012 đã được ký trong chuyến thăm Lào của đoàn.",
        "Ngày 5/4, Phó Chủ tịch UBND tỉnh Trần Văn Bình tiếp ông John Smith. Theo thỏa thuận "
        "ký kết giữa tỉnh và tổ chức Plan, giai đoạn 2018 – 2023, tổ chức sẽ hỗ trợ 10 xã.",
        "Ngày 10/5, Bí thư Tỉnh ủy Nguyễn Văn An tiếp Đại sứ Lào. Đoàn tỉnh sẽ sang dự Lễ ký "
        "kết Thỏa thuận hợp tác giai đoạn 2026-2030 từ 19 đến 21-6.",
        # own: "Nhân dịp này", "thời kỳ", a ministry pair, "nhiệm kỳ" in a "Trước đó" aside,
        # a veterans' association's visit "để triển khai" a programme
        "Sáng 20-8, Bí thư Tỉnh ủy Cao Bằng Lâm Văn Đức tiếp Bí thư Khu ủy Quảng Tây Lưu Ninh. "
        "Nhân dịp này, hai bên đã ký kết Chương trình hợp tác thời kỳ 2026 – 2030.",
        "Ngày 11/3, Thứ trưởng Bộ Công an Lê Quốc Hưng tiếp Thứ trưởng Bộ An ninh Lào Khăm Sỉ. "
        "Trước đó, hai Bộ đã ký Kế hoạch hợp tác nhiệm kỳ 2021-2026.",
        "Đoàn đại biểu Hội Cựu chiến binh tỉnh Kiên Giang do ông Đỗ Minh Tâm dẫn đầu đã thăm "
        "tỉnh Kampot (Campuchia) để triển khai thỏa thuận hợp tác giai đoạn 2024-2028.",
        "Chiều 14/11, Bộ trưởng Bộ Y tế Trần Thị Hạnh và Bộ trưởng Y tế Lào Bounmy Sisavath "
        "đã ký Kế hoạch hợp tác năm 2025 - 2027.",
    ],
)
def test_a_span_of_whole_years_dates_no_act(text: str) -> None:
    for event in _events(text):
        value = str(event.date or "")
        assert not (len(value) == 9 and value[4] == "/"), (text, event)


def test_the_act_keeps_its_own_day_before_the_period() -> None:
    main = _main(
        "Chiều 14/11, Bộ trưởng Bộ Y tế Trần Thị Hạnh và Bộ trưởng Y tế Lào Bounmy Sisavath "
        "đã ký Kế hoạch hợp tác năm 2025 - 2027."
    )
    assert (main.type, main.date) == ("signing", "2024-11-14")


def test_a_planned_attendance_keeps_its_own_days() -> None:
    events = _events(
        "Ngày 10/5, Bí thư Tỉnh ủy Nguyễn Văn An tiếp Đại sứ Lào. Đoàn tỉnh sẽ sang dự Lễ ký "
        "kết Thỏa thuận hợp tác giai đoạn 2026-2030 từ 19 đến 21-6."
    )
    assert any(e.type == "attend" and e.date == "2024-06-19/2024-06-21" for e in events)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # guards: spans of days and of months, a lone year, still date the act
        (
            "Từ ngày 3 đến 5/8/2024, Phó Thủ tướng Lê Văn Quý đã thăm chính thức Lào.",
            "2024-08-03/2024-08-05",
        ),
        (
            "Từ tháng 6 đến tháng 8/2023, Đại sứ Trương Minh Anh đã thăm 5 bang của Australia.",
            "2023-06/2023-08",
        ),
    ],
)
def test_spans_of_days_or_months_still_date_the_act(text: str, date: str) -> None:
    assert _main(text).date == date


# -- a ceremony told with no event word, then its attendee list --------------------------------


@pytest.mark.parametrize(
    ("text", "place", "names"),
    [
        # reviewer B's C6 variant
        (
            "Sáng 9/10, tại Cung Văn hóa Hữu nghị, đã diễn ra Lễ mít-tinh kỷ niệm 60 năm quan hệ "
            "ngoại giao Việt Nam - Lào. Tham dự có bà Lê Thị Mai, Chủ tịch Hội LHPN Việt Nam và "
            "ông Khăm Phăn, Đại sứ Lào tại Việt Nam.",
            "Cung Văn hóa Hữu nghị",
            {"Lê Thị Mai", "Khăm Phăn"},
        ),
        # own: "Dự lễ có", an embassy abroad, evening
        (
            "Tối 2/9, tại Đại sứ quán Việt Nam ở Vientiane, đã diễn ra Lễ kỷ niệm 79 năm Quốc "
            "khánh. Dự lễ có Phó Thủ tướng Lào Saleumxay Kommasith và Đại sứ Nguyễn Minh Tâm.",
            "Đại sứ quán Việt Nam ở Vientiane",
            {"Saleumxay Kommasith", "Nguyễn Minh Tâm"},
        ),
        # own: "đã khai mạc tại" a city, "Tham dự hội nghị có", provincial level
        (
            "Sáng 20/5, Hội nghị hợp tác các tỉnh biên giới Việt Nam - Lào lần thứ 5 đã khai mạc "
            "tại thành phố Pakse. Tham dự hội nghị có ông Lò Văn Sơn, Chủ tịch UBND tỉnh Sơn La và "
            "ông Viêng Thong, Tỉnh trưởng tỉnh Champasak.",
            "thành phố Pakse",
            {"Lò Văn Sơn", "Viêng Thong"},
        ),
        # own: passive "được tổ chức ... tại", "Tới dự có", defence level
        (
            "Chiều 12/6, Lễ mít tinh kỷ niệm Ngày thành lập Quân đội Nhân dân Lào được tổ chức "
            "trọng thể tại Hội trường Bộ Quốc phòng. Tới dự có Thượng tướng Hoàng Xuân Chiến và "
            "Đại sứ Lào Khamphao Ernthavanh.",
            "Hội trường Bộ Quốc phòng",
            {"Hoàng Xuân Chiến", "Khamphao Ernthavanh"},
        ),
        # own: the list in its own paragraph
        (
            "Sáng 9/10, tại Cung Văn hóa Hữu nghị, đã diễn ra Lễ mít-tinh kỷ niệm 60 năm quan hệ "
            "ngoại giao Việt Nam - Lào.\n\nTham dự buổi lễ có ông Khăm Phăn, Đại sứ Lào tại Việt "
            "Nam.",
            "Cung Văn hóa Hữu nghị",
            {"Khăm Phăn"},
        ),
    ],
)
def test_the_list_after_an_untold_ceremony_is_the_attendance(
    text: str, place: str, names: set[str]
) -> None:
    main = _main(text)
    assert main.type == "attend"
    assert main.location == place
    assert {p.name for p in main.participants} == names


def test_an_attendance_after_an_opening_takes_its_place() -> None:
    main = _main(
        "Ngày 12-7, cuộc Gặp gỡ thanh niên Mekong đã khai mạc tại Lào. Đoàn Việt Nam do ông "
        "Trần Quốc Việt dẫn đầu tham dự."
    )
    assert (main.type, main.location) == ("attend", "Lào")


def test_a_list_after_a_told_reception_is_no_attendance() -> None:
    # guard: the sentence before told an event, the list only adds to it
    events = _events(
        "Sáng 5/3, tại Phủ Chủ tịch, Chủ tịch nước Võ Văn Thường tiếp Đại sứ Nhật Bản Yamada "
        "Takio. Tham dự có Thứ trưởng Ngoại giao Đỗ Hùng Việt."
    )
    assert [e.type for e in events] == ["reception"]


def test_a_list_after_a_sentence_that_tells_no_ceremony_taking_place_is_no_event() -> None:
    # guard: no "diễn ra / khai mạc / được tổ chức" before the list
    assert not _events(
        "Sáng 9/10, Hội Liên hiệp Phụ nữ Việt Nam kỷ niệm ngày truyền thống. Tham dự có bà Hà "
        "Thị Nga và Đại sứ Lào Sengphet Houngboungnuang."
    )


# -- the headline's place after no event word ------------------------------------------------


def test_the_headline_place_after_a_greeting() -> None:
    main = _main(
        "Đoàn tỉnh Attapeu thăm và làm việc tại Kon Tum\n\nNgày 3-5, đoàn đại biểu tỉnh "
        "Attapeu do ông Khăm Phay, Phó Tỉnh trưởng làm trưởng đoàn đã đến thăm và làm việc với "
        "lãnh đạo tỉnh."
    )
    assert main.location == "Kon Tum"
    main = _main(
        "Phó Thủ tướng Campuchia chúc Tết tại Hậu Giang\n\nNgày 5/2/2025, đoàn đại biểu "
        "Campuchia do bà Sok Chenda, Phó Thủ tướng dẫn đầu đã đến thăm và chúc Tết lãnh đạo "
        "tỉnh.",
        None,
    )
    assert (main.type, main.location) == ("visit", "Hậu Giang")


def test_a_headline_place_that_names_no_place_is_not_taken() -> None:
    main = _main(
        "Giao lưu thanh niên tại các xã biên giới\n\nNgày 2/2/2025, đoàn thanh niên tỉnh "
        "Luang Namtha do ông Bun Thong dẫn đầu đã đến thăm tỉnh Điện Biên.",
        None,
    )
    assert main.location is None


# -- "tại <country>" closing an organisation's name -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # reviewer B's C11 variants
        "Ngày 9/1, Phó Chủ tịch UBND tỉnh Đặng Văn Hà đã tiếp xã giao đoàn công tác tổ chức "
        "Care International tại Việt Nam.",
        "Ngày 9/1, Phó Chủ tịch UBND tỉnh Đặng Văn Hà tiếp ông Tom Reed, Giám đốc quốc gia tổ "
        "chức ChildFund tại Việt Nam.",
        "Ngày 9/1, Phó Chủ tịch UBND tỉnh Đặng Văn Hà tiếp Trưởng Đại diện UNICEF tại Việt Nam "
        "Rana Flowers.",
        # own: an association, a fund, a capitalised "Tổ chức", a bracketed aside
        "Ngày 8/4, Chủ tịch UBND tỉnh Lê Hồng Quang tiếp ông Kim Jae-sung, Chủ tịch Hiệp hội "
        "Doanh nghiệp Hàn Quốc tại Việt Nam.",
        "Ngày 8/4, Phó Chủ tịch UBND tỉnh Vũ Mạnh Hà làm việc với bà Lesley Miller, Phó Trưởng "
        "đại diện Quỹ Nhi đồng Liên hợp quốc tại Việt Nam.",
        "Ngày 8/4, Phó Chủ tịch UBND tỉnh Nguyễn Văn Phương tiếp ông Alan Brooks, Giám đốc Tổ "
        "chức Cứu trợ Trẻ em tại Việt Nam.",
        "Ngày 8/4, Phó Chủ tịch UBND tỉnh Võ Văn Hòa tiếp ông Peter Lang, Trưởng đại diện tổ "
        "chức GHF (Quỹ Sức khỏe Toàn cầu) tại Việt Nam.",
    ],
)
def test_an_organisations_office_is_no_place(text: str) -> None:
    assert _main(text).location is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # guards: the verb "tổ chức" (to hold) and a plain "tại <country>" keep their place
        (
            "Ngày 8/4, Bộ Ngoại giao đã tổ chức Lễ kỷ niệm tại Lào với sự tham dự của Thứ trưởng "
            "Ngoại giao Lê Thị Thu Hằng.",
            "Lào",
        ),
        (
            "Ngày 8/4, Chủ tịch nước Lương Cường tiếp Tổng thống Lào Thongloun Sisoulith tại Việt "
            "Nam.",
            "Việt Nam",
        ),
    ],
)
def test_a_held_event_keeps_its_country(text: str, place: str) -> None:
    assert _main(text).location == place


# -- a place cut by a hard wrap -----------------------------------------------------------------


def test_a_place_runs_over_a_hard_wrap_after_its_unit() -> None:
    text = (
        "01/03/2024\nSở Ngoại vụ Savannakhet thăm và làm việc tại Quảng Trị\n"
        "Sáng ngày 01/3/2024, Đoàn cán bộ Sở Ngoại vụ tỉnh Savannakhet (Lào) do đồng\n"
        "chí Khăm Sing Phôm Ma, Phó Giám đốc Sở, làm trưởng đoàn đến thăm và làm việc\n"
        "cùng lãnh đạo và cán bộ, công chức, viên chức tại Sở Ngoại vụ tỉnh\n"
        "Quảng Trị.\n"
        "Tại buổi làm việc, hai đoàn đã trao đổi kinh nghiệm chuyên môn, nghiệp vụ về\n"
        "công tác đối ngoại, vận động viện trợ phi chính phủ, công tác lãnh sự biên\n"
        "giới, hợp tác với các tỉnh bạn Lào trong thời gian tới.\n"
    )
    assert _main(text, None).location == "Sở Ngoại vụ tỉnh Quảng Trị"


def test_a_domestic_ceremony_list_is_no_attendance() -> None:
    # guard: no foreign place or country in the ceremony or its list: a home act
    assert not _events(
        "Tối 19/5, Lễ kỷ niệm ngày thành lập thành phố được tổ chức tại Nhà hát thành phố. Dự "
        "lễ có Bí thư Thành ủy Phan Văn Mãi và Chủ tịch UBND thành phố Trần Văn Khoa."
    )
