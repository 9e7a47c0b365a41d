"""A stamp-less page's main day takes its year from the latest year written outside the lead.

The lead says only "Sáng 8-10"; later paragraphs write a year: an edition the visitor flies on
to, a target ahead, a recent month looked back on, the year a report covers. Past years are
landmarks and fix nothing; a retrospective "Năm 2019, ..." paragraph is not the current year
when the article writes a later one.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_dates import scan_body
from vndiplo_dates.core import valid_day
from vndiplo_dates.parse import scan
from vndiplo_dates.written_year import latest_year, written_year

from vndiplo import Document, extract
from vndiplo.testing.core import unicode_texts

LEAD = "Hai bên gặp gỡ\n\nSáng 8-10, Bộ trưởng Lê Văn Tâm đã tiếp Ngoại trưởng Peru.\n\n"


def main_date(text: str) -> str | None:
    doc = extract(text)
    return doc.dates[0].value if doc.dates else None


@pytest.mark.parametrize(
    ("later", "value"),
    [
        # an edition named by its year, held in the article's own year
        ("Sau đó, Ngoại trưởng sẽ bay vào Huế để dự Diễn đàn Kinh tế Mekong 2031.", "2031-10-08"),
        # a target ahead: the year after the article's own
        ("Việt Nam sẽ ủng hộ Peru đăng cai hội nghị khu vực trong năm 2032.", "2031-10-08"),
        ("Hai bên hướng tới kỷ niệm quan hệ ngoại giao vào giữa năm 2032.", "2031-10-08"),
        # a recent past month: the main day is the first one after it
        ("Peru đã giữ chức chủ tịch luân phiên của diễn đàn tháng 9/2031.", "2031-10-08"),
        # the year a report covers
        ("Phó Chủ tịch tỉnh báo cáo tình hình kinh tế năm 2031 của địa phương.", "2031-10-08"),
        # the year a plan covers, said of the plan (no "sẽ")
        ("Nhóm nghị sĩ đã thông qua kế hoạch hoạt động của năm 2031.", "2031-10-08"),
    ],
)
def test_a_later_written_year_fixes_the_main_day(later: str, value: str) -> None:
    assert main_date(f"{LEAD}{later}\n") == value


@pytest.mark.parametrize(
    "later",
    [
        "Hai nước đã ký hiệp định thương mại năm 2027.",  # a past year: a landmark
        "Bộ trưởng nhớ lại cuộc gặp hồi tháng 2/2030 tại Lima.",  # a month too far back
        "Hai bên phấn đấu đạt kim ngạch 3 tỷ USD đến năm 2035.",  # a target
        "Quan hệ phát triển mạnh kể từ năm 2020.",  # a start
        # a goal's deadline, however it is written after the goal
        "Hai nước hướng tới mục tiêu đưa kim ngạch lên 5 tỷ USD vào năm 2034.",
        "Hai bên phấn đấu nâng số chuyến bay thẳng lên gấp đôi trong năm 2033.",
    ],
)
def test_landmarks_targets_and_far_months_fix_nothing(later: str) -> None:
    assert main_date(f"{LEAD}{later}\n") == "--10-08"


def test_a_retrospective_year_paragraph_yields_to_a_later_edition() -> None:
    text = (
        f"{LEAD}Năm 2024, Ngoại trưởng Peru lần đầu thăm Việt Nam.\n\n"
        "Tối nay, ông sẽ bay vào Cần Thơ để dự Hội chợ Nông nghiệp 2031.\n"
    )
    assert main_date(text) == "2031-10-08"


def test_a_year_paragraph_still_names_the_current_year_alone() -> None:
    text = f"{LEAD}Năm 2031, hai nước kỷ niệm quan hệ hữu nghị.\n"
    assert main_date(text) == "2031-10-08"


def test_two_years_in_the_lead_still_fix_nothing() -> None:
    text = (
        "Hai bên gặp gỡ\n\nSáng 8-10, hai bên điểm lại hợp tác năm 2029 và bàn kế hoạch năm "
        "2030.\n\nViệt Nam sẽ ủng hộ Peru trong năm 2032.\n"
    )
    assert main_date(text) == "--10-08"


@given(unicode_texts())
def test_written_year_never_breaks_on_any_text(text: str) -> None:
    found = scan(text)
    latest_year(text, found)
    for main in found:
        year = written_year(text, found, main)
        if year is not None:
            assert main.first.month is not None and main.first.day is not None
            assert valid_day(year, main.first.month, main.first.day)


@given(
    st.dates(dt.date(1990, 1, 1), dt.date(2060, 12, 31)),
    st.sampled_from(["Hội chợ Sách", "Triển lãm Gốm", "Giải Marathon"]),
)
def test_an_edition_year_ahead_is_read_back_whatever_the_day(day: dt.date, name: str) -> None:
    text = (
        f"Tin ngắn\n\nChiều {day.day}/{day.month}, đoàn đã đến tỉnh.\n\n"
        f"Ngày mai, đoàn sẽ dự {name} {day.year}.\n"
    )
    doc = Document(text)
    found = scan_body(extract(text))
    assert latest_year(doc.normalized.text, found) == day.year
    assert main_date(text) == day.isoformat()


@pytest.mark.parametrize(
    ("later", "value"),
    [
        # (a recalled act "đã dự ... hồi tháng 12/2030" fixes no year: test_dates_year_ties_r6)
        ("Peru đã giữ chức chủ tịch luân phiên của diễn đàn tháng 12/2030.", "2031-01-05"),
        ("Hai bên sẽ tổ chức kỳ họp Ủy ban hỗn hợp vào tháng 2/2031.", "2031-01-05"),
    ],
)
def test_a_near_month_across_the_year_turn(later: str, value: str) -> None:
    lead = "Hai bên gặp gỡ\n\nChiều 5/1, Thứ trưởng Đỗ Hải Nam đã tiếp Đại sứ Peru.\n\n"
    assert main_date(f"{lead}{later}\n") == value


@pytest.mark.parametrize(
    "later",
    [
        # a report, then a plan in the same long sentence: the nearest word governs the year
        "Bộ trưởng cảm ơn Ngoại trưởng đã sang thăm và tin rằng chuyến thăm sẽ góp phần vào"
        " thành công của Diễn đàn Kinh tế Mekong 2031.",
        # the plan word stands far before the year, beyond a short window, and a coming month
        # ("tháng 12 tới") too far from it to tie it to now
        "Bộ trưởng chúc Peru sẽ tổ chức tốt cuộc tổng tuyển cử vào tháng 12 tới, tạo tiền đề"
        " vững chắc cho việc bầu ra Quốc hội khóa mới và Tổng thống mới cùng với việc bầu lại"
        " các hội đồng địa phương ở tất cả các vùng trong năm 2032; hai bên cũng bàn hợp tác.",
        # a written date with a dot ("12.2031") does not end the sentence before the year
        "Hai tỉnh chuẩn bị mở cửa khẩu mới vào tháng 12.2031, xúc tiến dự án cảng cạn trong"
        " năm 2032.",
    ],
)
def test_the_tense_word_nearest_before_a_year_governs_it(later: str) -> None:
    assert main_date(f"{LEAD}{later}\n") == "2031-10-08"


def test_a_plan_word_far_before_a_bare_year_still_plans_it() -> None:
    # the plan word stands far before the year: still a planned year, the year after the page's
    later = (
        "Bộ trưởng chúc Peru sẽ tổ chức tốt cuộc tổng tuyển cử, tạo tiền đề vững chắc cho việc"
        " bầu ra Quốc hội khóa mới và Tổng thống mới cùng với việc bầu lại các hội đồng địa"
        " phương ở tất cả các vùng trong năm 2032; hai bên cũng bàn hợp tác."
    )
    assert main_date(f"{LEAD}{later}\n") == "2031-10-08"


@given(st.text(max_size=60), st.sampled_from(["sẽ", "đã", "dự kiến", "vừa", ""]))
def test_last_tense_reads_any_text(clause: str, word: str) -> None:
    from vndiplo_dates.years import last_tense

    said = last_tense(f"{clause} {word}".lower())
    assert said in ("future", "past", None)
    if word in ("sẽ", "dự kiến"):
        assert said == "future"
    elif word in ("đã", "vừa"):
        assert said == "past"


@pytest.mark.parametrize(
    "later",
    [
        # the year a report covers, its noun phrase long before the year
        "Hai bên thông tin về tình hình phát triển kinh tế - xã hội của mỗi địa phương năm 2031.",
        "Đoàn trao đổi kết quả hợp tác giữa các tỉnh biên giới hai nước trong năm 2031.",
    ],
)
def test_a_reports_year_far_after_its_noun_fixes_the_main_day(later: str) -> None:
    assert main_date(f"{LEAD}{later}\n") == "2031-10-08"
