"""Which reference gives a year-less day its year when a stamp and the article disagree.

Five classes, in sentences written for these tests:

* a month stamp (a crawler's "date YYYY-MM" marker, a bare month line, a month in the URL) that
  lies years after every year the article may call its own was set when the page was crawled:
  the lead's own year dates the item's days. A start, a landmark or a history year ("từ năm",
  "hồi năm") is no such year, and any year near the stamp keeps it;
* a day named from the writer's own ("hôm qua 19/4") is not pushed a year ahead because its
  sentence announces a plan "trong thời gian tới";
* a plan ("sẽ") lies ahead of the writer's day, not of another event's written date: a day
  just before a planned "từ 12/3 đến 15/3/2026" keeps that year;
* a written month ("vào tháng 4 năm 2019") dates a period, often history: it gives its year to a
  later bare month, not to a later reported day ("hôm 12/10"); a written full day still does;
* a year-end review ("tổng kết công tác năm 2028, triển khai nhiệm vụ năm 2029") meets around
  the turn of the two years: a December day takes the first, a January day the second.
"""

from __future__ import annotations

import datetime as dt

import pytest

from vndiplo import extract


def values(text: str, **kwargs: object) -> dict[str, str | None]:
    doc = extract(text, **kwargs)  # type: ignore[arg-type]
    return {d.text: d.value for d in doc.dates}


# -- a stamp years after the lead's own year ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        # a crawler's marker glued to the first line
        (
            "Tin hoạt động\n\n date 2019-08 Hoạt động của Bộ trưởng\n\nNgày 14-5, bên lề hội "
            "nghị, Bộ trưởng Lê Văn Khải đã gặp Ngoại trưởng Chile. Ông dự hội nghị với tư cách "
            "chủ tịch luân phiên của khối năm 2012.\n\nHai bên bàn việc hợp tác.",
            "Ngày 14-5",
            "2012-05-14",
        ),
        # a month stamp on a line of its own
        (
            "Tin hoạt động\n\n2021-03\n\nChiều 9/11, Phó Thủ tướng Đinh Quang Huy tiếp Đại sứ "
            "Peru, nhân dịp Việt Nam là nước chủ nhà diễn đàn năm 2015.\n\nHai bên trao đổi.",
            "Chiều 9/11",
            "2015-11-09",
        ),
        # "Cùng ngày" follows the lead's day into the lead's year
        (
            "Tin hoạt động\n\n date 2018-02 Hoạt động đối ngoại\n\nNgày 3-7, Chủ tịch tỉnh Hà "
            "Minh Tâm tiếp đoàn doanh nghiệp Phần Lan. Cùng ngày, ông dự lễ khai mạc hội chợ "
            "thương mại năm 2011.\n\nHội chợ kéo dài ba ngày.",
            "Cùng ngày",
            "2011-07-03",
        ),
        # several years back, the lead's year written in a later sentence of the paragraph
        (
            "Tin hoạt động\n\n date 2020-10 Đối ngoại\n\nSáng 21/6, Thứ trưởng Vũ Thanh Nga "
            "hội đàm với Thứ trưởng Ngoại giao Ba Lan. Hai bên đánh giá cao kết quả hợp tác năm "
            "2009.\n\nCuộc hội đàm diễn ra thân mật.",
            "Sáng 21/6",
            "2009-06-21",
        ),
    ],
)
def test_a_stamp_long_after_the_leads_year_yields_to_it(text: str, quoted: str, value: str) -> None:
    assert values(text)[quoted] == value


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        # a start year ("từ năm") says nothing about when the page was written
        (
            "Tin hoạt động\n\n date 2023-06 Chính trị\n\nNgày 5/6, Giám đốc cảnh sát Yoon Min-ho "
            "hội đàm với Bộ trưởng Trần Văn Bình về hợp tác triển khai từ năm 2017.\n\nHai bên "
            "ký biên bản.",
            "Ngày 5/6",
            "2023-06-05",
        ),
        # a history year ("hồi năm") neither
        (
            "Tin hoạt động\n\n date 2016-12 Thời sự\n\nNgày 20/12, Thủ tướng Lào đến Hà Nội, "
            "chuyến thăm đầu tiên kể từ khi ông nhậm chức hồi năm 2011.\n\nHai bên hội đàm.",
            "Ngày 20/12",
            "2016-12-20",
        ),
        # the year before the stamp is within reach: the stamp stays
        (
            "Tin hoạt động\n\n date 2019-02 Đối ngoại\n\nNgày 28/1, Thứ trưởng Lê Hoài Nam tiếp "
            "đoàn Hàn Quốc. Hai bên đánh giá kết quả hợp tác năm 2018.\n\nHai bên trao đổi.",
            "Ngày 28/1",
            "2019-01-28",
        ),
        # a later year elsewhere in the article is near the stamp: the stamp stays
        (
            "Tin hoạt động\n\n date 2022-05 Đối ngoại\n\nNgày 12/5, ông Phan Đức Lộc tiếp "
            "đoàn Ý. Hai bên nhắc lại hội chợ chung năm 2014.\n\nHai bên sẽ tổ chức diễn đàn "
            "năm 2022.",
            "Ngày 12/5",
            "2022-05-12",
        ),
        # the old year is not in the lead: nothing says the stamp is wrong
        (
            "Tin hoạt động\n\n date 2022-05 Đối ngoại\n\nNgày 12/5, ông Phan Đức Lộc tiếp "
            "đoàn Ý tại trụ sở.\n\nHai bên nhắc lại hội chợ chung năm 2014.",
            "Ngày 12/5",
            "2022-05-12",
        ),
    ],
)
def test_a_stamp_near_the_articles_years_or_unchallenged_stays(
    text: str, quoted: str, value: str
) -> None:
    assert values(text)[quoted] == value


def test_a_url_month_long_after_the_leads_year_yields_to_it() -> None:
    text = (
        "Tin hoạt động\n\nNgày 14-5, bên lề hội nghị, Bộ trưởng Lê Văn Khải đã gặp Ngoại "
        "trưởng Chile. Ông dự hội nghị với tư cách chủ tịch luân phiên của khối năm 2012.\n\n"
        "Hai bên bàn việc hợp tác."
    )
    doc = extract(text, url="https://bao.example.vn/thoi-su/201908/gap-go-12345.html")
    assert doc.dates[0].value == "2012-05-14"


# -- a day named from the writer's own is no plan -----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "quoted", "value"),
    [
        (
            "Thủ tướng Đan Mạch có kế hoạch điện đàm với Tổng thống Pháp trong thời gian tới, "
            "người phát ngôn cho biết ngày hôm qua 19/4.",
            "ngày hôm qua 19/4",
            "2024-04-19",
        ),
        (
            "Hai bên dự kiến gặp nhau trong thời gian tới, Bộ Ngoại giao cho biết hôm qua 19/4.",
            "hôm qua 19/4",
            "2024-04-19",
        ),
        (
            "Bộ trưởng sẽ sang thăm Hàn Quốc trong thời gian tới, ông Lý cho biết hôm nay 20/4.",
            "hôm nay 20/4",
            "2024-04-20",
        ),
    ],
)
def test_a_day_named_from_the_writers_own_stays_in_the_writers_year(
    sentence: str, quoted: str, value: str
) -> None:
    found = values("Tin quốc tế\n\n" + sentence, published=dt.date(2024, 4, 20))
    assert found[quoted] == value


def test_a_bare_planned_day_still_goes_ahead() -> None:
    # near miss: no relative word, a plan announced in April for a day in February: next year
    found = values(
        "Tin quốc tế\n\nHai bên dự kiến sẽ gặp nhau ở Seoul vào ngày 19/2 trong thời gian tới, "
        "người phát ngôn cho biết.",
        published=dt.date(2024, 4, 20),
    )
    assert found["ngày 19/2"] == "2025-02-19"


# -- a plan lies ahead of the writer's day, not of another event's date -------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        (
            "Tin đối ngoại\n\nThủ tướng sẽ thăm chính thức Úc, từ ngày 12/03 đến 15/03/2026, sẽ "
            "hội kiến Toàn quyền.\n\nTheo báo Tin Sydney (08/03), Thủ tướng sẽ bàn về giáo dục.",
            "08/03",
            "2026-03-08",
        ),
        (
            "Tin đối ngoại\n\nBộ trưởng sẽ dự hội nghị tại Jakarta từ 20 đến 22/10/2027.\n\n"
            "Hôm 17/10, người phát ngôn cho biết Bộ trưởng sẽ gặp người đồng cấp Malaysia.",
            "Hôm 17/10",
            "2027-10-17",
        ),
        (
            "Tin đối ngoại\n\nĐoàn của tỉnh sẽ thăm Lào từ ngày 5/7 đến 8/7/2029, sẽ làm việc "
            "với chính quyền Luang Prabang.\n\nNgày 1/7, văn phòng tỉnh cho biết đoàn sẽ ký hai "
            "văn kiện hợp tác.",
            "Ngày 1/7",
            "2029-07-01",
        ),
    ],
)
def test_a_day_before_a_planned_written_date_keeps_its_year(
    text: str, quoted: str, value: str
) -> None:
    assert values(text)[quoted] == value


def test_a_plan_still_runs_ahead_of_the_writers_day() -> None:
    # near miss: against the page's own day (September) a planned 1/7 is next year's
    found = values(
        "Tin đối ngoại\n\nNgày 1/7, văn phòng tỉnh cho biết đoàn sẽ ký hai văn kiện hợp tác.",
        published=dt.date(2029, 9, 10),
    )
    assert found["Ngày 1/7"] == "2030-07-01"


# -- a written month dates a period, not the later reported days ---------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "Tin đối ngoại\n\nHai nước đã nâng quan hệ lên đối tác toàn diện vào tháng 4 năm "
            "2019.\n\nTrước đó, hôm 12/10, ông Hòa đã gặp người đồng cấp Chile tại Lima.",
            "hôm 12/10",
        ),
        (
            "Tin đối ngoại\n\nHiệp định có hiệu lực từ tháng 6/2020, mở ra giai đoạn mới.\n\n"
            "Ngày 3/12, hai bộ trưởng rà soát việc thực hiện hiệp định.",
            "Ngày 3/12",
        ),
        (
            "Tin đối ngoại\n\nĐại sứ nhận nhiệm vụ hồi tháng 2 năm 2021.\n\nChiều 25/8, Đại sứ "
            "trình quốc thư lên Tổng thống nước sở tại.",
            "Chiều 25/8",
        ),
    ],
)
def test_a_written_month_gives_no_year_to_a_later_reported_day(text: str, quoted: str) -> None:
    assert values(text)[quoted].startswith("--")


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        # near miss: a written full day still carries its year to the days after it
        (
            "Tin đối ngoại\n\nNgày 16/9/2030, Bộ trưởng Lâm Văn Tài tới Canberra.\n\nSáng 17/9, "
            "ông hội đàm với Ngoại trưởng Úc.",
            "Sáng 17/9",
            "2030-09-17",
        ),
        # near miss: a written month still carries its year to a later bare month
        (
            "Tin đối ngoại\n\nHai bên ký kế hoạch vào tháng 3/2030.\n\nĐến tháng 5, hai bên "
            "họp đánh giá.",
            "tháng 5",
            "2030-05",
        ),
    ],
)
def test_a_written_day_or_a_later_month_keeps_the_context_year(
    text: str, quoted: str, value: str
) -> None:
    assert values(text)[quoted] == value


# -- a year-end review meets around the turn of the year it reviews ------------------------------


@pytest.mark.parametrize(
    ("sentence", "quoted", "value"),
    [
        (
            "Sáng ngày 27-12, tại Đà Nẵng, Hội nghị tổng kết công tác đối ngoại năm 2028, triển "
            "khai nhiệm vụ năm 2029 đã khai mạc.",
            "Sáng ngày 27-12",
            "2028-12-27",
        ),
        (
            "Ngày 9/1, Bộ Ngoại giao tổ chức hội nghị tổng kết năm 2028 và triển khai nhiệm vụ "
            "năm 2029.",
            "Ngày 9/1",
            "2029-01-09",
        ),
        (
            "Chiều 20/12, Sở Ngoại vụ tỉnh tổng kết công tác năm 2026, đề ra phương hướng nhiệm "
            "vụ năm 2027.",
            "Chiều 20/12",
            "2026-12-20",
        ),
        (
            "Ngày 15/2, Ủy ban tổng kết hoạt động năm 2026, triển khai kế hoạch năm 2027.",
            "Ngày 15/2",
            "2027-02-15",
        ),
    ],
)
def test_a_year_end_review_dates_its_day_at_the_turn_of_the_years(
    sentence: str, quoted: str, value: str
) -> None:
    assert values("Tin hoạt động\n\n" + sentence + "\n\nCác đại biểu thảo luận.")[quoted] == value


@pytest.mark.parametrize(
    "sentence",
    [
        # no review: two years in the sentence leave the reader unsure
        "Ngày 9/1, hai bên bàn kế hoạch năm 2028 và năm 2029.",
        # a review of two years apart: no turn between them
        "Ngày 9/1, hội nghị tổng kết công tác năm 2025 và bàn nhiệm vụ năm 2028.",
    ],
)
def test_two_years_without_a_review_of_one_fix_nothing(sentence: str) -> None:
    assert values("Tin hoạt động\n\n" + sentence + "\n\nCác đại biểu thảo luận.")[
        "Ngày 9/1"
    ].startswith("--")
