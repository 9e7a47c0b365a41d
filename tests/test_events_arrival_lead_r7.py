"""A lead that reports a visitor's arrival ("Chuyên cơ chở X đã đến <city> đêm D", "X đã tới
<city> tối D") before a programme ("Theo chương trình, ... sẽ hội đàm") is about the visit the
arrival opens: the visit is the main event, dated by the arrival, its arrivals the guests; the
programme's planned talks never win. Invented names throughout. Near misses: an arrival still
to come, an arrival to attend a summit, a trip noun followed by "đến"."""

from __future__ import annotations

import pytest

import vndiplo

_PROGRAMME = (
    "Theo chương trình, sáng 6/3, Tổng thống Ramos sẽ hội đàm với Chủ tịch nước Lê Minh Hòa và "
    "hội kiến Thủ tướng Phan Quốc Việt."
)


def _main(text: str) -> vndiplo.Event | None:
    doc = vndiplo.Runner().run({"id": "a", "text": text, "published": "2024-03-07"})
    return doc.events[0] if doc.events else None


@pytest.mark.parametrize(
    ("lead", "date", "part"),
    [
        (
            "Chuyên cơ chở Tổng thống Philippines Carlos Ramos đã hạ cánh xuống sân bay quốc tế "
            "Nội Bài tối 5/3. Đây là chuyến thăm chính thức đầu tiên của ông tới Việt Nam.",
            "2024-03-05",
            "evening",
        ),
        (
            "Đêm 5/3, Tổng thống Philippines Carlos Ramos đã đặt chân đến Đà Nẵng. Hôm 6/3, các "
            "hoạt động chính của Tổng thống sẽ chiếm trọn chuyến thăm ngắn ngày của ông.",
            "2024-03-05",
            "night",
        ),
        (
            "Tổng thống Philippines Carlos Ramos và Phu nhân đã tới thủ đô Hà Nội chiều 5/3. "
            "Chuyến thăm cấp Nhà nước kéo dài ba ngày.",
            "2024-03-05",
            "afternoon",
        ),
        (
            "Tổng thống Philippines Carlos Ramos đã tới Hà Nội tối 5/3, bắt đầu chuyến thăm "
            "chính thức Việt Nam.",
            "2024-03-05",
            "evening",
        ),
        (
            "Đoàn đại biểu cấp cao Philippines do Tổng thống Carlos Ramos dẫn đầu vừa đến TP. Hồ"
            " Chí Minh trưa 5/3. Chuyến công tác kéo dài đến ngày 8/3.",
            "2024-03-05",
            "noon",
        ),
    ],
)
def test_the_arrival_opens_the_visit_that_is_the_main_event(
    lead: str, date: str, part: str
) -> None:
    main = _main(f"{lead}\n\n{_PROGRAMME}")
    assert main is not None and main.type == "visit"
    assert main.date == date and main.part_of_day == part
    assert [(p.name, p.role) for p in main.participants] == [("Carlos Ramos", "guest")]


# -- near misses --------------------------------------------------------------------------


def test_an_arrival_still_to_come_is_no_visit_done() -> None:
    main = _main(
        "Tổng thống Philippines Carlos Ramos sẽ đến Hà Nội tối 5/3. Đây là chuyến thăm chính "
        f"thức đầu tiên của ông tới Việt Nam.\n\n{_PROGRAMME}"
    )
    assert main is None or main.type != "visit" or main.planned


def test_arriving_to_attend_a_summit_is_the_attendance() -> None:
    main = _main(
        "Tổng thống Philippines Carlos Ramos đã tới Hà Nội tối 5/3 để dự Hội nghị Cấp cao "
        "ASEAN. Bên lề hội nghị, ông sẽ hội đàm với Chủ tịch nước Lê Minh Hòa."
    )
    assert main is not None and main.type == "attend"


def test_a_trip_noun_before_the_verb_is_no_arrival() -> None:
    main = _main(
        "Trong sự nghiệp của mình, cố Tổng thống Carlos Ramos đã ghi nhiều dấu ấn, đặc biệt là "
        "chuyến công du đến Nhật Bản năm 1998. Chuyến thăm được nhắc lại nhiều lần."
    )
    assert main is None or main.referenced
