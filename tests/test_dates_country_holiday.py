"""A national day named with its country ("Quốc khánh Lào 2/12") is a holiday's name, not a date.

"Quốc khánh 2/9" was already read as the holiday; outlets also put the country between the name
and the day, with "nước" or not, or the day in brackets. Invented sentences; near misses: a
country then a date that is one ("Đoàn ... Việt Nam 2/9 đã tới"), "ngày 2/9", a full date.
"""

from __future__ import annotations

import pytest

from vndiplo import Runner

_RUNNER = Runner()
_MEETING = "Chủ tịch Quốc hội Lê Văn An đã hội kiến Chủ tịch Quốc hội Lào Xaysana Keo. "


def _dates(text: str) -> list[str]:
    doc = _RUNNER.run({"id": "x", "text": text, "published": "2031-09-16"})
    return [t.text for t in doc.dates]


@pytest.mark.parametrize(
    "holiday",
    [
        "Quốc khánh Việt Nam 2/9",
        "Quốc khánh nước Việt Nam 2/9",
        "Quốc khánh Pháp 14/7",
        "Quốc khánh Lào (2/12)",
        "quốc khánh Thái Lan 5/12",
    ],
)
def test_a_national_day_with_its_country_is_no_date(holiday: str) -> None:
    text = _MEETING + f"Ông cảm ơn Lào đã cử đoàn dự Lễ kỷ niệm {holiday} trọng thể."
    assert _dates(text) == []
    doc = _RUNNER.run({"id": "x", "text": text, "published": "2031-09-16"})
    assert doc.events[0].date is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Đoàn đại biểu Quốc hội Việt Nam 2/9 đã tới Viêng Chăn.", "2/9"),
        ("Nhân dịp Quốc khánh, Thủ tướng Lào 2/9 gặp Thủ tướng Lê Văn An.", "2/9"),
        ("Chủ tịch Quốc hội hội kiến Thủ tướng Lào ngày 2/9 tại Hà Nội.", "ngày 2/9"),
        ("Quốc khánh Việt Nam 2/9/2031 được tổ chức trọng thể.", "2/9/2031"),
    ],
)
def test_dates_beside_a_country_or_the_holiday_word_stay_dates(text: str, found: str) -> None:
    assert _dates(text) == [found]
