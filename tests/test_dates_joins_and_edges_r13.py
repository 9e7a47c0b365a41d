"""Round 13 date classes, in invented sentences (other leaders, places, years and outlets):

1. a relative day joined with the date written beside it, whatever the form: a bracket that
   also holds a qualifier, "D tháng M" written out, a lunar date between the two, Sunday spelt
   "Chúa Nhật" or "CN", with a comma or without;
2. listed days with dots or dashes ("ngày 14.5 và 15.5"), and fractions before a count noun
   ("6/9 tỉnh") that are never dates;
3. a calendar marker before a year ("DL.2024", "năm DL 2024") and period edge words ("đầu",
   "cuối", "giữa") kept in the extent;
4. a span whose start is a relative day ("từ hôm nay đến ngày 25/5") is one span.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vndiplo

STAMP = "2024-05-20"


def dates(text: str, published: str | None = STAMP) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in vndiplo.extract(text, published=published).dates]


# -- 1. a relative day joined with its date ------------------------------------------------

JOINED = [
    # a qualifier inside the bracket, after a comma
    (
        "Chiều hôm qua (19/5, theo giờ Hà Nội), Ngoại trưởng Indonesia hội đàm với người đồng cấp.",
        "Chiều hôm qua (19/5, theo giờ Hà Nội)",
        "2024-05-19",
    ),
    # the qualifier without a comma, "ngày" inside the bracket
    (
        "Tối nay (ngày 20/5 giờ địa phương), Thủ tướng Nhật Bản tiếp Đại sứ Chile.",
        "Tối nay (ngày 20/5 giờ địa phương)",
        "2024-05-20",
    ),
    # "D tháng M" in digits, no comma
    (
        "Sáng hôm nay 20 tháng 5, Phó Chủ tịch nước đón Tổng thống Ghana.",
        "Sáng hôm nay 20 tháng 5",
        "2024-05-20",
    ),
    # "D tháng M" with the month in words, after a comma
    (
        "Chiều qua, 19 tháng Năm, ông Kerry gặp Ngoại trưởng Peru tại Lima.",
        "Chiều qua, 19 tháng Năm",
        "2024-05-19",
    ),
    # a lunar date with its year name between the relative day and the bracketed solar one
    (
        "Sáng nay, 13-4-Giáp Thìn (20-5-2024), Hòa thượng trụ trì tiếp đoàn Phật giáo Thái Lan.",
        "Sáng nay, 13-4-Giáp Thìn (20-5-2024)",
        "2024-05-20",
    ),
    # a lunar date marked "âm lịch", in words
    (
        "Hôm nay, mùng 13 tháng 4 âm lịch (20/5/2024), đoàn Lào đến viếng chùa.",
        "Hôm nay, mùng 13 tháng 4 âm lịch (20/5/2024)",
        "2024-05-20",
    ),
    # Sunday spelt the Catholic way, a comma before the date
    (
        "Sáng Chúa Nhật, 19/5, Giám mục giáo phận tiếp phái đoàn Tòa Thánh.",
        "Sáng Chúa Nhật, 19/5",
        "2024-05-19",
    ),
    # Sunday abbreviated
    ("Sáng CN 19/5, Đại sứ Ý thăm giáo xứ Phát Diệm.", "Sáng CN 19/5", "2024-05-19"),
    # a dash date and a city's time inside the bracket
    (
        "Ngày hôm qua (19-5, giờ New York), Ngoại trưởng Việt Nam gặp Tổng Thư ký Liên hợp quốc.",
        "Ngày hôm qua (19-5, giờ New York)",
        "2024-05-19",
    ),
    # the lunar date in digits with its mark, the solar one in brackets
    (
        "Hôm nay, 13/4 ÂL (20/5/2024), Ban Trị sự tỉnh đón đoàn Myanmar.",
        "Hôm nay, 13/4 ÂL (20/5/2024)",
        "2024-05-20",
    ),
    # the abbreviated Sunday with its date in brackets
    ("Tối CN (19/5), Đại sứ Pháp dự thánh lễ tại nhà thờ lớn.", "Tối CN (19/5)", "2024-05-19"),
    # a "tức" lunar qualifier inside the bracket, after the solar date
    (
        "Hôm qua (19/5, tức 12/4 âm lịch), Chủ tịch tỉnh đón đoàn Campuchia.",
        "Hôm qua (19/5, tức 12/4 âm lịch)",
        "2024-05-19",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "value"), JOINED)
def test_relative_day_joins_its_date(text: str, quoted: str, value: str) -> None:
    found = dates(text)
    assert (quoted, value) in found
    assert len(found) == 1


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # a qualifier after the closing bracket stays out (round 12 #4, BG06)
        ("Hôm qua (19/5), theo giờ Việt Nam, đoàn Mông Cổ đến Bắc Kinh.", "Hôm qua (19/5)"),
        # and one after the date with no bracket
        ("Trưa nay 20/5, giờ Washington, Tổng thống Mỹ tiếp ông Lula.", "Trưa nay 20/5"),
    ],
)
def test_qualifier_outside_the_bracket_stays_out(text: str, quoted: str) -> None:
    assert [q for q, _ in dates(text)] == [quoted]


def test_a_count_of_months_after_a_relative_day_is_no_date() -> None:
    found = dates("Sáng nay, 3 tháng sau khi nhậm chức, Tổng thống Chile thăm Argentina.")
    assert found == [("Sáng nay", "2024-05-20")]


def test_cn_elsewhere_is_no_sunday() -> None:
    assert dates("Ban CN đã đề xuất 3 phương án.") == []


# -- 2. listed days, and fractions ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trong hai ngày 14.5 và 15.5, đoàn Hà Tĩnh làm việc tại Khăm Muồn.",
            [("ngày 14.5", "2024-05-14"), ("15.5", "2024-05-15")],
        ),
        (
            "Các ngày 3-4 và 5-4, đoàn Bộ Ngoại giao Úc thăm Cần Thơ.",
            [("ngày 3-4", "2024-04-03"), ("5-4", "2024-04-05")],
        ),
        (
            "Vào ngày 14.5, 15.5 và 16.5, đoàn Nhật Bản khảo sát cảng.",
            [("ngày 14.5", "2024-05-14"), ("15.5", "2024-05-15"), ("16.5", "2024-05-16")],
        ),
        (
            "Hội nghị dự kiến họp hôm 8-5 hoặc 9-5 tại Viêng Chăn.",
            [("hôm 8-5", "2024-05-08"), ("9-5", "2024-05-09")],
        ),
    ],
)
def test_listed_days_with_dots_or_dashes(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Đã triển khai kết nghĩa ở 6/9 tỉnh biên giới của Lào.",
        "Có 3/5 huyện miền núi đã hoàn thành chỉ tiêu.",
        "Kế hoạch được 4/7 thành viên nhóm tán thành.",
        "Đến nay 2/3 số đại biểu đã bỏ phiếu.",
        "Chương trình đã đến với 5/12 quốc gia trong khu vực.",
        "Ông cho biết 7/10 đơn vị đã nộp báo cáo.",
    ],
)
def test_a_fraction_before_a_count_noun_is_no_date(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Ngày 6/9 tỉnh Gia Lai đón đoàn Campuchia.", "Ngày 6/9"),
        ("Sáng 6/9 tỉnh Gia Lai đón đoàn Campuchia.", "Sáng 6/9"),
        ("6/9, tỉnh Gia Lai đón đoàn Campuchia.", "6/9"),
        ("Hôm qua 19/5 huyện biên giới đón đoàn Lào.", "Hôm qua 19/5"),
    ],
)
def test_a_dated_day_before_a_province_stays_a_date(text: str, quoted: str) -> None:
    assert quoted in [q for q, _ in dates(text)]


# -- 3. calendar markers and period edges ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Đoàn thăm chùa nhân mùa Phật đản PL.2568 – DL.2024.", "DL.2024"),
        ("Lễ Phật đản năm DL 2024 được tổ chức tại Huế.", "năm DL 2024"),
        ("Đại lễ Vesak Phật lịch 2568, DL 2024, diễn ra tại Hà Nam.", "DL 2024"),
        ("Chương trình tết năm AL 2024 được lên kế hoạch.", "năm AL 2024"),
    ],
)
def test_calendar_marker_before_a_year(text: str, quoted: str) -> None:
    assert (quoted, "2024") in dates(text)


def test_buddhist_era_alone_is_no_year() -> None:
    assert dates("Nhân mùa Phật đản PL.2568, đoàn đến chùa.") == []


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Hai Bộ trưởng hẹn gặp lại vào cuối tháng này ở Canberra.", "cuối tháng này", "2024-05"),
        ("Đoàn Thái Lan đã sang thăm vào đầu tháng trước.", "đầu tháng trước", "2024-04"),
        ("Cuộc gặp dự kiến vào giữa tháng tới tại Seoul.", "giữa tháng tới", "2024-06"),
        ("Chuyến thăm được hai nước lên kế hoạch từ hồi đầu năm.", "đầu năm", "2024"),
        ("Vào đầu năm, Thủ tướng Lào đã sang thăm Hà Nội.", "đầu năm", "2024"),
        ("Hồi cuối năm, Bộ trưởng Ai Cập đã sang Việt Nam.", "cuối năm", "2024"),
    ],
)
def test_period_edge_words_stay_in_the_extent(text: str, quoted: str, value: str) -> None:
    assert (quoted, value) in dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "Trong 6 tháng đầu năm, kim ngạch tăng 10%.",
        "Học sinh chuẩn bị cho đầu năm học mới.",
        "Ông gửi lời chúc đầu năm mới tới bà con.",
        # a tally since the year began names no point in it (round 9 #2)
        "Từ đầu năm đến nay, hai nước đã trao đổi nhiều đoàn.",
        "Kể từ đầu năm, kim ngạch tăng 10%.",
    ],
)
def test_edge_words_that_are_no_dated_period(text: str) -> None:
    assert [q for q, _ in dates(text) if q == "đầu năm"] == []


# -- 4. a span with a relative start ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        (
            "Hội chợ hữu nghị mở cửa từ hôm nay đến ngày 25/5.",
            "từ hôm nay đến ngày 25/5",
            "2024-05-20/2024-05-25",
        ),
        (
            "Hội chợ mở cửa từ ngày mai đến hết ngày 24/5 tại Vientiane.",
            "từ ngày mai đến hết ngày 24/5",
            "2024-05-21/2024-05-24",
        ),
        (
            "Đoàn Hungary ở Đà Nẵng từ hôm qua tới 22-5.",
            "từ hôm qua tới 22-5",
            "2024-05-19/2024-05-22",
        ),
        (
            "Từ sáng nay đến ngày 23 tháng 5, hai đoàn làm việc tại Huế.",
            "Từ sáng nay đến ngày 23 tháng 5",
            "2024-05-20/2024-05-23",
        ),
        (
            "Triển lãm kéo dài từ hôm nay cho đến 26/5.",
            "từ hôm nay cho đến 26/5",
            "2024-05-20/2024-05-26",
        ),
    ],
)
def test_span_with_relative_start_is_one(text: str, quoted: str, value: str) -> None:
    assert dates(text) == [(quoted, value)]


def test_a_relative_day_then_a_deadline_stays_two() -> None:
    # no "từ": the day and the deadline are two dates
    found = [q for q, _ in dates("Hôm nay, Bộ thông báo hạn chót là ngày 25/5.")]
    assert found == ["Hôm nay", "ngày 25/5"]


# -- properties -------------------------------------------------------------------------------


@given(
    st.sampled_from(["Sáng nay", "Hôm qua", "Chiều hôm qua", "Sáng Chúa Nhật", "Sáng CN"]),
    st.sampled_from([", ", " (", " ", ", 13-4-Giáp Thìn ("]),
    st.sampled_from(["19/5", "19 tháng 5", "ngày 19.5", "19-5-2024"]),
    st.sampled_from(["", ", theo giờ Hà Nội", " giờ địa phương"]),
    st.text(max_size=20),
)
def test_offsets_valid(rel: str, sep: str, day: str, qualifier: str, tail: str) -> None:
    close = ")" if "(" in sep else ""
    text = f"{rel}{sep}{day}{qualifier}{close} {tail}"
    doc = vndiplo.extract(text, published=STAMP)
    for d in doc.dates:
        assert doc.text[d.start : d.end] == d.text
