"""A year-less main day takes a lone year written in its own sentence, when nothing else fixes it.

Crawled pages often lose their stamp; the lead then says "... hội đàm thường niên năm 2022"
or "... dự Liên hoan ... năm 2018" beside "Sáng 14-9". Targets, starts and landmarks ("đến năm
2030", "từ năm 1962", "kỷ niệm ... năm 1950") are not the event's year.
"""

from __future__ import annotations

import pytest

from vndiplo import extract


def main_date(text: str) -> str | None:
    doc = extract(text)
    return doc.dates[0].value if doc.dates else None


@pytest.mark.parametrize(
    ("lead", "value"),
    [
        (
            "Sáng 14-9, hai đoàn đã tiến hành cuộc hội đàm thường niên lần thứ X năm 2022 tại "
            "tỉnh Lai Châu.",
            "2022-09-14",
        ),
        (
            "Chiều 3/7, Đại sứ Ấn Độ đã làm việc với lãnh đạo tỉnh và dự Liên hoan văn hóa Ấn "
            "Độ năm 2018 tại thành phố.",
            "2018-07-03",
        ),
    ],
)
def test_a_lone_year_in_the_lead_fixes_the_main_day(lead: str, value: str) -> None:
    assert main_date(f"Hai đoàn hội đàm\n\n{lead}\n") == value


@pytest.mark.parametrize(
    "lead",
    [
        "Sáng 14-9, hai bên thống nhất phấn đấu đạt kim ngạch 5 tỷ USD đến năm 2030.",
        "Sáng 14-9, hai bên ôn lại quan hệ hữu nghị được thiết lập từ năm 1962.",
        "Sáng 14-9, hai bên dự lễ kỷ niệm ngày thành lập năm 1950 của đơn vị.",
    ],
)
def test_targets_starts_and_landmarks_fix_nothing(lead: str) -> None:
    assert main_date(f"Hai đoàn hội đàm\n\n{lead}\n") == "--09-14"


def test_two_different_lone_years_fix_nothing() -> None:
    lead = "Sáng 14-9, hai bên điểm lại hợp tác năm 2021 và bàn kế hoạch năm 2023."
    assert main_date(f"Hai đoàn hội đàm\n\n{lead}\n") == "--09-14"
