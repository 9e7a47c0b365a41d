"""A year written with its lunar name, as Tết greetings do ("năm Nhâm Dần 2022").

The phrase is one year expression, lead word and name included, when the name is the one that
year bears in the sixty-year cycle; with a wrong name the bare year stands alone, as before. A
festival's name ("Xuân Bính Thân 2016", "Tết ... Đinh Dậu 2017") is no date: its year is quoted
bare (README, round 6 "Years").
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_dates.parse import scan
from vndiplo_dates.patterns import BRANCHES, STEMS

from vndiplo.testing.core import unicode_texts


def years(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(text[f.start : f.end], f.pattern, f.first.year) for f in scan(text)]


def lunar_name(year: int) -> str:
    return f"{STEMS[(year - 4) % 10]} {BRANCHES[(year - 4) % 12]}"


@pytest.mark.parametrize(
    ("text", "quoted", "year"),
    [
        ("Chào đón năm Nhâm Dần 2022, đồng bào vui Tết.", "năm Nhâm Dần 2022", 2022),
        ("Nhìn lại năm Tân Sửu - 2021 đầy thử thách.", "năm Tân Sửu - 2021", 2021),
        ("Thư chúc mừng năm mới Giáp Ngọ 2014 gửi kiều bào.", "Giáp Ngọ 2014", 2014),
        ("Năm Quý Tỵ 2013 khép lại.", "Năm Quý Tỵ 2013", 2013),
        ("Năm Quý Tị 2013 khép lại.", "Năm Quý Tị 2013", 2013),
    ],
)
def test_a_lunar_name_joins_its_year(text: str, quoted: str, year: int) -> None:
    assert years(text) == [(quoted, "lunar_year", year)]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Đón Xuân Bính Thân 2016 cùng chiến sĩ.", 2016),
        ("Dịp Tết Nguyên đán Đinh Dậu 2017, đoàn thăm Huế.", 2017),
    ],
)
def test_a_festival_with_its_lunar_name_quotes_the_bare_year(text: str, year: int) -> None:
    # README round 6 "Years": a named festival is no date, the year inside it is
    assert years(text) == [(str(year), "festival_year", year)]


def test_a_name_the_year_does_not_bear_leaves_the_year_bare() -> None:
    # Nhâm Dần is 2022, not 2023: the name is not read as part of the date
    assert years("Đón năm Nhâm Dần 2023 ở Hà Nội.") == [("2023", "bare_year", 2023)]


def test_lower_case_words_are_no_lunar_name() -> None:
    # "canh" (a soup, a watch) and "tân" (new) are ordinary words in lower case
    assert all(p != "lunar_year" for _, p, _ in years("Bữa canh tý 2020 ngon."))


@given(st.integers(1800, 2099), st.sampled_from(["năm ", "Năm ", "Xuân ", "Tết ", ""]))
def test_every_year_read_back_with_its_name(year: int, lead: str) -> None:
    phrase = f"{lead}{lunar_name(year)} {year}"
    # a festival ("Xuân", "Tết") quotes its bare year, a year ("năm") its lunar name too
    quoted, pattern = (
        (str(year), "festival_year") if lead in ("Xuân ", "Tết ") else (phrase, "lunar_year")
    )
    assert years(f"Chúc mừng {phrase}, mọi nhà an vui.") == [(quoted, pattern, year)]


@given(unicode_texts())
def test_lunar_years_have_sound_offsets_on_any_text(text: str) -> None:
    for found in scan(text):
        assert 0 <= found.start < found.end <= len(text)
        if found.pattern == "lunar_year":
            assert found.first.year is not None
            assert str(found.first.year) in text[found.start : found.end]


@given(st.text(alphabet="năm Canh Tý Kỷ Hợi -–2019020 \u0300\u0301\n", max_size=40))
def test_lunar_years_never_break_on_near_misses(text: str) -> None:
    for found in scan(text):
        assert 0 <= found.start < found.end <= len(text)
