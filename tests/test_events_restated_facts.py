"""A later sentence that restates the main event by its noun gives it the place or date its
own sentence lacks (restated_facts.py), in invented words: "Các văn kiện được ký tại X",
"Nguyên văn bức thư được gửi đi ngày D", "Vòng đàm phán được tổ chức tại X", a wish about the
delegation's trip "tại X". It never overrides a place the lead has, and a planned or earlier
occurrence ("sẽ được ký", "lần đầu tiên") gives nothing."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.restated_facts import restated_date
from vndiplo_events.testing import annotate
from vndiplo_events.view import ArticleView

from vndiplo.model import Event

PEOPLE = {
    "Karl Lindqvist": ("Thủ tướng Thụy Điển", "SE"),
    "Trần Minh Khoa": ("Thủ tướng", "VN"),
}


def _main(text: str, dates: list[tuple[Any, ...]] | None = None) -> Event:
    return extract_events(annotate(text, PEOPLE, dates or []))[0]


LEAD = "Thủ tướng Karl Lindqvist và Thủ tướng Trần Minh Khoa đã ký 4 văn kiện hợp tác."


@pytest.mark.parametrize(
    ("follow", "place"),
    [
        ("Các văn kiện được ký tại Đà Nẵng gồm hợp tác năng lượng và giáo dục.", "Đà Nẵng"),
        ("Những thỏa thuận này được ký kết ở Hải Phòng.", "Hải Phòng"),
        ("Hai bản ghi nhớ về năng lượng đã được ký tại Cần Thơ.", "Cần Thơ"),
        ("Theo Bộ Ngoại giao, các văn kiện đã được ký tại Huế.", "Huế"),
    ],
)
def test_a_passive_restatement_gives_the_signing_its_place(follow: str, place: str) -> None:
    main = _main(f"{LEAD}\n\n{follow}")
    assert main.type == "signing"
    assert main.location == place


@pytest.mark.parametrize(
    "follow",
    [
        # planned: another signing
        "Các văn kiện còn lại sẽ được ký tại Đà Nẵng vào tuần sau.",
        # an earlier one
        "Hiệp định đầu tiên giữa hai nước được ký tại Stockholm.",
        # no restating noun opens the sentence
        "Hai Thủ tướng sau đó thăm một nhà máy tại Đà Nẵng.",
    ],
)
def test_no_place_from_another_signing(follow: str) -> None:
    assert _main(f"{LEAD}\n\n{follow}").location is None


def test_the_lead_place_is_kept() -> None:
    follow = "Các văn kiện được ký tại Đà Nẵng gồm hợp tác năng lượng."
    main = _main(f"Tại Hà Nội, {LEAD[0].lower()}{LEAD[1:]}\n\n{follow}")
    assert main.location == "Hà Nội"


def test_a_negotiating_round_gives_the_signing_its_place_not_its_span() -> None:
    text = (
        "Từ ngày 3-7/3/2025, vòng đàm phán thứ hai về hiệp định thương mại giữa hai nước đã "
        "được tổ chức tại Thủ đô Oslo.\n\n"
        "Thủ tướng Karl Lindqvist đã ký biên bản với Thủ tướng Trần Minh Khoa."
    )
    main = _main(text, [("Từ ngày 3-7/3/2025", "2025-03-03/2025-03-07")])
    assert main.type == "signing"
    assert main.location == "Thủ đô Oslo"
    assert main.date != "2025-03-03/2025-03-07"


MESSAGE = "Thủ tướng Karl Lindqvist đã gửi điện chia buồn tới Thủ tướng Trần Minh Khoa."


@pytest.mark.parametrize(
    "follow",
    [
        "Nguyên văn bức điện bằng tiếng Anh được gửi đi vào ngày 14/9 như sau:",
        "Bức điện được gửi ngày 14/9.",
        "Bản gốc bức thư đã được gửi đi ngày 14/9.",
    ],
)
def test_the_message_takes_the_day_it_was_sent(follow: str) -> None:
    day = "ngày 14/9"
    main = _main(f"{MESSAGE}\n\n{follow}", [(day, "--09-14")])
    assert main.type == "message"
    assert main.date == "--09-14"


def test_a_message_planned_for_later_is_no_restatement() -> None:
    follow = "Bức thư trả lời sẽ được gửi đi vào ngày 20/9."
    doc = annotate(f"{MESSAGE}\n\n{follow}", PEOPLE, [("ngày 20/9", "--09-20")])
    view = ArticleView(doc)
    main = SimpleNamespace(type="message", sentence_index=0)  # all restated_date reads
    assert restated_date(view, main) is None  # type: ignore[arg-type]


VISIT = (
    "Sáng 8/4, Đoàn đại biểu thành phố Uppsala (Thụy Điển) do ông Karl Lindqvist làm trưởng "
    "đoàn đã sang thăm và chúc mừng thành phố ta."
)


@pytest.mark.parametrize(
    ("follow", "place"),
    [
        (
            "Thủ tướng Trần Minh Khoa chúc Đoàn có chuyến công tác tại tỉnh Bình Định đạt kết "
            "quả tốt đẹp.",
            "tỉnh Bình Định",
        ),
        (
            "Thủ tướng Trần Minh Khoa hy vọng chuyến thăm, làm việc của Đoàn tại Quy Nhơn sẽ "
            "thắt chặt quan hệ hai bên.",
            "Quy Nhơn",
        ),
    ],
)
def test_a_wish_about_the_trip_gives_the_visit_its_place(follow: str, place: str) -> None:
    main = _main(f"{VISIT}\n\n{follow}", [("Sáng 8/4", "--04-08", "morning")])
    assert main.type == "visit"
    assert main.location == place


@pytest.mark.parametrize(
    "follow",
    [
        # another trip, named as the first one
        "Thủ tướng Trần Minh Khoa nhắc lại chuyến thăm đầu tiên của Đoàn tại Quy Nhơn.",
        # a planned trip
        "Thủ tướng Trần Minh Khoa mong Đoàn sẽ có chuyến công tác tới tại tỉnh Bình Định.",
    ],
)
def test_no_place_from_another_trip(follow: str) -> None:
    main = _main(f"{VISIT}\n\n{follow}", [("Sáng 8/4", "--04-08", "morning")])
    assert main.location is None
