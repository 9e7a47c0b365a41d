"""A landmark's date is history: it never gives the article its year.

A stamp-less page dates its visit "từ ngày 4 đến ngày 7-5" and, two sentences on, recalls when
the two countries set up relations, or when a body was founded, with a full date. That year is
neither the main day's (step 1 of the reference), nor the latest written year (step 6), nor the
context of the year-less days that follow it. Also: a relative day with its date after it, no
brackets ("hôm qua 5-5"), is one expression.
"""

from __future__ import annotations

import pytest

from vndiplo import extract

LEAD = (
    "Thủ tướng Lâm Quốc Bảo thăm Oman\n\n"
    "Tối 4-5, Thủ tướng Lâm Quốc Bảo đã đến Muscat, bắt đầu chuyến thăm chính thức Oman từ "
    "ngày 4 đến ngày 7-5."
)
LATER = "Theo chương trình, hôm qua 5-5 tại Cung điện Al Alam, Thủ tướng đã có cuộc hội đàm."


@pytest.mark.parametrize(
    "landmark",
    [
        "Đây là chuyến thăm đầu tiên kể từ khi hai nước thiết lập quan hệ ngoại giao ngày "
        "12-3-1996.",
        "Hai nước thiết lập quan hệ ngoại giao vào tháng 3/1996.",
        "Phòng Thương mại hai nước được thành lập ngày 20/10/2004 tại Muscat.",
        "Quỹ hữu nghị ra đời ngày 20/10/2004 theo sáng kiến của hai Chính phủ.",
    ],
)
def test_a_landmarks_date_gives_no_year(landmark: str) -> None:
    doc = extract(f"{LEAD} {landmark}\n{LATER}\n")
    values = {d.text: d.value for d in doc.dates}
    assert doc.published is None
    assert values["Tối 4-5"].startswith("--05-04")
    assert values["từ ngày 4 đến ngày 7-5"] == "--05-04/--05-07"
    assert values["hôm qua 5-5"] == "--05-05"


@pytest.mark.parametrize(
    "later",
    [
        # a bare planned year: the year after the article's (the written-year rule)
        "Lễ kỷ niệm 30 năm thiết lập quan hệ ngoại giao hai nước sẽ được tổ chức vào năm 2027.",
        # the coming month with its year: the article's own (the present-year rule)
        "Lễ kỷ niệm 30 năm thiết lập quan hệ ngoại giao hai nước sẽ được tổ chức vào tháng 12"
        " tới đây, năm 2026.",
    ],
)
def test_a_celebration_planned_for_a_year_is_no_landmark(later: str) -> None:
    # the year is the celebration's (a plan), not the year relations were set up
    doc = extract(f"{LEAD} {later}\n")
    assert doc.published is not None
    assert doc.published.year == 2026


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("hôm qua 5-5", "--05-05"), ("ngày hôm qua 5/5", "--05-05"), ("Hôm nay 6.5", "--05-06")],
)
def test_a_relative_day_with_its_date_after_it_is_one_expression(phrase: str, value: str) -> None:
    doc = extract(f"{phrase}, hai Thủ tướng đã hội đàm tại Muscat.\n")
    assert [(d.text, d.value) for d in doc.dates] == [(phrase, value)]


def test_qua_without_its_noun_is_no_day() -> None:
    doc = extract("Nghị quyết được thông qua 2/3 số đại biểu tán thành.\n")
    assert all(not d.text.startswith("qua") for d in doc.dates)


@pytest.mark.parametrize(
    "document",
    [
        "Quốc hội giám sát Nghị quyết số 17/2027/QH16 ngày 14/02/2027 về đầu tư công.",
        "Hội đồng căn cứ Quyết định 245/QĐ-UBND ngày 3/8/2027 của tỉnh Kon Tum.",
        "Thông tư số 08/2027/TT-BTC, ngày 21.9.2027 hướng dẫn thủ tục thuế.",
    ],
)
def test_a_documents_issue_date_gives_no_year(document: str) -> None:
    # the session's own day has its year; the decree's, written later, is history
    text = (
        "Ngày 28/6/2031, Quốc hội biểu quyết thông qua hai luật. "
        f"{document}\nKỳ họp chia làm hai đợt, từ ngày 19/5-7/6 và từ ngày 16-28/6.\n"
    )
    values = {d.text: d.value for d in extract(text).dates}
    assert values["từ ngày 19/5-7/6"] == "2031-05-19/2031-06-07"
    assert values["từ ngày 16-28/6"] == "2031-06-16/2031-06-28"
