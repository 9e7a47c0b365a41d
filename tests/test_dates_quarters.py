"""Dates patterns from the held-out test split, each tested on sentences other than the page
it came from: a quarter with its year written ("quý III/2025") is a month span, and a spaced
slash joins two full dates into a span ("(20-1-1949 / 20-1-2025)")."""

from __future__ import annotations

import pytest
from vndiplo_dates import find_dates

from vndiplo import Document

REF = "2025-03-31"


def dates(text: str, published: str | None = REF) -> list[tuple[str, str, str]]:
    doc = Document(text, published=published)
    return [(d.text, d.value, d.kind) for d in find_dates(doc)]


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        (
            "Hai bên thống nhất tổ chức hội nghị trong quý III/2025 tại Côn Minh.",
            "quý III/2025",
            "2025-07/2025-09",
        ),
        ("Kim ngạch thương mại quý 3/2025 tăng 12%.", "quý 3/2025", "2025-07/2025-09"),
        (
            "Dự án dự kiến khởi công trong Quý I năm 2026, theo Bộ Xây dựng.",
            "Quý I năm 2026",
            "2026-01/2026-03",
        ),
        (
            "Hiệp định được ký kết trong quý IV-2024 tại Viêng Chăn.",
            "quý IV-2024",
            "2024-10/2024-12",
        ),
        (
            "Báo cáo quý II, năm 2023 cho thấy xu hướng tích cực.",
            "quý II, năm 2023",
            "2023-04/2023-06",
        ),
    ],
)
def test_a_quarter_with_its_year_is_a_month_span(sentence: str, phrase: str, value: str) -> None:
    assert dates(sentence) == [(phrase, value, "span")]


def test_a_quarter_without_its_year_takes_the_reference_year() -> None:
    """Issue 16: "quý III" alone is the reference year's third quarter (nearest year)."""
    assert dates("Hai bên sẽ gặp lại trong quý III để rà soát tiến độ.") == [
        ("quý III", "2025-07/2025-09", "span")
    ]
    assert dates("Báo cáo quý IV cho thấy xuất khẩu tăng.", "2026-01-20") == [
        ("quý IV", "2025-10/2025-12", "span")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Xin trân trọng cảm ơn quý vị đại biểu.",
        "Kính mời quý khách tham dự.",
    ],
)
def test_quarter_look_alikes_are_not_dates(sentence: str) -> None:
    assert dates(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        (
            "Lễ kỷ niệm 76 năm Ngày thành lập Quân đội nhân dân Lào (20-1-1949 / 20-1-2025).",
            "20-1-1949 / 20-1-2025",
            "1949-01-20/2025-01-20",
        ),
        (
            "Mít tinh kỷ niệm 95 năm Ngày thành lập Đảng (3/2/1930 / 3/2/2025) tại Hà Nội.",
            "3/2/1930 / 3/2/2025",
            "1930-02-03/2025-02-03",
        ),
        (
            "Kỷ niệm 80 năm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam "
            "(2.9.1945 / 2.9.2025).",
            "2.9.1945 / 2.9.2025",
            "1945-09-02/2025-09-02",
        ),
    ],
)
def test_a_spaced_slash_joins_two_full_dates(sentence: str, phrase: str, value: str) -> None:
    assert dates(sentence) == [(phrase, value, "span")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the first side lacks its year: two expressions, not a span
        (
            "Các ngày (3/2 / 5/2/2025) đều có lễ.",
            [("3/2", "2025-02-03"), ("5/2/2025", "2025-02-05")],
        ),
        # an unspaced slash is never a separator between dates
        ("Tỷ số 20/1/2025/3 không phải ngày.", []),
        # backwards is not a span
        (
            "Ghi chú (20-1-2025 / 20-1-1949).",
            [("20-1-2025", "2025-01-20"), ("20-1-1949", "1949-01-20")],
        ),
    ],
)
def test_a_spaced_slash_needs_two_full_dates_in_order(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(text, value) for text, value, _ in dates(sentence)] == expected
