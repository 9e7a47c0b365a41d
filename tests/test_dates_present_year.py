"""A stamp-less page's year comes only from a year the text ties to the present (round 5).

Tied: a year in the clause of "tháng N tới (đây)", "sắp tới", "năm nay"; the lunar name of the
Tết being greeted; a crawler's " date YYYY-MM" marker opening the first line. Not tied: a bare
planned year, a year told as history ("hồi năm ..."), a bare earlier date after "kể từ sau".
"""

from __future__ import annotations

import pytest

from vndiplo import Runner, extract


def main_date(text: str) -> str | None:
    doc = extract(text)
    return doc.dates[0].value if doc.dates else None


def main_date_up_to(text: str, latest: int) -> str | None:
    """The main day with the caller's bound on the page's year (``latest_year``)."""
    doc = Runner(settings={"dates": {"latest_year": latest}}).run(text)
    return doc.dates[0].value if doc.dates else None


@pytest.mark.parametrize(
    ("later", "value"),
    [
        # the coming month of a plan with its year: the page is written that year, before it
        (
            "Ông cho biết, vào tháng 11 tới đây thành phố sẽ tổ chức Tuần lễ văn hóa Bỉ năm 2030.",
            "2030-06-14",
        ),
        ("Hai bên sẽ ký kế hoạch hợp tác năm 2030 trong thời gian sắp tới.", "2030-06-14"),
        ("Năm nay, hai tỉnh sẽ cùng tổ chức Hội chợ biên giới 2030.", "2030-06-14"),
        # a coming month earlier than the main day lies in the next year
        ("Dự kiến tháng 3 tới, tỉnh sẽ đón đoàn doanh nghiệp Bỉ năm 2031.", "2030-06-14"),
    ],
)
def test_a_year_tied_to_now_fixes_the_page(later: str, value: str) -> None:
    lead = "Chiều 14-6, Bí thư Tỉnh ủy Hà Văn Lộc làm việc với Đại sứ Bỉ.\n\n"
    assert main_date(f"{lead}{later}\n") == value


@pytest.mark.parametrize(
    "later",
    [
        # a year told as history
        "Ông từng giữ chức Bộ trưởng hồi năm 2019.",
        # "năm tới" is next year and names no year now
        "Hai bên sẽ tổ chức diễn đàn doanh nghiệp năm tới tại Antwerp.",
    ],
)
def test_an_untied_year_leaves_the_day_yearless(later: str) -> None:
    lead = "Chiều 14-6, Bí thư Tỉnh ủy Hà Văn Lộc làm việc với Đại sứ Bỉ.\n\n"
    assert main_date(f"{lead}{later}\n") == "--06-14"


def test_a_planned_year_is_next_year_as_outlets_write_it() -> None:
    # a writer in 2031 would say "năm nay"; an explicit year ahead is the next one (README)
    lead = "Chiều 14-6, Bí thư Tỉnh ủy Hà Văn Lộc làm việc với Đại sứ Bỉ.\n\n"
    later = "Đại sứ quán dự kiến tổ chức chuỗi hoạt động trong năm 2031 để kỷ niệm 30 năm quan hệ."
    assert main_date(f"{lead}{later}\n") == "2030-06-14"


@pytest.mark.parametrize(
    ("lead", "value"),
    [
        # Giáp Thân is 2004; a greeting in February is written in the festival's year
        (
            "Ngày 3/2, Bộ trưởng điện đàm với Ngoại trưởng Chile, chúc mừng nhân dịp Tết Nguyên đán"
            " Giáp Thân.",
            "2004-02-03",
        ),
        ("Sáng 20/1, Chủ tịch tỉnh gặp mặt kiều bào về đón Xuân Bính Ngọ.", "2026-01-20"),
        # greetings for the coming Tết written late in the year before it
        ("Tối 28/12, Đại sứ chúc Tết cổ truyền Canh Dần tới cộng đồng người Việt.", "2009-12-28"),
    ],
)
def test_the_greeted_tet_fixes_the_page(lead: str, value: str) -> None:
    # no other year on the page: the latest year of that name up to the caller's bound
    assert main_date_up_to(f"{lead}\n", 2027) == value


def test_a_historical_tet_is_no_greeting() -> None:
    text = (
        "Chiều 5/2, đoàn cựu chiến binh thăm lại chiến trường cuộc Tổng tiến công Tết Mậu Thân.\n"
    )
    assert main_date(text) == "--02-05"


def test_a_crawler_month_marker_glued_to_the_lead_gives_the_year() -> None:
    text = (
        " date 2027-11 Thủ tướng Lào đã tới Hà Nội hôm 9 tháng 11, bắt đầu chuyến thăm chính"
        " thức; ông từng tới Việt Nam hồi năm 2021.\n"
    )
    assert main_date(text) == "2027-11-09"
