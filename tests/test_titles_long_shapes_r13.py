"""Round 13: title shapes that were cut too early. A numbered session written with a capital
("Chủ tịch Khóa 62 Đại hội đồng", "Kỳ họp thứ 77"), a month or term with its year after a
slash ("tháng 10/2021", "2020/2021"), a commission's topic after its capitalised name ("Ủy ban
Nhà nước về người Việt Nam ở nước ngoài"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given

from tests.titles_helpers import assert_scans_safely, mixes, people_by_name


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Chủ tịch Khóa 59 Đại hội đồng Liên hợp quốc Jan Eliasson đã tiếp Đại sứ Lê Văn Tín.",
            "Jan Eliasson",
            "Chủ tịch Khóa 59 Đại hội đồng Liên hợp quốc",
        ),
        (
            "Bộ trưởng Lê Văn Tín gặp Chủ tịch Khóa họp 78 Đại hội đồng LHQ Dennis Francis.",
            "Dennis Francis",
            "Chủ tịch Khóa họp 78 Đại hội đồng LHQ",
        ),
        (
            "Chủ tịch Kỳ họp thứ 77 Đại hội đồng Liên hợp quốc Csaba Korosi đã phát biểu.",
            "Csaba Korosi",
            "Chủ tịch Kỳ họp thứ 77 Đại hội đồng Liên hợp quốc",
        ),
        (
            "Đại sứ Martin Kimani, Chủ tịch luân phiên Hội đồng Bảo an tháng 11/2021, phát biểu.",
            "Martin Kimani",
            "Chủ tịch luân phiên Hội đồng Bảo an tháng 11/2021",
        ),
        (
            "Tổng thống Ghana, Chủ tịch luân phiên Hội đồng Bảo an tháng 8/2022 Nana Akufo-Addo "
            "đã chủ trì phiên thảo luận.",
            "Nana Akufo-Addo",
            "Chủ tịch luân phiên Hội đồng Bảo an tháng 8/2022",
        ),
        (
            "Chủ tịch ASEAN 2020/2021 Nguyễn Văn Ba đã phát biểu khai mạc.",
            "Nguyễn Văn Ba",
            "Chủ tịch ASEAN 2020/2021",
        ),
        (
            "Bà Phạm Thị Hoa, Phó Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài, "
            "đã tiếp đoàn kiều bào.",
            "Phạm Thị Hoa",
            "Phó Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài",
        ),
        (
            "Chủ tịch Hội đồng Nhà nước về giáo dục Lê Văn Tín đã phát biểu.",
            "Lê Văn Tín",
            "Chủ tịch Hội đồng Nhà nước về giáo dục",
        ),
    ],
)
def test_a_long_title_shape_is_read_whole(text: str, name: str, title: str) -> None:
    people = people_by_name(text)
    assert name in people, people
    assert title in people[name].titles, people[name].titles


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised "Khóa" with no number is no session
        "Bộ trưởng Khóa đã phát biểu tại hội nghị.",
        # "về" after a body that is no commission is a verb ("came back to")
        "Chủ tịch Ủy ban Nhân dân về thăm trường cũ.",
    ],
)
def test_near_shapes_name_no_one(text: str) -> None:
    assert people_by_name(text) == {}


@given(
    mixes(
        [
            *("Chủ tịch ", "Khóa ", "Kỳ họp thứ ", "62", "10", "/", "2021", "tháng "),
            *("Ủy ban Nhà nước ", "về ", "người Việt Nam ", "ở nước ngoài", " Jan Eliasson", ", "),
        ]
    )
)
def test_long_title_shapes_scan_safely(text: str) -> None:
    assert_scans_safely(text)
