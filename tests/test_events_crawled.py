"""Classes of constructions met on crawled pages (issue 12), each in invented words: visit kinds,
capitalised ceremonies, the headline's event across the body, the visitor as guest, places with
abbreviations, parentheses and cut conjunctions, message triggers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate
from vndiplo_events.testing import roles as _roles

from vndiplo.model import Event
from vndiplo.testing import unicode_texts
from vndiplo.text import NormalizedText

PEOPLE: Mapping[str, Any] = {
    "Đỗ Minh Khang": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Lê Thu Hà": {"titles": ["Bộ trưởng Bộ Ngoại giao"], "country": "VN"},
    "Rajesh Kumar": {"titles": ["Tổng thống Ấn Độ"], "country": "IN"},
    "Anna Berg": {"titles": ["Thủ tướng Thụy Điển"], "country": "SE"},
    "Carlos Mendes": {"titles": ["Bộ trưởng Quốc phòng Bồ Đào Nha"], "country": "PT"},
}


def _events(text: str, dates: Sequence[Sequence[Any]], **fields: Any) -> list[Event]:
    return extract_events(annotate(text, PEOPLE, dates, **fields))


# -- the visit trigger keeps its kind -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Tối 3/4, Tổng thống Ấn Độ Rajesh Kumar đến Hà Nội, bắt đầu chuyến thăm cấp Nhà "
            "nước Việt Nam.",
            "chuyến thăm cấp nhà nước",
        ),
        (
            "Ngày 3/4, Thủ tướng Thụy Điển Anna Berg thăm hữu nghị chính thức Việt Nam.",
            "thăm hữu nghị chính thức",
        ),
        (
            "Ngày 3/4, Bộ trưởng Lê Thu Hà có chuyến thăm và làm việc tại Thụy Điển.",
            "chuyến thăm và làm việc",
        ),
    ],
)
def test_the_kind_of_visit_is_part_of_the_trigger(text: str, trigger: str) -> None:
    date = "Tối 3/4" if text.startswith("Tối") else "Ngày 3/4"
    main = _events(text, [(date, "2025-04-03")])[0]
    assert main.type == "visit"
    assert main.trigger == trigger


# -- a capitalised ceremony after a light verb is an event, not a name ----------------------


def test_a_capitalised_welcome_ceremony_after_chu_tri_is_a_reception() -> None:
    text = (
        "Sáng 9/6, tại Trụ sở Bộ Quốc phòng, Chủ tịch nước Đỗ Minh Khang chủ trì Lễ đón "
        "Bộ trưởng Quốc phòng Bồ Đào Nha Carlos Mendes."
    )
    main = _events(text, [("Sáng 9/6", "2025-06-09", "morning")])[0]
    assert main.type == "reception"
    assert main.location == "Trụ sở Bộ Quốc phòng"
    assert sorted(_roles(main)) == [("Carlos Mendes", "guest"), ("Đỗ Minh Khang", "host")]


# -- the headline's event wins across the body; the visitor is the guest -------------------


def test_talks_named_by_the_headline_win_over_the_visit_of_the_lead() -> None:
    text = (
        "Theo lời mời của Chủ tịch nước Đỗ Minh Khang, Tổng thống Ấn Độ Rajesh Kumar đã có "
        "chuyến thăm cấp Nhà nước Việt Nam từ ngày 14 - 16/3/2025.\n"
        "Ngày 15/3, sau lễ đón chính thức, Chủ tịch nước Đỗ Minh Khang và Tổng thống Rajesh "
        "Kumar đã hội đàm."
    )
    dates = [("14 - 16/3/2025", "2025-03-14/2025-03-16"), ("Ngày 15/3", "2025-03-15")]
    headline = "Chủ tịch nước Đỗ Minh Khang hội đàm với Tổng thống Ấn Độ"
    main = _events(text, dates, title=headline)[0]
    assert main.type == "talks"
    assert main.date == "2025-03-15"
    assert sorted(_roles(main)) == [("Rajesh Kumar", "guest"), ("Đỗ Minh Khang", "host")]


def test_a_welcome_and_talks_headline_makes_the_talks_main() -> None:
    text = (
        "Chiều 2/5, Thủ tướng Thụy Điển Anna Berg chủ trì lễ đón chính thức Tổng thống Ấn Độ "
        "Rajesh Kumar. Sau đó, Thủ tướng Anna Berg hội đàm với Tổng thống Rajesh Kumar."
    )
    headline = "Thủ tướng Thụy Điển đón và hội đàm với Tổng thống Ấn Độ"
    main = _events(text, [("Chiều 2/5", "2025-05-02", "afternoon")], title=headline)[0]
    assert main.type == "talks"


def test_one_named_on_both_sides_of_the_trigger_is_its_object() -> None:
    text = (
        "Sáng 21/10, sau lễ đón Thủ tướng Thụy Điển Anna Berg, Chủ tịch nước Đỗ Minh Khang "
        "đã hội đàm với Thủ tướng Anna Berg."
    )
    main = _events(text, [("Sáng 21/10", "2025-10-21", "morning")])[0]
    assert main.type == "talks"
    assert sorted(name for name, _ in _roles(main)) == ["Anna Berg", "Đỗ Minh Khang"]


# -- places -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("trụ sở T.Ư Đoàn", "trụ sở T.Ư Đoàn"),
        ("Nhà khách TP.HCM", "Nhà khách TP.HCM"),
        ("Washington D.C.", "Washington D.C."),
        ("Bộ Chỉ huy Quân sự (BCHQS) tỉnh Lạng Sơn", "Bộ Chỉ huy Quân sự (BCHQS) tỉnh Lạng Sơn"),
        ("Osaka (Nhật Bản)", "Osaka (Nhật Bản)"),
    ],
)
def test_a_place_keeps_its_abbreviations_and_its_country_in_parentheses(
    place: str, expected: str
) -> None:
    text = f"Chiều 7/11, tại {place}, Bộ trưởng Lê Thu Hà đã tiếp Thủ tướng Anna Berg."
    main = _events(text, [("Chiều 7/11", "2024-11-07", "afternoon")])[0]
    assert main.location == expected


def test_a_place_never_ends_on_a_conjunction() -> None:
    text = (
        "Ngày 5/9, Bộ trưởng Lê Thu Hà đã tham dự Hội nghị Bộ trưởng tại Bồ Đào Nha và thăm "
        "chính thức Thụy Điển."
    )
    events = _events(text, [("Ngày 5/9", "2024-09-05")])
    assert events[0].location == "Bồ Đào Nha"


def test_a_parenthesis_that_is_no_country_still_ends_the_place() -> None:
    text = "Ngày 5/9, tại Hà Nội (ảnh trên), Bộ trưởng Lê Thu Hà đã tiếp Thủ tướng Anna Berg."
    main = _events(text, [("Ngày 5/9", "2024-09-05")])[0]
    assert main.location == "Hà Nội"


# -- messages -------------------------------------------------------------------------------


def test_a_message_of_sympathy_is_a_message() -> None:
    text = (
        "Ngày 18/7, Chủ tịch nước Đỗ Minh Khang đã gửi điện thăm hỏi tới Thủ tướng Thụy Điển "
        "Anna Berg về thiệt hại do bão gây ra."
    )
    main = _events(text, [("Ngày 18/7", "2024-07-18")])[0]
    assert main.type == "message"
    assert main.trigger == "gửi điện thăm hỏi"
    assert {p.name for p in main.participants} == {"Đỗ Minh Khang", "Anna Berg"}


# -- properties ------------------------------------------------------------------------------


@given(unicode_texts(), st.sampled_from([".", "(", ")", " và", "T.Ư", "(Nhật Bản)"]))
def test_places_of_any_text_are_substrings_and_offsets_valid(noise: str, glue: str) -> None:
    text = (
        f"Ngày 5/9, tại {noise}{glue}{noise[:5]}, Bộ trưởng Lê Thu Hà đã tiếp Thủ tướng Anna Berg."
    )
    doc = annotate(text, PEOPLE, [("Ngày 5/9", "2024-09-05")])
    for event in extract_events(doc):
        assert 0 <= event.evidence.start <= event.evidence.end <= len(text)
        if event.location is not None:
            assert event.location in NormalizedText(text).text
            assert not event.location.endswith((" và", " cùng"))
