"""Dates: historical anniversary spans, the antecedent of "cùng ngày", plural "những năm tới",
and where a year span's expression starts ("nhiệm kỳ 2024-2029" quotes "2024-2029").

Written in the style of Vietnamese diplomatic news with other countries, leaders and dates than
the held-out pages, so the rules are tested for what they generalise to.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_dates import find_dates, scan_body
from vndiplo_dates.parse import scan
from vndiplo_dates.reference import infer_reference
from vndiplo_dates.testing import DatePhrase, DateSentence, anniversary_phrases, in_sentences

from vndiplo import Document

REF = "2025-07-15"


def dates(text: str, published: str | None = REF) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(Document(text, published=published))]


# -- 1. anniversary spans whose ends are centuries apart -------------------------------------


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        (
            "Nhân dịp kỷ niệm lần thứ 236 Quốc khánh nước Cộng hòa Pháp (14/7/1789 - 14/7/2025), "
            "Chủ tịch nước đã gửi điện mừng.",
            "14/7/1789 - 14/7/2025",
            "1789-07-14/2025-07-14",
        ),
        (
            "Nhân dịp kỷ niệm 249 năm Quốc khánh Hoa Kỳ (4/7/1776–4/7/2025), Thủ tướng gửi điện.",
            "4/7/1776–4/7/2025",
            "1776-07-04/2025-07-04",
        ),
        (
            "Đại sứ quán tổ chức kỷ niệm 80 năm Quốc khánh (2/9/1945 — 2/9/2025) tại Paris.",
            "2/9/1945 — 2/9/2025",
            "1945-09-02/2025-09-02",
        ),
        (
            "Hai nước kỷ niệm 52 năm thiết lập quan hệ ngoại giao (26/2/1973 - 26/2/2025).",
            "26/2/1973 - 26/2/2025",
            "1973-02-26/2025-02-26",
        ),
        (
            "Kỷ niệm 76 năm quan hệ ngoại giao Việt Nam - Trung Quốc (18/1/1950-18/1/2026).",
            "18/1/1950-18/1/2026",
            "1950-01-18/2026-01-18",
        ),
        (
            "Lễ kỷ niệm 235 năm Quốc khánh Ba Lan (03/05/1791 – 03/05/2026) diễn ra trọng thể.",
            "03/05/1791 – 03/05/2026",
            "1791-05-03/2026-05-03",
        ),
        (
            "Quốc khánh Thụy Sĩ (1/8/1291 - 1/8/2025)? Không: kỷ niệm (1789-2025) thì có.",
            "1789-2025",
            "1789/2025",
        ),
    ],
)
def test_anniversary_span_with_historical_start(sentence: str, phrase: str, value: str) -> None:
    found = [d for d in find_dates(Document(sentence, published=REF)) if d.text == phrase]
    assert [(d.value, d.kind, d.year_source) for d in found] == [(value, "span", "explicit")]


def test_year_before_1700_is_not_read() -> None:
    # the year range is 1700-2099: "1291" is no year, so there is no span either
    assert dates("Quốc khánh Thụy Sĩ (1/8/1291 - 1/8/2025).") == [("1/8/2025", "2025-08-01")]


def test_historical_years_elsewhere() -> None:
    assert dates("Cách mạng Pháp năm 1789 mở ra thời kỳ mới.") == [("năm 1789", "1789")]
    assert dates("Ngày 14/7/1789, người dân Paris chiếm ngục Bastille.") == [
        ("Ngày 14/7/1789", "1789-07-14")
    ]


def test_anniversary_founding_year_in_1700s_fixes_the_reference() -> None:
    text = "Sáng 14/7, Đại sứ quán Pháp tổ chức kỷ niệm 236 năm Quốc khánh (1789-2025) tại Hà Nội."
    document = Document(text)
    inferred = infer_reference(document.normalized.text, scan_body(document))
    assert inferred is not None and inferred[0] == dt.date(2025, 7, 14)


# -- 2. the antecedent of "cùng ngày" --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an anniversary span between the event and the anaphor
            "Sáng 3/6, Thủ tướng hội đàm với Thủ tướng Australia. Chuyến thăm diễn ra đúng dịp "
            "kỷ niệm 52 năm quan hệ ngoại giao (26/2/1973 - 26/2/2025). Cùng ngày, Thủ tướng "
            "Australia gặp cộng đồng doanh nghiệp.",
            ("Cùng ngày", "2025-06-03"),
        ),
        (  # a date in parentheses, a referenced past event
            "Chiều 10/7, Chủ tịch nước tiếp Đại sứ Đức, nhắc lại chuyến thăm của Tổng thống "
            "(ngày 23/1/2024) và Hiệp định ký ngày 5/3/2024. Tối cùng ngày, Chủ tịch nước dự tiệc.",
            ("Tối cùng ngày", "2025-07-10"),
        ),
        (  # a founding date mid-sentence and a span before the anaphor
            "Trưa 8/7, Phó Thủ tướng tiếp Bộ trưởng Ngoại giao Chile; hai nước thiết lập quan hệ "
            "ngày 25/3/1971 và đã tổ chức Tuần Văn hóa từ ngày 1 đến 5/7/2025. Chiều cùng ngày, "
            "Bộ trưởng thăm Văn Miếu.",
            ("Chiều cùng ngày", "2025-07-08"),
        ),
        (  # a clause-initial date without a part of day is a reported day
            "Ngày 9/7, Bộ trưởng Ngoại giao điện đàm với người đồng cấp Ấn Độ, nhất trí tổ chức "
            "kỳ họp Ủy ban hỗn hợp vào ngày 20/9 tới. Trưa cùng ngày, Bộ trưởng tiếp Đại sứ Nhật.",
            ("Trưa cùng ngày", "2025-07-09"),
        ),
        (  # the last reported day wins over an earlier one
            "Sáng 7/7, đoàn đến Jakarta. Trước đó, ngày 6/7, đoàn làm việc tại Singapore (từ "
            "4-6/7). Tối cùng ngày, đoàn gặp cộng đồng người Việt.",
            ("Tối cùng ngày", "2025-07-06"),
        ),
        (  # with no reported day, a mid-sentence date outside parentheses is used
            "Nhân dịp kỷ niệm Quốc khánh Pháp (14/7/1789 - 14/7/2025), ngày 13/7 Chủ tịch nước "
            "đã gửi điện mừng Tổng thống Pháp. Cùng ngày, Thủ tướng gửi điện mừng Thủ tướng Pháp.",
            ("Cùng ngày", "2025-07-13"),
        ),
    ],
)
def test_same_day_resolves_to_last_reported_day(text: str, expected: tuple[str, str]) -> None:
    found = dates(text)
    assert [item for item in found if "cùng ngày" in item[0].lower()] == [expected]


def test_same_day_with_only_a_span_before_falls_back_to_the_reference() -> None:
    text = "Hai nước kỷ niệm 50 năm quan hệ (1/8/1975 - 1/8/2025). Cùng ngày, hai bên trao điện."
    assert dates(text, "2025-08-01")[-1] == ("Cùng ngày", "2025-08-01")
    # no reference and no reported day: nothing to resolve against, so nothing is said
    assert dates(text, None) == [("1/8/1975 - 1/8/2025", "1975-08-01/2025-08-01")]


def test_day_after_follows_the_reported_day_not_a_parenthesis() -> None:
    text = (
        "Chiều 14/7, Thủ tướng tiếp Đại sứ Pháp nhân kỷ niệm Quốc khánh (14/7/1789 - "
        "14/7/2025) và Hiệp định (ký ngày 10/3/2021). Ngày hôm sau, Đại sứ thăm Huế."
    )
    assert dates(text)[-1] == ("Ngày hôm sau", "2025-07-15")


# -- 3. plural "những năm tới" is no date; "năm tới" is next year ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Quan hệ hai nước sẽ đạt nhiều thành tựu mới trong những năm tới.",
        "Hai bên nhất trí mở rộng hợp tác trong các năm tới.",
        "Việt Nam sẽ là đối tác quan trọng trong nhiều năm tới.",
        "Những năm tới, hai nước tập trung vào năng lượng tái tạo.",
        "Trong vài năm tới, kim ngạch thương mại có thể đạt 20 tỷ USD.",
        "Hai nước đã hợp tác chặt chẽ trong nhiều năm nay.",
    ],
)
def test_plural_coming_years_are_not_dates(sentence: str) -> None:
    assert dates(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("Hai bên sẽ tổ chức Ủy ban hỗn hợp trong năm tới.", "năm tới", "2026"),
        ("Năm tới, hai nước kỷ niệm 55 năm quan hệ ngoại giao.", "Năm tới", "2026"),
        ("Đoàn sẽ sang thăm vào cuối năm tới.", "cuối năm tới", "2026"),
        ("Hiệp định có hiệu lực từ tháng 3 năm tới.", "tháng 3 năm tới", "2026-03"),
        ("Năm nay, hai bên tổ chức nhiều hoạt động.", "Năm nay", "2025"),
    ],
)
def test_next_year_is_still_a_year(sentence: str, phrase: str, value: str) -> None:
    assert dates(sentence) == [(phrase, value)]


# -- 4. extent: the year span, not the period noun before it -------------------------------


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        (
            "Thủ tướng chúc mừng bà tái đắc cử Chủ tịch Ủy ban châu Âu nhiệm kỳ 2024-2029.",
            "2024-2029",
            "2024/2029",
        ),
        ("Kế hoạch giai đoạn 2021 – 2025 đã hoàn thành.", "2021 – 2025", "2021/2025"),
        ("Hai bên ký kế hoạch 5 năm 2021-2025 về hợp tác quốc phòng.", "2021-2025", "2021/2025"),
        ("Chương trình hợp tác thời kỳ 2026—2030 được thông qua.", "2026—2030", "2026/2030"),
        ("Quốc hội khóa XV, nhiệm kỳ 2021 - 2026, họp phiên bế mạc.", "2021 - 2026", "2021/2026"),
        ("Hai nước hợp tác từ năm 2020 đến năm 2025.", "từ năm 2020 đến năm 2025", "2020/2025"),
        ("Hợp tác giai đoạn từ 2021 đến 2025 đạt kết quả tốt.", "từ 2021 đến 2025", "2021/2025"),
        ("Trong năm 2024-2025, hai bên trao đổi đoàn.", "năm 2024-2025", "2024/2025"),
    ],
)
def test_year_span_extent_excludes_the_period_noun(sentence: str, phrase: str, value: str) -> None:
    assert dates(sentence) == [(phrase, value)]


def test_scan_offsets_of_a_trimmed_year_span() -> None:
    text = "kế hoạch 5 năm 2021-2025"
    (found,) = scan(text)
    assert text[found.start : found.end] == "2021-2025"


def test_anniversary_counted_from_a_1700s_founding_year_fixes_the_reference() -> None:
    text = "Tối 4/7, Đại sứ quán Hoa Kỳ kỷ niệm 249 năm Ngày Độc lập, từ năm 1776, tại Hà Nội."
    document = Document(text)
    inferred = infer_reference(document.normalized.text, scan_body(document))
    assert inferred is not None and inferred[0] == dt.date(2025, 7, 4)


# -- properties ------------------------------------------------------------------------------


@given(in_sentences(anniversary_phrases()))
def test_anniversary_round_trip_in_sentence(case: DateSentence) -> None:
    document = Document(case.text, published=case.phrase.reference)
    assert [(d.start, d.end, d.value, d.kind) for d in find_dates(document)] == [
        (case.start, case.end, case.phrase.value, "span")
    ]


@given(anniversary_phrases(), st.dates(dt.date(2001, 1, 1), dt.date(2001, 12, 31)))
def test_same_day_skips_a_bracketed_anniversary(span: DatePhrase, day: dt.date) -> None:
    text = (
        f"Sáng {day.day}/{day.month}, Thủ tướng hội đàm với Thủ tướng Australia nhân dịp kỷ "
        f"niệm quan hệ ngoại giao ({span.phrase}). Cùng ngày, hai bên gặp gỡ báo chí."
    )
    found = find_dates(Document(text))
    assert found[-1].text == "Cùng ngày"
    assert found[-1].value == found[0].value == f"--{day.month:02d}-{day.day:02d}"
