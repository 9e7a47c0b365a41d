"""Round 13: a rank conferred on people named after it ("phong hàm Đại sứ bậc một cho ông X",
"thăng quân hàm Thiếu tướng cho đồng chí Y") is a title of each of them, as a rank before the
name would be; a colon list after "cho các ông, bà:" shares it. Sentences written for these
tests (invented people)."""

from __future__ import annotations

import pytest
from hypothesis import given

from tests.titles_helpers import assert_scans_safely, mixes, people_by_name


@pytest.mark.parametrize(
    ("text", "name", "rank"),
    [
        (
            "Chủ tịch nước đã phong hàm Đại sứ bậc một cho ông Lê Văn Tín, Vụ trưởng Vụ Lễ tân.",
            "Lê Văn Tín",
            "Đại sứ bậc một",
        ),
        (
            "Quyết định phong hàm Đại sứ bậc hai cho các ông, bà: Trần Thị Mai, Phó Vụ trưởng "
            "Vụ Châu Âu; Nguyễn Văn Tâm, Tổng Lãnh sự Việt Nam tại Osaka.",
            "Nguyễn Văn Tâm",
            "Đại sứ bậc hai",
        ),
        (
            "Quyết định phong hàm Đại sứ bậc hai cho các ông, bà: Trần Thị Mai, Phó Vụ trưởng "
            "Vụ Châu Âu; Nguyễn Văn Tâm, Tổng Lãnh sự Việt Nam tại Osaka.",
            "Trần Thị Mai",
            "Đại sứ bậc hai",
        ),
        (
            "Bộ trưởng đã trao quyết định thăng quân hàm Thiếu tướng cho đồng chí Phạm Văn Cường, "
            "Phó Tư lệnh Quân khu 7.",
            "Phạm Văn Cường",
            "Thiếu tướng",
        ),
        (
            "Sáng nay, Chủ tịch nước trao quyết định phong hàm Đại sứ cho bà Hoàng Thị Lan - "
            "Vụ trưởng Vụ Tổng hợp kinh tế.",
            "Hoàng Thị Lan",
            "Đại sứ",
        ),
    ],
)
def test_a_conferred_rank_is_a_title_of_who_receives_it(text: str, name: str, rank: str) -> None:
    people = people_by_name(text)
    assert name in people, people
    assert rank in people[name].titles, people[name].titles


def test_each_conferral_goes_to_its_own_receivers() -> None:
    text = (
        "Chủ tịch nước phong hàm Đại sứ bậc hai cho ông Lê Văn Tín - Thứ trưởng Bộ Ngoại giao; "
        "phong hàm Đại sứ bậc một cho bà Trần Thị Mai, Vụ trưởng Vụ Châu Á."
    )
    people = people_by_name(text)
    assert "Đại sứ bậc hai" in people["Lê Văn Tín"].titles
    assert "Đại sứ bậc một" not in people["Lê Văn Tín"].titles
    assert "Đại sứ bậc một" in people["Trần Thị Mai"].titles
    assert "Đại sứ bậc hai" not in people["Trần Thị Mai"].titles


def test_a_rank_conferred_on_unnamed_officials_names_no_one() -> None:
    text = "Bộ Ngoại giao đã phong hàm Đại sứ cho 12 cán bộ ngoại giao trong năm nay."
    assert people_by_name(text) == {}


def test_the_conferrer_gets_no_rank() -> None:
    text = "Chủ tịch nước Lê Văn Ba đã phong hàm Đại sứ bậc một cho ông Trần Văn Cư, Vụ trưởng."
    people = people_by_name(text)
    assert "Đại sứ bậc một" not in people["Lê Văn Ba"].titles


@given(
    mixes(
        [
            *("phong hàm ", "Đại sứ bậc một", " cho ", "các ông, bà: ", "ông ", "Lê Văn Tín"),
            *(", Vụ trưởng", "; ", ". ", "thăng quân hàm "),
        ]
    )
)
def test_conferred_ranks_scan_safely(text: str) -> None:
    assert_scans_safely(text)
