"""The page's own date stamp, in the shapes crawled pages print it, as ``published`` with the
characters it was read from (``published_evidence``)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vndiplo import extract

LEAD = (
    "Chiều 6/3, tại Trụ sở Bộ Ngoại giao, Thứ trưởng Ngoại giao Đỗ Hùng Việt đã tiếp Đại sứ "
    "Thụy Điển Johan Ndisi."
)
HEADLINE = "Thứ trưởng Ngoại giao tiếp Đại sứ Thụy Điển"
ENGLISH_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def stamp_shapes(day: dt.date) -> list[str]:
    d, m, y = day.day, day.month, day.year
    weekday = WEEKDAYS[day.weekday()]
    english = day.strftime("%A")
    return [
        f"{d:02d}/{m:02d}/{y} 05:02",
        f"{weekday}, {d:02d}/{m:02d}/{y}",
        f"Cập nhật ngày: {d:02d}/{m:02d}/{y}",
        f"19:45 | {d:02d}/{m:02d}/{y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}-{m:02d}-{y}",
        f"{y}.{m:02d}.{d:02d}",
        f"{english}, {ENGLISH_MONTHS[m - 1]} {d}, {y}",
        f"{d} {ENGLISH_MONTHS[m - 1]} {y}",
        f"Ngọc Lan (Ban Thời sự)-{weekday}, ngày {d:02d}/{m:02d}/{y} 22:24 GMT+7",
        f"Hoàng Minh, Thu Trang, Lê Vũ (Kênh VTV1)-{weekday}, ngày {d:02d}/{m:02d}/{y} 08:05",
        f"PV - 13:50, {d:02d}/{m:02d}/{y}",
        f"{weekday}, {d} tháng {m}, {y}",  # a blog's post date
        f"Đã đăng vào {d} Th{m}, {y}",  # WordPress, abbreviated Vietnamese month
    ]


@pytest.mark.parametrize("shape", range(len(stamp_shapes(dt.date(2025, 2, 19)))))
def test_every_stamp_shape_is_published_with_its_evidence(shape: int) -> None:
    day = dt.date(2025, 3, 7)
    stamp = stamp_shapes(day)[shape]
    text = f"{HEADLINE}\n\n{stamp}\n\n{LEAD}\n"
    doc = extract(text)
    assert doc.published == day, stamp
    assert doc.published_source == "page"
    assert doc.published_evidence is not None
    evidence = text[doc.published_evidence.start : doc.published_evidence.end]
    assert evidence == stamp
    assert doc.to_dict()["published_evidence"] == doc.published_evidence.to_dict()
    assert doc.events[0].date == "2025-03-06"


@given(
    st.dates(dt.date(1995, 1, 1), dt.date(2030, 12, 31)),
    st.integers(0, len(stamp_shapes(dt.date(2025, 1, 1))) - 1),
)
def test_stamps_round_trip_on_any_day(day: dt.date, shape: int) -> None:
    stamp = stamp_shapes(day)[shape]
    doc = extract(f"{HEADLINE}\n\n{stamp}\n\n{LEAD}\n")
    assert doc.published == day


def test_the_articles_stamp_wins_over_the_mastheads_date() -> None:
    text = (
        "Báo Điện tử Tỉnh X\n\nThứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27\n\n"
        f"{HEADLINE}\n\nPV - 13:50, 07/03/2025\n\n{LEAD}\n"
    )
    doc = extract(text)
    assert doc.published == dt.date(2025, 3, 7)


def test_a_sentence_with_a_date_and_a_time_is_no_stamp() -> None:
    text = (
        f"{HEADLINE}\n\nNgày 15/07/2015 Thủ tướng đã tiếp Đại sứ Nhật Bản tại Hà Nội lúc "
        "22:24 và trao đổi về hợp tác kinh tế.\n"
    )
    doc = extract(text)
    assert doc.published_source != "page"


def test_caller_and_text_dates_carry_no_stamp_evidence() -> None:
    assert extract(f"{HEADLINE}\n\n{LEAD}\n", published="2025-03-07").published_evidence is None


OLD_LEAD = (
    "Sáng 14-6, tại Trụ sở Tỉnh ủy, Bí thư Tỉnh ủy Hà Văn Bình đã tiếp Tổng Lãnh sự Lào "
    "Khamla Vongsa nhân dịp kỷ niệm 40 năm quan hệ hai tỉnh (14-6-1972 - 14-6-2012)."
)


def test_a_sites_today_header_over_an_article_years_older_is_no_stamp() -> None:
    # The only date on the page is the masthead's "today" (weekday, no clock) and the
    # article dates its facts a decade earlier: the page has no stamp of its own.
    doc = extract(f"Thứ Tư,  09/10/2024\n\n{HEADLINE}\n\n{OLD_LEAD}\n")
    assert doc.published_source != "page"
    assert doc.published != dt.date(2024, 10, 9)


def test_a_today_header_is_kept_when_the_article_may_be_as_recent() -> None:
    # No full date in the article, or one of about the same time: the header may be the stamp.
    assert extract(f"Thứ Sáu, 07/03/2025\n\n{HEADLINE}\n\n{LEAD}\n").published == dt.date(
        2025, 3, 7
    )
    recent = LEAD.replace("Chiều 6/3", "Chiều 6/3/2024")
    doc = extract(f"Thứ Sáu, 07/03/2025\n\n{HEADLINE}\n\n{recent}\n")
    assert doc.published == dt.date(2025, 3, 7)


def test_a_header_with_a_clock_time_is_a_stamp_even_over_old_facts() -> None:
    doc = extract(f"Thứ Tư, 09/10/2024 08:15\n\n{HEADLINE}\n\n{OLD_LEAD}\n")
    assert doc.published == dt.date(2024, 10, 9)


def test_a_clocked_header_over_facts_a_generation_older_is_no_stamp() -> None:
    # a site's live clock above an old profile: the newest full date is decades before it
    profile = (
        "Nhận lời mời của Chủ tịch nước, Tổng thống Chile Rafael Ortega thăm chính thức Việt Nam "
        "từ ngày 12 đến 14-5. Ông Ortega sinh ngày 3-4-1958 tại Valparaíso, từng làm luật sư "
        "trong giai đoạn 1985-1990."
    )
    for header in ("Thứ Năm, 19/02/2026, 21:07 (GMT+7)", "Chủ Nhật, 02/08/2026 06:40"):
        doc = extract(f"{header}\n\n{HEADLINE}\n\n{profile}\n")
        assert doc.published_source != "page"
        # nor does the birth date become the page's day
        assert doc.published is None


def test_the_timed_stamp_wins_over_a_bare_header_above_the_headline() -> None:
    text = f"Thứ Hai, 02/12/2024\n\nThứ Sáu, 07/03/2025, 09:40 (GMT+7)\n\n{HEADLINE}\n\n{LEAD}\n"
    doc = extract(text)
    assert doc.published == dt.date(2025, 3, 7)


def test_a_reproduced_letters_place_and_date_line_is_no_stamp() -> None:
    letter = (
        "Kính gửi Ngài Bộ trưởng Ngoại giao Cộng hòa Kalmora,\n\n"
        "Nhân dịp kỷ niệm 30 năm thiết lập quan hệ ngoại giao giữa hai nước, tôi xin gửi tới "
        "Ngài lời chúc mừng nồng nhiệt nhất."
    )
    doc = extract(f"Thư chúc mừng của Bộ trưởng\n\nĐà Nẵng, ngày 4 tháng 7 năm 2019\n\n{letter}\n")
    assert doc.published_source != "page"
    # A stamp written out the same way but with its weekday stays a stamp.
    stamped = extract(f"{HEADLINE}\n\nThứ Năm, ngày 4 tháng 7 năm 2019\n\n{LEAD}\n")
    assert stamped.published == dt.date(2019, 7, 4)


def test_an_official_documents_own_place_and_date_line_dates_the_page() -> None:
    # The page is a numbered document itself: its number line opens the page.
    heading = (
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH SƠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nSố: 27/2016/QĐ-UBND\n\n"
    )
    body = (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\n"
        "Điều 1. Ban hành Quy chế tiếp khách nước ngoài của tỉnh Bình Sơn.\n"
    )
    for motto in (heading, "Số: 27/2016/QĐ-UBND\n\n"):
        doc = extract(f"{motto}Bình Sơn, ngày 8 tháng 3 năm 2016\n\nQUYẾT ĐỊNH\n\n{body}")
        assert doc.published == dt.date(2016, 3, 8), motto
        assert doc.published_source == "page"
    # The same line under a news headline, or under a letter's motto with no number, dates a
    # letter the page reproduces.
    for top in (f"{HEADLINE}\n\n", heading.replace("Số: 27/2016/QĐ-UBND\n\n", "")):
        quoted = extract(f"{top}Bình Sơn, ngày 8 tháng 3 năm 2016\n\n{body}")
        assert quoted.published_source != "page", top
