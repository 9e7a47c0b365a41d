"""Issue 16 and the real-pages date class, on sentences written for these tests (other leaders,
places and dates than the issue's examples): what each new family reads, and the look-alikes it
must leave alone."""

from __future__ import annotations

import pytest
from vndiplo_dates import find_dates

from vndiplo import Document

MONDAY = "2025-03-31"  # a Monday
FEBRUARY = "2025-02-12"


def dates(
    text: str, published: str | None = MONDAY, source: str | None = None
) -> list[tuple[str, str]]:
    doc = Document(text, published=published, published_source=source)
    return [(d.text, d.value) for d in find_dates(doc)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Thủ tướng Lào Sonexay Siphandone sẽ tới Hà Nội vào thứ Tư tuần này.",
            [("thứ Tư tuần này", "2025-04-02")],
        ),
        (
            "Chiều thứ Sáu tuần trước, Bộ trưởng Lê Hoài Trung điện đàm với Ngoại trưởng Úc.",
            [("Chiều thứ Sáu tuần trước", "2025-03-28")],
        ),
        (
            "Đối thoại chiến lược Việt Nam - Australia sẽ diễn ra thứ 2 tuần sau tại Canberra.",
            [("thứ 2 tuần sau", "2025-04-07")],
        ),
        (
            "Đại sứ Phạm Thanh Bình đã trình Quốc thư hôm thứ bảy vừa qua.",
            [("hôm thứ bảy", "2025-03-29")],
        ),
        (
            "Tổng thống Indonesia dự kiến thăm Huế vào Chủ nhật tới.",
            [("Chủ nhật", "2025-04-06")],
        ),
        (
            "Các cuộc tham vấn sẽ diễn ra vào thứ ba, thứ tư và thứ năm của tuần tới.",
            [
                ("thứ ba", "2025-04-08"),
                ("thứ tư", "2025-04-09"),
                ("thứ năm của tuần tới", "2025-04-10"),
            ],
        ),
    ],
)
def test_weekdays(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert dates(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Đây là lần thứ hai Tổng thống Hàn Quốc thăm Việt Nam trong năm.",
        "Thứ trưởng Ngoại giao Đặng Hoàng Giang tiếp Đại sứ Ấn Độ.",
        "Nhật Bản là nhà đầu tư lớn thứ ba tại Việt Nam.",
        "Kỳ họp thứ 9 Quốc hội khóa XV bàn về luật đầu tư.",
        "Bên thứ ba không được can thiệp vào thỏa thuận.",
        "Ngày thứ hai của chuyến thăm, đoàn tới Đà Nẵng.",
        "Đây là người thứ năm nhận giải thưởng.",
        "Thứ nhất, tăng cường tin cậy. Thứ hai, mở rộng thương mại. Thứ ba, hợp tác an ninh.",
        "Đoàn xếp thứ bảy trên bảng tổng sắp.",
        "Ông là con thứ tư trong gia đình.",
    ],
)
def test_ordinals_are_not_weekdays(sentence: str) -> None:
    assert dates(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Lễ mít tinh kỷ niệm diễn ra mùng 2 tháng 9 năm 2024.",
            [("mùng 2 tháng 9 năm 2024", "2024-09-02")],
        ),
        ("Sáng mồng 5 tháng 3, đoàn thăm Quảng Ninh.", [("Sáng mồng 5 tháng 3", "2025-03-05")]),
        ("Hiệp định ký ngày mồng 8/3 tại Paris.", [("ngày mồng 8/3", "2025-03-08")]),
        ("Văn kiện ký ngày 30/4/75 được lưu trữ.", [("ngày 30/4/75", "1975-04-30")]),
        ("Hai bên nhất trí tổ chức hội nghị vào tháng Bảy.", [("tháng Bảy", "2025-07")]),
        ("Quan hệ được thiết lập tháng tư năm 1993.", [("tháng tư năm 1993", "1993-04")]),
        ("Đoàn sẽ sang Lào trong tháng mười một năm nay.", [("tháng mười một năm nay", "2025-11")]),
    ],
)
def test_mong_days_short_years_and_word_months(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert dates(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Xuất khẩu các tháng năm 2025 tăng đều.",  # only "năm 2025"
        "Ủy ban họp mỗi tháng hai lần.",
        "Điền ngày tháng năm sinh vào tờ khai.",
        "Trong tháng hai bên đã ký ba văn kiện.",
        "Kết quả trong tháng năm nay rất khả quan.",  # only "năm nay"
        "Trụ sở đặt tại ngõ 12/3/45 phố Kim Mã.",
        "Quan hệ hai nước phát triển mạnh trong 26 năm qua.",
        "Hai tháng trước, hai bên đã gặp tại Bắc Kinh.",
        "Vài ngày tới, thời tiết sẽ nắng nóng.",
        "Năm sau đó, hai nước lập quan hệ ngoại giao.",
        "Hai bên trao đổi một tuần trước khi hội nghị khai mạc.",
    ],
)
def test_counts_and_anaphora_are_not_new_dates(sentence: str) -> None:
    assert all(text in ("năm 2025", "năm nay") for text, _ in dates(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Thương mại song phương trong 10 ngày qua đạt 2 tỷ USD.",
            [("10 ngày qua", "2025-03-21/2025-03-31")],
        ),
        (
            "Trong ba tuần tới, hai bên sẽ hoàn tất đàm phán.",
            [("ba tuần tới", "2025-03-31/2025-04-21")],
        ),
        (
            "Trong 2 năm vừa qua, hai nước trao đổi nhiều đoàn.",
            [("2 năm vừa qua", "2023-03-31/2025-03-31")],
        ),
        ("Trong sáu tháng tới, dự án sẽ khởi công.", [("sáu tháng tới", "2025-03-31/2025-09-30")]),
        ("Đoàn đã về nước 5 ngày trước.", [("5 ngày trước", "2025-03-26")]),
        ("Hội nghị sẽ họp lại 2 tuần sau.", [("2 tuần sau", "2025-04-14/2025-04-20")]),
        ("Quý tới, hai bên sẽ ký hiệp định.", [("Quý tới", "2025-04/2025-06")]),
        ("Tăng trưởng quý trước đạt 7%.", [("quý trước", "2024-10/2024-12")]),
        ("Năm tiếp theo, hai nước sẽ kỷ niệm quan hệ.", [("Năm tiếp theo", "2026")]),
        ("Kế hoạch cho quý IV năm sau đã được thông qua.", [("quý IV năm sau", "2026-10/2026-12")]),
        (
            "Hạn chót là ngày cuối cùng của tháng Hai.",
            [("ngày cuối cùng của tháng Hai", "2025-02-28")],
        ),
        (
            "Hội chợ diễn ra tuần đầu tiên của tháng 11/2024.",
            [("tuần đầu tiên của tháng 11/2024", "2024-11-01/2024-11-07")],
        ),
    ],
)
def test_counted_and_relative_periods(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert dates(sentence) == expected


# -- the real-pages date class -----------------------------------------------------------------


def test_a_later_dated_visit_fixes_the_year_of_its_days() -> None:
    text = (
        "Chiều 14/10, Chủ tịch nước tiếp Thủ tướng Campuchia Hun Manet tại Phủ Chủ tịch.\n"
        "Tối 15/10, hai bên dự tiệc chiêu đãi.\n"
        "Chuyến thăm chính thức Việt Nam diễn ra từ ngày 13 đến 16/10/2019."
    )
    got = [
        (d.text, d.value, d.year_source)
        for d in find_dates(Document(text, published="2026-02-01", published_source="page"))
    ]
    assert got == [
        ("Chiều 14/10", "2019-10-14", "context"),
        ("Tối 15/10", "2019-10-15", "context"),
        ("từ ngày 13 đến 16/10/2019", "2019-10-13/2019-10-16", "explicit"),
    ]


def test_a_day_outside_the_dated_visit_keeps_the_page_year() -> None:
    text = "Sáng 20/1, hai bên hội đàm. Chuyến thăm trước đó diễn ra từ ngày 3 - 6/8/2013."
    assert dates(text, "2026-01-25", "page")[0] == ("Sáng 20/1", "2026-01-20")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Chương trình trao đổi kéo dài từ tháng 9 đến tháng 12/2024.",
            [("từ tháng 9 đến tháng 12/2024", "2024-09/2024-12")],
        ),
        ("Dự án chạy thử tháng 11 - 2/2026.", [("tháng 11 - 2/2026", "2025-11/2026-02")]),
        (
            "Hội nghị cấp cao diễn ra ngày 26 và 27/10/2025 tại Kuala Lumpur.",
            [("ngày 26", "2025-10-26"), ("27/10/2025", "2025-10-27")],
        ),
        (
            "Các phiên họp diễn ra ngày 8 và 9 tháng 4 năm 2025.",
            [("ngày 8", "2025-04-08"), ("9 tháng 4 năm 2025", "2025-04-09")],
        ),
        (
            "Đoàn sẽ tới vào ngày 11 hoặc 12/6/2025.",
            [("ngày 11", "2025-06-11"), ("12/6/2025", "2025-06-12")],
        ),
        ("Hai bên đã hội đàm trực tuyến thứ 5 tuần trước.", [("thứ 5 tuần trước", "2025-03-27")]),
        (
            "Tuần trước, Ngoại trưởng Mỹ gọi điện cho Bộ trưởng.",
            [("Tuần trước", "2025-03-24/2025-03-30")],
        ),
    ],
)
def test_ranges_lists_and_weeks_from_real_pages(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert dates(sentence) == expected


# -- the year of a day announced months ahead -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Tổng thống Pháp sẽ thăm Việt Nam ngày 20/5.", "2025-05-20"),
        ("Thủ tướng Ấn Độ dự kiến tới Hà Nội vào ngày 8 tháng 6.", "2025-06-08"),
        ("Hội nghị được dự kiến khai mạc lúc 9 giờ sáng ngày 15 tháng 7.", "2025-07-15T09:00"),
        ("Tổng thống Pháp đã thăm Việt Nam ngày 20/5.", "2024-05-20"),
        ("Tổng thống Pháp thăm Việt Nam ngày 20/5.", "2024-05-20"),
        (
            "Tổng thống Pháp sẽ thăm Việt Nam và đã gửi thư ngày 20/5.",
            "2024-05-20",
        ),  # both: no decision
    ],
)
def test_a_plan_keeps_a_day_more_than_sixty_days_ahead(sentence: str, value: str) -> None:
    assert [v for _, v in dates(sentence, FEBRUARY)] == [value]
