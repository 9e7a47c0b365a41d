"""Which written year ties a stamp-less page's year-less days (round 13), in invented sentences:

* a sentence opening "Năm Y," that tells a done act ("đã ký", "từng thăm") recalls history: it
  does not tie the page (README round 5 "Historical years"); one that tells no done act still
  does ("Năm 2023 là năm kỷ niệm ...");
* a rotating chair's year, in any body's name and also as a month ("Chủ tịch luân phiên Hội đồng
  Bảo an tháng 10/2022"), is held now and ties the page (round 6 AD01, round 12 #4 BF06).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vndiplo


def first_date(text: str) -> str | None:
    """The value of the first day-precise date (a year alone is listed too)."""
    found = [d.value for d in vndiplo.extract(text).dates if d.kind == "date"]
    return found[0] if found else None


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 6/9, Thứ trưởng tiếp Đại sứ Chile. Năm 2019, hai nước đã ký thỏa thuận hợp tác.",
        "Chiều 6/9, Bộ trưởng tiếp Đại sứ Peru. Năm 2016, Tổng thống Peru đã thăm Hà Nội.",
        "Sáng 6/9, Phó Thủ tướng gặp Đại sứ Ai Cập.\nNăm 2018, hai bên từng tổ chức diễn đàn.",
        "Sáng 6/9, ông tiếp Đại sứ Kenya. Năm 2015, hai nước đã có bản ký kết về nông nghiệp.",
        "Năm 2017, Thủ tướng Úc đã sang Việt Nam. Tối 6/9, Đại sứ Úc chào từ biệt Chủ tịch tỉnh.",
    ],
)
def test_a_year_of_a_done_act_ties_nothing(text: str) -> None:
    assert first_date(text) == "--09-06"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Năm 2023 là năm kỷ niệm 50 năm quan hệ hai nước. Chiều 6/9, hai bên hội đàm.",
            "2023-09-06",
        ),
        (
            "Năm 2022, tỉnh phải đối mặt với nhiều khó khăn. Sáng 6/9, tỉnh đón đoàn Lào.",
            "2022-09-06",
        ),
    ],
)
def test_a_year_that_tells_no_done_act_still_ties(text: str, value: str) -> None:
    dated = [d.value for d in vndiplo.extract(text).dates if d.value and d.value.endswith("09-06")]
    assert dated == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Tối 12/10, Chủ tịch nước dự phiên họp theo lời mời của Tổng thống Gabon, Chủ tịch "
            "luân phiên Hội đồng Bảo an Liên hợp quốc tháng 10/2022.",
            "2022-10-12",
        ),
        (
            "Sáng 12/10, Thủ tướng tiếp Tổng thống Senegal, với tư cách Chủ tịch luân phiên "
            "Liên minh châu Phi năm 2020.",
            "2020-10-12",
        ),
        (
            "Chiều 12/3, Bộ trưởng gặp Đại sứ Anh, Chủ tịch luân phiên Hội đồng Bảo an tháng 3 "
            "năm 2019.",
            "2019-03-12",
        ),
        (
            "Tối 12/10, ông điện đàm với Ngoại trưởng Brunei, Chủ tịch luân phiên ASEAN 2021.",
            "2021-10-12",
        ),
    ],
)
def test_a_rotating_chair_ties_its_year(text: str, value: str) -> None:
    assert first_date(text) == value


def test_a_chair_held_earlier_ties_nothing() -> None:
    text = (
        "Tối 12/10, Chủ tịch nước tiếp ông Kenyatta, người từng là Chủ tịch luân phiên "
        "Hội đồng Bảo an Liên hợp quốc tháng 10/2021."
    )
    assert first_date(text) == "--10-12"


@given(st.integers(min_value=1990, max_value=2035), st.text(max_size=30))
def test_offsets_valid(year: int, tail: str) -> None:
    text = f"Sáng 6/9, ông tiếp đoàn. Năm {year}, hai nước đã ký hiệp định. {tail}"
    doc = vndiplo.extract(text)
    for d in doc.dates:
        assert doc.text[d.start : d.end] == d.text
