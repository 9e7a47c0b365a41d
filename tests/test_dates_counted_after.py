"""A counted "... năm sau" an earlier dated event puts the main day that many years later."""

from __future__ import annotations

import pytest

import vndiplo


def _values(text: str) -> list[tuple[str, str]]:
    doc = vndiplo.Runner().run({"id": "t", "text": text}).to_dict()
    return [(d["text"], d["value"]) for d in doc["dates"]]


@pytest.mark.parametrize(
    ("text", "main"),
    [
        (
            "Sáng 3-11, hai Thủ tướng hội đàm tại Hà Nội. Chuyến thăm diễn ra đúng hai năm sau "
            "chuyến thăm chính thức của Thủ tướng sang Nhật Bản (9-2019).",
            ("Sáng 3-11", "2021-11-03"),
        ),
        (
            "Chiều 20/4, Chủ tịch nước tiếp Tổng thống. Cuộc gặp diễn ra một năm sau "
            "chuyến thăm tháng 5/2016 của ông.",
            ("Chiều 20/4", "2017-04-20"),
        ),
    ],
)
def test_counted_years_after_an_earlier_visit(text: str, main: tuple[str, str]) -> None:
    assert _values(text)[0] == main


def test_a_recent_uncounted_after_keeps_the_first_day_after() -> None:
    text = (
        "Sáng 5/3, hai bên hội đàm. Quan hệ thời gian gần đây phát triển mạnh sau chuyến thăm"
        " tháng 10/2022 của ông."
    )
    assert _values(text)[0] == ("Sáng 5/3", "2023-03-05")


def test_a_bare_earlier_date_after_sau_fixes_no_year() -> None:
    # "since after the meeting of 14/9/2030" says the main day is later, not how much later
    text = (
        "Tối 8/4, hai Thủ tướng gặp nhau. Quan hệ phát triển tốt, nhất là kể từ sau kỳ họp ủy"
        " ban hỗn hợp lần thứ 3 (ngày 14/9/2030)."
    )
    assert _values(text)[0] == ("Tối 8/4", "--04-08")
