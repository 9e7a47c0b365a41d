"""Round 13: a name, then its capacity apposed ("ông X, trên cương vị Tổng thư ký ...", "bà
Y, với tư cách Chủ tịch ...", "ông Z - với tư cách là Trưởng đoàn -"): the person holds that
title, as an apposed title would give it. A capacity not apposed to an untitled name ("phát
biểu với tư cách khách mời") still makes no titled person. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from hypothesis import given

from tests.titles_helpers import assert_scans_safely, mixes, people_by_name


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Ông Kofi Annan, trên cương vị Tổng thư ký Liên hợp quốc, đã gặp Thủ tướng Lê Văn Tín.",
            "Kofi Annan",
            "Tổng thư ký Liên hợp quốc",
        ),
        (
            "Phát biểu tại phiên họp, ông Antonio Guterres, với tư cách Tổng thư ký LHQ, nhấn "
            "mạnh vai trò của khu vực.",
            "Antonio Guterres",
            "Tổng thư ký LHQ",
        ),
        (
            "Ông Lê Văn Tín, với cương vị Chủ tịch Hội đồng Bảo an, đã chủ trì phiên họp.",
            "Lê Văn Tín",
            "Chủ tịch Hội đồng Bảo an",
        ),
        (
            "Bà Trần Thị Mai - với tư cách là Trưởng đoàn đàm phán - đã ký biên bản.",
            "Trần Thị Mai",
            "Trưởng đoàn đàm phán",
        ),
        (
            # no comma: the capacity right after the name
            "Chúng tôi ghi nhận đóng góp của Ngài Kofi Annan trên cương vị Tổng thư ký LHQ.",
            "Kofi Annan",
            "Tổng thư ký LHQ",
        ),
        (
            "Hôm qua, bà Angela Schmidt, trong cương vị Chủ tịch Ủy ban châu Âu, đã tới Hà Nội.",
            "Angela Schmidt",
            "Chủ tịch Ủy ban châu Âu",
        ),
    ],
)
def test_an_apposed_capacity_titles_the_name(text: str, name: str, title: str) -> None:
    people = people_by_name(text)
    assert name in people, people
    assert title in people[name].titles


@pytest.mark.parametrize(
    "text",
    [
        "Ông Lê Văn Tín phát biểu với tư cách khách mời của hội nghị.",
        "Đồng chí Trần Văn Cư được bầu tiếp tục giữ chức vụ cao nhất.",
    ],
)
def test_a_capacity_that_is_no_title_names_no_one(text: str) -> None:
    assert people_by_name(text) == {}


@given(
    mixes(
        [
            *("Ông ", "Kofi Annan", ", ", "trên cương vị ", "với tư cách ", "là ", " - "),
            *("Tổng thư ký Liên hợp quốc", " đã gặp ", "."),
        ]
    )
)
def test_apposed_capacities_scan_safely(text: str) -> None:
    assert_scans_safely(text)
