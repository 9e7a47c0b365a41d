"""A line opening with a date and its comma is a sentence of the article, not a headline,
a teaser or a page stamp.

Fragments written for these tests (other names, places and outlets than any real page).
"""

from __future__ import annotations

import pytest
from vndiplo_boilerplate.dated import is_dated_sentence, runs_on

from tests.test_boilerplate_address import body, labelled

MIDDLE = (
    "Tại buổi làm việc, hai bên đã trao đổi về các chương trình hợp tác giữa thành phố Cần Thơ "
    "và tỉnh Khon Kaen trong các lĩnh vực giáo dục, y tế, nông nghiệp công nghệ cao và du lịch."
)


@pytest.mark.parametrize(
    "line",
    [
        "ngày 3-8-2011, tại trụ sở ubnd tỉnh, chủ tịch ubnd tỉnh trần minh khoa đã tiếp đoàn",
        "chiều 14/2, đoàn rời cần thơ đi đà nẵng để dự phiên họp của ủy ban hỗn hợp",
        "thứ năm (9/6), bộ trưởng ngoại giao hai nước đã có cuộc điện đàm về hợp tác",
        "sáng nay, đoàn đại biểu tỉnh bến tre đã lên đường thăm và làm việc tại tỉnh",
    ],
)
def test_a_dated_clause_is_a_sentence(line: str) -> None:
    assert is_dated_sentence(line, len(line.split()))


@pytest.mark.parametrize(
    "line",
    [
        "sáng 14/2, tại cần thơ",  # a clause too short to stand as a paragraph
        "14/2 chủ tịch ubnd tỉnh trần minh khoa tiếp đoàn đại biểu tỉnh khon kaen thái lan",
        "ngày hội hữu nghị việt nam - thái lan lần thứ ba tại thành phố cần thơ năm nay",
        "cùng ngày, chủ tịch ubnd tỉnh trần minh khoa đã tiếp đoàn đại biểu tỉnh khon kaen",
    ],
)
def test_lines_without_a_dated_clause_are_not(line: str) -> None:
    assert not is_dated_sentence(line, len(line.split()))


def test_paragraphs_cut_at_a_fixed_width_stay_body() -> None:
    # Some sites print every paragraph cut off with no final stop: the dated lead and the
    # dated last paragraph are still the article, not a head line or a teaser tail.
    lead = "Ngày 3-8-2011, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Trần Minh Khoa đã tiếp đoàn"
    last = "Chiều 4-8, đoàn rời Cần Thơ đi Đà Nẵng để dự phiên họp của Ủy ban hỗn hợp hai"
    text = "\n".join(
        [
            "Chủ tịch UBND tỉnh Trần Minh Khoa tiếp đoàn đại biểu tỉnh Khon Kaen",
            lead,
            MIDDLE,
            last,
            "(T.L., Sở Ngoại vụ Cần Thơ, ngày 4-8-2011)",
            "Cập nhật 04-08-2011",
        ]
    )
    kept = body(text)
    assert kept[0] == lead
    assert kept[-1] == last


def test_a_teaser_headline_below_the_article_is_not_a_dated_clause() -> None:
    text = "\n".join(
        [
            "Chủ tịch UBND tỉnh Trần Minh Khoa tiếp đoàn đại biểu tỉnh Khon Kaen",
            "Ngày 3-8-2011, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Trần Minh Khoa đã tiếp "
            "đoàn đại biểu tỉnh Khon Kaen, Thái Lan do Phó Tỉnh trưởng Somchai dẫn đầu.",
            MIDDLE,
            "Tin khác",
            "Cần Thơ đón đoàn doanh nghiệp Nhật Bản tìm hiểu cơ hội đầu tư",
            "Hội nghị xúc tiến thương mại Cần Thơ - Khon Kaen lần thứ hai",
            "Tỉnh Khon Kaen mở văn phòng đại diện tại Cần Thơ",
        ]
    )
    assert body(text)[-1] == MIDDLE


@pytest.mark.parametrize("opening", ["Ngày 14 tháng 2 năm 2022,", "Thứ Hai, ngày 14/2/2022,"])
def test_a_date_line_ending_in_a_comma_opens_the_lead(opening: str) -> None:
    lead = (
        "Hôm nay, Bộ trưởng Ngoại giao Ireland đã có cuộc điện đàm với Bộ trưởng Ngoại giao "
        "Việt Nam về hợp tác giáo dục và khí hậu giữa hai nước."
    )
    text = "\n".join(
        [
            "Điện đàm giữa Bộ trưởng Ngoại giao Ireland và Bộ trưởng Ngoại giao Việt Nam",
            "14/02/2022",
            "BẢN TIN BÁO CHÍ",
            opening,
            "Sau đây là nội dung do Văn phòng Người phát ngôn công bố:",
            lead,
            MIDDLE,
        ]
    )
    kept = body(text)
    assert kept[0] == opening
    assert ("dateline", "14/02/2022") in labelled(text)


def test_a_stamp_without_the_comma_stays_a_stamp() -> None:
    lead = (
        "Sáng 14/2, Bộ trưởng Ngoại giao Ireland đã có cuộc điện đàm với Bộ trưởng Ngoại giao "
        "Việt Nam về hợp tác giáo dục và khí hậu giữa hai nước."
    )
    text = "\n".join(
        [
            "Điện đàm giữa Bộ trưởng Ngoại giao Ireland và Bộ trưởng Ngoại giao Việt Nam",
            "Thứ Hai, ngày 14/2/2022",
            lead,
            MIDDLE,
        ]
    )
    assert ("dateline", "Thứ Hai, ngày 14/2/2022") in labelled(text)
    assert body(text)[0] == lead
    assert not runs_on("Thứ Hai, ngày 14/2/2022")
