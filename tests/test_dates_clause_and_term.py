"""Two readings of the main clause's date.

* "Hay tin trận bão đổ bộ tối 9/8/2031 ..., ngày 10/8/2031, Bộ trưởng ... đã gửi thư" writes the
  main clause's date set off by commas after a long fronted clause: "cùng ngày" later is 10/8,
  not the evening of 9/8 the fronted clause names.
* "Sáng 14/11, Đại hội đại biểu Hội Nông dân tỉnh ... lần thứ IX, nhiệm kỳ 2031 - 2036 khai
  mạc": a congress opens its term in the term's first year, so a page without a stamp still
  fixes the year. A session or an election within a term does not.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vndiplo import extract


def values(text: str, published: dt.date | None = None) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in extract(text, published=published).dates]


_FRONTED = (
    "Hay tin cơn bão số 4 đổ bộ vào miền Trung tối ngày 9/8/2031 (giờ Hà Nội) làm nhiều người "
    "thiệt mạng và hàng nghìn ngôi nhà bị hư hại, ngày 10/8/2031, Thủ tướng Na Uy đã gửi thư "
    "thăm hỏi tới Thủ tướng Việt Nam.\n\nCùng ngày, Ngoại trưởng Na Uy gửi thư tới Bộ trưởng "
    "Ngoại giao."
)


def test_comma_set_date_is_the_main_clause_antecedent() -> None:
    got = dict(values(_FRONTED, dt.date(2031, 8, 11)))
    assert got["Cùng ngày"] == "2031-08-10"


@pytest.mark.parametrize("opener", ["Nhận tin", "Được tin", "Trước thông tin"])
def test_comma_set_date_after_other_fronted_clauses(opener: str) -> None:
    text = _FRONTED.replace("Hay tin", opener)
    assert dict(values(text, dt.date(2031, 8, 11)))["Cùng ngày"] == "2031-08-10"


def test_evening_date_without_main_clause_date_stays_antecedent() -> None:
    text = (
        "Trận động đất xảy ra tối 9/8/2031 tại miền bắc Chi-lê. Cùng ngày, Đại sứ quán "
        "đã liên hệ với cộng đồng người Việt."
    )
    assert dict(values(text, dt.date(2031, 8, 10)))["Cùng ngày"] == "2031-08-09"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Sáng 14/11, Đại hội đại biểu Hội Nông dân tỉnh Bình Lạc lần thứ IX, nhiệm kỳ "
            "2031 - 2036 khai mạc tại Trung tâm Hội nghị tỉnh.",
            "2031-11-14",
        ),
        (
            "Chiều 2-10, tại thành phố Hòa Lâm, Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ "
            "2030-2035 bế mạc.",
            "2030-10-02",
        ),
    ],
)
def test_congress_opens_its_term_in_the_first_year(body: str, expected: str) -> None:
    got = values("Đại hội\n\n" + body)
    assert got[0][1] == expected


@pytest.mark.parametrize(
    "body",
    [
        # a session within a term: any of its years
        "Sáng 8/7, Kỳ họp thứ 12, Hội đồng nhân dân tỉnh Bình Lạc khóa X, nhiệm kỳ 2031 - 2036 "
        "khai mạc.",
        # an election to a term that began earlier
        "Ngày 20/10, ông Hà Minh được Quốc hội bầu giữ chức Chủ tịch nước nhiệm kỳ 2031-2036.",
    ],
)
def test_a_term_without_a_congress_fixes_no_year(body: str) -> None:
    got = values("Tin\n\n" + body)
    assert got[0][1].startswith("--")


def test_a_page_stamp_still_wins_over_the_term() -> None:
    body = (
        "Sáng 14/11, Đại hội đại biểu Hội Nông dân tỉnh Bình Lạc lần thứ IX, nhiệm kỳ "
        "2031 - 2036 khai mạc."
    )
    assert values(body, dt.date(2031, 11, 15))[0] == ("Sáng 14/11", "2031-11-14")


@settings(max_examples=60, deadline=None)
@given(
    start=st.integers(1990, 2060),
    length=st.integers(0, 12),
    filler=st.text(max_size=30),
)
def test_any_term_text_gives_valid_offsets(start: int, length: int, filler: str) -> None:
    text = f"Sáng 3/4, Đại hội {filler} nhiệm kỳ {start} - {start + length}, ngày 5/4, {filler}."
    document = extract(text)
    for date in document.dates:
        assert 0 <= date.start < date.end <= len(text)
        assert text[date.start : date.end] == date.text
    assert [d.to_dict() for d in extract(text).dates] == [d.to_dict() for d in document.dates]
