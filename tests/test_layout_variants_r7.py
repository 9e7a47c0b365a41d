"""One news item in several layouts (round 7, metamorphic classes): a date said with or without
"ngày" or moved to the end of its clause, a page cut short, a clause told as its own sentence.
Every example is written for the test: other names, places, dates and outlets."""

from __future__ import annotations

import pytest
import vndiplo_boilerplate as plugin

import vndiplo
from vndiplo import Document

_RUNNER = vndiplo.Runner()


def main_event(text: str) -> tuple[str | None, str | None, list[tuple[str, str]]]:
    doc = _RUNNER.run({"id": "t", "text": text})
    if not doc.events:
        return None, None, []
    event = doc.events[0]
    return event.type, event.location, sorted((p.name, p.role) for p in event.participants)


def body(text: str) -> list[str]:
    return [
        text[b.start : b.end]
        for b in plugin.clean_text(Document(text).normalized)
        if b.kind == "body"
    ]


# -- a fronted reception whose host follows the guest's errand -----------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "Chiều 14/2, tại Nhà khách Chính phủ, ",
        "Chiều ngày 14/2, tại Nhà khách Chính phủ, ",
        "Vào chiều hôm 14/2, tại Nhà khách Chính phủ, ",
        "Ngày 14/2, ở Nhà khách Chính phủ, ",
        "Tối thứ Sáu, 14/2, tại Nhà khách Chính phủ, ",
    ],
)
@pytest.mark.parametrize("errand", ["chào từ biệt", "đến chào tạm biệt", "chào xã giao"])
def test_fronted_reception_host_whatever_the_date_wording(opening: str, errand: str) -> None:
    text = (
        f"{opening}tiếp Đại sứ Ba Lan Marek Nowicki {errand}, Phó Thủ tướng Trịnh Minh Khoa "
        "cảm ơn Đại sứ vì những đóng góp cho quan hệ hai nước."
    )
    kind, _place, sides = main_event(text)
    assert kind == "reception"
    assert sides == [("Marek Nowicki", "guest"), ("Trịnh Minh Khoa", "host")]


def test_named_subject_before_the_trigger_still_hosts() -> None:
    # near miss: the sentence has its own subject, the person after the comma is no host
    text = (
        "Chiều ngày 14/2, tại Hà Nội, Phó Thủ tướng Trịnh Minh Khoa tiếp Đại sứ Ba Lan Marek "
        "Nowicki chào từ biệt, Đại sứ Hungary Lázár Péter cũng có mặt."
    )
    _kind, _place, sides = main_event(text)
    assert ("Trịnh Minh Khoa", "host") in sides
    assert ("Lázár Péter", "host") not in sides


# -- a credited summary that closes with the lead's date -----------------------------------------

_TITLE = "Bộ trưởng Lâm Quốc Vinh đón Đoàn Bộ Quốc phòng Chile"
_LEAD = (
    "Sáng ngày 9/10, tại Trụ sở Bộ Quốc phòng, Đại tướng Lâm Quốc Vinh, Bộ trưởng Bộ Quốc "
    "phòng chủ trì lễ đón ông Rodrigo Fuentes, Bộ trưởng Quốc phòng Chile và Đoàn."
)


@pytest.mark.parametrize(
    "summary",
    [
        "QĐND - Sáng 9/10, Bộ trưởng Lâm Quốc Vinh chủ trì lễ đón Đoàn Bộ Quốc phòng Chile.",
        "QĐND - Bộ trưởng Lâm Quốc Vinh chủ trì lễ đón Đoàn Bộ Quốc phòng Chile sáng 9/10.",
        "(QĐND) - Bộ trưởng Lâm Quốc Vinh chủ trì lễ đón Đoàn Bộ Quốc phòng Chile sáng ngày 9/10.",
        "QĐND - Bộ trưởng Lâm Quốc Vinh đã đón Đoàn Bộ Quốc phòng Chile vào sáng 9/10.",
    ],
)
def test_credited_summary_with_the_leads_date_anywhere_is_a_sapo(summary: str) -> None:
    text = "\n\n".join([_TITLE, summary, _LEAD, "Hai bên trao đổi về hợp tác quốc phòng."])
    kept = body(text)
    assert kept[0].startswith("Sáng ngày 9/10, tại Trụ sở")
    kind, place, sides = main_event(text)
    assert kind == "reception" and place == "Trụ sở Bộ Quốc phòng"
    assert ("Lâm Quốc Vinh", "host") in sides


@pytest.mark.parametrize(
    "summary",
    [
        # another day: the first paragraph is news of its own
        "QĐND - Bộ trưởng Lâm Quốc Vinh chủ trì lễ đón Đoàn Bộ Quốc phòng Chile sáng 8/10.",
        # the same day but another part of it
        "QĐND - Bộ trưởng Lâm Quốc Vinh chủ trì lễ đón Đoàn Bộ Quốc phòng Chile chiều 9/10.",
    ],
)
def test_credited_paragraph_with_another_date_stays_body(summary: str) -> None:
    text = "\n\n".join([_TITLE, summary, _LEAD, "Hai bên trao đổi về hợp tác quốc phòng."])
    assert any(line.startswith("Bộ trưởng Lâm Quốc Vinh chủ trì") for line in body(text))
