"""What a year near a word pointing from now does not tie, and how a lunar name finds its year.

A clause with "năm nay", "sắp tới" or "tháng 12 tới" may still write years that are not now: a
year it compares with ("so với cùng kỳ năm ..."), the year of a past act it recalls ("đã ký năm
...", "có hiệu lực năm ..."). A Tết named in a history ("nhân dịp kỷ niệm Tết Mậu Thân") is no
greeting. A lunar name repeats every 60 years: it takes the year nearest the page's other
evidence, or the caller's bound, never the day the code runs. Also: "phục hồi năm ..." is no
"hồi năm ..." (back then), and a landmark or a birth year in the main day's sentence is not its.
"""

from __future__ import annotations

import pytest

from vndiplo import Runner, extract

LEAD = "Sáng 22-9, Chủ tịch tỉnh Đỗ Minh Khôi tiếp Đại sứ Phần Lan Eero Virtanen.\n\n"


def main_date(text: str, **settings: object) -> str | None:
    doc = Runner(settings={"dates": settings}).run(text) if settings else extract(text)
    return doc.dates[0].value if doc.dates else None


@pytest.mark.parametrize(
    "later",
    [
        # a year the clause compares now with
        "Năm nay, xuất khẩu của tỉnh sang Phần Lan ước tăng 15% so với năm 2028.",
        "Lượng khách Phần Lan đến tỉnh năm nay tăng 9% so với cùng kỳ năm 2028.",
        "Doanh thu du lịch năm nay ước gấp đôi năm 2028.",
        "Sản lượng gỗ nhập khẩu năm nay chỉ bằng 70% của năm 2028.",
        "Tháng 12 tới, số chuyến bay thẳng sẽ nhiều hơn năm 2028.",
        # the year of a past act the clause recalls
        "Năm nay, hai bên tiếp tục triển khai thỏa thuận có hiệu lực năm 2026.",
        "Trong thời gian sắp tới, tỉnh sẽ thực hiện Biên bản hợp tác đã ký năm 2026.",
        "Sắp tới, hai bên sẽ sửa đổi Nghị định thư ký kết năm 2026.",
    ],
)
def test_a_year_set_apart_from_now_leaves_the_day_yearless(later: str) -> None:
    assert main_date(f"{LEAD}{later}\n") == "--09-22"


@pytest.mark.parametrize(
    "later",
    [
        "Năm nay, tỉnh sẽ hoàn thành cầu cảng Vũng Áng năm 2030.",
        "Sắp tới, hai bên sẽ ký Chương trình hợp tác năm 2030.",
    ],
)
def test_a_planned_act_in_a_clause_pointing_from_now_still_ties_its_year(later: str) -> None:
    assert main_date(f"{LEAD}{later}\n") == "2030-09-22"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Sáng 3/2, nhân dịp kỷ niệm Tết Mậu Thân, hội cựu chiến binh tỉnh đón Đại sứ Cuba.\n",
            "--02-03",
        ),
        (
            "Tối 1/2, Đại sứ Lào thăm các cựu binh từng chiến đấu trong dịp Tết Mậu Thân.\n",
            "--02-01",
        ),
        ("Sáng 4/2, đoàn thăm di tích chiến thắng Xuân Mậu Thân ở Huế.\n", "--02-04"),
        ("Chiều 2/2, Đại sứ dự lễ mừng chiến thắng Tết Mậu Thân tại Cần Thơ.\n", "--02-02"),
    ],
)
def test_a_tet_told_as_history_is_no_greeting(text: str, value: str) -> None:
    assert main_date(text, latest_year=2040) == value


def test_veterans_greeting_tet_still_fix_the_year() -> None:
    text = (
        "Sáng 25/1, hội cựu chiến binh tỉnh đón Xuân Nhâm Thìn cùng Đại sứ Lào.\n\n"
        "Hội đã nhận Huân chương Lao động hạng Ba trong năm 2011.\n"
    )
    assert main_date(text) == "2012-01-25"


GREETING = "Sáng 20/1, Chủ tịch tỉnh Vũ Hải Nam gặp mặt kiều bào về đón Xuân Bính Ngọ.\n\n"


@pytest.mark.parametrize(
    ("later", "value"),
    [
        # the name's year nearest the latest year the page writes
        ("Hội kiều bào được thành lập từ năm 1965 tại Paris.", "1966-01-20"),
        ("Tỉnh đã đón hơn 800 kiều bào trong năm 2025.", "2026-01-20"),
        ("Hai bên sẽ phấn đấu đến năm 2090 nâng kim ngạch lên 5 tỷ USD.", "2086-01-20"),
        # no other year: a lunar name alone fixes none
        ("Kiều bào bày tỏ niềm vui được đón Tết trên quê hương.", "--01-20"),
    ],
)
def test_a_lunar_name_takes_the_year_nearest_the_pages_evidence(later: str, value: str) -> None:
    assert main_date(f"{GREETING}{later}\n") == value


def test_a_lunar_name_alone_takes_the_latest_year_up_to_the_callers_bound() -> None:
    later = "Kiều bào bày tỏ niềm vui được đón Tết trên quê hương.\n"
    assert main_date(f"{GREETING}{later}", latest_year=2085) == "2026-01-20"
    assert main_date(f"{GREETING}{later}", latest_year=2086) == "2086-01-20"


@pytest.mark.parametrize("word", ["phục hồi", "thu hồi"])
def test_a_compound_ending_in_hoi_is_no_back_then(word: str) -> None:
    # "hồi năm 2019" is history; "phục hồi năm 2031" (recovery in 2031) is the event's year
    text = f"Sáng 8-10, Bộ trưởng Lê Văn Tâm bàn với Ngoại trưởng Peru về việc {word} năm 2031.\n"
    assert main_date(text) == "2031-10-08"


def test_back_then_is_still_history() -> None:
    text = (
        "Sáng 8-10, Bộ trưởng Lê Văn Tâm tiếp Ngoại trưởng Peru, người từng đến Huế hồi năm 2019.\n"
    )
    assert main_date(text) == "--10-08"


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 8-10, Bộ trưởng thăm Học viện Ngoại giao, nơi được thành lập tại Hà Nội năm 1959.\n",
        "Sáng 8-10, ông Lê Văn Tâm sinh năm 1961 tiếp Ngoại trưởng Peru tại Lima.\n",
    ],
)
def test_a_landmark_year_in_the_main_sentence_is_not_its_year(text: str) -> None:
    assert main_date(text) == "--10-08"
